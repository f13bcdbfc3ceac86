// eventbench [COPIES | gen:COUNT] [events]: speed of the whole extraction and of event building on one thread, over
// copies of the sample corpus (each copy published 10 days after the previous, so its events stay its own) or over
// COUNT generated articles, then the event merger alone over 100,000 and 400,000 reports to show it grows linearly.
#include "articlereader.h"
#include "corpusgenerator.h"
#include "corpusloader.h"
#include "eventbuilder.h"
#include "eventmerger.h"
#include "extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

// CPU time of this thread, so that other processes on the machine do not count.
qint64 cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QList<EventMention> syntheticReports(int count)
{
    // Five reports per event, 200 parties, events a month apart within each party's bucket.
    QList<EventMention> mentions;
    mentions.reserve(count);
    const QDate start(2000, 1, 1);
    for (int i = 0; i < count; ++i) {
        EventMention m;
        m.type = Event::Type::Investment;
        const int event = i % (count / 5);
        m.actors = {u"Investor %1"_s.arg(event % 200), u"Target"_s};
        m.keyActors = m.actors;
        m.keyActors.sort();
        m.date = start.addDays((event / 200) * 30 + i % 4);
        m.precision = Event::Precision::Day;
        m.dateBasis = Event::DateBasis::Text;
        m.amount = Decimal(1000000);
        m.currency = u"USD"_s;
        m.usd = m.amount;
        m.source = {i, 0, 1};
        mentions.append(m);
    }
    return mentions;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"500"_s;
    const bool generated = what.startsWith("gen:"_L1);
    const int copies = generated ? 0 : what.toInt();
    out << "machine: " << QSysInfo::prettyProductName() << ", one thread\n";

    QList<QByteArray> files;
    const QDir dir(CorpusLoader::sampleCorpusPath());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            files.append(file.readAll());
        }
    }
    QList<Article> articles;
    qint64 bytes = 0;
    for (int c = 0; c < copies; ++c) {
        for (const QByteArray &f : files) {
            auto r = ArticleReader().parse(f, u"copy%1.txt"_s.arg(c));
            if (r.article) {
                r.article->published = QDate(2019, 7, 22).addDays(10 * c);
                bytes += r.article->text.toUtf8().size();
                articles.append(*r.article);
            }
        }
    }
    if (generated) {
        const CorpusGenerator generator(1);
        const int count = what.mid(4).toInt();
        for (int i = 0; i < count; ++i) {
            auto r = ArticleReader().parse(generator.article(i).toUtf8(), CorpusGenerator::fileName(i));
            if (r.article) {
                bytes += r.article->text.toUtf8().size();
                articles.append(*r.article);
            }
        }
    }
    out << QString::asprintf("corpus: %lld articles, %.1f MB of text\n", qlonglong(articles.size()),
                             double(bytes) / 1e6);

    const Extractor extractor;
    Article warm = articles.constFirst();
    extractor.extract(warm);
    (void)EventBuilder().build({warm});

    qint64 t0 = cpuNow();
    for (Article &a : articles) {
        extractor.extract(a);
    }
    const double finders = double(cpuNow() - t0) / 1e9;
    t0 = cpuNow();
    const QList<Event> events = EventBuilder().build(articles);
    const double building = double(cpuNow() - t0) / 1e9;
    out << QString::asprintf("finders (dates, money, entities, quotes): %7.3f s cpu %8.2f MB/s\n", finders,
                             double(bytes) / 1e6 / finders);
    out << QString::asprintf("events (build, merge, lanes):             %7.3f s cpu %8.2f MB/s  (%lld events)\n",
                             building, double(bytes) / 1e6 / building, qlonglong(events.size()));
    out << QString::asprintf("whole extraction:                         %7.3f s cpu %8.2f MB/s\n", finders + building,
                             double(bytes) / 1e6 / (finders + building));

    if (argc > 2 && QByteArray(argv[2]) == "events") {
        // For profiling the event stage alone: build again a few times, skip the synthetic merge.
        for (int i = 0; i < 5; ++i) {
            (void)EventBuilder().build(articles);
        }
        return 0;
    }
    for (int count : {100000, 400000}) {
        const QList<EventMention> reports = syntheticReports(count);
        t0 = cpuNow();
        const QList<Event> merged = EventMerger().merge(reports);
        const double seconds = double(cpuNow() - t0) / 1e9;
        out << QString::asprintf("merge %6d reports -> %6lld events: %7.3f s cpu (%.2f us per report)\n", count,
                                 qlonglong(merged.size()), seconds, seconds * 1e6 / count);
    }
    return 0;
}
