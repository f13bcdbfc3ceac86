#pragma once

#include "storefile.h"
#include "workspacerows.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Newsline {

/**
 * A workspace: one SQLite database file (WAL mode, versioned schema) holding articles, their text, their
 * extraction and the events built across them, with FTS5 search over article text and quotes; or the same tables in
 * a PostgreSQL database (a team workspace, named by a postgresql:// URI wherever a file is), searched through tsvector
 * columns with GIN indexes. Everything above the store reads and writes both alike.
 *
 * Opening reads nothing but the schema version, so a 10,000-article workspace opens at once; lists are fetched
 * in pages (count + fetch(offset, limit)), one article's text and extraction on demand.
 *
 * The store knows nothing of extraction: WorkspaceImporter (import library) reads, extracts and stores articles and
 * builds their events through the record writers here.
 *
 * A Workspace belongs to the thread that opened it (QtSql connections are per thread). To import in a worker
 * thread, open a second Workspace on the same path there: SQLite's locking (WAL, busy timeout) keeps several
 * connections and processes on one file safe; the other connection sees the new rows once the import commits.
 *
 * In event queries, SourceRef::article and FigureRef::article are workspace article ids, not corpus indices
 * (except in snapshot(), which is a self-contained Corpus).
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Creates a new, empty workspace file, whole or not at all (an existing file is replaced only when it is an empty
    /// file); nullptr and error on failure.
    [[nodiscard]] static std::unique_ptr<Workspace> create(const QString &path, QString *error);
    /// As create(); *exists tells whether it failed because the name is taken (by another program, perhaps just now).
    [[nodiscard]] static std::unique_ptr<Workspace> create(const QString &path, QString *error, bool *exists);
    enum class OpenMode
    {
        /// Read and write when the file and its folder are writable, else read-only.
        ReadWrite,
        /// Read-only whatever the permissions (a second window that only looks).
        ReadOnly
    };

    /// Opens an existing workspace, migrating an older schema; a file that cannot be written (see
    /// StoreFile::unwritableReason) opens read-only. The file is untrusted: its schema must be exactly Newsline's and
    /// it passes the check asked for before anything else is read or written. nullptr and a plain error for a
    /// missing, damaged, altered or foreign file, which is left untouched.
    [[nodiscard]] static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                                         OpenMode mode = OpenMode::ReadWrite,
                                                         StoreFile::Check check = StoreFile::Check::Quick);
    /// Opens the workspace, or creates it when there is none (or an empty file); when another program creates it at
    /// the same moment, opens that one.
    [[nodiscard]] static std::unique_ptr<Workspace> openOrCreate(const QString &path, QString *error);
    /// The workspace file, or the server's URI without its password: what titles and messages show.
    [[nodiscard]] QString path() const { return m_path; }
    /// What opens this workspace again (the file, or the whole URI, password included when one was given): for a
    /// worker's own connection. Never shown.
    [[nodiscard]] QString location() const { return m_location; }
    /// True for a workspace on a PostgreSQL server.
    [[nodiscard]] bool isServer() const { return m_server; }
    /// True when text names a workspace on a server (a postgresql:// or postgres:// URI) rather than a file.
    [[nodiscard]] static bool isServerUri(const QString &text);
    /// True when the file could only be opened for reading (imports and edits are refused).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// The notice the window shows for a read-only workspace, with the reason; empty when writable.
    [[nodiscard]] QString readOnlyNotice() const;
    /// Makes this workspace read-only from now on (SQLite refuses this connection's writes too), for the reason given.
    void restrictToReading(const QString &reason);
    /// Runs SQLite's check of the file (Full before it is copied, or when asked); false and lastError() when damaged.
    bool check(StoreFile::Check check);
    /// Writes a consistent copy of the workspace to a new file (File → Save As); false when it cannot.
    bool saveCopyAs(const QString &path);
    /// Whether commits wait for the disk (the default); a temporary workspace that nobody keeps need not.
    void setDurable(bool durable);
    /// The last database error, for messages.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Number of articles whose stored extraction was made by another extractor version than currentVersion.
    [[nodiscard]] int staleArticleCount(const QString &currentVersion) const;
    /// The extractor versions of the stored extraction, each with its number of articles (unknown: empty version).
    [[nodiscard]] QHash<QString, int> extractorVersions() const;
    /// True when articles changed since events were last built (e.g. an import was interrupted).
    [[nodiscard]] bool eventsOutdated() const;

    /// Number of articles.
    [[nodiscard]] int articleCount() const;
    /// Articles sorted by publication date (undated last), then id; read through the date index, a page costs the
    /// same however many articles there are.
    [[nodiscard]] QList<ArticleInfo> articles(int offset, int limit) const;
    /// One article's metadata; nullopt when there is no such article.
    [[nodiscard]] std::optional<ArticleInfo> articleInfo(int id) const;
    /// One article with its text, segmentation and extraction; nullopt when there is no such article.
    [[nodiscard]] std::optional<Article> article(int id) const;
    /// Articles with their text and extraction, in the order of ids (an id of no article gives an empty Article); read
    /// in chunks, with progress (done, total) after each, stopping early when progress returns false.
    [[nodiscard]] QList<Article> fullArticles(const QList<int> &ids,
                                              const std::function<bool(int, int)> &progress = {}) const;
    /// Id of the article stored from that file (absolute path), or -1.
    [[nodiscard]] int articleIdForFile(const QString &file) const;
    /// Articles matching a full-text query (words, "phrases"), best first, with snippets.
    [[nodiscard]] QList<ArticleHit> searchArticles(const QString &query, const SearchOptions &options = {}) const;

    /// Number of events.
    [[nodiscard]] int eventCount() const;
    /// Events sorted by date (undated last), then id; refs hold article ids.
    [[nodiscard]] QList<Event> events(int offset, int limit) const;
    /// Events with a source in that article, sorted by date; refs hold article ids.
    [[nodiscard]] QList<Event> eventsOfArticle(int articleId) const;
    /// The events as a Corpus for the timeline, with only the article metadata and figures they cite: all of them, or
    /// those dated in [from, to] (an invalid bound is open; undated events come only when both bounds are open).
    [[nodiscard]] WorkspaceSnapshot snapshot(const QDate &from = {}, const QDate &to = {}) const;

    /// Number of quotes, of one person when person is not empty.
    [[nodiscard]] int quoteCount(const QString &person = {}) const;
    /// Quotes sorted by article date then position, of one person when person is not empty.
    [[nodiscard]] QList<QuoteRow> quotes(int offset, int limit, const QString &person = {}) const;
    /// Quotes matching a full-text query over their words, speaker and role, best first, with snippets.
    [[nodiscard]] QList<QuoteHit> searchQuotes(const QString &query, const SearchOptions &options = {}) const;

    /// Stores a correction at once, in a transaction of its own, so that it outlives a crash; a correction with an id
    /// (one undone and now redone) keeps it. Its id, or -1 (and lastError) when it could not be stored.
    qint64 addCorrection(const Correction &correction);
    /// As addCorrection, made over what basis says the analyst saw: refused (-1, and lastError saying who set what,
    /// and its value now) when a correction made since, not from the analyst's window, corrected one of the same
    /// fields of the same item, or deleted it. A correction of other fields of the item is kept beside it.
    qint64 addCorrection(const Correction &correction, const CorrectionBasis &basis);
    /// Removes a correction (undoing it); false (and lastError) when it could not be removed.
    bool removeCorrection(qint64 id);
    /// Every correction, in the order they were made.
    [[nodiscard]] QList<Correction> corrections() const;
    /// The entity names the analyst merged (merge and split corrections, in order).
    [[nodiscard]] EntityAliases entityAliases() const;
    /// Number of corrections.
    [[nodiscard]] int correctionCount() const;
    /// The stored events with the corrections applied, and what the corrections did; refs hold article ids.
    /// With hashes, also the content hash of every article by its id (read on the way).
    [[nodiscard]] CorrectedEvents correctedEvents(QHash<int, QString> *hashes = nullptr) const;
    /// Content hash of an article (what corrections name it by); empty when there is no such article.
    [[nodiscard]] QString articleHash(int id) const;

    /// Changes whenever another connection (a worker, another window or process) commits to the file.
    [[nodiscard]] qint64 dataVersion() const;

    /// Words of a search that count: the first ones, each once (a phrase at most this many words long).
    static constexpr int MaxSearchTerms = 32;
    /// Turns a user's search words into a safe FTS5 query (each word a quoted term, all required, each once, at most
    /// MaxSearchTerms; words of three letters or more also match as word beginnings; "quoted phrases" exactly); empty
    /// when none.
    [[nodiscard]] static QString ftsQuery(const QString &words);

    /// Number of quotes whose speaker or role has every word of person (as word beginnings, case and accents
    /// aside: "smith", "brad smi", "CEO"); all quotes when person is empty.
    [[nodiscard]] int quoteCountOfPerson(const QString &person) const;
    /// Quotes sorted as quotes() sorts them, of the speakers or roles matching person as quoteCountOfPerson does.
    [[nodiscard]] QList<QuoteRow> quotesOfPerson(int offset, int limit, const QString &person) const;
    /// Quotes matching words (full text), of the person matched as quoteCountOfPerson does, best first, with
    /// snippets; options.person is ignored.
    [[nodiscard]] QList<QuoteHit> searchQuotesOfPerson(const QString &words, const QString &person,
                                                       const SearchOptions &options = {}) const;
    /// Number of quotes searchQuotesOfPerson would find without a limit.
    [[nodiscard]] int searchQuoteCountOfPerson(const QString &words, const QString &person) const;
    /// Distinct speaker names and roles, sorted, for completing a person field.
    [[nodiscard]] QStringList speakersAndRoles() const;
    /// The words of a search as ftsQuery() reads them, without quotes, operators' punctuation or a trailing "*", for
    /// highlighting what was searched.
    [[nodiscard]] static QStringList searchWords(const QString &query);
    /// Row of the quote at that place of an article in quotesOfPerson()'s order for that person; -1 when it is not
    /// among them.
    [[nodiscard]] int quoteRowOfPerson(int articleId, int start, const QString &person) const;
    /// Number of articles searchArticles() would find without a limit (options.person aside).
    [[nodiscard]] int searchArticleCount(const QString &query) const;

    /// The connection of this workspace, for the store's record readers and writers (StoreRecords) in its thread.
    [[nodiscard]] QSqlDatabase database() const;
    /// A value of the workspace's meta table; empty when not set.
    [[nodiscard]] QString meta(const QString &key) const;
    /// Sets a value of the meta table; false (and lastError) on a database error.
    bool setMeta(const QString &key, const QString &value);
    /// Starts a write transaction, taking the write lock at once (waits while another connection holds it).
    bool begin();
    /// Commits the transaction; rolls back and returns false when it cannot.
    bool commit();
    /// Rolls the transaction back.
    void rollback();
    /// Records a failure for lastError() and returns false.
    bool fail(const QString &message);
    /// Tells listeners that articles or events changed through this object.
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    /// Articles or events changed through this object (import, re-extraction, event rebuild).
    void changed();

private:
    explicit Workspace(const QString &path, const QString &connection, bool readOnly);
    /// Opens (or makes, in a database that holds none) a workspace on a server.
    [[nodiscard]] static std::unique_ptr<Workspace> openServer(const QString &uri, QString *error, OpenMode mode);
    /// The condition on a quote (q) of matching a full-text query bound after it (matchValue()).
    [[nodiscard]] QString matchCondition() const;
    /// The store's FTS5 query as this workspace's database takes it (a tsquery on a server).
    [[nodiscard]] QString matchValue(const QString &ftsQuery) const;
    /// The condition of a name column being the name bound after it, case aside.
    [[nodiscard]] QString sameName(const QString &column) const;
    /// A database error as one plain line.
    [[nodiscard]] QString errorText(const QSqlError &error) const;
    /// An SQL condition, followed by AND, leaving out the quotes (q, of articles a) the analyst deleted; empty when
    /// none.
    [[nodiscard]] QString liveQuotes() const;
    /// The corrections, in order, with the evidence of those meeting a condition on correction_evidence (none when
    /// empty).
    [[nodiscard]] QList<Correction> readCorrections(const QString &evidenceOf) const;
    /// Hands each span of evidence meeting a condition on correction_evidence to take, with its correction's id.
    void readEvidence(const QString &condition, const std::function<void(qint64, EvidenceSpan)> &take) const;
    /// Gives quotes the speakers the analyst set.
    void correctSpeakers(QList<QuoteRow> &rows) const;
    /// Applies the corrections to the events a query reads, when there are corrections; else the query's events.
    [[nodiscard]] bool hasCorrectionTables() const;
    qint64 addCorrection(const Correction &correction, const CorrectionBasis *basis);
    /// Why a correction made over basis would overwrite one made since unseen; empty when it would not.
    [[nodiscard]] QString staleCorrection(const Correction &correction, const CorrectionBasis &basis) const;
    /// Quotes matching an FTS5 expression, best first, with snippets; empty for an empty expression.
    /// Quotes matching an FTS5 query, best first; with a condition on q.id (personClause()) taking its own match.
    [[nodiscard]] QList<QuoteHit> rankedQuotes(const QString &match, const SearchOptions &options,
                                               const QString &condition = {}, const QString &conditionMatch = {}) const;
    /// The SQL condition on a quote (q.id) of being the person's, as corrected by the analyst; binds one FTS5 match
    /// of the person (personMatch).
    [[nodiscard]] QString personClause(const QString &person) const;

    QString m_path;
    QString m_location;
    QString m_connection;
    bool m_server = false;
    /// Commits of other connections the server told of.
    mutable qint64 m_notifications = 0;
    bool m_readOnly = false;
    /// The schema has the corrections tables (a read-only workspace of an older version has not).
    bool m_correctionTables = false;
    QString m_readOnlyReason;
    mutable QString m_lastError;
};

} // namespace Newsline
