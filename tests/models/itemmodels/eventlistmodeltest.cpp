#include "eventlistmodel.h"

#include "fixturecorpus.h"
#include "testlocale.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class EventListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testColumns_data();
    void testColumns();
    void testSortValues();
    void testAmountWithoutRateIsMarked();
    void testRowForSpan_data();
    void testRowForSpan();
    void testRowForSpanNoMatch();
    void testReplaceCorpus();

private:
    Corpus m_corpus;
};

void EventListModelTest::initTestCase()
{
    // The French re-run (_fr) formats numbers and dates in French, and the rows expect it.
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    m_corpus = Fixture::sampleCorpus();
}

void EventListModelTest::testColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("actors");
    QTest::addColumn<QString>("amount");
    // French formatting in the French re-run: its month abbreviations and its decimal comma.
    using TestLocale::expected;
    QTest::newRow("mistral-partnership-euro-valuation")
        << int(Fixture::MistralPartnership) << expected(u"26 Feb 2024"_s, u"26 f\u00e9vr. 2024"_s) << u"partnership"_s
        << u"Microsoft, Mistral AI"_s << expected(u"$2.17B"_s, u"2,17 Md $US"_s);
    QTest::newRow("openai-largest-of-two-figures")
        << int(Fixture::OpenAiBillion) << expected(u"22 Jul 2019"_s, u"22 juil. 2019"_s) << u"investment"_s
        << u"Microsoft, OpenAI"_s << expected(u"$1B"_s, u"1 Md $US"_s);
    QTest::newRow("no-figure-no-amount") << int(Fixture::LeChatLaunch)
                                         << expected(u"26 Feb 2024"_s, u"26 f\u00e9vr. 2024"_s) << u"launch"_s
                                         << u"Mistral AI"_s << QString();
    QTest::newRow("undated") << int(Fixture::DataCentres) << u"undated"_s << u"announcement"_s << u"Microsoft"_s
                             << expected(u"$5.6B"_s, u"5,6 Md $US"_s);
    QTest::newRow("year-precision-shows-year-only")
        << int(Fixture::MistralFounding) << u"2023"_s << u"founding"_s << u"Mistral AI, Arthur Mensch"_s << QString();
}

void EventListModelTest::testColumns()
{
    QFETCH(int, row);
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    QCOMPARE(model.rowCount(), 6);
    QTEST(model.index(row, EventListModel::DateColumn).data().toString(), "date");
    QTEST(model.index(row, EventListModel::TypeColumn).data().toString(), "type");
    QTEST(model.index(row, EventListModel::ActorsColumn).data().toString(), "actors");
    QTEST(model.index(row, EventListModel::AmountColumn).data().toString(), "amount");
    QCOMPARE(model.index(row, EventListModel::SourcesColumn).data().toInt(), 1);
}

void EventListModelTest::testAmountWithoutRateIsMarked()
{
    // An amount with no dollar rate for its date (the ECB table starts in 1999, a 1987 story has none): its cell says
    // so.
    Corpus corpus = m_corpus;
    MoneyFigure &figure = corpus.articles[corpus.events.at(Fixture::MistralPartnership).figures.first().article]
                              .figures[corpus.events.at(Fixture::MistralPartnership).figures.first().index];
    figure.usd.reset();
    figure.usdRateDate = {};
    EventListModel model;
    model.setCorpus(&corpus);
    const QString cell = model.index(Fixture::MistralPartnership, EventListModel::AmountColumn).data().toString();
    QCOMPARE(cell, u"2 billion euros (no exchange rate)"_s);
    QCOMPARE(model.index(Fixture::MistralPartnership, EventListModel::AmountColumn)
                 .data(EventListModel::SortRole)
                 .toDouble(),
             0.0);
}

void EventListModelTest::testSortValues()
{
    EventListModel model;
    model.setCorpus(&m_corpus);
    auto sortValue = [&](int row, int column) { return model.index(row, column).data(EventListModel::SortRole); };
    // Dates sort chronologically, undated after every dated event; amounts numerically, not as text.
    QVERIFY(sortValue(Fixture::OpenAiBillion, 0).toLongLong() < sortValue(Fixture::MistralPartnership, 0).toLongLong());
    QVERIFY(sortValue(Fixture::MistralPartnership, 0).toLongLong() < sortValue(Fixture::DataCentres, 0).toLongLong());
    QVERIFY(sortValue(Fixture::OpenAiThirteen, 3).toDouble() > sortValue(Fixture::DataCentres, 3).toDouble());
    QCOMPARE(model.index(Fixture::OpenAiThirteen, 0).data(EventListModel::LaneRole).toString(),
             u"Microsoft\u2013OpenAI"_s);
    QCOMPARE(model.index(Fixture::OpenAiBillion, 0).data(EventListModel::FigureLabelsRole).toStringList().size(), 2);
    QCOMPARE(model.index(Fixture::MistralPartnership, 0).data(EventListModel::FigureKindRole).toInt(),
             int(MoneyFigure::Kind::Valuation));
}

void EventListModelTest::testRowForSpan_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("quote");
    QTest::addColumn<int>("row");
    QTest::newRow("quote-inside-event-sentence")
        << 0 << u"We are announcing"_s << true << int(Fixture::MistralPartnership);
    QTest::newRow("figure-inside-event-sentence") << 0 << u"$13 billion"_s << false << int(Fixture::OpenAiThirteen);
    // Arthur Mensch's words come before the Le Chat launch in their paragraph: a figure there would belong to the
    // launch, his comment on the partnership does not.
    QTest::newRow("figure-same-paragraph") << 0 << u"a new milestone"_s << false << int(Fixture::LeChatLaunch);
    QTest::newRow("quote-before-the-paragraph-s-event") << 0 << u"a new milestone"_s << true << -1;
    QTest::newRow("quote-after-the-paragraph-s-event")
        << 0 << u"This is to create new commercial"_s << true << int(Fixture::MistralPartnership);
    QTest::newRow("other-article") << 1 << u"$1 billion"_s << false << int(Fixture::OpenAiBillion);
    // Brad Smith's answer stands in a paragraph that tells no event: it belongs to none, not to the nearest one.
    QTest::newRow("no-event-in-paragraph") << 0 << u"It is too early"_s << true << -1;
}

void EventListModelTest::testRowForSpan()
{
    QFETCH(int, article);
    QFETCH(QString, needle);
    QFETCH(bool, quote);
    EventListModel model;
    model.setCorpus(&m_corpus);
    const auto reach = quote ? EventListModel::Reach::EarlierInParagraph : EventListModel::Reach::Paragraph;
    QTEST(model.rowForSpan(article, Fixture::find(m_corpus.articles.at(article), needle), reach), "row");
}

void EventListModelTest::testRowForSpanNoMatch()
{
    EventListModel model;
    model.setCorpus(&m_corpus);
    QCOMPARE(model.rowForSpan(7, {0, 3}), -1);
    QCOMPARE(model.rowForSpan(-1, {0, 3}), -1);
    QCOMPARE(model.rowOfFigure({1, 9}), -1);
    QCOMPARE(model.rowOfFigure({0, 2}), int(Fixture::OpenAiThirteen));
}

void EventListModelTest::testReplaceCorpus()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    QCOMPARE(model.rowCount(), 6);
    model.setCorpus(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(EventListModelTest)
#include "eventlistmodeltest.moc"
