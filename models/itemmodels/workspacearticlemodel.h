#pragma once

#include "workspacerows.h"

#include <QAbstractListModel>

namespace Newsline {

class Workspace;

/// The articles of a workspace as a list of titles, read page by page as the view scrolls, so that a workspace of
/// thousands of articles opens at once.
class WorkspaceArticleModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        FileRole = Qt::UserRole,
        SourceRole,
        /// QDate.
        PublishedRole,
        /// int: workspace article id.
        IdRole,
    };
    Q_ENUM(Role)

    /// Articles read per fetchMore().
    static constexpr int PageSize = 200;

    explicit WorkspaceArticleModel(QObject *parent = nullptr);

    /// Shows the articles of a workspace, which must outlive the model or be replaced first (nullptr empties).
    void setWorkspace(const Workspace *workspace);
    /// The workspace shown; nullptr when none.
    [[nodiscard]] const Workspace *workspace() const { return m_workspace; }
    /// Reads the workspace again (after an import), starting with its first page.
    void reload();

    /// What a list of articles shows when the pointer rests on one: its file, source and publication date.
    [[nodiscard]] static QString toolTip(const QString &file, const QString &source, const QDate &published);

    /// Number of articles in the workspace, fetched or not.
    [[nodiscard]] int totalCount() const { return m_total; }
    /// Row of the article with that workspace id when it is fetched, else -1.
    [[nodiscard]] int rowOfId(int id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Workspace *m_workspace = nullptr;
    QList<ArticleInfo> m_rows;
    int m_total = 0;
    /// True inside fetchMore(): a view or tester reacting to the insertion must not fetch the same page again.
    bool m_fetching = false;
};

} // namespace Newsline
