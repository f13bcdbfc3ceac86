#pragma once

#include <QItemSelectionModel>
#include <QWidget>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Newsline {

class EventListModel;
class SelectionLink;

/// A sortable, filterable table of all events (date, type, actors, amount in US dollars, sources), moving the
/// shared event selection like the timeline does.
class EventTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventTablePanel(QWidget *parent = nullptr);

    /// The events and the shared selection over them; the panel owns neither.
    void setModel(EventListModel *model, QItemSelectionModel *shared);
    /// Keeps only rows where some column contains the text (as if typed).
    void setFilterText(const QString &text);
    /// The filter as typed; empty when the table shows every event.
    [[nodiscard]] QString filterText() const;
    /// Puts the keyboard focus in the filter field.
    void focusFilter();

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    /// The user asked to open the source of an event (Enter or double-click); row of the EventListModel.
    void activated(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QSortFilterProxyModel *m_proxy = nullptr;
    SelectionLink *m_link = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Newsline
