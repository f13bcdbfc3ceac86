#include "eventmerger.h"

#include "eventsummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

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

// The two reports' amounts in one unit, to be compared: in their currency when they share it, else in US dollars;
// none when they cannot be compared (a dollar value missing, an amount not above zero).
std::optional<std::pair<Decimal, Decimal>> comparableAmounts(const EventMention &a, const EventMention &b)
{
    const bool sameCurrency = a.currency == b.currency;
    const std::optional<Decimal> &x = sameCurrency ? a.amount : a.usd;
    const std::optional<Decimal> &y = sameCurrency ? b.amount : b.usd;
    if (!x || !y || !x->isPositive() || !y->isPositive()) {
        return std::nullopt;
    }
    return std::pair{*x, *y};
}

bool amountsCompatible(const EventMention &a, const EventMention &b)
{
    if (!a.amount || !b.amount) {
        return true;
    }
    // Outlets round and convert differently; a tenfold difference is another deal, a 50% one a disagreement.
    const auto amounts = comparableAmounts(a, b);
    return !amounts || Decimal::withinFactor(amounts->first, amounts->second, Decimal(2));
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
    const auto amounts = comparableAmounts(a, b);
    if (!amounts) {
        return a.amount == b.amount && a.currency == b.currency;
    }
    // Within a millionth in one currency (rounding of the text); within 5% through two exchange rates.
    const Decimal factor = a.currency == b.currency ? Decimal::fromMantissa(1000001, 6) : Decimal::fromMantissa(105, 2);
    return Decimal::withinFactor(amounts->first, amounts->second, factor);
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
                open.append({int(groups.size()), index, m.amount ? index : -1});
                groups.append(QList<int>{index});
            } else {
                groups[open.at(best).group].append(index);
                if (open.at(best).amountHolder < 0 && m.amount) {
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
        QList<ReportedValue> alsoReported;
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
                    const ReportedValue date{probe.dateText(), std::nullopt, QString()};
                    if (probe.date != chosen && !alsoReported.contains(date)) {
                        alsoReported.append(date);
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
            if (!m.amount) {
                continue;
            }
            const QString key = m.amount->toString() + u' ' + m.currency + u' ' + Decimal::toString(m.usd);
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
                    if (m.amount) {
                        conflict.values.append(m.amount->toString() + u' ' + m.currency);
                        conflict.sources.append(m.source);
                    }
                }
                e.conflicts.append(conflict);
                for (const QList<int> &a : amounts) {
                    if (&a != &*most && alsoReported.size() < MaxAlsoReported) {
                        const EventMention &m = mentions.at(a.constFirst());
                        alsoReported.append({QString(), m.amount, m.currency});
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
            if (leadMention.perShare) {
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
