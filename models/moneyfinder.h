#pragma once

#include "article.h"
#include "moneyfigure.h"

#include <QList>

namespace Newsline {

/// Finds amounts of money, normalises them to exact decimal amounts in ISO 4217 currencies and tells their kind.
class MoneyFinder
{
public:
    /// Figures of an article's non-boilerplate sentences (usd not filled: see ExchangeRates).
    [[nodiscard]] QList<MoneyFigure> find(const Article &article) const;
    /// Figures of a plain text.
    [[nodiscard]] QList<MoneyFigure> find(const QString &text) const;
};

} // namespace Newsline
