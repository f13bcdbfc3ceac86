#include "workspacewatcher.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class WorkspaceWatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testImportsWhatIsThereAtStart();
    void testNewFileImported();
    void testChangedFileUpdated();
    void testOtherFilesIgnored();
    void testNoFolderNoWatch();

private:
    static bool write(const QString &path, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_folder;
};

bool WorkspaceWatcherTest::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void WorkspaceWatcherTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace = Workspace::create(m_dir->filePath(u"watched.newsline"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_folder = m_dir->filePath(u"inbox"_s);
    QVERIFY(QDir().mkpath(m_folder));
}

void WorkspaceWatcherTest::testImportsWhatIsThereAtStart()
{
    QVERIFY(write(m_folder + u"/early.txt"_s, "Acme bought Widgets on 3 March 2024.\n"));
    WorkspaceWatcher watcher(m_workspace.get());
    QVERIFY(watcher.start(m_folder));
    QCOMPARE(watcher.folder(), QFileInfo(m_folder).absoluteFilePath());
    QCOMPARE(m_workspace->articleCount(), 1);
}

void WorkspaceWatcherTest::testNewFileImported()
{
    WorkspaceWatcher watcher(m_workspace.get());
    watcher.setDelay(50);
    QVERIFY(watcher.start(m_folder));
    QSignalSpy imported(&watcher, &WorkspaceWatcher::imported);
    QCOMPARE(m_workspace->articleCount(), 0);
    QVERIFY(write(m_folder + u"/new.txt"_s, "Globex opened a plant in Ohio.\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->articleCount(), 1, 10000);
    QVERIFY(imported.size() >= 1);
    // A subfolder made after the start is watched too.
    QVERIFY(write(m_folder + u"/2024/march/later.txt"_s, "Initech hired a new chief executive.\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->articleCount(), 2, 10000);
    QVERIFY(write(m_folder + u"/2024/march/later-still.txt"_s, "Hooli sold its search unit.\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->articleCount(), 3, 10000);
}

void WorkspaceWatcherTest::testChangedFileUpdated()
{
    const QString file = m_folder + u"/story.txt"_s;
    QVERIFY(write(file, "Initech announced a merger with Hooli.\n"));
    WorkspaceWatcher watcher(m_workspace.get());
    watcher.setDelay(50);
    QVERIFY(watcher.start(m_folder));
    const int id = m_workspace->articleIdForFile(file);
    QVERIFY(id > 0);
    QTest::qWait(20); // a different modification time
    QVERIFY(write(file, "Initech cancelled its merger with Hooli.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->article(id)->text.startsWith(u"Initech cancelled"_s), 10000);
    QCOMPARE(m_workspace->articleCount(), 1);
}

void WorkspaceWatcherTest::testOtherFilesIgnored()
{
    WorkspaceWatcher watcher(m_workspace.get());
    watcher.setDelay(50);
    QVERIFY(watcher.start(m_folder));
    QSignalSpy imported(&watcher, &WorkspaceWatcher::imported);
    QVERIFY(write(m_folder + u"/photo.jpg"_s, "\xFF\xD8\xFF\xE0 not an article"));
    QVERIFY(write(m_folder + u"/notes.md"_s, "# Notes\n"));
    QTRY_VERIFY_WITH_TIMEOUT(imported.size() >= 1, 10000);
    QCOMPARE(m_workspace->articleCount(), 0);
    QVERIFY(imported.last().at(0).value<ImportResult>().errors.isEmpty()); // an empty inbox is no error
}

void WorkspaceWatcherTest::testNoFolderNoWatch()
{
    WorkspaceWatcher watcher(m_workspace.get());
    QVERIFY(!watcher.start({}));
    QVERIFY(watcher.folder().isEmpty());
    QVERIFY(!watcher.start(m_dir->filePath(u"gone"_s)));
    QVERIFY(watcher.folder().isEmpty());
}

QTEST_GUILESS_MAIN(WorkspaceWatcherTest)
#include "workspacewatchertest.moc"
