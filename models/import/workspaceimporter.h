#pragma once

#include "importresult.h"
#include "storerecords.h"
#include "workspace.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Newsline {

/**
 * Brings articles into a workspace and keeps its events built: reads and extracts files (in parallel), stores them
 * batch by batch through the store's record writers, re-extracts articles made by another extractor version, and
 * merges the stored reports of events into events, in part where few articles changed.
 *
 * It works on a Workspace of its thread and holds no state of its own beyond its settings.
 */
class WorkspaceImporter
{
public:
    /// Called with (done, total) while importing; return false to stop after the current batch.
    using Progress = std::function<bool(int done, int total)>;

    /// Articles stored per transaction: a crash loses at most the batch in progress.
    static constexpr int DefaultBatchSize = 50;

    explicit WorkspaceImporter(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    /// Opens a workspace to work on (as Workspace::open), read-only with the reason when a newer Newsline extracted it.
    [[nodiscard]] static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                                         Workspace::OpenMode mode = Workspace::OpenMode::ReadWrite,
                                                         StoreFile::Check check = StoreFile::Check::Quick);
    /// Why the workspace must only be read by this program: its articles were extracted by a newer revision of the
    /// extractor, which this one would undo; empty when none was.
    [[nodiscard]] static QString newerExtractorReason(const Workspace &workspace);

    /// Reads, extracts and stores files and folders (every article format; a feed's items one by one); same content =
    /// same article, a changed file is updated. One transaction per batch; events are brought up to date at the end
    /// when anything changed.
    ImportResult importFiles(const QStringList &paths, const Progress &progress = {}, int batchSize = DefaultBatchSize);
    /// Stores articles already read and extracted, with their events as they are (refs index corpus.articles), in one
    /// transaction: what a window shows when it is given a corpus rather than files. False on a database error.
    bool importCorpus(const Corpus &corpus);
    /// Sets the publication date given to imported articles whose front matter has none.
    void setDefaultPublished(const QDate &date) { m_defaultPublished = date; }

    /// Number of articles extracted by another extractor version than this program's.
    [[nodiscard]] int staleArticleCount() const;
    /// Re-extracts stale articles from their stored text (batched, with progress), then brings events up to date.
    ImportResult reextract(const Progress &progress = {}, int batchSize = DefaultBatchSize);

    /// True when the exchange rates in use are not those the workspace's dollar values were last given with (they were
    /// updated since, or the workspace never noted its rates): figures without one may get one now.
    [[nodiscard]] bool ratesOutdated() const;
    /// Gives stored figures that have no dollar value one with the exchange rates in use now, at the date extraction
    /// took, without extracting again; notes the rates in the workspace and brings events up to date. How many figures
    /// got a dollar value; -1 on failure (lastError()).
    int fillMissingUsd();

    /// Rebuilds every event from the stored reports (no re-extraction), in one transaction.
    bool rebuildEvents();
    /// Brings events up to date with the articles changed since the last build, in one transaction: only the merge
    /// buckets those articles report in are merged again (ids, lanes and order as a full rebuild gives them), or
    /// everything is rebuilt when many changed.
    bool updateEvents();
    /// How updateEvents chooses between re-merging in part and rebuilding everything.
    enum class EventUpdate
    {
        /// In part while few articles are involved, else everything.
        Auto,
        /// In part whenever the stored events allow it (tests compare it with Full).
        InPart,
        /// Always everything.
        Full
    };
    /// Sets how updateEvents, and so importFiles and reextract, update events (Auto by default).
    void setEventUpdate(EventUpdate mode) { m_eventUpdate = mode; }

    /// Counts what storing an article did in added, updated or unchanged; false when storing it failed.
    static bool tally(StoreRecords::Writer::Stored stored, int &added, int &updated, int &unchanged);

    /// An article's reports of events with their merge buckets, as the store keeps them.
    [[nodiscard]] static QList<StoreRecords::MentionRecord> mentionRecords(const Article &article);

    /// The reason of the last failure (the workspace's last error).
    [[nodiscard]] QString lastError() const { return m_workspace.lastError(); }

private:
    bool fail(const QString &message) { return m_workspace.fail(message); }

    Workspace &m_workspace;
    QDate m_defaultPublished;
    EventUpdate m_eventUpdate = EventUpdate::Auto;
};

} // namespace Newsline
