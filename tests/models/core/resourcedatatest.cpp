#include "resourcedata.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// The knowledge files as the program reads them: all of them usable, each list once, and a file that does not parse
// named with its line.
class ResourceDataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void testBundledKnowledgeIsUsable();
    void testApproximatorsByUse_data();
    void testApproximatorsByUse();
    void testApproximatorWords();
    void testMalformedFileNamedWithItsLine();
};

void ResourceDataTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ResourceDataTest::cleanup()
{
    QFile::remove(QDir(ResourceData::userDirectory()).filePath(u"entities.json"_s));
}

void ResourceDataTest::testBundledKnowledgeIsUsable()
{
    // What the program checks when it starts: a knowledge file broken by an edit fails here, with its line.
    QStringList problems;
    for (const ResourceData::KnowledgeError &error : ResourceData::verify()) {
        problems.append(error.message());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void ResourceDataTest::testApproximatorsByUse_data()
{
    QTest::addColumn<QString>("use");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("listed");
    // One phrase, several uses, written once.
    QTest::newRow("about-before-an-amount") << u"amount"_s << u"about"_s << true;
    QTest::newRow("about-before-a-duration") << u"duration"_s << u"about"_s << true;
    QTest::newRow("more-than-sizes-an-amount") << u"amount"_s << u"more than"_s << true;
    QTest::newRow("more-than-compares") << u"comparison"_s << u"more than"_s << true;
    // Must not be listed:
    QTest::newRow("up-to-is-no-duration-word") << u"duration"_s << u"up to"_s << false;
    QTest::newRow("about-is-no-comparison") << u"comparison"_s << u"about"_s << false;
    QTest::newRow("no-such-use") << u"colour"_s << u"about"_s << false;
    QTest::newRow("over-is-no-price-filler") << u"for-price"_s << u"over"_s << false;
}

void ResourceDataTest::testApproximatorsByUse()
{
    QFETCH(QString, use);
    QFETCH(QString, phrase);
    QFETCH(bool, listed);
    QStringList phrases = ResourceData::approximators(use);
    QCOMPARE(phrases.contains(phrase), listed);
    QCOMPARE(phrases.removeDuplicates(), 0);
}

void ResourceDataTest::testApproximatorWords()
{
    // "for an estimated $5 million", "its just over $2 billion stake": each word of a phrase, once.
    const QStringList price = ResourceData::approximatorWords(u"for-price");
    QVERIFY(price.contains(u"an"_s));
    QVERIFY(price.contains(u"estimated"_s));
    QVERIFY(!price.contains(u"an estimated"_s));
    QCOMPARE(price.count(u"estimated"_s), 1);
    const QStringList before = ResourceData::approximatorWords(u"before-amount");
    QVERIFY(before.contains(u"just"_s));
    QVERIFY(before.contains(u"than"_s));
    QVERIFY(!before.contains(u"less"_s));
}

void ResourceDataTest::testMalformedFileNamedWithItsLine()
{
    // A user's knowledge file with a missing comma on its third line is reported as that file and that line, not
    // read as an empty list.
    QVERIFY(QDir().mkpath(ResourceData::userDirectory()));
    const QString path = QDir(ResourceData::userDirectory()).filePath(u"entities.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"aliases\": {\n    \"Harrowgate\": \"Harrowgate Foods\"\n    \"Pellin\": \"Pellin Dairy\"\n  }\n}\n");
    file.close();
    const QList<ResourceData::KnowledgeError> errors = ResourceData::verify();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, path);
    QVERIFY2(errors.first().line == 3 || errors.first().line == 4, qPrintable(errors.first().message()));
    QVERIFY2(errors.first().message().startsWith(path + u", line "_s), qPrintable(errors.first().message()));
}

QTEST_GUILESS_MAIN(ResourceDataTest)
#include "resourcedatatest.moc"
