#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `newsline extract` program as a user or an outside check would.
class ExtractCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSampleCorpusContract();
    void testBadInputsKeepOthers();
    void testPublishedOption();
    void testHelpAndVersion();
    void testUnusableKnowledgeFileStops();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
};

ExtractCommandTest::Run ExtractCommandTest::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(NEWSLINE_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void ExtractCommandTest::testSampleCorpusContract()
{
    const QString corpus = QStringLiteral(NEWSLINE_TEST_DATA) + u"/../../resources/sample-corpus"_s;
    const Run r = run({u"extract"_s, corpus});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray articles = doc.object().value("articles"_L1).toArray();
    QCOMPARE(articles.size(), 2);
    QVERIFY(doc.object().value("events"_L1).isArray());
    for (const QJsonValue &value : articles) {
        const QJsonObject a = value.toObject();
        for (const auto key :
             {"file"_L1, "title"_L1, "source"_L1, "published"_L1, "language"_L1, "text"_L1, "boilerplate"_L1,
              "sentences"_L1, "timexes"_L1, "figures"_L1, "entities"_L1, "quotes"_L1}) {
            QVERIFY2(a.contains(key), key.data());
        }
        const QString text = a.value("text"_L1).toString();
        QVERIFY(!text.startsWith(u"---"_s));
        QVERIFY(!text.contains(u'\r'));
        // Every span points into the text, end exclusive, sorted and disjoint.
        int previousEnd = 0;
        for (const QJsonValue &s : a.value("sentences"_L1).toArray()) {
            const int start = s.toObject().value("start"_L1).toInt();
            const int end = s.toObject().value("end"_L1).toInt();
            QVERIFY(start >= previousEnd && end > start && end <= text.size());
            QVERIFY(!text.at(start).isSpace() && !text.at(end - 1).isSpace());
            previousEnd = end;
        }
        // Offsets of every item with "text" slice back to that text.
        for (const auto list : {"timexes"_L1, "figures"_L1, "quotes"_L1}) {
            for (const QJsonValue &item : a.value(list).toArray()) {
                const QJsonObject o = item.toObject();
                const int start = o.value("start"_L1).toInt();
                QCOMPARE(text.mid(start, o.value("end"_L1).toInt() - start), o.value("text"_L1).toString());
            }
        }
    }
    const QJsonObject mistral = articles.at(0).toObject();
    QVERIFY(mistral.value("file"_L1).toString().endsWith(u"microsoft-mistral-partnership.txt"_s));
    QCOMPARE(mistral.value("published"_L1).toString(), u"2024-02-27"_s);
    QCOMPARE(mistral.value("source"_L1).toString(), u"The Asia Business Daily"_s);
    QCOMPARE(mistral.value("title"_L1).toString(), u"OpenAI Investor Microsoft Accelerates AI Investment"_s);
    const QJsonArray boilerplate = mistral.value("boilerplate"_L1).toArray();
    QCOMPARE(boilerplate.size(), 2);
    const QString text = mistral.value("text"_L1).toString();
    const int start = boilerplate.at(0).toObject().value("start"_L1).toInt();
    const int end = boilerplate.at(0).toObject().value("end"_L1).toInt();
    QVERIFY(text.mid(start, end - start).startsWith(u"Hot Picks Today\n\"Stocks Are Not Taxed"_s));
    QCOMPARE(text.at(end + 1), u'I'); // "In this context, ..." is article text
    const QJsonObject openai = articles.at(1).toObject();
    QVERIFY(openai.value("title"_L1).isNull()); // its first line is prose, not a headline
    QVERIFY(openai.value("source"_L1).isNull());
}

void ExtractCommandTest::testBadInputsKeepOthers()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"good.txt"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("---\npublished: 2020-05-05\n---\nAcme bought Widgets.\n");
    good.close();
    QFile bad(dir.filePath(u"bad.txt"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Caf\xE9\n");
    bad.close();
    const Run r = run({u"extract"_s, dir.path(), dir.filePath(u"missing.txt"_s)});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(r.err.contains("bad.txt: not valid UTF-8 (invalid byte 0xe9 at byte offset 3)\n"));
    QVERIFY(r.err.contains("missing.txt: no such file or folder\n"));
    const QJsonArray articles = QJsonDocument::fromJson(r.out).object().value("articles"_L1).toArray();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.at(0).toObject().value("published"_L1).toString(), u"2020-05-05"_s);
}

void ExtractCommandTest::testPublishedOption()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("Acme bought Widgets.\n");
    plain.close();
    QFile dated(dir.filePath(u"dated.txt"_s));
    QVERIFY(dated.open(QIODevice::WriteOnly));
    dated.write("---\npublished: 2001-02-03\n---\nAcme sold Widgets.\n");
    dated.close();
    Run r = run({u"extract"_s, u"--published"_s, u"2022-10-11"_s, plain.fileName(), dated.fileName()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray articles = QJsonDocument::fromJson(r.out).object().value("articles"_L1).toArray();
    QCOMPARE(articles.at(0).toObject().value("published"_L1).toString(), u"2022-10-11"_s);
    QCOMPARE(articles.at(1).toObject().value("published"_L1).toString(), u"2001-02-03"_s); // front matter wins

    r = run({u"extract"_s, plain.fileName()});
    QVERIFY(QJsonDocument::fromJson(r.out)
                .object()
                .value("articles"_L1)
                .toArray()
                .at(0)
                .toObject()
                .value("published"_L1)
                .isNull()); // never the file's modification time

    r = run({u"extract"_s, u"--published"_s, u"yesterday"_s, plain.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--published"));
}

void ExtractCommandTest::testHelpAndVersion()
{
    Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("extract"));
    r = run({u"extract"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--published"));
    r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("newsline"));
}

void ExtractCommandTest::testUnusableKnowledgeFileStops()
{
    // The analyst's own aliases file, broken on its fourth line: nothing is extracted without it, and they are told
    // which file and where.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir(config.path()).mkpath(u"Newsline/newsline"_s));
    QFile entities(config.filePath(u"Newsline/newsline/entities.json"_s));
    QVERIFY(entities.open(QIODevice::WriteOnly));
    entities.write(
        "{\n  \"entities\": [\n    {\"name\": \"Globex\", \"type\": \"ORG\", \"aliases\": [\"GBX\"]\n  ]\n}\n");
    entities.close();
    QFile article(config.filePath(u"article.txt"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("Globex bought Initech for $3 billion on Monday.\n");
    article.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const Run r = run({u"extract"_s, article.fileName()}, environment);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("entities.json, line 4"), r.err.constData());

    // Put right, the same file is read.
    QVERIFY(entities.open(QIODevice::WriteOnly | QIODevice::Truncate));
    entities.write("{\"entities\": [{\"name\": \"Globex\", \"type\": \"ORG\", \"aliases\": [\"GBX\"]}]}\n");
    entities.close();
    QCOMPARE(run({u"extract"_s, article.fileName()}, environment).exitCode, 0);
}

QTEST_GUILESS_MAIN(ExtractCommandTest)
#include "extractcommandtest.moc"
