// extractbench [COUNT | DIR] [money|dates]: extraction speed on one thread over generated (default 10,000) or given
// articles; a stage name runs that stage alone (for profiling).
#include "articlereader.h"
#include "corpusgenerator.h"
#include "exchangerates.h"
#include "extractor.h"
#include "moneyfinder.h"
#include "resourcedata.h"
#include "timexfinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

// CPU time of this thread: the machine is shared, so wall time would also count other processes' turns.
class Clock
{
public:
    Clock() { m_wall.start(), m_cpu = cpuNow(); }
    [[nodiscard]] qint64 cpuNanoseconds() const { return cpuNow() - m_cpu; }
    [[nodiscard]] qint64 wallNanoseconds() const { return m_wall.nsecsElapsed(); }

private:
    static qint64 cpuNow()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

void report(const char *what, qint64 bytes, qsizetype articles, const Clock &clock, qsizetype found)
{
    const double seconds = double(clock.cpuNanoseconds()) / 1e9;
    out << QString::asprintf("%-34s %7.3f s cpu %8.2f MB/s %9.0f articles/s  (wall %.3f s; %lld found)\n", what,
                             seconds, double(bytes) / 1e6 / seconds, double(articles) / seconds,
                             double(clock.wallNanoseconds()) / 1e9, qlonglong(found));
    out.flush();
}

QString cpuName()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    out << "machine: " << QSysInfo::prettyProductName() << ", " << cpuName() << ", one thread\n";

    // The ECB table, timed before anything else loads it: it is read lazily on the first conversion.
    {
        QList<qint64> times;
        for (int i = 0; i < 10; ++i) {
            const Clock clock;
            ExchangeRates rates;
            rates.load(ResourceData::bytes(u"data/ecb-eurofxref-hist.csv"_s));
            times.append(clock.cpuNanoseconds());
        }
        std::sort(times.begin(), times.end());
        const Clock clock;
        const ExchangeRates &rates = ExchangeRates::instance();
        const qint64 first = clock.cpuNanoseconds();
        out << QString::asprintf("ECB table: %lld days, first use %.2f ms cpu, reload min %.2f ms, median %.2f ms\n",
                                 qlonglong(rates.firstDate().daysTo(rates.lastDate())), double(first) / 1e6,
                                 double(times.first()) / 1e6, double(times.at(times.size() / 2)) / 1e6);
    }

    QList<QByteArray> files;
    QStringList names;
    bool isCount = false;
    const int count = args.size() > 1 ? args.at(1).toInt(&isCount) : 10000;
    const QString only = args.size() > 2 ? args.at(2) : QString();
    if (args.size() > 1 && !isCount) {
        QList<ReadError> errors;
        for (const QString &path : ArticleReader::collectFiles({args.at(1)}, &errors)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                files.append(file.readAll());
                names.append(path);
            }
        }
    } else {
        const CorpusGenerator generator(1);
        for (int i = 0; i < count; ++i) {
            files.append(generator.article(i).toUtf8());
            names.append(CorpusGenerator::fileName(i));
        }
    }
    qint64 bytes = 0;
    for (const QByteArray &f : files) {
        bytes += f.size();
    }
    out << QString::asprintf("corpus: %lld articles, %.1f MB\n", qlonglong(files.size()), double(bytes) / 1e6);

    QList<Article> articles;
    articles.reserve(files.size());
    {
        const Clock clock;
        qsizetype found = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            auto r = ArticleReader().parse(files.at(i), names.at(i));
            if (r.article) {
                found += r.article->sentences.size();
                articles.append(std::move(*r.article));
            }
        }
        report("read + segment", bytes, files.size(), clock, found);
    }
    // Each stage runs once over the first articles before its clock starts, so word lists and tables are loaded.
    const auto warm = [&articles](auto &&stage) {
        for (qsizetype i = 0; i < std::min<qsizetype>(20, articles.size()); ++i) {
            Article copy = articles.at(i);
            stage(copy);
        }
    };
    // One finder alone over every article, after a warm-up.
    const auto timeFinder = [&](const char *name, auto &&find) {
        warm([&find](Article &a) { (void)find(a); });
        const Clock clock;
        qsizetype found = 0;
        for (const Article &a : std::as_const(articles)) {
            found += find(a).size();
        }
        report(name, bytes, articles.size(), clock, found);
    };
    const auto dates = [](const Article &a) { return TimexFinder().find(a); };
    const auto money = [](const Article &a) { return MoneyFinder().find(a); };
    if (only == "dates"_L1) {
        timeFinder("dates only", dates);
        return 0;
    }
    timeFinder("money only", money);
    if (only == "money"_L1) {
        return 0;
    }
    timeFinder("dates only", dates);
    {
        const Clock clock;
        qsizetype found = 0;
        const ExchangeRates &rates = ExchangeRates::instance();
        for (Article &a : articles) {
            a.timexes = TimexFinder().find(a);
            a.figures = MoneyFinder().find(a);
            for (MoneyFigure &f : a.figures) {
                rates.fillUsd(f, MoneyFinder::rateDate(a, f));
            }
            found += a.timexes.size() + a.figures.size();
        }
        report("dates + money (+usd)", bytes, articles.size(), clock, found);
    }
    {
        const Clock clock;
        qsizetype found = 0;
        const ExchangeRates &rates = ExchangeRates::instance();
        for (Article &a : articles) {
            for (MoneyFigure &f : a.figures) {
                rates.fillUsd(f, MoneyFinder::rateDate(a, f));
                found += f.usd ? 1 : 0;
            }
        }
        report("  of which dollar values again", bytes, articles.size(), clock, found);
    }
    warm([](Article &a) { Extractor().extract(a); });
    {
        const Clock clock;
        qsizetype found = 0;
        for (qsizetype i = 0; i < files.size(); ++i) {
            auto r = ArticleReader().parse(files.at(i), names.at(i));
            if (r.article) {
                Extractor().extract(*r.article);
                found += r.article->figures.size() + r.article->timexes.size() + r.article->entities.size() +
                         r.article->quotes.size();
            }
        }
        report("whole extractor (read+segment+all)", bytes, files.size(), clock, found);
    }
    return 0;
}
