#include "eventlanes.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool definesLane(Event::Type type)
{
    return type == Event::Type::Partnership || type == Event::Type::Investment || type == Event::Type::Acquisition;
}

} // namespace

QString EventLanes::laneName(QStringList organisations, const QHash<QString, int> &weight)
{
    std::sort(organisations.begin(), organisations.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    // The lead is the organisation with the most events in the corpus, so every lane it is in starts with it.
    const auto lead =
        std::max_element(organisations.cbegin(), organisations.cend(),
                         [&](const QString &a, const QString &b) { return weight.value(a) < weight.value(b); });
    if (lead != organisations.cend() && lead != organisations.cbegin()) {
        const QString name = *lead;
        organisations.removeAt(int(lead - organisations.cbegin()));
        organisations.prepend(name);
    }
    return organisations.join(u'\u2013');
}

void EventLanes::assign(QList<Event> &events, const QHash<QString, Entity::Type> &entityTypes) const
{
    QList<QStringList> organisationsOf;
    organisationsOf.reserve(events.size());
    QHash<QString, int> weight;
    for (const Event &e : events) {
        QStringList organisations;
        for (const QString &actor : e.actors) {
            if (entityTypes.value(actor, Entity::Type::Person) == Entity::Type::Organisation) {
                organisations.append(actor);
                ++weight[actor];
            }
        }
        organisationsOf.append(organisations);
    }

    // The lanes of the corpus, and for each organisation the lanes it takes part in.
    QHash<QString, QSet<QString>> lanesOf;
    QList<QString> laneOfEvent(events.size());
    for (int i = 0; i < events.size(); ++i) {
        const QStringList &organisations = organisationsOf.at(i);
        if (definesLane(events.at(i).type) && organisations.size() >= 2) {
            laneOfEvent[i] = laneName(organisations, weight);
            for (const QString &o : organisations) {
                lanesOf[o].insert(laneOfEvent.at(i));
            }
        }
    }

    for (int i = 0; i < events.size(); ++i) {
        Event &e = events[i];
        const QStringList &organisations = organisationsOf.at(i);
        if (!laneOfEvent.at(i).isEmpty()) {
            e.lane = laneOfEvent.at(i);
            continue;
        }
        if (organisations.isEmpty()) {
            e.lane.clear();
            continue;
        }
        // Lanes holding every organisation of the event; when that is not one lane, the subject's only lane.
        QSet<QString> common = lanesOf.value(organisations.constFirst());
        for (const QString &o : organisations) {
            common.intersect(lanesOf.value(o));
        }
        if (common.size() == 1) {
            e.lane = *common.cbegin();
        } else if (lanesOf.value(organisations.constFirst()).size() == 1) {
            e.lane = *lanesOf.value(organisations.constFirst()).cbegin();
        } else {
            e.lane = organisations.constFirst();
        }
    }
}

} // namespace Newsline
