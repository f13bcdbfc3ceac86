#pragma once

#include "event.h"
#include "moneyfigure.h"

#include <QColor>

namespace Newsline {

/// Colour of an event type on the timeline; distinct hues readable on light and dark backgrounds.
[[nodiscard]] QColor eventTypeColor(Event::Type type);
/// Colour of a money figure's kind in the figure chart.
[[nodiscard]] QColor figureKindColor(MoneyFigure::Kind kind);

} // namespace Newsline
