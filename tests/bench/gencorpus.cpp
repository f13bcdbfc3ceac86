// newsline-gencorpus OUT_DIR COUNT [SEED] [EVENTS]: writes COUNT synthetic articles for benchmarks.
#include "corpusgenerator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    bool countOk = false;
    bool seedOk = true;
    bool eventsOk = true;
    const int count = args.size() > 2 ? args.at(2).toInt(&countOk) : 0;
    const quint64 seed = args.size() > 3 ? args.at(3).toULongLong(&seedOk) : 1;
    const int events = args.size() > 4 ? args.at(4).toInt(&eventsOk) : 0;
    if (args.size() < 3 || args.size() > 5 || !countOk || count < 0 || !seedOk || !eventsOk || events < 0) {
        err << QCoreApplication::translate("gencorpus", "usage: newsline-gencorpus OUT_DIR COUNT [SEED] [EVENTS]")
            << '\n';
        return 2;
    }
    Newsline::CorpusGenerator generator(seed);
    generator.setEventCount(events);
    const qint64 bytes = generator.write(args.at(1), count);
    if (bytes < 0) {
        err << QCoreApplication::translate("gencorpus", "cannot write into %1").arg(args.at(1)) << '\n';
        return 1;
    }
    QTextStream(stdout)
        << QCoreApplication::translate("gencorpus", "%1 articles, %2 bytes in %3").arg(count).arg(bytes).arg(args.at(1))
        << '\n';
    return 0;
}
