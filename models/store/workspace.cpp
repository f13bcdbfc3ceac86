#include "workspace.h"

#include "serverstore.h"
#include "storefile.h"
#include "storerecords.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Shortest search word matched as a word beginning.
constexpr int MinPrefixLetters = 3;

QString tr(const char *text)
{
    // lupdate files tr() calls of free functions under the enclosing namespace, so the catalogue context is that.
    return QCoreApplication::translate("Newsline", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"newsline-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Reads the 100-byte SQLite header without opening the database, so that a foreign file is never touched.
// (The application id and version in the file's header may be stale while a -wal file holds newer pages, so those
// are read through SQLite.)
bool isSqliteFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *error = bytes.isEmpty() ? tr("%1: empty file, not a Newsline workspace").arg(path)
                                 : tr("%1: not a Newsline workspace (not an SQLite database); the file was left "
                                      "untouched")
                                       .arg(path);
        return false;
    }
    return true;
}

// The lowest id among the newest `cap` matches of a full-text query of a table (articles, quotes), or 0 when there are
// no more than cap matches. match is an FTS5 query for a file, a tsquery for a server. On a server, *walked says
// whether the matches are common enough that the rows from the floor on are best read by id.
qint64 rankFloor(const QSqlDatabase &db, bool server, const QString &table, const QString &match, int cap,
                 bool *walked = nullptr)
{
    if (cap <= 0) {
        return 0;
    }
    QSqlQuery q(db);
    q.setForwardOnly(!server);
    if (!server) {
        // FTS5 keeps each word's rows in rowid order: the newest matches come first, whatever their number.
        q.prepare(u"SELECT rowid FROM %1_fts WHERE %1_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"_s.arg(table));
        q.addBindValue(match);
        q.addBindValue(cap - 1);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    // A GIN index gives matches in no order. Walking the rows back from the newest finds the newest matches of a
    // common word at once, and those of a rare one only after the whole table; sorting what the index finds is the
    // reverse. How often the word matches among the newest rows tells which way reads fewer rows.
    constexpr int probe = 1000;
    q.prepare(u"SELECT count(*) FROM (SELECT search FROM %1 ORDER BY id DESC LIMIT %2) r "
              "WHERE search @@ to_tsquery('simple', ?)"_s.arg(table)
                  .arg(probe));
    q.addBindValue(match);
    if (!q.exec() || !q.next()) {
        return 0;
    }
    const double found = q.value(0).toDouble();
    QSqlQuery size(db);
    size.prepare(u"SELECT greatest(reltuples, 1), greatest(relpages, 1) FROM pg_class WHERE oid = to_regclass(?)"_s);
    size.addBindValue(table);
    const bool sized = size.exec() && size.next();
    const double rows = sized ? size.value(0).toDouble() : 1;
    const double pages = sized ? size.value(1).toDouble() : 1;
    const double share = found / std::min<double>(probe, rows);
    // Pages each way reads: the walk back, those holding the rows up to the cap-th match; the index's matches, spread
    // over the table, up to every page of it.
    const double perPage = rows / pages;
    const bool walk = found > 0 && double(cap) / share / perPage < std::min(share * rows, pages);
    if (walked) {
        *walked = walk;
    }
    q.prepare(
        walk ? u"SELECT id FROM (SELECT id, search FROM %1 ORDER BY id DESC OFFSET 0) r "
               "WHERE search @@ to_tsquery('simple', ?) LIMIT 1 OFFSET ?"_s.arg(table)
             : u"SELECT id FROM %1 WHERE search @@ to_tsquery('simple', ?) ORDER BY id + 0 DESC LIMIT 1 OFFSET ?"_s.arg(
                   table));
    q.addBindValue(match);
    q.addBindValue(cap - 1);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The rows a server's ranked search reads: the table, or, when the matches are common (rankFloor walked back to the
// floor), the rows from the floor on read by id, which the planner would otherwise fetch through the search index one
// match at a time across the whole table.
QString rangeOrTable(const QString &table, qint64 floor, bool walked)
{
    return walked ? u"(SELECT * FROM %1 WHERE id >= %2 OFFSET 0)"_s.arg(table).arg(floor) : table;
}

// ts_headline's options for snippets between the search's markers, as FTS5's snippet() makes them.
QString headlineOptions(const SearchOptions &options, int words)
{
    const auto marker = [](QString text) { return text.remove(u'"'); };
    return u"StartSel=\"%1\", StopSel=\"%2\", MaxWords=%3, MinWords=%4, ShortWord=1, MaxFragments=1, "
           "FragmentDelimiter=\"…\""_s.arg(marker(options.openMarker), marker(options.closeMarker))
               .arg(words)
               .arg(words / 2);
}

} // namespace

bool Workspace::isServerUri(const QString &text)
{
    return ServerStore::isUri(text);
}

QString ArticleInfo::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

Workspace::Workspace(const QString &path, const QString &connection, bool readOnly)
    : m_path(path)
    , m_connection(connection)
    , m_readOnly(readOnly)
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

namespace {

bool execAll(QSqlDatabase &db, std::initializer_list<QString> statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = StoreFile::plainError(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    bool exists = false;
    return create(path, error, &exists);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error, bool *exists)
{
    QString ignored;
    error = error ? error : &ignored;
    if (ServerStore::isUri(path)) {
        // A database holds one workspace: made in it when it holds none.
        return openServer(path, error, OpenMode::ReadWrite);
    }
    // Built in a file of its own beside the workspace and then given its name: no other program ever sees a workspace
    // half made, and a second program creating the same workspace at the same moment finds the first one's.
    const auto build = [](QSqlDatabase &db, QString *reason) {
        if (!execAll(db, {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}, reason) ||
            !StoreSchema::create(db, reason)) {
            return false;
        }
        QSqlQuery created(db);
        created.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('created', ?)"_s);
        created.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!created.exec()) {
            *reason = StoreFile::plainError(created.lastError());
            return false;
        }
        // Puts the header (application id, version) into the file itself, so other tools recognise it at once.
        created.finish();
        QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
        return true;
    };
    QString reason;
    if (!StoreFile::createWhole(path, build, &reason, exists)) {
        *error = tr("%1: %2").arg(path, reason);
        return nullptr;
    }
    return open(path, error, OpenMode::ReadWrite, StoreFile::Check::None);
}

std::unique_ptr<Workspace> Workspace::openOrCreate(const QString &path, QString *error)
{
    if (ServerStore::isUri(path)) {
        return openServer(path, error, OpenMode::ReadWrite);
    }
    const QFileInfo info(path);
    if (info.exists() && (!info.isFile() || info.size() > 0)) {
        return open(path, error);
    }
    bool exists = false;
    std::unique_ptr<Workspace> workspace = create(path, error, &exists);
    // Another program created it meanwhile: this one works in the same workspace.
    return workspace || !exists ? std::move(workspace) : open(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, OpenMode mode, StoreFile::Check check)
{
    QString ignored;
    error = error ? error : &ignored;
    if (ServerStore::isUri(path)) {
        return openServer(path, error, mode);
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such workspace file").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        *error = tr("%1: is a folder, not a workspace file").arg(path);
        return nullptr;
    }
    // A pipe or a device would block the first read, or never end.
    if (!info.isFile()) {
        *error = tr("%1: not a regular file, so not a workspace").arg(path);
        return nullptr;
    }
    if (!isSqliteFile(path, error)) {
        return nullptr;
    }
    const QString readOnlyReason =
        mode == OpenMode::ReadOnly ? tr("opened for reading only") : StoreFile::unwritableReason(path);
    const bool readOnly = !readOnlyReason.isEmpty();
    const QString connection = nextConnectionName();
    QString reason;
    if (!StoreFile::openConnection(path, connection, readOnly, &reason)) {
        *error = tr("%1: %2; the file was left untouched").arg(path, reason);
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), connection, readOnly));
    workspace->m_location = workspace->m_path;
    workspace->m_readOnlyReason = readOnlyReason;
    QSqlDatabase db = workspace->database();
    QSqlQuery probe(db);
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        *error = tr("%1: the workspace cannot be read (%2); the file was left untouched")
                     .arg(path, StoreFile::plainError(probe.lastError()));
        return nullptr;
    }
    if (probe.value(0).toInt() != StoreSchema::ApplicationId) {
        *error = tr("%1: an SQLite database, but not a Newsline workspace; the file was left untouched").arg(path);
        return nullptr;
    }
    probe.exec(u"PRAGMA user_version"_s);
    const int version = probe.next() ? probe.value(0).toInt() : -1;
    probe.finish();
    if (version > StoreSchema::CurrentVersion) {
        *error = tr("%1: made by a newer Newsline (workspace format %2, this program reads up to %3)")
                     .arg(path)
                     .arg(version)
                     .arg(StoreSchema::CurrentVersion);
        return nullptr;
    }
    // Nothing of the file is read or written before its schema is known to be Newsline's own: a trigger, view or
    // table someone added would otherwise run or be read as ours.
    QStringList missingIndexes;
    if (version < 1 || !StoreFile::verifySchema(db, version, &reason, &missingIndexes)) {
        *error = version < 1 ? tr("%1: not a complete Newsline workspace (it holds no workspace tables); the file was "
                                  "left untouched")
                                   .arg(path)
                             : tr("%1: not opened: %2. A workspace that was altered outside Newsline may act on "
                                  "this computer; the file was left untouched")
                                   .arg(path, reason);
        return nullptr;
    }
    if (!StoreFile::checkIntegrity(db, check, &reason)) {
        *error = tr("%1: not opened: %2; the file was left untouched").arg(path, reason);
        return nullptr;
    }
    if (version < StoreSchema::ReadableVersion && readOnly) {
        *error = tr("%1: the workspace needs upgrading to the current format, but it is read-only (%2)")
                     .arg(path, readOnlyReason);
        return nullptr;
    }
    workspace->m_correctionTables = version >= 7;
    if (!readOnly) {
        if (!execAll(db,
                     {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s},
                     &reason) ||
            (version < StoreSchema::CurrentVersion && !StoreSchema::migrate(db, version, &reason))) {
            *error = tr("%1: the workspace could not be opened for writing: %2").arg(path, reason);
            return nullptr;
        }
        workspace->m_correctionTables = true;
        // An index of the schema missing from an early workspace only costs time: made again.
        QSqlQuery index(db);
        for (const QString &statement : std::as_const(missingIndexes)) {
            index.exec(statement);
        }
    }
    return workspace;
}

std::unique_ptr<Workspace> Workspace::openServer(const QString &uri, QString *error, OpenMode mode)
{
    const QString connection = nextConnectionName();
    if (!ServerStore::connect(uri, connection, error)) {
        QSqlDatabase::removeDatabase(connection);
        return nullptr;
    }
    const QString shown = ServerStore::displayName(uri);
    std::unique_ptr<Workspace> workspace(new Workspace(shown, connection, false));
    workspace->m_location = uri;
    workspace->m_server = true;
    workspace->m_correctionTables = true;
    QSqlDatabase db = workspace->database();
    bool roleReadOnly = false;
    QString reason;
    if (!ServerStore::prepare(db, &roleReadOnly, &reason)) {
        *error = tr("%1: %2").arg(shown, reason);
        return nullptr;
    }
    if (roleReadOnly || mode == OpenMode::ReadOnly) {
        workspace->restrictToReading(roleReadOnly ? tr("this database role may only read")
                                                  : tr("opened for reading only"));
    }
    // Other connections' commits (other windows, importers on other computers) are told at once: the notification
    // makes dataVersion() change, which the window's session checks.
    Workspace *self = workspace.get();
    QObject::connect(db.driver(), &QSqlDriver::notification, self,
                     [self](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::OtherSource) {
                             ++self->m_notifications;
                         }
                     });
    db.driver()->subscribeToNotification(QString::fromLatin1(ServerStore::ChangeChannel));
    return workspace;
}

void Workspace::setDurable(bool durable)
{
    if (m_server) {
        // The server decides: a commit waits for its disk.
        return;
    }
    QSqlQuery(durable ? u"PRAGMA synchronous = NORMAL"_s : u"PRAGMA synchronous = OFF"_s, database());
}

void Workspace::restrictToReading(const QString &reason)
{
    if (m_readOnly) {
        return;
    }
    m_readOnly = true;
    m_readOnlyReason = reason;
    // Enforced by the database too: this connection writes nothing from now on.
    QSqlQuery(m_server ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s : u"PRAGMA query_only = ON"_s,
              database());
}

bool Workspace::check(StoreFile::Check check)
{
    if (m_server) {
        // The server keeps its own data sound; there is no file to check.
        return true;
    }
    QString problem;
    return StoreFile::checkIntegrity(database(), check, &problem) || fail(problem);
}

QString Workspace::readOnlyNotice() const
{
    if (!m_readOnly) {
        return {};
    }
    return tr("%1 is read-only (%2): you can read and search it, but not import into it or change it.")
        .arg(m_path, m_readOnlyReason);
}

bool Workspace::saveCopyAs(const QString &path)
{
    if (m_server) {
        return fail(tr("%1: a workspace on a server is copied into a file with File → Save Workspace As… or "
                       "newsline copy-workspace")
                        .arg(m_path));
    }
    if (QFileInfo::exists(path)) {
        return fail(tr("%1: already exists; choose another name or remove it first").arg(path));
    }
    // A damaged workspace is not copied on as if it were sound.
    QString problem;
    if (!StoreFile::checkIntegrity(database(), StoreFile::Check::Full, &problem)) {
        return fail(tr("%1: the copy was not made: %2").arg(path, problem));
    }
    // VACUUM INTO writes a consistent, compacted copy while other connections keep working.
    QSqlQuery query(database());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    return query.exec() ||
           fail(tr("%1: the copy could not be written: %2").arg(path, StoreFile::plainError(query.lastError())));
}

QString Workspace::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Workspace::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(
        u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || fail(errorText(query.lastError()));
}

bool Workspace::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Workspace::begin()
{
    QSqlQuery query(database());
    if (m_server) {
        // Writers take turns, as on a file: an import's event merge sees the events the one before it committed.
        if (!query.exec(u"BEGIN"_s)) {
            return fail(ServerStore::oneLine(query.lastError()));
        }
        if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(ServerStore::WriteLock))) {
            fail(ServerStore::oneLine(query.lastError()));
            rollback();
            return false;
        }
        return true;
    }
    // IMMEDIATE takes the write lock up front: a deferred transaction could not wait for it later (busy snapshot).
    return query.exec(u"BEGIN IMMEDIATE"_s) || fail(errorText(query.lastError()));
}

bool Workspace::commit()
{
    QSqlQuery query(database());
    // Every other connection listening is told when the transaction commits.
    if (m_server && !query.exec(u"NOTIFY "_s + QString::fromLatin1(ServerStore::ChangeChannel))) {
        fail(ServerStore::oneLine(query.lastError()));
        rollback();
        return false;
    }
    if (query.exec(u"COMMIT"_s)) {
        return true;
    }
    fail(errorText(query.lastError()));
    rollback();
    return false;
}

void Workspace::rollback()
{
    QSqlQuery query(database());
    query.exec(u"ROLLBACK"_s);
}

int Workspace::staleArticleCount(const QString &currentVersion) const
{
    int stale = 0;
    const QHash<QString, int> versions = extractorVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        stale += it.key() != currentVersion ? it.value() : 0;
    }
    return stale;
}

QHash<QString, int> Workspace::extractorVersions() const
{
    QHash<QString, int> versions;
    QSqlQuery query(u"SELECT extractor_version, count(*) FROM articles GROUP BY extractor_version"_s, database());
    while (query.next()) {
        versions.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return versions;
}

bool Workspace::eventsOutdated() const
{
    return meta(u"events_outdated"_s) == u"1"_s;
}

int Workspace::articleCount() const
{
    QSqlQuery query(u"SELECT count(*) FROM articles"_s, database());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<ArticleInfo> Workspace::articles(int offset, int limit) const
{
    // One ORDER BY "published IS NULL" would be served by no index: SQLite would read and sort every article, text
    // included, for each page. Dated articles come first through the index, then the undated ones by id. The dated
    // articles are counted only for a page past them all (a count reads the whole index: at a million articles on a
    // server, a tenth of a second per page).
    QList<ArticleInfo> page = StoreRecords::articleInfos(
        database(), u"published IS NOT NULL ORDER BY published, id LIMIT ? OFFSET ?"_s, {limit, offset});
    if (page.size() < limit) {
        int undatedOffset = 0;
        if (page.isEmpty() && offset > 0) {
            QSqlQuery count(u"SELECT count(*) FROM articles WHERE published IS NOT NULL"_s, database());
            undatedOffset = std::max(0, offset - (count.next() ? count.value(0).toInt() : 0));
        }
        page += StoreRecords::articleInfos(database(), u"published IS NULL ORDER BY id LIMIT ? OFFSET ?"_s,
                                           {limit - int(page.size()), undatedOffset});
    }
    return page;
}

std::optional<ArticleInfo> Workspace::articleInfo(int id) const
{
    const QList<ArticleInfo> found = StoreRecords::articleInfos(database(), u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<ArticleInfo>(found.first());
}

std::optional<Article> Workspace::article(int id) const
{
    QList<Article> found = StoreRecords::loadArticles(database(), u"id = ?"_s, {id}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Article>(std::move(found.first()));
}

QList<Article> Workspace::fullArticles(const QList<int> &ids, const std::function<bool(int, int)> &progress) const
{
    // Bound parameters per statement stay far below SQLite's limit.
    constexpr qsizetype chunk = 200;
    QList<Article> articles(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const QList<int> part = ids.mid(first, chunk);
        QVariantList values(part.cbegin(), part.cend());
        QList<int> found;
        QList<Article> read = StoreRecords::loadArticles(
            database(), u"id IN ("_s + QStringList(values.size(), u"?"_s).join(u',') + u") ORDER BY id"_s, values,
            &found);
        for (qsizetype i = 0; i < read.size(); ++i) {
            for (qsizetype at = part.indexOf(found.at(i)); at >= 0; at = part.indexOf(found.at(i), at + 1)) {
                articles[first + at] = read.at(i);
            }
        }
        const int done = int(std::min(ids.size(), first + chunk));
        if (progress && !progress(done, int(ids.size()))) {
            return {};
        }
    }
    return articles;
}

int Workspace::articleIdForFile(const QString &file) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM articles WHERE file = ?"_s);
    query.addBindValue(QFileInfo(file).absoluteFilePath());
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString Workspace::ftsQuery(const QString &words)
{
    QStringList terms;
    QSet<QString> seen;
    // A user's "quoted words" stay one phrase; everything else is one term per word, so FTS5 syntax never leaks in.
    // A term asked for twice is asked for once, and only the first MaxSearchTerms count (each phrase at most that many
    // words long): FTS5's time grows with the terms, and a query of a thousand words says no more than its first ones.
    // Control characters (NUL among them) separate words: FTS5 takes no such byte in a query.
    QString cleaned = words;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }
    const QStringList parts = cleaned.split(u'"');
    for (qsizetype i = 0; i < parts.size() && terms.size() < MaxSearchTerms; ++i) {
        const bool phrase = i % 2 == 1;
        QStringList tokens = parts.at(i).split(u' ', Qt::SkipEmptyParts);
        if (phrase) {
            tokens = QStringList{tokens.mid(0, MaxSearchTerms).join(u' ')};
        }
        for (QString token : std::as_const(tokens)) {
            token = token.trimmed();
            bool prefix = !phrase && token.endsWith(u'*');
            if (prefix) {
                token.chop(1);
            }
            const qsizetype letters =
                std::count_if(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
            if (letters == 0) {
                continue;
            }
            // A word of three letters or more also finds the words it begins ("partner" finds "partnership"), as a
            // search field is typed; a shorter one ("AI", "EU") stays a whole word.
            prefix = prefix || (!phrase && letters >= MinPrefixLetters);
            const QString term = u'"' + token + u'"' + (prefix ? u"*"_s : QString());
            const QString key = term.toCaseFolded();
            if (seen.contains(key)) {
                continue;
            }
            seen.insert(key);
            terms.append(term);
            if (terms.size() == MaxSearchTerms) {
                break;
            }
        }
    }
    return terms.join(u' ');
}

QList<ArticleHit> Workspace::searchArticles(const QString &query, const SearchOptions &options) const
{
    QList<ArticleHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty()) {
        return hits;
    }
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (m_server) {
        // The best rows are chosen first, their snippets made after: ts_headline reads the whole text.
        const QString tsQuery = ServerStore::tsQuery(match);
        bool walked = false;
        const qint64 floor = rankFloor(database(), true, u"articles"_s, tsQuery, options.rankedCandidates, &walked);
        q.prepare(u"SELECT b.id, b.file, b.title, b.source, b.url, b.published, b.language, "
                  "ts_headline('simple', b.text, to_tsquery('simple', ?), ?), b.rank FROM ("
                  "SELECT a.*, -ts_rank(a.search, to_tsquery('simple', ?)) AS rank FROM "_s +
                  rangeOrTable(u"articles"_s, floor, walked) + u" a WHERE a.search @@ to_tsquery('simple', ?)"_s +
                  (options.person.isEmpty()
                       ? QString()
                       : u" AND a.id IN (SELECT article_id FROM entities WHERE lower(name) = lower(?))"_s) +
                  u" AND a.id >= %1 ORDER BY rank, a.id LIMIT ?) b ORDER BY b.rank, b.id"_s.arg(floor));
        q.addBindValue(tsQuery);
        q.addBindValue(headlineOptions(options, 24));
        q.addBindValue(tsQuery);
        q.addBindValue(tsQuery);
        if (!options.person.isEmpty()) {
            q.addBindValue(options.person);
        }
    } else {
        QString sql = u"SELECT a.id, a.file, a.title, a.source, a.url, a.published, a.language, "
                      "snippet(articles_fts, 1, ?, ?, '…', 24), articles_fts.rank "
                      "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?"_s;
        if (!options.person.isEmpty()) {
            sql += u" AND a.id IN (SELECT article_id FROM entities WHERE name = ? COLLATE NOCASE)"_s;
        }
        q.prepare(sql + u" AND articles_fts.rowid >= ? ORDER BY articles_fts.rank LIMIT ?"_s);
        q.addBindValue(options.openMarker);
        q.addBindValue(options.closeMarker);
        q.addBindValue(match);
        if (!options.person.isEmpty()) {
            q.addBindValue(options.person);
        }
        q.addBindValue(rankFloor(database(), false, u"articles"_s, match, options.rankedCandidates));
    }
    q.addBindValue(options.limit);
    if (!q.exec()) {
        m_lastError = errorText(q.lastError());
        return hits;
    }
    while (q.next()) {
        ArticleHit hit;
        hit.article = StoreRecords::articleInfoFrom(q, 0);
        hit.snippet = q.value(7).toString();
        hit.rank = q.value(8).toDouble();
        hits.append(hit);
    }
    return hits;
}

int Workspace::eventCount() const
{
    if (correctionCount() > 0) {
        return int(correctedEvents().events.size());
    }
    QSqlQuery query(u"SELECT count(*) FROM events"_s, database());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<Event> Workspace::events(int offset, int limit) const
{
    // Merges, splits and added events change the rows and their order: a page is cut from the corrected list.
    if (correctionCount() > 0) {
        return correctedEvents().events.mid(offset, limit);
    }
    return StoreRecords::loadEvents(database(), u"true ORDER BY sort_key, rank LIMIT ? OFFSET ?"_s, {limit, offset});
}

QList<Event> Workspace::eventsOfArticle(int articleId) const
{
    if (correctionCount() > 0) {
        QList<Event> events = correctedEvents().events;
        events.removeIf([articleId](const Event &event) {
            return std::none_of(event.sources.cbegin(), event.sources.cend(),
                                [articleId](const SourceRef &source) { return source.article == articleId; });
        });
        return events;
    }
    return StoreRecords::loadEvents(
        database(), u"id IN (SELECT event_id FROM event_sources WHERE article_id = ?) ORDER BY sort_key, rank"_s,
        {articleId});
}

WorkspaceSnapshot Workspace::snapshot(const QDate &from, const QDate &to) const
{
    WorkspaceSnapshot snapshot;
    QSqlDatabase db = database();
    // One read transaction: the events and the articles they cite come from the same state of the workspace.
    QSqlQuery(m_server ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s, db);
    // The corrections are applied to every event (a merge may unite events of different dates), then the period is
    // cut.
    QHash<int, QString> hashes;
    CorrectedEvents corrected = correctedEvents(&hashes);
    QList<Event> events = std::move(corrected.events);
    if (from.isValid() || to.isValid()) {
        QList<int> keep;
        for (int i = 0; i < events.size(); ++i) {
            const QDate &date = events.at(i).date;
            if (date.isValid() && (!from.isValid() || date >= from) && (!to.isValid() || date <= to)) {
                keep.append(i);
            }
        }
        QList<Event> kept;
        QList<EventProvenance> provenance;
        for (int i : std::as_const(keep)) {
            kept.append(std::move(events[i]));
            provenance.append(std::move(corrected.provenance[i]));
        }
        events = std::move(kept);
        corrected.provenance = std::move(provenance);
    }
    QList<Event> &deleted = corrected.deleted;
    // The cited articles in the order they were stored, so that a corpus index follows the workspace id's order.
    QList<int> ids;
    // Every reference to an article: of the events shown, the deleted ones, and the events as extracted.
    const auto forEachRef = [&events, &deleted, &corrected](const auto &visit) {
        const auto visitEvent = [&visit](Event &event) {
            for (SourceRef &source : event.sources) {
                visit(source.article);
            }
            for (FigureRef &figure : event.figures) {
                visit(figure.article);
            }
            for (EventConflict &conflict : event.conflicts) {
                for (SourceRef &source : conflict.sources) {
                    visit(source.article);
                }
            }
        };
        std::for_each(events.begin(), events.end(), visitEvent);
        std::for_each(deleted.begin(), deleted.end(), visitEvent);
        for (QList<EventProvenance> *list : {&corrected.provenance, &corrected.deletedProvenance}) {
            for (EventProvenance &provenance : *list) {
                visitEvent(provenance.extracted);
            }
        }
    };
    forEachRef([&ids](int &article) { ids.append(article); });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    forEachRef(
        [&ids](int &article) { article = int(std::lower_bound(ids.cbegin(), ids.cend(), article) - ids.cbegin()); });
    snapshot.articleIds = ids;
    snapshot.corpus.articles = StoreRecords::citedArticles(db, snapshot.articleIds);
    if (m_correctionTables) {
        QSqlQuery newest(u"SELECT coalesce(max(id), 0) FROM corrections"_s, db);
        snapshot.newestCorrection = newest.next() ? newest.value(0).toLongLong() : 0;
    }
    QSqlQuery(u"COMMIT"_s, db);
    snapshot.corpus.events = std::move(events);
    // The hashes were read with the ids, in one pass over the articles' index: not one query per article.
    snapshot.articleHashes.reserve(snapshot.articleIds.size());
    for (int id : std::as_const(snapshot.articleIds)) {
        snapshot.articleHashes.append(hashes.value(id));
    }
    snapshot.provenance = std::move(corrected.provenance);
    snapshot.deleted = std::move(corrected.deleted);
    snapshot.deletedProvenance = std::move(corrected.deletedProvenance);
    snapshot.flagged = std::move(corrected.flagged);
    return snapshot;
}

QString Workspace::articleHash(int id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT hash FROM articles WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Workspace::hasCorrectionTables() const
{
    return m_correctionTables;
}

qint64 Workspace::addCorrection(const Correction &correction)
{
    return addCorrection(correction, nullptr);
}

qint64 Workspace::addCorrection(const Correction &correction, const CorrectionBasis &basis)
{
    return addCorrection(correction, &basis);
}

QString Workspace::staleCorrection(const Correction &correction, const CorrectionBasis &basis) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id, kind, data, author, made FROM corrections WHERE id > ? AND target = ? ORDER BY id"_s);
    q.addBindValue(basis.knownUpTo);
    q.addBindValue(correction.target.toString());
    if (!q.exec()) {
        return {};
    }
    const QString kind = Correction::kindName(correction.kind);
    while (q.next()) {
        if (basis.own.contains(q.value(0).toLongLong())) {
            continue;
        }
        const QString theirKind = q.value(1).toString();
        const QJsonObject theirs =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value("values"_L1).toObject();
        QStringList fields;
        if (theirKind == kind) {
            for (auto it = correction.values.constBegin(); it != correction.values.constEnd(); ++it) {
                if (theirs.contains(it.key())) {
                    const QJsonValue now = theirs.value(it.key());
                    fields.append(
                        tr("%1 is now %2")
                            .arg(it.key(),
                                 now.isString()
                                     ? now.toString()
                                     : QString::fromUtf8(QJsonDocument(QJsonArray{now}).toJson(QJsonDocument::Compact))
                                           .mid(1)
                                           .chopped(1)));
                }
            }
        }
        const bool deleted = theirKind.startsWith("delete-"_L1) && theirKind != kind;
        if (fields.isEmpty() && !deleted) {
            continue;
        }
        const QString who = q.value(3).toString().isEmpty() ? tr("another analyst") : q.value(3).toString();
        const QString when = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC)
                                 .toLocalTime()
                                 .toString(u"yyyy-MM-dd HH:mm"_s);
        return deleted
                   ? tr("%1 deleted this item at %2, after you last read it; your change was not saved").arg(who, when)
                   : tr("%1 changed the same field at %2, after you last read it (%3); your change was not saved")
                         .arg(who, when, fields.join(u"; "_s));
    }
    return {};
}

qint64 Workspace::addCorrection(const Correction &correction, const CorrectionBasis *basis)
{
    if (m_readOnly) {
        fail(readOnlyNotice());
        return -1;
    }
    if (!m_correctionTables || !correction.target.isValid()) {
        fail(tr("the correction names no article"));
        return -1;
    }
    if (correction.kind == Correction::Kind::AddQuote && correction.evidence.isEmpty()) {
        fail(tr("an added quote needs its words"));
        return -1;
    }
    QJsonArray others;
    for (const ItemKey &key : correction.others) {
        others.append(key.toString());
    }
    const QJsonObject data{{u"values"_s, correction.values}, {u"others"_s, others}};
    if (!begin()) {
        return -1;
    }
    // Checked under the write lock: no other correction lands between the check and this one.
    if (basis) {
        if (const QString stale = staleCorrection(correction, *basis); !stale.isEmpty()) {
            fail(stale);
            rollback();
            return -1;
        }
    }
    QSqlQuery insert(database());
    // A new correction takes the next id after the largest (as SQLite gives row ids), under the write lock.
    insert.prepare(u"INSERT INTO corrections (id, kind, target, article_hash, start, \"end\", data, author, made) "
                   "VALUES (coalesce(?, (SELECT coalesce(max(id), 0) + 1 FROM corrections)), ?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING id"_s);
    insert.addBindValue(correction.id > 0 ? QVariant(correction.id) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(Correction::kindName(correction.kind));
    insert.addBindValue(correction.target.toString());
    insert.addBindValue(correction.target.articleHash);
    insert.addBindValue(correction.target.start);
    insert.addBindValue(correction.target.end);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    insert.addBindValue(correction.author);
    insert.addBindValue(
        (correction.made.isValid() ? correction.made : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    if (!insert.exec() || !insert.next()) {
        fail(errorText(insert.lastError()));
        rollback();
        return -1;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    QSqlQuery evidence(database());
    evidence.prepare(u"INSERT INTO correction_evidence (correction_id, idx, article_hash, start, \"end\", text) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < correction.evidence.size(); ++i) {
        const EvidenceSpan &span = correction.evidence.at(i);
        evidence.addBindValue(id);
        evidence.addBindValue(int(i));
        evidence.addBindValue(span.articleHash);
        evidence.addBindValue(span.start);
        evidence.addBindValue(span.end);
        evidence.addBindValue(span.text);
        if (!evidence.exec()) {
            fail(errorText(evidence.lastError()));
            rollback();
            return -1;
        }
    }
    if (correction.kind == Correction::Kind::AddQuote) {
        StoreRecords::Writer writer(database());
        if (!writer.insertAddedQuote(id)) {
            fail(writer.lastError());
            rollback();
            return -1;
        }
    }
    if (!commit()) {
        return -1;
    }
    return id;
}

bool Workspace::removeCorrection(qint64 id)
{
    if (m_readOnly) {
        return fail(readOnlyNotice());
    }
    if (!begin()) {
        return false;
    }
    // The quote an added-quote correction made leaves with it (a no-op for other kinds).
    StoreRecords::Writer writer(database());
    if (!writer.removeAddedQuote(id)) {
        fail(writer.lastError());
        rollback();
        return false;
    }
    QSqlQuery remove(database());
    remove.prepare(u"DELETE FROM corrections WHERE id = ?"_s);
    remove.addBindValue(id);
    if (!remove.exec()) {
        fail(errorText(remove.lastError()));
        rollback();
        return false;
    }
    return commit();
}

int Workspace::correctionCount() const
{
    if (!m_correctionTables) {
        return 0;
    }
    QSqlQuery query(u"SELECT count(*) FROM corrections"_s, database());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<Correction> Workspace::corrections() const
{
    return readCorrections(u"true"_s);
}

QList<Correction> Workspace::readCorrections(const QString &evidenceOf) const
{
    QList<Correction> corrections;
    if (!m_correctionTables) {
        return corrections;
    }
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (!q.exec(u"SELECT id, kind, target, data, author, made FROM corrections ORDER BY id"_s)) {
        m_lastError = errorText(q.lastError());
        return corrections;
    }
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        Correction c;
        c.id = q.value(0).toLongLong();
        bool known = false;
        c.kind = Correction::kindFromName(q.value(1).toString(), &known);
        c.target = ItemKey::fromString(q.value(2).toString());
        const QJsonObject data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        c.values = data.value("values"_L1).toObject();
        const QJsonArray others = data.value("others"_L1).toArray();
        for (const QJsonValue &other : others) {
            c.others.append(ItemKey::fromString(other.toString()));
        }
        c.author = q.value(4).toString();
        c.made = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        // A kind this program does not know (made by a newer one) is left alone rather than misread.
        if (known && c.target.isValid()) {
            indexOf.insert(c.id, corrections.size());
            corrections.append(c);
        }
    }
    if (!evidenceOf.isEmpty()) {
        readEvidence(evidenceOf, [&](qint64 id, EvidenceSpan span) {
            const qsizetype index = indexOf.value(id, -1);
            if (index >= 0) {
                corrections[index].evidence.append(std::move(span));
            }
        });
    }
    return corrections;
}

void Workspace::readEvidence(const QString &condition, const std::function<void(qint64, EvidenceSpan)> &take) const
{
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (q.exec(u"SELECT correction_id, article_hash, start, \"end\", text FROM correction_evidence WHERE "_s +
               condition + u" ORDER BY correction_id, idx"_s)) {
        while (q.next()) {
            take(q.value(0).toLongLong(),
                 {q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString()});
        }
    }
}

CorrectedEvents Workspace::correctedEvents(QHash<int, QString> *hashesOut) const
{
    QList<Event> events = StoreRecords::loadEvents(database(), u"true ORDER BY sort_key, rank"_s, {});
    // Applying needs a correction's evidence only to see that its text left the workspace: only those corrections'
    // spans are read here (one lookup of the hash index per span), and those of the ones flagged otherwise after.
    QList<Correction> stored =
        readCorrections(u"correction_id IN (SELECT e.correction_id FROM correction_evidence e WHERE NOT EXISTS "
                        "(SELECT 1 FROM articles a WHERE a.hash = e.article_hash))"_s);
    // The content hashes applying needs: of the articles the events cite (their stable keys) and of the articles the
    // corrections name (their targets, the events they merge, the figures they choose). Only those are read, by id
    // and by hash through their indexes, so that a workspace of a million articles with few events opens at once.
    QSet<int> cited;
    for (const Event &event : std::as_const(events)) {
        for (const SourceRef &source : event.sources) {
            cited.insert(source.article);
        }
        for (const FigureRef &figure : event.figures) {
            cited.insert(figure.article);
        }
        for (const EventConflict &conflict : event.conflicts) {
            for (const SourceRef &source : conflict.sources) {
                cited.insert(source.article);
            }
        }
    }
    QSet<QString> named;
    const std::function<void(const QJsonValue &)> collect = [&named, &collect](const QJsonValue &value) {
        if (value.isString()) {
            if (const ItemKey key = ItemKey::fromString(value.toString()); key.isValid()) {
                named.insert(key.articleHash);
            }
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                collect(item);
            }
        } else if (value.isObject()) {
            for (const QJsonValue &item : value.toObject()) {
                collect(item);
            }
        }
    };
    for (const Correction &c : std::as_const(stored)) {
        named.insert(c.target.articleHash);
        for (const ItemKey &other : c.others) {
            named.insert(other.articleHash);
        }
        collect(c.values);
    }
    QHash<QString, int> ids;
    QHash<int, QString> hashes;
    const auto read = [&](const QString &column, const QVariantList &values) {
        constexpr qsizetype chunk = 500;
        for (qsizetype first = 0; first < values.size(); first += chunk) {
            const QVariantList part = values.mid(first, chunk);
            QSqlQuery q(database());
            q.setForwardOnly(!m_server);
            q.prepare(u"SELECT id, hash FROM articles WHERE "_s + column + u" IN ("_s +
                      QStringList(part.size(), u"?"_s).join(u',') + u')');
            for (const QVariant &value : part) {
                q.addBindValue(value);
            }
            if (q.exec()) {
                while (q.next()) {
                    const int id = q.value(0).toInt();
                    const QString hash = q.value(1).toString();
                    ids.insert(hash, id);
                    hashes.insert(id, hash);
                }
            }
        }
    };
    read(u"id"_s, QVariantList(cited.cbegin(), cited.cend()));
    named.remove(QString());
    read(u"hash"_s, QVariantList(named.cbegin(), named.cend()));
    CorrectedEvents corrected = applyCorrections(std::move(events), stored, ids, hashes);
    // A correction kept for review shows the words it relied on.
    QStringList unread;
    for (const FlaggedCorrection &flagged : std::as_const(corrected.flagged)) {
        if (flagged.correction.evidence.isEmpty()) {
            unread.append(QString::number(flagged.correction.id));
        }
    }
    if (!unread.isEmpty()) {
        QHash<qint64, QList<EvidenceSpan>> evidence;
        readEvidence(u"correction_id IN ("_s + unread.join(u',') + u')',
                     [&evidence](qint64 id, EvidenceSpan span) { evidence[id].append(std::move(span)); });
        for (FlaggedCorrection &flagged : corrected.flagged) {
            if (flagged.correction.evidence.isEmpty()) {
                flagged.correction.evidence = evidence.value(flagged.correction.id);
            }
        }
    }
    if (hashesOut) {
        *hashesOut = std::move(hashes);
    }
    return corrected;
}

EntityAliases Workspace::entityAliases() const
{
    QList<Correction> names;
    if (!m_correctionTables) {
        return {};
    }
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (!q.exec(u"SELECT kind, target, data FROM corrections WHERE kind IN ('merge-entities', 'split-entity') "
                "ORDER BY id"_s)) {
        return {};
    }
    while (q.next()) {
        Correction c;
        c.kind = Correction::kindFromName(q.value(0).toString());
        c.target = ItemKey::fromString(q.value(1).toString());
        c.values = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value("values"_L1).toObject();
        names.append(c);
    }
    return EntityAliases::of(names);
}

QString Workspace::liveQuotes() const
{
    if (!m_correctionTables) {
        return {};
    }
    QSqlQuery any(u"SELECT 1 FROM corrections WHERE kind = 'delete-quote' LIMIT 1"_s, database());
    if (!any.next()) {
        return {};
    }
    return u"NOT EXISTS (SELECT 1 FROM corrections c WHERE c.kind = 'delete-quote' AND c.article_hash = a.hash "
           "AND c.start = q.start) AND "_s;
}

void Workspace::correctSpeakers(QList<QuoteRow> &rows) const
{
    if (!m_correctionTables || rows.isEmpty()) {
        return;
    }
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (!q.exec(u"SELECT a.id, c.start, c.data, c.kind FROM corrections c JOIN articles a ON a.hash = c.article_hash "
                "WHERE c.kind IN ('edit-quote', 'add-quote') ORDER BY c.id"_s)) {
        return;
    }
    const EntityAliases aliases = entityAliases();
    QHash<std::pair<int, int>, QString> speakers;
    QSet<std::pair<int, int>> added;
    while (q.next()) {
        const std::pair<int, int> place{q.value(0).toInt(), q.value(1).toInt()};
        if (q.value(3).toString() == "add-quote"_L1) {
            added.insert(place);
            continue;
        }
        const QJsonObject values =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value("values"_L1).toObject();
        speakers.insert(place, values.value("speaker"_L1).toString());
    }
    for (QuoteRow &row : rows) {
        row.added = added.contains({row.articleId, row.start});
        const auto it = speakers.constFind({row.articleId, row.start});
        if (it != speakers.cend()) {
            row.extractedSpeaker = row.speaker;
            row.speaker = *it;
            row.corrected = true;
        }
        // A speaker merged into another entity is shown by its name.
        const QString shown = aliases.shown(row.speaker);
        if (shown != row.speaker) {
            if (!row.corrected) {
                row.extractedSpeaker = row.speaker;
                row.corrected = true;
            }
            row.speaker = shown;
        }
    }
}

int Workspace::quoteCount(const QString &person) const
{
    QSqlQuery query(database());
    const QString live = liveQuotes();
    if (person.isEmpty()) {
        query.exec(live.isEmpty() ? u"SELECT count(*) FROM quotes"_s
                                  : u"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "_s +
                                        live + u"true"_s);
    } else if (!live.isEmpty()) {
        query.prepare(u"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "_s + live +
                      sameName(u"q.speaker"_s));
        query.addBindValue(person);
        query.exec();
    } else {
        query.prepare(u"SELECT count(*) FROM quotes q WHERE "_s + sameName(u"q.speaker"_s));
        query.addBindValue(person);
        query.exec();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QList<QuoteRow> Workspace::quotes(int offset, int limit, const QString &person) const
{
    const QString live = liveQuotes();
    QList<QuoteRow> rows =
        person.isEmpty()
            ? StoreRecords::quoteRows(database(),
                                      live + u"true ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
                                      {limit, offset})
            : StoreRecords::quoteRows(database(),
                                      live + sameName(u"q.speaker"_s) +
                                          u" ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
                                      {person, limit, offset});
    correctSpeakers(rows);
    return rows;
}

QList<QuoteHit> Workspace::searchQuotes(const QString &query, const SearchOptions &options) const
{
    QString match = ftsQuery(query);
    const QString person = ftsQuery(QString(options.person).remove(u'"'));
    if (!person.isEmpty()) {
        // Each of the person's words must be in the speaker column (a column filter binds one phrase only).
        QStringList speaker;
        for (const QString &term : person.split(u' ')) {
            speaker.append(u"speaker : "_s + term);
        }
        match = (match.isEmpty() ? QString() : u"("_s + match + u") AND "_s) + speaker.join(u" AND "_s);
    }
    return rankedQuotes(match, options);
}

qint64 Workspace::dataVersion() const
{
    if (m_server) {
        // Counted as the server's notifications arrive (while the event loop runs). Asked every moment or two by a
        // window, it is also where a connection the server lost (a restart, a network cut) is made again: the
        // commits missed meanwhile count as a change, so the window reads everything again.
        QSqlDatabase db = database();
        if (!QSqlQuery(db).exec(u"SELECT 1"_s)) {
            db.close();
            if (!db.open()) {
                m_lastError =
                    tr("%1: the server cannot be reached: %2").arg(m_path, ServerStore::oneLine(db.lastError()));
                return m_notifications;
            }
            db.driver()->subscribeToNotification(QString::fromLatin1(ServerStore::ChangeChannel));
            if (m_readOnly) {
                QSqlQuery(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s, db);
            }
            m_lastError.clear();
            ++m_notifications;
        }
        return m_notifications;
    }
    QSqlQuery query(u"PRAGMA data_version"_s, database());
    return query.next() ? query.value(0).toLongLong() : -1;
}

namespace {

// The person field matches names and roles as they are typed: each word may be the beginning of a word of either.
QString personMatch(const QString &person)
{
    const QString terms = Workspace::ftsQuery(QString(person).remove(u'"'));
    if (terms.isEmpty()) {
        return {};
    }
    QStringList filters;
    for (const QString &term : terms.split(u' ')) {
        filters.append(u"{speaker speaker_role} : "_s + term + (term.endsWith(u'*') ? QString() : u"*"_s));
    }
    return filters.join(u" AND "_s);
}

// The words searched for and the person, as one FTS5 query; empty when neither has a word.
QString quoteMatch(const QString &words, const QString &person)
{
    const QString match = Workspace::ftsQuery(words);
    const QString speaker = personMatch(person);
    if (match.isEmpty() || speaker.isEmpty()) {
        return match.isEmpty() ? speaker : match;
    }
    return u"("_s + match + u") AND "_s + speaker;
}

} // namespace

QString Workspace::matchCondition() const
{
    return m_server ? u"q.search @@ to_tsquery('simple', ?)"_s
                    : u"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"_s;
}

QString Workspace::matchValue(const QString &ftsQuery) const
{
    return m_server ? ServerStore::tsQuery(ftsQuery) : ftsQuery;
}

QString Workspace::sameName(const QString &column) const
{
    return m_server ? QString(u"lower("_s + column + u") = lower(?)"_s) : QString(column + u" = ? COLLATE NOCASE"_s);
}

QString Workspace::errorText(const QSqlError &error) const
{
    return m_server ? ServerStore::oneLine(error) : StoreFile::plainError(error);
}

QString Workspace::personClause(const QString &person) const
{
    const QString fts = matchCondition();
    if (!m_correctionTables) {
        return fts;
    }
    // The analyst's speakers count, not the extracted ones: a quote given to someone else leaves the person's list,
    // a quote given to the person joins it. A name matches as the index matches it: each word of the person begins a
    // word of the name.
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    if (!q.exec(u"SELECT q.id, c.data FROM corrections c JOIN articles a ON a.hash = c.article_hash "
                "JOIN quotes q ON q.article_id = a.id AND q.start = c.start WHERE c.kind = 'edit-quote' "
                "ORDER BY c.id"_s)) {
        return fts;
    }
    QHash<qint64, QString> speakers;
    while (q.next()) {
        speakers.insert(q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                                     .object()
                                                     .value("values"_L1)
                                                     .toObject()
                                                     .value("speaker"_L1)
                                                     .toString());
    }
    const EntityAliases aliases = entityAliases();
    if (speakers.isEmpty() && aliases.isEmpty()) {
        return fts;
    }
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList wanted = person.split(separators, Qt::SkipEmptyParts);
    const auto matches = [&](const QString &name) {
        const QStringList words = name.split(separators, Qt::SkipEmptyParts);
        return !wanted.isEmpty() && std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) {
            return std::any_of(words.cbegin(), words.cend(),
                               [&](const QString &word) { return word.startsWith(w, Qt::CaseInsensitive); });
        });
    };
    QStringList in;
    QStringList out;
    for (auto it = speakers.cbegin(); it != speakers.cend(); ++it) {
        (matches(aliases.shown(it.value())) || matches(it.value()) ? in : out).append(QString::number(it.key()));
    }
    // A person merged with others is found by any of their names: the quotes of every name join.
    QSet<QString> found;
    for (const QString &alias : aliases.aliases()) {
        if (matches(alias) || matches(aliases.shown(alias))) {
            found.insert(aliases.shown(alias));
        }
    }
    QSet<QString> group = found;
    for (const QString &alias : aliases.aliases()) {
        if (found.contains(aliases.shown(alias))) {
            group.insert(alias);
        }
    }
    if (!group.isEmpty()) {
        QSqlQuery ids(database());
        ids.setForwardOnly(!m_server);
        ids.prepare(m_server ? u"SELECT id FROM quotes WHERE lower(speaker) IN ("_s +
                                   QStringList(group.size(), u"lower(?)"_s).join(u',') + u')'
                             : u"SELECT id FROM quotes WHERE speaker COLLATE NOCASE IN ("_s +
                                   QStringList(group.size(), u"?"_s).join(u',') + u')');
        for (const QString &name : std::as_const(group)) {
            ids.addBindValue(name);
        }
        if (ids.exec()) {
            while (ids.next()) {
                const QString id = QString::number(ids.value(0).toLongLong());
                if (!out.contains(id)) {
                    in.append(id);
                }
            }
        }
    }
    QString clause = u"(("_s + fts;
    if (!out.isEmpty()) {
        clause += u" AND q.id NOT IN ("_s + out.join(u',') + u')';
    }
    clause += u')';
    if (!in.isEmpty()) {
        clause += u" OR q.id IN ("_s + in.join(u',') + u')';
    }
    return clause + u')';
}

int Workspace::quoteCountOfPerson(const QString &person) const
{
    const QString match = personMatch(person);
    if (match.isEmpty()) {
        return quoteCount();
    }
    return searchQuoteCountOfPerson({}, person);
}

QList<QuoteRow> Workspace::quotesOfPerson(int offset, int limit, const QString &person) const
{
    const QString match = personMatch(person);
    if (match.isEmpty()) {
        return quotes(offset, limit);
    }
    QList<QuoteRow> rows = StoreRecords::quoteRows(database(),
                                                   liveQuotes() + personClause(person) +
                                                       u" ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
                                                   {matchValue(match), limit, offset});
    correctSpeakers(rows);
    return rows;
}

QList<QuoteHit> Workspace::searchQuotesOfPerson(const QString &words, const QString &person,
                                                const SearchOptions &options) const
{
    const QString speaker = personClause(person);
    if (speaker.startsWith(u"q.id"_s) || personMatch(person).isEmpty()) {
        return rankedQuotes(quoteMatch(words, person), options);
    }
    // The analyst changed speakers: the words are searched in the index, the person among the speakers as corrected.
    return rankedQuotes(Workspace::ftsQuery(words), options, speaker, personMatch(person));
}

QList<QuoteHit> Workspace::rankedQuotes(const QString &match, const SearchOptions &options, const QString &condition,
                                        const QString &conditionMatch) const
{
    QList<QuoteHit> hits;
    if (match.isEmpty()) {
        return hits;
    }
    QSqlQuery q(database());
    q.setForwardOnly(!m_server);
    const QString value = matchValue(match);
    // With a condition the best candidates may all be someone else's: every match is a candidate.
    bool walked = false;
    const qint64 floor = condition.isEmpty()
                             ? rankFloor(database(), m_server, u"quotes"_s, value, options.rankedCandidates, &walked)
                             : 0;
    if (m_server) {
        // The best rows are chosen first, their snippets made after.
        q.prepare(u"SELECT b.id, b.article_id, b.start, b.\"end\", b.text, b.speaker, b.speaker_role, b.published, "
                  "b.title, b.kind, ts_headline('simple', b.text, to_tsquery('simple', ?), ?), b.rank FROM ("
                  "SELECT q.id, q.article_id, q.start, q.\"end\", q.text, q.speaker, q.speaker_role, a.published, "
                  "a.title, q.kind, -ts_rank(q.search, to_tsquery('simple', ?)) AS rank FROM "_s +
                  rangeOrTable(u"quotes"_s, floor, walked) + u" q JOIN articles a ON a.id = q.article_id WHERE "_s +
                  liveQuotes() + u"q.search @@ to_tsquery('simple', ?) AND q.id >= %1 "_s.arg(floor) +
                  (condition.isEmpty() ? QString() : u"AND "_s + condition + u' ') +
                  u"ORDER BY rank, q.id LIMIT ?) b ORDER BY b.rank, b.id"_s);
        q.addBindValue(value);
        q.addBindValue(headlineOptions(options, 24));
        q.addBindValue(value);
    } else {
        q.prepare(u"SELECT q.id, q.article_id, q.start, q.\"end\", q.text, q.speaker, q.speaker_role, a.published, "
                  "a.title, q.kind, snippet(quotes_fts, 0, ?, ?, '…', 24), quotes_fts.rank "
                  "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
                  "WHERE "_s +
                  liveQuotes() + u"quotes_fts MATCH ? AND quotes_fts.rowid >= ? "_s +
                  (condition.isEmpty() ? QString() : u"AND "_s + condition + u' ') +
                  u"ORDER BY quotes_fts.rank LIMIT ?"_s);
        q.addBindValue(options.openMarker);
        q.addBindValue(options.closeMarker);
    }
    q.addBindValue(value);
    if (!m_server) {
        q.addBindValue(floor);
    }
    if (!condition.isEmpty()) {
        q.addBindValue(matchValue(conditionMatch));
    }
    q.addBindValue(options.limit);
    if (!q.exec()) {
        m_lastError = errorText(q.lastError());
        return hits;
    }
    while (q.next()) {
        QuoteHit hit;
        hit.quote = StoreRecords::quoteRowFrom(q, 0);
        hit.snippet = q.value(10).toString();
        hit.rank = q.value(11).toDouble();
        hits.append(hit);
    }
    QList<QuoteRow> rows;
    for (const QuoteHit &hit : std::as_const(hits)) {
        rows.append(hit.quote);
    }
    correctSpeakers(rows);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        hits[i].quote = rows.at(i);
    }
    return hits;
}

int Workspace::searchQuoteCountOfPerson(const QString &words, const QString &person) const
{
    const QString match = quoteMatch(words, person);
    if (match.isEmpty()) {
        return 0;
    }
    QSqlQuery q(database());
    const QString live = liveQuotes();
    const QString speaker = personMatch(person);
    if (const QString condition = speaker.isEmpty() ? QString() : personClause(person);
        !condition.isEmpty() && !condition.startsWith(u"q.id"_s)) {
        // Speakers the analyst changed: the person is matched among them as corrected (personClause()).
        const QString wordsMatch = Workspace::ftsQuery(words);
        q.prepare(u"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "_s + live + condition +
                  (wordsMatch.isEmpty() ? QString() : u" AND "_s + matchCondition()));
        q.addBindValue(matchValue(speaker));
        if (!wordsMatch.isEmpty()) {
            q.addBindValue(matchValue(wordsMatch));
        }
        if (!q.exec()) {
            m_lastError = errorText(q.lastError());
            return 0;
        }
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (m_server) {
        q.prepare((live.isEmpty()
                       ? u"SELECT count(*) FROM quotes q WHERE "_s
                       : u"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "_s + live) +
                  matchCondition());
    } else {
        q.prepare(live.isEmpty()
                      ? u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"_s
                      : u"SELECT count(*) FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles "
                        "a ON a.id = q.article_id WHERE "_s +
                            live + u"quotes_fts MATCH ?"_s);
    }
    q.addBindValue(matchValue(match));
    if (!q.exec()) {
        m_lastError = errorText(q.lastError());
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Workspace::speakersAndRoles() const
{
    QStringList names;
    QSqlQuery q(u"SELECT speaker FROM quotes WHERE speaker IS NOT NULL AND speaker != '' "
                "UNION SELECT speaker_role FROM quotes WHERE speaker_role IS NOT NULL AND speaker_role != ''"_s,
                database());
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

QStringList Workspace::searchWords(const QString &query)
{
    QStringList words;
    QSet<QString> seen;
    for (const QString &part : query.split(u'"')) {
        for (QString word : part.split(u' ', Qt::SkipEmptyParts)) {
            if (words.size() == MaxSearchTerms) {
                return words;
            }
            // Punctuation around a word ("NEAR(", "(lantern") is not searched: the tokenizer drops it.
            while (!word.isEmpty() && !word.front().isLetterOrNumber()) {
                word.remove(0, 1);
            }
            while (!word.isEmpty() && !word.back().isLetterOrNumber()) {
                word.chop(1);
            }
            if (!word.isEmpty() && !seen.contains(word.toCaseFolded())) {
                seen.insert(word.toCaseFolded());
                words.append(word);
            }
        }
    }
    return words;
}

int Workspace::quoteRowOfPerson(int articleId, int start, const QString &person) const
{
    QSqlQuery quote(database());
    quote.prepare(u"SELECT id, sort_date, idx FROM quotes WHERE article_id = ? AND start = ?"_s);
    quote.addBindValue(articleId);
    quote.addBindValue(start);
    if (!quote.exec() || !quote.next()) {
        return -1;
    }
    const QString match = personMatch(person);
    const QString condition = match.isEmpty() ? QString() : personClause(person);
    QSqlQuery q(database());
    if (!match.isEmpty()) {
        q.prepare(u"SELECT count(*) FROM quotes q WHERE "_s + condition + u" AND q.id = ?"_s);
        q.addBindValue(matchValue(match));
        q.addBindValue(quote.value(0));
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
            return -1;
        }
    }
    // The quotes sorting before it, by the quote list's order (the date index serves the row-value comparison).
    const QString live = liveQuotes();
    q.prepare(u"SELECT count(*) FROM quotes q"_s +
              (live.isEmpty() ? QString() : u" JOIN articles a ON a.id = q.article_id"_s) + u" WHERE "_s + live +
              u"(q.sort_date, q.article_id, q.idx) < (?, ?, ?)"_s +
              (match.isEmpty() ? QString() : u" AND "_s + condition));
    q.addBindValue(quote.value(1));
    q.addBindValue(articleId);
    q.addBindValue(quote.value(2));
    if (!match.isEmpty()) {
        q.addBindValue(matchValue(match));
    }
    if (!q.exec() || !q.next()) {
        m_lastError = errorText(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

int Workspace::searchArticleCount(const QString &query) const
{
    const QString match = ftsQuery(query);
    if (match.isEmpty()) {
        return 0;
    }
    QSqlQuery q(database());
    q.prepare(m_server ? u"SELECT count(*) FROM articles WHERE search @@ to_tsquery('simple', ?)"_s
                       : u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"_s);
    q.addBindValue(matchValue(match));
    if (!q.exec() || !q.next()) {
        m_lastError = errorText(q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

} // namespace Newsline
