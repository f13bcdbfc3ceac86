// scalebench [size [MAX_MIB]] [merge [MAX_ARTICLES]]: whether reading, extraction and merging stay linear.
//
// size: one-paragraph articles of 64 KiB up to 16 MiB (generated news text with its line breaks taken out), in two
// shapes: sentences kept, and one single sentence (every full stop a comma). Prints the CPU time of each stage and
// the time per MiB, which must stay flat as the size grows.
// merge: 5,000 to 100,000 articles that all report one deal (generated, each in its own words), built into events
// the way `newsline extract` does and the way a workspace does (bucket by bucket). Prints the time per article,
// which must stay flat as the count grows.
#include "articlereader.h"
#include "corpusgenerator.h"
#include "entityfinder.h"
#include "eventbuilder.h"
#include "eventgroups.h"
#include "exchangerates.h"
#include "extractor.h"
#include "moneyfinder.h"
#include "quotefinder.h"
#include "timexfinder.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

// CPU time of this thread: the machine is shared, so wall time would also count other processes' turns.
qint64 cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QString cpuName()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return u"unknown CPU"_s;
}

// Generated article bodies joined into one paragraph of about `bytes` bytes of UTF-8.
QByteArray oneParagraph(qint64 bytes, bool oneSentence)
{
    const CorpusGenerator generator(7);
    QString text;
    for (int i = 0; text.size() < bytes; ++i) {
        const auto read = ArticleReader().parse(generator.article(i).toUtf8(), u"gen.txt"_s);
        if (read.article) {
            text += read.article->text.simplified() + u' ';
        }
    }
    if (oneSentence) {
        static const QRegularExpression stop(u"[.!?](?=[\\s\"'\u201D\u2019])"_s);
        text.replace(stop, u","_s);
    }
    QByteArray utf8 = text.toUtf8();
    utf8.truncate(bytes - 40);
    // Cut at a word boundary so that no UTF-8 sequence is split.
    utf8.truncate(utf8.lastIndexOf(' '));
    return "---\npublished: 2024-02-27\n---\n" + utf8 + ".\n";
}

void sizeRuns(double maxMib)
{
    out << "one-paragraph articles: CPU seconds per stage, and per MiB of text\n";
    out << QString::asprintf("%-9s %9s %7s %7s %7s %7s %7s %7s %7s %8s %8s\n", "shape", "size", "read", "dates",
                             "money", "rates", "names", "quotes", "events", "total", "s/MiB");
    const Extractor extractor;
    {
        const auto shape = ArticleReader().parse(oneParagraph(64 * 1024, true), u"shape.txt"_s);
        out << QString::asprintf("(the one-sentence shape cuts into %lld sentences)\n",
                                 qlonglong(shape.article->sentences.size()));

        // Loads the knowledge and the rate table once, outside the measurements.
        auto warm = ArticleReader().parse(oneParagraph(4096, false), u"warm.txt"_s);
        extractor.extract(*warm.article);
        (void)EventBuilder().build({*warm.article});
    }
    for (bool oneSentence : {false, true}) {
        for (qint64 size = 64 * 1024; size <= qint64(maxMib * 1024 * 1024); size *= 2) {
            const QByteArray bytes = oneParagraph(size, oneSentence);
            qint64 t = cpuNow();
            QList<double> stages;
            const auto lap = [&t, &stages] {
                const qint64 now = cpuNow();
                stages.append(double(now - t) / 1e9);
                t = now;
            };
            ArticleReader::Result read = ArticleReader().parse(bytes, u"long.txt"_s);
            lap();
            if (!read.article) {
                out << "not read: " << read.error->message() << '\n';
                return;
            }
            Article &article = *read.article;
            article.timexes = TimexFinder().find(article);
            lap();
            article.figures = MoneyFinder().find(article);
            lap();
            const ExchangeRates &rates = ExchangeRates::instance();
            const QList<QDate> rateDates = MoneyFinder::rateDates(article);
            for (qsizetype i = 0; i < article.figures.size(); ++i) {
                rates.fillUsd(article.figures[i], rateDates.at(i));
            }
            lap();
            article.entities = EntityFinder().find(article);
            lap();
            article.quotes = QuoteFinder().find(article);
            lap();
            const QList<Event> events = EventBuilder().build({article});
            lap();
            double total = 0;
            for (double s : std::as_const(stages)) {
                total += s;
            }
            const double mib = double(bytes.size()) / (1024 * 1024);
            out << QString::asprintf("%-9s %6.2f MiB", oneSentence ? "sentence" : "paragraph", mib);
            for (double s : std::as_const(stages)) {
                out << QString::asprintf(" %7.2f", s);
            }
            out << QString::asprintf(" %8.2f %8.3f   (%lld dates, %lld figures, %lld events)\n", total, total / mib,
                                     qlonglong(article.timexes.size()), qlonglong(article.figures.size()),
                                     qlonglong(events.size()));
            out.flush();
        }
    }
}

void mergeRuns(int maxArticles)
{
    out << "articles reporting one deal: CPU microseconds per article, merged as `newsline extract` does (build) and\n"
           "as a workspace does (bucket by bucket); wire copy = one article's text under many names, reworded = each\n"
           "article in its own words, amounts = a short report each, every one with its own amount\n";
    // A few hundred distinct reports of the deal, extracted once; the larger corpora repeat them as other articles.
    CorpusGenerator generator(11);
    generator.setEventCount(1);
    const Extractor extractor;
    QList<Article> distinct;
    for (int i = 0; i < 400; ++i) {
        auto read = ArticleReader().parse(generator.article(i).toUtf8(), CorpusGenerator::fileName(i));
        if (read.article) {
            extractor.extract(*read.article);
            distinct.append(std::move(*read.article));
        }
    }
    out << QString::asprintf("%-10s %9s %12s %12s %8s %10s\n", "reports", "articles", "build", "buckets", "events",
                             "sources");
    enum Corpus
    {
        WireCopy,
        Reworded,
        Amounts
    };
    const char *names[] = {"wire copy", "reworded", "amounts"};
    for (const Corpus corpus : {WireCopy, Reworded, Amounts}) {
        for (int count : {5000, 10000, 20000, 50000, 100000}) {
            if (count > maxArticles) {
                break;
            }
            QList<Article> articles;
            articles.reserve(count);
            for (int i = 0; i < count; ++i) {
                if (corpus == Amounts) {
                    const QString text = u"Globex agreed to buy Initech for $%1.%2 billion on March 3, 2024, the "
                                         "companies said.\n"_s.arg(2 + i % 3)
                                             .arg(i / 3, 5, 10, QLatin1Char('0'));
                    auto read = ArticleReader().parse(text.toUtf8(), u"short.txt"_s);
                    read.article->published = QDate(2024, 3, 4);
                    extractor.extract(*read.article);
                    articles.append(std::move(*read.article));
                } else {
                    articles.append(distinct.at(corpus == WireCopy ? 0 : i % distinct.size()));
                }
            }
            qint64 t = cpuNow();
            const QList<Event> events = EventBuilder().build(articles);
            const double build = double(cpuNow() - t) / 1e3 / count;
            t = cpuNow();
            EventGroups groups;
            for (int i = 0; i < count; ++i) {
                groups.addArticle(articles.at(i), i + 1);
            }
            QList<EventPlace> places;
            const QList<Event> grouped = groups.events(nullptr, &places);
            const double bucketed = double(cpuNow() - t) / 1e3 / count;
            qsizetype most = 0;
            for (const Event &e : events) {
                most = std::max(most, e.sources.size());
            }
            out << QString::asprintf("%-10s %9d %12.1f %12.1f %8lld %10lld\n", names[corpus], count, build, bucketed,
                                     qlonglong(events.size()), qlonglong(most));
            out.flush();
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    out << "machine: " << QSysInfo::prettyProductName() << ", " << cpuName() << ", one thread, CPU time\n";
    const bool all = args.isEmpty();
    const qsizetype size = args.indexOf(u"size"_s);
    if (all || size >= 0) {
        const double max = size >= 0 && size + 1 < args.size() ? args.at(size + 1).toDouble() : 0;
        sizeRuns(max > 0 ? max : 16);
    }
    const qsizetype merge = args.indexOf(u"merge"_s);
    if (all || merge >= 0) {
        const int max = merge >= 0 && merge + 1 < args.size() ? args.at(merge + 1).toInt() : 0;
        mergeRuns(max > 0 ? max : 100000);
    }
    return 0;
}
