#include "eventfiltermodel.h"

#include "eventlistmodel.h"
#include "fixturecorpus.h"
#include "testlocale.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class EventFilterModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testFilter_data();
    void testFilter();
    void testAcceptedRowsMatchTheTable();
    void testPeriod_data();
    void testPeriod();
    void testAmount_data();
    void testAmount();
    void testEventsReplaced();

private:
    Corpus m_corpus;
};

void EventFilterModelTest::initTestCase()
{
    // The French re-run (_fr) formats numbers and dates in French, and the rows expect it.
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    m_corpus = Fixture::sampleCorpus();
    // A founding recalled in passing, for "main events only".
    m_corpus.events[Fixture::MistralFounding].salience = Event::Salience::Background;
}

void EventFilterModelTest::testFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("company");
    QTest::addColumn<bool>("mainOnly");
    QTest::addColumn<QList<int>>("rows");
    const QList<int> all{Fixture::OpenAiBillion, Fixture::MistralFounding, Fixture::MistralPartnership,
                         Fixture::LeChatLaunch,  Fixture::OpenAiThirteen,  Fixture::DataCentres};
    QTest::newRow("nothing asked keeps everything") << QString() << -1 << QString() << false << all;
    QTest::newRow("a company's name as a word")
        << u"openai"_s << -1 << QString() << false << QList<int>{Fixture::OpenAiBillion, Fixture::OpenAiThirteen};
    QTest::newRow("the article's wording of a figure")
        << u"euros"_s << -1 << QString() << false << QList<int>{Fixture::MistralPartnership};
    QTest::newRow("two words must both match")
        << u"microsoft 2019"_s << -1 << QString() << false << QList<int>{Fixture::OpenAiBillion};
    QTest::newRow("a year") << u"2023"_s << -1 << QString() << false << QList<int>{Fixture::MistralFounding};
    QTest::newRow("a month") << u"2024-02"_s << -1 << QString() << false
                             << QList<int>{Fixture::MistralPartnership, Fixture::LeChatLaunch, Fixture::OpenAiThirteen};
    QTest::newRow("over ten billion, written with a space")
        << u"> 10B"_s << -1 << QString() << false << QList<int>{Fixture::OpenAiThirteen};
    QTest::newRow("at most two billion in dollars")
        << u"<=2000000000"_s << -1 << QString() << false << QList<int>{Fixture::OpenAiBillion};
    // The amount as the list shows it in the run's locale, decimal comma included in French.
    QTest::newRow("the amount as shown") << TestLocale::expected(u"$2.17B"_s, u"2,17 Md $US"_s) << -1 << QString()
                                         << false << QList<int>{Fixture::MistralPartnership};
    QTest::newRow("about 2.17 billion") << u"2.17B"_s << -1 << QString() << false
                                        << QList<int>{Fixture::MistralPartnership};
    QTest::newRow("a type") << QString() << int(Event::Type::Launch) << QString() << false
                            << QList<int>{Fixture::LeChatLaunch};
    QTest::newRow("a company, case aside")
        << QString() << -1 << u"mistral ai"_s << false
        << QList<int>{Fixture::MistralFounding, Fixture::MistralPartnership, Fixture::LeChatLaunch};
    QTest::newRow("main events of a company")
        << QString() << -1 << u"Mistral AI"_s << true << QList<int>{Fixture::MistralPartnership, Fixture::LeChatLaunch};
    // Must keep nothing:
    QTest::newRow("a word no event has") << u"zeppelin"_s << -1 << QString() << false << QList<int>{};
    QTest::newRow("over a trillion") << u">1T"_s << -1 << QString() << false << QList<int>{};
    QTest::newRow("a company no event names") << QString() << -1 << u"Globex"_s << false << QList<int>{};
}

void EventFilterModelTest::testFilter()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, company);
    QFETCH(bool, mainOnly);
    QFETCH(QList<int>, rows);
    EventListModel events;
    events.setCorpus(&m_corpus);
    EventFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSourceModel(&events);
    QSignalSpy changed(&model, &EventFilterModel::filterChanged);
    EventFilter filter;
    filter.text = text;
    filter.type = type;
    filter.company = company;
    filter.mainOnly = mainOnly;
    model.setFilter(filter);
    QCOMPARE(changed.size(), filter.isEmpty() ? 0 : 1);
    QList<int> kept;
    for (int row = 0; row < events.rowCount(); ++row) {
        if (model.accepts(row)) {
            kept.append(row);
        }
    }
    QCOMPARE(kept, rows);
    QCOMPARE(model.rowCount(), rows.size());
}

void EventFilterModelTest::testAcceptedRowsMatchTheTable()
{
    EventListModel events;
    events.setCorpus(&m_corpus);
    EventFilterModel model;
    model.setSourceModel(&events);
    QVERIFY(model.acceptedRows().isEmpty()); // no filter: every row, said as an empty list
    EventFilter filter;
    filter.text = u"microsoft"_s;
    model.setFilter(filter);
    const QList<bool> accepted = model.acceptedRows();
    QCOMPARE(accepted.size(), events.rowCount());
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(accepted.at(model.mapToSource(model.index(row, 0)).row()));
        ++count;
    }
    QCOMPARE(int(std::count(accepted.cbegin(), accepted.cend(), true)), count);
}

void EventFilterModelTest::testPeriod_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("a year") << u"1987"_s << QDate(1987, 1, 1) << QDate(1987, 12, 31);
    QTest::newRow("a month") << u"1987-02"_s << QDate(1987, 2, 1) << QDate(1987, 2, 28);
    QTest::newRow("a day") << u"1987-03-02"_s << QDate(1987, 3, 2) << QDate(1987, 3, 2);
    QTest::newRow("two months with dots") << u"1987-01..1987-06"_s << QDate(1987, 1, 1) << QDate(1987, 6, 30);
    QTest::newRow("two years with 'to'") << u"1986 to 1987"_s << QDate(1986, 1, 1) << QDate(1987, 12, 31);
    QTest::newRow("an en dash") << u"1986\u20131988"_s << QDate(1986, 1, 1) << QDate(1988, 12, 31);
    // Not periods:
    QTest::newRow("a year being typed") << u"198"_s << QDate() << QDate();
    QTest::newRow("a thirteenth month") << u"1987-13"_s << QDate() << QDate();
    QTest::newRow("backwards") << u"1988..1986"_s << QDate() << QDate();
    QTest::newRow("words") << u"last year"_s << QDate() << QDate();
}

void EventFilterModelTest::testPeriod()
{
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QDate a;
    QDate b;
    QCOMPARE(EventFilter::parsePeriod(text, &a, &b), from.isValid());
    if (from.isValid()) {
        QCOMPARE(a, from);
        QCOMPARE(b, to);
    }
}

void EventFilterModelTest::testAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("usd");
    QTest::newRow("billions") << u"1B"_s << 1e9;
    QTest::newRow("bn with a dollar sign") << u"$2.5bn"_s << 2.5e9;
    QTest::newRow("millions with a decimal comma") << u"1,5M"_s << 1.5e6;
    QTest::newRow("plain dollars") << u"1000000"_s << 1e6;
    QTest::newRow("thousands") << u"250k"_s << 250e3;
    QTest::newRow("not an amount") << u"billion"_s << -1.0;
}

void EventFilterModelTest::testAmount()
{
    QFETCH(QString, text);
    QFETCH(double, usd);
    QCOMPARE(EventFilter::parseAmount(text), usd);
}

void EventFilterModelTest::testEventsReplaced()
{
    // The searched texts follow the events: a new corpus is searched as it is, not as the last one was.
    EventListModel events;
    events.setCorpus(&m_corpus);
    EventFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSourceModel(&events);
    EventFilter filter;
    filter.text = u"globex"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    Corpus other;
    other.events.append(Fixture::event("g", Event::Type::Acquisition, QDate(1987, 3, 2), Event::Precision::Day,
                                       Event::DateBasis::Text, {u"Globex"_s, u"Initech"_s}, {}, {}));
    QSignalSpy changed(&model, &EventFilterModel::filterChanged);
    events.setCorpus(&other);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    events.setCorpus(&m_corpus);
}

QTEST_GUILESS_MAIN(EventFilterModelTest)
#include "eventfiltermodeltest.moc"
