// entitybench [COUNT | DIR]: speed of the entity and quote finders alone, on one thread, over generated (default
// 10,000) or given articles.
#include "articlereader.h"
#include "corpusgenerator.h"
#include "entityfinder.h"
#include "quotefinder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

// CPU time of this thread, so that other processes on the shared machine do not count.
qint64 cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void report(QTextStream &out, const char *what, qint64 bytes, qint64 nanoseconds, qsizetype found)
{
    const double seconds = double(nanoseconds) / 1e9;
    out << QString::asprintf("%-22s %7.3f s cpu %8.2f MB/s  (%lld found)\n", what, seconds,
                             double(bytes) / 1e6 / seconds, qlonglong(found));
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    bool isCount = false;
    const int count = args.size() > 1 ? args.at(1).toInt(&isCount) : 10000;

    QList<Article> articles;
    qint64 bytes = 0;
    const auto add = [&](const QByteArray &file, const QString &name) {
        bytes += file.size();
        auto r = ArticleReader().parse(file, name);
        if (r.article) {
            articles.append(std::move(*r.article));
        }
    };
    if (args.size() > 1 && !isCount) {
        QList<ReadError> errors;
        for (const QString &path : ArticleReader::collectFiles({args.at(1)}, &errors)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                add(file.readAll(), path);
            }
        }
    } else {
        const CorpusGenerator generator(1);
        for (int i = 0; i < count; ++i) {
            add(generator.article(i).toUtf8(), CorpusGenerator::fileName(i));
        }
    }
    out << QString::asprintf("corpus: %lld articles, %.1f MB, one thread\n", qlonglong(articles.size()),
                             double(bytes) / 1e6);

    // The knowledge files load on first use; keep that out of the timing.
    (void)EntityFinder().find(articles.first());

    qsizetype entities = 0;
    qint64 start = cpuNow();
    for (Article &a : articles) {
        a.entities = EntityFinder().find(a);
        entities += a.entities.size();
    }
    report(out, "entities", bytes, cpuNow() - start, entities);

    qsizetype quotes = 0;
    start = cpuNow();
    for (Article &a : articles) {
        a.quotes = QuoteFinder().find(a);
        quotes += a.quotes.size();
    }
    report(out, "quotes", bytes, cpuNow() - start, quotes);
    return 0;
}
