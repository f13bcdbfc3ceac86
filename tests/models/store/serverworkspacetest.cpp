// A workspace on PostgreSQL, against a throw-away server of the test's own, for what only a server has: copies between
// a file and a server, a read-only role, connections that fail saying why on one line without waiting, a server that
// goes away and comes back, other programs' commits told at once, importers at once and one killed, and the command
// line with postgresql:// addresses. (The store's own tests run against a server too: workspacetest_server and
// correctiontest_server.)
#include "correction.h"
#include "craftedworkspace.h"
#include "pgtestserver.h"
#include "serverstore.h"
#include "workspace.h"
#include "workspacecopy.h"
#include "workspaceimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ServerWorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testTsQuery_data();
    void testTsQuery();
    void testCopyToServerAndBack();
    void testReadOnlyRole();
    void testConnectionsThatFail_data();
    void testConnectionsThatFail();
    void testForeignDatabase();
    void testTwoProgramsMakeTheSchemaOnce();
    void testOtherConnectionsAreTold();
    void testCommandLine();
    void testServerGoesAway();
    void testLooseQueriesRankRecentMatches();
    void testKilledImportKeepsFinishedBatches();

private:
    // A file workspace of invented stories; the analyst gave the Ardent quote to another speaker.
    std::unique_ptr<Workspace> makeWorkspace(const QString &name);
    static int run(const QStringList &arguments, QString *out, QString *err);

    PgTestServer m_server;
    QTemporaryDir m_dir;
};

void ServerWorkspaceTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void ServerWorkspaceTest::testTsQuery_data()
{
    QTest::addColumn<QString>("fts");
    QTest::addColumn<QString>("expected");
    // The store's own FTS5 queries, as Workspace::ftsQuery and the person filters write them.
    QTest::newRow("words") << Workspace::ftsQuery(u"AI cranes"_s) << u"ai & cranes:*"_s;
    QTest::newRow("phrase and prefix") << Workspace::ftsQuery(u"\"cold storage\" grain*"_s)
                                       << u"(cold <-> storage) & grain:*"_s;
    QTest::newRow("speaker filter") << u"(\"cranes\"*) AND speaker : \"ada\"*"_s << u"( cranes:* ) & ada:*A"_s;
    QTest::newRow("speaker or role") << u"{speaker speaker_role} : \"ceo\"* AND {speaker speaker_role} : \"nw\"*"_s
                                     << u"ceo:*AB & nw:*AB"_s;
    QTest::newRow("a name of two words") << u"speaker : \"Okafor-Nwosu\"*"_s << u"(okafor:A <-> nwosu:*A)"_s;
    // tsquery syntax never reaches the server: only words do.
    QTest::newRow("syntax") << Workspace::ftsQuery(u"a&!b|(c:*<->d)'"_s) << u"(a <-> b <-> c <-> d:*)"_s;
    QTest::newRow("nothing") << u"\"&&\" AND ()"_s << QString();
}

void ServerWorkspaceTest::testTsQuery()
{
    QFETCH(QString, fts);
    QFETCH(QString, expected);
    QCOMPARE(ServerStore::tsQuery(fts), expected);
}

std::unique_ptr<Workspace> ServerWorkspaceTest::makeWorkspace(const QString &name)
{
    const QStringList files = CraftedWorkspace::writeArticles(
        m_dir.filePath(name),
        {"---\ntitle: Ardent Ports buys Kell Cranes\npublished: 2025-02-03\n---\nArdent Ports agreed to buy Kell "
         "Cranes for $90 million on Monday.\n\n\"Our quays need heavier cranes before the grain season,\" said "
         "Adaeze Nwosu, chief executive of Ardent Ports.\n",
         "---\ntitle: Morrow Foods and Tessel Farms team up\npublished: 2025-04-08\n---\nMorrow Foods formed a "
         "partnership with Tessel Farms on April 7, 2025.\n\n\"Cold storage decides who wins this market,\" said "
         "Ivo Brandt, a director of Tessel Farms.\n"});
    QString error;
    auto workspace = Workspace::create(m_dir.filePath(name + u".newsline"_s), &error);
    if (!workspace || WorkspaceImporter(*workspace).importFiles(files).added != 2) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const QuoteRow grain = workspace->searchQuotes(u"grain"_s).value(0).quote;
    Correction speaker;
    speaker.kind = Correction::Kind::EditQuote;
    speaker.target = {workspace->articleHash(grain.articleId), grain.start, grain.end, u"quote"_s};
    speaker.values = {{u"speaker"_s, u"Adaeze Okafor-Nwosu"_s}};
    speaker.evidence = {{speaker.target.articleHash, grain.start, grain.end, grain.text}};
    speaker.author = u"ana"_s;
    if (workspace->addCorrection(speaker) <= 0) {
        qWarning("%s", qPrintable(workspace->lastError()));
        return nullptr;
    }
    return workspace;
}

int ServerWorkspaceTest::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    process.start(QStringLiteral(NEWSLINE_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void ServerWorkspaceTest::testCopyToServerAndBack()
{
    auto file = makeWorkspace(u"copy"_s);
    QVERIFY(file);
    QString error;
    auto server = Workspace::openOrCreate(m_server.uri(), &error);
    QVERIFY2(server, qPrintable(error));
    QVERIFY(server->isServer());
    QVERIFY(!server->isReadOnly());
    // The title never shows the password; reopening takes the whole address.
    QCOMPARE(server->path(), m_server.uri());
    QList<int> progress;
    const WorkspaceCopy::Result copied = WorkspaceCopy::copy(
        *file, *server,
        [&progress](int done, int) {
            progress.append(done);
            return true;
        },
        1);
    QVERIFY2(copied.failure.isEmpty(), qPrintable(copied.failure));
    QCOMPARE(copied.added, 2);
    QCOMPARE(copied.corrections, 1);
    QCOMPARE(progress, (QList<int>{1, 2}));
    QCOMPARE(server->articleCount(), 2);

    // Ranked search with snippets, by words, by phrase, by person as typed, with the analyst's speaker.
    const QList<QuoteHit> hits = server->searchQuotes(u"heavier cranes"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().quote.speaker, u"Adaeze Okafor-Nwosu"_s);
    QVERIFY(hits.first().quote.corrected);
    QVERIFY2(hits.first().snippet.contains(u"[heavier] [cranes]"_s), qPrintable(hits.first().snippet));
    QCOMPARE(hits.first().quote.published, QDate(2025, 2, 3));
    QCOMPARE(server->searchQuotes(u"\"storage decides\""_s).size(), 1);
    QCOMPARE(server->searchQuotes(u"\"decides storage\""_s).size(), 0);
    QCOMPARE(server->quoteCountOfPerson(u"okaf"_s), 1);
    QCOMPARE(server->quotesOfPerson(0, 10, u"okaf"_s).value(0).speaker, u"Adaeze Okafor-Nwosu"_s);
    QCOMPARE(server->searchQuotesOfPerson(u"cranes"_s, u"Brandt"_s).size(), 0);
    QCOMPARE(server->searchQuotesOfPerson(u"market"_s, u"Brandt"_s).size(), 1);
    QCOMPARE(server->searchQuoteCountOfPerson(u"market"_s, u"director"_s), 1);
    const QList<ArticleHit> articles = server->searchArticles(u"Tessel"_s);
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().article.title, u"Morrow Foods and Tessel Farms team up"_s);
    QCOMPARE(server->searchArticleCount(u"cranes"_s), 1);

    // The events are the file's: built from the same reports, with the same corrections over them.
    const WorkspaceSnapshot fromFile = file->snapshot();
    const WorkspaceSnapshot fromServer = server->snapshot();
    QVERIFY(!fromFile.corpus.events.isEmpty());
    QCOMPARE(fromServer.corpus.events.size(), fromFile.corpus.events.size());
    for (qsizetype i = 0; i < fromFile.corpus.events.size(); ++i) {
        QCOMPARE(fromServer.corpus.events.at(i).summary, fromFile.corpus.events.at(i).summary);
        QCOMPARE(fromServer.corpus.events.at(i).date, fromFile.corpus.events.at(i).date);
    }
    QCOMPARE(fromServer.articleHashes, fromFile.articleHashes);

    // Copying again, or another analyst's workspace of the same stories, stores nothing twice.
    const WorkspaceCopy::Result again = WorkspaceCopy::copy(*file, *server);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.alreadyThere, 2);
    QCOMPARE(again.corrections, 0);
    QCOMPARE(server->correctionCount(), 1);

    // And back to a new file, which an analyst takes away: the same quotes, speakers, events and corrections.
    auto back = Workspace::create(m_dir.filePath(u"back.newsline"_s), &error);
    QVERIFY2(back, qPrintable(error));
    const WorkspaceCopy::Result home = WorkspaceCopy::copy(*server, *back);
    QVERIFY2(home.failure.isEmpty(), qPrintable(home.failure));
    QCOMPARE(home.added, 2);
    QCOMPARE(home.corrections, 1);
    QCOMPARE(back->searchQuotes(u"grain"_s).value(0).quote.speaker, u"Adaeze Okafor-Nwosu"_s);
    QCOMPARE(back->snapshot().corpus.events.size(), fromFile.corpus.events.size());
    QCOMPARE(back->corrections().value(0).author, u"ana"_s);
}

void ServerWorkspaceTest::testReadOnlyRole()
{
    QString error;
    QVERIFY2(m_server.exec(u"newsline"_s,
                           {u"CREATE ROLE reader LOGIN PASSWORD 'harbour-light'"_s,
                            u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_s},
                           &error),
             qPrintable(error));
    auto workspace = Workspace::open(m_server.uri(u"reader"_s, u"harbour-light"_s), &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(workspace->isReadOnly());
    QVERIFY2(workspace->readOnlyNotice().contains(u"may only read"_s), qPrintable(workspace->readOnlyNotice()));
    // The password is never shown.
    QVERIFY(!workspace->readOnlyNotice().contains(u"harbour-light"_s));
    auto file = makeWorkspace(u"reader"_s);
    QVERIFY(file);
    const WorkspaceCopy::Result copied = WorkspaceCopy::copy(*file, *workspace);
    QCOMPARE(copied.added, 0);
    QVERIFY2(copied.failure.contains(u"read-only"_s), qPrintable(copied.failure));
    const ImportResult imported = WorkspaceImporter(*workspace).importFiles({m_dir.filePath(u"reader"_s)});
    QVERIFY2(imported.failure.contains(u"read-only"_s), qPrintable(imported.failure));
    Correction note;
    note.kind = Correction::Kind::DeleteQuote;
    note.target = {workspace->articleHash(1), 0, 1, u"quote"_s};
    QCOMPARE(workspace->addCorrection(note), -1);
    // Reading, searching and the events work as for anyone.
    QCOMPARE(workspace->searchQuotes(u"cranes"_s).size(), 1);
    QVERIFY(!workspace->snapshot().corpus.events.isEmpty());
}

void ServerWorkspaceTest::testConnectionsThatFail_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << m_server.uri(u"reader"_s, u"wrong"_s) << u"password authentication failed"_s;
    QTest::newRow("no server there") << u"postgresql://newsline@127.0.0.1:1/newsline"_s << u"cannot connect"_s;
    // An address that never answers (TEST-NET-1) is given up on at the timeout asked for, not waited on.
    QTest::newRow("no answer") << u"postgresql://newsline@192.0.2.1/newsline?connect_timeout=2"_s
                               << u"cannot connect"_s;
    QTest::newRow("not an address") << u"postgresql://newsline@[bad/newsline"_s << u"not a team workspace"_s;
    QTest::newRow("option with a space") << m_server.uri() + u"&sslmode=require%20x"_s << u"cannot be passed"_s;
}

void ServerWorkspaceTest::testConnectionsThatFail()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!Workspace::open(uri, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    // The password never shows in a message.
    QVERIFY(!error.contains(u"wrong"_s));
    QVERIFY2(timer.elapsed() < 15000, "a connection that fails must not hang");
}

void ServerWorkspaceTest::testForeignDatabase()
{
    // A database holding another program's tables is left alone, not taken for a workspace or written to.
    QString error;
    QVERIFY2(m_server.exec(u"postgres"_s, {u"CREATE DATABASE other"_s}, &error), qPrintable(error));
    QVERIFY2(m_server.exec(u"other"_s, {u"CREATE TABLE articles (id int)"_s}, &error), qPrintable(error));
    QVERIFY(!Workspace::open(m_server.uri(PgTestServer::superuser(), {}, u"other"_s), &error));
    QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    // One of a newer format is refused, not misread.
    QVERIFY2(m_server.exec(u"postgres"_s, {u"CREATE DATABASE newer"_s}, &error), qPrintable(error));
    QVERIFY(Workspace::openOrCreate(m_server.uri(PgTestServer::superuser(), {}, u"newer"_s), &error));
    QVERIFY2(m_server.exec(u"newer"_s, {u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s}, &error),
             qPrintable(error));
    QVERIFY(!Workspace::open(m_server.uri(PgTestServer::superuser(), {}, u"newer"_s), &error));
    QVERIFY2(error.contains(u"newer Newsline"_s), qPrintable(error));
}

void ServerWorkspaceTest::testTwoProgramsMakeTheSchemaOnce()
{
    // Two programs open a new, empty database at the same moment: one makes the workspace, the other finds it made.
    QString error;
    QVERIFY2(m_server.exec(u"postgres"_s, {u"CREATE DATABASE fresh"_s}, &error), qPrintable(error));
    const QString uri = m_server.uri(PgTestServer::superuser(), {}, u"fresh"_s);
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->start(QStringLiteral(NEWSLINE_BINARY), {u"search"_s, u"cranes"_s, uri});
    }
    for (QProcess *process : {&first, &second}) {
        QVERIFY(process->waitForFinished(60000));
        // Nothing found (status 1), not a failure (2).
        QVERIFY2(process->exitCode() == 1, process->readAllStandardError().constData());
    }
    QVERIFY(Workspace::open(uri, &error));
}

void ServerWorkspaceTest::testOtherConnectionsAreTold()
{
    QString error;
    auto mine = Workspace::open(m_server.uri(), &error);
    QVERIFY2(mine, qPrintable(error));
    auto theirs = Workspace::open(m_server.uri(), &error);
    QVERIFY2(theirs, qPrintable(error));
    const qint64 seenByMe = mine->dataVersion();
    const qint64 seenByThem = theirs->dataVersion();
    const QuoteRow market = theirs->searchQuotes(u"market"_s).value(0).quote;
    Correction speaker;
    speaker.kind = Correction::Kind::EditQuote;
    speaker.target = {theirs->articleHash(market.articleId), market.start, market.end, u"quote"_s};
    speaker.values = {{u"speaker"_s, u"Ivo Brandt-Lemaire"_s}};
    speaker.evidence = {{speaker.target.articleHash, market.start, market.end, market.text}};
    const qint64 id = theirs->addCorrection(speaker);
    QVERIFY2(id > 0, qPrintable(theirs->lastError()));
    // The other connection hears of the commit (LISTEN/NOTIFY), without asking the server for anything.
    QTRY_VERIFY_WITH_TIMEOUT(mine->dataVersion() != seenByMe, 5000);
    QCOMPARE(mine->searchQuotes(u"market"_s).value(0).quote.speaker, u"Ivo Brandt-Lemaire"_s);
    // A connection's own commits are not news to it.
    QTest::qWait(200);
    QCOMPARE(theirs->dataVersion(), seenByThem);
    QVERIFY(theirs->removeCorrection(id));
}

void ServerWorkspaceTest::testCommandLine()
{
    auto file = makeWorkspace(u"cli"_s);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    QString out;
    QString err;
    QCOMPARE(run({u"copy-workspace"_s, path, m_server.uri()}, &out, &err), 0);
    // The stories are on the server already (copied by the tests before): nothing is added twice.
    QVERIFY2(out.contains(u"0 articles added"_s) && out.contains(u"2 already there"_s), qPrintable(out + err));
    QCOMPARE(run({u"search"_s, u"--quotes"_s, u"heavier cranes"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"[heavier] [cranes]"_s), qPrintable(out + err));
    QCOMPARE(run({u"search"_s, u"--person"_s, u"Brandt"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Ivo Brandt"_s) && !out.contains(u"cranes"_s), qPrintable(out));
    QCOMPARE(run({u"search"_s, u"icebergs"_s, m_server.uri()}, &out, &err), 1);
    // Wrong addresses are one clear line and status 2.
    QCOMPARE(run({u"search"_s, u"cranes"_s, m_server.uri(u"reader"_s, u"wrong"_s)}, &out, &err), 2);
    QVERIFY2(err.trimmed().count(u'\n') == 0 && err.contains(u"password authentication failed"_s), qPrintable(err));
    // A briefing of the team workspace.
    const QString pdf = m_dir.filePath(u"team.pdf"_s);
    QCOMPARE(run({u"brief"_s, u"--out"_s, pdf, m_server.uri()}, &out, &err), 0);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    // Importing into the server reads and extracts like importing into a file, and adds only new content.
    CraftedWorkspace::writeArticles(
        m_dir.filePath(u"more"_s),
        {"---\ntitle: Vell Mining sells its smelter\npublished: 2025-06-10\n---\nVell Mining sold its smelter to "
         "Oradea Metals for $60 million on June 9, 2025.\n\n\"The smelter needs an owner who will invest,\" said "
         "Petra Lund, a spokeswoman for Vell Mining.\n"});
    QCOMPARE(run({u"import"_s, m_server.uri(), m_dir.filePath(u"more"_s)}, &out, &err), 0);
    QCOMPARE(run({u"search"_s, u"--quotes"_s, u"smelter"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Petra Lund"_s), qPrintable(out + err));
    QCOMPARE(run({u"import"_s, m_server.uri(), m_dir.filePath(u"more"_s)}, &out, &err), 0);
    QString error;
    auto team = Workspace::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    QCOMPARE(team->articleCount(), 3);
    // Two analysts importing the same new stories at the same moment: each story is stored once, the events built
    // from both.
    CraftedWorkspace::writeArticles(
        m_dir.filePath(u"both"_s),
        {"---\ntitle: Quill Air leases jets\npublished: 2025-07-01\n---\nQuill Air agreed to lease six jets from "
         "Harrow Leasing on June 30, 2025.\n",
         "---\ntitle: Brisa Telecom buys Norte Fibre\npublished: 2025-07-02\n---\nBrisa Telecom bought Norte Fibre "
         "for $210 million on July 1, 2025.\n"});
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->start(QStringLiteral(NEWSLINE_BINARY),
                       {u"import"_s, u"--batch-size"_s, u"1"_s, m_server.uri(), m_dir.filePath(u"both"_s)});
    }
    for (QProcess *process : {&first, &second}) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QCOMPARE(team->articleCount(), 5);
    QVERIFY(!team->eventsOutdated());
    const QList<Event> events = team->snapshot().corpus.events;
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
                        [](const Event &e) { return e.actors.contains(u"Brisa Telecom"_s); }));
    QCOMPARE(run({u"import"_s, m_server.uri(u"reader"_s, u"harbour-light"_s), m_dir.filePath(u"more"_s)}, &out, &err),
             2);
    QVERIFY2(err.contains(u"read-only"_s), qPrintable(err));
    // And the team workspace back to a file.
    const QString taken = m_dir.filePath(u"taken.newsline"_s);
    QCOMPARE(run({u"copy-workspace"_s, m_server.uri(), taken}, &out, &err), 0);
    QVERIFY2(out.contains(u"5 articles added"_s), qPrintable(out + err));
    QCOMPARE(run({u"search"_s, u"--quotes"_s, u"smelter"_s, taken}, &out, &err), 0);
    QVERIFY2(out.contains(u"Petra Lund"_s), qPrintable(out + err));
    // The server and the file taken from it export the same events (corrections applied) and quotes.
    for (const QString &format : {u"json"_s, u"quotes-csv"_s}) {
        QString fromFile;
        QCOMPARE(run({u"export"_s, u"--format"_s, format, taken}, &fromFile, &err), 0);
        QString fromServer;
        QCOMPARE(run({u"export"_s, u"--format"_s, format, m_server.uri()}, &fromServer, &err), 0);
        QVERIFY2(fromServer.contains(format == "json"_L1 ? u"Brisa Telecom"_s : u"Petra Lund"_s),
                 qPrintable(fromServer.left(400)));
        QCOMPARE(fromServer, fromFile);
    }
}

void ServerWorkspaceTest::testServerGoesAway()
{
    QString error;
    auto team = Workspace::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    QCOMPARE(team->searchQuotes(u"cranes"_s).size(), 1);
    const qint64 version = team->dataVersion();
    // The server stops mid-session: a search says so on one line and finds nothing; nothing is half-written.
    m_server.stop();
    QVERIFY(team->searchQuotes(u"cranes"_s).isEmpty());
    QVERIFY(!team->lastError().isEmpty());
    QVERIFY2(!team->lastError().contains(u'\n'), qPrintable(team->lastError()));
    (void)team->dataVersion();
    QVERIFY2(team->lastError().contains(u"cannot be reached"_s), qPrintable(team->lastError()));
    // Back again: the connection is made again when the window next asks for news, and everything reads again.
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QVERIFY(team->dataVersion() != version);
    QVERIFY(team->lastError().isEmpty());
    QCOMPARE(team->searchQuotes(u"cranes"_s).size(), 1);
    QCOMPARE(team->articleCount(), 5);
}

void ServerWorkspaceTest::testLooseQueriesRankRecentMatches()
{
    QString error;
    auto team = Workspace::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    // "who" is in two quotes: every match ranked by default, only the one stored last when one candidate is ranked.
    QCOMPARE(team->searchQuotes(u"who"_s).size(), 2);
    SearchOptions loose;
    loose.rankedCandidates = 1;
    const QList<QuoteHit> recent = team->searchQuotes(u"who"_s, loose);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().quote.speaker, u"Petra Lund"_s);
    QCOMPARE(team->searchArticles(u"who"_s, loose).size(), 1);
}

void ServerWorkspaceTest::testKilledImportKeepsFinishedBatches()
{
    QString error;
    auto team = Workspace::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    const int before = team->articleCount();
    const QString folder = m_dir.filePath(u"killed"_s);
    CraftedWorkspace::writeArticles(folder, CraftedWorkspace::articles(300));
    // Killed while it stores, one article per transaction: what it committed is whole, the rest is not there.
    QProcess import;
    import.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, u"--batch-size"_s, u"1"_s, m_server.uri(), folder});
    QVERIFY(import.waitForStarted());
    int seen = before;
    QElapsedTimer waited;
    waited.start();
    while (seen == before && waited.elapsed() < 120000 && import.state() == QProcess::Running) {
        QTest::qWait(2);
        seen = team->articleCount();
    }
    import.kill();
    QVERIFY(import.waitForFinished(10000));
    const int kept = team->articleCount();
    QVERIFY2(kept > before, "the import never stored an article");
    QVERIFY2(kept < before + 300, "the import finished before it was killed: nothing was tested");
    // Every article kept has its quote: no batch was half-written.
    QCOMPARE(team->searchQuoteCountOfPerson(u"harbour"_s, {}), kept - before);
    // Importing again finishes the work, adding each story once, and brings the events up to date.
    QProcess again;
    again.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, m_server.uri(), folder});
    QVERIFY(again.waitForFinished(120000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(team->articleCount(), before + 300);
    QCOMPARE(team->searchQuoteCountOfPerson(u"harbour"_s, {}), 300);
    QVERIFY(!team->eventsOutdated());
}

QTEST_GUILESS_MAIN(ServerWorkspaceTest)
#include "serverworkspacetest.moc"
