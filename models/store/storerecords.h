#pragma once

#include "eventmention.h"
#include "eventplace.h"
#include "workspacerows.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Newsline {

/// Rows of the workspace schema to and from the value types (used by Workspace; no transactions of its own).
namespace StoreRecords {

/// The error of a query as one plain line (SQLite's explained, a server's as it says it).
[[nodiscard]] QString errorText(const QSqlQuery &query);

/// Where an article's bytes came from, to tell a changed file from an unchanged one.
struct FileStamp
{
    QString file;
    QString hash;
    qint64 size = 0;
    QString modified;
};

/// A report of an event as the store keeps it: the report and the merge bucket it falls in.
struct MentionRecord
{
    QString bucket;
    EventMention mention;
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

    /// Stores an extracted article and its reports of events: same hash = already there, same file = updated in
    /// place, else added.
    Stored storeArticle(const Article &article, const FileStamp &stamp, const QString &extractorVersion,
                        const QList<MentionRecord> &mentions);
    /// Replaces the segmentation, extraction and reports of events of a stored article.
    bool replaceExtraction(int articleId, const Article &article, const QString &extractorVersion,
                           const QList<MentionRecord> &mentions);
    /// Replaces every event, ranked in list order (keys are the events' ids); refs of events index articleIds (empty:
    /// refs hold article ids). Without places (one per event) the next event update must rebuild them all.
    bool replaceEvents(const QList<Event> &events, const QList<int> &articleIds, const QList<EventPlace> &places = {});
    /// Adds one event at a rank; its refs hold article ids.
    bool insertEvent(const Event &event, const EventPlace &place, int rank);
    /// Removes the events of these buckets.
    bool removeEvents(const QSet<QString> &buckets);
    /// Moves the events whose order keys lie strictly between afterKey and beforeKey (empty: no end) by delta ranks
    /// (their keys follow).
    bool shiftRanks(const QString &afterKey, const QString &beforeKey, int delta);
    /// Sets one event's lane (empty: none).
    bool setLane(int eventId, const QString &lane);
    /// Makes the quote an add-quote correction tells (after the article's extracted quotes), indexed for search.
    bool insertAddedQuote(qint64 correctionId);
    /// Removes the quote an add-quote correction made, from the list and the index.
    bool removeAddedQuote(qint64 correctionId);
    /// Replaces an article's stored reports of events (for articles stored before reports were).
    bool replaceMentions(int articleId, const QList<MentionRecord> &mentions);
    /// Sets a stored figure's dollar value and the date of its rate (after the exchange rates were updated) and notes
    /// the article changed, so that its events are merged again.
    bool setFigureUsd(int articleId, int figureIndex, const QString &usd, const QDate &rateDate);
    /// Forgets the articles changed since the last event build.
    bool clearChanges();
    /// The error of the last failed statement.
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &query, const QVariantList &values);
    QSqlQuery &statement(const QString &sql);
    bool deleteExtraction(int articleId);
    bool insertExtraction(int articleId, const Article &article, const QList<MentionRecord> &mentions);
    bool noteChange(int articleId);
    /// The statement that makes the quotes of add-quote corrections meeting a condition on c (correction) and a
    /// (its article).
    [[nodiscard]] static QString addedQuotes(const QString &condition);
    bool insertMentions(int articleId, const QList<MentionRecord> &mentions);
    bool insertEventRow(const Event &e, const QVariant &id, const QString &key, int rank, const EventPlace *place,
                        const QList<int> *articleIds);

    QSqlDatabase m_db;
    /// A PostgreSQL server keeps its search columns itself; a file's FTS5 tables are kept here.
    bool m_server = false;
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
/// A stored event as far as laning the others needs it.
struct LaneRow
{
    int id = -1;
    Event::Type type = Event::Type::Other;
    QStringList actors;
    QString lane;
};

/// Articles stored or re-extracted since the last event build, by id.
[[nodiscard]] QList<int> changedArticles(const QSqlDatabase &db);
/// Buckets of the events with a source in these articles.
[[nodiscard]] QSet<QString> bucketsOfArticles(const QSqlDatabase &db, const QList<int> &articleIds);
/// Buckets the stored reports of these articles fall in.
[[nodiscard]] QSet<QString> bucketsOfMentions(const QSqlDatabase &db, const QList<int> &articleIds);
/// Called with each stored report: its article's id, its ordinal in the article, the report (refs hold article ids).
using MentionVisitor = std::function<void(int articleId, int ordinal, const EventMention &mention)>;
/// Visits the stored reports of these buckets (all when buckets is null), in article then report order.
void loadMentions(const QSqlDatabase &db, const QSet<QString> *buckets, const MentionVisitor &visit);
/// Order keys of the events of these buckets, sorted.
[[nodiscard]] QStringList orderKeys(const QSqlDatabase &db, const QSet<QString> &buckets);
/// Rank and order key of the last event ordered before orderKey; 0 and empty when none.
[[nodiscard]] std::pair<int, QString> rankBefore(const QSqlDatabase &db, const QString &orderKey);
/// Every stored event's id, type, actors and lane.
[[nodiscard]] QList<LaneRow> laneRows(const QSqlDatabase &db);
/// Each entity name's type in the latest article that names it (what lanes go by).
[[nodiscard]] QHash<QString, Entity::Type> entityTypes(const QSqlDatabase &db);
/// Quote rows; where is an SQL condition on quotes q joined with articles a.
[[nodiscard]] QList<QuoteRow> quoteRows(const QSqlDatabase &db, const QString &where, const QVariantList &values);
/// The QuoteRow in columns first..first+9 (id, article, start, end, text, speaker, role, published, title, kind).
[[nodiscard]] QuoteRow quoteRowFrom(const QSqlQuery &query, int first);

} // namespace StoreRecords

} // namespace Newsline
