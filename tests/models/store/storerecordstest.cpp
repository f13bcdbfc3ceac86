#include "storerecords.h"

#include "craftedworkspace.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QDataStream>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// Records read back from a workspace someone edited by hand: every value is checked against the text it points into
// and against sane bounds, so that no edit makes the program overflow, allocate without end or refuse later imports.
class StoreRecordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testSpansOutsideTheTextDropped_data();
    void testSpansOutsideTheTextDropped();
    void testHugeListInAReport();
    void testReportDatedBeyondYear9999();
    void testStoredAmountReadExactly();

private:
    // A stored report of an event written the way Newsline writes one (format 1), dated on the given Julian day.
    static QByteArray report(qint64 julianDay);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void StoreRecordsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"harbour.newsline"_s);
    QVERIFY(CraftedWorkspace::make(m_path, 3));
}

void StoreRecordsTest::testSpansOutsideTheTextDropped_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("what");
    QTest::newRow("quote-near-int-max") << u"UPDATE quotes SET start = 2147483600, \"end\" = 2147483647"_s
                                        << u"quotes"_s;
    QTest::newRow("quote-end-before-start") << u"UPDATE quotes SET start = 40, \"end\" = 10"_s << u"quotes"_s;
    QTest::newRow("quote-negative") << u"UPDATE quotes SET start = -5, \"end\" = 3"_s << u"quotes"_s;
    QTest::newRow("figure-past-the-text") << u"UPDATE figures SET start = 5, \"end\" = 100000"_s << u"figures"_s;
    QTest::newRow("date-near-int-max") << u"UPDATE timexes SET start = 2147483646, \"end\" = 2147483647"_s
                                       << u"timexes"_s;
    // Little-endian int32 pairs: (0x7ffffff0, 0x7fffffff).
    QTest::newRow("mentions-near-int-max") << u"UPDATE entities SET mentions = X'F0FFFF7FFFFFFF7F'"_s << u"mentions"_s;
    QTest::newRow("sentences-near-int-max")
        << u"UPDATE articles SET sentences = X'F0FFFF7FFFFFFF7F'"_s << u"sentences"_s;
}

void StoreRecordsTest::testSpansOutsideTheTextDropped()
{
    QFETCH(QString, statement);
    QFETCH(QString, what);
    QCOMPARE(CraftedWorkspace::alter(m_path, {statement}), QString());
    QString error;
    const auto workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    const std::optional<Article> article = workspace->article(1);
    QVERIFY(article);
    const qsizetype length = article->text.size();
    QVERIFY(length > 0);
    const auto inside = [length](int start, int end) { return start >= 0 && end >= start && end <= length; };
    for (const Quote &q : article->quotes) {
        QVERIFY(inside(q.start, q.end));
    }
    for (const MoneyFigure &f : article->figures) {
        QVERIFY(inside(f.start, f.end));
    }
    for (const Timex &t : article->timexes) {
        QVERIFY(inside(t.start, t.end));
    }
    for (const Entity &e : article->entities) {
        for (const TextSpan &s : e.mentions) {
            QVERIFY(inside(s.start, s.end));
        }
    }
    for (const TextSpan &s : article->sentences) {
        QVERIFY(inside(s.start, s.end));
    }
    // The edited records are gone, and only they: the rest of the article is still there.
    const QHash<QString, qsizetype> counts{{u"quotes"_s, article->quotes.size()},
                                           {u"figures"_s, article->figures.size()},
                                           {u"timexes"_s, article->timexes.size()},
                                           {u"sentences"_s, article->sentences.size()}};
    if (counts.contains(what)) {
        QCOMPARE(counts.value(what), 0);
    }
    if (what == u"mentions"_s) {
        for (const Entity &e : article->entities) {
            QVERIFY(e.mentions.isEmpty());
        }
    } else {
        QVERIFY(!article->entities.isEmpty());
    }
    // The search list reads quotes on their own: no offset from the file reaches the views unchecked.
    for (const QuoteRow &row : workspace->quotes(0, 10)) {
        QVERIFY(row.start == -1 || inside(row.start, row.end));
    }
}

QByteArray StoreRecordsTest::report(qint64 julianDay)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(1) << qint32(Event::Type::Acquisition) << qint32(0) << qint32(20)
        << QByteArrayList{"Dunmore Shipping", "Harwick Cranes"} << QByteArrayList{"Dunmore Shipping"} << QByteArray()
        << QByteArray("Harwick Cranes") << QByteArrayList() << QList<qint32>() << QByteArray("12000000")
        << QByteArray("USD") << QByteArray("12000000") << QDate::fromJulianDay(julianDay)
        << qint32(Event::Precision::Day) << qint32(Event::DateBasis::Text) << false;
    return bytes;
}

void StoreRecordsTest::testHugeListInAReport()
{
    // Format 1, an acquisition at offsets 0..16, then a list of actors said to hold 4,294,967,280 names.
    QCOMPARE(
        CraftedWorkspace::alter(m_path, {u"UPDATE event_mentions SET data = X'01000000050000000000000010FFFFFFF0'"_s}),
        QString());
    QString error;
    const auto workspace = WorkspaceImporter::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceImporter importer(*workspace);
    QVERIFY2(importer.rebuildEvents(), qPrintable(workspace->lastError()));
}

void StoreRecordsTest::testReportDatedBeyondYear9999()
{
    // A report dated in the year 13,000,000 has no ISO date: it once left the events' sort key empty, and every
    // later import failed on it ("NOT NULL constraint failed: events.sort_key").
    QCOMPARE(CraftedWorkspace::alter(m_path, {u"UPDATE event_mentions SET data = X'%1'"_s.arg(
                                                 QString::fromLatin1(report(4'750'000'000).toHex()))}),
             QString());
    QString error;
    const auto workspace = WorkspaceImporter::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceImporter importer(*workspace);
    QVERIFY2(importer.rebuildEvents(), qPrintable(workspace->lastError()));
    const QStringList more = CraftedWorkspace::writeArticles(
        m_dir->filePath(u"more"_s),
        {"Dunmore Shipping bought Kestrel Tugs for $4 million on 9 March 2023, the company said.\n"});
    const ImportResult result = importer.importFiles(more);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.added, 1);
    for (const Event &event : workspace->events(0, 100)) {
        QVERIFY(!event.date.isValid() || event.date.year() <= 9999);
    }
}

void StoreRecordsTest::testStoredAmountReadExactly()
{
    // A report stored as Newsline has always written one, its amount and dollar value as decimal digits: read back as
    // the exact amount, with no migration of the workspace.
    QCOMPARE(CraftedWorkspace::alter(m_path, {u"UPDATE event_mentions SET data = X'%1'"_s.arg(QString::fromLatin1(
                                                 report(QDate(2023, 3, 9).toJulianDay()).toHex()))}),
             QString());
    QString error;
    const auto workspace = WorkspaceImporter::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceImporter importer(*workspace);
    QVERIFY2(importer.rebuildEvents(), qPrintable(workspace->lastError()));
    const QList<Event> events = workspace->events(0, 100);
    QCOMPARE(events.size(), 1);
    const Event &event = events.constFirst();
    QVERIFY(event.wording.amount == Decimal(12000000));
    QCOMPARE(event.wording.currency, u"USD"_s);
    QVERIFY(!event.wording.perShare);
    QVERIFY2(event.summary.contains(u"$12 million"_s), qPrintable(event.summary));
}

QTEST_GUILESS_MAIN(StoreRecordsTest)
#include "storerecordstest.moc"
