// The window over a workspace file: opening, importing into it, saving it under another name, a damaged or read-only
// file, a second window on the same file, a watched folder, and a briefing that quotes the stored texts.
#include "mainwindow.h"

#include "articlesearchpanel.h"
#include "articletextview.h"
#include "corpusloader.h"
#include "eventlistmodel.h"
#include "fixturecorpus.h"
#include "messagebar.h"
#include "quotesearchpanel.h"
#include "testlocale.h"
#include "timelinewidget.h"
#include "workspace.h"
#include "workspaceimporter.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QListView>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

// Articles written for these tests: companies, people and figures the sample corpus does not have.
const QByteArray globexArticle = "---\ntitle: Globex to buy Initech\nsource: Test Wire\npublished: 2025-03-04\n---\n"
                                 "Globex Corporation agreed to acquire Initech for $2.3 billion on March 3, 2025.\n\n"
                                 "\"This brings two engineering cultures together,\" said Hank Scorpio, chief "
                                 "executive of Globex.\n";
const QByteArray umbrellaArticle = "---\ntitle: Umbrella and Cyberdyne team up\nsource: Test Wire\n"
                                   "published: 2025-06-11\n---\n"
                                   "Umbrella Pharmaceuticals announced a partnership with Cyberdyne Systems on "
                                   "Tuesday.\n\n\"We will share our laboratories,\" said Albert Wesker, head of "
                                   "research at Umbrella.\n";
const QByteArray wayneArticle = "---\ntitle: Wayne Enterprises invests in Stark Industries\nsource: Test Wire\n"
                                "published: 2025-09-02\n---\n"
                                "Wayne Enterprises invested 400 million euros in Stark Industries on Monday.\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class MainWindowWorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testOpenShowsStoredEventsAndLists();
    void testImportGoesIntoTheWorkspaceAndStays();
    void testDamagedFileKeepsWhatIsShown();
    void testReadOnlyWorkspaceSaysSo();
    void testSaveLooseFilesAsWorkspace();
    void testSaveBundledSampleAsWorkspace();
    void testSaveWorkspaceAsCopy();
    void testSecondWindowSeesAnImport();
    void testWatchedFolderImports();
    void testBriefingQuotesStoredTexts();
    void testQuoteAndArticleSearchOpenTheText();
    void testOlderExtractionIsRedoneOnOpen();
    void testFilesAndWorkspaceAnswerAlike();

private:
    QString makeWorkspace(const QString &name, const QList<QByteArray> &articles);
    bool waitLoaded(MainWindow &window);

    QTemporaryDir m_dir;
};

void MainWindowWorkspaceTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    QCoreApplication::setOrganizationName(u"NewslineTest"_s);
    QCoreApplication::setApplicationName(TestLocale::runName(u"mainwindowworkspacetest"_s));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void MainWindowWorkspaceTest::init()
{
    QSettings().clear();
}

QString MainWindowWorkspaceTest::makeWorkspace(const QString &name, const QList<QByteArray> &articles)
{
    const QString folder = m_dir.filePath(name + u"-articles"_s);
    QDir().mkpath(folder);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        writeFile(folder + u"/article%1.txt"_s.arg(i), articles.at(i));
    }
    const QString path = m_dir.filePath(name + u".newsline"_s);
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace) {
        qWarning() << error;
        return {};
    }
    const ImportResult result = WorkspaceImporter(*workspace).importFiles({folder});
    if (result.added != articles.size()) {
        qWarning() << "imported" << result.added << "of" << articles.size();
        return {};
    }
    return path;
}

bool MainWindowWorkspaceTest::waitLoaded(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    return loaded.wait(30000);
}

void MainWindowWorkspaceTest::testOpenShowsStoredEventsAndLists()
{
    const QString path = makeWorkspace(u"open"_s, {globexArticle, umbrellaArticle});
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openWorkspace(path));
    QVERIFY(window.hasWorkspace());
    // The article list reads the store at once; the events follow from the worker.
    auto *list = window.findChild<QListView *>(u"ArticleList"_s);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    QVERIFY(window.windowTitle().contains(u"open.newsline"_s));
    QVERIFY(window.windowTitle().contains(u"2 article"_s));
    QVERIFY(!window.corpus().events.isEmpty());
    QVERIFY(window.corpus().articles.constFirst().text.isEmpty()); // metadata only: texts stay in the file

    // An event opens its stored article with the sentence lit.
    int acquisition = -1;
    for (qsizetype row = 0; row < window.corpus().events.size(); ++row) {
        if (window.corpus().events.at(row).date == QDate(2025, 3, 3)) {
            acquisition = int(row);
        }
    }
    QVERIFY2(acquisition >= 0, "the acquisition dated March 3, 2025 is on the timeline");
    window.openSource(acquisition);
    QVERIFY(window.textView()->toPlainText().contains(u"Globex Corporation agreed to acquire Initech"_s));
    QVERIFY(window.textView()->textCursor().selectedText().contains(u"$2.3 billion"_s) ||
            window.textView()->toPlainText().contains(u"$2.3 billion"_s));

    // Clicking the other article in the list shows its text.
    const QModelIndexList umbrella =
        list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, u"Umbrella"_s, 1, Qt::MatchStartsWith);
    QCOMPARE(umbrella.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(umbrella.constFirst()).center());
    QVERIFY(window.textView()->toPlainText().contains(u"We will share our laboratories"_s));
    QCOMPARE(QSettings().value(u"workspace/last"_s).toString(), QFileInfo(path).absoluteFilePath());
}

void MainWindowWorkspaceTest::testImportGoesIntoTheWorkspaceAndStays()
{
    const QString path = m_dir.filePath(u"import.newsline"_s);
    const QString folder = m_dir.filePath(u"import-articles"_s);
    QDir().mkpath(folder);
    writeFile(folder + u"/globex.txt"_s, globexArticle);
    writeFile(folder + u"/wayne.txt"_s, wayneArticle);
    writeFile(folder + u"/broken.txt"_s, QByteArray("Not text \xff\xfe\xfd at all", 19));
    int events = 0;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.newWorkspace(path));
        QVERIFY(waitLoaded(window) || window.session()->job() == WorkspaceSession::Job::None);
        QVERIFY(window.corpus().events.isEmpty());
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        QVERIFY(window.openPaths({folder}));
        QVERIFY(window.isImporting());
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(finished.constFirst().at(0).toInt(), 2);
        QCOMPARE(finished.constFirst().at(1).toInt(), 1);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->lines().constFirst().contains(u"broken.txt"_s));
        QVERIFY(!loaded.isEmpty());
        events = int(window.corpus().events.size());
        QVERIFY(events >= 2);
        // The same files again: nothing new, nothing doubled.
        finished.clear();
        QVERIFY(window.openPaths({folder}));
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(finished.constFirst().at(0).toInt(), 0);
        QCOMPARE(window.session()->workspace()->articleCount(), 2);
    }
    // A new window (the next session) finds the import in the file.
    MainWindow again;
    QVERIFY(again.openWorkspace(path));
    QVERIFY(waitLoaded(again));
    QCOMPARE(int(again.corpus().events.size()), events);
}

void MainWindowWorkspaceTest::testDamagedFileKeepsWhatIsShown()
{
    MainWindow window;
    window.setCorpus(Fixture::sampleCorpus());
    const qsizetype events = window.corpus().events.size();
    const QString path = m_dir.filePath(u"damaged.newsline"_s);
    const QByteArray bytes = "SQLite format 3\0 but then nothing that a database holds"_ba.repeated(100);
    writeFile(path, bytes);
    QVERIFY(!window.openWorkspace(path));
    QVERIFY(window.session()->isScratch());
    QCOMPARE(window.corpus().events.size(), events);
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY(window.messageBar()->lines().constFirst().contains(u"damaged.newsline"_s));
    QCOMPARE(readAll(path), bytes);
}

void MainWindowWorkspaceTest::testReadOnlyWorkspaceSaysSo()
{
    const QString path = makeWorkspace(u"readonly"_s, {globexArticle});
    QVERIFY(!path.isEmpty());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Root writes to read-only files: it gets the read-only mode a second, looking-only window asks for.
    const Workspace::OpenMode mode =
        QFileInfo(path).isWritable() ? Workspace::OpenMode::ReadOnly : Workspace::OpenMode::ReadWrite;
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path, mode));
    QVERIFY(waitLoaded(window));
    QVERIFY(window.session()->workspace()->isReadOnly());
    QVERIFY(window.messageBar()->isVisibleTo(&window));
    QVERIFY(window.messageBar()->headline().contains(u"read-only"_s));
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    QVERIFY(!window.openPaths({m_dir.filePath(u"open-articles"_s)}));
    QVERIFY(!window.corpus().events.isEmpty());
}

void MainWindowWorkspaceTest::testSaveLooseFilesAsWorkspace()
{
    const QString folder = m_dir.filePath(u"loose"_s);
    QDir().mkpath(folder);
    writeFile(folder + u"/umbrella.txt"_s, umbrellaArticle);
    writeFile(folder + u"/wayne.txt"_s, wayneArticle);
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.openPaths({folder}));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    // Opened files live in a temporary workspace until saved.
    QVERIFY(window.session()->isScratch());
    QVERIFY(window.windowTitle().contains(u"not saved"_s));
    const QString temporary = window.session()->workspace()->path();

    const QString path = m_dir.filePath(u"saved-loose.newsline"_s);
    QVERIFY(window.saveWorkspaceAs(path));
    QVERIFY(!window.session()->isScratch());
    QCOMPARE(window.session()->workspace()->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(u"saved-loose.newsline"_s));
    QVERIFY2(!window.messageBar()->isVisible(), qPrintable(window.messageBar()->lines().join(u'\n')));
    // The temporary file went with the switch; what was read is in the saved one, nothing read twice.
    QVERIFY(!QFileInfo::exists(temporary));
    QString error;
    std::unique_ptr<Workspace> saved = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->articleCount(), 2);
    QVERIFY(saved->eventCount() > 0);
}

void MainWindowWorkspaceTest::testSaveBundledSampleAsWorkspace()
{
    // What a newcomer sees first can become their first workspace.
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.openPaths({CorpusLoader::sampleCorpusPath()}));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    const qsizetype events = window.corpus().events.size();
    QVERIFY(window.saveWorkspaceAs(m_dir.filePath(u"sample.newsline"_s)));
    QCOMPARE(window.session()->workspace()->articleCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.corpus().events.size(), events, 20000);
    QVERIFY(window.windowTitle().contains(u"sample.newsline"_s));
}

void MainWindowWorkspaceTest::testSaveWorkspaceAsCopy()
{
    const QString path = makeWorkspace(u"original"_s, {globexArticle, wayneArticle});
    QVERIFY(!path.isEmpty());
    const QString copy = m_dir.filePath(u"copy.newsline"_s);
    writeFile(copy, "an older file the analyst agreed to replace");
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path));
    QVERIFY(waitLoaded(window));
    const qsizetype events = window.corpus().events.size();
    QVERIFY(window.saveWorkspaceAs(copy));
    QVERIFY(waitLoaded(window));
    QCOMPARE(QFileInfo(window.session()->workspace()->path()).absoluteFilePath(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(window.corpus().events.size(), events);
    QVERIFY(window.windowTitle().contains(u"copy.newsline"_s));
    QVERIFY(!QFile::exists(copy + u".partial"_s));
    // Importing into the copy leaves the original as it was.
    const QString more = m_dir.filePath(u"more"_s);
    QDir().mkpath(more);
    writeFile(more + u"/umbrella.txt"_s, umbrellaArticle);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.openPaths({more}));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QString error;
    QCOMPARE(Workspace::open(path, &error, Workspace::OpenMode::ReadOnly)->articleCount(), 2);
    QCOMPARE(window.session()->workspace()->articleCount(), 3);
}

void MainWindowWorkspaceTest::testSecondWindowSeesAnImport()
{
    const QString path = makeWorkspace(u"shared"_s, {globexArticle});
    QVERIFY(!path.isEmpty());
    MainWindow first;
    MainWindow second;
    QVERIFY(first.openWorkspace(path));
    QVERIFY(second.openWorkspace(path));
    QVERIFY(waitLoaded(first));
    if (second.corpus().events.isEmpty()) {
        QVERIFY(waitLoaded(second));
    }
    const qsizetype before = second.corpus().events.size();
    const QString more = m_dir.filePath(u"shared-more"_s);
    QDir().mkpath(more);
    writeFile(more + u"/wayne.txt"_s, wayneArticle);
    writeFile(more + u"/umbrella.txt"_s, umbrellaArticle);
    QSignalSpy finished(&first, &MainWindow::importFinished);
    QVERIFY(first.openPaths({more}));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    // The other window notices the commit and reads the events again, without being told.
    QTRY_VERIFY_WITH_TIMEOUT(second.corpus().events.size() > before, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(second.corpus().events.size(), first.corpus().events.size(), 20000);
    QCOMPARE(second.session()->workspace()->articleCount(), 3);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
}

void MainWindowWorkspaceTest::testWatchedFolderImports()
{
    const QString path = makeWorkspace(u"watched"_s, {globexArticle});
    QVERIFY(!path.isEmpty());
    const QString folder = m_dir.filePath(u"inbox"_s);
    QDir().mkpath(folder);
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path));
    QVERIFY(waitLoaded(window));
    QString error;
    QVERIFY2(window.session()->setWatchFolder(folder, &error), qPrintable(error));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    writeFile(folder + u"/wayne.txt"_s, wayneArticle);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->workspace()->articleCount() == 2, 20000);
    // The timeline follows without the analyst asking.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(window.corpus().events.cbegin(), window.corpus().events.cend(),
                    [](const Event &event) { return event.date.year() == 2025 && event.date.month() == 9; }),
        20000);
    QVERIFY(!finished.isEmpty());
    QCOMPARE(window.session()->watchFolder(), QFileInfo(folder).absoluteFilePath());
}

void MainWindowWorkspaceTest::testBriefingQuotesStoredTexts()
{
    const QString path = makeWorkspace(u"briefing"_s, {globexArticle, umbrellaArticle});
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path));
    QVERIFY(waitLoaded(window));
    const QString pdf = m_dir.filePath(u"workspace-briefing.pdf"_s);
    QVERIFY(window.exportBriefing(pdf));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(u"two engineering cultures together"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"$2.3 billion"_s));
}

void MainWindowWorkspaceTest::testQuoteAndArticleSearchOpenTheText()
{
    const QString path = makeWorkspace(u"search"_s, {globexArticle, umbrellaArticle, wayneArticle});
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(path));
    QVERIFY(waitLoaded(window));

    // A quote found in the store opens in its article with its sentence lit.
    QuoteSearchPanel *quotes = window.quoteSearch();
    quotes->setSearchText(u"laboratories"_s);
    QCOMPARE(quotes->resultCount(), 1);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTableView *found = quotes->resultView();
    const QModelIndex first = found->model()->index(0, 2);
    QCOMPARE(found->indexAt(found->visualRect(first).center()), first);
    QTest::mouseClick(found->viewport(), Qt::LeftButton, {}, found->visualRect(first).center());
    QVERIFY(window.textView()->toPlainText().contains(u"Umbrella Pharmaceuticals announced"_s));
    QVERIFY(window.textView()->highlightedText().contains(u"We will share our laboratories"_s));
    quotes->setSearchText({});
    quotes->setPerson(u"scorpio"_s);
    QCOMPARE(quotes->resultCount(), 1);

    // Ctrl+F searches the article texts; a hit opens with the words marked.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    ArticleSearchPanel *search = window.articleSearch();
    QVERIFY(search->isVisible());
    search->search(u"Stark"_s);
    QCOMPARE(search->resultCount(), 1);
    QListView *hits = search->resultView();
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(hits->model()->index(0, 0)).center());
    QVERIFY(window.textView()->toPlainText().contains(u"invested 400 million euros in Stark Industries"_s));
    const QList<TextSpan> marked = window.textView()->highlightedWords();
    QCOMPARE(marked.size(), 1);
    // No event of this workspace need cite the article for it to open: it joins the window's articles.
    QVERIFY(window.articleId(window.textView()->articleIndex()) >= 0);
}

void MainWindowWorkspaceTest::testOlderExtractionIsRedoneOnOpen()
{
    const QString path = makeWorkspace(u"stale"_s, {globexArticle, umbrellaArticle});
    QVERIFY(!path.isEmpty());
    {
        // As if another version of Newsline had extracted the articles, and found nothing in them.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stale"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE articles SET extractor_version = 'an older one'"_s));
        QVERIFY(query.exec(u"DELETE FROM events"_s));
    }
    QSqlDatabase::removeDatabase(u"stale"_s);

    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QVERIFY(window.openWorkspace(path));
    QCOMPARE(window.session()->job(), WorkspaceSession::Job::Reextract);
    QVERIFY(window.isImporting()); // the progress bar and Esc apply to it
    QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
    QCOMPARE(WorkspaceImporter(*window.session()->workspace()).staleArticleCount(), 0);
    QVERIFY(std::any_of(window.corpus().events.cbegin(), window.corpus().events.cend(),
                        [](const Event &event) { return event.date == QDate(2025, 3, 3); }));
    QVERIFY(!window.messageBar()->isVisible());
}

void MainWindowWorkspaceTest::testFilesAndWorkspaceAnswerAlike()
{
    const QString path = makeWorkspace(u"parity"_s, {globexArticle, umbrellaArticle, wayneArticle});
    QVERIFY(!path.isEmpty());
    const QString folder = m_dir.filePath(u"parity-articles"_s);

    // Everything an analyst asks of the window, as the answers read on screen and in the briefing.
    struct Answers
    {
        QMap<QString, QStringList> quotes;
        QMap<QString, QStringList> articles;
        QStringList briefing;
    };
    const auto ask = [this](MainWindow &window, const QString &name) {
        Answers answers;
        QuoteSearchPanel *quotes = window.quoteSearch();
        const auto rows = [](QAbstractItemModel *model) {
            QStringList texts;
            for (int row = 0; row < model->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < model->columnCount(); ++column) {
                    cells.append(model->index(row, column).data().toString());
                }
                texts.append(cells.join(u" | "_s));
            }
            texts.sort();
            return texts;
        };
        for (const QString &words : {u"partner"_s, u"laboratories"_s, u"engineering cultures"_s, u"share"_s}) {
            quotes->setPerson({});
            quotes->setSearchText(words);
            answers.quotes.insert(words, rows(quotes->proxy()));
        }
        quotes->setSearchText({});
        for (const QString &person : {u"Scorpio"_s, u"wesker"_s, u"Albert"_s}) {
            quotes->setPerson(person);
            answers.quotes.insert(u"person:"_s + person, rows(quotes->proxy()));
        }
        ArticleSearchPanel *search = window.articleSearch();
        for (const QString &words : {u"Stark"_s, u"partner"_s, u"billion"_s, u"2.3"_s}) {
            search->search(words);
            answers.articles.insert(words, rows(search->resultView()->model()));
        }
        const QString pdf = m_dir.filePath(name + u".pdf"_s);
        if (!window.exportBriefing(pdf)) {
            return answers;
        }
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        pdftotext.waitForFinished(30000);
        for (const QString &line : QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\n')) {
            // The page footer names when the briefing was made.
            if (!line.contains(u"Generated"_s) && !line.trimmed().isEmpty()) {
                answers.briefing.append(line.simplified());
            }
        }
        return answers;
    };

    MainWindow asFiles;
    asFiles.resize(1400, 900);
    asFiles.show();
    QSignalSpy imported(&asFiles, &MainWindow::importFinished);
    QVERIFY(asFiles.openPaths({folder}));
    QVERIFY(imported.wait(30000) || !imported.isEmpty());
    QCOMPARE(imported.constFirst().at(0).toInt(), 3);
    // The events of the imported articles are read after the import.
    QSignalSpy filesLoaded(&asFiles, &MainWindow::workspaceLoaded);
    QVERIFY(!asFiles.corpus().events.isEmpty() || filesLoaded.wait(30000));
    const Answers fromFiles = ask(asFiles, u"parity-files"_s);

    MainWindow asWorkspace;
    asWorkspace.resize(1400, 900);
    asWorkspace.show();
    QVERIFY(asWorkspace.openWorkspace(path));
    QVERIFY(waitLoaded(asWorkspace));
    const Answers fromWorkspace = ask(asWorkspace, u"parity-workspace"_s);

    // The answers are worth comparing: each kind of question finds something.
    QVERIFY(!fromFiles.quotes.value(u"laboratories"_s).isEmpty());
    QVERIFY(!fromFiles.quotes.value(u"person:Scorpio"_s).isEmpty());
    QVERIFY(!fromFiles.articles.value(u"Stark"_s).isEmpty());
    QVERIFY(fromFiles.briefing.size() > 10);
    for (auto it = fromFiles.quotes.cbegin(); it != fromFiles.quotes.cend(); ++it) {
        QCOMPARE(fromWorkspace.quotes.value(it.key()), it.value());
    }
    for (auto it = fromFiles.articles.cbegin(); it != fromFiles.articles.cend(); ++it) {
        QCOMPARE(fromWorkspace.articles.value(it.key()), it.value());
    }
    QCOMPARE(fromWorkspace.briefing, fromFiles.briefing);
}

QTEST_MAIN(MainWindowWorkspaceTest)
#include "mainwindowworkspacetest.moc"
