// workspacebench [COUNT] [DIR]: a workspace of COUNT (default 10,000) generated articles, measured end to end:
// import throughput, event rebuild, open + first page, snapshot, quote and article search latency, memory.
// workspacebench --open WORKSPACE: the open measurement alone, in a fresh process (run by the above).
// workspacebench --rebuild WORKSPACE: one full event rebuild and where its time goes.
// workspacebench --search WORKSPACE: the search and on-demand article measurements alone (run by the above).
// The machine may be shared: latencies are given as wall time and as this thread's CPU time.
#include "corpusgenerator.h"
#include "eventgroups.h"
#include "eventlanes.h"
#include "extractor.h"
#include "storerecords.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <numeric>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// VmHWM, not getrusage: ru_maxrss survives exec, so a child would report its parent's peak.
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

qint64 threadCpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Wall and CPU time of one measured call.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuNanoseconds();
    }
    [[nodiscard]] double wallMs() const { return ms(m_wall.nsecsElapsed()); }
    [[nodiscard]] double cpuMs() const { return ms(threadCpuNanoseconds() - m_cpu); }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

QString percentiles(QList<double> times)
{
    std::sort(times.begin(), times.end());
    auto at = [&times](double p) { return times.at(std::min(qsizetype(p * double(times.size())), times.size() - 1)); };
    return u"median %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms"_s.arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(times.last(), 0, 'f', 2);
}

// What the window does first: open, count, fetch the first page of each list.
int openOnly(const QString &path)
{
    Stopwatch timer;
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    const double opened = timer.wallMs();
    const double openedCpu = timer.cpuMs();
    const int events = workspace->eventCount();
    const QList<Event> page = workspace->events(0, 200);
    const int quotes = workspace->quoteCount();
    const QList<QuoteRow> quotePage = workspace->quotes(0, 200);
    const int articles = workspace->articleCount();
    const QList<ArticleInfo> articlePage = workspace->articles(0, 200);
    const double firstPage = timer.wallMs();
    const double firstPageCpu = timer.cpuMs();
    const double rssFirstPage = peakRssMiB();
    timer.restart();
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    const double snapshotWall = timer.wallMs();
    const double snapshotCpu = timer.cpuMs();
    out << u"open: %1 ms (CPU %2 ms); open + counts + first pages (200 events, 200 quotes, 200 articles): %3 ms "
           "(CPU %4 ms); peak RSS %5 MiB"_s.arg(opened, 0, 'f', 1)
               .arg(openedCpu, 0, 'f', 1)
               .arg(firstPage, 0, 'f', 1)
               .arg(firstPageCpu, 0, 'f', 1)
               .arg(rssFirstPage, 0, 'f', 1)
        << Qt::endl;
    out << u"  (%1 events, %2 quotes, %3 articles; pages of %4, %5, %6)"_s.arg(events)
               .arg(quotes)
               .arg(articles)
               .arg(page.size())
               .arg(quotePage.size())
               .arg(articlePage.size())
        << Qt::endl;
    out << u"whole-workspace snapshot for the timeline (%1 events, %2 cited articles): %3 ms (CPU %4 ms); peak RSS "
           "after it %5 MiB"_s.arg(snapshot.corpus.events.size())
               .arg(snapshot.corpus.articles.size())
               .arg(snapshotWall, 0, 'f', 1)
               .arg(snapshotCpu, 0, 'f', 1)
               .arg(peakRssMiB(), 0, 'f', 1)
        << Qt::endl;
    // What a timeline showing one quarter asks for.
    const QList<Event> first = workspace->events(0, 1);
    if (!first.isEmpty() && first.first().date.isValid()) {
        timer.restart();
        const WorkspaceSnapshot quarter = workspace->snapshot(first.first().date, first.first().date.addDays(90));
        out << u"snapshot of the first 90 days (%1 events): %2 ms (CPU %3 ms)"_s.arg(quarter.corpus.events.size())
                   .arg(timer.wallMs(), 0, 'f', 1)
                   .arg(timer.cpuMs(), 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}

// Varied queries drawn from the stored quotes: single words, word pairs, prefixes, phrases, persons.
QList<std::pair<QString, QString>> quoteQueries(const QString &path, int count)
{
    QStringList words;
    QStringList speakers;
    QStringList texts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-sample"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(u"SELECT text, speaker FROM quotes ORDER BY random() LIMIT 3000"_s, db);
        while (q.next()) {
            texts.append(q.value(0).toString());
            if (!q.value(1).toString().isEmpty()) {
                speakers.append(q.value(1).toString());
            }
            for (const QString &w : q.value(0).toString().split(u' ', Qt::SkipEmptyParts)) {
                QString word = w;
                word.remove(QRegularExpression(u"[^\\w]"_s));
                if (word.size() > 3) {
                    words.append(word);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-sample"_s);
    QList<std::pair<QString, QString>> queries;
    if (words.isEmpty()) {
        return queries;
    }
    QRandomGenerator random(42);
    auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    for (int i = 0; i < count; ++i) {
        switch (i % 6) {
        case 0:
            queries.append({pick(words), {}});
            break;
        case 1:
            queries.append({pick(words) + u' ' + pick(words), {}});
            break;
        case 2:
            queries.append({pick(words).left(4) + u'*', {}});
            break;
        case 3: {
            const QStringList parts = pick(texts).split(u' ', Qt::SkipEmptyParts);
            queries.append({u'"' + parts.mid(0, 3).join(u' ').remove(u'"') + u'"', {}});
            break;
        }
        case 4:
            queries.append({{}, speakers.isEmpty() ? pick(words) : pick(speakers)});
            break;
        default:
            queries.append({pick(words), speakers.isEmpty() ? QString() : pick(speakers).split(u' ').last()});
            break;
        }
    }
    return queries;
}

int searchOnly(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    Stopwatch timer;
    // Quote search latency over varied queries.
    const QList<std::pair<QString, QString>> queries = quoteQueries(path, 1000);
    QList<double> quoteTimes;
    QList<double> quoteCpu;
    qint64 hits = 0;
    for (const auto &[words, person] : queries) {
        SearchOptions options;
        options.person = person;
        timer.restart();
        hits += workspace->searchQuotes(words, options).size();
        quoteTimes.append(timer.wallMs());
        quoteCpu.append(timer.cpuMs());
    }
    if (!quoteTimes.isEmpty()) {
        out << u"quote search, %1 varied queries (limit 50, %2 hits in all): %3"_s.arg(quoteTimes.size())
                   .arg(hits)
                   .arg(percentiles(quoteTimes))
            << Qt::endl
            << u"  CPU time of those searches: %1"_s.arg(percentiles(quoteCpu)) << Qt::endl;
    }
    QList<double> articleTimes;
    QList<double> articleCpu;
    hits = 0;
    for (const auto &[words, person] : queries) {
        if (words.isEmpty()) {
            continue;
        }
        timer.restart();
        hits += workspace->searchArticles(words).size();
        articleTimes.append(timer.wallMs());
        articleCpu.append(timer.cpuMs());
    }
    if (!articleTimes.isEmpty()) {
        out << u"article search, %1 queries (limit 50, %2 hits in all): %3"_s.arg(articleTimes.size())
                   .arg(hits)
                   .arg(percentiles(articleTimes))
            << Qt::endl
            << u"  CPU time of those searches: %1"_s.arg(percentiles(articleCpu)) << Qt::endl;
    }
    QList<double> loadTimes;
    const int articles = workspace->articleCount();
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const QList<ArticleInfo> one = workspace->articles(random.bounded(articles), 1);
        timer.restart();
        const std::optional<Article> article = workspace->article(one.first().id);
        loadTimes.append(timer.wallMs());
    }
    out << u"one article's text + extraction on demand, 200 random: %1"_s.arg(percentiles(loadTimes)) << Qt::endl;
    return 0;
}

// One full event rebuild of an existing workspace, for a profiler.
int rebuildOnly(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    Stopwatch timer;
    const bool ok = WorkspaceImporter(*workspace).rebuildEvents();
    out << u"event rebuild: %1 ms (CPU %2 ms)%3"_s.arg(timer.wallMs(), 0, 'f', 1)
               .arg(timer.cpuMs(), 0, 'f', 1)
               .arg(ok ? QString() : u" failed: "_s + workspace->lastError())
        << Qt::endl;
    if (!ok) {
        return 1;
    }
    // The same steps by hand, to see where the time goes (CPU time of this thread: the machine may be shared).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-rebuild"_s);
    {
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(u"PRAGMA synchronous = NORMAL"_s, db);
        QSqlQuery(u"BEGIN IMMEDIATE"_s, db);
        timer.restart();
        Corpus corpus;
        QList<int> ids;
        corpus.articles = StoreRecords::loadArticles(db, {}, {}, &ids);
        const double load = timer.cpuMs();
        timer.restart();
        Extractor().buildEvents(corpus);
        const double build = timer.cpuMs();
        timer.restart();
        EventGroups groups;
        for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
            groups.addArticle(corpus.articles.at(i), ids.at(i));
        }
        const double mentions = timer.cpuMs();
        timer.restart();
        QList<EventPlace> places;
        QList<Event> events = groups.events(nullptr, &places);
        const double merge = timer.cpuMs();
        timer.restart();
        EventLanes().assign(events, groups.entityTypes());
        for (qsizetype i = 0; i < events.size(); ++i) {
            events[i].id = u"e"_s + QString::number(i + 1);
        }
        const double lanes = timer.cpuMs();
        timer.restart();
        StoreRecords::Writer writer(db);
        if (!writer.replaceEvents(events, {}, places)) {
            out << writer.lastError() << Qt::endl;
        }
        QSqlQuery(u"COMMIT"_s, db);
        const double write = timer.cpuMs();
        out << u"  split (CPU): load %1 articles %2 ms; EventBuilder::build %3 events %4 ms; by buckets: reports %5 "
               "ms, merge %6 ms, lanes %7 ms; write %8 ms"_s.arg(ids.size())
                   .arg(load, 0, 'f', 1)
                   .arg(corpus.events.size())
                   .arg(build, 0, 'f', 1)
                   .arg(mentions, 0, 'f', 1)
                   .arg(merge, 0, 'f', 1)
                   .arg(lanes, 0, 'f', 1)
                   .arg(write, 0, 'f', 1)
            << Qt::endl;
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-rebuild"_s);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--open"_s) {
        return openOnly(args.at(2));
    }
    if (args.size() == 3 && args.at(1) == u"--search"_s) {
        return searchOnly(args.at(2));
    }
    if (args.size() == 3 && args.at(1) == u"--snapshot"_s) {
        QString error;
        auto workspace = Workspace::open(args.at(2), &error, Workspace::OpenMode::ReadOnly);
        QList<double> cpu;
        qsizetype events = 0;
        for (int run = 0; run < 5; ++run) {
            Stopwatch timer;
            const WorkspaceSnapshot snapshot = workspace->snapshot();
            cpu.append(timer.cpuMs());
            events = snapshot.corpus.events.size();
        }
        std::sort(cpu.begin(), cpu.end());
        out << u"snapshot of %1 events, 5 runs: CPU median %2 ms, min %3 ms"_s.arg(events)
                   .arg(cpu.at(2), 0, 'f', 1)
                   .arg(cpu.first(), 0, 'f', 1)
            << Qt::endl;
        return 0;
    }
    if (args.size() > 3 && args.at(1) == u"--add"_s) {
        QString error;
        auto workspace = Workspace::open(args.at(2), &error);
        Stopwatch timer;
        const ImportResult added = WorkspaceImporter(*workspace).importFiles(args.mid(3));
        out << u"import of %1 into %2: %3 ms (CPU %4 ms)"_s.arg(added.added)
                   .arg(workspace->articleCount())
                   .arg(timer.wallMs(), 0, 'f', 1)
                   .arg(timer.cpuMs(), 0, 'f', 1)
            << Qt::endl;
        return 0;
    }
    if (args.size() == 3 && args.at(1) == u"--rebuild"_s) {
        return rebuildOnly(args.at(2));
    }
    const int count = args.size() > 1 ? args.at(1).toInt() : 10000;
    QTemporaryDir temporary;
    const QString dir = args.size() > 2 ? args.at(2) : temporary.path();
    const QString corpus = dir + u"/corpus"_s;
    const QString path = dir + u"/bench.newsline"_s;
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);

    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(corpus + u'/' + CorpusGenerator::fileName(count - 1))) {
        CorpusGenerator generator(1);
        if (generator.write(corpus, count) < 0) {
            out << "cannot write the corpus into " << corpus << Qt::endl;
            return 1;
        }
        out << u"generated %1 articles in %2 s"_s.arg(count).arg(ms(timer.nsecsElapsed()) / 1000, 0, 'f', 1)
            << Qt::endl;
    }

    QString error;
    auto workspace = Workspace::create(path, &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    timer.restart();
    const ImportResult result = WorkspaceImporter(*workspace).importFiles({corpus});
    const double importSeconds = ms(timer.nsecsElapsed()) / 1000;
    if (!result.failure.isEmpty()) {
        out << result.failure << Qt::endl;
        return 1;
    }
    out << u"import: %1 articles in %2 s = %3 articles/s (read + extract on %4 threads + store + event build); "
           "%5 events, %6 quotes, file %7 MiB"_s.arg(result.added)
               .arg(importSeconds, 0, 'f', 1)
               .arg(double(result.added) / importSeconds, 0, 'f', 0)
               .arg(QThread::idealThreadCount())
               .arg(workspace->eventCount())
               .arg(workspace->quoteCount())
               .arg(double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / (1024 * 1024), 0, 'f', 1)
        << Qt::endl;
    timer.restart();
    const ImportResult again = WorkspaceImporter(*workspace).importFiles({corpus});
    out << u"re-import of the same %1 files (nothing changed): %2 s"_s.arg(again.unchanged)
               .arg(ms(timer.nsecsElapsed()) / 1000, 0, 'f', 2)
        << Qt::endl;
    timer.restart();
    WorkspaceImporter(*workspace).rebuildEvents();
    out << u"full event rebuild from the stored reports of events (load, merge, lanes, store): %1 s"_s.arg(
               ms(timer.nsecsElapsed()) / 1000, 0, 'f', 1)
        << Qt::endl;

    // What the window does when files arrive in a watched folder: an import of a few new articles. Each size runs
    // twice, events updated in part and rebuilt whole, into the same workspace (the second set is other articles).
    int next = count;
    for (int size : {1, 50}) {
        for (WorkspaceImporter::EventUpdate mode :
             {WorkspaceImporter::EventUpdate::Auto, WorkspaceImporter::EventUpdate::Full}) {
            CorpusGenerator generator(1);
            const QString more = dir + u"/more-%1"_s.arg(next);
            QStringList files;
            QDir().mkpath(more);
            for (int i = next; i < next + size; ++i) {
                QFile file(more + u'/' + CorpusGenerator::fileName(i));
                if (!file.open(QIODevice::WriteOnly)) {
                    out << "cannot write into " << more << Qt::endl;
                    return 1;
                }
                file.write(generator.article(i).toUtf8());
                files.append(file.fileName());
            }
            next += size;
            WorkspaceImporter importer(*workspace);
            importer.setEventUpdate(mode);
            timer.restart();
            const ImportResult added = importer.importFiles(files);
            const double took = ms(timer.nsecsElapsed());
            out << u"import of %1 new article(s) into %2 (extract + store + %3): %4 ms, %5 events"_s.arg(added.added)
                       .arg(workspace->articleCount() - added.added)
                       .arg(mode == WorkspaceImporter::EventUpdate::Auto ? u"events updated in part"_s
                                                                         : u"events rebuilt whole"_s)
                       .arg(took, 0, 'f', 1)
                       .arg(workspace->eventCount())
                << Qt::endl;
        }
    }

    // The issue sizes the workspace at ~100,000 events: when the generated stories give fewer, the stored events are
    // repeated with shifted dates so that the list and timeline queries run at that size.
    const int built = workspace->eventCount();
    if (built > 0 && built < 100000) {
        QList<Event> events = workspace->events(0, built);
        QList<Event> many;
        many.reserve(100000);
        for (int i = 0; many.size() < 100000; ++i) {
            Event e = events.at(i % built);
            e.id = u"e%1"_s.arg(many.size() + 1);
            if (e.date.isValid()) {
                e.date = e.date.addDays(i / built);
            }
            many.append(e);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-events"_s);
        {
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(u"PRAGMA synchronous = NORMAL"_s, db);
            QSqlQuery(u"BEGIN"_s, db);
            // Refs already hold article ids: an identity table maps them through.
            QSqlQuery maxId(u"SELECT max(id) FROM articles"_s, db);
            maxId.next();
            QList<int> identity(maxId.value(0).toInt() + 1);
            std::iota(identity.begin(), identity.end(), 0);
            StoreRecords::Writer writer(db);
            timer.restart();
            writer.replaceEvents(many, identity);
            QSqlQuery(u"COMMIT"_s, db);
            out << u"events padded from %1 built to %2 (stored in %3 s)"_s.arg(built)
                       .arg(many.size())
                       .arg(ms(timer.nsecsElapsed()) / 1000, 0, 'f', 1)
                << Qt::endl;
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-events"_s);
    }

    workspace.reset();

    // Searching and opening in fresh processes, as the window would.
    for (const QString &mode : {u"--search"_s, u"--open"_s}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {mode, path});
        child.waitForFinished(-1);
        if (child.exitCode() != 0) {
            return child.exitCode();
        }
    }
    return 0;
}
