#pragma once

#include "workspacerows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace Newsline {

/// Rows of the workspace schema to and from the value types (used by Workspace; no transactions of its own).
namespace StoreRecords {

/// Where an article's bytes came from, to tell a changed file from an unchanged one.
struct FileStamp
{
    QString file;
    QString hash;
    qint64 size = 0;
    QString modified;
};

/// Writes articles, their extraction and events with prepared statements; the caller holds the transaction.
class Writer
{
public:
    enum class Stored
    {
        Added,
        Updated,
        AlreadyThere,
        Failed
    };

    explicit Writer(const QSqlDatabase &db);

    /// Stores an extracted article: same hash = already there, same file = updated in place, else added.
    Stored storeArticle(const Article &article, const FileStamp &stamp, const QString &extractorVersion);
    /// Replaces the segmentation and extraction of a stored article.
    bool replaceExtraction(int articleId, const Article &article, const QString &extractorVersion);
    /// Replaces every event; refs of events index articleIds.
    bool replaceEvents(const QList<Event> &events, const QList<int> &articleIds);
    /// The error of the last failed statement.
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query, const QVariantList &values);
    QSqlQuery &statement(const QString &sql);
    bool deleteExtraction(int articleId);
    bool insertExtraction(int articleId, const Article &article);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_lastError;
};

/// Articles with text, segmentation and extraction; where is an SQL condition on articles (empty: all), ids gets
/// their workspace ids.
[[nodiscard]] QList<Article> loadArticles(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                                          QList<int> *ids);
/// Article metadata rows; where is an SQL condition on articles (may end in ORDER BY / LIMIT).
[[nodiscard]] QList<ArticleInfo> articleInfos(const QSqlDatabase &db, const QString &where, const QVariantList &values);
/// The ArticleInfo in columns first..first+6 (id, file, title, source, url, published, language).
[[nodiscard]] ArticleInfo articleInfoFrom(const QSqlQuery &query, int first);
/// Articles in the order of ids with metadata and figures only (no text), for a snapshot.
[[nodiscard]] QList<Article> citedArticles(const QSqlDatabase &db, const QList<int> &ids);
/// Events with sources, figures and conflicts; where is an SQL condition on events (may end in ORDER BY / LIMIT).
[[nodiscard]] QList<Event> loadEvents(const QSqlDatabase &db, const QString &where, const QVariantList &values);
/// Quote rows; where is an SQL condition on quotes q joined with articles a.
[[nodiscard]] QList<QuoteRow> quoteRows(const QSqlDatabase &db, const QString &where, const QVariantList &values);
/// The QuoteRow in columns first..first+8 (id, article, start, end, text, speaker, role, published, title).
[[nodiscard]] QuoteRow quoteRowFrom(const QSqlQuery &query, int first);

} // namespace StoreRecords

} // namespace Newsline
