#include "workspace.h"

#include "storerecords.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Shortest search word matched as a word beginning.
constexpr int MinPrefixLetters = 3;

// Long enough for another process's batch or event rebuild to finish.
constexpr int BusyTimeoutMs = 60000;

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

bool canWrite(const QFileInfo &info)
{
    // SQLite needs the folder too, for the -wal and -shm files beside the workspace.
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// The lowest rowid among the newest `cap` matches of an FTS5 query, or 0 when there are no more than cap matches.
qint64 rankFloor(const QSqlDatabase &db, const QString &table, const QString &match, int cap)
{
    if (cap <= 0) {
        return 0;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"_s.arg(table));
    q.addBindValue(match);
    q.addBindValue(cap - 1);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

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

// Opens the connection; on failure removes it again and says why.
bool openConnection(const QString &path, const QString &connection, bool readOnly, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = tr("the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite");
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(
            u"QSQLITE_BUSY_TIMEOUT=%1%2"_s.arg(BusyTimeoutMs).arg(readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
        ok = db.open();
        if (!ok) {
            *error = tr("%1: cannot be opened: %2").arg(path, db.lastError().text());
        } else {
            // Reading the schema proves the file is a sound database before anything is written to it.
            QSqlQuery probe(db);
            ok = probe.exec(u"SELECT count(*) FROM sqlite_master"_s) && probe.next();
            if (!ok) {
                *error = tr("%1: the workspace is damaged and cannot be opened (%2); the file was left untouched")
                             .arg(path, probe.lastError().text());
            }
        }
        ok = ok && StoreSchema::hasFts5(db, error);
        if (!ok) {
            db.close();
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(connection);
    }
    return ok;
}

bool execAll(QSqlDatabase &db, std::initializer_list<QString> statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0)) {
        *error = tr("%1: already exists; choose another name or remove it first").arg(path);
        return nullptr;
    }
    const QString connection = nextConnectionName();
    if (!openConnection(path, connection, false, error)) {
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(QFileInfo(path).absoluteFilePath(), connection, false));
    QSqlDatabase db = workspace->database();
    QString reason;
    if (!execAll(db, {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s},
                 &reason) ||
        !StoreSchema::create(db, &reason) ||
        !workspace->setMeta(u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))) {
        *error = tr("%1: the workspace could not be created: %2")
                     .arg(path, reason.isEmpty() ? workspace->lastError() : reason);
        workspace.reset();
        QFile::remove(path);
        return nullptr;
    }
    // Puts the header (application id, version) into the file itself, so other tools recognise it at once.
    QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
    return workspace;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, OpenMode mode)
{
    QString ignored;
    error = error ? error : &ignored;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such workspace file").arg(path);
        return nullptr;
    }
    if (info.isDir()) {
        *error = tr("%1: is a folder, not a workspace file").arg(path);
        return nullptr;
    }
    if (!isSqliteFile(path, error)) {
        return nullptr;
    }
    const bool readOnly = mode == OpenMode::ReadOnly || !canWrite(info);
    const QString connection = nextConnectionName();
    if (!openConnection(path, connection, readOnly, error)) {
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), connection, readOnly));
    QSqlDatabase db = workspace->database();
    QSqlQuery probe(db);
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        *error = tr("%1: the workspace is damaged and cannot be opened (%2); the file was left untouched")
                     .arg(path, probe.lastError().text());
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
    if (version < StoreSchema::CurrentVersion && readOnly) {
        *error = tr("%1: the workspace needs upgrading to the current format, but the file is read-only").arg(path);
        return nullptr;
    }
    if (!readOnly) {
        QString reason;
        if (!execAll(db,
                     {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s},
                     &reason) ||
            (version < StoreSchema::CurrentVersion && !StoreSchema::migrate(db, version, &reason))) {
            *error = tr("%1: the workspace could not be opened for writing: %2").arg(path, reason);
            return nullptr;
        }
    }
    return workspace;
}

void Workspace::setDurable(bool durable)
{
    QSqlQuery(durable ? u"PRAGMA synchronous = NORMAL"_s : u"PRAGMA synchronous = OFF"_s, database());
}

QString Workspace::readOnlyNotice() const
{
    if (!m_readOnly) {
        return {};
    }
    return tr("%1 is read-only: you can read and search it, but not import into it or change it.").arg(m_path);
}

bool Workspace::saveCopyAs(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return fail(tr("%1: already exists; choose another name or remove it first").arg(path));
    }
    // VACUUM INTO writes a consistent, compacted copy while other connections keep working.
    QSqlQuery query(database());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    return query.exec() || fail(tr("%1: the copy could not be written: %2").arg(path, query.lastError().text()));
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
    query.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || fail(query.lastError().text());
}

bool Workspace::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool Workspace::begin()
{
    // IMMEDIATE takes the write lock up front: a deferred transaction could not wait for it later (busy snapshot).
    QSqlQuery query(database());
    return query.exec(u"BEGIN IMMEDIATE"_s) || fail(query.lastError().text());
}

bool Workspace::commit()
{
    QSqlQuery query(database());
    if (query.exec(u"COMMIT"_s)) {
        return true;
    }
    fail(query.lastError().text());
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
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM articles WHERE extractor_version IS NOT ?"_s);
    query.addBindValue(currentVersion);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
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
    // included, for each page. Dated articles come first through the index, then the undated ones by id.
    QSqlQuery count(u"SELECT count(*) FROM articles WHERE published IS NOT NULL"_s, database());
    const int dated = count.next() ? count.value(0).toInt() : 0;
    QList<ArticleInfo> page;
    if (offset < dated) {
        page = StoreRecords::articleInfos(
            database(), u"published IS NOT NULL ORDER BY published, id LIMIT ? OFFSET ?"_s, {limit, offset});
    }
    if (page.size() < limit) {
        page += StoreRecords::articleInfos(database(), u"published IS NULL ORDER BY id LIMIT ? OFFSET ?"_s,
                                           {limit - int(page.size()), std::max(0, offset - dated)});
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
    // A user's "quoted words" stay one phrase; everything else is one term per word, so FTS5 syntax never leaks in.
    const QStringList parts = words.split(u'"');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool phrase = i % 2 == 1;
        const QStringList tokens = phrase ? QStringList{parts.at(i)} : parts.at(i).split(u' ', Qt::SkipEmptyParts);
        for (QString token : tokens) {
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
            terms.append(u'"' + token + u'"' + (prefix ? u"*"_s : QString()));
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
    q.setForwardOnly(true);
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
    q.addBindValue(rankFloor(database(), u"articles_fts"_s, match, options.rankedCandidates));
    q.addBindValue(options.limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
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
    QSqlQuery query(u"SELECT count(*) FROM events"_s, database());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<Event> Workspace::events(int offset, int limit) const
{
    return StoreRecords::loadEvents(database(), u"1 ORDER BY sort_key, rank LIMIT ? OFFSET ?"_s, {limit, offset});
}

QList<Event> Workspace::eventsOfArticle(int articleId) const
{
    return StoreRecords::loadEvents(
        database(), u"id IN (SELECT event_id FROM event_sources WHERE article_id = ?) ORDER BY sort_key, rank"_s,
        {articleId});
}

WorkspaceSnapshot Workspace::snapshot(const QDate &from, const QDate &to) const
{
    WorkspaceSnapshot snapshot;
    QSqlDatabase db = database();
    // One read transaction: the events and the articles they cite come from the same state of the file.
    QSqlQuery(u"BEGIN"_s, db);
    // Dates sort as ISO text; "~" (undated) sorts after every date.
    QList<Event> events =
        from.isValid() || to.isValid()
            ? StoreRecords::loadEvents(db, u"sort_key >= ? AND sort_key <= ? ORDER BY sort_key, rank"_s,
                                       {from.isValid() ? from.toString(Qt::ISODate) : u"0"_s,
                                        to.isValid() ? to.toString(Qt::ISODate) : u"9999-12-31"_s})
            : StoreRecords::loadEvents(db, u"1 ORDER BY sort_key, rank"_s, {});
    // The cited articles in the order they were stored, so that a corpus index follows the workspace id's order.
    QList<int> ids;
    const auto forEachRef = [&events](const auto &visit) {
        for (Event &event : events) {
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
        }
    };
    forEachRef([&ids](int &article) { ids.append(article); });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    forEachRef(
        [&ids](int &article) { article = int(std::lower_bound(ids.cbegin(), ids.cend(), article) - ids.cbegin()); });
    snapshot.articleIds = ids;
    snapshot.corpus.articles = StoreRecords::citedArticles(db, snapshot.articleIds);
    QSqlQuery(u"COMMIT"_s, db);
    snapshot.corpus.events = std::move(events);
    return snapshot;
}

int Workspace::quoteCount(const QString &person) const
{
    QSqlQuery query(database());
    if (person.isEmpty()) {
        query.exec(u"SELECT count(*) FROM quotes"_s);
    } else {
        query.prepare(u"SELECT count(*) FROM quotes WHERE speaker = ? COLLATE NOCASE"_s);
        query.addBindValue(person);
        query.exec();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QList<QuoteRow> Workspace::quotes(int offset, int limit, const QString &person) const
{
    if (person.isEmpty()) {
        return StoreRecords::quoteRows(database(), u"1 ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
                                       {limit, offset});
    }
    return StoreRecords::quoteRows(
        database(), u"q.speaker = ? COLLATE NOCASE ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
        {person, limit, offset});
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

QString Workspace::watchFolder() const
{
    return meta(u"watch_folder"_s);
}

bool Workspace::setWatchFolder(const QString &folder)
{
    if (m_readOnly) {
        return fail(readOnlyNotice());
    }
    return setMeta(u"watch_folder"_s, folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath());
}

qint64 Workspace::dataVersion() const
{
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
    return StoreRecords::quoteRows(database(),
                                   u"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) "
                                   "ORDER BY q.sort_date, q.article_id, q.idx LIMIT ? OFFSET ?"_s,
                                   {match, limit, offset});
}

QList<QuoteHit> Workspace::searchQuotesOfPerson(const QString &words, const QString &person,
                                                const SearchOptions &options) const
{
    return rankedQuotes(quoteMatch(words, person), options);
}

QList<QuoteHit> Workspace::rankedQuotes(const QString &match, const SearchOptions &options) const
{
    QList<QuoteHit> hits;
    if (match.isEmpty()) {
        return hits;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT q.id, q.article_id, q.start, q.\"end\", q.text, q.speaker, q.speaker_role, a.published, a.title, "
        "q.kind, snippet(quotes_fts, 0, ?, ?, '…', 24), quotes_fts.rank "
        "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
        "WHERE quotes_fts MATCH ? AND quotes_fts.rowid >= ? ORDER BY quotes_fts.rank LIMIT ?"_s);
    q.addBindValue(options.openMarker);
    q.addBindValue(options.closeMarker);
    q.addBindValue(match);
    q.addBindValue(rankFloor(database(), u"quotes_fts"_s, match, options.rankedCandidates));
    q.addBindValue(options.limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return hits;
    }
    while (q.next()) {
        QuoteHit hit;
        hit.quote = StoreRecords::quoteRowFrom(q, 0);
        hit.snippet = q.value(10).toString();
        hit.rank = q.value(11).toDouble();
        hits.append(hit);
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
    q.prepare(u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"_s);
    q.addBindValue(match);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
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
    for (const QString &part : query.split(u'"')) {
        for (QString word : part.split(u' ', Qt::SkipEmptyParts)) {
            // Punctuation around a word ("NEAR(", "(lantern") is not searched: the tokenizer drops it.
            while (!word.isEmpty() && !word.front().isLetterOrNumber()) {
                word.remove(0, 1);
            }
            while (!word.isEmpty() && !word.back().isLetterOrNumber()) {
                word.chop(1);
            }
            if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive)) {
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
    QSqlQuery q(database());
    if (!match.isEmpty()) {
        q.prepare(u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid = ?"_s);
        q.addBindValue(match);
        q.addBindValue(quote.value(0));
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
            return -1;
        }
    }
    // The quotes sorting before it, by the quote list's order (the date index serves the row-value comparison).
    q.prepare(
        u"SELECT count(*) FROM quotes q WHERE (q.sort_date, q.article_id, q.idx) < (?, ?, ?)"_s +
        (match.isEmpty() ? QString() : u" AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"_s));
    q.addBindValue(quote.value(1));
    q.addBindValue(articleId);
    q.addBindValue(quote.value(2));
    if (!match.isEmpty()) {
        q.addBindValue(match);
    }
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
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
    q.prepare(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"_s);
    q.addBindValue(match);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

} // namespace Newsline
