#include "eventmerger.h"

#include "eventsummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool sourceBefore(const EventMention &a, const EventMention &b)
{
    return a.source.article != b.source.article ? a.source.article < b.source.article : a.source.start < b.source.start;
}

qint64 gapInDays(const EventMention &a, const EventMention &b)
{
    const qint64 afterA = b.firstDay().toJulianDay() - a.lastDay().toJulianDay();
    const qint64 afterB = a.firstDay().toJulianDay() - b.lastDay().toJulianDay();
    return std::max<qint64>({0, afterA, afterB});
}

bool datesCompatible(const EventMention &a, const EventMention &b)
{
    if (!a.date.isValid() || !b.date.isValid()) {
        return !a.date.isValid() && !b.date.isValid();
    }
    const bool bothDays = a.precision == Event::Precision::Day && b.precision == Event::Precision::Day;
    // A month or a year must contain the other report's date; two days may be a week apart.
    return bothDays ? gapInDays(a, b) <= EventMerger::dayWindow : gapInDays(a, b) == 0;
}

// Ratio of the larger to the smaller value, or -1 when the two cannot be compared.
// Amounts are plain decimal strings ("2170400000.00"); reading them directly keeps merging off the locale-aware
// QString::toDouble, which dominated event building. Only a ratio is needed, so double precision is plenty.
double plainDecimal(QStringView text)
{
    double value = 0;
    double scale = 0;
    if (text.isEmpty()) {
        return -1;
    }
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            const int digit = c.unicode() - u'0';
            if (scale > 0) {
                value += digit * scale;
                scale /= 10;
            } else {
                value = value * 10 + digit;
            }
        } else if (c == u'.' && scale == 0) {
            scale = 0.1;
        } else {
            return -1;
        }
    }
    return value;
}

double ratio(const QString &x, const QString &y)
{
    const double a = plainDecimal(x);
    const double b = plainDecimal(y);
    if (a <= 0 || b <= 0) {
        return -1;
    }
    return std::max(a, b) / std::min(a, b);
}

double amountRatio(const EventMention &a, const EventMention &b)
{
    if (a.currency == b.currency) {
        return ratio(a.amount, b.amount);
    }
    if (!a.usd.isEmpty() && !b.usd.isEmpty()) {
        return ratio(a.usd, b.usd);
    }
    return -1;
}

bool amountsCompatible(const EventMention &a, const EventMention &b)
{
    if (a.amount.isEmpty() || b.amount.isEmpty()) {
        return true;
    }
    // Outlets round and convert differently; a tenfold difference is another deal, a 50% one a disagreement.
    const double r = amountRatio(a, b);
    return r < 0 || r <= 2.0;
}

QString bucketKey(const EventMention &m)
{
    return Event::typeName(m.type) + u'\x1f' + m.keyActors.join(u'\x1f');
}

// An event's sources and figures are gathered from every report: kept in sets as well as in order, so that a deal
// reported by 100,000 articles is not a search of the list for each of them.
std::pair<qint64, int> sourceKey(const SourceRef &s)
{
    return {(qint64(s.article) << 32) | quint32(s.start), s.end};
}

qint64 figureKey(const FigureRef &f)
{
    return (qint64(f.article) << 32) | quint32(f.index);
}

// A new amount is compared with this many amounts of the event at most; reports with an amount already seen join it
// at once. Beyond, a different amount is counted on its own: an event with that many amounts is a disagreement
// anyway, and comparing each with all the others would make its merge quadratic.
constexpr qsizetype MaxAmountGroups = 64;
// Amounts and dates named in a summary's "also reported", at most.
constexpr qsizetype MaxAlsoReported = 8;

} // namespace

bool EventMerger::sameAmount(const EventMention &a, const EventMention &b)
{
    const double r = amountRatio(a, b);
    if (r < 0) {
        return a.amount == b.amount && a.currency == b.currency;
    }
    return a.currency == b.currency ? r <= 1.000001 : r <= 1.05;
}

bool EventMerger::compatible(const EventMention &a, const EventMention &b)
{
    return a.type == b.type && a.keyActors == b.keyActors && datesCompatible(a, b) && amountsCompatible(a, b);
}

QList<QList<int>> EventMerger::group(const QList<EventMention> &mentions) const
{
    QHash<QString, int> bucketOf;
    QList<QList<int>> buckets;
    for (int i = 0; i < mentions.size(); ++i) {
        const QString key = bucketKey(mentions.at(i));
        auto it = bucketOf.constFind(key);
        if (it == bucketOf.cend()) {
            it = bucketOf.insert(key, int(buckets.size()));
            buckets.append(QList<int>());
        }
        buckets[*it].append(i);
    }

    QList<QList<int>> groups;
    for (QList<int> &bucket : buckets) {
        std::sort(bucket.begin(), bucket.end(), [&](int x, int y) {
            const EventMention &a = mentions.at(x);
            const EventMention &b = mentions.at(y);
            if (a.date.isValid() != b.date.isValid()) {
                return a.date.isValid();
            }
            if (a.date != b.date) {
                return a.date < b.date;
            }
            return sourceBefore(a, b);
        });
        struct Open
        {
            int group;
            int seed;
            int amountHolder;
        };
        QList<Open> open;
        for (int index : bucket) {
            const EventMention &m = mentions.at(index);
            // Reports come by first day, so a group whose seed ended more than a window ago gets no more members.
            open.removeIf([&](const Open &o) {
                const EventMention &seed = mentions.at(o.seed);
                return seed.date.isValid() && m.date.isValid() &&
                       seed.lastDay().toJulianDay() + dayWindow < m.firstDay().toJulianDay();
            });
            int best = -1;
            qint64 bestGap = 0;
            for (int k = 0; k < open.size(); ++k) {
                const EventMention &seed = mentions.at(open.at(k).seed);
                if (!datesCompatible(seed, m)) {
                    continue;
                }
                if (open.at(k).amountHolder >= 0 && !amountsCompatible(mentions.at(open.at(k).amountHolder), m)) {
                    continue;
                }
                const qint64 gap = m.date.isValid() ? gapInDays(seed, m) : 0;
                if (best < 0 || gap < bestGap) {
                    best = k;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                open.append({int(groups.size()), index, m.amount.isEmpty() ? -1 : index});
                groups.append(QList<int>{index});
            } else {
                groups[open.at(best).group].append(index);
                if (open.at(best).amountHolder < 0 && !m.amount.isEmpty()) {
                    open[best].amountHolder = index;
                }
            }
        }
    }
    return groups;
}

QList<Event> EventMerger::merge(const QList<EventMention> &mentions) const
{
    QList<Event> events;
    const QList<QList<int>> groups = group(mentions);
    events.reserve(groups.size());
    for (QList<int> members : groups) {
        std::sort(members.begin(), members.end(),
                  [&](int x, int y) { return sourceBefore(mentions.at(x), mentions.at(y)); });
        Event e;
        e.type = mentions.at(members.constFirst()).type;
        e.salience = Event::Salience::Background;
        QHash<QString, qsizetype> partyIndex;
        QSet<std::pair<qint64, int>> sources;
        QSet<qint64> figures;
        for (int index : members) {
            const EventMention &m = mentions.at(index);
            // A party keeps the first role a report gives it other than "other".
            for (const EventParty &party : m.parties) {
                const auto known = partyIndex.constFind(party.name);
                if (known == partyIndex.cend()) {
                    partyIndex.insert(party.name, e.parties.size());
                    e.parties.append(party);
                } else if (e.parties.at(*known).role == EventParty::Role::Other) {
                    e.parties[*known].role = party.role;
                }
            }
            for (const QString &actor : m.actors) {
                if (!partyIndex.contains(actor)) {
                    partyIndex.insert(actor, e.parties.size());
                    e.parties.append({actor, EventParty::Role::Other});
                }
            }
            if (m.salience == Event::Salience::Main) {
                e.salience = Event::Salience::Main;
            }
            e.runningTotal = e.runningTotal || m.runningTotal;
            if (!sources.contains(sourceKey(m.source))) {
                sources.insert(sourceKey(m.source));
                e.sources.append(m.source);
            }
            for (const FigureRef &f : m.figures) {
                if (!figures.contains(figureKey(f))) {
                    figures.insert(figureKey(f));
                    e.figures.append(f);
                }
            }
        }

        e.parties = EventParty::ordered(e.parties);
        for (const EventParty &p : std::as_const(e.parties)) {
            e.actors.append(p.name);
        }

        // The date: the most precise date the text gives, the most reported one of those; else the first report.
        QList<int> dated;
        auto bestPrecision = Event::Precision::Unknown;
        for (int index : members) {
            const EventMention &m = mentions.at(index);
            if (m.dateBasis == Event::DateBasis::Text && m.date.isValid() && m.precision < bestPrecision) {
                bestPrecision = m.precision;
            }
        }
        for (int index : members) {
            const EventMention &m = mentions.at(index);
            if (m.dateBasis == Event::DateBasis::Text && m.date.isValid() && m.precision == bestPrecision) {
                dated.append(index);
            }
        }
        QStringList alsoReported;
        if (!dated.isEmpty()) {
            QHash<QDate, int> votes;
            for (int index : dated) {
                ++votes[mentions.at(index).date];
            }
            QDate chosen;
            for (int index : dated) {
                const QDate d = mentions.at(index).date;
                if (!chosen.isValid() || votes.value(d) > votes.value(chosen) ||
                    (votes.value(d) == votes.value(chosen) && d < chosen)) {
                    chosen = d;
                }
            }
            e.date = chosen;
            e.precision = bestPrecision;
            e.dateBasis = Event::DateBasis::Text;
            if (votes.size() > 1) {
                EventConflict conflict{u"date"_s, {}, {}};
                Event probe = e;
                for (int index : dated) {
                    probe.date = mentions.at(index).date;
                    conflict.values.append(probe.dateText());
                    conflict.sources.append(mentions.at(index).source);
                    if (probe.date != chosen && !alsoReported.contains(probe.dateText())) {
                        alsoReported.append(probe.dateText());
                    }
                }
                e.conflicts.append(conflict);
            }
        } else {
            for (int index : members) {
                const EventMention &m = mentions.at(index);
                if (m.date.isValid() && (!e.date.isValid() || m.date < e.date)) {
                    e.date = m.date;
                    e.precision = m.precision;
                    e.dateBasis = m.dateBasis;
                }
            }
            for (int index : members) {
                const EventMention &m = mentions.at(index);
                e.onOrBefore = e.onOrBefore || (m.onOrBefore && m.date == e.date);
            }
        }

        // The amount: the one most reports give; every other one stays visible as a conflict.
        QList<QList<int>> amounts;
        // The group a report with the same amount, currency and dollar value joined: the first whose amount is the
        // same as its own, which is this report's too.
        QHash<QString, qsizetype> amountGroupOf;
        for (int index : members) {
            const EventMention &m = mentions.at(index);
            if (m.amount.isEmpty()) {
                continue;
            }
            const QString key = m.amount + u' ' + m.currency + u' ' + m.usd;
            qsizetype group = amountGroupOf.value(key, -1);
            for (qsizetype g = 0; group < 0 && g < std::min(amounts.size(), MaxAmountGroups); ++g) {
                if (sameAmount(mentions.at(amounts.at(g).constFirst()), m)) {
                    group = g;
                }
            }
            if (group < 0) {
                group = amounts.size();
                amounts.append(QList<int>());
            }
            amounts[group].append(index);
            amountGroupOf.insert(key, group);
        }
        int lead = members.constFirst();
        if (!amounts.isEmpty()) {
            const auto most = std::max_element(amounts.cbegin(), amounts.cend(),
                                               [](const auto &a, const auto &b) { return a.size() < b.size(); });
            lead = most->constFirst();
            if (amounts.size() > 1) {
                EventConflict conflict{u"amount"_s, {}, {}};
                for (int index : members) {
                    const EventMention &m = mentions.at(index);
                    if (!m.amount.isEmpty()) {
                        conflict.values.append(m.amount + u' ' + m.currency);
                        conflict.sources.append(m.source);
                    }
                }
                e.conflicts.append(conflict);
                for (const QList<int> &a : amounts) {
                    if (&a != &*most && alsoReported.size() < MaxAlsoReported) {
                        const EventMention &m = mentions.at(a.constFirst());
                        alsoReported.append(m.amount + u' ' + m.currency);
                    }
                }
            }
        } else {
            for (int index : members) {
                const EventMention &m = mentions.at(index);
                if (!m.object.isEmpty() || !m.founded.isEmpty() || !m.places.isEmpty()) {
                    lead = index;
                    break;
                }
            }
        }
        EventMention leadMention = mentions.at(lead);
        if (leadMention.object.isEmpty()) {
            for (int index : members) {
                if (!mentions.at(index).object.isEmpty()) {
                    leadMention.object = mentions.at(index).object;
                    break;
                }
            }
        }
        for (int index : members) {
            if (!leadMention.perShare.isEmpty()) {
                break;
            }
            leadMention.perShare = mentions.at(index).perShare;
            leadMention.perShareCurrency = mentions.at(index).perShareCurrency;
        }
        e.wording =
            EventWording{leadMention.amount, leadMention.currency, leadMention.perShare, leadMention.perShareCurrency,
                         leadMention.object, leadMention.founded,  leadMention.places,   leadMention.raised,
                         leadMention.merger, alsoReported};
        e.summary = EventSummary::text(e, EventSummary::Language::English);
        events.append(e);
    }
    return events;
}

} // namespace Newsline
