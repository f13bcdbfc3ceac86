#pragma once

#include "article.h"
#include "entity.h"
#include "event.h"
#include "eventbuilder.h"
#include "eventmention.h"
#include "eventplace.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Newsline {

/// Builds the events of articles known by workspace ids bucket by bucket, exactly as EventBuilder::build does over
/// all of them (refs hold article ids; lanes and ids are left to the caller), so that an import can re-merge only the
/// buckets its articles report in.
class EventGroups
{
public:
    /// Adds an article's reports; articles must come in increasing id order.
    void addArticle(const Article &article, int id);
    /// Adds one report, the ordinal-th of its article (refs hold the article's id); reports must come in increasing
    /// (article id, ordinal) order.
    void addMention(int id, int ordinal, const EventMention &mention);
    /// Buckets the added articles report in.
    [[nodiscard]] QSet<QString> buckets() const;
    /// Entity types as EventBuilder::build gathers them for lanes: each name's type in the latest added article.
    [[nodiscard]] const QHash<QString, Entity::Type> &entityTypes() const { return m_entityTypes; }
    /// Merged events of the given buckets (every bucket when only is null), sorted by order key, with their places.
    [[nodiscard]] QList<Event> events(const QSet<QString> *only, QList<EventPlace> *places) const;
    /// The bucket of a report, as EventMerger buckets reports: type and key parties.
    [[nodiscard]] static QString bucketOf(const EventMention &mention);

private:
    struct Bucket
    {
        // The bucket's first report in the full build's order (article, then report within it): the merge emits
        // buckets in that order, which decides between events of one date and one first source.
        int firstArticle = -1;
        int firstReport = -1;
        QList<EventMention> mentions;
    };

    EventBuilder m_builder;
    QHash<QString, Bucket> m_buckets;
    QHash<QString, Entity::Type> m_entityTypes;
};

} // namespace Newsline
