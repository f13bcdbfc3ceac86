// workspacemodelbench [COUNT [NEW-WORKSPACE] | WORKSPACE]: what the window's workspace lists cost on a large workspace:
// the article and quote models' first page and next pages, quote browsing by person (including a one-letter person
// being typed), quote searches, the person completer's list, and peak memory. With COUNT (default 10,000) a workspace
// of generated articles is imported first (into NEW-WORKSPACE, kept, or a temporary file); with a .newsline file, that
// workspace is measured, and the peak memory is the lists' alone.
#include "corpusgenerator.h"
#include "workspace.h"
#include "workspacearticlemodel.h"
#include "workspaceimporter.h"
#include "workspacequotemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

// VmHWM: the peak resident set of this process.
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

// Median and worst wall time of runs of work, in milliseconds.
void measure(const QString &what, int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << u"%1: median %2 ms, worst %3 ms (%4 runs)"_s.arg(what)
               .arg(times.at(times.size() / 2), 0, 'f', 2)
               .arg(times.last(), 0, 'f', 2)
               .arg(runs)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"10000"_s;
    QTemporaryDir dir;
    QString path = arg;
    QString error;
    std::unique_ptr<Workspace> workspace;
    if (!arg.endsWith(u".newsline"_s)) {
        const int count = arg.toInt();
        const QString corpus = dir.filePath(u"corpus"_s);
        if (count <= 0 || CorpusGenerator(1).write(corpus, count) < 0) {
            out << "usage: workspacemodelbench [COUNT | WORKSPACE.newsline]" << Qt::endl;
            return 1;
        }
        path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.newsline"_s);
        auto created = Workspace::create(path, &error);
        if (!created) {
            out << error << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = WorkspaceImporter(*created).importFiles({corpus});
        out << u"imported %1 articles in %2 s"_s.arg(result.added).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    }
    workspace = Workspace::open(path, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    out << u"workspace %1: %2 articles, %3 quotes, %4 MB"_s.arg(QFileInfo(path).fileName())
               .arg(workspace->articleCount())
               .arg(workspace->quoteCount())
               .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    constexpr int Runs = 21;

    WorkspaceArticleModel articles;
    measure(u"article list: set workspace (count + first page)"_s, Runs,
            [&] { articles.setWorkspace(workspace.get()); });
    measure(u"article list: next page"_s, Runs, [&] {
        if (!articles.canFetchMore({})) {
            articles.reload();
        }
        articles.fetchMore({});
    });

    WorkspaceQuoteModel quotes;
    measure(u"quote list: set workspace (count + first page)"_s, Runs, [&] { quotes.setWorkspace(workspace.get()); });
    measure(u"quote list: next page"_s, Runs, [&] {
        if (!quotes.canFetchMore({})) {
            quotes.setQuery({}, {});
        }
        quotes.fetchMore({});
    });

    // The most quoted speaker and a word of their role: what a reader is likely to type.
    QString speaker;
    QString roleWord;
    {
        quotes.setQuery({}, {});
        QHash<QString, int> bySpeaker;
        for (int row = 0; row < quotes.rowCount(); ++row) {
            ++bySpeaker[quotes.index(row, 0).data(WorkspaceQuoteModel::SpeakerRole).toString()];
            const QString role = quotes.index(row, 0).data(WorkspaceQuoteModel::SpeakerTitleRole).toString();
            if (roleWord.isEmpty() && !role.isEmpty()) {
                roleWord = role.section(u' ', 0, 0);
            }
        }
        bySpeaker.remove(QString());
        for (auto it = bySpeaker.cbegin(); it != bySpeaker.cend(); ++it) {
            if (speaker.isEmpty() || it.value() > bySpeaker.value(speaker)) {
                speaker = it.key();
            }
        }
    }
    const QString surname = speaker.section(u' ', -1);
    for (const QString &person : {surname, speaker, roleWord, surname.left(1)}) {
        measure(u"quote list: browse person \"%1\""_s.arg(person), Runs, [&] { quotes.setQuery({}, person); });
        out << u"  %1 quotes"_s.arg(quotes.totalCount()) << Qt::endl;
    }
    for (const auto &query : {std::pair{u"customers"_s, QString()}, std::pair{u"market"_s, QString()},
                              std::pair{u"\"we will\""_s, QString()}, std::pair{u"customers"_s, surname}}) {
        const QString &words = query.first;
        const QString &person = query.second;
        measure(u"quote search: \"%1\" person \"%2\""_s.arg(words, person), Runs,
                [&] { quotes.setQuery(words, person); });
        out << u"  %1 matches, %2 rows"_s.arg(quotes.totalCount()).arg(quotes.rowCount()) << Qt::endl;
    }
    // The window shows a clicked quote of the article text in the list: the worst case is the last quote by date.
    quotes.setQuery({}, {});
    int lastArticle = -1;
    int lastStart = -1;
    {
        const QList<QuoteRow> last = workspace->quotesOfPerson(workspace->quoteCount() - 1, 1, {});
        if (!last.isEmpty()) {
            lastArticle = last.first().articleId;
            lastStart = last.first().start;
        }
    }
    measure(u"quote list: read on to the last quote"_s, 5, [&] {
        quotes.setQuery({}, {});
        (void)quotes.fetchUntil(lastArticle, lastStart);
    });
    out << u"  row %1 of %2"_s.arg(quotes.rowOf(lastArticle, lastStart)).arg(quotes.rowCount()) << Qt::endl;
    measure(u"person completer: speakers and roles"_s, Runs, [&] { (void)quotes.speakersAndRoles(); });
    out << u"  %1 names"_s.arg(quotes.speakersAndRoles().size()) << Qt::endl;
    SearchOptions options;
    options.limit = 200;
    measure(u"article search: \"market\", 200 best"_s, Runs,
            [&] { (void)workspace->searchArticles(u"market"_s, options); });
    out << u"peak memory: %1 MiB"_s.arg(peakRssMiB(), 0, 'f', 1) << Qt::endl;
    return 0;
}
