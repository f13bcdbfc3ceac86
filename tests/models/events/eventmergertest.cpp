#include "eventmerger.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class EventMergerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOneDealManyReports_data();
    void testOneDealManyReports();
    void testSameAmountTextJoins();
};

namespace {

// A report of Dunmore buying Harwick on 3 March 2024, in article `article`.
EventMention report(int article, const QString &amount)
{
    EventMention m;
    m.type = Event::Type::Acquisition;
    m.actors = {u"Dunmore"_s, u"Harwick"_s};
    m.keyActors = {u"Dunmore"_s, u"Harwick"_s};
    m.date = QDate(2024, 3, 3);
    m.precision = Event::Precision::Day;
    m.dateBasis = Event::DateBasis::Text;
    m.source = {article, 10, 60};
    m.figures = {{article, 0}};
    if (!amount.isEmpty()) {
        m.amount = Decimal::fromString(amount);
        m.currency = u"USD"_s;
        m.usd = m.amount;
    }
    return m;
}

} // namespace

void EventMergerTest::testOneDealManyReports_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("ownAmounts");
    // 50,000 articles telling one deal: merging them takes time in proportion to their number (the test's time limit
    // fails a merge that compares every report with every other).
    QTest::newRow("wire-copy") << 50000 << false;
    QTest::newRow("each-its-own-amount") << 50000 << true;
}

void EventMergerTest::testOneDealManyReports()
{
    QFETCH(int, count);
    QFETCH(bool, ownAmounts);
    QList<EventMention> reports;
    reports.reserve(count + 1);
    for (int i = 0; i < count; ++i) {
        // $2 billion and a bit more in each report, all within what one deal's reports may differ by.
        reports.append(report(i, ownAmounts ? QString::number(2000000000LL + 20000LL * i) : u"2000000000"_s));
    }
    // The same sentence read twice is one source.
    reports.append(report(0, u"2000000000"_s));

    const QList<Event> events = EventMerger().merge(reports);
    QCOMPARE(events.size(), 1);
    const Event &event = events.constFirst();
    QCOMPARE(event.sources.size(), count);
    QCOMPARE(event.figures.size(), count);
    QCOMPARE(event.actors, (QStringList{u"Dunmore"_s, u"Harwick"_s}));
    QSet<int> articles;
    for (const SourceRef &source : event.sources) {
        articles.insert(source.article);
    }
    QCOMPARE(articles.size(), count);
    if (ownAmounts) {
        // Every amount stays visible as a disagreement; the summary names a few, not fifty thousand.
        QCOMPARE(event.conflicts.size(), 1);
        QCOMPARE(event.conflicts.constFirst().field, u"amount"_s);
        QCOMPARE(event.conflicts.constFirst().values.size(), count + 1);
        QVERIFY2(event.summary.size() < 1000, qPrintable(event.summary.left(200)));
        QVERIFY(event.summary.contains(u"also reported"_s));
    } else {
        QVERIFY(event.conflicts.isEmpty());
    }
}

void EventMergerTest::testSameAmountTextJoins()
{
    // Beyond the amounts an event compares a new one with, an amount already reported still joins its own.
    QList<EventMention> reports;
    for (int i = 0; i < 200; ++i) {
        reports.append(report(i, QString::number((3000LL + i) * 1000000)));
    }
    for (int i = 0; i < 300; ++i) {
        reports.append(report(200 + i, u"3150000000"_s));
    }
    const QList<Event> events = EventMerger().merge(reports);
    QCOMPARE(events.size(), 1);
    // The amount most reports give leads the summary.
    QVERIFY2(events.constFirst().summary.contains(u"3.15"_s), qPrintable(events.constFirst().summary));
}

QTEST_GUILESS_MAIN(EventMergerTest)
#include "eventmergertest.moc"
