#pragma once

#include "corpus.h"

#include <QAbstractTableModel>

namespace Newsline {

/// Money figures for a bar chart: one row per figure (a category), one column per kind (a bar set), so a
/// bar model mapper draws each figure in its kind's column and every other column holds 0.
/// Values are in the model's unit (billions, millions or dollars, chosen from the largest figure).
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        /// QString: original text with the dollar equivalent and rate date.
        LabelRole = Qt::UserRole,
        /// int: MoneyFigure::Kind.
        KindRole,
        /// double: the amount in US dollars.
        UsdRole,
        /// int: row of the event reporting the figure in the EventListModel, -1 when none.
        EventRowRole,
        /// int: article of the figure.
        ArticleRole,
        /// int: start of the figure in its article.
        StartRole,
        /// int: end of the figure in its article.
        EndRole,
        /// QString: the article's wording with who, what kind and when: "2 billion euros — Globex · acquisition ·
        /// Mar 1987".
        CaptionRole,
    };
    Q_ENUM(Role)

    /// What one unit of the values stands for.
    enum class Unit
    {
        Dollars,
        Millions,
        Billions
    };

    explicit FigureModel(QObject *parent = nullptr);

    /// Takes figures from a corpus; the corpus must outlive the model or be replaced first (nullptr empties).
    void setCorpus(const Corpus *corpus);
    /// Shows the figures of these events (rows of corpus.events), in that order, each figure once.
    void setEvents(const QList<int> &eventRows);
    /// Shows every figure of the corpus with a dollar amount (true) or only those of the events set (false). With
    /// no event set, the figures of every event are shown as well: the panel is never empty for want of a selection.
    void setShowAll(bool all);
    [[nodiscard]] bool showAll() const { return m_showAll; }
    /// Keeps only the figures of these events (source rows -> kept; empty keeps every event): the window's filter.
    void setEventFilter(const QList<bool> &accepted);
    /// Largest figures shown when showing every figure (0: all of them); the others are summed up in restCount()
    /// and restUsd().
    void setLimit(int limit);
    [[nodiscard]] int limit() const { return m_limit; }
    /// True when the figures shown are the largest of all events (no event set, or showAll()).
    [[nodiscard]] bool showsLargest() const { return m_showAll || m_eventRows.isEmpty(); }
    /// Figures left out by the limit, and their sum in US dollars.
    [[nodiscard]] int restCount() const { return m_restCount; }
    [[nodiscard]] double restUsd() const { return m_restUsd; }
    /// Figures of the events in view (or of the corpus) in another currency with no dollar rate for their date (the
    /// ECB's rates start in 1999): they have no bar.
    [[nodiscard]] int noRateCount() const { return m_noRateCount; }

    [[nodiscard]] Unit unit() const { return m_unit; }
    /// Translated axis title for the unit ("US dollars (billions)").
    [[nodiscard]] QString unitTitle() const;
    /// Row of a figure, or -1 when it is not shown.
    [[nodiscard]] int rowOf(const FigureRef &figure) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        FigureRef figure;
        int event;
    };

    void rebuild();
    [[nodiscard]] const MoneyFigure &figureOf(const Row &row) const;

    [[nodiscard]] bool eventShown(int event) const;

    const Corpus *m_corpus = nullptr;
    QList<int> m_eventRows;
    QList<bool> m_eventFilter;
    bool m_showAll = false;
    int m_limit = 20;
    int m_restCount = 0;
    double m_restUsd = 0;
    int m_noRateCount = 0;
    QList<Row> m_rows;
    Unit m_unit = Unit::Billions;
    double m_divisor = 1e9;
};

} // namespace Newsline
