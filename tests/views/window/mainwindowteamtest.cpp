// The window over a team workspace on PostgreSQL (a throw-away server of the test's own): opened from its address
// as a file is, what another analyst stores shown within seconds, a read-only role told in the window after the
// password asked for, the connection dialog, and the team workspace saved as a file.
#include "mainwindow.h"

#include "messagebar.h"
#include "pgtestserver.h"
#include "quotesearchpanel.h"
#include "teamworkspacedialog.h"
#include "testlocale.h"
#include "workspace.h"
#include "workspaceimporter.h"
#include "workspacequotemodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

void writeArticle(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Stories written for this test.
const QByteArray harbourArticle = "---\ntitle: Pelican Docks buys Marlow Tugs\nsource: Test Wire\n"
                                  "published: 2025-05-06\n---\nPelican Docks agreed to acquire Marlow Tugs for $140 "
                                  "million on May 5, 2025.\n\n\"Tugs are what a busy port runs on,\" said Ines "
                                  "Varga, chief executive of Pelican Docks.\n";
const QByteArray orchardArticle = "---\ntitle: Quince Valley and Larch Foods team up\nsource: Test Wire\n"
                                  "published: 2025-08-12\n---\nQuince Valley formed a partnership with Larch Foods "
                                  "on August 11, 2025.\n";
const QByteArray mineArticle = "---\ntitle: Tarn Minerals raises funds\nsource: Test Wire\npublished: 2025-10-01\n"
                               "---\nTarn Minerals raised $75 million from Osprey Capital on September 30, 2025.\n";

} // namespace

class MainWindowTeamTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testOpenShowsTheTeamWorkspace();
    void testAnotherAnalystsImportIsShown();
    void testStaleCorrectionIsRefused();
    void testReadOnlyRoleAfterThePassword();
    void testConnectionDialog();
    void testSaveAsCopiesToAFile();

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
};

void MainWindowTeamTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    QCoreApplication::setOrganizationName(u"NewslineTest"_s);
    QCoreApplication::setApplicationName(TestLocale::runName(u"mainwindowteamtest"_s));
    QSettings().clear();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    writeArticle(m_dir.filePath(u"in/harbour.txt"_s), harbourArticle);
    writeArticle(m_dir.filePath(u"in/orchard.txt"_s), orchardArticle);
    auto team = Workspace::openOrCreate(m_server.uri(), &error);
    QVERIFY2(team, qPrintable(error));
    const ImportResult imported = WorkspaceImporter(*team).importFiles({m_dir.filePath(u"in"_s)});
    QVERIFY2(imported.failure.isEmpty(), qPrintable(imported.failure));
    QCOMPARE(imported.added, 2);
}

void MainWindowTeamTest::testOpenShowsTheTeamWorkspace()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openTeamWorkspace(m_server.uri()));
    QVERIFY(window.hasWorkspace());
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    QCOMPARE(window.articleListModel()->rowCount(), 2);
    QVERIFY2(window.windowTitle().contains(u"postgresql://newsline@"_s), qPrintable(window.windowTitle()));
    QVERIFY(!window.corpus().events.isEmpty());
    QCOMPARE(window.quoteSearch()->model()->rowCount(), 1);
    QVERIFY(!window.messageBar()->isVisibleTo(&window));
    // Remembered among the recent workspaces, by its address.
    QVERIFY(QSettings().value(u"import/recent"_s).toStringList().contains(m_server.uri()));
}

void MainWindowTeamTest::testAnotherAnalystsImportIsShown()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openTeamWorkspace(m_server.uri()));
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    const qsizetype events = window.corpus().events.size();
    // Another analyst, on another computer, imports a story: this window hears of the commit and shows it.
    {
        writeArticle(m_dir.filePath(u"more/mine.txt"_s), mineArticle);
        QString error;
        auto other = Workspace::open(m_server.uri(), &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(WorkspaceImporter(*other).importFiles({m_dir.filePath(u"more"_s)}).added, 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.articleListModel()->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.corpus().events.size() > events, 10000);
}

void MainWindowTeamTest::testStaleCorrectionIsRefused()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openTeamWorkspace(m_server.uri()));
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    const auto rowOfTugs = [&window] {
        const QList<Event> &events = window.corpus().events;
        for (qsizetype row = 0; row < events.size(); ++row) {
            if (events.at(row).actors.contains(u"Marlow Tugs"_s)) {
                return int(row);
            }
        }
        return -1;
    };
    const int row = rowOfTugs();
    QVERIFY(row >= 0);
    QCOMPARE(window.corpus().events.at(row).date, QDate(2025, 5, 5));
    // Another analyst dates the deal differently, before this window has heard of it.
    {
        QString error;
        auto other = Workspace::open(m_server.uri(), &error);
        QVERIFY2(other, qPrintable(error));
        const WorkspaceSnapshot theirs = other->snapshot();
        Correction date;
        date.kind = Correction::Kind::EditEvent;
        for (qsizetype i = 0; i < theirs.corpus.events.size(); ++i) {
            if (theirs.corpus.events.at(i).actors.contains(u"Marlow Tugs"_s)) {
                date.target = theirs.provenance.at(i).key;
            }
        }
        date.values = {{u"date"_s, u"2025-05-04"_s}};
        date.author = u"Ruth Abebe"_s;
        QVERIFY(other->addCorrection(date) > 0);
    }
    // This analyst's change of the same field is refused, saying whose date stands; the window reads it again.
    QVERIFY(!window.correctEvent(row, {{u"date"_s, u"2025-05-09"_s}}));
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY2(window.messageBar()->lines().join(u' ').contains(u"Ruth Abebe"_s),
             qPrintable(window.messageBar()->lines().join(u' ')));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTugs() >= 0 && window.corpus().events.at(rowOfTugs()).date == QDate(2025, 5, 4),
                             10000);
    // Now that it has read theirs, the analyst may change it knowingly.
    QVERIFY(window.correctEvent(rowOfTugs(), {{u"date"_s, u"2025-05-09"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(window.corpus().events.at(rowOfTugs()).date == QDate(2025, 5, 9), 10000);
}

void MainWindowTeamTest::testReadOnlyRoleAfterThePassword()
{
    QString error;
    QVERIFY2(m_server.exec(u"newsline"_s,
                           {u"CREATE ROLE reader LOGIN PASSWORD 'harbour-light'"_s,
                            u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_s},
                           &error),
             qPrintable(error));
    MainWindow window;
    window.show();
    // The server wants a password libpq finds nowhere: the window asks for it.
    bool asked = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            QVERIFY(dialog->textEchoMode() == QLineEdit::Password);
            dialog->setTextValue(u"harbour-light"_s);
            dialog->accept();
        }
    });
    answer.start(50);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openTeamWorkspace(m_server.uri(u"reader"_s)));
    answer.stop();
    QVERIFY(asked);
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    QCOMPARE(window.articleListModel()->rowCount(), 3);
    // Told in the window at once, not on the first write; nothing that writes is offered.
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY2(window.messageBar()->headline().contains(u"may only read"_s) ||
                 window.messageBar()->headline().contains(u"peut seulement lire"_s),
             qPrintable(window.messageBar()->headline()));
    QVERIFY(!window.findChild<QAction *>(u"openFiles"_s)->isEnabled());
    // The password is in no title, message or setting.
    QVERIFY(!window.windowTitle().contains(u"harbour-light"_s));
    QVERIFY(!window.messageBar()->headline().contains(u"harbour-light"_s));
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(u"harbour-light"_s), qPrintable(key));
        QVERIFY(!settings.value(key).toStringList().join(u' ').contains(u"harbour-light"_s));
    }
}

void MainWindowTeamTest::testConnectionDialog()
{
    TeamWorkspaceDialog dialog{QString()};
    dialog.setUri(u"postgresql://ana@db.example.org:6543/desk?sslmode=verify-full"_s);
    QCOMPARE(dialog.uri(), u"postgresql://ana@db.example.org:6543/desk?sslmode=verify-full"_s);
    // A socket folder goes as libpq's host option.
    dialog.setUri(m_server.uri());
    QCOMPARE(dialog.uri(), m_server.uri());
    QCOMPARE(withPassword(u"postgresql://ana@db/desk"_s, u"p@ss word"_s), u"postgresql://ana:p%40ss%20word@db/desk"_s);
    // A picture for the README, when asked for: NEWSLINE_SCREENSHOTS=FOLDER.
    if (const QString pictures = qEnvironmentVariable("NEWSLINE_SCREENSHOTS"); !pictures.isEmpty()) {
        dialog.setUri(u"postgresql://ana@db.example.org:5432/desk?sslmode=require"_s);
        dialog.show();
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(pictures + u"/team-workspace-dialog.png"_s));
    }
}

void MainWindowTeamTest::testSaveAsCopiesToAFile()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openTeamWorkspace(m_server.uri()));
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    const QString path = m_dir.filePath(u"taken.newsline"_s);
    loaded.clear();
    QVERIFY(window.saveWorkspaceAs(path));
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    // The window now shows the file, with everything the team workspace held.
    QVERIFY2(window.windowTitle().contains(u"taken.newsline"_s), qPrintable(window.windowTitle()));
    QCOMPARE(window.articleListModel()->rowCount(), 3);
    QString error;
    auto file = Workspace::open(path, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(!file->isServer());
    QCOMPARE(file->articleCount(), 3);
    QCOMPARE(file->quoteCount(), 1);
}

QTEST_MAIN(MainWindowTeamTest)
#include "mainwindowteamtest.moc"
