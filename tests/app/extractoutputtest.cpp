#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Expected outputs of the real `newsline extract`: every article under tests/data/extract (and the bundled sample
// corpus as one case) beside its <case>.expected.json. A difference writes <case>.actual.json next to it and shows
// the unified diff, so that a change in what the finders find is seen line by line, reviewed, and then taken over by
// copying the actual file onto the expected one.
class ExtractOutputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testExpectedOutput_data();
    void testExpectedOutput();
    void testSameOutputInEveryLocale_data();
    void testSameOutputInEveryLocale();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs extract on one case, named relative to the cases' folder so that "file" in the output is stable.
    static Run run(const QString &input, const QString &locale = u"C.UTF-8"_s);
    static QString casesFolder() { return QStringLiteral(NEWSLINE_TEST_DATA) + u"/extract"_s; }
    static void addCases();
};

ExtractOutputTest::Run ExtractOutputTest::run(const QString &input, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, locale);
    environment.insert(u"LC_ALL"_s, locale);
    environment.insert(u"LANGUAGE"_s, locale.section(u'_', 0, 0));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(casesFolder());
    process.start(QStringLiteral(NEWSLINE_BINARY), {u"extract"_s, input});
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void ExtractOutputTest::addCases()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir folder(casesFolder());
    // The sample corpus is one case: its events are built across both articles.
    QTest::newRow("sample-corpus") << u"../../../resources/sample-corpus"_s << u"sample-corpus.expected.json"_s;
    const QStringList cases = folder.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : cases) {
        const QString base = QFileInfo(name).completeBaseName();
        QTest::newRow(qPrintable(base)) << name << base + u".expected.json"_s;
    }
}

void ExtractOutputTest::testExpectedOutput_data()
{
    addCases();
}

void ExtractOutputTest::testExpectedOutput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Run r = run(input);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString expectedPath = QDir(casesFolder()).filePath(expected);
    QFile file(expectedPath);
    const QByteArray wanted = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QString actualPath = QString(expectedPath).replace(u".expected.json"_s, u".actual.json"_s);
    if (r.out == wanted) {
        QFile::remove(actualPath);
        return;
    }
    QFile actual(actualPath);
    QVERIFY(actual.open(QIODevice::WriteOnly | QIODevice::Truncate));
    actual.write(r.out);
    actual.close();
    QString diff;
    if (!QStandardPaths::findExecutable(u"diff"_s).isEmpty()) {
        QProcess process;
        process.start(u"diff"_s, {u"-u"_s, expectedPath, actualPath});
        process.waitForFinished(30000);
        diff = QString::fromUtf8(process.readAllStandardOutput());
    }
    qInfo().noquote() << diff;
    QFAIL(qPrintable(wanted.isEmpty()
                         ? u"no %1 yet; the output is in %2"_s.arg(expected, actualPath)
                         : u"the output differs from %1 (diff above); it is in %2"_s.arg(expected, actualPath)));
}

void ExtractOutputTest::testSameOutputInEveryLocale_data()
{
    addCases();
}

void ExtractOutputTest::testSameOutputInEveryLocale()
{
    // What extract prints is data: a French or Korean user gets the same bytes as everyone else.
    QFETCH(QString, input);
    const Run reference = run(input);
    QCOMPARE(reference.exitCode, 0);
    for (const QString &locale : {u"fr_FR.UTF-8"_s, u"ko_KR.UTF-8"_s}) {
        const Run other = run(input, locale);
        QCOMPARE(other.exitCode, 0);
        QVERIFY2(other.out == reference.out, qPrintable(u"the output under %1 differs"_s.arg(locale)));
    }
}

QTEST_GUILESS_MAIN(ExtractOutputTest)
#include "extractoutputtest.moc"
