#pragma once

#include <QItemSelectionModel>
#include <QWidget>

class QTableView;

namespace Newsline {

class EventFilterModel;
class EventListModel;
class SelectionLink;

/// A sortable table of the events the window's filter keeps (date, type, actors, amount in US dollars, sources),
/// moving the shared event selection like the timeline does.
class EventTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventTablePanel(QWidget *parent = nullptr);

    /// The events and the shared selection over them; the panel owns neither.
    void setModel(EventListModel *model, QItemSelectionModel *shared);
    /// Keeps only the events whose text matches (the filter's words; its other fields unchanged).
    void setFilterText(const QString &text);
    /// Copies the selected rows as tab-separated text, with a header line.
    void copySelection() const;
    /// The filter's words; empty when they narrow nothing.
    [[nodiscard]] QString filterText() const;

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] EventFilterModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// The user asked to open the source of an event (Enter or double-click); row of the EventListModel.
    void activated(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    EventFilterModel *m_proxy = nullptr;
    SelectionLink *m_link = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Newsline
