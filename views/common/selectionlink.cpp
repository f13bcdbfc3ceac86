#include "selectionlink.h"

#include <QAbstractProxyModel>

namespace Newsline {

SelectionLink::SelectionLink(QAbstractProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
{
    // While the proxy filters or sorts, its selection model moves its current row off hidden rows by itself;
    // that is not the user choosing another event, so it must not reach the shared selection.
    auto begin = [this] { m_restructuring = true; };
    auto end = [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_restructuring = false;
                toProxy();
            },
            Qt::QueuedConnection);
    };
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, end);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, end);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, end);
    connect(proxy, &QAbstractItemModel::modelReset, this, end);
}

void SelectionLink::link(QItemSelectionModel *shared, QItemSelectionModel *proxySelection)
{
    m_shared = shared;
    m_proxySelection = proxySelection;
    connect(shared, &QItemSelectionModel::selectionChanged, this, &SelectionLink::toProxy);
    connect(shared, &QItemSelectionModel::currentChanged, this, &SelectionLink::toProxy);
    connect(proxySelection, &QItemSelectionModel::selectionChanged, this, &SelectionLink::toShared);
    connect(proxySelection, &QItemSelectionModel::currentChanged, this, &SelectionLink::toShared);
    toProxy();
}

void SelectionLink::toProxy()
{
    if (m_syncing || m_restructuring || !m_shared || !m_proxySelection || !m_proxy) {
        return;
    }
    m_syncing = true;
    m_proxySelection->select(m_proxy->mapSelectionFromSource(m_shared->selection()),
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_proxy->mapFromSource(m_shared->currentIndex());
    m_proxySelection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

void SelectionLink::toShared()
{
    if (m_syncing || m_restructuring || !m_shared || !m_proxySelection || !m_proxy) {
        return;
    }
    m_syncing = true;
    // Rows the filter hides keep their selection: the table only speaks for the rows it shows.
    QItemSelection hidden = m_shared->selection();
    hidden.merge(m_proxy->mapSelectionToSource(m_proxy->mapSelectionFromSource(m_shared->selection())),
                 QItemSelectionModel::Deselect);
    QItemSelection selection = m_proxy->mapSelectionToSource(m_proxySelection->selection());
    selection.merge(hidden, QItemSelectionModel::Select);
    const QModelIndex current = m_proxy->mapToSource(m_proxySelection->currentIndex());
    m_shared->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_shared->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}

} // namespace Newsline
