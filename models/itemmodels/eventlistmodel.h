#pragma once

#include "corpus.h"
#include "correction.h"

#include <QAbstractTableModel>

namespace Newsline {

/// The events of a corpus as a table (date, type, actors, amount in US dollars, sources); one row per event,
/// row i being corpus.events[i], so one selection model over it is the shared event selection.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TypeColumn,
        ActorsColumn,
        AmountColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        /// QDate: first day of the period; invalid when undated.
        DateRole,
        /// QDate: last day of the period; invalid when undated.
        LastDayRole,
        /// int: Event::Precision.
        PrecisionRole,
        /// int: Event::DateBasis.
        DateBasisRole,
        /// int: Event::Type.
        TypeRole,
        /// QString: the partnership lane ("Microsoft–OpenAI"), empty when none.
        LaneRole,
        /// QStringList: the actors.
        ActorsRole,
        /// double: the largest US dollar figure of the event (prices of one share left out), 0 when none.
        UsdRole,
        /// int: MoneyFigure::Kind of that largest figure, -1 when none.
        FigureKindRole,
        /// QStringList: every figure's label ("2 billion euros ≈ $2.17B, ECB 26 Feb 2024").
        FigureLabelsRole,
        /// int: number of sources.
        SourceCountRole,
        /// QString: the event's summary line in the reader's language.
        SummaryRole,
        /// A value that sorts the column as a reader expects (dates chronologically, amounts numerically).
        SortRole,
        /// int: article of the first source, -1 when none.
        SourceArticleRole,
        /// int: start of the first source in its article.
        SourceStartRole,
        /// int: end of the first source in its article.
        SourceEndRole,
        /// int: Event::Salience, whether the event is the news or only recalled.
        SalienceRole,
        /// bool: the event's amount is a total so far, not new money.
        RunningTotalRole,
        /// QStringList: the fields the analyst corrected ("type", "date", "parties", "amount", ...); empty when none.
        CorrectedFieldsRole,
        /// QString: the event's stable key (ItemKey written out), what corrections name it by.
        KeyRole,
    };
    Q_ENUM(Role)

    explicit EventListModel(QObject *parent = nullptr);

    /// Shows the events of a corpus; the corpus must outlive the model or be replaced first (nullptr empties).
    void setCorpus(const Corpus *corpus);
    [[nodiscard]] const Corpus *corpus() const { return m_corpus; }
    /// What the analyst corrected in each event, parallel to the events of the next corpus set (empty: nothing).
    void setProvenance(QList<EventProvenance> provenance) { m_provenance = std::move(provenance); }
    /// The provenance of the event of a row; nullptr when none is known.
    [[nodiscard]] const EventProvenance *provenance(int row) const;
    /// The mark shown beside a value the analyst set.
    [[nodiscard]] static QString correctedMark() { return QStringLiteral("\u270E"); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Row of the event that reports a figure, or -1.
    [[nodiscard]] int rowOfFigure(const FigureRef &figure) const;
    /// How far from its own sentence a span looks for the event it belongs to.
    enum class Reach
    {
        /// An event told anywhere in the span's paragraph (a figure qualifies the deal before or after it).
        Paragraph,
        /// The nearest event told before the span in its paragraph: a quote comments on what was reported before it,
        /// not on the next piece of news.
        EarlierInParagraph,
    };
    /// Row of the event a span of an article (a quote, a figure) belongs to: one whose source overlaps it, else one
    /// with a source in the same paragraph of that article within reach; -1 when none, however near another event is
    /// told.
    [[nodiscard]] int rowForSpan(int article, const TextSpan &span, Reach reach = Reach::Paragraph) const;

    /// Translated name of an event type.
    [[nodiscard]] static QString typeDisplayName(Event::Type type);
    /// Translated, reader-facing date of an event with its precision ("26 Feb 2024", "2023", "undated").
    [[nodiscard]] static QString dateDisplay(const Event &event);
    /// Translated name of where a date came from.
    [[nodiscard]] static QString dateBasisDisplayName(Event::DateBasis basis);

private:
    [[nodiscard]] const MoneyFigure *largestFigure(const Event &event) const;
    /// The largest figure of each event and its dollar value, worked out once per corpus: sorting and painting
    /// ask for them for every row, many times.
    struct Largest
    {
        /// Index in the event's figures; -1 when it has none.
        int figure = -1;
        double usd = 0;
    };
    QList<Largest> m_largest;

    const Corpus *m_corpus = nullptr;
    QList<EventProvenance> m_provenance;
};

} // namespace Newsline
