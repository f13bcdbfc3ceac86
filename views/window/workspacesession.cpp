#include "workspacesession.h"

#include "workspaceimporter.h"
#include "workspacewatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Often enough that a second window shows another's import within moments, rarely enough to cost nothing.
constexpr int pollIntervalMs = 1500;

// The folder watched for each workspace, in this user's settings on this computer: the workspace file, which may come
// from anyone, never chooses what the program reads from disk; the user does, with File > Watch Folder.
const auto watchFoldersKey = "workspace/watchFolders";

QString settingKey(const QString &workspacePath)
{
    if (Workspace::isServerUri(workspacePath)) {
        return workspacePath;
    }
    const QFileInfo info(workspacePath);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &WorkspaceSession::checkForChanges);
    connect(&m_watcher, &QFutureWatcher<JobResult>::finished, this, &WorkspaceSession::onJobFinished);
}

WorkspaceSession::~WorkspaceSession()
{
    close();
}

bool WorkspaceSession::open(const QString &path, QString *error, Workspace::OpenMode mode)
{
    // The window's own connection opens at once; the first job checks the whole file in the background before
    // anything is written to it or the watched folder imports into it.
    std::unique_ptr<Workspace> workspace = WorkspaceImporter::open(path, error, mode, StoreFile::Check::None);
    if (!workspace) {
        return false;
    }
    close();
    m_workspace = std::move(workspace);
    m_seenVersion = m_workspace->dataVersion();
    m_checkPending = true;
    // A workspace written by an older extractor, or left with outdated events by an interrupted import, is brought
    // up to date before its events are shown; a read-only one is shown as it is.
    const bool stale = !m_workspace->isReadOnly() &&
                       (WorkspaceImporter(*m_workspace).staleArticleCount() > 0 || m_workspace->eventsOutdated());
    start(stale ? Job::Reextract : Job::Load);
    m_pollTimer.start();
    return true;
}

bool WorkspaceSession::create(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> workspace = Workspace::create(path, error);
    if (!workspace) {
        return false;
    }
    workspace.reset();
    return open(path, error);
}

bool WorkspaceSession::createScratch(QString *error, const Corpus &corpus)
{
    auto folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/newsline-XXXXXX"_s);
    if (!folder->isValid()) {
        *error = tr("No temporary workspace could be made in %1: %2")
                     .arg(QDir::toNativeSeparators(QDir::tempPath()), folder->errorString());
        return false;
    }
    const QString path = folder->filePath(u"unsaved.newsline"_s);
    {
        std::unique_ptr<Workspace> workspace = Workspace::create(path, error);
        if (!workspace) {
            return false;
        }
        if (!corpus.articles.isEmpty() && !WorkspaceImporter(*workspace).importCorpus(corpus)) {
            *error = workspace->lastError();
            return false;
        }
    }
    if (!open(path, error)) {
        return false;
    }
    m_scratch = std::move(folder);
    m_workspace->setDurable(false);
    return true;
}

void WorkspaceSession::close()
{
    stopWatching();
    m_pollTimer.stop();
    cancel();
    m_watcher.waitForFinished();
    // A finished signal still on its way belongs to the closed workspace.
    ++m_generation;
    m_reloadPending = false;
    m_snapshot = {};
    m_basis = {};
    m_workspace.reset();
    // A temporary workspace goes with its folder; saving it made a copy elsewhere.
    m_scratch.reset();
    if (m_job != Job::None) {
        m_job = Job::None;
        Q_EMIT busyChanged(false);
    }
}

bool WorkspaceSession::importFiles(const QStringList &paths, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return false;
    }
    if (m_workspace->isReadOnly()) {
        *error = m_workspace->readOnlyNotice();
        return false;
    }
    if (isBusy()) {
        *error = tr("The workspace is busy; wait for the current work to end or cancel it (Esc).");
        return false;
    }
    start(Job::Import, paths);
    return true;
}

void WorkspaceSession::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void WorkspaceSession::reload()
{
    if (!m_workspace) {
        return;
    }
    if (isBusy()) {
        m_reloadPending = true;
    } else {
        start(Job::Load);
    }
}

void WorkspaceSession::waitForIdle()
{
    while (isBusy()) {
        m_watcher.waitForFinished();
        // The finished signal is queued: deliver it, which may start a pending reload.
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
}

void WorkspaceSession::start(Job job, const QStringList &paths)
{
    m_job = job;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The whole address: a team workspace's worker connects as the window did (a password given is in it).
    const QString path = m_workspace->location();
    const Workspace::OpenMode mode =
        m_workspace->isReadOnly() ? Workspace::OpenMode::ReadOnly : Workspace::OpenMode::ReadWrite;
    const QDate published = m_defaultPublished;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const int generation = m_generation;
    const bool durable = !isScratch();
    const StoreFile::Check check =
        std::exchange(m_checkPending, false) ? StoreFile::Check::Quick : StoreFile::Check::None;
    // The worker has its own connection: QtSql connections belong to the thread that opened them.
    m_watcher.setFuture(
        QtConcurrent::run([this, job, path, paths, mode, published, cancel, generation, durable, check] {
            JobResult result;
            result.generation = generation;
            result.checked = check != StoreFile::Check::None;
            QString error;
            std::unique_ptr<Workspace> workspace = WorkspaceImporter::open(path, &error, mode, check);
            if (!workspace) {
                result.error = error;
                result.unusable = true;
                return result;
            }
            workspace->setDurable(durable);
            const WorkspaceImporter::Progress progress = [this, cancel](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT this->progress(done, total); }, Qt::QueuedConnection);
                return !cancel->load();
            };
            if (job == Job::Import) {
                WorkspaceImporter importer(*workspace);
                importer.setDefaultPublished(published);
                result.import = importer.importFiles(paths, progress);
            } else if (job == Job::Reextract) {
                result.import = WorkspaceImporter(*workspace).reextract(progress);
            }
            // Exchange rates updated since the figures were stored give dollar values where none was known, without
            // extracting again: after File > Update Exchange Rates, or `newsline rates update` since the last time.
            if (result.import.failure.isEmpty() && !workspace->isReadOnly()) {
                WorkspaceImporter importer(*workspace);
                if (importer.ratesOutdated()) {
                    result.usdFilled = importer.fillMissingUsd();
                    if (result.usdFilled < 0) {
                        result.import.failure = importer.lastError();
                    }
                }
            }
            if (!result.import.failure.isEmpty()) {
                result.error = tr("%1: %2").arg(path, result.import.failure);
            }
            // A cancelled import keeps the batches it committed: the timeline shows them too.
            result.snapshot = workspace->snapshot();
            result.hasSnapshot = true;
            return result;
        }));
    Q_EMIT busyChanged(true);
}

void WorkspaceSession::onJobFinished()
{
    if (!m_watcher.future().isValid() || m_watcher.future().resultCount() == 0) {
        return;
    }
    JobResult result = m_watcher.result();
    if (result.generation != m_generation || m_job == Job::None) {
        return;
    }
    const Job job = m_job;
    m_job = Job::None;
    m_seenVersion = m_workspace->dataVersion();
    if (result.unusable && !m_workspace->isReadOnly()) {
        // A file that fails its check (or cannot be opened again) is shown as far as it reads, and never written.
        m_workspace->restrictToReading(tr("it failed its check when opened"));
    }
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
    }
    if (result.checked && !result.unusable) {
        startWatching(watchFolder());
    }
    if (result.hasSnapshot) {
        // The events shown now include every correction up to the newest read; this window's later ones stay its own.
        m_basis.knownUpTo = result.snapshot.newestCorrection;
        m_basis.own.removeIf([this](qint64 id) { return id <= m_basis.knownUpTo; });
        m_snapshot = std::move(result.snapshot);
        Q_EMIT snapshotReady();
    }
    if (result.usdFilled > 0) {
        Q_EMIT usdFilled(result.usdFilled);
    }
    if (job == Job::Import) {
        Q_EMIT importFinished(result.import, false);
    } else if (job == Job::Reextract) {
        Q_EMIT reextracted(result.import);
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        start(Job::Load);
        return;
    }
    Q_EMIT busyChanged(false);
}

void WorkspaceSession::checkForChanges()
{
    if (!m_workspace || isBusy()) {
        return;
    }
    const qint64 version = m_workspace->dataVersion();
    if (version != m_seenVersion) {
        m_seenVersion = version;
        start(Job::Load);
    }
}

bool WorkspaceSession::setWatchFolder(const QString &folder, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return false;
    }
    if (!folder.isEmpty() && m_workspace->isReadOnly()) {
        *error = m_workspace->readOnlyNotice();
        return false;
    }
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        *error = tr("%1: not a folder").arg(folder);
        return false;
    }
    QSettings settings;
    QVariantMap folders = settings.value(QLatin1StringView(watchFoldersKey)).toMap();
    if (folder.isEmpty()) {
        folders.remove(settingKey(m_workspace->path()));
    } else {
        folders.insert(settingKey(m_workspace->path()), QFileInfo(folder).absoluteFilePath());
    }
    settings.setValue(QLatin1StringView(watchFoldersKey), folders);
    startWatching(watchFolder());
    return true;
}

QString WorkspaceSession::watchFolder() const
{
    if (!m_workspace) {
        return {};
    }
    return QSettings()
        .value(QLatin1StringView(watchFoldersKey))
        .toMap()
        .value(settingKey(m_workspace->path()))
        .toString();
}

void WorkspaceSession::startWatching(const QString &folder)
{
    stopWatching();
    if (folder.isEmpty() || !m_workspace || m_workspace->isReadOnly()) {
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        Q_EMIT failed(tr("%1: the watched folder is missing; new articles there are not imported").arg(folder));
        return;
    }
    // The watcher imports synchronously: in a thread of its own, with its own connection, the window stays free.
    m_watchThread = new QThread(this);
    m_watchContext = new QObject;
    m_watchContext->moveToThread(m_watchThread);
    m_watchThread->start();
    QObject *context = m_watchContext;
    const QString path = m_workspace->path();
    const QDate published = m_defaultPublished;
    QMetaObject::invokeMethod(
        context,
        [this, context, path, published, folder] {
            QString error;
            // The first job checked the file before watching began.
            std::unique_ptr<Workspace> workspace =
                WorkspaceImporter::open(path, &error, Workspace::OpenMode::ReadWrite, StoreFile::Check::None);
            if (!workspace) {
                QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
                return;
            }
            Workspace *raw = workspace.release();
            raw->setParent(context);
            auto *watcher = new WorkspaceWatcher(raw, raw);
            watcher->setDefaultPublished(published);
            connect(watcher, &WorkspaceWatcher::imported, context, [this](const ImportResult &result) {
                QMetaObject::invokeMethod(
                    this, [this, result] { Q_EMIT importFinished(result, true); }, Qt::QueuedConnection);
            });
            watcher->start(folder);
        },
        Qt::QueuedConnection);
}

void WorkspaceSession::stopWatching()
{
    if (!m_watchThread) {
        return;
    }
    QObject *context = m_watchContext;
    // Deleted in its own thread, where its connection was opened; an import in progress ends first.
    QMetaObject::invokeMethod(
        context,
        [context] {
            delete context;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_watchThread->wait();
    delete m_watchThread;
    m_watchThread = nullptr;
    m_watchContext = nullptr;
}

} // namespace Newsline
