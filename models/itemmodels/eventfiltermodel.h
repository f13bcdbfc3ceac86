#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace Newsline {

class EventListModel;

/// What the analyst keeps of the events: every part must hold for an event to be shown.
struct EventFilter
{
    /// Free text, word by word: each word must match the event's date, type, actors, lane, summary, figures as the
    /// articles word them ("billion") or its amount; "1987", "1987-03" and "1987-03-02" match events of that period;
    /// "> 1B", "<=500M", ">1000000" compare the amount in US dollars; "2.17B" matches that amount give or take 5%.
    QString text;
    /// Event::Type as an int; -1 for every type.
    int type = -1;
    /// An actor's name (case aside); empty for every actor.
    QString company;
    /// First and last day of the period; an invalid date leaves that side open.
    QDate from;
    QDate to;
    /// US-dollar amounts from and to; negative leaves that side open. An event without an amount fails a bound.
    double minUsd = -1;
    double maxUsd = -1;
    /// Only the events that are the news, not those recalled in passing.
    bool mainOnly = false;

    [[nodiscard]] bool isEmpty() const;
    friend bool operator==(const EventFilter &, const EventFilter &) = default;

    /// A period as an analyst types it: "1987", "1987-03", "1987-03-02", or two of these joined by "..", " to " or
    /// an en dash; false when it is none of these.
    static bool parsePeriod(const QString &text, QDate *from, QDate *to);
    /// An amount as written in a filter: "1B", "$2.5bn", "500 million", "1000000"; negative when it is none.
    [[nodiscard]] static double parseAmount(QString text);
};

/// The events an EventFilter keeps, sorted by a column: the event table's model, and through acceptedRows() what the
/// timeline, the figure chart, the quote list and the briefing show, so that every panel shows the same events.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilter(const EventFilter &filter);
    [[nodiscard]] const EventFilter &filter() const { return m_filter; }
    /// Source row -> shown; empty when the filter keeps every event.
    [[nodiscard]] QList<bool> acceptedRows() const;
    /// True when a source row passes the filter.
    [[nodiscard]] bool accepts(int sourceRow) const;

Q_SIGNALS:
    /// The filter or the events changed: the set of rows shown may differ.
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Word
    {
        enum class Kind
        {
            Text,
            Period,
            AtLeast,
            Above,
            AtMost,
            Below,
            About
        };
        Kind kind = Kind::Text;
        QString text;
        double amount = 0;
        QDate from;
        QDate to;
    };
    void parseText();
    void buildHaystacks() const;
    [[nodiscard]] const EventListModel *events() const;

    QList<QMetaObject::Connection> m_sourceConnections;
    EventFilter m_filter;
    QList<Word> m_words;
    /// Each event's searchable text, lower case, built on first use after the events change.
    mutable QStringList m_haystacks;
    mutable bool m_haystacksValid = false;
};

} // namespace Newsline
