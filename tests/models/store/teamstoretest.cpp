// The team workspace on PostgreSQL, against a throw-away server of the test's own: file workspaces copied to it once
// per article content, searched by words and by person, a read-only role, and connections that fail say why on one
// line without waiting.
#include "teamstore.h"

#include "correction.h"
#include "craftedworkspace.h"
#include "pgtestserver.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class TeamStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testTsQuery_data();
    void testTsQuery();
    void testCopyAndSearch();
    void testReadOnlyRole();
    void testConnectionsThatFail_data();
    void testConnectionsThatFail();
    void testCommandLine();
    void testServerGoesAway();
    void testLooseQueriesRankRecentMatches();
    void testKilledImportKeepsFinishedBatches();

private:
    // A file workspace of invented stories; the analyst gave the Ardent quote to another speaker.
    std::unique_ptr<Workspace> makeWorkspace(const QString &name);

    PgTestServer m_server;
    QTemporaryDir m_dir;
};

void TeamStoreTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TeamStoreTest::testTsQuery_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("prefixes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"Harbour cranes"_s << false << u"harbour & cranes"_s;
    QTest::newRow("phrase and prefix") << u"\"cold storage\" grain*"_s << false << u"(cold <-> storage) & grain:*"_s;
    QTest::newRow("person") << u"Ada Nwo"_s << true << u"ada:* & nwo:*"_s;
    // tsquery syntax never leaks in: only words reach the server.
    QTest::newRow("syntax") << u"a & !b | (c:* <-> d)'"_s << false << u"a & b & c & d"_s;
    QTest::newRow("nothing") << u"&& !! ()"_s << false << QString();
}

void TeamStoreTest::testTsQuery()
{
    QFETCH(QString, words);
    QFETCH(bool, prefixes);
    QFETCH(QString, expected);
    QCOMPARE(TeamStore::tsQuery(words, prefixes), expected);
}

std::unique_ptr<Workspace> TeamStoreTest::makeWorkspace(const QString &name)
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
    return workspace;
}

void TeamStoreTest::testCopyAndSearch()
{
    auto file = makeWorkspace(u"copy"_s);
    QVERIFY(file);
    QCOMPARE(file->quoteCount(), 2);
    // The analyst's speaker travels with the quote.
    const QuoteRow grain = file->searchQuotes(u"grain"_s).value(0).quote;
    QVERIFY(!grain.text.isEmpty());
    Correction speaker;
    speaker.kind = Correction::Kind::EditQuote;
    speaker.target = {file->articleHash(grain.articleId), grain.start, grain.end, u"quote"_s};
    speaker.values = {{u"speaker"_s, u"Adaeze Okafor-Nwosu"_s}};
    speaker.evidence = {{speaker.target.articleHash, grain.start, grain.end, QString()}};
    QVERIFY(file->addCorrection(speaker) > 0);

    QString error;
    auto team = TeamStore::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    QVERIFY(!team->isReadOnly());
    QList<int> progress;
    const TeamStore::CopyResult copied =
        team->copyFrom(*file, 1, [&progress](int done, int) { progress.append(done); });
    QVERIFY2(copied.failure.isEmpty(), qPrintable(copied.failure));
    QCOMPARE(copied.added, 2);
    QCOMPARE(copied.quotes, 2);
    QCOMPARE(progress, (QList<int>{1, 2}));
    QCOMPARE(team->articleCount(), 2);

    // Ranked search with snippets, by words, by phrase, by person as typed.
    const QList<QuoteHit> hits = team->searchQuotes(u"heavier cranes"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().quote.speaker, u"Adaeze Okafor-Nwosu"_s);
    QVERIFY2(hits.first().snippet.contains(u"[heavier] [cranes]"_s), qPrintable(hits.first().snippet));
    QCOMPARE(hits.first().quote.published, QDate(2025, 2, 3));
    QCOMPARE(team->searchQuotes(u"\"storage decides\""_s).size(), 1);
    QCOMPARE(team->searchQuotes(u"\"decides storage\""_s).size(), 0);
    SearchOptions byPerson;
    byPerson.person = u"okaf"_s;
    QCOMPARE(team->searchQuotes(QString(), byPerson).size(), 1);
    byPerson.person = u"Brandt"_s;
    QCOMPARE(team->searchQuotes(u"cranes"_s, byPerson).size(), 0);
    QCOMPARE(team->searchQuotes(u"market"_s, byPerson).size(), 1);
    const QList<ArticleHit> articles = team->searchArticles(u"Tessel"_s);
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().article.title, u"Morrow Foods and Tessel Farms team up"_s);

    // Copying again, or from another analyst's workspace of the same stories, stores nothing twice.
    const TeamStore::CopyResult again = team->copyFrom(*file);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.alreadyThere, 2);
    auto other = makeWorkspace(u"other"_s);
    QVERIFY(other);
    auto second = TeamStore::open(m_server.uri(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->copyFrom(*other).added, 0);
    QCOMPARE(second->articleCount(), 2);
    QCOMPARE(second->quoteCount(), 2);
}

void TeamStoreTest::testReadOnlyRole()
{
    QString error;
    {
        // The schema exists (made by the writing role), and the reader may only read it.
        auto team = TeamStore::open(m_server.uri(), &error);
        QVERIFY2(team, qPrintable(error));
    }
    QVERIFY2(m_server.exec(u"newsline"_s,
                           {u"CREATE ROLE reader LOGIN PASSWORD 'harbour-light'"_s,
                            u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_s},
                           &error),
             qPrintable(error));
    auto team = TeamStore::open(m_server.uri(u"reader"_s, u"harbour-light"_s), &error);
    QVERIFY2(team, qPrintable(error));
    QVERIFY(team->isReadOnly());
    auto file = makeWorkspace(u"reader"_s);
    QVERIFY(file);
    const TeamStore::CopyResult copied = team->copyFrom(*file);
    QCOMPARE(copied.added, 0);
    QVERIFY2(copied.failure.contains(u"read-only"_s), qPrintable(copied.failure));
    // Reading works as for anyone.
    QCOMPARE(team->searchQuotes(u"cranes"_s).size(), 1);
    QVERIFY(team->lastError().isEmpty());
}

void TeamStoreTest::testConnectionsThatFail_data()
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

void TeamStoreTest::testConnectionsThatFail()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!TeamStore::open(uri, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    // The password never shows in a message.
    QVERIFY(!error.contains(u"wrong"_s));
    QVERIFY2(timer.elapsed() < 15000, "a connection that fails must not hang");
}

void TeamStoreTest::testCommandLine()
{
    auto file = makeWorkspace(u"cli"_s);
    QVERIFY(file);
    const QString path = file->path();
    file.reset();
    const auto newsline = [](const QStringList &arguments, QString *out, QString *err) {
        QProcess process;
        process.start(QStringLiteral(NEWSLINE_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            return -1;
        }
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QString out;
    QString err;
    QCOMPARE(newsline({u"copy-workspace"_s, path, m_server.uri()}, &out, &err), 0);
    // The stories are on the server already (copied by the tests before): nothing is added twice.
    QVERIFY2(out.contains(u"0 articles added"_s) && out.contains(u"2 already there"_s), qPrintable(out + err));
    QCOMPARE(newsline({u"search"_s, u"--quotes"_s, u"heavier cranes"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"[heavier] [cranes]"_s), qPrintable(out + err));
    QCOMPARE(newsline({u"search"_s, u"--person"_s, u"Brandt"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Ivo Brandt"_s) && !out.contains(u"cranes"_s), qPrintable(out));
    QCOMPARE(newsline({u"search"_s, u"icebergs"_s, m_server.uri()}, &out, &err), 1);
    // Wrong addresses are one clear line and status 2.
    QCOMPARE(newsline({u"search"_s, u"cranes"_s, m_server.uri(u"reader"_s, u"wrong"_s)}, &out, &err), 2);
    QVERIFY2(err.trimmed().count(u'\n') == 0 && err.contains(u"password authentication failed"_s), qPrintable(err));
    // Importing into the server stages the files like a workspace file and adds only new content.
    const QStringList more = CraftedWorkspace::writeArticles(
        m_dir.filePath(u"more"_s),
        {"---\ntitle: Vell Mining sells its smelter\npublished: 2025-06-10\n---\nVell Mining sold its smelter to "
         "Oradea Metals for $60 million on June 9, 2025.\n\n\"The smelter needs an owner who will invest,\" said "
         "Petra Lund, a spokeswoman for Vell Mining.\n"});
    QCOMPARE(newsline({u"import"_s, m_server.uri(), m_dir.filePath(u"more"_s)}, &out, &err), 0);
    QCOMPARE(newsline({u"search"_s, u"--quotes"_s, u"smelter"_s, m_server.uri()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Petra Lund"_s), qPrintable(out + err));
    QCOMPARE(newsline({u"import"_s, m_server.uri(), m_dir.filePath(u"more"_s)}, &out, &err), 0);
    QString error;
    auto team = TeamStore::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    QCOMPARE(team->articleCount(), 3);
    // Two analysts importing the same new stories at the same moment: each story is stored once.
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
    QCOMPARE(
        newsline({u"import"_s, m_server.uri(u"reader"_s, u"harbour-light"_s), m_dir.filePath(u"more"_s)}, &out, &err),
        2);
    QVERIFY2(err.contains(u"read-only"_s), qPrintable(err));
    QCOMPARE(newsline({u"copy-workspace"_s, path, u"nowhere.newsline"_s}, &out, &err), 2);
    QVERIFY2(err.contains(u"postgresql://"_s), qPrintable(err));
}

void TeamStoreTest::testServerGoesAway()
{
    QString error;
    auto team = TeamStore::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    QCOMPARE(team->searchQuotes(u"cranes"_s).size(), 1);
    // The server stops mid-session: a search says so on one line and finds nothing; nothing is half-written.
    m_server.stop();
    QVERIFY(team->searchQuotes(u"cranes"_s).isEmpty());
    QVERIFY(!team->lastError().isEmpty());
    QVERIFY2(!team->lastError().contains(u'\n'), qPrintable(team->lastError()));
    QCOMPARE(team->articleCount(), -1);
    // Back again, the next search connects again by itself.
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QCOMPARE(team->searchQuotes(u"cranes"_s).size(), 1);
    QVERIFY(team->lastError().isEmpty());
    QCOMPARE(team->articleCount(), 5);
}

void TeamStoreTest::testLooseQueriesRankRecentMatches()
{
    QString error;
    auto team = TeamStore::open(m_server.uri(), &error);
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

void TeamStoreTest::testKilledImportKeepsFinishedBatches()
{
    QString error;
    auto team = TeamStore::open(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    const int before = team->articleCount();
    const QString folder = m_dir.filePath(u"killed"_s);
    CraftedWorkspace::writeArticles(folder, CraftedWorkspace::articles(300));
    // Killed while it copies, one article per transaction: what it committed is whole, the rest is not there.
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
    QVERIFY2(kept > before, "the import never reached the copy");
    QVERIFY2(kept < before + 300, "the import finished before it was killed: nothing was tested");
    // Every article kept has its quote: no batch was half-written.
    const QList<QuoteHit> quotes = team->searchQuotes(u"harbour"_s, SearchOptions{{}, 1000, 0});
    QCOMPARE(int(quotes.size()), kept - before);
    // Importing again finishes the work, adding each story once.
    QProcess again;
    again.start(QStringLiteral(NEWSLINE_BINARY), {u"import"_s, m_server.uri(), folder});
    QVERIFY(again.waitForFinished(120000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(team->articleCount(), before + 300);
    QCOMPARE(int(team->searchQuotes(u"harbour"_s, SearchOptions{{}, 1000, 0}).size()), 300);
}

QTEST_GUILESS_MAIN(TeamStoreTest)
#include "teamstoretest.moc"
