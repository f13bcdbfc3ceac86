// correctionbench [ARTICLES] [CORRECTIONS] [RUNS]: what the analyst's stored corrections add to reading a workspace's
// events (the snapshot the window reads when it opens a workspace). A workspace of ARTICLES (default 10,000) generated
// articles, one event each, is read RUNS times (default 7) without corrections and again with CORRECTIONS (default
// 10,000) of every kind: edits, deletions, merges, splits and added events. Wall and CPU time, medians.
#include "correction.h"
#include "storerecords.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Invented articles, each telling one deal in its first sentence.
bool fill(Workspace &workspace, int count)
{
    QSqlDatabase db = workspace.database();
    if (!workspace.begin()) {
        return false;
    }
    StoreRecords::Writer writer(db);
    QList<Event> events;
    QList<int> ids;
    for (int i = 0; i < count; ++i) {
        Article article;
        article.file = u"/generated/deal%1.txt"_s.arg(i);
        article.title = u"Deal %1"_s.arg(i);
        article.published = QDate(2020, 1, 1).addDays(i % 1500);
        article.text = u"Company%1 Holdings bought Target%1 Systems for $%2 million on that day. The deal closes in "
                       "the spring, the companies said.\n"_s.arg(i)
                           .arg(10 + i % 900);
        const int sentenceEnd = int(article.text.indexOf(u'.')) + 1;
        article.paragraphs = {{0, int(article.text.size())}};
        article.sentences = {{0, sentenceEnd}, {sentenceEnd + 1, int(article.text.size()) - 1}};
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        if (writer.storeArticle(article, {article.file, hash, article.text.size(), {}}, u"bench"_s, {}) !=
            StoreRecords::Writer::Stored::Added) {
            out << writer.lastError() << Qt::endl;
            return false;
        }
        Event event;
        event.id = u"e%1"_s.arg(i + 1);
        event.type = Event::Type::Acquisition;
        event.date = article.published;
        event.precision = Event::Precision::Day;
        event.actors = {u"Company%1 Holdings"_s.arg(i), u"Target%1 Systems"_s.arg(i)};
        event.parties = {{event.actors.at(0), EventParty::Role::Buyer}, {event.actors.at(1), EventParty::Role::Target}};
        event.sources = {{i, 0, sentenceEnd}};
        events.append(event);
        ids.append(i + 1);
    }
    if (!writer.replaceEvents(events, ids)) {
        out << writer.lastError() << Qt::endl;
        return false;
    }
    return workspace.commit();
}

// Corrections of every kind, spread over the events: a tenth deletions, a tenth merges of two events, a tenth splits
// of those merges, a tenth added events, the rest edits.
QList<Correction> corrections(const WorkspaceSnapshot &snapshot, int count)
{
    QList<Correction> made;
    const int events = int(snapshot.provenance.size());
    for (int i = 0; i < count; ++i) {
        Correction c;
        c.author = u"bench"_s;
        const int e = (i * 7) % events;
        const ItemKey key = snapshot.provenance.at(e).key;
        c.target = key;
        c.evidence = {{key.articleHash, key.start, key.end, QString()}};
        switch (i % 10) {
        case 0:
            c.kind = Correction::Kind::DeleteEvent;
            break;
        case 1:
            c.kind = Correction::Kind::MergeEvents;
            c.others = {snapshot.provenance.at((e + 1) % events).key};
            break;
        case 2: {
            // Splits what the merge before it united.
            const ItemKey other = made.last().others.first();
            c.kind = Correction::Kind::SplitEvent;
            c.target = made.last().target;
            c.others = {{other.articleHash, other.start, other.end, QString()}};
            break;
        }
        case 3:
            c.kind = Correction::Kind::AddEvent;
            c.target = {key.articleHash, key.end + 1, key.end + 20, u"added"_s};
            c.values = {{u"type"_s, u"announcement"_s}, {u"date"_s, u"2021-05-01"_s}, {u"precision"_s, u"month"_s}};
            break;
        default:
            c.kind = Correction::Kind::EditEvent;
            c.values = {
                {u"date"_s, u"2022-03-01"_s},
                {u"precision"_s, u"month"_s},
                {u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"Analyst Corp"_s}, {u"role"_s, u"buyer"_s}}}}};
            break;
        }
        made.append(c);
    }
    return made;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
    qsizetype events = 0;
};

Timing readSnapshots(const QString &path, int runs)
{
    QList<double> walls;
    QList<double> cpus;
    qsizetype events = 0;
    for (int run = 0; run < runs; ++run) {
        QString error;
        // Each run opens the file as the window does, so no connection cache carries over.
        auto workspace = Workspace::open(path, &error);
        if (!workspace) {
            out << error << Qt::endl;
            return {};
        }
        QElapsedTimer wall;
        wall.start();
        const double cpu = threadCpuMs();
        const WorkspaceSnapshot snapshot = workspace->snapshot();
        cpus.append(threadCpuMs() - cpu);
        walls.append(double(wall.nsecsElapsed()) / 1e6);
        events = snapshot.corpus.events.size();
    }
    return {median(walls), median(cpus), events};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int articles = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int count = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.newsline"_s);
    {
        QString error;
        auto workspace = Workspace::create(path, &error);
        if (!workspace) {
            out << error << Qt::endl;
            return 1;
        }
        workspace->setDurable(false);
        QElapsedTimer timer;
        timer.start();
        if (!fill(*workspace, articles)) {
            out << "could not fill the workspace: " << workspace->lastError() << Qt::endl;
            return 1;
        }
        out << u"%1 articles and events stored in %2 s"_s.arg(articles).arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
            << Qt::endl;
    }
    const Timing plain = readSnapshots(path, runs);
    {
        QString error;
        auto workspace = Workspace::open(path, &error);
        workspace->setDurable(false);
        const WorkspaceSnapshot snapshot = workspace->snapshot();
        QElapsedTimer timer;
        timer.start();
        for (const Correction &c : corrections(snapshot, count)) {
            if (workspace->addCorrection(c) < 0) {
                out << "could not store a correction: " << workspace->lastError() << Qt::endl;
                return 1;
            }
        }
        out << u"%1 corrections stored one by one (each its own transaction, as the window stores them) in %2 s"_s
                   .arg(count)
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
            << Qt::endl;
    }
    const Timing corrected = readSnapshots(path, runs);
    QString error;
    auto workspace = Workspace::open(path, &error);
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    // Where the time goes: reading the corrections, reading the events, applying.
    {
        QList<double> reads;
        QList<double> loads;
        QList<double> applies;
        for (int run = 0; run < runs; ++run) {
            double cpu = threadCpuMs();
            const QList<Correction> stored = workspace->corrections();
            reads.append(threadCpuMs() - cpu);
            cpu = threadCpuMs();
            QList<Event> events = StoreRecords::loadEvents(workspace->database(), u"1 ORDER BY sort_key, rank"_s, {});
            loads.append(threadCpuMs() - cpu);
            QHash<QString, int> ids;
            QHash<int, QString> hashes;
            QSqlQuery q(u"SELECT id, hash FROM articles"_s, workspace->database());
            while (q.next()) {
                ids.insert(q.value(1).toString(), q.value(0).toInt());
                hashes.insert(q.value(0).toInt(), q.value(1).toString());
            }
            cpu = threadCpuMs();
            const CorrectedEvents applied = applyCorrections(std::move(events), stored, ids, hashes);
            applies.append(threadCpuMs() - cpu);
        }
        out << u"of which, CPU medians: reading the corrections %1 ms, reading the events %2 ms, applying %3 ms"_s
                   .arg(median(reads), 0, 'f', 1)
                   .arg(median(loads), 0, 'f', 1)
                   .arg(median(applies), 0, 'f', 1)
            << Qt::endl;
    }
    out << u"snapshot without corrections: median %1 ms wall, %2 ms CPU (%3 events)"_s.arg(plain.wall, 0, 'f', 1)
               .arg(plain.cpu, 0, 'f', 1)
               .arg(plain.events)
        << Qt::endl;
    out << u"snapshot with %1 corrections: median %2 ms wall, %3 ms CPU (%4 events, %5 deleted, %6 flagged)"_s
               .arg(count)
               .arg(corrected.wall, 0, 'f', 1)
               .arg(corrected.cpu, 0, 'f', 1)
               .arg(corrected.events)
               .arg(snapshot.deleted.size())
               .arg(snapshot.flagged.size())
        << Qt::endl;
    out << u"added by the corrections: %1 ms wall, %2 ms CPU (%3 runs each)"_s
               .arg(corrected.wall - plain.wall, 0, 'f', 1)
               .arg(corrected.cpu - plain.cpu, 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
    return 0;
}
