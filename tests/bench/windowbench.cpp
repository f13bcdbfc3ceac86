// windowbench WORKSPACE [RUNS]: how long the window takes to open a workspace, each run in a fresh process.
//   usable: from the start of main() to the first paint of the window showing the workspace (article list and
//           quote list filled from the store, the event count in the title), the point an analyst can act;
//   timeline: to the first paint after the events were read (in the worker) and laid out on the timeline.
// Peak memory (VmHWM) is read after each point. Make a 10,000-article workspace with `workspacebench 10000 DIR`
// (DIR/bench.newsline). Run under a display (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen.
// windowbench --once WORKSPACE: one run, one line of figures (what the parent runs).
#include "mainwindow.h"
#include "timelinewidget.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

double peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    }
    return -1;
}

// Notes the time at which a widget's paint event has been handled.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    /// Arms the watch: the next paint is recorded.
    void arm() { m_armed = true; }
    [[nodiscard]] double paintedMs() const { return m_paintedMs; }
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_armed) {
            m_armed = false;
            // Queued: runs once this paint (and the rest of the frame) is done.
            QTimer::singleShot(0, [this] {
                m_paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
                if (onPainted) {
                    onPainted();
                }
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    bool m_armed = false;
    double m_paintedMs = -1;
};

int once(int argc, char **argv, const QString &path, const QElapsedTimer &clock)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"NewslineBench"_s);
    MainWindow window;
    window.resize(1600, 1000);
    PaintWatch windowPaint(window.timeline(), clock);
    PaintWatch timelinePaint(window.timeline(), clock);
    double usableMs = -1;
    double usableMiB = -1;
    double loadedMs = -1;
    windowPaint.arm();
    windowPaint.onPainted = [&] {
        usableMs = windowPaint.paintedMs();
        usableMiB = peakRssMiB();
    };
    QObject::connect(&window, &MainWindow::workspaceLoaded, &window, [&] {
        loadedMs = double(clock.nsecsElapsed()) / 1e6;
        timelinePaint.arm();
        window.timeline()->update();
    });
    timelinePaint.onPainted = [&] { QTimer::singleShot(0, &app, &QCoreApplication::quit); };
    if (!window.openWorkspace(path)) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    window.show();
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    app.exec();
    auto *articles = window.findChild<QListView *>(u"ArticleList"_s);
    out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(usableMs, 0, 'f', 1)
               .arg(usableMiB, 0, 'f', 1)
               .arg(loadedMs, 0, 'f', 1)
               .arg(timelinePaint.paintedMs(), 0, 'f', 1)
               .arg(peakRssMiB(), 0, 'f', 1)
               .arg(window.corpus().events.size())
               .arg(articles ? articles->model()->rowCount() : -1)
        << Qt::endl;
    return timelinePaint.paintedMs() > 0 ? 0 : 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    if (argc == 3 && !std::strcmp(argv[1], "--once")) {
        return once(argc, argv, QString::fromLocal8Bit(argv[2]), clock);
    }
    if (argc < 2) {
        out << "usage: windowbench WORKSPACE [RUNS]" << Qt::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    QList<double> usable, usableMiB, loaded, timeline, peak;
    QString shape;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QString::fromLocal8Bit(argv[0]), {u"--once"_s, path});
        if (!child.waitForFinished(180000) || child.exitCode() != 0) {
            out << "run " << run << " failed: " << child.readAllStandardOutput() << Qt::endl;
            return 1;
        }
        const QStringList f = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u' ');
        if (f.size() != 7) {
            out << "unexpected output: " << f.join(u' ') << Qt::endl;
            return 1;
        }
        usable.append(f[0].toDouble());
        usableMiB.append(f[1].toDouble());
        loaded.append(f[2].toDouble());
        timeline.append(f[3].toDouble());
        peak.append(f[4].toDouble());
        shape = u"%1 events on the timeline, %2 articles in the first page of the list"_s.arg(f[5], f[6]);
        out << u"run %1: usable window painted %2 ms (%3 MiB), events read %4 ms, timeline painted %5 ms (%6 MiB)"_s
                   .arg(run + 1)
                   .arg(f[0], f[1], f[2], f[3], f[4])
            << Qt::endl;
    }
    out << shape << Qt::endl;
    out << u"median of %1 runs: usable window painted %2 ms (peak RSS %3 MiB); events read %4 ms; timeline painted "
           "%5 ms (peak RSS %6 MiB)"_s.arg(runs)
               .arg(median(usable), 0, 'f', 0)
               .arg(median(usableMiB), 0, 'f', 0)
               .arg(median(loaded), 0, 'f', 0)
               .arg(median(timeline), 0, 'f', 0)
               .arg(median(peak), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
