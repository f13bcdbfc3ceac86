#include "timelinewidget.h"

#include "eventlistmodel.h"
#include "fixturecorpus.h"
#include "testlocale.h"

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
    void testSelectedEventFarDownIsBroughtIntoView();
    void testWheelAndKeysScrollLanes_data();
    void testWheelAndKeysScrollLanes();
    void testLaneModes_data();
    void testLaneModes();
    void testLaneOrder();
    void testPinAndHideLanes();
    void testFitAllIgnoresFarOffEvents_data();
    void testFitAllIgnoresFarOffEvents();
    void testRowFilterHidesEvents();
    void testOverviewClickMovesView();
    void testLegendNamesEveryTypeAtAnyWidth_data();
    void testLegendNamesEveryTypeAtAnyWidth();

private:
    Corpus m_corpus;
    EventListModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TimelineWidgetTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
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
        << QStringList{u"investment"_s,           u"Microsoft, OpenAI"_s, TestLocale::day(2019, 7, 22),
                       u"dated by publication"_s, u"$1 billion"_s,        u"one billion dollars"_s};
    QTest::newRow("text-basis-euro-rate")
        << int(Fixture::MistralPartnership)
        << QStringList{u"partnership"_s, TestLocale::day(2024, 2, 26), u"date from the text"_s,
                       u"2 billion euros \u2248 "_s + TestLocale::expected(u"$2.17B"_s, u"2,17 Md $US"_s) +
                           u", ECB "_s + TestLocale::day(2024, 2, 26)};
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
    QWheelEvent wheel(pos, m_timeline->mapToGlobal(pos), QPoint(), QPoint(0, 120 * 3), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
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
    // Fit all frames the bulk, 2024, and leaves the lone 2014 event out: the decade is asked for.
    QVERIFY(m_timeline->visibleFirst().year() >= 2023);
    m_timeline->setVisibleRange(QDate(2013, 6, 1), QDate(2025, 6, 1));
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

namespace {

// One deal per company pair on consecutive weeks: "Company 000–Partner 000" … in partnership lanes, the first
// event of lane i on week i, so the lanes keep their number in first-event order.
Corpus manyLanes(int lanes)
{
    Corpus corpus;
    for (int i = 0; i < lanes; ++i) {
        const QString company = u"Company %1"_s.arg(i, 3, 10, QChar(u'0'));
        const QString partner = u"Partner %1"_s.arg(i, 3, 10, QChar(u'0'));
        corpus.events.append(Fixture::event("m", Event::Type::Partnership, QDate(1987, 1, 5).addDays(7 * i),
                                            Event::Precision::Day, Event::DateBasis::Text, {company, partner},
                                            company + u'\u2013' + partner, {}));
    }
    return corpus;
}

} // namespace

void TimelineWidgetTest::testSelectedEventFarDownIsBroughtIntoView()
{
    const Corpus corpus = manyLanes(400);
    EventListModel model;
    model.setCorpus(&corpus);
    QItemSelectionModel selection(&model);
    m_timeline->setModel(&model);
    m_timeline->setSelectionModel(&selection);
    QCOMPARE(m_timeline->laneNames().size(), 400);
    QCOMPARE(m_timeline->laneOfRow(300), 300);
    QVERIFY(m_timeline->visibleLaneCount() < 40);
    QVERIFY(m_timeline->eventRect(300).isEmpty()); // far below the lanes in view
    selection.setCurrentIndex(model.index(300, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QRect rect = m_timeline->eventRect(300);
    QVERIFY(!rect.isEmpty());
    QVERIFY(m_timeline->rect().contains(rect.center()));
    QCOMPARE(m_timeline->eventCountAt(rect.center()), 1);
    // A click there selects that event: what is seen is what is hit.
    selection.clearSelection();
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, rect.center());
    QCOMPARE(selection.currentIndex().row(), 300);
    m_timeline->setModel(m_model);
    m_timeline->setSelectionModel(m_selection);
}

void TimelineWidgetTest::testWheelAndKeysScrollLanes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("down");
    QTest::newRow("wheel down") << u"wheel"_s << true;
    QTest::newRow("Page Down") << u"pagedown"_s << true;
    QTest::newRow("Down") << u"down"_s << true;
    QTest::newRow("wheel up from the middle") << u"wheelup"_s << false;
    QTest::newRow("Page Up from the middle") << u"pageup"_s << false;
}

void TimelineWidgetTest::testWheelAndKeysScrollLanes()
{
    QFETCH(QString, input);
    QFETCH(bool, down);
    const Corpus corpus = manyLanes(200);
    EventListModel model;
    model.setCorpus(&corpus);
    m_timeline->setModel(&model);
    if (!down) {
        m_timeline->scrollToLane(100);
    }
    const int before = m_timeline->firstVisibleLane();
    const double zoom = m_timeline->daysPerPixel();
    const QDate first = m_timeline->visibleFirst();
    const QPointF pos(m_timeline->width() / 2.0, m_timeline->height() / 2.0);
    auto wheel = [&](int delta) {
        QWheelEvent event(pos, m_timeline->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_timeline, &event);
    };
    if (input == u"wheel"_s) {
        wheel(-120);
    } else if (input == u"wheelup"_s) {
        wheel(120);
    } else if (input == u"pagedown"_s) {
        QTest::keyClick(m_timeline, Qt::Key_PageDown);
    } else if (input == u"pageup"_s) {
        QTest::keyClick(m_timeline, Qt::Key_PageUp);
    } else {
        QTest::keyClick(m_timeline, Qt::Key_Down);
    }
    QVERIFY2(down ? m_timeline->firstVisibleLane() > before : m_timeline->firstVisibleLane() < before,
             qPrintable(u"%1 -> %2"_s.arg(before).arg(m_timeline->firstVisibleLane())));
    // Scrolling lanes leaves time alone.
    QCOMPARE(m_timeline->daysPerPixel(), zoom);
    QCOMPARE(m_timeline->visibleFirst(), first);
    // Scrolled to the end, the last lane is in view and no further.
    for (int i = 0; i < 50; ++i) {
        QTest::keyClick(m_timeline, Qt::Key_PageDown);
    }
    QVERIFY(!m_timeline->eventRect(199).isEmpty());
    m_timeline->setModel(m_model);
}

void TimelineWidgetTest::testLaneModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("lanes");
    QTest::newRow("by partnership") << int(TimelineWidget::LaneMode::Partnership)
                                    << QStringList{u"Globex\u2013Initech"_s, u"Other events"_s};
    // Each company has every one of its events in its own lane; a deal of two shows in both.
    QTest::newRow("by company") << int(TimelineWidget::LaneMode::Company)
                                << QStringList{u"Globex"_s, u"Initech"_s, u"Umbrella"_s};
    QTest::newRow("by event type") << int(TimelineWidget::LaneMode::EventType)
                                   << QStringList{u"acquisition"_s, u"launch"_s};
}

void TimelineWidgetTest::testLaneModes()
{
    QFETCH(int, mode);
    QFETCH(QStringList, lanes);
    Corpus corpus;
    corpus.events = {Fixture::event("a", Event::Type::Acquisition, QDate(1987, 3, 2), Event::Precision::Day,
                                    Event::DateBasis::Text, {u"Globex"_s, u"Initech"_s}, u"Globex\u2013Initech"_s, {}),
                     Fixture::event("b", Event::Type::Launch, QDate(1987, 5, 4), Event::Precision::Day,
                                    Event::DateBasis::Text, {u"Initech"_s}, u"Globex\u2013Initech"_s, {}),
                     Fixture::event("c", Event::Type::Launch, QDate(1987, 6, 1), Event::Precision::Day,
                                    Event::DateBasis::Text, {u"Umbrella"_s}, QString(), {})};
    EventListModel model;
    model.setCorpus(&corpus);
    QItemSelectionModel selection(&model);
    m_timeline->setModel(&model);
    m_timeline->setSelectionModel(&selection);
    m_timeline->setLaneMode(TimelineWidget::LaneMode(mode));
    QCOMPARE(m_timeline->laneNames(), lanes);
    for (int row = 0; row < 3; ++row) {
        QVERIFY2(!m_timeline->eventRect(row).isEmpty(), qPrintable(QString::number(row)));
    }
    m_timeline->setLaneMode(TimelineWidget::LaneMode::Partnership);
    m_timeline->setModel(m_model);
    m_timeline->setSelectionModel(m_selection);
}

void TimelineWidgetTest::testLaneOrder()
{
    Corpus corpus;
    auto add = [&](const char *id, QDate date, const QString &company) {
        corpus.events.append(Fixture::event(id, Event::Type::Launch, date, Event::Precision::Day,
                                            Event::DateBasis::Text, {company}, QString(), {}));
    };
    add("a", QDate(1987, 1, 1), u"Early"_s);
    add("b", QDate(1987, 6, 1), u"Busy"_s);
    add("c", QDate(1987, 7, 1), u"Busy"_s);
    add("d", QDate(1987, 12, 1), u"Late"_s);
    EventListModel model;
    model.setCorpus(&corpus);
    m_timeline->setModel(&model);
    m_timeline->setLaneMode(TimelineWidget::LaneMode::Company);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Early"_s, u"Busy"_s, u"Late"_s}));
    m_timeline->setLaneOrder(TimelineWidget::LaneOrder::LastEvent);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Late"_s, u"Busy"_s, u"Early"_s}));
    m_timeline->setLaneOrder(TimelineWidget::LaneOrder::EventCount);
    QCOMPARE(m_timeline->laneNames().constFirst(), u"Busy"_s);
    m_timeline->setLaneOrder(TimelineWidget::LaneOrder::FirstEvent);
    m_timeline->setLaneMode(TimelineWidget::LaneMode::Partnership);
    m_timeline->setModel(m_model);
}

void TimelineWidgetTest::testPinAndHideLanes()
{
    Corpus corpus;
    auto add = [&](const char *id, QDate date, const QStringList &companies) {
        corpus.events.append(Fixture::event(id, Event::Type::Partnership, date, Event::Precision::Day,
                                            Event::DateBasis::Text, companies, QString(), {}));
    };
    add("a", QDate(1987, 1, 1), {u"Early"_s});
    add("b", QDate(1987, 6, 1), {u"Busy"_s, u"Late"_s});
    add("c", QDate(1987, 12, 1), {u"Late"_s});
    EventListModel model;
    model.setCorpus(&corpus);
    m_timeline->setModel(&model);
    m_timeline->setLaneMode(TimelineWidget::LaneMode::Company);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Early"_s, u"Busy"_s, u"Late"_s}));
    // A pinned lane stays on top whatever the order; pins keep the order they were made in.
    m_timeline->setLanePinned(u"Late"_s, true);
    m_timeline->setLanePinned(u"Busy"_s, true);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Late"_s, u"Busy"_s, u"Early"_s}));
    m_timeline->setLaneOrder(TimelineWidget::LaneOrder::LastEvent);
    QCOMPARE(m_timeline->laneNames().mid(0, 2), (QStringList{u"Late"_s, u"Busy"_s}));
    m_timeline->setLanePinned(u"Late"_s, false);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Busy"_s, u"Late"_s, u"Early"_s}));
    // A hidden lane is gone; an event of two companies stays in the other's lane, one of it alone is not drawn.
    m_timeline->hideLane(u"Late"_s);
    QCOMPARE(m_timeline->laneNames(), (QStringList{u"Busy"_s, u"Early"_s}));
    QCOMPARE(m_timeline->laneOfRow(1), 0);
    QCOMPARE(m_timeline->laneOfRow(2), -1);
    QCOMPARE(m_timeline->hiddenLanes(), QStringList{u"Late"_s});
    // The lane under the pointer is the one the context menu acts on.
    m_timeline->setLaneOrder(TimelineWidget::LaneOrder::FirstEvent);
    const QRect busy = m_timeline->eventRect(1);
    QVERIFY(!busy.isEmpty());
    QCOMPARE(m_timeline->laneAt(QPoint(5, busy.center().y())), m_timeline->laneOfRow(1));
    m_timeline->showHiddenLanes();
    QCOMPARE(m_timeline->laneNames().size(), 3);
    QVERIFY(m_timeline->laneOfRow(2) >= 0);
    m_timeline->setLanePinned(u"Busy"_s, false);
    m_timeline->setLaneMode(TimelineWidget::LaneMode::Partnership);
    m_timeline->setModel(m_model);
}

void TimelineWidgetTest::testFitAllIgnoresFarOffEvents_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("a founding recalled as background, 120 years earlier") << true;
    QTest::newRow("a main event alone 120 years earlier") << false;
}

void TimelineWidgetTest::testFitAllIgnoresFarOffEvents()
{
    QFETCH(bool, background);
    Corpus corpus = manyLanes(30); // thirty weeks of 1987
    Event founding = Fixture::event("f", Event::Type::Founding, QDate(1867, 1, 1), Event::Precision::Year,
                                    Event::DateBasis::Text, {u"Company 000"_s}, QString(), {});
    founding.salience = background ? Event::Salience::Background : Event::Salience::Main;
    corpus.events.append(founding);
    EventListModel model;
    model.setCorpus(&corpus);
    m_timeline->setModel(&model);
    m_timeline->fitAll();
    QVERIFY2(m_timeline->visibleFirst().year() >= 1986, qPrintable(m_timeline->visibleFirst().toString()));
    QVERIFY(m_timeline->visibleLast().year() <= 1988);
    // Still reachable: selecting it brings it into view.
    QItemSelectionModel selection(&model);
    m_timeline->setSelectionModel(&selection);
    selection.setCurrentIndex(model.index(30, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!m_timeline->eventRect(30).isEmpty());
    m_timeline->setModel(m_model);
    m_timeline->setSelectionModel(m_selection);
}

void TimelineWidgetTest::testRowFilterHidesEvents()
{
    QList<bool> accepted(m_model->rowCount(), false);
    accepted[Fixture::OpenAiBillion] = true;
    m_timeline->setRowFilter(accepted);
    QVERIFY(!m_timeline->eventRect(Fixture::OpenAiBillion).isEmpty());
    QVERIFY(m_timeline->eventRect(Fixture::MistralPartnership).isEmpty());
    QCOMPARE(m_timeline->laneNames(), QStringList{u"Microsoft\u2013OpenAI"_s});
    // Left and Right move among the shown events only.
    QTest::keyClick(m_timeline, Qt::Key_Right);
    QCOMPARE(m_selection->currentIndex().row(), int(Fixture::OpenAiBillion));
    QTest::keyClick(m_timeline, Qt::Key_Right);
    QCOMPARE(m_selection->currentIndex().row(), int(Fixture::OpenAiBillion));
    m_timeline->setRowFilter({});
    QVERIFY(!m_timeline->eventRect(Fixture::MistralPartnership).isEmpty());
}

void TimelineWidgetTest::testOverviewClickMovesView()
{
    m_timeline->setVisibleRange(QDate(2024, 2, 20), QDate(2024, 3, 1));
    const QRect strip = m_timeline->overviewRect();
    QVERIFY(strip.width() > 100);
    const QDate before = m_timeline->visibleFirst();
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, QPoint(strip.left() + 2, strip.center().y()));
    QVERIFY(m_timeline->visibleFirst() < before);
    QVERIFY(!m_selection->currentIndex().isValid());
}

void TimelineWidgetTest::testLegendNamesEveryTypeAtAnyWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1600;
    QTest::newRow("1280 window, timeline beside the panels") << 700;
    QTest::newRow("narrow") << 420;
}

void TimelineWidgetTest::testLegendNamesEveryTypeAtAnyWidth()
{
    // Every mark and every type on show keep their place in the legend, wrapped onto more lines when the width is
    // short, instead of the last ones running off the edge or vanishing behind "…".
    QFETCH(int, width);
    QStringList types;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString type = m_model->index(row, EventListModel::TypeColumn).data().toString();
        if (!types.contains(type)) {
            types.append(type);
        }
    }
    QVERIFY(types.size() >= 4);
    m_timeline->resize(width, 420);
    QStringList shown = m_timeline->legendTypeNames();
    std::sort(types.begin(), types.end());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, types);
    QCOMPARE(m_timeline->legendMarkNames().size(), 4);
    // The lanes keep their room: the legend's lines come out of the plot, not over it.
    QVERIFY(m_timeline->visibleLaneCount() >= 1);
}

QTEST_MAIN(TimelineWidgetTest)
#include "timelinewidgettest.moc"
