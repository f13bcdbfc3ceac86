#pragma once

#include "moneyfigure.h"

#include <QString>

namespace Newsline {

/// Short US dollar amount for labels, in the language of the default locale: "$1B", "$2.17B", "$500M"; French
/// "2,17 Md $US", Korean "21.7억 달러" (MoneyWording::compactAmount).
[[nodiscard]] QString formatUsd(double usd);
/// US dollar amount of a figure as a number; 0 when no rate is known.
[[nodiscard]] double figureUsd(const MoneyFigure &figure);
/// A figure's label: its original text with the dollar equivalent and the rate's date,
/// e.g. "2 billion euros ≈ $2.17B, ECB 26 Feb 2024"; dollar figures keep their text alone.
[[nodiscard]] QString figureLabel(const MoneyFigure &figure);
/// Translated name of a figure kind ("investment", "valuation", ...).
[[nodiscard]] QString figureKindDisplayName(MoneyFigure::Kind kind);
/// True for kinds that state a total (valuation, revenue) rather than new money put in.
[[nodiscard]] bool isRunningTotal(MoneyFigure::Kind kind);

} // namespace Newsline
