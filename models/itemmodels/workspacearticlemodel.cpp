#include "workspacearticlemodel.h"

#include "workspace.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Newsline {

WorkspaceArticleModel::WorkspaceArticleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void WorkspaceArticleModel::setWorkspace(const Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void WorkspaceArticleModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_workspace ? m_workspace->articleCount() : 0;
    if (m_workspace) {
        // The first page comes with the reset: callers look up rows before a view is shown and fetches.
        m_rows = m_workspace->articles(0, PageSize);
    }
    // Views (and QAbstractItemModelTester) react to the reset by fetching: not before the reset is complete.
    const QScopedValueRollback fetching(m_fetching, true);
    endResetModel();
}

int WorkspaceArticleModel::rowOfId(int id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

QString WorkspaceArticleModel::toolTip(const QString &file, const QString &source, const QDate &published)
{
    QStringList lines{file};
    if (!source.isEmpty()) {
        lines.append(source);
    }
    if (published.isValid()) {
        lines.append(tr("published %1").arg(QLocale().toString(published, QLocale::LongFormat)));
    }
    return lines.join(u'\n');
}

int WorkspaceArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorkspaceArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ArticleInfo &article = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return article.displayTitle();
    case Qt::ToolTipRole:
        return toolTip(article.file, article.source, article.published);
    case FileRole:
        return article.file;
    case SourceRole:
        return article.source;
    case PublishedRole:
        return article.published;
    case IdRole:
        return article.id;
    }
    return {};
}

bool WorkspaceArticleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_workspace && m_rows.size() < m_total;
}

void WorkspaceArticleModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<ArticleInfo> page = m_workspace->articles(int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        // Articles went away since counting (another connection): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace Newsline
