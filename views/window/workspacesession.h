#pragma once

#include "importresult.h"
#include "workspace.h"
#include "workspacerows.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QTemporaryDir;
class QThread;

namespace Newsline {

/**
 * The workspace a window shows, and the work done on it off the window's thread.
 *
 * The session opens the file on the calling thread for quick reads (page of articles, one article's text, searches)
 * and runs everything long in a worker on its own connection: reading the events for the timeline, imports,
 * re-extraction after an extractor update. The first job checks the file (SQLite's quick_check) before anything is
 * written; a file that fails it is shown read-only. A watched folder, the user's choice kept in the user's settings, is
 * watched from a thread of its own once the check passed. Whoever commits to the file (a worker, the watcher, another
 * window or process), the session notices and reads the events again.
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class Job
    {
        None,
        /// Reading the events.
        Load,
        Import,
        /// Extracting again after an extractor update, or rebuilding events left outdated.
        Reextract
    };
    Q_ENUM(Job)

    explicit WorkspaceSession(QObject *parent = nullptr);
    /// Stops the running job after its current batch and waits for it.
    ~WorkspaceSession() override;

    /// Opens a workspace and starts reading its events; false and a message when it cannot be opened.
    bool open(const QString &path, QString *error, Workspace::OpenMode mode = Workspace::OpenMode::ReadWrite);
    /// Creates an empty workspace and opens it; false and a message when it cannot be created.
    bool create(const QString &path, QString *error);
    /// Creates and opens a workspace in a temporary folder, for articles opened as files: removed when closed, kept
    /// by saving it elsewhere. A corpus given is stored in it first, as extracted (events included).
    bool createScratch(QString *error, const Corpus &corpus = {});
    /// True when the open workspace is a temporary one (see createScratch).
    [[nodiscard]] bool isScratch() const { return m_scratch != nullptr; }
    /// Closes the workspace (waiting for a running job).
    void close();

    /// The open workspace on this thread, or nullptr.
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    [[nodiscard]] bool isOpen() const { return m_workspace != nullptr; }
    /// The job running, Job::None when idle.
    [[nodiscard]] Job job() const { return m_job; }
    [[nodiscard]] bool isBusy() const { return m_job != Job::None; }

    /// Imports files and folders in the worker; false when busy or read-only (the reason in *error).
    bool importFiles(const QStringList &paths, QString *error);
    /// Publication date given to imported articles whose front matter has none.
    void setDefaultPublished(const QDate &date) { m_defaultPublished = date; }
    /// Asks the running job to stop after its current batch (what was committed stays).
    void cancel();
    /// Reads the events again (now, or after the running job).
    void reload();
    /// Waits until no job runs (for tests and closing).
    void waitForIdle();

    /// Keeps the folder to watch for this workspace in the user's settings (empty to stop) and starts watching it;
    /// false when read-only or not a folder. A workspace never names a folder itself.
    bool setWatchFolder(const QString &folder, QString *error);
    /// The folder the user chose to watch for this workspace, empty when none.
    [[nodiscard]] QString watchFolder() const;

    /// The events read by the last Load, Import or Reextract job, taken by the caller.
    [[nodiscard]] WorkspaceSnapshot takeSnapshot() { return std::move(m_snapshot); }
    /// What the window's corrections are made over: the newest correction of the events last read, and the ones this
    /// window made since (see Workspace::addCorrection).
    [[nodiscard]] const CorrectionBasis &correctionBasis() const { return m_basis; }
    /// Notes a correction this window stored (not someone else's to be careful of).
    void noteOwnCorrection(qint64 id) { m_basis.own.insert(id); }

Q_SIGNALS:
    /// A job started or ended.
    void busyChanged(bool busy);
    /// Progress of an import or re-extraction: files (articles) done of total.
    void progress(int done, int total);
    /// New events were read: takeSnapshot() has them.
    void snapshotReady();
    /// An import (from the window or the watched folder) ended.
    void importFinished(const Newsline::ImportResult &result, bool fromWatchedFolder);
    /// Stale articles were extracted again (result.updated of them) and the events rebuilt.
    void reextracted(const Newsline::ImportResult &result);
    /// Figures without a dollar value got one (count of them) from exchange rates updated since they were stored.
    void usdFilled(int count);
    /// Something went wrong that the user must be told (one line, naming the file).
    void failed(const QString &message);

private:
    struct JobResult
    {
        ImportResult import;
        WorkspaceSnapshot snapshot;
        QString error;
        bool hasSnapshot = false;
        int generation = 0;
        /// The job checked the file first.
        bool checked = false;
        /// The job could not open the file (it failed its check, or could not be read again).
        bool unusable = false;
        /// Figures given a dollar value from updated exchange rates.
        int usdFilled = 0;
    };

    void start(Job job, const QStringList &paths = {});
    void onJobFinished();
    void checkForChanges();
    void startWatching(const QString &folder);
    void stopWatching();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QFutureWatcher<JobResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Job m_job = Job::None;
    bool m_reloadPending = false;
    QDate m_defaultPublished;
    WorkspaceSnapshot m_snapshot;
    CorrectionBasis m_basis;
    qint64 m_seenVersion = -1;
    /// The next job checks the whole file before it works on it.
    bool m_checkPending = false;
    int m_generation = 0;
    QTimer m_pollTimer;
    QThread *m_watchThread = nullptr;
    QObject *m_watchContext = nullptr;
};

} // namespace Newsline
