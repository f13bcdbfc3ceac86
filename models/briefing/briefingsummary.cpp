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

QString BriefingSummary::defaultTitle() const
{
    const QString actor = mainActor();
    QString span = m_format.yearSpan(m_selection.firstDate(), m_selection.lastDate());
    if (span.isEmpty()) {
        span = tr("period unknown");
    }
    if (actor.isEmpty()) {
        return tr("News briefing, %1").arg(span);
    }
    const Corpus &corpus = m_selection.corpus();
    QSet<Event::Type> types;
    for (int e : m_selection.events()) {
        types.insert(corpus.events.at(e).type);
    }
    const bool partnerships = types.contains(Event::Type::Partnership);
    const bool investments = types.contains(Event::Type::Investment);
    if (partnerships && investments) {
        return tr("%1's partnerships and investments, %2").arg(actor, span);
    }
    if (partnerships) {
        return tr("%1's partnerships, %2").arg(actor, span);
    }
    if (investments) {
        return tr("%1's investments, %2").arg(actor, span);
    }
    if (!types.isEmpty()) {
        return tr("%1: events, %2").arg(actor, span);
    }
    return tr("%1 in the news, %2").arg(actor, span);
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

QString BriefingSummary::eventSentence(int index) const
{
    const Event &event = m_selection.corpus().events.at(index);
    const QString when = datePhrase(event);
    const QString first = event.actors.value(0);
    const QString rest = joinNames(event.actors.mid(1));
    bool preferredFound = false;
    QString sentence;
    QString money;
    switch (event.type) {
    case Event::Type::Partnership:
        if (!rest.isEmpty()) {
            sentence = tr("%1, %2 partnered with %3").arg(when, first, rest);
        }
        money = figureList(event, MoneyFigure::Kind::Investment, &preferredFound);
        break;
    case Event::Type::Investment:
        money = figureList(event, MoneyFigure::Kind::Investment, &preferredFound);
        if (!rest.isEmpty() && preferredFound) {
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
    QStringList result;
    const int articles = int(m_selection.articles().size());
    const int events = int(m_selection.events().size());
    // Counts follow a label rather than a noun, so that one and many read right without plural forms.
    result.append(tr("Articles read: %1, from sources: %2.").arg(articles).arg(m_selection.sourceCount()));
    if (events == 0) {
        result.append(tr("No dated events were extracted from them; the figures and quotes below are listed as the "
                         "articles give them."));
    } else {
        result.append(tr("Events they report: %1.").arg(events));
    }
    // The summary tells what the articles are about; what they only recall stays in the event list.
    QList<int> told;
    for (int e : m_selection.events()) {
        if (corpus.events.at(e).salience == Event::Salience::Main) {
            told.append(e);
        }
    }
    if (told.isEmpty()) {
        told = m_selection.events();
    }
    int listed = 0;
    for (; listed < told.size() && listed < maxEvents; ++listed) {
        result.append(eventSentence(told.at(listed)));
    }
    if (events > listed) {
        result.append(tr("Further events, in the event list: %1.").arg(events - listed));
    }

    const MoneyFigure *largest = nullptr;
    int largestArticle = -1;
    double largestUsd = -1;
    for (const FigureRef &ref : m_selection.figures()) {
        const MoneyFigure *figure = corpus.figure(ref);
        bool ok = false;
        const double usd = figure->usd.toDouble(&ok);
        if (ok && usd > largestUsd) {
            largest = figure;
            largestArticle = ref.article;
            largestUsd = usd;
        }
    }
    if (largest) {
        result.append(tr("The largest figure cited is %1, %2 %3.")
                          .arg(m_format.usdWithOriginal(*largest), BriefingFormat::kind(largest->kind),
                               m_selection.citationText({largestArticle})));
    }
    return result;
}

} // namespace Newsline
