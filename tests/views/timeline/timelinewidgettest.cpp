#include "timelinewidget.h"

#include "eventlistmodel.h"
#include "fixturecorpus.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Newsline;

class TimelineWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testLanes();
    void testClickSelects();
    void testCtrlClickAddsToSelection();
    void testArrowKeysFollowDateOrder_data();
    void testArrowKeysFollowDateOrder();
    void testEnterActivates();
    void testYearIsASpan();
    void testToolTip_data();
    void testToolTip();
    void testWheelZoomKeepsDateUnderCursor();
    void testKeyboardZoomAndPan();
    void testClusterExpandsOnClick();
    void testSameDayEventsStandApartWhenZoomedIn();
    void testEmptyModel();

private:
    Corpus m_corpus;
    EventListModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TimelineWidgetTest::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_corpus = Fixture::sampleCorpus();
}

void TimelineWidgetTest::init()
{
    m_model = new EventListModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setCorpus(&m_corpus);
    m_selection = new QItemSelectionModel(m_model);
    m_timeline = new TimelineWidget;
    m_timeline->setModel(m_model);
    m_timeline->setSelectionModel(m_selection);
    m_timeline->resize(1000, 420);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
}

void TimelineWidgetTest::cleanup()
{
    delete m_timeline;
    delete m_selection;
    delete m_tester;
    delete m_model;
}

void TimelineWidgetTest::testLanes()
{
    // Partnerships in the order of their first event, then events of no partnership, then undated ones.
    const QStringList lanes{u"Microsoft\u2013OpenAI"_s, u"Microsoft\u2013Mistral AI"_s, u"Other events"_s,
                            u"Undated"_s};
    QCOMPARE(m_timeline->laneNames(), lanes);
    QCOMPARE(m_timeline->accessibleName(), u"Timeline"_s);
}

void TimelineWidgetTest::testClickSelects()
{
    for (int row : {int(Fixture::OpenAiBillion), int(Fixture::MistralPartnership), int(Fixture::DataCentres)}) {
        const QRect rect = m_timeline->eventRect(row);
        QVERIFY2(!rect.isEmpty(), qPrintable(u"row %1 not drawn"_s.arg(row)));
        QCOMPARE(m_timeline->eventCountAt(rect.center()), 1);
        QTest::mouseClick(m_timeline, Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_selection->currentIndex().row(), row);
        QCOMPARE(m_selection->selectedRows().size(), 1);
    }
    // A click on empty space selects nothing new.
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, QPoint(m_timeline->width() - 3, m_timeline->height() / 2));
    QCOMPARE(m_selection->currentIndex().row(), int(Fixture::DataCentres));
}

void TimelineWidgetTest::testCtrlClickAddsToSelection()
{
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, m_timeline->eventRect(Fixture::OpenAiBillion).center());
    QTest::mouseClick(m_timeline, Qt::LeftButton, Qt::ControlModifier,
                      m_timeline->eventRect(Fixture::OpenAiThirteen).center());
    QCOMPARE(m_selection->selectedRows().size(), 2);
    QVERIFY(m_selection->isRowSelected(Fixture::OpenAiBillion));
    QVERIFY(m_selection->isRowSelected(Fixture::OpenAiThirteen));
    // Ctrl+click again takes it out.
    QTest::mouseClick(m_timeline, Qt::LeftButton, Qt::ControlModifier,
                      m_timeline->eventRect(Fixture::OpenAiThirteen).center());
    QCOMPARE(m_selection->selectedRows().size(), 1);
}

void TimelineWidgetTest::testArrowKeysFollowDateOrder_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("to");
    QTest::newRow("2019-to-year-2023") << int(Fixture::OpenAiBillion) << int(Qt::Key_Right)
                                       << int(Fixture::MistralFounding);
    QTest::newRow("2023-to-26-feb-2024") << int(Fixture::MistralFounding) << int(Qt::Key_Right)
                                         << int(Fixture::MistralPartnership);
    QTest::newRow("same-day-in-model-order")
        << int(Fixture::MistralPartnership) << int(Qt::Key_Right) << int(Fixture::LeChatLaunch);
    QTest::newRow("across-lanes") << int(Fixture::LeChatLaunch) << int(Qt::Key_Right) << int(Fixture::OpenAiThirteen);
    QTest::newRow("undated-last") << int(Fixture::OpenAiThirteen) << int(Qt::Key_Right) << int(Fixture::DataCentres);
    QTest::newRow("stops-at-the-end") << int(Fixture::DataCentres) << int(Qt::Key_Right) << int(Fixture::DataCentres);
    QTest::newRow("left-goes-back") << int(Fixture::OpenAiThirteen) << int(Qt::Key_Left) << int(Fixture::LeChatLaunch);
    QTest::newRow("stops-at-the-start") << int(Fixture::OpenAiBillion) << int(Qt::Key_Left)
                                        << int(Fixture::OpenAiBillion);
}

void TimelineWidgetTest::testArrowKeysFollowDateOrder()
{
    QFETCH(int, from);
    QFETCH(int, key);
    m_selection->setCurrentIndex(m_model->index(from, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key(key));
    QTEST(m_selection->currentIndex().row(), "to");
    QCOMPARE(m_selection->selectedRows().size(), 1);
    // The newly selected event is in view.
    QFETCH(int, to);
    QVERIFY(!m_timeline->eventRect(to).isEmpty());
}

void TimelineWidgetTest::testEnterActivates()
{
    QSignalSpy activated(m_timeline, &TimelineWidget::activated);
    QTest::keyClick(m_timeline, Qt::Key_Return);
    QCOMPARE(activated.size(), 0); // nothing selected yet
    QTest::keyClick(m_timeline, Qt::Key_Home);
    QCOMPARE(m_selection->currentIndex().row(), int(Fixture::OpenAiBillion));
    QTest::keyClick(m_timeline, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), int(Fixture::OpenAiBillion));
}

void TimelineWidgetTest::testYearIsASpan()
{
    // "founded last year": a bar over 2023, not a point on 1 January.
    const QRect year = m_timeline->eventRect(Fixture::MistralFounding);
    const QRect day = m_timeline->eventRect(Fixture::LeChatLaunch);
    QVERIFY(!year.isEmpty());
    const double pixelsPerYear = 365 / m_timeline->daysPerPixel();
    QVERIFY2(std::abs(year.width() - pixelsPerYear) < 3,
             qPrintable(u"%1 vs %2"_s.arg(year.width()).arg(pixelsPerYear)));
    QVERIFY(day.width() < 30);
    // The 26 Feb 2024 event sits to the right of the year's end, not inside it.
    QVERIFY(day.center().x() > year.right());
}

void TimelineWidgetTest::testToolTip_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("published-basis-with-figures")
        << int(Fixture::OpenAiBillion)
        << QStringList{u"investment"_s,           u"Microsoft, OpenAI"_s, u"22 Jul 2019"_s,
                       u"dated by publication"_s, u"$1 billion"_s,        u"one billion dollars"_s};
    QTest::newRow("text-basis-euro-rate") << int(Fixture::MistralPartnership)
                                          << QStringList{u"partnership"_s, u"26 Feb 2024"_s, u"date from the text"_s,
                                                         u"2 billion euros \u2248 $2.17B, ECB 26 Feb 2024"_s};
    QTest::newRow("year") << int(Fixture::MistralFounding) << QStringList{u"founding"_s, u"2023"_s};
}

void TimelineWidgetTest::testToolTip()
{
    QFETCH(int, row);
    QFETCH(QStringList, parts);
    const QString tip = m_timeline->toolTipAt(m_timeline->eventRect(row).center());
    for (const QString &part : parts) {
        QVERIFY2(tip.contains(part.toHtmlEscaped()), qPrintable(tip + u" lacks "_s + part));
    }
    QVERIFY(m_timeline->toolTipAt(QPoint(m_timeline->width() - 3, m_timeline->height() / 2)).isEmpty());
}

void TimelineWidgetTest::testWheelZoomKeepsDateUnderCursor()
{
    const QRect target = m_timeline->eventRect(Fixture::OpenAiBillion);
    const QPointF pos = target.center();
    const double before = m_timeline->daysPerPixel();
    QWheelEvent wheel(pos, m_timeline->mapToGlobal(pos), QPoint(), QPoint(0, 120 * 3), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_timeline, &wheel);
    QVERIFY(m_timeline->daysPerPixel() < before / 1.5);
    // The event under the pointer stays under it.
    QVERIFY(std::abs(m_timeline->eventRect(Fixture::OpenAiBillion).center().x() - target.center().x()) <= 2);
}

void TimelineWidgetTest::testKeyboardZoomAndPan()
{
    const double fit = m_timeline->daysPerPixel();
    QTest::keyClick(m_timeline, Qt::Key_Plus);
    QVERIFY(m_timeline->daysPerPixel() < fit);
    QTest::keyClick(m_timeline, Qt::Key_Minus);
    QTest::keyClick(m_timeline, Qt::Key_Minus);
    QVERIFY(m_timeline->daysPerPixel() > fit);
    QTest::keyClick(m_timeline, Qt::Key_0);
    QCOMPARE(m_timeline->daysPerPixel(), fit);
    const QDate first = m_timeline->visibleFirst();
    QTest::keyClick(m_timeline, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(m_timeline->visibleFirst() > first);
    QVERIFY(!m_selection->currentIndex().isValid()); // panning selects nothing
    // Zoomed in to days, the axis still draws and the view spans days, not years.
    m_timeline->setVisibleRange(QDate(2024, 2, 20), QDate(2024, 3, 1));
    QVERIFY(m_timeline->daysPerPixel() < 0.05);
    QVERIFY(!m_timeline->eventRect(Fixture::MistralPartnership).isEmpty());
    QVERIFY(m_timeline->eventRect(Fixture::OpenAiBillion).isEmpty());
}

void TimelineWidgetTest::testClusterExpandsOnClick()
{
    // Twenty investments on twenty days of 2024 in one lane, one event in 2014: at decade scale they are one cluster.
    Corpus corpus;
    for (int i = 0; i < 20; ++i) {
        Event event =
            Fixture::event("x", Event::Type::Investment, QDate(2024, 3, 1).addDays(i * 3), Event::Precision::Day,
                           Event::DateBasis::Text, {u"A"_s, u"B"_s}, u"A\u2013B"_s, {});
        corpus.events.append(event);
    }
    corpus.events.append(Fixture::event("y", Event::Type::Launch, QDate(2014, 1, 1), Event::Precision::Day,
                                        Event::DateBasis::Text, {u"A"_s}, u"A\u2013B"_s, {}));
    EventListModel model;
    model.setCorpus(&corpus);
    QItemSelectionModel selection(&model);
    m_timeline->setModel(&model);
    m_timeline->setSelectionModel(&selection);
    const QRect cluster = m_timeline->eventRect(0);
    QVERIFY(m_timeline->eventCountAt(cluster.center()) > 1);
    QVERIFY(m_timeline->toolTipAt(cluster.center()).contains(u"event"_s));
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, cluster.center());
    QVERIFY(!selection.currentIndex().isValid()); // a cluster opens rather than selecting
    for (int row = 0; row < 20; ++row) {
        const QRect rect = m_timeline->eventRect(row);
        QVERIFY2(!rect.isEmpty(), qPrintable(QString::number(row)));
        QCOMPARE(m_timeline->eventCountAt(rect.center()), 1);
    }
    m_timeline->setModel(m_model);
    m_timeline->setSelectionModel(m_selection);
}

void TimelineWidgetTest::testSameDayEventsStandApartWhenZoomedIn()
{
    Corpus corpus;
    for (int i = 0; i < 3; ++i) {
        corpus.events.append(Fixture::event("d", Event::Type::Announcement, QDate(2024, 2, 26), Event::Precision::Day,
                                            Event::DateBasis::Text, {u"A"_s}, u"A\u2013B"_s, {}));
    }
    EventListModel model;
    model.setCorpus(&corpus);
    m_timeline->setModel(&model);
    QCOMPARE(m_timeline->eventCountAt(m_timeline->eventRect(0).center()), 3); // one spot at the fitted scale
    m_timeline->setVisibleRange(QDate(2024, 2, 24), QDate(2024, 2, 29));
    QList<int> xs;
    for (int row = 0; row < 3; ++row) {
        const QRect rect = m_timeline->eventRect(row);
        QCOMPARE(m_timeline->eventCountAt(rect.center()), 1);
        xs.append(rect.center().x());
    }
    QVERIFY(xs[0] < xs[1] && xs[1] < xs[2]);
    m_timeline->setModel(m_model);
}

void TimelineWidgetTest::testEmptyModel()
{
    EventListModel model;
    m_timeline->setModel(&model);
    QVERIFY(m_timeline->laneNames().isEmpty());
    QTest::keyClick(m_timeline, Qt::Key_Right);
    QCOMPARE(m_timeline->grab().isNull(), false);
    m_timeline->setModel(m_model);
}

QTEST_MAIN(TimelineWidgetTest)
#include "timelinewidgettest.moc"
