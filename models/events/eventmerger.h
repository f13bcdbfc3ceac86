#pragma once

#include "event.h"
#include "eventmention.h"

#include <QList>

namespace Newsline {

/// Merges reports of one real-world event (same type, same parties, dates in one window) into one event.
class EventMerger
{
public:
    /// Days two day-precise reports may lie apart and still be one event.
    static constexpr int dayWindow = 7;

    /// Groups of mention indexes that report one event; near-linear (bucketed by type and parties, swept by date).
    [[nodiscard]] QList<QList<int>> group(const QList<EventMention> &mentions) const;
    /// Events of the mentions, each with every source, figure and disagreement of its reports (ids not set).
    [[nodiscard]] QList<Event> merge(const QList<EventMention> &mentions) const;
    /// True when the two reports can be of one event: dates in the window and amounts of one size.
    [[nodiscard]] static bool compatible(const EventMention &a, const EventMention &b);
    /// True when two reported amounts are the same (exactly in one currency, within 5% across currencies).
    [[nodiscard]] static bool sameAmount(const EventMention &a, const EventMention &b);
};

} // namespace Newsline
