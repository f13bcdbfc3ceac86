// timelinebench [EVENTS] [COMPANIES]: full repaints of the timeline over a generated corpus (100,000 events by
// default) at several zoom levels and while scrolling lanes, offscreen; prints the median and worst frame time per
// level and overall, the time to lay out the lanes, and the memory. With COMPANIES (5,000 for a corpus of deals
// between thousands of companies) each event is a deal between two of them and the timeline shows one lane per
// company; without, a dozen partnership lanes.
//
//   QT_QPA_PLATFORM=offscreen build-NAME/tests/timelinebench 100000 5000

#include "eventlistmodel.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

// Resident and peak memory of this process in KiB, from /proc.
QPair<qint64, qint64> memoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    qint64 rss = 0;
    qint64 peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                rss = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
            } else if (line.startsWith("VmHWM:")) {
                peak = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
            }
        }
    }
    return {rss, peak};
}

// Events spread over thirty years in a dozen partnership lanes, with the mix of precisions, date bases and
// money the extraction produces: mostly days, some months and years, a few undated; two in five with a figure.
Corpus generate(int count, int companies)
{
    std::mt19937 random(42);
    Corpus corpus;
    const QStringList partners{u"OpenAI"_s,       u"Mistral AI"_s, u"Anthropic"_s,   u"Cohere"_s,
                               u"Inflection"_s,   u"xAI"_s,        u"Aleph Alpha"_s, u"DeepMind"_s,
                               u"Hugging Face"_s, u"Stability"_s,  u"Databricks"_s,  u"Nvidia"_s};
    Article money;
    money.file = u"generated"_s;
    for (int i = 0; i < 500; ++i) {
        MoneyFigure figure;
        figure.start = i;
        figure.end = i + 1;
        figure.text = u"$%1 million"_s.arg((i % 50 + 1) * 20);
        figure.currency = u"USD"_s;
        figure.amount = Decimal(qint64(std::pow(10.0, 6 + (i % 50) / 10.0)));
        figure.usd = figure.amount;
        figure.kind = i % 5 == 0 ? MoneyFigure::Kind::Valuation : MoneyFigure::Kind::Investment;
        money.figures.append(figure);
    }
    corpus.articles.append(money);
    const QDate first(1995, 1, 1);
    std::uniform_int_distribution<int> day(0, 30 * 365);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> lane(0, int(partners.size()));
    std::uniform_int_distribution<int> figure(0, int(money.figures.size()) - 1);
    corpus.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = u"e%1"_s.arg(i + 1);
        event.type = Event::Type(i % 9);
        const int p = percent(random);
        const QDate date = first.addDays(day(random));
        if (p < 1) {
            event.precision = Event::Precision::Unknown;
        } else if (p < 9) {
            event.precision = Event::Precision::Year;
            event.date = QDate(date.year(), 1, 1);
        } else if (p < 21) {
            event.precision = Event::Precision::Month;
            event.date = QDate(date.year(), date.month(), 1);
        } else {
            event.precision = Event::Precision::Day;
            event.date = date;
        }
        event.dateBasis = p % 3 == 0 ? Event::DateBasis::Published : Event::DateBasis::Text;
        if (companies > 1) {
            // A few companies make most of the news: the square of a uniform draw favours the low numbers.
            std::uniform_real_distribution<double> unit(0, 1);
            const int a = int(std::pow(unit(random), 2) * companies);
            int b = int(unit(random) * companies);
            if (b == a) {
                b = (a + 1) % companies;
            }
            const QString first = u"Company %1"_s.arg(a, 4, 10, QChar(u'0'));
            const QString second = u"Company %1"_s.arg(b, 4, 10, QChar(u'0'));
            event.actors = {first, second};
            event.lane = first + u'\u2013' + second;
        } else {
            const int l = lane(random);
            event.actors = {u"Microsoft"_s};
            if (l < partners.size()) {
                event.actors.append(partners.at(l));
                event.lane = u"Microsoft\u2013"_s + partners.at(l);
            }
        }
        if (percent(random) < 40) {
            event.figures.append({0, figure(random)});
        }
        event.sources.append({0, 0, 1});
        corpus.events.append(event);
    }
    return corpus;
}

struct Level
{
    const char *name;
    int days;
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int companies = argc > 2 ? QByteArray(argv[2]).toInt() : 0;
    QTextStream out(stdout);

    const auto before = memoryKiB();
    QElapsedTimer timer;
    timer.start();
    const Corpus corpus = generate(count, companies);
    const qint64 generateMs = timer.elapsed();
    const auto afterCorpus = memoryKiB();

    EventListModel model;
    model.setCorpus(&corpus);
    QItemSelectionModel selection(&model);
    TimelineWidget timeline;
    timeline.setAttribute(Qt::WA_DontShowOnScreen);
    timeline.resize(1600, 900);
    timeline.show();
    timer.restart();
    if (companies > 1) {
        timeline.setLaneMode(TimelineWidget::LaneMode::Company);
    }
    timeline.setModel(&model);
    timeline.setSelectionModel(&selection);
    const qint64 loadMs = timer.elapsed();
    // Laying the lanes out again: switching lane mode or order, or a filter applied.
    QList<double> relayouts;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        timeline.setLaneOrder(i % 2 == 0 ? TimelineWidget::LaneOrder::EventCount
                                         : TimelineWidget::LaneOrder::FirstEvent);
        relayouts.append(double(timer.elapsed()));
    }
    std::sort(relayouts.begin(), relayouts.end());
    const auto afterLoad = memoryKiB();
    selection.setCurrentIndex(model.index(count / 2, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QImage frame(timeline.size(), QImage::Format_ARGB32_Premultiplied);
    // days < 0: fit-all while the lanes scroll a page per frame, as PageDown or the wheel does.
    const Level levels[] = {{"fit-all (30 years)", 0}, {"5 years", 5 * 365}, {"1 year", 365},        {"3 months", 91},
                            {"2 weeks", 14},           {"3 days", 3},        {"scrolling lanes", -1}};
    constexpr int framesPerLevel = 30;
    QList<double> all;
    out << "timelinebench: " << count << " events, " << timeline.laneNames().size() << " lanes, " << timeline.width()
        << "x" << timeline.height() << " px, " << framesPerLevel << " frames per level\n";
    out << Qt::left << qSetFieldWidth(22) << "level" << qSetFieldWidth(12) << "median ms"
        << "worst ms" << qSetFieldWidth(0) << "\n";
    for (const Level &level : levels) {
        if (level.days <= 0) {
            timeline.fitAll();
            timeline.scrollToLane(0);
        } else {
            timeline.setVisibleRange(QDate(2010, 3, 1), QDate(2010, 3, 1).addDays(level.days - 1));
        }
        QList<double> times;
        for (int i = 0; i < framesPerLevel; ++i) {
            // Each frame moves the view a little, as a drag does, so nothing is reused from the frame before.
            if (level.days < 0) {
                const int lanes = std::max(1, int(timeline.laneNames().size()));
                timeline.scrollToLane((i + 1) * 37 * timeline.visibleLaneCount() % lanes);
            } else {
                timeline.panBy(i % 2 == 0 ? 0.013 : -0.007);
            }
            QElapsedTimer frameTimer;
            frameTimer.start();
            QPainter painter(&frame);
            // The timeline's own painting: its lane scroll bar repaints only when it moves (see invalidateLayout()).
            timeline.render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground);
            painter.end();
            times.append(frameTimer.nsecsElapsed() / 1e6);
        }
        const double firstFrame = times.constFirst();
        std::sort(times.begin(), times.end());
        all.append(times);
        out << Qt::left << qSetFieldWidth(22) << level.name << qSetFieldWidth(12) << Qt::fixed
            << qSetRealNumberPrecision(2) << times.at(times.size() / 2) << times.constLast() << qSetFieldWidth(0)
            << "(first frame " << firstFrame << ")\n";
    }
    std::sort(all.begin(), all.end());
    const auto end = memoryKiB();
    out << "overall: median " << all.at(all.size() / 2) << " ms, 95th percentile " << all.at(all.size() * 95 / 100)
        << " ms, worst " << all.constLast() << " ms over " << all.size() << " frames\n";
    out << "generate corpus: " << generateMs << " ms; load into timeline: " << loadMs
        << " ms; lanes laid out again (new order): median " << relayouts.at(1) << " ms\n";
    out << "memory (RSS): start " << before.first / 1024 << " MiB, corpus +"
        << (afterCorpus.first - before.first) / 1024 << " MiB, timeline +"
        << (afterLoad.first - afterCorpus.first) / 1024 << " MiB, end " << end.first / 1024 << " MiB, peak "
        << end.second / 1024 << " MiB\n";
    return 0;
}
