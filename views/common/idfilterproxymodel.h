#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Newsline {

/// Sorts a list and, when restricted, keeps only the rows whose id (an int in one role, such as a workspace article
/// id) is in a set: the quote and article lists narrowed to the articles of the events the window's filter keeps.
class IdFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IdFilterProxyModel(int idRole, QObject *parent = nullptr);

    /// Keeps only rows whose id is in ids.
    void restrictTo(const QSet<int> &ids);
    /// Keeps every row again.
    void clearRestriction();
    [[nodiscard]] bool isRestricted() const { return m_restricted; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_idRole;
    QSet<int> m_ids;
    bool m_restricted = false;
};

} // namespace Newsline
