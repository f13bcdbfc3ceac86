#include "figuremodel.h"

#include "fixturecorpus.h"
#include "testlocale.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class FigureModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testSelectedEvents_data();
    void testSelectedEvents();
    void testShowAll();
    void testValuesInKindColumn();
    void testNoSelectionShowsTheLargest();
    void testLimitSumsUpTheRest();
    void testFilterKeepsItsEventsFigures();
    void testFigureWithoutRateIsCounted();
    void testCaptionSaysWhoWhatWhen();

private:
    Corpus m_corpus;
};

void FigureModelTest::initTestCase()
{
    // The French re-run (_fr) formats numbers and dates in French, and the rows expect it.
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    m_corpus = Fixture::sampleCorpus();
}

void FigureModelTest::testSelectedEvents_data()
{
    QTest::addColumn<QList<int>>("events");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<double>>("usd");
    QTest::newRow("two-openai-events-same-money-twice-is-one-bar")
        << QList<int>{Fixture::OpenAiBillion, Fixture::OpenAiThirteen} << QStringList{u"$1 billion"_s, u"$13 billion"_s}
        << QList<double>{1e9, 13e9};
    QTest::newRow("euro-valuation-labelled-with-rate")
        << QList<int>{Fixture::MistralPartnership}
        << QStringList{TestLocale::expected(u"2 billion euros \u2248 $2.17B, ECB 26 Feb 2024"_s,
                                            u"2 billion euros \u2248 2,17 Md $US, ECB 26 f\u00e9vr. 2024"_s)}
        << QList<double>{2170400000.0};
    // Must show nothing:
    QTest::newRow("event-without-figures") << QList<int>{Fixture::LeChatLaunch} << QStringList{} << QList<double>{};
    QTest::newRow("out-of-range-row") << QList<int>{42} << QStringList{} << QList<double>{};
}

void FigureModelTest::testSelectedEvents()
{
    QFETCH(QList<int>, events);
    QFETCH(QStringList, labels);
    QFETCH(QList<double>, usd);
    FigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    model.setEvents(events);
    QCOMPARE(model.rowCount(), labels.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(FigureModel::LabelRole).toString(), labels.at(row));
        QCOMPARE(model.headerData(row, Qt::Vertical).toString(), labels.at(row));
        QCOMPARE(model.index(row, 0).data(FigureModel::UsdRole).toDouble(), usd.at(row));
    }
}

void FigureModelTest::testShowAll()
{
    FigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    model.setEvents({Fixture::OpenAiBillion});
    QCOMPARE(model.rowCount(), 1);
    model.setShowAll(true);
    QCOMPARE(model.rowCount(), 4);
    model.setEvents({Fixture::LeChatLaunch});
    QCOMPARE(model.rowCount(), 4);
    model.setShowAll(false);
    QCOMPARE(model.rowCount(), 0);
}

void FigureModelTest::testValuesInKindColumn()
{
    FigureModel model;
    model.setCorpus(&m_corpus);
    model.setEvents({Fixture::OpenAiThirteen, Fixture::MistralPartnership});
    QCOMPARE(model.unit(), FigureModel::Unit::Billions);
    const int investment = int(MoneyFigure::Kind::Investment);
    const int valuation = int(MoneyFigure::Kind::Valuation);
    QCOMPARE(model.index(0, investment).data().toDouble(), 13.0);
    QCOMPARE(model.index(0, valuation).data().toDouble(), 0.0);
    QCOMPARE(model.index(1, valuation).data().toDouble(), 2.1704);
    QCOMPARE(model.index(1, investment).data().toDouble(), 0.0);
    QCOMPARE(model.index(1, 0).data(FigureModel::EventRowRole).toInt(), int(Fixture::MistralPartnership));
    QCOMPARE(model.headerData(valuation, Qt::Horizontal).toString(), u"valuation"_s);
}

void FigureModelTest::testNoSelectionShowsTheLargest()
{
    FigureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    model.setEvents({});
    QVERIFY(model.showsLargest());
    QVERIFY(model.rowCount() >= 3);
    // The largest at the top of the chart: the last row.
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(FigureModel::UsdRole).toDouble(), 13e9);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(FigureModel::UsdRole).toDouble() <=
                model.index(row, 0).data(FigureModel::UsdRole).toDouble());
    }
}

void FigureModelTest::testLimitSumsUpTheRest()
{
    FigureModel model;
    model.setCorpus(&m_corpus);
    model.setShowAll(true);
    const int all = model.rowCount();
    QVERIFY(all >= 3);
    model.setLimit(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.restCount(), all - 2);
    QVERIFY(model.restUsd() > 0);
    QCOMPARE(model.index(1, 0).data(FigureModel::UsdRole).toDouble(), 13e9);
    model.setLimit(0);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.restCount(), 0);
}

void FigureModelTest::testFilterKeepsItsEventsFigures()
{
    FigureModel model;
    model.setCorpus(&m_corpus);
    model.setShowAll(true);
    QList<bool> accepted(m_corpus.events.size(), false);
    accepted[Fixture::MistralPartnership] = true;
    model.setEventFilter(accepted);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(FigureModel::EventRowRole).toInt(), int(Fixture::MistralPartnership));
    // A selected event the filter hides shows nothing.
    model.setShowAll(false);
    model.setEvents({Fixture::OpenAiThirteen});
    QCOMPARE(model.rowCount(), 0);
    model.setEventFilter({});
    QCOMPARE(model.rowCount(), 1);
}

void FigureModelTest::testFigureWithoutRateIsCounted()
{
    // A valuation in euros on a day the rate table does not cover: no bar, but counted as such, and a dollar figure
    // is never counted as lacking a rate.
    Corpus corpus = m_corpus;
    const FigureRef euros = corpus.events.at(Fixture::MistralPartnership).figures.constFirst();
    corpus.articles[euros.article].figures[euros.index].usd.reset();
    FigureModel model;
    model.setCorpus(&corpus);
    model.setEvents({Fixture::MistralPartnership});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.noRateCount(), 1);
    model.setEvents({Fixture::OpenAiBillion, Fixture::MistralPartnership});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.noRateCount(), 1);
    model.setEvents({Fixture::OpenAiBillion});
    QCOMPARE(model.noRateCount(), 0);
}

void FigureModelTest::testCaptionSaysWhoWhatWhen()
{
    FigureModel model;
    model.setCorpus(&m_corpus);
    model.setEvents({Fixture::MistralPartnership});
    const QString caption = model.index(0, 0).data(FigureModel::CaptionRole).toString();
    QVERIFY2(caption.contains(u"valuation"_s) && caption.contains(u"2024"_s) &&
                 caption.startsWith(u"2 billion euros \u2014 "_s),
             qPrintable(caption));
}

QTEST_GUILESS_MAIN(FigureModelTest)
#include "figuremodeltest.moc"
