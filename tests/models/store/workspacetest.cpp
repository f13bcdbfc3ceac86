#include "workspace.h"
#include "extractor.h"
#include "storerecords.h"
#include "storeschema.h"
#include "teststore.h"
#include "workspaceimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

class WorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testCreateImportReopen();
    void testIdempotentReimport();
    void testChangedFileIsUpdated();
    void testArticleRoundTrip();
    void testMigrationFromVersion1();
    void testMigrationFromVersion2();
    void testRefusesForeignFiles_data();
    void testRefusesForeignFiles();
    void testReadOnlyFile();
    void testReadOnlyMode();
    void testTwoWritersInParallel();
    void testQuoteSearch_data();
    void testQuoteSearch();
    void testQuoteSearchNoMatch_data();
    void testQuoteSearchNoMatch();
    void testControlCharactersSeparateWords();
    void testQuotesOfSampleSpeaker();
    void testQuotesOfPersonByEveryName();
    void testArticleSearch();
    void testLongQuery_data();
    void testLongQuery();
    void testLooseQueryRanksNewestOnly();
    void testEventPagesAndSnapshot();
    void testExtractorVersionChange();
    void testSaveCopyAs();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<Workspace> createWorkspace(const QString &name = u"test.newsline"_s);
    static QByteArray fileHash(const QString &path);
    // Stores hand-made articles (quotes, entities) as an import would, so search is tested whatever the finders do.
    static QList<int> storeHandMade(Workspace &workspace, const QList<Article> &articles);
    static QList<Article> handMadeArticles();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void WorkspaceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString WorkspaceTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(bytes);
    return path;
}

std::unique_ptr<Workspace> WorkspaceTest::createWorkspace(const QString &name)
{
    QString error;
    auto workspace = TestStore::create(m_dir->filePath(name), &error);
    if (!workspace) {
        qWarning("%s", qPrintable(error));
    }
    return workspace;
}

QByteArray WorkspaceTest::fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QList<Article> WorkspaceTest::handMadeArticles()
{
    Article a;
    a.file = u"/corpus/brad.txt"_s;
    a.title = u"Microsoft opens its data centres"_s;
    a.source = u"The Daily Ledger"_s;
    a.published = QDate(2024, 2, 27);
    a.text = u"Brad Smith, President of Microsoft, said: \"We will enable partners to train models.\" "
             "He added: \"It is too early to answer.\" Satya Nadella said \"Our cloud is open to everyone.\""_s;
    a.paragraphs = {{0, int(a.text.size())}};
    a.sentences = {{0, 86}, {87, 127}, {128, int(a.text.size())}};
    a.extraMetadata = {{u"section"_s, u"Tech"_s}};
    auto quote = [&a](const QString &words, const QString &speaker, const QString &role) {
        Quote q;
        q.start = int(a.text.indexOf(words));
        q.end = q.start + int(words.size());
        q.text = words;
        q.speaker = speaker;
        q.speakerMention = {int(a.text.indexOf(speaker.left(4))), int(a.text.indexOf(speaker.left(4))) + 4};
        q.speakerRole = role;
        return q;
    };
    a.quotes = {quote(u"We will enable partners to train models."_s, u"Brad Smith"_s, u"President of Microsoft"_s),
                quote(u"It is too early to answer."_s, u"Brad Smith"_s, u"President of Microsoft"_s),
                quote(u"Our cloud is open to everyone."_s, u"Satya Nadella"_s, QString())};
    Entity brad;
    brad.name = u"Brad Smith"_s;
    brad.type = Entity::Type::Person;
    brad.mentions = {{0, 10}};
    brad.roles = {{u"President"_s, u"Microsoft"_s, {12, 34}}};
    Entity microsoft;
    microsoft.name = u"Microsoft"_s;
    microsoft.type = Entity::Type::Organisation;
    microsoft.mentions = {{25, 34}};
    a.entities = {brad, microsoft};
    Timex t;
    t.start = 0;
    t.end = 4;
    t.text = u"Brad"_s;
    t.type = Timex::Type::Duration;
    t.setValue(u"P1Y"_s);
    a.timexes = {t};
    MoneyFigure f;
    f.start = 10;
    f.end = 20;
    f.text = u"$2 billion"_s;
    f.amount = Decimal(2000000000);
    f.amountMax = Decimal(3000000000);
    f.currency = u"USD"_s;
    f.approximate = true;
    f.kind = MoneyFigure::Kind::Investment;
    f.usd = Decimal(2000000000);
    f.usdRateDate = QDate(2024, 2, 26);
    a.figures = {f};

    Article b;
    b.file = u"/corpus/smith-other.txt"_s;
    b.published = QDate(2023, 5, 1);
    b.text = u"Anna Smith, a farmer, said \"The harvest will be late this year.\""_s;
    b.paragraphs = {{0, int(b.text.size())}};
    Quote farmer;
    farmer.start = int(b.text.indexOf(u"The harvest"_s));
    farmer.end = int(b.text.size()) - 1;
    farmer.text = b.text.mid(farmer.start, farmer.end - farmer.start);
    farmer.speaker = u"Anna Smith"_s;
    b.quotes = {farmer};
    return {a, b};
}

QList<int> WorkspaceTest::storeHandMade(Workspace &workspace, const QList<Article> &articles)
{
    // Written through the workspace's own connection, so that a file and a server are written alike.
    QSqlDatabase db = workspace.database();
    QList<int> ids;
    {
        if (!workspace.begin()) {
            return ids;
        }
        StoreRecords::Writer writer(db);
        for (const Article &article : articles) {
            StoreRecords::FileStamp stamp{
                article.file,
                QString::fromLatin1(
                    QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex()),
                article.text.size(), u"2024-01-01T00:00:00.000Z"_s};
            if (writer.storeArticle(article, stamp, Extractor::version(), WorkspaceImporter::mentionRecords(article)) !=
                StoreRecords::Writer::Stored::Added) {
                qWarning("%s", qPrintable(writer.lastError()));
                workspace.rollback();
                return ids;
            }
            QSqlQuery last(u"SELECT max(id) FROM articles"_s, db);
            last.next();
            ids.append(last.value(0).toInt());
        }
        if (!workspace.commit()) {
            return {};
        }
    }
    return ids;
}

void WorkspaceTest::testCreateImportReopen()
{
    const QString corpus = QStringLiteral(NEWSLINE_TEST_DATA) + u"/../../resources/sample-corpus"_s;
    QString path;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        QVERIFY(!workspace->isReadOnly());
        QVERIFY(workspace->readOnlyNotice().isEmpty());
        QList<std::pair<int, int>> progress;
        const ImportResult result =
            WorkspaceImporter(*workspace).importFiles({corpus}, [&progress](int done, int total) {
                progress.append({done, total});
                return true;
            });
        QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
        QCOMPARE(result.added, 2);
        QCOMPARE(progress.last(), std::make_pair(2, 2));
        QVERIFY(!workspace->eventsOutdated());
    }
    QString error;
    auto reopened = Workspace::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->articleCount(), 2);
    const QList<ArticleInfo> infos = reopened->articles(0, 10);
    QCOMPARE(infos.size(), 2);
    // Sorted by publication date; titles and sources as the reader gave them.
    QVERIFY(infos.at(0).published <= infos.at(1).published || !infos.at(1).published.isValid());
    const int id = reopened->articleIdForFile(corpus + u"/microsoft-mistral-partnership.txt"_s);
    QVERIFY(id > 0);
    const std::optional<Article> article = reopened->article(id);
    QVERIFY(article);
    QCOMPARE(article->title, u"OpenAI Investor Microsoft Accelerates AI Investment"_s);
    QCOMPARE(article->source, u"The Asia Business Daily"_s);
    QCOMPARE(article->published, QDate(2024, 2, 27));
    QVERIFY(article->text.contains(u"Brad Smith, President of MS"_s));
    QVERIFY(!article->sentences.isEmpty());
    QCOMPARE(article->boilerplate.size(), 2);
    QVERIFY(!reopened->article(9999));
}

void WorkspaceTest::testIdempotentReimport()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QString a =
        writeFile(u"in/a.txt"_s, "---\npublished: 2024-03-01\n---\nAcme bought Widgets for $5 million.\n");
    const QString b = writeFile(u"in/b.txt"_s, "Globex opened a plant in Ohio.\n");
    ImportResult first = WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"in"_s)});
    QCOMPARE(first.added, 2);
    ImportResult second = WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"in"_s)});
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 2);
    QVERIFY(!second.changedAnything());
    // The same bytes under another name are the same article.
    writeFile(u"copy-of-a.txt"_s, "---\npublished: 2024-03-01\n---\nAcme bought Widgets for $5 million.\n");
    ImportResult copy = WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"copy-of-a.txt"_s)});
    QCOMPARE(copy.unchanged, 1);
    QCOMPARE(workspace->articleCount(), 2);
    // A file touched without change is read again but stays one article.
    QFile touched(b);
    QVERIFY(touched.open(QIODevice::ReadWrite));
    touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
    touched.close();
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({b}).unchanged, 1);
    QCOMPARE(workspace->articleCount(), 2);
    Q_UNUSED(a);
}

void WorkspaceTest::testChangedFileIsUpdated()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QString file = writeFile(u"story.txt"_s, "Initech announced a merger with Hooli.\n");
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({file}).added, 1);
    const int id = workspace->articleIdForFile(file);
    QVERIFY(id > 0);
    QCOMPARE(workspace->searchArticles(u"merger"_s).size(), 1);

    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("Initech cancelled its acquisition of Hooli.\n");
    f.close();
    const ImportResult result = WorkspaceImporter(*workspace).importFiles({file});
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.added, 0);
    QCOMPARE(workspace->articleCount(), 1);
    QCOMPARE(workspace->articleIdForFile(file), id); // the same article, so citations keep pointing at it
    QVERIFY(workspace->article(id)->text.startsWith(u"Initech cancelled"_s));
    QCOMPARE(workspace->searchArticles(u"merger"_s).size(), 0); // the old words left the index
    QCOMPARE(workspace->searchArticles(u"cancelled"_s).size(), 1);
}

void WorkspaceTest::testArticleRoundTrip()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QList<Article> made = handMadeArticles();
    const QList<int> ids = storeHandMade(*workspace, made);
    QCOMPARE(ids.size(), 2);
    const std::optional<Article> back = workspace->article(ids.first());
    QVERIFY(back);
    const Article &a = made.first();
    QCOMPARE(back->text, a.text);
    QCOMPARE(back->sentences, a.sentences);
    QCOMPARE(back->paragraphs, a.paragraphs);
    QCOMPARE(back->extraMetadata, a.extraMetadata);
    QCOMPARE(back->quotes.size(), 3);
    QCOMPARE(back->quotes.at(1).text, u"It is too early to answer."_s);
    QCOMPARE(back->quotes.at(0).speakerRole, u"President of Microsoft"_s);
    QCOMPARE(back->quotes.at(0).speakerMention, a.quotes.at(0).speakerMention);
    QCOMPARE(back->entities.size(), 2);
    QCOMPARE(back->entities.at(0).type, Entity::Type::Person);
    QCOMPARE(back->entities.at(0).mentions, a.entities.at(0).mentions);
    QCOMPARE(back->entities.at(0).roles.size(), 1);
    QCOMPARE(back->entities.at(0).roles.at(0).organisation, u"Microsoft"_s);
    QCOMPARE(back->timexes.at(0).type, Timex::Type::Duration);
    QCOMPARE(back->timexes.at(0).value, u"P1Y"_s);
    const MoneyFigure &f = back->figures.at(0);
    QCOMPARE(Decimal::toString(f.amount), u"2000000000"_s);
    QCOMPARE(Decimal::toString(f.amountMax), u"3000000000"_s);
    QCOMPARE(f.kind, MoneyFigure::Kind::Investment);
    QVERIFY(f.approximate);
    QCOMPARE(f.usdRateDate, QDate(2024, 2, 26));
    const std::optional<ArticleInfo> info = workspace->articleInfo(ids.first());
    QCOMPARE(info->title, a.title);
    QCOMPARE(workspace->articleInfo(ids.last())->displayTitle(), u"smith-other.txt"_s);
}

void WorkspaceTest::testMigrationFromVersion1()
{
    if (TestStore::onServer()) {
        QSKIP("a file of an older format");
    }
    // A workspace as version 1 wrote it: no full-text index, no events, no file stamps.
    const QString path = m_dir->filePath(u"old.newsline"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "PRAGMA application_id = 1313625939", // "NLWS"
                 "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                 "CREATE TABLE articles (id INTEGER PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, "
                 "title TEXT, source TEXT, url TEXT, published TEXT, language TEXT, original_language TEXT, note TEXT, "
                 "extra_metadata TEXT, text TEXT NOT NULL, paragraphs BLOB, sentences BLOB, boilerplate BLOB, "
                 "extractor_version TEXT, imported TEXT)",
                 "CREATE INDEX articles_by_file ON articles(file)",
                 "CREATE INDEX articles_by_published ON articles(published, id)",
                 "CREATE TABLE timexes (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx "
                 "INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, text TEXT, type TEXT, value TEXT, PRIMARY KEY "
                 "(article_id, idx))",
                 "CREATE TABLE figures (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx "
                 "INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, text TEXT, amount TEXT, amount_max TEXT, currency "
                 "TEXT, approximate INTEGER, kind TEXT, usd TEXT, usd_rate_date TEXT, PRIMARY KEY (article_id, idx))",
                 "CREATE TABLE entities (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx "
                 "INTEGER NOT NULL, name TEXT NOT NULL, type TEXT, mentions BLOB, PRIMARY KEY (article_id, idx))",
                 "CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE)",
                 "CREATE TABLE entity_roles (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
                 "entity_idx INTEGER NOT NULL, idx INTEGER NOT NULL, title TEXT, organisation TEXT, start INTEGER, "
                 "\"end\" INTEGER, PRIMARY KEY (article_id, entity_idx, idx))",
                 "CREATE TABLE quotes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON "
                 "DELETE CASCADE, idx INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, text TEXT, speaker TEXT, "
                 "speaker_start INTEGER, speaker_end INTEGER, speaker_role TEXT)",
                 "CREATE INDEX quotes_by_article ON quotes(article_id, idx)",
                 "INSERT INTO articles (id, file, hash, title, published, language, text) VALUES (7, '/old/a.txt', "
                 "'abc', 'Old news', '2019-04-02', 'en', 'Jane Roe said \"Prices will fall soon.\"')",
                 "INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker) VALUES (7, 0, 15, 37, 'Prices "
                 "will fall soon.', 'Jane Roe')",
                 "PRAGMA user_version = 1",
             }) {
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery version(u"PRAGMA user_version"_s, db);
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), StoreSchema::CurrentVersion);
        QSqlQuery mode(u"PRAGMA journal_mode"_s, db);
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    // The old rows are kept and reachable through what version 2 added: the index, the date-sorted quote list.
    QCOMPARE(workspace->articleCount(), 1);
    QCOMPARE(workspace->article(7)->title, u"Old news"_s);
    const QList<QuoteHit> hits = workspace->searchQuotes(u"prices"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().quote.speaker, u"Jane Roe"_s);
    QCOMPARE(hits.first().quote.published, QDate(2019, 4, 2));
    QCOMPARE(workspace->searchArticles(u"fall"_s).size(), 1);
    QCOMPARE(workspace->quotes(0, 10).size(), 1);
    QVERIFY(workspace->eventsOutdated()); // version 1 had no events: they are built on the next import
    QVERIFY(WorkspaceImporter(*workspace).rebuildEvents());
    QVERIFY(!workspace->eventsOutdated());
}

void WorkspaceTest::testMigrationFromVersion2()
{
    if (TestStore::onServer()) {
        QSKIP("a file of an older format");
    }
    const QString corpus = QStringLiteral(NEWSLINE_TEST_DATA) + u"/../../resources/sample-corpus"_s;
    QString path;
    QList<Event> built;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        QCOMPARE(WorkspaceImporter(*workspace).importFiles({corpus + u"/microsoft-mistral-partnership.txt"_s}).added,
                 1);
        built = workspace->events(0, 100);
        QVERIFY(built.size() > 3);
    }
    // Takes the file back to what version 2 wrote: events numbered by row id, no buckets, no list of changes, no
    // stored reports of events.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "DROP TABLE correction_evidence",
                 "DROP TABLE corrections",
                 "DROP INDEX quotes_by_correction",
                 "ALTER TABLE quotes DROP COLUMN correction_id",
                 "ALTER TABLE figures DROP COLUMN per",
                 "ALTER TABLE events DROP COLUMN parties",
                 "ALTER TABLE events DROP COLUMN salience",
                 "ALTER TABLE events DROP COLUMN running_total",
                 "ALTER TABLE events DROP COLUMN wording",
                 "DROP INDEX events_by_bucket",
                 "DROP INDEX events_by_order",
                 "DROP INDEX events_by_date",
                 "ALTER TABLE events DROP COLUMN bucket",
                 "ALTER TABLE events DROP COLUMN order_key",
                 "ALTER TABLE events DROP COLUMN rank",
                 "CREATE INDEX events_by_date ON events(sort_key, id)",
                 "DROP TABLE event_changes",
                 "DROP TABLE event_mentions",
                 "DROP INDEX entities_latest",
                 "ALTER TABLE quotes DROP COLUMN kind",
                 "DROP INDEX articles_by_extractor",
                 // Version 2 kept its full-text indexes by triggers.
                 "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, "
                 "title, text) VALUES (new.id, new.title, new.text); END",
                 "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO "
                 "articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
                 "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN INSERT INTO "
                 "articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
                 "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
                 "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN INSERT INTO quotes_fts(rowid, text, "
                 "speaker, speaker_role) VALUES (new.id, new.text, new.speaker, new.speaker_role); END",
                 "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts(quotes_fts, "
                 "rowid, text, speaker, speaker_role) VALUES ('delete', old.id, old.text, old.speaker, "
                 "old.speaker_role); END",
                 "PRAGMA user_version = 2",
             }) {
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    // The old events are shown as they were, in their order, until the next import.
    const QList<Event> migrated = workspace->events(0, 100);
    QCOMPARE(migrated.size(), built.size());
    for (qsizetype i = 0; i < built.size(); ++i) {
        QCOMPARE(migrated.at(i).id, built.at(i).id);
        QCOMPARE(migrated.at(i).summary, built.at(i).summary);
    }
    QVERIFY(!workspace->eventsOutdated());
    // Events without buckets cannot be re-merged in part: the next import derives the old article's reports and
    // rebuilds every event, even when asked for an update in part, and the result is what a new workspace gives.
    WorkspaceImporter inPart(*workspace);
    inPart.setEventUpdate(WorkspaceImporter::EventUpdate::InPart);
    QCOMPARE(inPart.importFiles({corpus}).added, 1);
    auto fresh = createWorkspace(u"fresh.newsline"_s);
    QVERIFY(fresh);
    QCOMPARE(WorkspaceImporter(*fresh).importFiles({corpus + u"/microsoft-mistral-partnership.txt"_s}).added, 1);
    QCOMPARE(WorkspaceImporter(*fresh).importFiles({corpus}).added, 1);
    const QList<Event> expected = fresh->events(0, 100);
    const QList<Event> rebuilt = workspace->events(0, 100);
    QCOMPARE(rebuilt.size(), expected.size());
    QVERIFY(rebuilt.size() > built.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(rebuilt.at(i).id, expected.at(i).id);
        QCOMPARE(rebuilt.at(i).summary, expected.at(i).summary);
        QCOMPARE(rebuilt.at(i).lane, expected.at(i).lane);
        QCOMPARE(rebuilt.at(i).sources, expected.at(i).sources);
    }
}

void WorkspaceTest::testRefusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("text-file") << QByteArray("Acme bought Widgets.\nNot a database at all.\n")
                               << u"not a Newsline workspace (not an SQLite database)"_s;
    QTest::newRow("empty-file") << QByteArray() << u"empty file, not a Newsline workspace"_s;
    QTest::newRow("pdf-file") << QByteArray("%PDF-1.7\n").append(200, 'x') << u"not an SQLite database"_s;

    // A database of another program.
    QByteArray foreign;
    // A Newsline workspace whose pages were overwritten after the header.
    QByteArray damaged;
    // A workspace written by a future version.
    QByteArray future;
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(u"other.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(other);
            db.open();
            QSqlQuery(u"CREATE TABLE contacts (name TEXT)"_s, db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QFile o(other);
        o.open(QIODevice::ReadOnly);
        foreign = o.readAll();

        const QString good = dir.filePath(u"good.newsline"_s);
        {
            QString error;
            auto workspace = Workspace::create(good, &error);
            QVERIFY2(workspace, qPrintable(error));
        }
        QFile g(good);
        g.open(QIODevice::ReadOnly);
        const QByteArray bytes = g.readAll();
        damaged = bytes.left(100) + QByteArray(int(bytes.size()) - 100, '\x5a');
        future = bytes;
        future[60 + 3] = char(99); // user_version 99
    }
    QTest::newRow("other-sqlite-database") << foreign << u"an SQLite database, but not a Newsline workspace"_s;
    QTest::newRow("damaged-workspace") << damaged << u"damaged and cannot be opened"_s;
    QTest::newRow("newer-format") << future << u"made by a newer Newsline"_s;
}

void WorkspaceTest::testRefusesForeignFiles()
{
    if (TestStore::onServer()) {
        QSKIP("files that are not workspaces");
    }
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = writeFile(u"given.newsline"_s, bytes);
    const QByteArray before = fileHash(path);
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY(!workspace);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error)); // the message names the file
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));
}

void WorkspaceTest::testReadOnlyFile()
{
    if (TestStore::onServer()) {
        QSKIP("a file without write permission");
    }
    QString path;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        storeHandMade(*workspace, handMadeArticles());
    }
    // Read-only by its mode, for whoever runs the test, root included (who may write anything).
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileHash(path);
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(workspace->isReadOnly());
    QVERIFY(workspace->readOnlyNotice().contains(u"read-only"_s));
    QCOMPARE(workspace->articleCount(), 2);
    QCOMPARE(workspace->searchQuotes(u"harvest"_s).size(), 1);
    const ImportResult result =
        WorkspaceImporter(*workspace).importFiles({writeFile(u"new.txt"_s, "Acme bought Widgets.\n")});
    QVERIFY(!result.failure.isEmpty());
    QCOMPARE(workspace->articleCount(), 2);
    workspace.reset();
    QCOMPARE(fileHash(path), before);
}

void WorkspaceTest::testReadOnlyMode()
{
    QString path;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        storeHandMade(*workspace, handMadeArticles());
    }
    const QByteArray before = fileHash(path);
    QString error;
    auto workspace = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(workspace->isReadOnly());
    QVERIFY(!workspace->readOnlyNotice().isEmpty());
    QCOMPARE(workspace->quoteCount(), 4);
    QVERIFY(!WorkspaceImporter(*workspace)
                 .importFiles({writeFile(u"new.txt"_s, "Acme bought Widgets.\n")})
                 .failure.isEmpty());
    QVERIFY(!WorkspaceImporter(*workspace).rebuildEvents());
    QCOMPARE(workspace->articleCount(), 2);
    workspace.reset();
    QCOMPARE(fileHash(path), before);
}

void WorkspaceTest::testTwoWritersInParallel()
{
    QString path;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
    }
    for (int i = 0; i < 40; ++i) {
        writeFile(u"left/%1.txt"_s.arg(i),
                  "Acme signed deal number %1 with Globex.\n"_ba.replace("%1", QByteArray::number(i)));
        writeFile(u"right/%1.txt"_s.arg(i),
                  "Initech opened office number %1 in Ohio.\n"_ba.replace("%1", QByteArray::number(i)));
    }
    // Two connections on one file, each in its own thread as two windows or processes would be.
    ImportResult other;
    QThread *thread = QThread::create([&path, &other, this] {
        QString error;
        auto workspace = Workspace::open(path, &error);
        if (workspace) {
            other = WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"right"_s)}, {}, 5);
        } else {
            other.failure = error;
        }
    });
    thread->start();
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    const ImportResult mine = WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"left"_s)}, {}, 5);
    QVERIFY(thread->wait(120000));
    delete thread;
    QVERIFY2(mine.failure.isEmpty(), qPrintable(mine.failure));
    QVERIFY2(other.failure.isEmpty(), qPrintable(other.failure));
    QCOMPARE(mine.added, 40);
    QCOMPARE(other.added, 40);
    QCOMPARE(workspace->articleCount(), 80);
    QCOMPARE(workspace->searchArticles(u"Initech"_s, {{}, 100}).size(), 40);
    if (TestStore::onServer()) {
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
    {
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"integrity"_s);
}

void WorkspaceTest::testQuoteSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("person-full-name") << QString() << u"Brad Smith"_s
                                      << QStringList{u"We will enable partners to train models."_s,
                                                     u"It is too early to answer."_s};
    QTest::newRow("person-case-insensitive")
        << QString() << u"brad smith"_s
        << QStringList{u"We will enable partners to train models."_s, u"It is too early to answer."_s};
    QTest::newRow("words-and-person") << u"early"_s << u"Brad Smith"_s << QStringList{u"It is too early to answer."_s};
    QTest::newRow("surname-matches-both-smiths")
        << u"harvest"_s << u"Smith"_s << QStringList{u"The harvest will be late this year."_s};
    QTest::newRow("speaker-as-query-word")
        << u"Nadella"_s << QString() << QStringList{u"Our cloud is open to everyone."_s};
    QTest::newRow("role-words") << u"president"_s << QString()
                                << QStringList{u"We will enable partners to train models."_s,
                                               u"It is too early to answer."_s};
    QTest::newRow("prefix") << u"harv*"_s << QString() << QStringList{u"The harvest will be late this year."_s};
    QTest::newRow("phrase") << u"\"too early\""_s << QString() << QStringList{u"It is too early to answer."_s};
    QTest::newRow("fts-syntax-is-plain-words") << u"cloud OR -harvest"_s << QString() << QStringList{};
}

void WorkspaceTest::testQuoteSearch()
{
    QFETCH(QString, query);
    QFETCH(QString, person);
    QFETCH(QStringList, expected);
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    storeHandMade(*workspace, handMadeArticles());
    SearchOptions options;
    options.person = person;
    const QList<QuoteHit> hits = workspace->searchQuotes(query, options);
    QStringList found;
    for (const QuoteHit &hit : hits) {
        found.append(hit.quote.text);
        QVERIFY(hit.quote.articleId > 0);
        QVERIFY(hit.quote.published.isValid());
        if (!query.isEmpty() && !query.contains(u'*') && !query.contains(u"Nadella"_s) &&
            !query.contains(u"president"_s)) {
            QVERIFY2(hit.snippet.contains(u'['), qPrintable(hit.snippet)); // matches are marked
        }
    }
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    if (!hits.isEmpty() && hits.first().quote.speaker == u"Brad Smith"_s) {
        QCOMPARE(hits.first().quote.speakerRole, u"President of Microsoft"_s);
        QCOMPARE(hits.first().quote.articleTitle, u"Microsoft opens its data centres"_s);
    }
}

void WorkspaceTest::testQuoteSearchNoMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("person");

    QTest::newRow("unknown-word") << u"semiconductor"_s << QString();
    QTest::newRow("unknown-person") << QString() << u"Sam Altman"_s;
    QTest::newRow("right-words-wrong-person") << u"harvest"_s << u"Brad Smith"_s;
    QTest::newRow("first-name-of-other-person") << QString() << u"Brad Nadella"_s;
    QTest::newRow("only-punctuation") << u"\" - * ( )"_s << QString();
    QTest::newRow("unbalanced-quote") << u"\"too early"_s << u"Satya"_s;
    QTest::newRow("fts-column-syntax") << u"speaker:Nadella"_s << QString();
    QTest::newRow("person-surname-in-words-only") << QString() << u"Anna Harvest"_s;
}

void WorkspaceTest::testQuoteSearchNoMatch()
{
    QFETCH(QString, query);
    QFETCH(QString, person);
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    storeHandMade(*workspace, handMadeArticles());
    SearchOptions options;
    options.person = person;
    QCOMPARE(workspace->searchQuotes(query, options).size(), 0);
}

void WorkspaceTest::testControlCharactersSeparateWords()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    storeHandMade(*workspace, handMadeArticles());
    // Pasted or crafted text with control characters and NUL bytes: they separate words, and never reach FTS5.
    QString pasted = u"late"_s;
    pasted += QChar(0);
    pasted += u"harvest"_s;
    pasted += QChar(6);
    QCOMPARE(Workspace::ftsQuery(pasted), u"\"late\"* \"harvest\"*"_s);
    QCOMPARE(workspace->searchQuotes(pasted).size(), 1);
    QVERIFY2(workspace->lastError().isEmpty(), qPrintable(workspace->lastError()));
    QString crafted = u"crane* ^mill NEAR(deal fi"_s;
    crafted += QChar(6);
    crafted += QChar(0);
    crafted += u"ng, 3) title:harbour"_s;
    QCOMPARE(workspace->searchQuotes(crafted).size(), 0);
    QCOMPARE(workspace->searchArticles(crafted).size(), 0);
    QVERIFY2(workspace->lastError().isEmpty(), qPrintable(workspace->lastError()));
}

void WorkspaceTest::testQuotesOfSampleSpeaker()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QString corpus = QStringLiteral(NEWSLINE_TEST_DATA) + u"/../../resources/sample-corpus"_s;
    QVERIFY(WorkspaceImporter(*workspace).importFiles({corpus}).failure.isEmpty());
    QVERIFY2(workspace->quoteCount() > 0, "the quote finder found no quote in the sample corpus");
    SearchOptions options;
    options.person = u"Brad Smith"_s;
    const QList<QuoteHit> hits = workspace->searchQuotes({}, options);
    QStringList found;
    for (const QuoteHit &hit : hits) {
        found.append(hit.quote.text);
    }
    found.sort();
    // Brad Smith speaks twice in the sample, the second time as "he".
    QCOMPARE(found, (QStringList{u"It is too early to answer."_s,
                                 u"We will enable MistralAI to train and deploy next-generation AI models on our AI "
                                 "data center infrastructure."_s}));
    QCOMPARE(workspace->quoteCount(u"brad smith"_s), 2);
    QCOMPARE(workspace->quotes(0, 10, u"Brad Smith"_s).size(), 2);
}

void WorkspaceTest::testQuotesOfPersonByEveryName()
{
    // One story knows the man only as "Mr. Hartwell", the other by his full name: searching his surname finds both,
    // and the quoted words inside reported speech are kept as what they are.
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QString first =
        writeFile(u"in/first.txt"_s, "---\npublished: 2024-03-01\n---\n"
                                     "\"I believe the campaign has the money,\" Mr. Hartwell said.\n");
    const QString second = writeFile(u"in/second.txt"_s, "---\npublished: 2024-03-02\n---\n"
                                                         "Dan Hartwell called the budget \"a sham\" on Monday.\n"
                                                         "\"We will try again next year,\" Hartwell told reporters.\n");
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({first, second}).added, 2);
    QCOMPARE(workspace->quoteCountOfPerson(u"Hartwell"_s), 3);
    QCOMPARE(workspace->quoteCountOfPerson(u"Dan Hartwell"_s), 2);
    const QList<QuoteRow> rows = workspace->quotesOfPerson(0, 10, u"hartwell"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).speaker, u"Hartwell"_s);
    QCOMPARE(rows.at(0).kind, Quote::Kind::Direct);
    QCOMPARE(rows.at(1).text, u"a sham"_s);
    QCOMPARE(rows.at(1).speaker, u"Dan Hartwell"_s);
    QCOMPARE(rows.at(1).kind, Quote::Kind::Partial);
    QCOMPARE(rows.at(2).speaker, u"Dan Hartwell"_s);
    SearchOptions options;
    options.person = u"Hartwell"_s;
    QCOMPARE(workspace->searchQuotes(u"money"_s, options).size(), 1);
}

void WorkspaceTest::testArticleSearch()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    writeFile(u"a.txt"_s, "---\ntitle: Widgets everywhere\n---\nAcme sells gadgets in Ohio.\n");
    writeFile(u"b.txt"_s, "---\ntitle: Farm news\n---\nThe widgets factory in Ohio closed. Widgets are cheaper.\n");
    writeFile(u"c.txt"_s, "---\ntitle: Sports\n---\nThe team won in Texas.\n");
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_dir->path()}).added, 3);
    const QList<ArticleHit> hits = workspace->searchArticles(u"widgets"_s);
    QCOMPARE(hits.size(), 2);
    // The title weighs more than the body.
    QCOMPARE(hits.first().article.title, u"Widgets everywhere"_s);
    QVERIFY(hits.first().rank <= hits.last().rank);
    QVERIFY2(hits.last().snippet.contains(u"[widgets]"_s), qPrintable(hits.last().snippet));
    QCOMPARE(workspace->searchArticles(u"ohio texas"_s).size(), 0);
    QCOMPARE(workspace->searchArticles(u"OHIO"_s).size(), 2);
    SearchOptions few;
    few.limit = 1;
    QCOMPARE(workspace->searchArticles(u"ohio"_s, few).size(), 1);
}

void WorkspaceTest::testLongQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("terms");
    QTest::addColumn<int>("hits");
    const auto repeat = [](const QString &word, int times) { return QStringList(times, word).join(u' '); };
    QTest::newRow("one-word-4000-times") << repeat(u"widgets"_s, 4000) << 1 << 1;
    // "ohio" of four letters already matches as a word beginning: the same term as "ohio*".
    QTest::newRow("case-and-prefix-repeats") << u"Widgets widgets WIDGETS ohio* Ohio* ohio"_s << 2 << 1;
    QString many;
    for (int i = 0; i < 1000; ++i) {
        many += u"widgets word%1 "_s.arg(i);
    }
    QTest::newRow("1000-different-words") << many << int(Workspace::MaxSearchTerms) << 0;
    QTest::newRow("phrase-of-4000-words") << u'"' + repeat(u"widgets"_s, 4000) + u'"' << 1 << 0;
}

void WorkspaceTest::testLongQuery()
{
    QFETCH(QString, query);
    QFETCH(int, terms);
    QFETCH(int, hits);
    // A query of thousands of words searches as fast as its first few: each term once, at most MaxSearchTerms.
    const QString match = Workspace::ftsQuery(query);
    QCOMPARE(match.count(u'"') / 2, terms);
    QVERIFY(match.size() < 4000);
    QVERIFY(Workspace::searchWords(query).size() <= Workspace::MaxSearchTerms);
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    writeFile(u"a.txt"_s, "---\ntitle: Widgets everywhere\n---\nAcme sells widgets in Ohio.\n");
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_dir->path()}).added, 1);
    QCOMPARE(workspace->searchArticles(query).size(), hits);
    QCOMPARE(workspace->searchArticleCount(query), hits);
    QCOMPARE(workspace->searchQuotes(query).size(), 0);
    QVERIFY(workspace->lastError().isEmpty());
}

void WorkspaceTest::testLooseQueryRanksNewestOnly()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    for (int i = 0; i < 6; ++i) {
        // The oldest article says "widgets" most often: the best match by rank, but not among the newest three.
        writeFile(u"in/%1.txt"_s.arg(i), QByteArray(i == 0 ? "Widgets widgets widgets. " : "") +
                                             "Acme sells widgets, "
                                             "report " +
                                             QByteArray::number(i) + ".\n");
        QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"in/%1.txt"_s.arg(i))}).added, 1);
    }
    SearchOptions all;
    all.rankedCandidates = 0;
    const QList<ArticleHit> everything = workspace->searchArticles(u"widgets"_s, all);
    QCOMPARE(everything.size(), 6);
    QVERIFY(everything.first().article.file.endsWith(u"/0.txt"_s));
    SearchOptions capped;
    capped.rankedCandidates = 3;
    const QList<ArticleHit> newest = workspace->searchArticles(u"widgets"_s, capped);
    QCOMPARE(newest.size(), 3);
    for (const ArticleHit &hit : newest) {
        QVERIFY2(QRegularExpression(u"/[345]\\.txt$"_s).match(hit.article.file).hasMatch(),
                 qPrintable(hit.article.file));
    }
    QCOMPARE(workspace->searchArticles(u"report"_s, capped).size(), 3);
    QCOMPARE(workspace->searchArticles(u"\"report 1\""_s, capped).size(), 1); // few matches: all ranked
}

void WorkspaceTest::testEventPagesAndSnapshot()
{
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    const QList<int> ids = storeHandMade(*workspace, handMadeArticles());
    QCOMPARE(ids.size(), 2);
    QList<Event> events;
    for (int i = 0; i < 25; ++i) {
        Event e;
        e.id = u"e%1"_s.arg(i + 1);
        e.type = i % 2 ? Event::Type::Investment : Event::Type::Partnership;
        e.date = i == 3 ? QDate() : QDate(2024, 1, 1).addDays(24 - i); // listed newest first, one undated
        e.precision = i == 3 ? Event::Precision::Unknown : Event::Precision::Day;
        e.actors = {u"Microsoft"_s, u"Mistral AI"_s};
        e.summary = u"Event %1"_s.arg(i + 1);
        e.sources = {{i % 2, 0, 10}};
        if (i == 5) {
            e.figures = {{0, 0}};
            e.conflicts = {{u"amount"_s, {u"2000000000"_s, u"3000000000"_s}, {{0, 10, 20}, {1, 0, 5}}}};
        }
        events.append(e);
    }
    {
        QVERIFY(workspace->begin());
        StoreRecords::Writer writer(workspace->database());
        QVERIFY2(writer.replaceEvents(events, ids), qPrintable(writer.lastError()));
        QVERIFY(workspace->commit());
    }

    QCOMPARE(workspace->eventCount(), 25);
    const QList<Event> first = workspace->events(0, 10);
    const QList<Event> rest = workspace->events(10, 100);
    QCOMPARE(first.size(), 10);
    QCOMPARE(rest.size(), 15);
    QCOMPARE(first.first().id, u"e25"_s); // oldest first
    QCOMPARE(rest.last().id, u"e4"_s);    // undated last
    QVERIFY(!rest.last().date.isValid());
    QDate previous;
    for (const Event &e : first + rest.mid(0, 14)) {
        QVERIFY(!previous.isValid() || previous <= e.date);
        previous = e.date;
    }
    Event six;
    for (const Event &e : first + rest) {
        if (e.id == u"e6"_s) {
            six = e;
        }
    }
    QCOMPARE(six.sources.size(), 1);
    QCOMPARE(six.sources.first().article, ids.at(1)); // refs hold article ids
    QCOMPARE(six.figures, (QList<FigureRef>{{ids.at(0), 0}}));
    QCOMPARE(six.conflicts.size(), 1);
    QCOMPARE(six.conflicts.first().values, (QStringList{u"2000000000"_s, u"3000000000"_s}));
    QCOMPARE(six.conflicts.first().sources.last().article, ids.at(1));
    QCOMPARE(six.actors, (QStringList{u"Microsoft"_s, u"Mistral AI"_s}));
    QCOMPARE(workspace->eventsOfArticle(ids.at(0)).size(), 13);

    const WorkspaceSnapshot snapshot = workspace->snapshot();
    QCOMPARE(snapshot.corpus.events.size(), 25);
    QCOMPARE(snapshot.corpus.articles.size(), 2);
    QCOMPARE(snapshot.articleIds.size(), 2);
    for (const Article &a : snapshot.corpus.articles) {
        QVERIFY(a.text.isEmpty()); // no full texts in a snapshot
    }
    Event snapSix;
    for (const Event &e : snapshot.corpus.events) {
        if (e.id == u"e6"_s) {
            snapSix = e;
        }
    }
    const int articleIndex = snapSix.sources.first().article;
    QCOMPARE(snapshot.articleIds.at(articleIndex), ids.at(1));
    QCOMPARE(snapshot.corpus.articles.at(articleIndex).published, QDate(2023, 5, 1));
    const MoneyFigure *figure = snapshot.corpus.figure(snapSix.figures.first());
    QVERIFY(figure);
    QCOMPARE(Decimal::toString(figure->amount), u"2000000000"_s);

    // A window of dates, as a timeline showing part of the span asks for.
    const WorkspaceSnapshot window = workspace->snapshot(QDate(2024, 1, 10), QDate(2024, 1, 14));
    QStringList windowIds;
    for (const Event &e : window.corpus.events) {
        windowIds.append(e.id);
        // Event eN was reported by article (N - 1) % 2; the snapshot's own indices lead back to it.
        QCOMPARE(window.articleIds.at(e.sources.first().article), ids.at((e.id.mid(1).toInt() - 1) % 2));
    }
    QCOMPARE(windowIds, (QStringList{u"e16"_s, u"e15"_s, u"e14"_s, u"e13"_s, u"e12"_s}));
    QCOMPARE(workspace->snapshot(QDate(2024, 1, 20), {}).corpus.events.size(), 5); // e1..e6 but the undated e4
    QCOMPARE(workspace->snapshot({}, QDate(2023, 12, 31)).corpus.events.size(), 0);
}

void WorkspaceTest::testExtractorVersionChange()
{
    QString path;
    {
        auto workspace = createWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        writeFile(u"in/a.txt"_s, "Acme bought Widgets on 3 March 2024.\n");
        writeFile(u"in/b.txt"_s, "Globex opened a plant.\n");
        QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_dir->filePath(u"in"_s)}).added, 2);
        QCOMPARE(WorkspaceImporter(*workspace).staleArticleCount(), 0);
    }
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY(workspace);
    QVERIFY(QSqlQuery(workspace->database()).exec(u"UPDATE articles SET extractor_version = '0.0.1-old'"_s));
    // Opening does not re-extract; it only tells.
    QCOMPARE(WorkspaceImporter(*workspace).staleArticleCount(), 2);
    int calls = 0;
    const ImportResult result = WorkspaceImporter(*workspace).reextract([&calls](int, int) { return ++calls > 0; }, 1);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.updated, 2);
    QCOMPARE(calls, 2);
    QCOMPARE(WorkspaceImporter(*workspace).staleArticleCount(), 0);
    QVERIFY(!workspace->eventsOutdated());
    QVERIFY(workspace->article(workspace->articleIdForFile(m_dir->filePath(u"in/a.txt"_s)))->sentences.size() > 0);
}

void WorkspaceTest::testSaveCopyAs()
{
    if (TestStore::onServer()) {
        QSKIP("a copy of the file (a server is copied with WorkspaceCopy, tested in serverworkspacetest)");
    }
    auto workspace = createWorkspace();
    QVERIFY(workspace);
    storeHandMade(*workspace, handMadeArticles());
    const QString copy = m_dir->filePath(u"copy.newsline"_s);
    QVERIFY2(workspace->saveCopyAs(copy), qPrintable(workspace->lastError()));
    QVERIFY(!workspace->saveCopyAs(copy)); // never overwrites
    QString error;
    auto reopened = Workspace::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->articleCount(), 2);
    QCOMPARE(reopened->searchQuotes(u"harvest"_s).size(), 1);
}

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "workspacetest.moc"
