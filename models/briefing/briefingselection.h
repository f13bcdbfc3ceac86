#pragma once

#include "corpus.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Newsline {

/// What a briefing covers: a date range and the events or lanes picked in the window (empty means all).
struct BriefingFilter
{
    /// First day included; invalid for no lower bound.
    QDate from;
    /// Last day included; invalid for no upper bound.
    QDate to;
    /// Ids of the events to include; empty for every event.
    QStringList eventIds;
    /// Lanes to include; empty for every lane.
    QStringList lanes;
    /// Companies of which events are included (an event naming any of them); empty for every company.
    QStringList companies;
    /// Event types to include; empty for every type.
    QList<Event::Type> types;

    /// True when a date bound is set.
    [[nodiscard]] bool hasPeriod() const { return from.isValid() || to.isValid(); }
    /// True when events or lanes were picked by hand.
    [[nodiscard]] bool hasPick() const
    {
        return !eventIds.isEmpty() || !lanes.isEmpty() || !companies.isEmpty() || !types.isEmpty();
    }
};

/// A quote of one article of a corpus: articles[article].quotes[index].
struct QuoteRef
{
    int article = -1;
    int index = -1;
};

/// The events, articles, figures and quotes a briefing shows, with the citation number of every article.
class BriefingSelection
{
public:
    /// Applies the filter to the corpus (which must outlive the selection).
    BriefingSelection(const Corpus &corpus, const BriefingFilter &filter);

    /// The corpus the selection reads.
    [[nodiscard]] const Corpus &corpus() const { return *m_corpus; }
    /// The filter applied.
    [[nodiscard]] const BriefingFilter &filter() const { return m_filter; }
    /// Indices into corpus().events, in date order (undated events last).
    [[nodiscard]] const QList<int> &events() const { return m_events; }
    /// Indices into corpus().articles, in citation order: the article cited as [n] is articles()[n - 1].
    [[nodiscard]] const QList<int> &articles() const { return m_articles; }
    /// Money figures shown, in citation order.
    [[nodiscard]] const QList<FigureRef> &figures() const { return m_figures; }
    /// Quotes shown, in citation order.
    [[nodiscard]] const QList<QuoteRef> &quotes() const { return m_quotes; }
    /// True when nothing is left to show.
    [[nodiscard]] bool isEmpty() const { return m_articles.isEmpty(); }

    /// Citation number of an article (1-based), or 0 when the article is not shown.
    [[nodiscard]] int citation(int article) const { return m_citations.value(article, 0); }
    /// Citation marks of several articles, e.g. "[1, 2]"; empty when none is shown.
    [[nodiscard]] QString citationText(const QList<int> &articles) const;
    /// Citation marks of an event's sources, e.g. "[1, 2]".
    [[nodiscard]] QString citationText(const Event &event) const;
    /// Number of an event in the briefing's event list (1-based), or 0 when the event is not listed.
    [[nodiscard]] int eventNumber(int event) const { return m_eventNumbers.value(event, 0); }
    /// The events the event list details, in date order: every event of a small selection; of a large one the
    /// maxListedEvents that rank first, so that a month of hundreds of stories stays a briefing, not a print-out.
    [[nodiscard]] const QList<int> &listed() const { return m_listed; }
    /// Events detailed at most when a selection holds more than listAllUpTo.
    static constexpr int maxListedEvents = 30;
    /// A selection of this many events or fewer lists every one.
    static constexpr int listAllUpTo = 40;
    /// Articles whose citation mark was written so far (by citationText), so that the sources list names the
    /// articles the briefing cites and no others.
    [[nodiscard]] QSet<int> citedArticles() const { return m_cited; }
    /// Index into corpus().events of the first shown event that cites the figure, or -1.
    [[nodiscard]] int eventOfFigure(const FigureRef &figure) const;
    /// Number of distinct outlets among the shown articles (articles without one count apart).
    [[nodiscard]] int sourceCount() const;

    /// First day covered: the filter's bound, else the earliest event or publication date.
    [[nodiscard]] QDate firstDate() const { return m_first; }
    /// Last day covered: the filter's bound, else the latest event or publication date.
    [[nodiscard]] QDate lastDate() const { return m_last; }
    /// The lane an event is drawn in: its lane, else its actors joined, else empty.
    [[nodiscard]] static QString laneOf(const Event &event);

    /// Indices into corpus().events in the order an analyst reads them: main before background, by the US dollar
    /// value of the deal, by the number of articles reporting it, latest first.
    [[nodiscard]] const QList<int> &ranked() const { return m_ranked; }
    /// True for the kinds of event that are deals: acquisitions, investments and partnerships.
    [[nodiscard]] static bool isDeal(const Event &event);
    /// True for a regulator, a court or an exchange (knowledge/events.json): never a party of a deal.
    [[nodiscard]] static bool isRegulator(const QString &name);
    /// True when a deal has two parties, or one that is bought: someone its amount is paid to.
    [[nodiscard]] static bool hasCounterpart(const Event &event);
    /// The companies that take part in a deal (buyers, targets, sellers, investors, partners), in actor order.
    [[nodiscard]] static QStringList dealParties(const Event &event);
    /// The figure that states the deal's amount (never a price of one share nor a running total), or nullptr.
    [[nodiscard]] const MoneyFigure *dealFigure(int event) const;
    /// The deal's amount in US dollars, exact; none when the event has no amount or no dollar rate is known for it.
    [[nodiscard]] std::optional<Decimal> dealDollars(int event) const;
    /// dealDollars() as a number to rank and draw deals by; 0 when none.
    [[nodiscard]] double dealUsd(int event) const;
    /// The articles that report the deal's amount (the figure read in each), in citation order.
    [[nodiscard]] QList<FigureRef> dealFigureRefs(int event) const;
    /// Number of articles that report an event.
    [[nodiscard]] int articleCount(int event) const;
    /// Companies by the number of shown main deals they take part in, most first (ties by name).
    [[nodiscard]] QList<QPair<QString, int>> activeCompanies() const;

private:
    const Corpus *m_corpus;
    BriefingFilter m_filter;
    QList<int> m_events;
    QList<int> m_articles;
    QList<FigureRef> m_figures;
    QList<QuoteRef> m_quotes;
    QHash<int, int> m_citations;
    QHash<int, int> m_eventNumbers;
    QList<int> m_listed;
    mutable QSet<int> m_cited;
    QHash<quint64, int> m_figureEvents;
    QDate m_first;
    QDate m_last;
    QList<int> m_ranked;
};

} // namespace Newsline
