#include "workspacewatcher.h"

#include "articlereader.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Newsline {

WorkspaceWatcher::WorkspaceWatcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceWatcher::scanNow);
    // A directory signal covers files added, removed or renamed in it; a file signal covers files rewritten in place.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_timer.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_timer.start(); });
}

bool WorkspaceWatcher::start(const QString &folder)
{
    stop();
    if (folder.isEmpty() || !QFileInfo(folder).isDir() || m_workspace->isReadOnly()) {
        return false;
    }
    m_folder = QFileInfo(folder).absoluteFilePath();
    watchSubfolders();
    scanNow();
    return true;
}

void WorkspaceWatcher::stop()
{
    m_timer.stop();
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    m_folder.clear();
}

void WorkspaceWatcher::watchSubfolders()
{
    QStringList folders{m_folder};
    QStringList files;
    QDirIterator it(m_folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isDir()) {
            folders.append(path);
        } else if (QDir::match(ArticleReader::filePatterns(), it.fileName())) {
            files.append(path);
        }
    }
    const QStringList watchedFolders = m_watcher.directories();
    const QStringList watchedFiles = m_watcher.files();
    for (const QString &path : std::as_const(folders)) {
        if (!watchedFolders.contains(path)) {
            m_watcher.addPath(path);
        }
    }
    // Watching files costs one inotify watch each: a large archive is watched by its folders only (new files, renames).
    constexpr qsizetype MaxWatchedFiles = 2000;
    for (const QString &path : std::as_const(files)) {
        if (m_watcher.files().size() >= MaxWatchedFiles) {
            break;
        }
        if (!watchedFiles.contains(path)) {
            m_watcher.addPath(path);
        }
    }
}

ImportResult WorkspaceWatcher::scanNow()
{
    if (m_folder.isEmpty()) {
        return {};
    }
    // New subfolders and files appear between scans: watch them too.
    watchSubfolders();
    WorkspaceImporter importer(*m_workspace);
    importer.setDefaultPublished(m_defaultPublished);
    ImportResult result = importer.importFiles({m_folder});
    // An empty folder is not an error of the user's while watching.
    result.errors.removeIf([this](const ReadError &error) { return error.file == m_folder; });
    Q_EMIT imported(result);
    return result;
}

} // namespace Newsline
