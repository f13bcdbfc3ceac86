#include "eventtablepanel.h"

#include "eventfiltermodel.h"
#include "eventlistmodel.h"
#include "plaintext.h"
#include "selectionlink.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsline {

EventTablePanel::EventTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new EventFilterModel(this))
    , m_view(new QTableView(this))
{
    m_link = new SelectionLink(m_proxy, this);
    m_view->setModel(m_proxy);
    PlainText::showItemToolTipsAsWritten(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Rows as tall as their text needs: the table shows as many events as the room allows.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index).row()); });
    retranslate();
}

void EventTablePanel::retranslate()
{
    setAccessibleName(tr("Event list"));
    m_view->setAccessibleName(tr("Events"));
}

void EventTablePanel::setModel(EventListModel *model, QItemSelectionModel *shared)
{
    m_proxy->setSourceModel(model);
    m_link->link(shared, m_view->selectionModel());
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(EventListModel::ActorsColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(EventListModel::DateColumn, 110);
    m_view->setColumnWidth(EventListModel::TypeColumn, 110);
    m_view->setColumnWidth(EventListModel::AmountColumn, 110);
    m_view->setColumnWidth(EventListModel::SourcesColumn, 70);
}

void EventTablePanel::setFilterText(const QString &text)
{
    EventFilter filter = m_proxy->filter();
    filter.text = text;
    m_proxy->setFilter(filter);
}

QString EventTablePanel::filterText() const
{
    return m_proxy->filter().text;
}

void EventTablePanel::copySelection() const
{
    // What a spreadsheet pastes: one line per selected event in the table's order, columns as shown.
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        return;
    }
    const int columns = m_proxy->columnCount();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        header.append(m_proxy->headerData(c, Qt::Horizontal).toString());
    }
    lines.append(header.join(u'\t'));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            QString cell = m_proxy->index(row, c).data().toString();
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
            cells.append(cell);
        }
        lines.append(cells.join(u'\t'));
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

bool EventTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            Q_EMIT activated(m_proxy->mapToSource(m_view->currentIndex()).row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventTablePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace Newsline
