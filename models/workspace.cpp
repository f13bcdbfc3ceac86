#include "workspace.h"

#include "eventgroups.h"
#include "eventlanes.h"
#include "extractor.h"
#include "segmenter.h"
#include "storerecords.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Bump when extraction code changes its output, the reports of events (EventBuilder::mentions) stored with each
// article included: workspaces extracted before are then offered re-extraction.
constexpr int ExtractionRevision = 3;

// An event update re-merges in part only while its changed articles, and the buckets they touch, are at most a quarter
// of the workspace's articles; beyond that, rebuilding everything costs about the same.
constexpr int IncrementalShare = 4;
// Buckets are bound one per SQL parameter, and SQLite takes at most 32,766 of them in a statement.
constexpr int MaxBucketsInPart = 20000;

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

QString stampOf(const QFileInfo &info)
{
    return info.lastModified().toUTC().toString(Qt::ISODateWithMs);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
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

// Extraction is CPU-bound and each article independent: spread a batch over the cores.
void extractInParallel(QList<Article> &articles)
{
    if (articles.isEmpty()) {
        return;
    }
    const Extractor extractor;
    // The first article runs alone so that every finder's shared tables are loaded before threads start.
    extractor.extract(articles.first());
    QAtomicInt next(1);
    auto work = [&articles, &next, &extractor] {
        for (int i = next.fetchAndAddRelaxed(1); i < articles.size(); i = next.fetchAndAddRelaxed(1)) {
            extractor.extract(articles[i]);
        }
    };
    QThreadPool pool;
    const int helpers = std::min(QThread::idealThreadCount(), int(articles.size())) - 1;
    for (int i = 0; i < helpers; ++i) {
        pool.start(work);
    }
    work();
    pool.waitForDone();
}

// One file of an import, as far as it got before the batch is written.
struct Pending
{
    QString file;
    QByteArray hash;
    qint64 size = 0;
    QString modified;
    Article article;
};

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
    workspace->setMeta(u"extractor_version"_s, extractorVersion());
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

QString Workspace::extractorVersion()
{
    static const QString version = [] {
        // The knowledge files steer extraction as much as the code does.
        QStringList files;
        QDirIterator it(u":/newsline/knowledge"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        files.sort();
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(file.readAll());
            }
        }
        return u"%1.%2-%3"_s.arg(QStringLiteral(NEWSLINE_VERSION))
            .arg(ExtractionRevision)
            .arg(QString::fromLatin1(hash.result().toHex().left(12)));
    }();
    return version;
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

ImportResult Workspace::importFiles(const QStringList &paths, const Progress &progress, int batchSize)
{
    ImportResult result;
    if (m_readOnly) {
        result.failure = readOnlyNotice();
        return result;
    }
    const QStringList files = ArticleReader::collectFiles(paths, &result.errors);
    ArticleReader reader;
    reader.setDefaultPublished(m_defaultPublished);
    const QString currentVersion = extractorVersion();
    QSqlDatabase db = database();
    QSqlQuery byFile(db);
    byFile.prepare(u"SELECT hash, file_size, file_modified, extractor_version FROM articles WHERE file = ?"_s);
    QSqlQuery byHash(db);
    byHash.prepare(u"SELECT id, file FROM articles WHERE hash = ?"_s);
    StoreRecords::Writer writer(db);
    batchSize = std::max(1, batchSize);

    const int total = int(files.size());
    int done = 0;
    while (done < total && !result.cancelled) {
        QList<Pending> pending;
        QList<ReadError> batchErrors;
        const int batchEnd = std::min(total, done + batchSize);
        for (int i = done; i < batchEnd; ++i) {
            const QFileInfo info(files.at(i));
            Pending item;
            item.file = info.absoluteFilePath();
            item.size = info.size();
            item.modified = stampOf(info);
            // Same file, same size and time, same extractor: nothing to read.
            byFile.addBindValue(item.file);
            if (byFile.exec() && byFile.next() && byFile.value(1).toLongLong() == item.size &&
                byFile.value(2).toString() == item.modified && byFile.value(3).toString() == currentVersion) {
                byFile.finish();
                ++result.unchanged;
                continue;
            }
            byFile.finish();
            QFile file(files.at(i));
            QByteArray bytes;
            if (info.isFile() && info.size() <= ArticleReader::MaxFileSize && file.open(QIODevice::ReadOnly)) {
                bytes = file.read(ArticleReader::MaxFileSize + 1);
            }
            ArticleReader::Result read = bytes.isEmpty() || bytes.size() > ArticleReader::MaxFileSize
                                             ? reader.read(files.at(i))
                                             : reader.parse(bytes, files.at(i));
            if (!read.article) {
                if (read.error) {
                    batchErrors.append(*read.error);
                }
                continue;
            }
            item.hash = sha256(bytes);
            byHash.addBindValue(QString::fromLatin1(item.hash));
            const bool known = byHash.exec() && byHash.next();
            byHash.finish();
            if (known) {
                ++result.unchanged;
                continue;
            }
            item.article = std::move(*read.article);
            item.article.file = item.file;
            pending.append(std::move(item));
        }
        result.errors.append(batchErrors);

        QList<Article> articles;
        articles.reserve(pending.size());
        for (Pending &item : pending) {
            articles.append(std::move(item.article));
        }
        extractInParallel(articles);

        if (!pending.isEmpty()) {
            if (!begin()) {
                result.failure = m_lastError;
                break;
            }
            bool ok = true;
            for (qsizetype i = 0; ok && i < pending.size(); ++i) {
                const Pending &item = pending.at(i);
                StoreRecords::FileStamp stamp{item.file, QString::fromLatin1(item.hash), item.size, item.modified};
                switch (writer.storeArticle(articles.at(i), stamp, currentVersion)) {
                case StoreRecords::Writer::Stored::Added:
                    ++result.added;
                    break;
                case StoreRecords::Writer::Stored::Updated:
                    ++result.updated;
                    break;
                case StoreRecords::Writer::Stored::AlreadyThere:
                    ++result.unchanged;
                    break;
                case StoreRecords::Writer::Stored::Failed:
                    ok = false;
                    break;
                }
            }
            ok = ok && setMeta(u"events_outdated"_s, u"1"_s);
            if (!ok) {
                result.failure = writer.lastError().isEmpty() ? m_lastError : writer.lastError();
                rollback();
                break;
            }
            if (!commit()) {
                result.failure = m_lastError;
                break;
            }
        }
        done = batchEnd;
        if (progress && !progress(done, total)) {
            result.cancelled = true;
        }
    }
    if (result.failure.isEmpty() && (result.changedAnything() || eventsOutdated()) && !updateEvents()) {
        result.failure = m_lastError;
    }
    if (result.changedAnything()) {
        Q_EMIT changed();
    }
    return result;
}

int Workspace::staleArticleCount() const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT count(*) FROM articles WHERE extractor_version IS NOT ?"_s);
    query.addBindValue(extractorVersion());
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

ImportResult Workspace::reextract(const Progress &progress, int batchSize)
{
    ImportResult result;
    if (m_readOnly) {
        result.failure = readOnlyNotice();
        return result;
    }
    const QString currentVersion = extractorVersion();
    QSqlDatabase db = database();
    StoreRecords::Writer writer(db);
    const int total = staleArticleCount();
    batchSize = std::max(1, batchSize);
    int done = 0;
    while (!result.cancelled) {
        if (!begin()) {
            result.failure = m_lastError;
            break;
        }
        QList<int> ids;
        QList<Article> articles = StoreRecords::loadArticles(db, u"extractor_version IS NOT ? ORDER BY id LIMIT ?"_s,
                                                             {currentVersion, batchSize}, &ids);
        if (articles.isEmpty()) {
            rollback();
            break;
        }
        // Extraction runs inside the write lock: re-extraction is a maintenance step, not concurrent work.
        for (Article &article : articles) {
            Segmenter::segment(article);
        }
        extractInParallel(articles);
        bool ok = true;
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            ok = writer.replaceExtraction(ids.at(i), articles.at(i), currentVersion);
        }
        ok = ok && setMeta(u"events_outdated"_s, u"1"_s);
        if (!ok) {
            result.failure = writer.lastError().isEmpty() ? m_lastError : writer.lastError();
            rollback();
            break;
        }
        if (!commit()) {
            result.failure = m_lastError;
            break;
        }
        result.updated += int(articles.size());
        done += int(articles.size());
        if (progress && !progress(std::min(done, total), total)) {
            result.cancelled = true;
        }
    }
    if (result.failure.isEmpty() && eventsOutdated() && !updateEvents()) {
        result.failure = m_lastError;
    }
    setMeta(u"extractor_version"_s, currentVersion);
    if (result.updated > 0) {
        Q_EMIT changed();
    }
    return result;
}

bool Workspace::eventsOutdated() const
{
    return meta(u"events_outdated"_s) == u"1"_s;
}

bool Workspace::rebuildEvents()
{
    if (m_readOnly) {
        return fail(readOnlyNotice());
    }
    // Reading inside the write transaction: another process's articles cannot slip in between read and write.
    if (!begin()) {
        return false;
    }
    QSqlDatabase db = database();
    StoreRecords::Writer writer(db);
    if (meta(u"mentions"_s) == u"missing"_s) {
        // Articles stored by an older version have no reports of events yet: derived once from their extraction.
        QList<int> ids;
        const QList<Article> articles = StoreRecords::loadArticles(db, {}, {}, &ids);
        bool ok = true;
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            ok = writer.replaceMentions(ids.at(i), articles.at(i));
        }
        if (!ok || !setMeta(u"mentions"_s, u"stored"_s)) {
            fail(writer.lastError().isEmpty() ? m_lastError : writer.lastError());
            rollback();
            return false;
        }
    }
    EventGroups groups;
    StoreRecords::loadMentions(db, nullptr, groups);
    QList<EventPlace> places;
    QList<Event> events = groups.events(nullptr, &places);
    EventLanes().assign(events, StoreRecords::entityTypes(db));
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].id = u"e"_s + QString::number(i + 1);
    }
    if (!writer.replaceEvents(events, {}, places) || !writer.clearChanges() || !setMeta(u"events_outdated"_s, u"0"_s)) {
        fail(writer.lastError().isEmpty() ? m_lastError : writer.lastError());
        rollback();
        return false;
    }
    if (!commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Workspace::updateEvents()
{
    if (m_readOnly) {
        return fail(readOnlyNotice());
    }
    if (!begin()) {
        return false;
    }
    QSqlDatabase db = database();
    const QList<int> changedIds = StoreRecords::changedArticles(db);
    const qsizetype total = articleCount();
    auto rebuildAll = [this] {
        rollback();
        return rebuildEvents();
    };
    const bool byShare = m_eventUpdate == EventUpdate::Auto;
    if (m_eventUpdate == EventUpdate::Full || meta(u"events_rebuild"_s) == u"full"_s ||
        meta(u"mentions"_s) == u"missing"_s || (byShare && changedIds.size() * IncrementalShare > total)) {
        return rebuildAll();
    }
    if (changedIds.isEmpty() && !eventsOutdated()) {
        rollback();
        return true;
    }
    // The buckets the changed articles reported in before (their events) and report in now (their stored reports).
    QSet<QString> buckets = StoreRecords::bucketsOfArticles(db, changedIds);
    buckets.unite(StoreRecords::bucketsOfMentions(db, changedIds));
    if ((byShare && buckets.size() * IncrementalShare > total) || buckets.size() > MaxBucketsInPart) {
        return rebuildAll();
    }
    EventGroups groups;
    StoreRecords::loadMentions(db, &buckets, groups);
    QList<EventPlace> places;
    QList<Event> fresh = groups.events(&buckets, &places);

    StoreRecords::Writer writer(db);
    const QStringList removedKeys = StoreRecords::orderKeys(db, buckets);
    bool ok = writer.removeEvents(buckets);

    // Ranks stay 1..n in order-key order. A kept event moves by the fresh events before it less the removed ones
    // before it, which is the same for every kept event between two such keys: one statement per stretch.
    QList<std::pair<QString, int>> changes;
    for (const QString &key : removedKeys) {
        changes.append({key, -1});
    }
    for (const EventPlace &place : std::as_const(places)) {
        changes.append({place.orderKey, 1});
    }
    std::sort(changes.begin(), changes.end());
    int delta = 0;
    for (qsizetype i = 0; ok && i < changes.size(); ++i) {
        delta += changes.at(i).second;
        const bool last = i + 1 == changes.size();
        if (delta != 0 && (last || changes.at(i + 1).first != changes.at(i).first)) {
            ok = writer.shiftRanks(changes.at(i).first, last ? QString() : changes.at(i + 1).first, delta);
        }
    }
    // A fresh event comes after the kept events up to its predecessor and the fresh events before it.
    QList<int> freshRanks(fresh.size());
    for (qsizetype i = 0; ok && i < fresh.size(); ++i) {
        const auto [predecessorRank, predecessorKey] = StoreRecords::rankBefore(db, places.at(i).orderKey);
        const auto freshBefore =
            std::lower_bound(places.cbegin(), places.cend(), predecessorKey,
                             [](const EventPlace &p, const QString &key) { return p.orderKey < key; });
        freshRanks[i] = predecessorRank - int(freshBefore - places.cbegin()) + int(i) + 1;
    }

    // Lanes weigh every event of the workspace: laned again all together, and rewritten where they changed.
    const QList<StoreRecords::LaneRow> kept = StoreRecords::laneRows(db);
    QList<Event> all;
    all.reserve(kept.size() + fresh.size());
    for (const StoreRecords::LaneRow &row : kept) {
        Event e;
        e.type = row.type;
        e.actors = row.actors;
        all.append(std::move(e));
    }
    all.append(fresh);
    EventLanes().assign(all, StoreRecords::entityTypes(db));
    for (qsizetype i = 0; ok && i < kept.size(); ++i) {
        if (all.at(i).lane != kept.at(i).lane) {
            ok = writer.setLane(kept.at(i).id, all.at(i).lane);
        }
    }
    for (qsizetype i = 0; ok && i < fresh.size(); ++i) {
        fresh[i].lane = all.at(kept.size() + i).lane;
        ok = writer.insertEvent(fresh.at(i), places.at(i), freshRanks.at(i));
    }
    if (!ok || !writer.clearChanges() || !setMeta(u"events_outdated"_s, u"0"_s)) {
        fail(writer.lastError().isEmpty() ? m_lastError : writer.lastError());
        rollback();
        return false;
    }
    if (!commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
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
            const bool prefix = !phrase && token.endsWith(u'*');
            if (prefix) {
                token.chop(1);
            }
            if (std::none_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                continue;
            }
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
    QHash<int, int> indexOf;
    auto cite = [&indexOf, &snapshot](int &article) {
        auto it = indexOf.constFind(article);
        if (it == indexOf.cend()) {
            it = indexOf.insert(article, int(snapshot.articleIds.size()));
            snapshot.articleIds.append(article);
        }
        article = it.value();
    };
    for (Event &event : events) {
        for (SourceRef &source : event.sources) {
            cite(source.article);
        }
        for (FigureRef &figure : event.figures) {
            cite(figure.article);
        }
        for (EventConflict &conflict : event.conflicts) {
            for (SourceRef &source : conflict.sources) {
                cite(source.article);
            }
        }
    }
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
        "snippet(quotes_fts, 0, ?, ?, '…', 24), quotes_fts.rank "
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
        hit.snippet = q.value(9).toString();
        hit.rank = q.value(10).toDouble();
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
