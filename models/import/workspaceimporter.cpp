#include "workspaceimporter.h"

#include "articlereader.h"
#include "eventbuilder.h"
#include "eventgroups.h"
#include "eventlanes.h"
#include "extractor.h"
#include "segmenter.h"
#include "storerecords.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// An event update re-merges in part only while its changed articles, and the buckets they touch, are at most a quarter
// of the workspace's articles; beyond that, rebuilding everything costs about the same.
constexpr int IncrementalShare = 4;
// Buckets are bound one per SQL parameter, and SQLite takes at most 32,766 of them in a statement.
constexpr int MaxBucketsInPart = 20000;

QString stampOf(const QFileInfo &info)
{
    return info.lastModified().toUTC().toString(Qt::ISODateWithMs);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Extraction is CPU-bound and each article independent: spread a batch over the cores.
void extractInParallel(QList<Article> &articles)
{
    if (articles.isEmpty()) {
        return;
    }
    const Extractor extractor;
    // The first article runs alone so that every finder's shared tables are loaded before threads start.
    extractor.extract(articles.first());
    QAtomicInt next(1);
    auto work = [&articles, &next, &extractor] {
        for (int i = next.fetchAndAddRelaxed(1); i < articles.size(); i = next.fetchAndAddRelaxed(1)) {
            extractor.extract(articles[i]);
        }
    };
    QThreadPool pool;
    const int helpers = std::min(QThread::idealThreadCount(), int(articles.size())) - 1;
    for (int i = 0; i < helpers; ++i) {
        pool.start(work);
    }
    work();
    pool.waitForDone();
}

// The exchange rates in use, as the workspace notes those its dollar values were given with.
QString ratesInUse()
{
    return Extractor::ratesLastDate().toString(Qt::ISODate);
}

StoreRecords::MentionVisitor addTo(EventGroups &groups)
{
    return [&groups](int articleId, int ordinal, const EventMention &mention) {
        groups.addMention(articleId, ordinal, mention);
    };
}

// One file of an import, as far as it got before the batch is written.
struct Pending
{
    QString file;
    QByteArray hash;
    qint64 size = 0;
    QString modified;
    Article article;
};

} // namespace

// Refs of the reports are set when they are read back, from the rows' article ids.
QList<StoreRecords::MentionRecord> WorkspaceImporter::mentionRecords(const Article &article)
{
    QList<StoreRecords::MentionRecord> records;
    const QList<EventMention> mentions = EventBuilder().mentions(article, -1);
    records.reserve(mentions.size());
    for (const EventMention &m : mentions) {
        records.append({EventGroups::bucketOf(m), m});
    }
    return records;
}

bool WorkspaceImporter::tally(StoreRecords::Writer::Stored stored, int &added, int &updated, int &unchanged)
{
    switch (stored) {
    case StoreRecords::Writer::Stored::Added:
        ++added;
        return true;
    case StoreRecords::Writer::Stored::Updated:
        ++updated;
        return true;
    case StoreRecords::Writer::Stored::AlreadyThere:
        ++unchanged;
        return true;
    case StoreRecords::Writer::Stored::Failed:
        break;
    }
    return false;
}

std::unique_ptr<Workspace> WorkspaceImporter::open(const QString &path, QString *error, Workspace::OpenMode mode,
                                                   StoreFile::Check check)
{
    std::unique_ptr<Workspace> workspace = Workspace::open(path, error, mode, check);
    if (workspace) {
        if (const QString reason = newerExtractorReason(*workspace); !reason.isEmpty()) {
            workspace->restrictToReading(reason);
        }
    }
    return workspace;
}

QString WorkspaceImporter::newerExtractorReason(const Workspace &workspace)
{
    int newest = -1;
    const QHash<QString, int> versions = workspace.extractorVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        newest = std::max(newest, Extractor::revisionOf(it.key()));
    }
    if (newest <= Extractor::revision()) {
        return {};
    }
    return QCoreApplication::translate("Newsline::WorkspaceImporter",
                                       "it was extracted by a newer Newsline (extraction revision %1; this program "
                                       "has revision %2), whose work this one would undo")
        .arg(newest)
        .arg(Extractor::revision());
}

ImportResult WorkspaceImporter::importFiles(const QStringList &paths, const Progress &progress, int batchSize)
{
    ImportResult result;
    if (const QString reason = newerExtractorReason(m_workspace); !reason.isEmpty()) {
        m_workspace.restrictToReading(reason);
    }
    if (m_workspace.isReadOnly()) {
        result.failure = m_workspace.readOnlyNotice();
        return result;
    }
    // A workspace that starts empty holds only figures given dollar values at the rates in use now.
    const bool fresh = m_workspace.articleCount() == 0 && m_workspace.meta(u"rates_last_date"_s).isEmpty();
    const QStringList files = ArticleReader::collectFiles(paths, &result.errors);
    ArticleReader reader;
    reader.setDefaultPublished(m_defaultPublished);
    const QString currentVersion = Extractor::version();
    QSqlDatabase db = m_workspace.database();
    QSqlQuery byFile(db);
    byFile.prepare(u"SELECT hash, file_size, file_modified, extractor_version FROM articles WHERE file = ?"_s);
    QSqlQuery byHash(db);
    byHash.prepare(u"SELECT id, file FROM articles WHERE hash = ?"_s);
    StoreRecords::Writer writer(db);
    batchSize = std::max(1, batchSize);

    const int total = int(files.size());
    int done = 0;
    while (done < total && !result.cancelled) {
        QList<Pending> pending;
        QList<ReadError> batchErrors;
        const int batchEnd = std::min(total, done + batchSize);
        for (int i = done; i < batchEnd; ++i) {
            const QFileInfo info(files.at(i));
            Pending item;
            item.file = info.absoluteFilePath();
            item.size = info.size();
            item.modified = stampOf(info);
            // Same file, same size and time, same extractor: nothing to read.
            byFile.addBindValue(item.file);
            if (byFile.exec() && byFile.next() && byFile.value(1).toLongLong() == item.size &&
                byFile.value(2).toString() == item.modified && byFile.value(3).toString() == currentVersion) {
                byFile.finish();
                ++result.unchanged;
                continue;
            }
            byFile.finish();
            QString reason;
            const std::optional<QByteArray> loaded = ArticleReader::load(files.at(i), &reason);
            const QByteArray bytes = loaded.value_or(QByteArray());
            ArticleReader::Result read = loaded ? reader.parse(bytes, files.at(i))
                                                : ArticleReader::Result{{}, ReadError{files.at(i), reason}, {}, {}};
            if (read.error) {
                batchErrors.append(*read.error);
            }
            batchErrors.append(read.itemErrors);
            if (!read.article) {
                continue;
            }
            // A feed's items are stored one by one, as FILE#N, each known by its own content.
            const bool feed = ArticleReader::formatOf(files.at(i)) == ArticleReader::Format::Feed;
            for (Article &article : read.takeArticles()) {
                Pending one = item;
                if (feed) {
                    one.file = item.file + article.file.mid(article.file.lastIndexOf(u'#'));
                    one.hash = sha256(
                        QStringList{article.title, article.url, article.published.toString(Qt::ISODate), article.text}
                            .join(u'\n')
                            .toUtf8());
                } else {
                    one.hash = sha256(bytes);
                }
                byHash.addBindValue(QString::fromLatin1(one.hash));
                const bool known = byHash.exec() && byHash.next();
                byHash.finish();
                if (known) {
                    ++result.unchanged;
                    continue;
                }
                one.article = std::move(article);
                one.article.file = one.file;
                pending.append(std::move(one));
            }
        }
        result.errors.append(batchErrors);

        QList<Article> articles;
        articles.reserve(pending.size());
        for (Pending &item : pending) {
            articles.append(std::move(item.article));
        }
        extractInParallel(articles);

        if (!pending.isEmpty()) {
            if (!m_workspace.begin()) {
                result.failure = m_workspace.lastError();
                break;
            }
            bool ok = true;
            for (qsizetype i = 0; ok && i < pending.size(); ++i) {
                const Pending &item = pending.at(i);
                StoreRecords::FileStamp stamp{item.file, QString::fromLatin1(item.hash), item.size, item.modified};
                ok = tally(writer.storeArticle(articles.at(i), stamp, currentVersion, mentionRecords(articles.at(i))),
                           result.added, result.updated, result.unchanged);
            }
            ok = ok && m_workspace.setMeta(u"events_outdated"_s, u"1"_s);
            if (!ok) {
                result.failure = writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError();
                m_workspace.rollback();
                break;
            }
            if (!m_workspace.commit()) {
                result.failure = m_workspace.lastError();
                break;
            }
        }
        done = batchEnd;
        if (progress && !progress(done, total)) {
            result.cancelled = true;
        }
    }
    if (result.failure.isEmpty() && (result.changedAnything() || m_workspace.eventsOutdated()) && !updateEvents()) {
        result.failure = m_workspace.lastError();
    }
    if (fresh && result.failure.isEmpty() && !m_workspace.setMeta(u"rates_last_date"_s, ratesInUse())) {
        result.failure = m_workspace.lastError();
    }
    if (result.changedAnything()) {
        m_workspace.notifyChanged();
    }
    return result;
}

bool WorkspaceImporter::importCorpus(const Corpus &corpus)
{
    if (m_workspace.isReadOnly()) {
        return fail(m_workspace.readOnlyNotice());
    }
    if (!m_workspace.begin()) {
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    StoreRecords::Writer writer(db);
    const QString version = Extractor::version();
    QList<int> ids;
    bool ok = true;
    for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
        const Article &article = corpus.articles.at(i);
        const QString file =
            QFileInfo(article.file.isEmpty() ? u"article-%1.txt"_s.arg(i + 1) : article.file).absoluteFilePath();
        const QByteArray bytes = article.text.toUtf8();
        // The text and the file identify an article given as read: the same text under two names stays two.
        const QString hash = QString::fromLatin1(sha256(file.toUtf8() + '\0' + bytes));
        const StoreRecords::FileStamp stamp{file, hash, bytes.size(), {}};
        ok = writer.storeArticle(article, stamp, version, mentionRecords(article)) !=
             StoreRecords::Writer::Stored::Failed;
        const int id = ok ? m_workspace.articleIdForFile(file) : -1;
        ok = ok && id >= 0;
        if (!ok) {
            break;
        }
        ids.append(id);
    }
    ok = ok && writer.replaceEvents(corpus.events, ids) && writer.clearChanges() &&
         m_workspace.setMeta(u"events_outdated"_s, u"0"_s);
    if (!ok) {
        fail(writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError());
        m_workspace.rollback();
        return false;
    }
    if (!m_workspace.commit()) {
        return false;
    }
    m_workspace.notifyChanged();
    return true;
}

int WorkspaceImporter::staleArticleCount() const
{
    return m_workspace.staleArticleCount(Extractor::version());
}

ImportResult WorkspaceImporter::reextract(const Progress &progress, int batchSize)
{
    ImportResult result;
    // Never "re-extracts" what a newer program extracted.
    if (const QString reason = newerExtractorReason(m_workspace); !reason.isEmpty()) {
        m_workspace.restrictToReading(reason);
    }
    if (m_workspace.isReadOnly()) {
        result.failure = m_workspace.readOnlyNotice();
        return result;
    }
    const QString currentVersion = Extractor::version();
    QSqlDatabase db = m_workspace.database();
    StoreRecords::Writer writer(db);
    const int total = staleArticleCount();
    batchSize = std::max(1, batchSize);
    int done = 0;
    while (!result.cancelled) {
        if (!m_workspace.begin()) {
            result.failure = m_workspace.lastError();
            break;
        }
        QList<int> ids;
        QList<Article> articles = StoreRecords::loadArticles(
            db, u"extractor_version IS DISTINCT FROM ? ORDER BY id LIMIT ?"_s, {currentVersion, batchSize}, &ids);
        if (articles.isEmpty()) {
            m_workspace.rollback();
            break;
        }
        // Extraction runs inside the write lock: re-extraction is a maintenance step, not concurrent work.
        for (Article &article : articles) {
            Segmenter::segment(article);
        }
        extractInParallel(articles);
        bool ok = true;
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            ok = writer.replaceExtraction(ids.at(i), articles.at(i), currentVersion, mentionRecords(articles.at(i)));
        }
        ok = ok && m_workspace.setMeta(u"events_outdated"_s, u"1"_s);
        if (!ok) {
            result.failure = writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError();
            m_workspace.rollback();
            break;
        }
        if (!m_workspace.commit()) {
            result.failure = m_workspace.lastError();
            break;
        }
        result.updated += int(articles.size());
        done += int(articles.size());
        if (progress && !progress(std::min(done, total), total)) {
            result.cancelled = true;
        }
    }
    if (result.failure.isEmpty() && m_workspace.eventsOutdated() && !updateEvents()) {
        result.failure = m_workspace.lastError();
    }
    m_workspace.setMeta(u"extractor_version"_s, currentVersion);
    if (result.updated > 0) {
        m_workspace.notifyChanged();
    }
    return result;
}

bool WorkspaceImporter::ratesOutdated() const
{
    return m_workspace.meta(u"rates_last_date"_s) != ratesInUse();
}

int WorkspaceImporter::fillMissingUsd()
{
    if (m_workspace.isReadOnly()) {
        fail(m_workspace.readOnlyNotice());
        return -1;
    }
    const QString rates = ratesInUse();
    if (!m_workspace.begin()) {
        return -1;
    }
    QSqlDatabase db = m_workspace.database();
    QList<int> candidates;
    {
        // Dollar figures always have their value: only other currencies can have lacked a rate.
        QSqlQuery query(db);
        if (!query.exec(u"SELECT DISTINCT article_id FROM figures WHERE (usd IS NULL OR usd = '') "
                        "AND currency IS NOT NULL AND currency <> 'USD' ORDER BY article_id"_s)) {
            fail(query.lastError().text());
            m_workspace.rollback();
            return -1;
        }
        while (query.next()) {
            candidates.append(query.value(0).toInt());
        }
    }
    StoreRecords::Writer writer(db);
    int filled = 0;
    bool ok = true;
    // Bound parameters per statement stay far below SQLite's limit.
    constexpr qsizetype chunk = 200;
    for (qsizetype first = 0; ok && first < candidates.size(); first += chunk) {
        const QList<int> part = candidates.mid(first, chunk);
        const QVariantList values(part.cbegin(), part.cend());
        QList<int> ids;
        QList<Article> articles = StoreRecords::loadArticles(
            db, u"id IN ("_s + QStringList(values.size(), u"?"_s).join(u',') + u") ORDER BY id"_s, values, &ids);
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            Article &article = articles[i];
            const QList<int> got = Extractor::fillMissingUsd(article);
            for (int index : got) {
                const MoneyFigure &figure = article.figures.at(index);
                ok = ok && writer.setFigureUsd(ids.at(i), index, Decimal::toString(figure.usd), figure.usdRateDate);
            }
            // The reports of events carry the dollar values their amounts are compared by.
            if (ok && !got.isEmpty()) {
                ok = writer.replaceMentions(ids.at(i), mentionRecords(article));
                filled += int(got.size());
            }
        }
    }
    ok = ok && m_workspace.setMeta(u"rates_last_date"_s, rates);
    if (ok && filled > 0) {
        ok = m_workspace.setMeta(u"events_outdated"_s, u"1"_s);
    }
    if (!ok) {
        fail(writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError());
        m_workspace.rollback();
        return -1;
    }
    if (!m_workspace.commit()) {
        return -1;
    }
    if (filled > 0 && !updateEvents()) {
        return -1;
    }
    return filled;
}

bool WorkspaceImporter::rebuildEvents()
{
    if (m_workspace.isReadOnly()) {
        return fail(m_workspace.readOnlyNotice());
    }
    // Reading inside the write transaction: another process's articles cannot slip in between read and write.
    if (!m_workspace.begin()) {
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    StoreRecords::Writer writer(db);
    if (m_workspace.meta(u"mentions"_s) == u"missing"_s) {
        // Articles stored by an older version have no reports of events yet: derived once from their extraction.
        QList<int> ids;
        const QList<Article> articles = StoreRecords::loadArticles(db, {}, {}, &ids);
        bool ok = true;
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            ok = writer.replaceMentions(ids.at(i), mentionRecords(articles.at(i)));
        }
        if (!ok || !m_workspace.setMeta(u"mentions"_s, u"stored"_s)) {
            fail(writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError());
            m_workspace.rollback();
            return false;
        }
    }
    EventGroups groups;
    StoreRecords::loadMentions(db, nullptr, addTo(groups));
    QList<EventPlace> places;
    QList<Event> events = groups.events(nullptr, &places);
    EventLanes().assign(events, StoreRecords::entityTypes(db));
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].id = u"e"_s + QString::number(i + 1);
    }
    if (!writer.replaceEvents(events, {}, places) || !writer.clearChanges() ||
        !m_workspace.setMeta(u"events_outdated"_s, u"0"_s)) {
        fail(writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError());
        m_workspace.rollback();
        return false;
    }
    if (!m_workspace.commit()) {
        return false;
    }
    m_workspace.notifyChanged();
    return true;
}

bool WorkspaceImporter::updateEvents()
{
    if (m_workspace.isReadOnly()) {
        return fail(m_workspace.readOnlyNotice());
    }
    if (!m_workspace.begin()) {
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    const QList<int> changedIds = StoreRecords::changedArticles(db);
    const qsizetype total = m_workspace.articleCount();
    auto rebuildAll = [this] {
        m_workspace.rollback();
        return rebuildEvents();
    };
    const bool byShare = m_eventUpdate == EventUpdate::Auto;
    if (m_eventUpdate == EventUpdate::Full || m_workspace.meta(u"events_rebuild"_s) == u"full"_s ||
        m_workspace.meta(u"mentions"_s) == u"missing"_s || (byShare && changedIds.size() * IncrementalShare > total)) {
        return rebuildAll();
    }
    if (changedIds.isEmpty() && !m_workspace.eventsOutdated()) {
        m_workspace.rollback();
        return true;
    }
    // The buckets the changed articles reported in before (their events) and report in now (their stored reports).
    QSet<QString> buckets = StoreRecords::bucketsOfArticles(db, changedIds);
    buckets.unite(StoreRecords::bucketsOfMentions(db, changedIds));
    if ((byShare && buckets.size() * IncrementalShare > total) || buckets.size() > MaxBucketsInPart) {
        return rebuildAll();
    }
    EventGroups groups;
    StoreRecords::loadMentions(db, &buckets, addTo(groups));
    QList<EventPlace> places;
    QList<Event> fresh = groups.events(&buckets, &places);

    StoreRecords::Writer writer(db);
    const QStringList removedKeys = StoreRecords::orderKeys(db, buckets);
    bool ok = writer.removeEvents(buckets);

    // Ranks stay 1..n in order-key order. A kept event moves by the fresh events before it less the removed ones
    // before it, which is the same for every kept event between two such keys: one statement per stretch.
    QList<std::pair<QString, int>> changes;
    for (const QString &key : removedKeys) {
        changes.append({key, -1});
    }
    for (const EventPlace &place : std::as_const(places)) {
        changes.append({place.orderKey, 1});
    }
    std::sort(changes.begin(), changes.end());
    int delta = 0;
    for (qsizetype i = 0; ok && i < changes.size(); ++i) {
        delta += changes.at(i).second;
        const bool last = i + 1 == changes.size();
        if (delta != 0 && (last || changes.at(i + 1).first != changes.at(i).first)) {
            ok = writer.shiftRanks(changes.at(i).first, last ? QString() : changes.at(i + 1).first, delta);
        }
    }
    // A fresh event comes after the kept events up to its predecessor and the fresh events before it.
    QList<int> freshRanks(fresh.size());
    for (qsizetype i = 0; ok && i < fresh.size(); ++i) {
        const auto [predecessorRank, predecessorKey] = StoreRecords::rankBefore(db, places.at(i).orderKey);
        const auto freshBefore =
            std::lower_bound(places.cbegin(), places.cend(), predecessorKey,
                             [](const EventPlace &p, const QString &key) { return p.orderKey < key; });
        freshRanks[i] = predecessorRank - int(freshBefore - places.cbegin()) + int(i) + 1;
    }

    // Lanes weigh every event of the workspace: laned again all together, and rewritten where they changed.
    const QList<StoreRecords::LaneRow> kept = StoreRecords::laneRows(db);
    QList<Event> all;
    all.reserve(kept.size() + fresh.size());
    for (const StoreRecords::LaneRow &row : kept) {
        Event e;
        e.type = row.type;
        e.actors = row.actors;
        all.append(std::move(e));
    }
    all.append(fresh);
    EventLanes().assign(all, StoreRecords::entityTypes(db));
    for (qsizetype i = 0; ok && i < kept.size(); ++i) {
        if (all.at(i).lane != kept.at(i).lane) {
            ok = writer.setLane(kept.at(i).id, all.at(i).lane);
        }
    }
    for (qsizetype i = 0; ok && i < fresh.size(); ++i) {
        fresh[i].lane = all.at(kept.size() + i).lane;
        ok = writer.insertEvent(fresh.at(i), places.at(i), freshRanks.at(i));
    }
    if (!ok || !writer.clearChanges() || !m_workspace.setMeta(u"events_outdated"_s, u"0"_s)) {
        fail(writer.lastError().isEmpty() ? m_workspace.lastError() : writer.lastError());
        m_workspace.rollback();
        return false;
    }
    if (!m_workspace.commit()) {
        return false;
    }
    m_workspace.notifyChanged();
    return true;
}

} // namespace Newsline
