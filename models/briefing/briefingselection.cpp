#include "briefingselection.h"

#include "resourcedata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

quint64 figureKey(const FigureRef &ref)
{
    return (quint64(quint32(ref.article)) << 32) | quint32(ref.index);
}

bool overlapsPeriod(const QDate &first, const QDate &last, const BriefingFilter &filter)
{
    if (!first.isValid()) {
        // An undated item cannot be placed inside a period, so a period leaves it out.
        return !filter.hasPeriod();
    }
    return (!filter.from.isValid() || last >= filter.from) && (!filter.to.isValid() || first <= filter.to);
}

struct RegulatorWords
{
    QSet<QString> lastWords;
    QSet<QString> names;
};

const RegulatorWords &regulatorWords()
{
    static const RegulatorWords words = [] {
        RegulatorWords result;
        const QJsonObject object = ResourceData::json(u"knowledge/events.json"_s).object();
        for (const QJsonValue &word : object.value("regulatorWords"_L1).toArray()) {
            result.lastWords.insert(word.toString().toLower());
        }
        for (const QJsonValue &name : object.value("regulatorNames"_L1).toArray()) {
            result.names.insert(name.toString());
        }
        return result;
    }();
    return words;
}

bool isUnitPrice(const MoneyFigure &figure)
{
    return figure.usd && *figure.usd < Decimal(10000);
}

bool withinPeriod(const Event &event, const BriefingFilter &filter)
{
    if (!event.date.isValid()) {
        return !filter.hasPeriod();
    }
    // An event dated only to a year that holds the period may have happened outside it: a period keeps the events
    // known to fall inside it.
    return (!filter.from.isValid() || event.date >= filter.from) &&
           (!filter.to.isValid() || event.lastDay() <= filter.to);
}

} // namespace

BriefingSelection::BriefingSelection(const Corpus &corpus, const BriefingFilter &filter)
    : m_corpus(&corpus)
    , m_filter(filter)
{
    const QSet<QString> ids(filter.eventIds.cbegin(), filter.eventIds.cend());
    const QSet<QString> lanes(filter.lanes.cbegin(), filter.lanes.cend());
    const QSet<QString> companies(filter.companies.cbegin(), filter.companies.cend());
    const auto namesCompany = [&companies](const Event &event) {
        return std::any_of(event.actors.cbegin(), event.actors.cend(),
                           [&companies](const QString &actor) { return companies.contains(actor); });
    };
    for (int i = 0; i < corpus.events.size(); ++i) {
        const Event &event = corpus.events.at(i);
        if ((!ids.isEmpty() && !ids.contains(event.id)) || (!lanes.isEmpty() && !lanes.contains(laneOf(event))) ||
            (!companies.isEmpty() && !namesCompany(event)) ||
            (!filter.types.isEmpty() && !filter.types.contains(event.type))) {
            continue;
        }
        if (withinPeriod(event, filter)) {
            m_events.append(i);
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(), [&](int a, int b) {
        const QDate da = corpus.events.at(a).date;
        const QDate db = corpus.events.at(b).date;
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        return da < db;
    });

    QSet<int> articles;
    for (int e : std::as_const(m_events)) {
        for (const SourceRef &source : corpus.events.at(e).sources) {
            if (source.article >= 0 && source.article < corpus.articles.size()) {
                articles.insert(source.article);
            }
        }
    }
    if (!filter.hasPick()) {
        // Without a hand-picked set, articles that gave no event still inform the figures, quotes and sources.
        for (int a = 0; a < corpus.articles.size(); ++a) {
            const QDate published = corpus.articles.at(a).published;
            if (overlapsPeriod(published, published, filter)) {
                articles.insert(a);
            }
        }
    }
    m_articles = QList<int>(articles.cbegin(), articles.cend());
    std::sort(m_articles.begin(), m_articles.end(), [&](int a, int b) {
        const Article &x = corpus.articles.at(a);
        const Article &y = corpus.articles.at(b);
        if (x.published.isValid() != y.published.isValid()) {
            return x.published.isValid();
        }
        if (x.published != y.published) {
            return x.published < y.published;
        }
        return a < b;
    });
    for (int n = 0; n < m_articles.size(); ++n) {
        m_citations.insert(m_articles.at(n), n + 1);
    }

    for (int e : std::as_const(m_events)) {
        for (const FigureRef &ref : corpus.events.at(e).figures) {
            if (corpus.figure(ref) && !m_figureEvents.contains(figureKey(ref))) {
                m_figureEvents.insert(figureKey(ref), e);
            }
        }
    }
    for (int a : std::as_const(m_articles)) {
        const Article &article = corpus.articles.at(a);
        for (int f = 0; f < article.figures.size(); ++f) {
            const FigureRef ref{a, f};
            // A hand-picked set shows only the money of the picked events.
            if (article.figures.at(f).hasResult() && (!filter.hasPick() || m_figureEvents.contains(figureKey(ref)))) {
                m_figures.append(ref);
            }
        }
        for (int q = 0; q < article.quotes.size(); ++q) {
            if (article.quotes.at(q).hasResult()) {
                m_quotes.append({a, q});
            }
        }
    }

    QList<QDate> firsts;
    QList<QDate> lasts;
    for (int e : std::as_const(m_events)) {
        const Event &event = corpus.events.at(e);
        if (event.date.isValid()) {
            firsts.append(event.date);
            lasts.append(event.lastDay());
        }
    }
    for (int a : std::as_const(m_articles)) {
        if (corpus.articles.at(a).published.isValid()) {
            firsts.append(corpus.articles.at(a).published);
            lasts.append(corpus.articles.at(a).published);
        }
    }
    m_first = filter.from.isValid() ? filter.from
              : firsts.isEmpty()    ? QDate()
                                    : *std::min_element(firsts.cbegin(), firsts.cend());
    m_last = filter.to.isValid() ? filter.to
             : lasts.isEmpty()   ? QDate()
                                 : *std::max_element(lasts.cbegin(), lasts.cend());

    m_ranked = m_events;
    QHash<int, double> usd;
    QHash<int, int> reports;
    for (int e : std::as_const(m_events)) {
        usd.insert(e, dealUsd(e));
        reports.insert(e, articleCount(e));
    }
    std::stable_sort(m_ranked.begin(), m_ranked.end(), [&](int a, int b) {
        const Event &x = corpus.events.at(a);
        const Event &y = corpus.events.at(b);
        if (x.salience != y.salience) {
            return x.salience == Event::Salience::Main;
        }
        if (usd.value(a) != usd.value(b)) {
            return usd.value(a) > usd.value(b);
        }
        if (reports.value(a) != reports.value(b)) {
            return reports.value(a) > reports.value(b);
        }
        if (x.date.isValid() != y.date.isValid()) {
            return x.date.isValid();
        }
        return x.date > y.date;
    });

    // The event list details what ranks first, in date order; its numbers are the ones the timeline, the tables and
    // the summary refer to.
    if (m_events.size() <= listAllUpTo) {
        m_listed = m_events;
    } else {
        QSet<int> top(m_ranked.cbegin(), m_ranked.cbegin() + maxListedEvents);
        for (int e : std::as_const(m_events)) {
            if (top.contains(e)) {
                m_listed.append(e);
            }
        }
    }
    for (int n = 0; n < m_listed.size(); ++n) {
        m_eventNumbers.insert(m_listed.at(n), n + 1);
    }
}

bool BriefingSelection::isRegulator(const QString &name)
{
    const RegulatorWords &words = regulatorWords();
    if (words.names.contains(name)) {
        return true;
    }
    const qsizetype space = name.lastIndexOf(u' ');
    return space > 0 && words.lastWords.contains(name.mid(space + 1).toLower());
}

bool BriefingSelection::hasCounterpart(const Event &event)
{
    if (dealParties(event).size() >= 2) {
        return true;
    }
    return std::any_of(event.parties.cbegin(), event.parties.cend(), [](const EventParty &party) {
        return party.role == EventParty::Role::Target && !isRegulator(party.name);
    });
}

bool BriefingSelection::isDeal(const Event &event)
{
    return event.type == Event::Type::Acquisition || event.type == Event::Type::Investment ||
           event.type == Event::Type::Partnership;
}

QList<FigureRef> BriefingSelection::dealFigureRefs(int index) const
{
    const Event &event = m_corpus->events.at(index);
    QList<FigureRef> refs;
    // A running total is what was put in over the years, not what this deal is worth; and an amount is a deal's
    // worth only when the deal has a counterpart (a buyer and what it buys, or what is bought): "X invests $90
    // billion" with no one to invest in is some other figure of the story.
    if (!isDeal(event) || event.runningTotal || !event.wording.amount || !hasCounterpart(event)) {
        return refs;
    }
    QSet<int> seen;
    for (const FigureRef &ref : event.figures) {
        const MoneyFigure *figure = m_corpus->figure(ref);
        // Under ten thousand dollars a "deal" is a price of one share the story did not mark as such ("52 dlrs").
        if (figure && !figure->perShare() && figure->amount == event.wording.amount && !isUnitPrice(*figure) &&
            figure->currency == event.wording.currency && !seen.contains(ref.article)) {
            seen.insert(ref.article);
            refs.append(ref);
        }
    }
    std::sort(refs.begin(), refs.end(),
              [this](const FigureRef &a, const FigureRef &b) { return citation(a.article) < citation(b.article); });
    return refs;
}

const MoneyFigure *BriefingSelection::dealFigure(int event) const
{
    const QList<FigureRef> refs = dealFigureRefs(event);
    // The figure with a dollar rate tells the most; articles of one deal give the same amount.
    for (const FigureRef &ref : refs) {
        if (m_corpus->figure(ref)->usd) {
            return m_corpus->figure(ref);
        }
    }
    return refs.isEmpty() ? nullptr : m_corpus->figure(refs.first());
}

std::optional<Decimal> BriefingSelection::dealDollars(int event) const
{
    const MoneyFigure *figure = dealFigure(event);
    return figure ? figure->dollars() : std::nullopt;
}

double BriefingSelection::dealUsd(int event) const
{
    const std::optional<Decimal> dollars = dealDollars(event);
    return dollars ? dollars->toDouble() : 0;
}

int BriefingSelection::articleCount(int event) const
{
    QSet<int> articles;
    for (const SourceRef &source : m_corpus->events.at(event).sources) {
        articles.insert(source.article);
    }
    return int(articles.size());
}

QStringList BriefingSelection::dealParties(const Event &event)
{
    QStringList names;
    for (const EventParty &party : event.parties) {
        // A regulator that reviews a deal, or a name the story only mentions, is not a party to it.
        if (party.role != EventParty::Role::Regulator && party.role != EventParty::Role::Other &&
            !isRegulator(party.name) && !names.contains(party.name)) {
            names.append(party.name);
        }
    }
    if (event.parties.isEmpty()) {
        for (const QString &actor : event.actors) {
            if (!isRegulator(actor) && !names.contains(actor)) {
                names.append(actor);
            }
        }
    }
    return names;
}

QList<QPair<QString, int>> BriefingSelection::activeCompanies() const
{
    QHash<QString, int> counts;
    QHash<QString, double> values;
    for (int e : m_events) {
        const Event &event = m_corpus->events.at(e);
        if (event.salience != Event::Salience::Main || !isDeal(event)) {
            continue;
        }
        const double usd = dealUsd(e);
        for (const QString &actor : dealParties(event)) {
            ++counts[actor];
            values[actor] += usd;
        }
    }
    QList<QPair<QString, int>> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        result.append({it.key(), it.value()});
    }
    // As many deals: the larger amount in them comes first, as in the rest of the briefing.
    std::sort(result.begin(), result.end(), [&values](const auto &a, const auto &b) {
        if (a.second != b.second) {
            return a.second > b.second;
        }
        const double va = values.value(a.first);
        const double vb = values.value(b.first);
        return va != vb ? va > vb : a.first < b.first;
    });
    return result;
}

QString BriefingSelection::citationText(const QList<int> &articles) const
{
    QList<int> numbers;
    for (int a : articles) {
        const int n = citation(a);
        if (n > 0 && !numbers.contains(n)) {
            numbers.append(n);
            m_cited.insert(a);
        }
    }
    if (numbers.isEmpty()) {
        return {};
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (int n : std::as_const(numbers)) {
        parts.append(QString::number(n));
    }
    return u'[' + parts.join(u", "_s) + u']';
}

QString BriefingSelection::citationText(const Event &event) const
{
    QList<int> articles;
    for (const SourceRef &source : event.sources) {
        articles.append(source.article);
    }
    return citationText(articles);
}

int BriefingSelection::eventOfFigure(const FigureRef &figure) const
{
    return m_figureEvents.value(figureKey(figure), -1);
}

int BriefingSelection::sourceCount() const
{
    QSet<QString> outlets;
    int unnamed = 0;
    for (int a : m_articles) {
        const QString &source = m_corpus->articles.at(a).source;
        if (source.isEmpty()) {
            ++unnamed;
        } else {
            outlets.insert(source);
        }
    }
    return int(outlets.size()) + unnamed;
}

QString BriefingSelection::laneOf(const Event &event)
{
    if (!event.lane.isEmpty()) {
        return event.lane;
    }
    return event.actors.join(u'–');
}

} // namespace Newsline
