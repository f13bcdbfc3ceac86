#include "eventtablepanel.h"

#include "eventlistmodel.h"
#include "selectionlink.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Newsline {

EventTablePanel::EventTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSortRole(EventListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_link = new SelectionLink(m_proxy, this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);

    auto *row = new QHBoxLayout;
    // The label lines up with the text of the panels beside, not with the window's edge.
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(m_filterLabel);
    row->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_proxy->mapToSource(index).row()); });
    retranslate();
}

void EventTablePanel::retranslate()
{
    setAccessibleName(tr("Event list"));
    m_filterLabel->setText(tr("&Filter events:"));
    m_filter->setPlaceholderText(tr("date, type, actor or amount"));
    m_filter->setAccessibleName(tr("Filter events"));
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
    m_filter->setText(text);
}

QString EventTablePanel::filterText() const
{
    return m_filter->text();
}

void EventTablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool EventTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
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
