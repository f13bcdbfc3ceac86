// briefbench [EVENTS] [--reuters DIR]: time to write the PDF briefing of the sample corpus, of a generated corpus of
// EVENTS events (default 1,000) and, with --reuters, of every story of a reuters-deals folder that its topics.json
// tags "acq" (read at run time, never copied). Extraction is timed apart: the figure that matters here is the export,
// from an extracted corpus to a finished file.
#include "briefingwriter.h"
#include "corpusgenerator.h"
#include "corpusloader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

// CPU time of this thread: the export runs on it alone, and other processes on a busy machine do not count.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

struct Timing
{
    qint64 bestMs = 0;
    qint64 medianMs = 0;
    int pages = 0;
    qint64 bytes = 0;
    qint64 layoutMs = -1;
    qint64 cpuMedianMs = 0;
};

Timing timeExport(const Corpus &corpus, const QString &path, int runs)
{
    QList<qint64> times;
    QList<qint64> cpuTimes;
    Timing timing;
    BriefingOptions options;
    options.language = u"en"_s;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMs();
        BriefingWriter writer(options);
        // The writer reports 40 when every block is measured and placed; the rest is painting and saving.
        writer.setProgress([&](int done, int) {
            if (done >= 40 && timing.layoutMs < 0) {
                timing.layoutMs = timer.elapsed();
            }
            return true;
        });
        timing.layoutMs = -1;
        const BriefingWriter::Result result = writer.write(corpus, path);
        times.append(timer.elapsed());
        cpuTimes.append(cpuMs() - cpuStart);
        if (!result.ok()) {
            out << "export failed: " << result.message << Qt::endl;
            return {};
        }
        timing.pages = result.pages;
    }
    std::sort(times.begin(), times.end());
    timing.bestMs = times.first();
    timing.medianMs = times.at(times.size() / 2);
    std::sort(cpuTimes.begin(), cpuTimes.end());
    timing.cpuMedianMs = cpuTimes.at(cpuTimes.size() / 2);
    timing.bytes = QFileInfo(path).size();
    return timing;
}

void report(const char *what, const Corpus &corpus, const Timing &timing, int runs)
{
    int figures = 0;
    int quotes = 0;
    for (const Article &article : corpus.articles) {
        figures += int(article.figures.size());
        quotes += int(article.quotes.size());
    }
    out << what << ": " << corpus.articles.size() << " articles, " << corpus.events.size() << " events, " << figures
        << " figures, " << quotes << " quotes -> " << timing.pages << " pages, " << timing.bytes / 1024
        << " KiB; export median " << timing.medianMs << " ms wall, " << timing.cpuMedianMs << " ms CPU; best "
        << timing.bestMs << " ms (" << runs << " runs; layout " << timing.layoutMs << " ms of the last)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    int events = 1000;
    QString reuters;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--reuters"_L1 && i + 1 < arguments.size()) {
            reuters = arguments.at(++i);
        } else {
            events = arguments.at(i).toInt();
        }
    }
    out << "briefbench on " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores"
        << Qt::endl;
    QTemporaryDir dir;

    QList<ReadError> errors;
    const Corpus sample = CorpusLoader().load({CorpusLoader::sampleCorpusPath()}, &errors);
    report("sample corpus", sample, timeExport(sample, dir.filePath(u"sample.pdf"_s), 9), 9);

    if (!reuters.isEmpty()) {
        QFile topicsFile(QDir(reuters).filePath(u"topics.json"_s));
        if (!topicsFile.open(QIODevice::ReadOnly)) {
            out << "cannot read " << topicsFile.fileName() << Qt::endl;
            return 1;
        }
        const QJsonObject topics = QJsonDocument::fromJson(topicsFile.readAll()).object();
        QStringList files;
        for (auto it = topics.constBegin(); it != topics.constEnd(); ++it) {
            if (it.value().toArray().contains(u"acq"_s)) {
                files.append(QDir(reuters).filePath(it.key() + u".txt"_s));
            }
        }
        QElapsedTimer extraction;
        extraction.start();
        const Corpus deals = CorpusLoader().load(files, &errors);
        out << "reuters-deals acq: " << files.size() << " stories extracted in " << extraction.elapsed()
            << " ms (not part of the export)" << Qt::endl;
        report("reuters-deals acq stories", deals, timeExport(deals, dir.filePath(u"reuters.pdf"_s), 3), 3);
    }

    // The generator's articles report several events each: grow the corpus until it holds enough, then keep
    // exactly the first EVENTS events (and the articles they cite) so that the figure is for that many events.
    CorpusGenerator generator(42);
    generator.setEventCount(events);
    Corpus generated;
    int count = std::max(events / 5, 10);
    QElapsedTimer timer;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const QString articles = dir.filePath(u"articles-%1"_s.arg(attempt));
        if (generator.write(articles, count) < 0) {
            out << "cannot write the generated corpus" << Qt::endl;
            return 1;
        }
        timer.start();
        generated = CorpusLoader().load({articles}, &errors);
        if (generated.events.size() >= events) {
            break;
        }
        count = count * 2;
    }
    out << "generated corpus extracted in " << timer.elapsed() << " ms (not part of the export)" << Qt::endl;
    generated.events.resize(std::min<qsizetype>(generated.events.size(), events));
    report("generated corpus", generated, timeExport(generated, dir.filePath(u"generated.pdf"_s), 3), 3);
    return 0;
}
