#include "eventgroups.h"

#include "eventmerger.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Fixed-width digits so that keys compare as text the way the numbers compare.
QString digits(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

// Julian days of any plausible date are positive after this offset.
constexpr qint64 JulianOffset = 1000000000;

// EventBuilder::build numbers events by a stable sort on (dated first, date, first source's article and start) of
// the merge's output, which lists buckets by their first report and a bucket's events in the order they were opened.
QString orderKey(const Event &event, int firstArticle, int firstReport, int group)
{
    const SourceRef &source = event.sources.constFirst();
    const QString date = event.date.isValid() ? u'0' + digits(event.date.toJulianDay() + JulianOffset, 11) : u"1"_s;
    return date + u'/' + digits(source.article, 10) + u'/' + digits(source.start, 10) + u'/' +
           digits(firstArticle, 10) + u'/' + digits(firstReport, 6) + u'/' + digits(group, 6);
}

} // namespace

QString EventGroups::bucketOf(const EventMention &mention)
{
    return Event::typeName(mention.type) + u'\x1f' + mention.keyActors.join(u'\x1f');
}

void EventGroups::addArticle(const Article &article, int id)
{
    const QList<EventMention> mentions = m_builder.mentions(article, id);
    for (int i = 0; i < mentions.size(); ++i) {
        addMention(id, i, mentions.at(i));
    }
    for (const Entity &e : article.entities) {
        m_entityTypes.insert(e.name, e.type);
    }
}

void EventGroups::addMention(int id, int ordinal, const EventMention &mention)
{
    Bucket &bucket = m_buckets[bucketOf(mention)];
    if (bucket.mentions.isEmpty()) {
        bucket.firstArticle = id;
        bucket.firstReport = ordinal;
    }
    bucket.mentions.append(mention);
}

QSet<QString> EventGroups::buckets() const
{
    QSet<QString> keys;
    keys.reserve(m_buckets.size());
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        keys.insert(it.key());
    }
    return keys;
}

QList<Event> EventGroups::events(const QSet<QString> *only, QList<EventPlace> *places) const
{
    QList<Event> events;
    QList<EventPlace> unsorted;
    const EventMerger merger;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        if (only && !only->contains(it.key())) {
            continue;
        }
        // A bucket merges alone as it does among all reports: grouping never looks across buckets.
        const QList<Event> merged = merger.merge(it->mentions);
        for (int g = 0; g < merged.size(); ++g) {
            unsorted.append({it.key(), orderKey(merged.at(g), it->firstArticle, it->firstReport, g)});
            events.append(merged.at(g));
        }
    }
    QList<int> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&unsorted](int a, int b) { return unsorted.at(a).orderKey < unsorted.at(b).orderKey; });
    QList<Event> sorted;
    sorted.reserve(events.size());
    if (places) {
        places->clear();
        places->reserve(events.size());
    }
    for (int index : order) {
        sorted.append(std::move(events[index]));
        if (places) {
            places->append(unsorted.at(index));
        }
    }
    return sorted;
}

} // namespace Newsline
