#include "exportwriter.h"
#include "corpusloader.h"
#include "csvexport.h"
#include "icsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSLINE_TEST_DATA) + u"/formats/"_s + name;
}

// Runs a Python program over a file, the independent reader of an export; its stdout, or a failure.
QString python(const QString &program, const QString &file, QString *failure)
{
    QProcess process;
    process.start(u"/usr/bin/python3"_s, {u"-c"_s, program, file});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The rows of a CSV file as Python's csv module reads them, as a spreadsheet would (the byte order mark says UTF-8):
// one object per row, keyed by the header.
QJsonArray csvRows(const QString &path, QString *failure)
{
    const QString out = python(u"import csv, sys, json\n"
                               "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
                               "print(json.dumps(rows))\n"_s,
                               path, failure);
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

} // namespace

class ExportWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testCsvReadBack_data();
    void testCsvReadBack();
    void testCsvQuoting();
    void testJsonContract();
    void testAnalystCorrectionsAreMarked();
    void testTimelineJs();
    void testIcalendar();
    void testFormatNames();

private:
    Corpus m_corpus;
    int m_datedEvents = 0;
    QTemporaryDir m_dir;
};

void ExportWriterTest::initTestCase()
{
    QList<ReadError> errors;
    m_corpus = CorpusLoader().load({CorpusLoader::sampleCorpusPath(), dataFile(u"french.html"_s),
                                    dataFile(u"headline-related.html"_s), dataFile(u"deals.atom"_s)},
                                   &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(m_corpus.events.size() > 3);
    for (const Event &event : std::as_const(m_corpus.events)) {
        m_datedEvents += event.date.isValid() ? 1 : 0;
    }
    QVERIFY(m_datedEvents > 0);
}

void ExportWriterTest::testCsvReadBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("countColumn");
    QTest::addColumn<int>("rows");
    int figures = 0;
    int quotes = 0;
    for (const Article &article : std::as_const(m_corpus.articles)) {
        figures += int(article.figures.size());
        quotes += int(article.quotes.size());
    }
    QTest::newRow("events") << u"csv"_s << u"summary"_s << int(m_corpus.events.size());
    QTest::newRow("figures") << u"figures-csv"_s << u"amount"_s << figures;
    QTest::newRow("quotes") << u"quotes-csv"_s << u"speaker"_s << quotes;
}

void ExportWriterTest::testCsvReadBack()
{
    QFETCH(QString, format);
    QFETCH(QString, countColumn);
    QFETCH(int, rows);
    const auto chosen = ExportWriter::formatFromName(format);
    QVERIFY(chosen);
    const QString path = write(m_dir, format + u".csv"_s, ExportWriter::write(*chosen, m_corpus));
    QString failure;
    const QJsonArray read = csvRows(path, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(read.size(), rows);
    QVERIFY(rows > 0);
    for (const QJsonValue &row : read) {
        QVERIFY(row.toObject().contains(countColumn));
    }
    if (format == u"quotes-csv") {
        // Text beyond ASCII comes back as written.
        const bool found = std::any_of(read.begin(), read.end(), [](const QJsonValue &row) {
            return row.toObject().value("speaker"_L1).toString() == u"Tomas Ferrell"_s &&
                   row.toObject().value("article_title"_L1).toString() ==
                       u"Orbital Freight raises €40 million from Calder Ventures"_s;
        });
        QVERIFY(found);
    }
    if (format == u"csv") {
        // Every event row points at the characters it was read from.
        for (const QJsonValue &row : read) {
            const QString offsets = row.toObject().value("source_offsets"_L1).toString();
            QVERIFY2(QRegularExpression(u"^\\d+-\\d+(; \\d+-\\d+)*$"_s).match(offsets).hasMatch(), qPrintable(offsets));
        }
    }
}

void ExportWriterTest::testCsvQuoting()
{
    QCOMPARE(CsvExport::record({u"plain"_s, u"a, b"_s, u"say \"yes\""_s, u"two\nlines"_s, QString()}),
             QByteArray("plain,\"a, b\",\"say \"\"yes\"\"\",\"two\nlines\",\r\n"));
}

void ExportWriterTest::testJsonContract()
{
    const QJsonObject json =
        QJsonDocument::fromJson(ExportWriter::write(ExportWriter::Format::Json, m_corpus)).object();
    const QJsonArray articles = json.value("articles"_L1).toArray();
    QCOMPARE(articles.size(), m_corpus.articles.size());
    for (const QJsonValue &a : articles) {
        for (const char *field : {"file", "title", "source", "published", "language", "text", "sentences",
                                  "boilerplate", "timexes", "figures", "entities", "quotes"}) {
            QVERIFY2(a.toObject().contains(QLatin1StringView(field)), field);
        }
    }
    const QJsonArray events = json.value("events"_L1).toArray();
    QCOMPARE(events.size(), m_corpus.events.size());
    for (const QJsonValue &e : events) {
        for (const char *field : {"id", "type", "date", "precision", "dateBasis", "parties", "summary", "sources"}) {
            QVERIFY2(e.toObject().contains(QLatin1StringView(field)), field);
        }
    }
}

void ExportWriterTest::testAnalystCorrectionsAreMarked()
{
    // An event the analyst corrected says so in the JSON and CSV exports; one as extracted carries no mark.
    Corpus corpus = m_corpus;
    corpus.events[0].analystFields = {u"date"_s, u"parties"_s, u"note"_s};
    corpus.events[0].analystDay = QDate(2026, 11, 30);
    corpus.events[0].analystNote = u"Buyer checked against the filing"_s;
    const QJsonArray events = QJsonDocument::fromJson(ExportWriter::write(ExportWriter::Format::Json, corpus))
                                  .object()
                                  .value("events"_L1)
                                  .toArray();
    const QJsonObject analyst = events.at(0).toObject().value("analyst"_L1).toObject();
    QCOMPARE(analyst.value("fields"_L1).toArray(), QJsonArray({u"date"_s, u"parties"_s, u"note"_s}));
    QCOMPARE(analyst.value("day"_L1).toString(), u"2026-11-30"_s);
    QCOMPARE(analyst.value("note"_L1).toString(), u"Buyer checked against the filing"_s);
    QVERIFY(!events.at(1).toObject().contains("analyst"_L1));

    const QString path = write(m_dir, u"corrected.csv"_s, ExportWriter::write(ExportWriter::Format::EventsCsv, corpus));
    QString failure;
    const QJsonArray rows = csvRows(path, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rows.at(0).toObject().value("set_by_analyst"_L1).toString(), u"date; parties; note"_s);
    QCOMPARE(rows.at(0).toObject().value("analyst_day"_L1).toString(), u"2026-11-30"_s);
    QCOMPARE(rows.at(0).toObject().value("analyst_note"_L1).toString(), u"Buyer checked against the filing"_s);
    QCOMPARE(rows.at(1).toObject().value("set_by_analyst"_L1).toString(), QString());
}

void ExportWriterTest::testTimelineJs()
{
    const QJsonObject json =
        QJsonDocument::fromJson(ExportWriter::write(ExportWriter::Format::TimelineJs, m_corpus, u"Deals"_s)).object();
    QCOMPARE(json.value("title"_L1).toObject().value("text"_L1).toObject().value("headline"_L1).toString(), u"Deals"_s);
    const QJsonArray events = json.value("events"_L1).toArray();
    QCOMPARE(events.size(), m_datedEvents);
    static const QRegularExpression digits(u"^\\d+$"_s);
    int withLink = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QJsonObject start = event.value("start_date"_L1).toObject();
        // TimelineJS3 requires a year; month and day only as far as the date is known.
        QVERIFY(digits.match(start.value("year"_L1).toString()).hasMatch());
        QVERIFY(!start.contains("day"_L1) || start.contains("month"_L1));
        QVERIFY(!event.value("text"_L1).toObject().value("headline"_L1).toString().isEmpty());
        QVERIFY(event.contains("group"_L1));
        withLink += event.value("text"_L1).toObject().value("text"_L1).toString().contains(u"<a href="_s) ? 1 : 0;
    }
    QVERIFY(withLink > 0);
    // A year-precision event has no month.
    const auto yearEvent = std::find_if(m_corpus.events.cbegin(), m_corpus.events.cend(),
                                        [](const Event &e) { return e.precision == Event::Precision::Year; });
    if (yearEvent != m_corpus.events.cend()) {
        const bool found = std::any_of(events.begin(), events.end(), [&](const QJsonValue &v) {
            const QJsonObject start = v.toObject().value("start_date"_L1).toObject();
            return v.toObject().value("unique_id"_L1).toString() == yearEvent->id && !start.contains("month"_L1);
        });
        QVERIFY(found);
    }
}

void ExportWriterTest::testIcalendar()
{
    const QString first = write(m_dir, u"first.ics"_s,
                                ExportWriter::write(ExportWriter::Format::Ics, m_corpus, {},
                                                    QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)));
    const QString second = write(m_dir, u"second.ics"_s,
                                 ExportWriter::write(ExportWriter::Format::Ics, m_corpus, {},
                                                     QDateTime(QDate(2026, 2, 3), QTime(4, 5), Qt::UTC)));
    // Debian's python3-icalendar, a real parser.
    const QString program = u"import sys, json, icalendar\n"
                            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                            "out = []\n"
                            "for e in cal.walk('VEVENT'):\n"
                            "    out.append({'uid': str(e['UID']), 'start': e['DTSTART'].dt.isoformat(),\n"
                            "                'end': e['DTEND'].dt.isoformat(), 'summary': str(e['SUMMARY']),\n"
                            "                'description': str(e['DESCRIPTION'])})\n"
                            "print(json.dumps(out))\n"_s;
    QString failure;
    const QJsonArray a = QJsonDocument::fromJson(python(program, first, &failure).toUtf8()).array();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QJsonArray b = QJsonDocument::fromJson(python(program, second, &failure).toUtf8()).array();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(a.size(), m_datedEvents);
    QSet<QString> uidsA;
    QSet<QString> uidsB;
    for (const QJsonValue &v : a) {
        uidsA.insert(v.toObject().value("uid"_L1).toString());
        QVERIFY(v.toObject().value("description"_L1).toString().contains(u"characters "_s));
        QVERIFY(v.toObject().value("end"_L1).toString() > v.toObject().value("start"_L1).toString());
    }
    for (const QJsonValue &v : b) {
        uidsB.insert(v.toObject().value("uid"_L1).toString());
    }
    // Unique, and the same when exported again: a calendar updates instead of duplicating.
    QCOMPARE(uidsA.size(), a.size());
    QCOMPARE(uidsB, uidsA);
    // A year-precision event spans its year.
    for (const Event &event : std::as_const(m_corpus.events)) {
        if (event.precision == Event::Precision::Year) {
            const bool found = std::any_of(a.begin(), a.end(), [&](const QJsonValue &v) {
                return v.toObject().value("uid"_L1).toString().startsWith(IcsExport::uid(event).section(u'@', 0, 0)) &&
                       v.toObject().value("end"_L1).toString() ==
                           QDate(event.date.year() + 1, 1, 1).toString(Qt::ISODate);
            });
            QVERIFY(found);
        }
    }
}

void ExportWriterTest::testFormatNames()
{
    for (const QString &name : ExportWriter::formatNames()) {
        QVERIFY2(ExportWriter::formatFromName(name), qPrintable(name));
    }
    QVERIFY(!ExportWriter::formatFromName(u"xlsx"_s));
}

QTEST_GUILESS_MAIN(ExportWriterTest)
#include "exportwritertest.moc"
