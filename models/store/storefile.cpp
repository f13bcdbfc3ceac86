#include "storefile.h"

#include "storeschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsline::StoreFile {

namespace {

// Long enough for another process's batch or event rebuild to finish.
constexpr int BusyTimeoutMs = 60000;

QString tr(const char *text)
{
    // lupdate files tr() calls here under the enclosing namespace, so the catalogue context is that.
    return QCoreApplication::translate("Newsline::StoreFile", text);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3 *const *>(handle.constData());
    }
    return nullptr;
}

// Before the first statement reads the schema: nothing the file holds may act on the machine.
bool harden(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        return false;
    }
    const auto set = [handle](int option, int value) {
        int now = -1;
        return sqlite3_db_config(handle, option, value, &now) == SQLITE_OK && now == value;
    };
    const bool ok = set(SQLITE_DBCONFIG_DEFENSIVE, 1) && set(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0) &&
                    set(SQLITE_DBCONFIG_ENABLE_VIEW, 0) && set(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, MaxValueLength);
    return ok;
}

// A name read from a file, fit for a one-line message: short, without control characters.
QString shown(const QString &name)
{
    QString text = name.left(60);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = u'?';
        }
    }
    return name.size() > 60 ? text + u'\u2026' : text;
}

bool writeBits(const QFileInfo &info)
{
    return info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

bool onReadOnlyFileSystem(const QString &folder)
{
    struct statvfs vfs
    {
    };
    return statvfs(QFile::encodeName(folder).constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY) != 0;
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

QString typeWord(const QString &type)
{
    if (type == "table"_L1) {
        return tr("table");
    }
    if (type == "index"_L1) {
        return tr("index");
    }
    if (type == "trigger"_L1) {
        return tr("trigger");
    }
    if (type == "view"_L1) {
        return tr("view");
    }
    return shown(type);
}

// SQL as SQLite keeps it, without the white space that does not change what it means: line breaks and indentation
// of the statements, spaces around parentheses and commas.
QString normalised(const QString &sql)
{
    static const QRegularExpression around(u"\\s*([(),])\\s*"_s);
    return sql.simplified().replace(around, u"\\1"_s);
}

QString key(const QString &type, const QString &name)
{
    return type + u'\x1f' + name;
}

// The schema Newsline makes at a version, made once by the migration steps in an empty database in memory.
const QHash<QString, SchemaObject> &reference(int version)
{
    static QMutex mutex;
    static QHash<int, QHash<QString, SchemaObject>> made;
    QMutexLocker lock(&mutex);
    auto it = made.find(version);
    if (it != made.end()) {
        return *it;
    }
    QHash<QString, SchemaObject> objects;
    sqlite3 *memory = nullptr;
    if (sqlite3_open(":memory:", &memory) == SQLITE_OK) {
        bool ok = true;
        for (int step = 1; ok && step <= version; ++step) {
            for (const QString &statement : StoreSchema::step(step)) {
                ok = ok && sqlite3_exec(memory, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
            }
        }
        sqlite3_stmt *select = nullptr;
        if (ok && sqlite3_prepare_v2(memory, "SELECT type, name, tbl_name, sql FROM sqlite_master", -1, &select,
                                     nullptr) == SQLITE_OK) {
            const auto text = [select](int column) {
                const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(select, column));
                return utf8 ? QString::fromUtf8(utf8) : QString();
            };
            while (sqlite3_step(select) == SQLITE_ROW) {
                const SchemaObject object{text(0), text(1), text(2), normalised(text(3))};
                objects.insert(key(object.type, object.name), object);
            }
        }
        sqlite3_finalize(select);
    }
    sqlite3_close(memory);
    return *made.insert(version, objects);
}

} // namespace

QString plainError(const QSqlError &error)
{

    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return tr("the disk is full, or the workspace has reached its size limit");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return tr("the workspace file is damaged");
    case SQLITE_READONLY:
        return tr("the workspace cannot be written here");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program kept the workspace busy for too long; try again later");
    case SQLITE_IOERR:
        return tr("the disk could not be read or written (it may be full)");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("permission denied");
    case SQLITE_NOMEM:
        return tr("out of memory");
    case SQLITE_TOOBIG:
        return tr("the workspace holds a value too large to read");
    case SQLITE_INTERRUPT:
        return tr("the work was interrupted");
    case -1:
        return tr("the workspace could not be used (an error of the database driver)");
    default:
        return tr("the workspace holds data this program cannot use (database error %1)").arg(primaryCode(error));
    }
}

bool openConnection(const QString &path, const QString &connection, bool readOnly, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = tr("the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite");
        return false;
    }
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    // SQLite reads a read-only file in WAL mode only where it can keep its -shm file; where it cannot (a read-only
    // folder or file system) and no unfinished -wal file is there, the file is read as immutable.
    const QFileInfo wal(path + u"-wal"_s);
    const bool immutable = readOnly && (!QFileInfo(folder).isWritable() || onReadOnlyFileSystem(folder)) &&
                           !QFileInfo::exists(path + u"-shm"_s) && (!wal.exists() || wal.size() == 0);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
        if (readOnly) {
            options += u";QSQLITE_OPEN_READONLY"_s;
        }
        if (immutable) {
            options += u";QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(QString::fromUtf8(QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded()) +
                               u"?immutable=1"_s);
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        ok = db.open();
        if (!ok) {
            *error = tr("cannot be opened: %1").arg(plainError(db.lastError()));
        } else if (!harden(db)) {
            *error = tr("cannot be opened safely: the SQLite library in use lacks its defensive settings (SQLite 3.35 "
                        "or later is needed)");
            ok = false;
        } else {
            // Reading the schema proves the file is a sound database before anything is written to it.
            QSqlQuery probe(db);
            ok = probe.exec(u"SELECT count(*) FROM sqlite_master"_s) && probe.next();
            if (!ok) {
                const int code = primaryCode(probe.lastError());
                *error = code == SQLITE_NOTADB || code == SQLITE_CORRUPT
                             ? tr("the workspace is damaged and cannot be opened")
                             : tr("cannot be opened: %1").arg(plainError(probe.lastError()));
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

QString unwritableReason(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (onReadOnlyFileSystem(folder.absoluteFilePath())) {
        return tr("it is on a read-only file system");
    }
    // The mode, not only access(): root may write anything, but a file marked read-only is meant to stay as it is.
    if (info.exists() && (!info.isWritable() || !writeBits(info))) {
        return tr("the file is not writable");
    }
    // SQLite keeps its -wal and -shm files beside the workspace.
    if (!folder.isWritable() || !writeBits(folder)) {
        return tr("its folder is not writable");
    }
    return {};
}

bool verifySchema(const QSqlDatabase &db, int version, QString *problem, QStringList *missingIndexes)
{
    const QHash<QString, SchemaObject> &expected = reference(version);
    if (expected.isEmpty()) {
        *problem = tr("its format (%1) is not one Newsline makes").arg(version);
        return false;
    }
    QHash<QString, SchemaObject> found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master"_s)) {
        *problem = plainError(q.lastError());
        return false;
    }
    while (q.next()) {
        const SchemaObject object{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  normalised(q.value(3).toString())};
        found.insert(key(object.type, object.name), object);
    }
    for (const SchemaObject &object : std::as_const(found)) {
        // ANALYZE's statistics steer query plans only.
        if (object.type == "table"_L1 && object.name.startsWith("sqlite_stat"_L1)) {
            continue;
        }
        const auto it = expected.constFind(key(object.type, object.name));
        if (it == expected.cend()) {
            *problem = tr("it holds the %1 \"%2\", which Newsline does not make")
                           .arg(typeWord(object.type), shown(object.name));
            return false;
        }
        if (it->table != object.table || it->sql != object.sql) {
            *problem = tr("its %1 \"%2\" is not the one Newsline makes").arg(typeWord(object.type), shown(object.name));
            return false;
        }
    }
    for (const SchemaObject &object : expected) {
        if (found.contains(key(object.type, object.name))) {
            continue;
        }
        if (object.type == "index"_L1 && !object.sql.isEmpty()) {
            if (missingIndexes) {
                missingIndexes->append(object.sql);
            }
            continue;
        }
        *problem = tr("it lacks the %1 \"%2\" of a Newsline workspace").arg(typeWord(object.type), object.name);
        return false;
    }
    return true;
}

bool checkIntegrity(const QSqlDatabase &db, Check check, QString *problem)
{
    if (check == Check::None) {
        return true;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(check == Check::Quick ? u"PRAGMA quick_check(10)"_s : u"PRAGMA integrity_check(10)"_s)) {
        *problem = plainError(q.lastError());
        return false;
    }
    int problems = 0;
    while (q.next()) {
        if (q.value(0).toString() != "ok"_L1) {
            ++problems;
        }
    }
    q.finish();
    if (problems > 0) {
        *problem = tr("the workspace file is damaged (SQLite's check of its pages fails)");
        return false;
    }
    // FTS5 checks its index against the text it indexes; it takes the write lock, so a read-only connection cannot.
    sqlite3 *handle = handleOf(db);
    if (check == Check::Full && handle && !sqlite3_db_readonly(handle, "main")) {
        for (const QString &table : {u"articles_fts"_s, u"quotes_fts"_s}) {
            if (!q.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(table))) {
                const int code = primaryCode(q.lastError());
                *problem = code == SQLITE_CORRUPT ? tr("the full-text index of the workspace is damaged")
                                                  : plainError(q.lastError());
                return false;
            }
        }
    }
    return true;
}

bool createWhole(const QString &path, const std::function<bool(QSqlDatabase &db, QString *error)> &build,
                 QString *error, bool *exists)
{
    *exists = false;
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0)) {
        *exists = true;
        *error = tr("already exists; choose another name or remove it first");
        return false;
    }
    const QString folder = info.absolutePath();
    if (const QString reason = unwritableReason(path); !reason.isEmpty()) {
        *error = tr("cannot be created: %1").arg(reason);
        return false;
    }
    // A hidden file beside the workspace, so that taking the name is a link or rename within one file system.
    QTemporaryFile temporary(folder + u"/."_s + info.fileName() + u".new-XXXXXX"_s);
    if (!temporary.open()) {
        *error = tr("cannot be created: %1").arg(temporary.errorString());
        return false;
    }
    temporary.close();
    const QString temporaryPath = temporary.fileName();
    {
        static QAtomicInt counter;
        const QString connection = u"newsline-create-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        if (!openConnection(temporaryPath, connection, false, error)) {
            return false;
        }
        bool built = false;
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            built = build(db, error);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QFile::remove(temporaryPath + u"-wal"_s);
        QFile::remove(temporaryPath + u"-shm"_s);
        if (!built) {
            return false;
        }
    }
    const QByteArray from = QFile::encodeName(temporaryPath);
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    if (::link(from.constData(), to.constData()) == 0) {
        return true;
    }
    if (errno != EEXIST) {
        // A file system without hard links: take the name by renaming, unless someone took it meanwhile.
        if (errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP) {
            if (!QFileInfo::exists(path) && ::rename(from.constData(), to.constData()) == 0) {
                return true;
            }
        }
        if (!QFileInfo::exists(path)) {
            *error = tr("cannot be created: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    // The name is taken. An empty file there (made by a dialog or by hand) is replaced, under a lock, and only while it
    // is still the same empty file: a second creator finds the first one's workspace there instead.
    const int fd = ::open(to.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        bool replaced = false;
        struct stat held
        {
        };
        struct stat named
        {
        };
        if (::flock(fd, LOCK_EX) == 0 && ::fstat(fd, &held) == 0 && ::stat(to.constData(), &named) == 0 &&
            held.st_ino == named.st_ino && held.st_dev == named.st_dev && S_ISREG(held.st_mode) && held.st_size == 0) {
            replaced = ::rename(from.constData(), to.constData()) == 0;
        }
        ::close(fd);
        if (replaced) {
            return true;
        }
    }
    *exists = true;
    *error = tr("already exists; choose another name or remove it first");
    return false;
}

} // namespace Newsline::StoreFile
