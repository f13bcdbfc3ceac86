#include "figurechartview.h"

#include "eventlistmodel.h"
#include "figuremodel.h"
#include "fixturecorpus.h"
#include "testlocale.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHorizontalStackedBarSeries>
#include <QLogValueAxis>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Newsline;

class FigureChartViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testBarsFollowEvents_data();
    void testBarsFollowEvents();
    void testColouredByKind();
    void testLogScale();
    void testAllToggle();
    void testFigureWithoutRateSaysSo();
    void testClickingABarMakesItsEventCurrent();

private:
    void showEvents(const QList<int> &rows);

    Corpus m_corpus;
    EventListModel *m_events = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    FigureModel *m_figures = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    FigureChartView *m_view = nullptr;
};

void FigureChartViewTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    m_corpus = Fixture::sampleCorpus();
}

void FigureChartViewTest::init()
{
    m_events = new EventListModel;
    m_events->setCorpus(&m_corpus);
    m_selection = new QItemSelectionModel(m_events);
    m_figures = new FigureModel;
    m_tester = new QAbstractItemModelTester(m_figures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_figures->setCorpus(&m_corpus);
    m_view = new FigureChartView;
    m_view->setModel(m_figures);
    m_view->setSelectionModel(m_selection);
    m_view->resize(700, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void FigureChartViewTest::cleanup()
{
    delete m_view;
    delete m_tester;
    delete m_figures;
    delete m_selection;
    delete m_events;
}

void FigureChartViewTest::showEvents(const QList<int> &rows)
{
    m_figures->setEvents(rows);
}

void FigureChartViewTest::testBarsFollowEvents_data()
{
    QTest::addColumn<QList<int>>("events");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<double>>("billions");
    QTest::newRow("microsoft-openai-1B-and-13B")
        << QList<int>{Fixture::OpenAiBillion, Fixture::OpenAiThirteen} << QStringList{u"$1 billion"_s, u"$13 billion"_s}
        << QList<double>{1, 13};
    QTest::newRow("euro-valuation-with-rate")
        << QList<int>{Fixture::MistralPartnership}
        << QStringList{u"2 billion euros \u2248 "_s + TestLocale::expected(u"$2.17B"_s, u"2,17 Md $US"_s) +
                       u", ECB "_s + TestLocale::day(2024, 2, 26)}
        << QList<double>{2.1704};
    QTest::newRow("no-figures") << QList<int>{Fixture::LeChatLaunch} << QStringList{} << QList<double>{};
}

void FigureChartViewTest::testBarsFollowEvents()
{
    QFETCH(QList<int>, events);
    showEvents(events);
    QTEST(m_view->barLabels(), "labels");
    QFETCH(QList<double>, billions);
    const QList<double> values = m_view->barValues();
    QCOMPARE(values.size(), billions.size());
    for (int i = 0; i < values.size(); ++i) {
        QVERIFY(qFuzzyCompare(values[i], billions[i]));
    }
    QCOMPARE(m_view->findChild<QChartView *>()->isVisible(), !billions.isEmpty());
}

void FigureChartViewTest::testColouredByKind()
{
    showEvents({Fixture::OpenAiThirteen, Fixture::MistralPartnership});
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(m_view->chart()->series().constFirst());
    QVERIFY(series);
    QBarSet *investment = series->barSets().at(int(MoneyFigure::Kind::Investment));
    QBarSet *valuation = series->barSets().at(int(MoneyFigure::Kind::Valuation));
    QCOMPARE(investment->label(), u"investment"_s);
    QCOMPARE(investment->at(0), 13.0);
    QCOMPARE(valuation->at(0), 0.0);
    QVERIFY(valuation->at(1) > 2);
    QVERIFY(investment->color() != valuation->color());
}

void FigureChartViewTest::testLogScale()
{
    showEvents({Fixture::OpenAiBillion, Fixture::OpenAiThirteen});
    QVERIFY(qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Horizontal).constFirst()));
    m_view->findChild<QCheckBox *>(QString(), Qt::FindDirectChildrenOnly);
    m_view->setLogScale(true);
    auto *log = qobject_cast<QLogValueAxis *>(m_view->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(log);
    QVERIFY(log->min() <= 1);
    QVERIFY(log->max() >= 13);
    QCOMPARE(m_view->barValues(), (QList<double>{1, 13}));
    m_view->setLogScale(false);
    QVERIFY(qobject_cast<QValueAxis *>(m_view->chart()->axes(Qt::Horizontal).constFirst()));
}

void FigureChartViewTest::testAllToggle()
{
    showEvents({Fixture::OpenAiBillion});
    QCOMPARE(m_view->barLabels().size(), 1);
    const QList<QCheckBox *> boxes = m_view->findChildren<QCheckBox *>();
    QCheckBox *all = nullptr;
    for (QCheckBox *box : boxes) {
        if (box->text().contains(u"All"_s)) {
            all = box;
        }
    }
    QVERIFY(all);
    QTest::mouseClick(all, Qt::LeftButton);
    QVERIFY(m_figures->showAll());
    QCOMPARE(m_view->barLabels().size(), 4);
    QVERIFY(m_view->barLabels().contains(u"$5.6 billion"_s));
}

void FigureChartViewTest::testFigureWithoutRateSaysSo()
{
    // An amount in euros with no rate for its day has no bar; the panel says why instead of looking empty.
    const Corpus original = m_corpus;
    const FigureRef euros = m_corpus.events.at(Fixture::MistralPartnership).figures.constFirst();
    m_corpus.articles[euros.article].figures[euros.index].usd.reset();
    m_figures->setCorpus(&m_corpus);
    showEvents({Fixture::MistralPartnership});
    const QStringList bars = m_view->barLabels();
    const QString note = m_view->restText();
    m_corpus = original;
    QVERIFY(bars.isEmpty());
    QVERIFY2(note.startsWith(u"1 figure"_s) && note.contains(u"no exchange rate"_s), qPrintable(note));
    showEvents({Fixture::OpenAiBillion});
    QVERIFY2(!m_view->restText().contains(u"exchange rate"_s), qPrintable(m_view->restText()));
}

void FigureChartViewTest::testClickingABarMakesItsEventCurrent()
{
    showEvents({Fixture::OpenAiBillion, Fixture::OpenAiThirteen});
    auto *chartView = m_view->findChild<QChartView *>();
    const QRect bar = m_view->barRect(1);
    QVERIFY(!bar.isEmpty());
    const QPoint onViewport = chartView->viewport()->mapFrom(m_view, bar.center());
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, onViewport);
    QCOMPARE(m_selection->currentIndex().row(), int(Fixture::OpenAiThirteen));
    // The chart keeps its bars: the selection it shows is not replaced under the pointer.
    QCOMPARE(m_view->barLabels().size(), 2);
}

QTEST_MAIN(FigureChartViewTest)
#include "figurechartviewtest.moc"
