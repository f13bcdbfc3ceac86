#include "briefingsummary.h"

#include "eventsummary.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Newsline {

BriefingSummary::BriefingSummary(const BriefingSelection &selection, const BriefingFormat &format)
    : m_selection(selection)
    , m_format(format)
{
}

QString BriefingSummary::joinNames(const QStringList &names)
{
    if (names.isEmpty()) {
        return {};
    }
    if (names.size() == 1) {
        return names.first();
    }
    const QStringList head = names.mid(0, names.size() - 1);
    //: %1 a list of names separated by commas, %2 the last name
    return tr("%1 and %2", "the last two of a list of names").arg(head.join(tr(", ")), names.last());
}

QString BriefingSummary::mainActor() const
{
    const Corpus &corpus = m_selection.corpus();
    QHash<QString, int> counts;
    QStringList order;
    for (int e : m_selection.events()) {
        for (const QString &actor : corpus.events.at(e).actors) {
            if (!counts.contains(actor)) {
                order.append(actor);
            }
            ++counts[actor];
        }
    }
    if (order.isEmpty()) {
        for (int a : m_selection.articles()) {
            for (const Entity &entity : corpus.articles.at(a).entities) {
                if (entity.type != Entity::Type::Organisation) {
                    continue;
                }
                if (!counts.contains(entity.name)) {
                    order.append(entity.name);
                }
                // Articles count first; mentions only break ties, so one long article does not decide alone.
                counts[entity.name] += 1000 + int(entity.mentions.size());
            }
        }
    }
    QString best;
    int bestCount = 0;
    for (const QString &name : std::as_const(order)) {
        if (counts.value(name) > bestCount) {
            best = name;
            bestCount = counts.value(name);
        }
    }
    return best;
}

QString BriefingSummary::typeTitle(Event::Type type)
{
    switch (type) {
    case Event::Type::Partnership:
        return tr("Partnerships");
    case Event::Type::Investment:
        return tr("Investments");
    case Event::Type::Valuation:
        return tr("Valuations");
    case Event::Type::Launch:
        return tr("Launches");
    case Event::Type::Founding:
        return tr("Foundings");
    case Event::Type::Acquisition:
        return tr("Acquisitions");
    case Event::Type::Announcement:
        return tr("Announcements");
    case Event::Type::Regulatory:
        return tr("Regulatory actions");
    case Event::Type::Other:
        break;
    }
    return tr("Other events");
}

QString BriefingSummary::periodLabel() const
{
    const QDate first = m_selection.firstDate();
    const QDate last = m_selection.lastDate();
    if (!first.isValid() || !last.isValid()) {
        return tr("period unknown");
    }
    // An open-ended period ("from 2024") is named by its years.
    if (!m_selection.filter().from.isValid() || !m_selection.filter().to.isValid()) {
        return m_format.yearSpan(first, last);
    }
    // A period the analyst chose is named as a calendar names it when it is whole months or years.
    const bool wholeMonths = first.day() == 1 && last.day() == last.daysInMonth();
    if (wholeMonths && first.month() == 1 && last.month() == 12) {
        return m_format.yearSpan(first, last);
    }
    if (wholeMonths && first.year() == last.year() && first.month() == last.month()) {
        return m_format.month(first);
    }
    if (wholeMonths) {
        return tr("%1 – %2", "first and last month of a period").arg(m_format.month(first), m_format.month(last));
    }
    return m_format.period(first, last);
}

QString BriefingSummary::defaultTitle() const
{
    const BriefingFilter &filter = m_selection.filter();
    const Corpus &corpus = m_selection.corpus();
    const QString span = periodLabel();
    QStringList typeWords;
    for (Event::Type type : filter.types) {
        const QString word = typeTitle(type);
        if (!typeWords.contains(word)) {
            typeWords.append(typeWords.isEmpty() ? word : word.toLower());
        }
    }
    const QString types = joinNames(typeWords);
    if (!filter.companies.isEmpty()) {
        const QString companies = joinNames(filter.companies);
        if (!types.isEmpty()) {
            //: %1 companies, %2 event types ("Acquisitions and investments"), %3 the period
            return tr("%1: %2, %3", "companies, types and period").arg(companies, types.toLower(), span);
        }
        return tr("%1: deals and events, %2").arg(companies, span);
    }
    if (!filter.lanes.isEmpty()) {
        return tr("%1: deals and events, %2").arg(joinNames(filter.lanes), span);
    }
    if (!types.isEmpty()) {
        return tr("%1, %2", "event types and period").arg(types, span);
    }

    const QString actor = mainActor();
    int events = int(m_selection.events().size());
    int naming = 0;
    QSet<Event::Type> present;
    QSet<QString> companies;
    int deals = 0;
    int namingDeals = 0;
    for (int e : m_selection.events()) {
        const Event &event = corpus.events.at(e);
        present.insert(event.type);
        naming += event.actors.contains(actor) ? 1 : 0;
        if (BriefingSelection::isDeal(event) && event.salience == Event::Salience::Main) {
            ++deals;
            namingDeals += event.actors.contains(actor) ? 1 : 0;
        }
        for (const QString &name : BriefingSelection::dealParties(event)) {
            companies.insert(name);
        }
    }
    // Deals say whom a corpus is about better than every passing mention does.
    if (deals > 0) {
        naming = namingDeals;
        events = deals;
    }
    // One company's name titles the briefing only when three events in four are about that company: a corpus of
    // hundreds of companies is not about whichever one happens to be named most.
    if (!actor.isEmpty() && (events == 0 || naming * 4 >= events * 3)) {
        const bool partnerships = present.contains(Event::Type::Partnership);
        const bool investments = present.contains(Event::Type::Investment);
        if (partnerships && investments) {
            return tr("%1's partnerships and investments, %2").arg(actor, span);
        }
        if (partnerships) {
            return tr("%1's partnerships, %2").arg(actor, span);
        }
        if (investments) {
            return tr("%1's investments, %2").arg(actor, span);
        }
        if (!present.isEmpty()) {
            return tr("%1: events, %2").arg(actor, span);
        }
        return tr("%1 in the news, %2").arg(actor, span);
    }
    if (companies.isEmpty()) {
        return tr("News briefing, %1").arg(span);
    }
    //: %1 the number of companies, %2 the period
    return (deals > 0 ? tr("Deals and events of %1 companies, %2") : tr("Events of %1 companies, %2"))
        .arg(m_format.locale().toString(qsizetype(companies.size())), span);
}

QString BriefingSummary::datePhrase(const Event &event) const
{
    QString phrase;
    if (!event.date.isValid()) {
        phrase = tr("On a date the sources do not give");
    } else if (event.precision == Event::Precision::Day) {
        phrase = tr("On %1", "a full date").arg(m_format.eventDate(event));
    } else {
        phrase = tr("In %1", "a month or a year").arg(m_format.eventDate(event));
    }
    if (event.date.isValid() && event.dateBasis == Event::DateBasis::Published) {
        phrase = tr("%1 (date from publication date)").arg(phrase);
    }
    return phrase;
}

QString BriefingSummary::figureList(const Event &event, MoneyFigure::Kind preferred, bool *found) const
{
    const Corpus &corpus = m_selection.corpus();
    QStringList preferredTexts;
    QStringList others;
    for (const FigureRef &ref : event.figures) {
        if (const MoneyFigure *figure = corpus.figure(ref)) {
            // An article often repeats its figure ("one billion dollars", "$1 billion"): say it once.
            QStringList &texts = figure->kind == preferred ? preferredTexts : others;
            const QString text = m_format.usdWithOriginal(*figure);
            if (!texts.contains(text)) {
                texts.append(text);
            }
        }
    }
    *found = !preferredTexts.isEmpty();
    return joinNames(preferredTexts.isEmpty() ? others : preferredTexts);
}

QString BriefingSummary::dealAmount(int index) const
{
    const Event &event = m_selection.corpus().events.at(index);
    const MoneyFigure *deal = m_selection.dealFigure(index);
    if (!deal) {
        return {};
    }
    QString text = m_format.usdWithOriginal(*deal);
    if (event.wording.perShare) {
        //: %1 a deal's amount, %2 the price of one share
        text = tr("%1 (%2 a share)").arg(text, m_format.money(*event.wording.perShare, event.wording.perShareCurrency));
    }
    return text;
}

QString BriefingSummary::eventSentence(int index) const
{
    const Event &event = m_selection.corpus().events.at(index);
    const QString when = datePhrase(event);
    const QString first = event.actors.value(0);
    const QString rest = joinNames(event.actors.mid(1));
    bool preferredFound = false;
    QString sentence;
    QString money;
    // A deal is worded from its own amount: other figures of its articles (assets, turnover, share prices) are not
    // what it is worth.
    const QString deal = dealAmount(index);
    switch (deal.isEmpty() ? Event::Type::Other : event.type) {
    case Event::Type::Acquisition:
        if (!rest.isEmpty()) {
            sentence = event.wording.merger
                           ? tr("%1, %2 agreed to merge with %3 in a deal worth %4").arg(when, first, rest, deal)
                           : tr("%1, %2 agreed to acquire %3 for %4").arg(when, first, rest, deal);
        }
        break;
    case Event::Type::Investment:
        if (!rest.isEmpty()) {
            sentence = tr("%1, %2 invested %3 in %4").arg(when, first, deal, rest);
        }
        break;
    case Event::Type::Partnership:
        if (!rest.isEmpty()) {
            sentence = tr("%1, %2 partnered with %3 in a deal worth %4").arg(when, first, rest, deal);
        }
        break;
    default:
        break;
    }
    if (sentence.isEmpty() && !deal.isEmpty()) {
        // One party only ("the acquisition of X for $9.2 billion"): the event's own line says it, amount included.
        sentence = tr("%1: %2").arg(when, EventSummary::text(event));
    }
    if (!sentence.isEmpty()) {
        const QString cite = m_selection.citationText(event);
        return cite.isEmpty() ? sentence + u'.' : tr("%1 %2.", "a sentence and its citation").arg(sentence, cite);
    }
    switch (event.type) {
    case Event::Type::Partnership:
        if (!rest.isEmpty()) {
            sentence = tr("%1, %2 partnered with %3").arg(when, first, rest);
        }
        money = figureList(event, MoneyFigure::Kind::Investment, &preferredFound);
        break;
    case Event::Type::Investment:
        money = figureList(event, MoneyFigure::Kind::Investment, &preferredFound);
        if (event.runningTotal && !rest.isEmpty() && preferredFound) {
            // "its $13 billion investment in OpenAI": what has been put in so far, as the story reports it.
            //: %1 a date phrase ("On 27 February 2024"), %2 the investor, %3 the amount, %4 the company invested in
            sentence = tr("%1, %2's investment in %4 stood at a total of %3").arg(when, first, money, rest);
            money.clear();
        } else if (!rest.isEmpty() && preferredFound) {
            sentence = tr("%1, %2 invested %3 in %4").arg(when, first, money, rest);
            money.clear();
        } else if (!rest.isEmpty()) {
            sentence = tr("%1, %2 invested in %3; the amount was not disclosed").arg(when, first, rest);
        }
        break;
    case Event::Type::Valuation:
        money = figureList(event, MoneyFigure::Kind::Valuation, &preferredFound);
        if (!first.isEmpty() && preferredFound) {
            sentence = tr("%1, %2 was valued at %3").arg(when, joinNames(event.actors), money);
            money.clear();
        }
        break;
    case Event::Type::Acquisition:
        if (!rest.isEmpty()) {
            sentence = tr("%1, %2 acquired %3").arg(when, first, rest);
        }
        money = figureList(event, MoneyFigure::Kind::Price, &preferredFound);
        break;
    default:
        money = figureList(event, MoneyFigure::Kind::Other, &preferredFound);
        break;
    }
    if (sentence.isEmpty()) {
        const QString what = EventSummary::text(event);
        sentence = what.isEmpty() ? tr("%1, %2").arg(when, BriefingFormat::eventType(event.type))
                                  : tr("%1, %2: %3").arg(when, BriefingFormat::eventType(event.type), what);
    }
    if (!money.isEmpty()) {
        sentence = tr("%1; amount cited: %2").arg(sentence, money);
    }
    const QString cite = m_selection.citationText(event);
    return cite.isEmpty() ? sentence + u'.' : tr("%1 %2.", "a sentence and its citation").arg(sentence, cite);
}

QStringList BriefingSummary::sentences(int maxEvents) const
{
    const Corpus &corpus = m_selection.corpus();
    const QLocale &locale = m_format.locale();
    QStringList result;
    const int articles = int(m_selection.articles().size());
    const int events = int(m_selection.events().size());
    // Counts follow a label rather than a noun, so that one and many read right without plural forms.
    result.append(tr("Articles read: %1, from sources: %2.")
                      .arg(locale.toString(articles), locale.toString(m_selection.sourceCount())));
    if (events == 0) {
        result.append(tr("No dated events were extracted from them; the figures and quotes below are listed as the "
                         "articles give them."));
        return result;
    }

    // The period's totals count main deals only: a deal recalled in passing belongs to another period.
    int deals = 0;
    int disclosed = 0;
    int withoutRate = 0;
    // Summed exactly: a total of many deals is no rounder than its parts.
    Decimal total;
    int largest = -1;
    for (int e : m_selection.ranked()) {
        const Event &event = corpus.events.at(e);
        if (!BriefingSelection::isDeal(event) || event.salience != Event::Salience::Main) {
            continue;
        }
        ++deals;
        const std::optional<Decimal> usd = m_selection.dealDollars(e);
        if (usd && *usd > Decimal()) {
            ++disclosed;
            total = total + *usd;
            if (largest < 0) {
                largest = e;
            }
        } else if (m_selection.dealFigure(e)) {
            ++withoutRate;
        }
    }
    result.append(
        tr("Events they report: %1, of which main deals: %2.").arg(locale.toString(events), locale.toString(deals)));
    if (disclosed > 0) {
        QString totals = tr("Deals with a disclosed amount: %1, together worth %2.")
                             .arg(locale.toString(disclosed), m_format.roundedUsd(total));
        if (withoutRate > 0) {
            totals +=
                u' ' + tr("Amounts without a known dollar rate, not counted: %1.").arg(locale.toString(withoutRate));
        }
        result.append(totals);
    }
    if (largest >= 0) {
        result.append(tr("The largest deal: %1").arg(eventSentence(largest)));
    }

    QStringList active;
    const QList<QPair<QString, int>> companies = m_selection.activeCompanies();
    for (const auto &[name, count] : companies) {
        // A company in one deal is not "most active"; three names are what a reader keeps.
        if (count < 2 || active.size() == 3) {
            break;
        }
        QStringList list;
        for (int e : m_selection.listed()) {
            const Event &event = corpus.events.at(e);
            if (event.salience == Event::Salience::Main && BriefingSelection::isDeal(event) &&
                BriefingSelection::dealParties(event).contains(name)) {
                list.append(locale.toString(m_selection.eventNumber(e)));
            }
        }
        // Five numbers lead the reader to the event list; the count says how many there are.
        if (list.size() > 5) {
            list = list.mid(0, 5);
            list.append(tr("…"));
        }
        if (list.isEmpty()) {
            //: %1 a company, %2 its number of deals (none of them in the briefing's shortened event list)
            active.append(tr("%1 (%2 deals)").arg(name, locale.toString(count)));
        } else {
            //: %1 a company, %2 its number of deals, %3 the numbers of the first ones in the event list
            active.append(tr("%1 (%2 deals: events %3)").arg(name, locale.toString(count), list.join(tr(", "))));
        }
    }
    if (!active.isEmpty()) {
        result.append(tr("Most active companies: %1.").arg(joinNames(active)));
    }

    // The summary tells what the articles are about; what they only recall stays in the event list.
    int listed = largest >= 0 ? 1 : 0;
    QStringList top;
    for (int e : m_selection.ranked()) {
        if (listed >= maxEvents) {
            break;
        }
        if (e == largest || corpus.events.at(e).salience != Event::Salience::Main) {
            continue;
        }
        top.append(eventSentence(e));
        ++listed;
    }
    if (listed == 0) {
        for (int e : m_selection.ranked()) {
            if (listed++ >= maxEvents) {
                break;
            }
            top.append(eventSentence(e));
        }
    }
    result.append(top);
    const int detailed = int(m_selection.listed().size());
    if (detailed < events) {
        result.append(tr("Further events: %1. The event list details the %2 that rank first; the workspace and its "
                         "exports hold every one.")
                          .arg(locale.toString(events - listed), locale.toString(detailed)));
    } else if (events > listed) {
        result.append(tr("Further events, in the event list: %1.").arg(locale.toString(events - listed)));
    }
    return result;
}

} // namespace Newsline
