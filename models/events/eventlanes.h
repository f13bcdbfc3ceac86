#pragma once

#include "entity.h"
#include "event.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Newsline {

/// Puts each event in the lane of the partnership it belongs to ("Microsoft–OpenAI"), for the timeline.
class EventLanes
{
public:
    /// Fills Event::lane: the organisations of a partnership, investment or acquisition, lead first; a lone
    /// organisation's event goes to the one lane it belongs to, else to its own lane.
    void assign(QList<Event> &events, const QHash<QString, Entity::Type> &entityTypes) const;
    /// A lane name: the lead organisation, then the others in alphabetical order, joined by en dashes.
    [[nodiscard]] static QString laneName(QStringList organisations, const QHash<QString, int> &weight);
};

} // namespace Newsline
