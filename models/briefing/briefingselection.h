#pragma once

#include "corpus.h"

#include <QDate>
#include <QHash>
#include <QList>
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

    /// True when a date bound is set.
    [[nodiscard]] bool hasPeriod() const { return from.isValid() || to.isValid(); }
    /// True when events or lanes were picked by hand.
    [[nodiscard]] bool hasPick() const { return !eventIds.isEmpty() || !lanes.isEmpty(); }
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
    /// Number of an event in the briefing's event list (1-based), or 0 when the event is not shown.
    [[nodiscard]] int eventNumber(int event) const { return m_eventNumbers.value(event, 0); }
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

private:
    const Corpus *m_corpus;
    QList<int> m_events;
    QList<int> m_articles;
    QList<FigureRef> m_figures;
    QList<QuoteRef> m_quotes;
    QHash<int, int> m_citations;
    QHash<int, int> m_eventNumbers;
    QHash<quint64, int> m_figureEvents;
    QDate m_first;
    QDate m_last;
};

} // namespace Newsline
