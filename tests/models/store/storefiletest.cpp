#include "storefile.h"

#include "craftedworkspace.h"
#include "storeschema.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Newsline;

class StoreFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testAlteredSchemaRefused_data();
    void testAlteredSchemaRefused();
    void testMissingIndexMadeAgain();
    void testDefensiveSettings();
    void testQuickCheckOnOpen();
    void testFullCheckReadsTheFullTextIndex();
    void testCreateWhole();
    void testCreateOverEmptyFile();
    void testTwoCreatorsAtOnce();
    void testFailedCreationLeavesNothing();
    void testUnwritableByMode();
    void testPlainErrors_data();
    void testPlainErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void StoreFileTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"harbour.newsline"_s);
    QVERIFY(CraftedWorkspace::make(m_path, 3));
}

void StoreFileTest::testAlteredSchemaRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("problem");

    // What a workspace from elsewhere could carry: SQL that runs when Newsline writes to it, or reads it.
    QTest::newRow("trigger-on-import")
        << QStringList{u"CREATE TRIGGER tidy AFTER INSERT ON articles BEGIN DELETE FROM quotes; UPDATE articles SET "
                       "title = 'Nothing to see'; INSERT INTO meta(key, value) VALUES ('visited', '1'); END"_s}
        << u"holds the trigger \"tidy\", which Newsline does not make"_s;
    QTest::newRow("trigger-on-read")
        << QStringList{u"CREATE TRIGGER spy AFTER UPDATE ON meta BEGIN DELETE FROM articles; END"_s}
        << u"trigger \"spy\""_s;
    QTest::newRow("view") << QStringList{u"CREATE VIEW titles AS SELECT title FROM articles"_s}
                          << u"holds the view \"titles\""_s;
    QTest::newRow("unknown-table") << QStringList{u"CREATE TABLE notes (text TEXT)"_s}
                                   << u"holds the table \"notes\""_s;
    QTest::newRow("expression-index") << QStringList{u"CREATE INDEX titles_lower ON articles(lower(title))"_s}
                                      << u"holds the index \"titles_lower\""_s;
    QTest::newRow("table-made-otherwise")
        << QStringList{u"DROP TABLE event_changes"_s,
                       u"CREATE TABLE event_changes (article_id INTEGER PRIMARY KEY, note TEXT DEFAULT 'x')"_s}
        << u"table \"event_changes\" is not the one Newsline makes"_s;
    QTest::newRow("index-made-otherwise")
        << QStringList{u"DROP INDEX quotes_by_speaker"_s, u"CREATE INDEX quotes_by_speaker ON quotes(speaker)"_s}
        << u"index \"quotes_by_speaker\" is not the one"_s;
    QTest::newRow("missing-table") << QStringList{u"DROP TABLE event_changes"_s}
                                   << u"lacks the table \"event_changes\""_s;
    QTest::newRow("name-with-control-characters")
        << QStringList{u"CREATE TABLE \"x\nnewsline: all fine\" (a)"_s} << u"holds the table \"x?newsline"_s;
    // Version 5 kept its full-text indexes by triggers: one doing more than that is not Newsline's.
    QTest::newRow("version-5-trigger-made-otherwise")
        << QStringList{u"DROP TABLE correction_evidence"_s,
                       u"DROP TABLE corrections"_s,
                       u"DROP INDEX quotes_by_correction"_s,
                       u"ALTER TABLE quotes DROP COLUMN correction_id"_s,
                       u"DROP INDEX articles_by_extractor"_s,
                       u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO "
                       "articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); DELETE FROM quotes; END"_s,
                       u"PRAGMA user_version = 5"_s}
        << u"trigger \"articles_fts_insert\" is not the one Newsline makes"_s;
}

void StoreFileTest::testAlteredSchemaRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, problem);
    QCOMPARE(CraftedWorkspace::alter(m_path, statements), QString());
    const QByteArray before = CraftedWorkspace::fingerprint(m_path);
    const int quotes = CraftedWorkspace::value(m_path, u"SELECT count(*) FROM quotes"_s).toInt();
    QVERIFY(quotes > 0);

    for (const Workspace::OpenMode mode : {Workspace::OpenMode::ReadWrite, Workspace::OpenMode::ReadOnly}) {
        QString error;
        auto workspace = Workspace::open(m_path, &error, mode);
        QVERIFY(!workspace);
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY2(error.startsWith(m_path), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }
    // Refused before anything ran or was written.
    QCOMPARE(CraftedWorkspace::fingerprint(m_path), before);
    QCOMPARE(CraftedWorkspace::value(m_path, u"SELECT count(*) FROM quotes"_s).toInt(), quotes);
}

void StoreFileTest::testMissingIndexMadeAgain()
{
    // An index only makes reading faster: a workspace without one opens, and a writer makes it again.
    QCOMPARE(CraftedWorkspace::alter(m_path, {u"DROP INDEX quotes_by_speaker"_s}), QString());
    {
        QString error;
        auto reader = Workspace::open(m_path, &error, Workspace::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->quoteCount(), 3);
    }
    QCOMPARE(CraftedWorkspace::value(m_path, u"SELECT count(*) FROM sqlite_master WHERE name = 'quotes_by_speaker'"_s)
                 .toInt(),
             0);
    QString error;
    auto writer = Workspace::open(m_path, &error);
    QVERIFY2(writer, qPrintable(error));
    QCOMPARE(CraftedWorkspace::value(m_path, u"SELECT count(*) FROM sqlite_master WHERE name = 'quotes_by_speaker'"_s)
                 .toInt(),
             1);
}

void StoreFileTest::testDefensiveSettings()
{
    QString error;
    auto workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QSqlDatabase db = workspace->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA trusted_schema"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Defensive: the schema cannot be written as a table, even when asked to.
    QVERIFY(q.exec(u"PRAGMA writable_schema = ON"_s));
    QVERIFY(!q.exec(u"UPDATE sqlite_master SET sql = 'CREATE TABLE meta (x)' WHERE name = 'meta'"_s));
    // Views of the file are off altogether: one that slipped in would not run.
    QVERIFY(q.exec(u"CREATE VIEW one AS SELECT 1"_s));
    QVERIFY(!q.exec(u"SELECT * FROM one"_s));
    // A value larger than a workspace ever holds is refused, not allocated.
    QVERIFY(!q.exec(u"SELECT zeroblob(%1)"_s.arg(StoreFile::MaxValueLength + 1)) || !q.next());
}

void StoreFileTest::testQuickCheckOnOpen()
{
    // A page of the quote index overwritten with zeros: SQLite's check finds it, so the workspace is not opened.
    const int page =
        CraftedWorkspace::value(m_path, u"SELECT rootpage FROM sqlite_master WHERE name = 'quotes_by_date'"_s).toInt();
    QVERIFY(page > 1);
    QVERIFY(CraftedWorkspace::zeroPage(m_path, page));
    const QByteArray before = CraftedWorkspace::fingerprint(m_path);
    QString error;
    QVERIFY(!Workspace::open(m_path, &error));
    QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    QVERIFY(!Workspace::open(m_path, &error, Workspace::OpenMode::ReadOnly));
    QCOMPARE(CraftedWorkspace::fingerprint(m_path), before);
    // Without the check it opens, and the check can be run later.
    auto unchecked = Workspace::open(m_path, &error, Workspace::OpenMode::ReadOnly, StoreFile::Check::None);
    QVERIFY2(unchecked, qPrintable(error));
    QVERIFY(!unchecked->check(StoreFile::Check::Quick));
    QVERIFY(unchecked->lastError().contains(u"damaged"_s));
}

void StoreFileTest::testFullCheckReadsTheFullTextIndex()
{
    QCOMPARE(CraftedWorkspace::alter(m_path, {u"DELETE FROM quotes_fts_data WHERE id > 1"_s}), QString());
    QString error;
    auto workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error)); // pages and records are sound
    QVERIFY(!workspace->check(StoreFile::Check::Full));
    QVERIFY2(workspace->lastError().contains(u"full-text index"_s), qPrintable(workspace->lastError()));
    // Such a workspace is not copied on.
    const QString copy = m_dir->filePath(u"copy.newsline"_s);
    QVERIFY(!workspace->saveCopyAs(copy));
    QVERIFY(!QFile::exists(copy));
}

void StoreFileTest::testCreateWhole()
{
    const QString path = m_dir->filePath(u"new.newsline"_s);
    bool exists = true;
    QString error;
    auto created = Workspace::create(path, &error, &exists);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(!exists);
    created.reset();
    // The name is taken now: a second creation changes nothing and says so.
    const QByteArray before = CraftedWorkspace::fingerprint(path);
    QVERIFY(!Workspace::create(path, &error, &exists));
    QVERIFY(exists);
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(CraftedWorkspace::fingerprint(path), before);
    // No file of the making is left beside it.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left) {
        QVERIFY2(!name.contains(u".new-"_s), qPrintable(name));
    }
}

void StoreFileTest::testCreateOverEmptyFile()
{
    const QString path = m_dir->filePath(u"empty.newsline"_s);
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QString error;
    auto created = Workspace::create(path, &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->articleCount(), 0);
}

void StoreFileTest::testTwoCreatorsAtOnce()
{
    // Many rounds of two threads creating the same workspace at the same moment: one makes it, the other finds it
    // there and leaves it alone; the file is always a sound workspace.
    for (int round = 0; round < 20; ++round) {
        const QString path = m_dir->filePath(u"race%1.newsline"_s.arg(round));
        std::atomic_int made{0};
        std::atomic_int found{0};
        std::atomic_bool go{false};
        auto creator = [&] {
            while (!go.load()) {
                QThread::yieldCurrentThread();
            }
            bool exists = false;
            QString error;
            auto workspace = Workspace::create(path, &error, &exists);
            (workspace ? made : found) += workspace || exists ? 1 : 0;
            if (!workspace && !exists) {
                qWarning("%s", qPrintable(error));
            }
        };
        QThread *first = QThread::create(creator);
        QThread *second = QThread::create(creator);
        first->start();
        second->start();
        go = true;
        QVERIFY(first->wait(30000) && second->wait(30000));
        delete first;
        delete second;
        QCOMPARE(made.load(), 1);
        QCOMPARE(found.load(), 1);
        QString error;
        auto workspace = Workspace::open(path, &error, Workspace::OpenMode::ReadWrite, StoreFile::Check::Full);
        QVERIFY2(workspace, qPrintable(error));
    }
}

void StoreFileTest::testFailedCreationLeavesNothing()
{
    const QString path = m_dir->filePath(u"failed.newsline"_s);
    bool exists = false;
    QString error;
    QVERIFY(!StoreFile::createWhole(
        path,
        [](QSqlDatabase &, QString *reason) {
            *reason = u"stopped on purpose"_s;
            return false;
        },
        &error, &exists));
    QCOMPARE(error, u"stopped on purpose"_s);
    QVERIFY(!exists);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*failed*"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void StoreFileTest::testUnwritableByMode()
{
    QCOMPARE(StoreFile::unwritableReason(m_path), QString());
    // A file marked read-only is read-only for everyone running the program, root too.
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(StoreFile::unwritableReason(m_path).contains(u"not writable"_s));
    QString error;
    auto workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(workspace->isReadOnly());
    QVERIFY2(workspace->readOnlyNotice().contains(u"the file is not writable"_s),
             qPrintable(workspace->readOnlyNotice()));
    workspace.reset();
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    // So is a folder marked read-only.
    const QFileDevice::Permissions folder = QFile::permissions(m_dir->path());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
    const QString reason = StoreFile::unwritableReason(m_path);
    QVERIFY(QFile::setPermissions(m_dir->path(), folder));
    QVERIFY2(reason.contains(u"folder is not writable"_s), qPrintable(reason));
}

void StoreFileTest::testPlainErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("full") << u"13"_s << u"disk is full"_s;
    QTest::newRow("corrupt") << u"11"_s << u"damaged"_s;
    QTest::newRow("extended-corrupt") << u"267"_s << u"damaged"_s;
    QTest::newRow("busy") << u"5"_s << u"busy"_s;
    QTest::newRow("read-only") << u"8"_s << u"cannot be written"_s;
    QTest::newRow("driver") << QString() << u"could not be used"_s;
    QTest::newRow("other") << u"1"_s << u"database error 1"_s;
}

void StoreFileTest::testPlainErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    const QSqlError error(u"Unable to fetch row"_s, u"table meta already exists"_s, QSqlError::StatementError, code);
    const QString plain = StoreFile::plainError(error);
    QVERIFY2(plain.contains(words), qPrintable(plain));
    QVERIFY(!plain.contains(u"meta"_s));
    QVERIFY(!plain.contains(u"Unable"_s));
}

QTEST_GUILESS_MAIN(StoreFileTest)
#include "storefiletest.moc"
