#pragma once

#include <QItemSelectionModel>
#include <QObject>
#include <QPointer>

class QAbstractProxyModel;

namespace Newsline {

/// Keeps a view's selection over a proxy model in step with the shared selection over the source model,
/// both ways, so a sorted or filtered table moves the one selection every other panel follows.
class SelectionLink : public QObject
{
    Q_OBJECT

public:
    /// Watches a proxy; create it before any view takes the proxy, so that it hears of row changes first.
    explicit SelectionLink(QAbstractProxyModel *proxy, QObject *parent = nullptr);

    /// Links proxySelection (over the proxy) with shared (over the proxy's source model).
    void link(QItemSelectionModel *shared, QItemSelectionModel *proxySelection);

private:
    void toProxy();
    void toShared();

    QPointer<QItemSelectionModel> m_shared;
    QPointer<QItemSelectionModel> m_proxySelection;
    QPointer<QAbstractProxyModel> m_proxy;
    bool m_syncing = false;
    bool m_restructuring = false;
};

} // namespace Newsline
