#include "knowledgebase.h"
#include "resourcedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class KnowledgeBaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testLookup_data();
    void testLookup();
    void testUserFileMergedOver();
    void testMalformedUserFile();
    void testInstanceReadsUserDirectory();
    void testWordLists();
    void testBundledListIsGeneral();

private:
    QString m_userFile;
};

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void KnowledgeBaseTest::initTestCase()
{
    // The user's alias file lives in the config directory; test mode keeps the real one untouched.
    QStandardPaths::setTestModeEnabled(true);
    // One folder per process: the French-locale run of this test may run at the same time.
    QCoreApplication::setApplicationName(u"knowledgebasetest-"_s + QString::number(QCoreApplication::applicationPid()));
    QVERIFY(QDir().mkpath(ResourceData::userDirectory()));
    m_userFile = QDir(ResourceData::userDirectory()).filePath(u"entities.json"_s);
    QVERIFY(writeFile(m_userFile, R"({"entities": [{"name": "Fabrikam Robotics", "type": "ORG",
                                      "aliases": ["Fabrikam", "FBKR"]}]})"));
}

void KnowledgeBaseTest::cleanupTestCase()
{
    QDir(ResourceData::userDirectory()).removeRecursively();
}

void KnowledgeBaseTest::testLookup_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");

    QTest::newRow("ms") << u"MS"_s << u"Microsoft"_s << u"ORG"_s;
    QTest::newRow("microsoft-corp") << u"Microsoft Corp."_s << u"Microsoft"_s << u"ORG"_s;
    QTest::newRow("canonical") << u"Microsoft"_s << u"Microsoft"_s << u"ORG"_s;
    QTest::newRow("mistralai") << u"MistralAI"_s << u"Mistral AI"_s << u"ORG"_s;
    QTest::newRow("aws") << u"AWS"_s << u"Amazon Web Services"_s << u"ORG"_s;
    QTest::newRow("meta") << u"Meta"_s << u"Meta Platforms"_s << u"ORG"_s;
    QTest::newRow("ap") << u"AP"_s << u"The Associated Press"_s << u"MEDIA"_s;
    QTest::newRow("lower-the") << u"the Associated Press"_s << u"The Associated Press"_s << u"MEDIA"_s;
    QTest::newRow("techcrunch") << u"TechCrunch"_s << u"TechCrunch"_s << u"MEDIA"_s;
    QTest::newRow("azure") << u"Azure"_s << u"Azure"_s << u"PRODUCT"_s;
    QTest::newRow("le-chat") << u"Le Chat"_s << u"Le Chat"_s << u"PRODUCT"_s;
    QTest::newRow("chatgpt") << u"ChatGPT"_s << u"ChatGPT"_s << u"PRODUCT"_s;
    QTest::newRow("spain") << u"Spain"_s << u"Spain"_s << u"LOC"_s;
    QTest::newRow("us-dotted") << u"U.S."_s << u"United States"_s << u"LOC"_s;
    // Must not match: other spellings and case, parts of names.
    QTest::newRow("lower-case-ms") << u"ms"_s << QString() << QString();
    QTest::newRow("lower-case-apple") << u"apple"_s << QString() << QString();
    QTest::newRow("part-of-name") << u"Mistral A"_s << QString() << QString();
    QTest::newRow("surname-alone") << u"Smith"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void KnowledgeBaseTest::testLookup()
{
    QFETCH(QString, form);
    QFETCH(QString, name);
    QFETCH(QString, type);

    const KnowledgeBase knowledge;
    const KnowledgeBase::Entry *entry = knowledge.lookup(form);
    if (name.isEmpty()) {
        QVERIFY2(!entry, entry ? qPrintable(entry->name) : "");
        return;
    }
    QVERIFY(entry);
    QCOMPARE(entry->name, name);
    QCOMPARE(Entity::typeName(entry->type), type);
}

void KnowledgeBaseTest::testUserFileMergedOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"entities.json"_s);
    QVERIFY(writeFile(path, R"({"entities": [
        {"name": "Contoso", "type": "ORG", "aliases": ["CTSO"]},
        {"name": "Microsoft", "aliases": ["Redmond giant"]},
        {"name": "Acme Mobile", "type": "ORG", "aliases": ["MS"]},
        {"name": "Le Chat", "type": "ORG"}
    ]})"));
    KnowledgeBase knowledge;
    QVERIFY(knowledge.mergeFile(path));
    QCOMPARE(knowledge.lookup(u"CTSO")->name, u"Contoso"_s);
    QCOMPARE(knowledge.lookup(u"Redmond giant")->name, u"Microsoft"_s);
    QCOMPARE(knowledge.lookup(u"Microsoft Corp.")->name, u"Microsoft"_s);
    // The user's file wins where it disagrees with the bundled one.
    QCOMPARE(knowledge.lookup(u"MS")->name, u"Acme Mobile"_s);
    QCOMPARE(knowledge.lookup(u"Le Chat")->type, Entity::Type::Organisation);
    QVERIFY(!knowledge.entry(u"Microsoft"_s)->aliases.contains(u"MS"_s));
}

void KnowledgeBaseTest::testMalformedUserFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"entities.json"_s);
    QVERIFY(writeFile(path, "{ not json"));
    KnowledgeBase knowledge;
    const qsizetype before = knowledge.entries().size();
    QVERIFY(!knowledge.mergeFile(path));
    QVERIFY(!knowledge.mergeFile(dir.filePath(u"missing.json"_s)));
    QCOMPARE(knowledge.entries().size(), before);
    QCOMPARE(knowledge.lookup(u"MS")->name, u"Microsoft"_s);
}

void KnowledgeBaseTest::testInstanceReadsUserDirectory()
{
    const KnowledgeBase &knowledge = KnowledgeBase::instance();
    QVERIFY(knowledge.lookup(u"FBKR"));
    QCOMPARE(knowledge.lookup(u"FBKR")->name, u"Fabrikam Robotics"_s);
    QCOMPARE(knowledge.lookup(u"MS")->name, u"Microsoft"_s);
}

void KnowledgeBaseTest::testWordLists()
{
    const KnowledgeBase knowledge(false);
    QVERIFY(knowledge.entries().isEmpty());
    QVERIFY(knowledge.titles().contains(u"CEO"));
    QVERIFY(knowledge.titles().contains(u"president"));
    QVERIFY(knowledge.titles().contains(u"Co-Founder"));
    QVERIFY(!knowledge.titles().contains(u"company"));
    QVERIFY(knowledge.speechVerbs().contains(u"said"));
    QVERIFY(knowledge.speechVerbs().contains(u"according to"));
    QVERIFY(!knowledge.speechVerbs().contains(u"invested"));
    QVERIFY(knowledge.organisationSuffixes().contains(u"Inc"));
    QVERIFY(knowledge.organisationSuffixes().contains(u"plc"));
    QVERIFY(knowledge.nonEntityWords().contains(u"Accordingly"));
    QVERIFY(knowledge.nonEntityWords().contains(u"LLMs"));
    QVERIFY(!knowledge.nonEntityWords().contains(u"Microsoft"));
    QCOMPARE(knowledge.pronounTypes(u"He"), QList<Entity::Type>{Entity::Type::Person});
    QVERIFY(knowledge.pronounTypes(u"company").isEmpty());
    QCOMPARE(knowledge.descriptionType(u"company"), Entity::Type::Organisation);
    QCOMPARE(knowledge.descriptionType(u"newspaper"), Entity::Type::Media);
    QVERIFY(!knowledge.descriptionType(u"weather"));
}

void KnowledgeBaseTest::testBundledListIsGeneral()
{
    const KnowledgeBase knowledge;
    QVERIFY(knowledge.entries().size() >= 300);
    for (const auto type : {Entity::Type::Person, Entity::Type::Organisation, Entity::Type::Location,
                            Entity::Type::Product, Entity::Type::Media}) {
        const auto count = std::count_if(knowledge.entries().cbegin(), knowledge.entries().cend(),
                                         [type](const KnowledgeBase::Entry &e) { return e.type == type; });
        QVERIFY2(count >= 20, qPrintable(Entity::typeName(type)));
    }
}

QTEST_GUILESS_MAIN(KnowledgeBaseTest)
#include "knowledgebasetest.moc"
