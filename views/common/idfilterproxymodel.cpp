#include "idfilterproxymodel.h"

namespace Newsline {

IdFilterProxyModel::IdFilterProxyModel(int idRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{
}

void IdFilterProxyModel::restrictTo(const QSet<int> &ids)
{
    if (m_restricted && ids == m_ids) {
        return;
    }
    m_ids = ids;
    m_restricted = true;
    invalidateFilter();
}

void IdFilterProxyModel::clearRestriction()
{
    if (!m_restricted) {
        return;
    }
    m_restricted = false;
    m_ids.clear();
    invalidateFilter();
}

bool IdFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_restricted) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_ids.contains(index.data(m_idRole).toInt());
}

} // namespace Newsline
