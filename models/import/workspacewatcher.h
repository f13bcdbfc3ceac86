#pragma once

#include "importresult.h"

#include <QDate>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Newsline {

class Workspace;

/// Watches a folder (and its subfolders) and imports new or changed article files (text, web pages, feeds) into a
/// workspace. Which folder is the user's choice, never the workspace's: the window keeps it in the user's settings.
///
/// Imports run in the thread of the workspace, a short delay after the last change, since files are often written in
/// several steps; unchanged files are skipped by their size and time, so a rescan of a large folder is cheap. Files
/// rewritten in place are noticed for the first 2,000 files (one system watch each); beyond, on the next folder change.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    /// A watcher for workspace, which must outlive it; call start() to begin.
    explicit WorkspaceWatcher(Workspace *workspace, QObject *parent = nullptr);

    /// Watches the folder and imports what changed since; false when none is given, it is no folder or the workspace
    /// is read-only.
    bool start(const QString &folder);
    /// Stops watching.
    void stop();
    /// The folder being watched; empty when none.
    [[nodiscard]] QString folder() const { return m_folder; }
    /// Milliseconds between the last change seen and the import (default 1000).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Sets the publication date given to imported articles whose front matter has none.
    void setDefaultPublished(const QDate &date) { m_defaultPublished = date; }
    /// Imports new and changed files of the folder now.
    ImportResult scanNow();

Q_SIGNALS:
    /// An import triggered by the folder finished (result.changedAnything() tells whether articles changed).
    void imported(const Newsline::ImportResult &result);

private:
    void watchSubfolders();

    Workspace *m_workspace;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QString m_folder;
    QDate m_defaultPublished;
};

} // namespace Newsline
