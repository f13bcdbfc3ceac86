#include "storerecords.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

// Runs the real `newsline import` and `newsline search` programs as a user or a script would.
class ImportCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testImportTwiceIsIdempotent();
    void testBadFilesReportedOthersImported();
    void testKillMidImport();
    void testTwoProcessesOnOneWorkspace();
    void testTwoImportersCreateOneWorkspace();
    void testRepeatedKillsDuringImport();
    void testNewerExtractionNotRedone();
    void testSearchOnDamagedIndexFails();
    void testRefusesForeignWorkspace();
    void testUsageErrors_data();
    void testUsageErrors();
    void testSearchCommand();
    void testFullDiskKeepsWorkspaceUsable();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
    // Writes count distinct articles into folder and returns the folder.
    QString generate(const QString &folder, int count, const QString &company);
    // Runs a query on its own connection, as a second program looking at the file would.
    static QVariant scalar(const QString &workspace, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ImportCommandTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ImportCommandTest::Run ImportCommandTest::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(NEWSLINE_BINARY), arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString ImportCommandTest::generate(const QString &folder, int count, const QString &company)
{
    const QString path = m_dir->filePath(folder);
    QDir().mkpath(path);
    for (int i = 0; i < count; ++i) {
        QFile file(path + u"/article-%1.txt"_s.arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        const QDate day = QDate(2023, 1, 1).addDays(i % 700);
        file.write(u"---\ntitle: %1 story %2\npublished: %3\n---\n%1 invested $%2 million in Widget Works %2 on "
                   "%4. \"We are building the future of widgets,\" said Dana Reyes, chief executive of %1.\n\nThe "
                   "deal number %2 closes next month, according to a filing.\n"_s.arg(company)
                       .arg(i + 1)
                       .arg(day.toString(Qt::ISODate), day.toString(u"d MMMM yyyy"_s))
                       .toUtf8());
    }
    return path;
}

QVariant ImportCommandTest::scalar(const QString &workspace, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(workspace);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return value;
}

void ImportCommandTest::testImportTwiceIsIdempotent()
{
    const QString corpus = generate(u"corpus"_s, 30, u"Acme"_s);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    const Run first = run({u"import"_s, workspace, corpus});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), first.err.constData()); // quiet when not on a terminal
    QVERIFY(first.out.isEmpty());
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 30);
    const Run second = run({u"import"_s, workspace, corpus, corpus + u"/article-00003.txt"_s});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 30);

    // A changed file is updated in place, not added.
    QFile changed(corpus + u"/article-00004.txt"_s);
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write("---\ntitle: Corrected story\n---\nAcme withdrew its offer for Widget Works.\n");
    changed.close();
    QCOMPARE(run({u"import"_s, workspace, corpus}).exitCode, 0);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 30);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles WHERE title = 'Corrected story'"_s).toInt(), 1);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles WHERE title = 'Acme story 5'"_s).toInt(), 0);
}

void ImportCommandTest::testBadFilesReportedOthersImported()
{
    const QString corpus = generate(u"corpus"_s, 3, u"Acme"_s);
    QFile bad(corpus + u"/bad.txt"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Caf\xE9\n");
    bad.close();
    // A pipe nobody writes to would block the import forever; it is named and the others are imported.
    QCOMPARE(::mkfifo(QFile::encodeName(corpus + u"/pipe.txt"_s).constData(), 0600), 0);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    const Run r = run({u"import"_s, workspace, corpus, m_dir->filePath(u"missing.txt"_s)});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(r.err.contains("pipe.txt: is not a regular file"), r.err.constData());
    QVERIFY(r.err.contains("bad.txt: not valid UTF-8 (invalid byte 0xe9 at byte offset 3)\n"));
    QVERIFY(r.err.contains("missing.txt: no such file or folder\n"));
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 3);
}

void ImportCommandTest::testKillMidImport()
{
    constexpr int Count = 2000;
    constexpr int Batch = 40;
    const QString corpus = generate(u"corpus"_s, Count, u"Acme"_s);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    QProcess process;
    process.start(QStringLiteral(NEWSLINE_BINARY),
                  {u"import"_s, u"--batch-size"_s, QString::number(Batch), workspace, corpus});
    QVERIFY(process.waitForStarted());
    // Kill it once a few batches are in, while it is busy with the next one.
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (process.state() == QProcess::Running && timer.elapsed() < 120000) {
        if (QFileInfo::exists(workspace)) {
            seen = scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt();
            if (seen >= 3 * Batch) {
                break;
            }
        }
        QTest::qWait(5);
    }
    if (process.state() != QProcess::Running) {
        QSKIP("the import finished before it could be killed; the machine is faster than this corpus is large");
    }
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    const int count = scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt();
    QVERIFY2(count >= seen && count < Count, qPrintable(QString::number(count)));
    QCOMPARE(count % Batch, 0); // whole batches only
    // No half article: every stored article has its full text, its sentences and its search index entry.
    QCOMPARE(
        scalar(workspace, u"SELECT count(*) FROM articles WHERE length(sentences) = 0 OR sentences IS NULL"_s).toInt(),
        0);
    QCOMPARE(
        scalar(workspace, u"SELECT count(*) FROM articles WHERE text NOT LIKE '%according to a filing.%'"_s).toInt(),
        0);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'filing'"_s).toInt(),
             count);
    QString error;
    {
        auto reopened = Workspace::open(workspace, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->articleCount(), count);
        QVERIFY(reopened->eventsOutdated()); // the import never reached its event build
    }
    // Importing again finishes the job without duplicates.
    const Run again = run({u"import"_s, workspace, corpus});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), Count);
    QCOMPARE(scalar(workspace, u"SELECT value FROM meta WHERE key = 'events_outdated'"_s).toString(), u"0"_s);
}

void ImportCommandTest::testTwoProcessesOnOneWorkspace()
{
    const QString left = generate(u"left"_s, 200, u"Acme"_s);
    const QString right = generate(u"right"_s, 200, u"Globex"_s);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    QCOMPARE(run({u"import"_s, workspace, generate(u"seed"_s, 1, u"Initech"_s)}).exitCode, 0);
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, u"--batch-size"_s, u"10"_s, workspace, left});
    b.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, u"--batch-size"_s, u"10"_s, workspace, right});
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    QCOMPARE(a.exitCode(), 0);
    QVERIFY2(a.readAllStandardError().isEmpty(), "first import complained");
    QCOMPARE(b.exitCode(), 0);
    QVERIFY2(b.readAllStandardError().isEmpty(), "second import complained");
    QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 401);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Globex'"_s).toInt(), 200);
}

void ImportCommandTest::testRefusesForeignWorkspace()
{
    const QString corpus = generate(u"corpus"_s, 2, u"Acme"_s);
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("My shopping list: milk, eggs.\n");
    file.close();
    const Run r = run({u"import"_s, notes, corpus});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a Newsline workspace"), r.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("My shopping list: milk, eggs.\n"));
}

void ImportCommandTest::testUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("import-without-paths")
        << QStringList{u"import"_s, u"ws.newsline"_s} << QByteArray("give a workspace");
    QTest::newRow("import-bad-batch") << QStringList{u"import"_s, u"--batch-size"_s, u"zero"_s, u"ws"_s, u"x"_s}
                                      << QByteArray("--batch-size");
    QTest::newRow("search-without-workspace") << QStringList{u"search"_s, u"words"_s} << QByteArray("give a query");
    QTest::newRow("search-missing-workspace")
        << QStringList{u"search"_s, u"words"_s, u"/nonexistent/ws.newsline"_s} << QByteArray("no such workspace");
    QTest::newRow("search-only-punctuation")
        << QStringList{u"search"_s, u"--"_s, u"- *"_s, u"ws.newsline"_s} << QByteArray("no word");
}

void ImportCommandTest::testUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void ImportCommandTest::testSearchCommand()
{
    const QString corpus = generate(u"corpus"_s, 5, u"Acme"_s);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    QCOMPARE(run({u"import"_s, workspace, corpus}).exitCode, 0);
    // Quotes stored by hand, so that the person search does not depend on the quote finder.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"quotes"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id FROM articles ORDER BY id LIMIT 1"_s) && q.next());
        const int article = q.value(0).toInt();
        q.finish();
        for (const QString &sql :
             {u"INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker, speaker_role, sort_date) VALUES "
              "(%1, 10, 0, 5, 'We will enable partners to train models.', 'Brad Smith', 'President of Microsoft', "
              "'2024-02-26')"_s,
              u"INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker, sort_date) VALUES (%1, 11, 0, 5, "
              "'It is too early to answer.', 'Brad Smith', '2024-02-26')"_s,
              u"INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker, sort_date) VALUES (%1, 12, 0, 5, "
              "'Smith said nothing of the kind.', 'Anna Jones', '2024-02-26')"_s,
              // The store indexes the quotes it writes; these are indexed by rebuilding the index.
              u"INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')"_s}) {
            QVERIFY2(q.exec(sql.arg(article)), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"quotes"_s);

    const Run person = run({u"search"_s, u"--person"_s, u"Brad Smith"_s, workspace});
    QCOMPARE(person.exitCode, 0);
    const QList<QByteArray> lines = person.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.contains("Brad Smith"), line.constData());
        QVERIFY2(line.contains("Acme story"), line.constData()); // the article it came from
    }
    QVERIFY(person.out.contains("President of Microsoft"));

    const Run words = run({u"search"_s, u"--quotes"_s, u"early"_s, workspace});
    QCOMPARE(words.exitCode, 0);
    QVERIFY2(words.out.contains("[early]"), words.out.constData());

    const Run articles = run({u"search"_s, u"--articles"_s, u"--limit"_s, u"3"_s, u"widgets"_s, workspace});
    QCOMPARE(articles.exitCode, 0);
    QCOMPARE(articles.out.count("[widgets]") > 0, true);
    QCOMPARE(articles.out.count("\n    "), 3); // one snippet line per article, limited to 3

    const Run nothing = run({u"search"_s, u"semiconductor"_s, workspace});
    QCOMPARE(nothing.exitCode, 1);
}

QTEST_GUILESS_MAIN(ImportCommandTest)
void ImportCommandTest::testTwoImportersCreateOneWorkspace()
{
    // Two imports that create the same new workspace at the same instant: both end well, nothing is lost, and the file
    // is whole. Repeated, since the race is decided differently each time.
    const QString left = generate(u"left"_s, 6, u"Acme"_s);
    const QString right = generate(u"right"_s, 6, u"Globex"_s);
    for (int round = 0; round < 6; ++round) {
        const QString workspace = m_dir->filePath(u"new-%1.newsline"_s.arg(round));
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, workspace, left});
        b.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, workspace, right});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QByteArray errors = a.readAllStandardError() + b.readAllStandardError();
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, errors.constData());
        QVERIFY2(errors.isEmpty(), errors.constData());
        QVERIFY(QFileInfo(workspace).isFile());
        QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 12);
        // No temporary file of either creator is left beside it.
        QCOMPARE(QDir(m_dir->path()).entryList({u"new-%1*"_s.arg(round)}, QDir::Files | QDir::Hidden).filter(u"tmp"_s),
                 QStringList());
    }
}

void ImportCommandTest::testRepeatedKillsDuringImport()
{
    // kill -9 at different moments of one import, again and again: each time the workspace is whole and what was
    // committed stays; the last import completes it exactly.
    constexpr int Count = 400;
    constexpr int Batch = 10;
    const QString corpus = generate(u"corpus"_s, Count, u"Acme"_s);
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    int previous = 0;
    int kills = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess process;
        process.start(QStringLiteral(NEWSLINE_BINARY),
                      {u"import"_s, u"--batch-size"_s, QString::number(Batch), workspace, corpus});
        QVERIFY(process.waitForStarted());
        // From the very start (creation) to well into the import.
        QTest::qWait(40 + 90 * round);
        if (process.state() != QProcess::Running) {
            // Done before the kill (waitForFinished() is false for a process that has already ended).
            process.waitForFinished(60000);
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            break;
        }
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        ++kills;
        if (!QFileInfo::exists(workspace)) {
            continue; // killed while creating it: nothing half made is left under its name
        }
        QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const int count = scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt();
        QVERIFY2(count >= previous, qPrintable(u"%1 < %2"_s.arg(count).arg(previous)));
        previous = count;
    }
    QVERIFY(kills > 0);
    const Run last = run({u"import"_s, workspace, corpus});
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), Count);
    QCOMPARE(scalar(workspace, u"SELECT count(DISTINCT hash) FROM articles"_s).toInt(), Count);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'filing'"_s).toInt(),
             Count);
    QCOMPARE(scalar(workspace, u"SELECT value FROM meta WHERE key = 'events_outdated'"_s).toString(), u"0"_s);
}

void ImportCommandTest::testNewerExtractionNotRedone()
{
    // Articles extracted by a newer Newsline: an older program would redo them with its older rules. It refuses to
    // write and says why; the file stays as it was.
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    QCOMPARE(run({u"import"_s, workspace, generate(u"seed"_s, 3, u"Initech"_s)}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"UPDATE articles SET extractor_version = '99.0.9999-feedface'"_s));
        QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    QFile file(workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    const Run r = run({u"import"_s, workspace, generate(u"more"_s, 2, u"Globex"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("newer Newsline") && r.err.contains("read-only"), r.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 3);
    // Reading it is still fine.
    QCOMPARE(run({u"search"_s, u"Initech"_s, workspace}).exitCode, 0);
}

void ImportCommandTest::testSearchOnDamagedIndexFails()
{
    // A damaged full-text index is an error (exit 2, by the help), not "Quotes (0) Articles (0)".
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    QCOMPARE(run({u"import"_s, workspace, generate(u"seed"_s, 5, u"Initech"_s)}).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"UPDATE articles_fts_data SET block = X'0102030405' WHERE id > 10"_s));
        QVERIFY(QSqlQuery(db).exec(u"UPDATE quotes_fts_data SET block = X'0102030405' WHERE id > 10"_s));
        QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    const Run r = run({u"search"_s, u"Initech"_s, workspace});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("newsline search: "), r.err.constData());
    QVERIFY2(!r.err.contains("Unable to"), r.err.constData());
    QVERIFY2(!r.out.contains("Quotes (0)"), r.out.constData());
}

#include "importcommandtest.moc"

void ImportCommandTest::testFullDiskKeepsWorkspaceUsable()
{
    // The disk fills up during an import: the program says so in plain words and stops; what was imported before is
    // still there, the file is whole, and once there is room again the same import completes.
    const QString workspace = m_dir->filePath(u"ws.newsline"_s);
    const QString first = generate(u"first"_s, 20, u"Acme"_s);
    const QString more = generate(u"more"_s, 400, u"Globex"_s);
    QCOMPARE(run({u"import"_s, workspace, first}).exitCode, 0);
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 20);

    // No file of the import may grow past a little more than the workspace is now, as on a disk with that room left.
    const rlim_t room = rlim_t(QFileInfo(workspace).size() + 128 * 1024);
    QProcess process;
    process.setChildProcessModifier([room] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{room, room};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, workspace, more});
    QVERIFY(process.waitForFinished(300000));
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() != 0, qPrintable(error));
    QVERIFY2(error.contains(u"ws.newsline"_s), qPrintable(error));
    for (const QString &raw : {u"Unable to"_s, u"SQL"_s, u"sqlite"_s, u"disk I/O error"_s}) {
        QVERIFY2(!error.contains(raw, Qt::CaseInsensitive), qPrintable(error));
    }

    QCOMPARE(scalar(workspace, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QVERIFY(scalar(workspace, u"SELECT count(*) FROM articles WHERE title LIKE 'Acme%'"_s).toInt() == 20);
    const Run search = run({u"search"_s, u"widgets"_s, workspace});
    QVERIFY2(search.out.contains("Acme"), search.out.constData());
    QVERIFY2(search.exitCode == 0, search.err.constData());
    const Run again = run({u"import"_s, workspace, more});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(scalar(workspace, u"SELECT count(*) FROM articles"_s).toInt(), 420);
}
