#include "mainwindow.h"

#include "articletextview.h"
#include "corpusloader.h"
#include "eventfilterbar.h"
#include "eventfiltermodel.h"
#include "eventlistmodel.h"
#include "eventtablepanel.h"
#include "exchangerates.h"
#include "figurechartview.h"
#include "fixturecorpus.h"
#include "messagebar.h"
#include "quotesearchpanel.h"
#include "ratesupdate.h"
#include "testlocale.h"
#include "timelinewidget.h"
#include "workspacequotemodel.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testOpensSampleCorpusOffTheUiThread();
    void testClickEventHighlightsItsSentence_data();
    void testClickEventHighlightsItsSentence();
    void testRightArrowMovesInDateOrder();
    void testTwoOpenAiEventsOnTheChart();
    void testQuoteSearchShowsQuoteInContext();
    void testClickedFigureSelectsItsEvent();
    void testEventTableSharesTheSelection();
    void testEnterOpensSource();
    void testDroppedFolderWithBadFile();
    void testCancelImport();
    void testSettingsKept();
    void testExportBriefingFollowsSelection();
    void testExportFollowsSelection();
    void testBriefingIsWrittenOffTheWindowThread();
    void testUpdateRatesRefusesBadDownload();
    void testUpdatedRatesApplyAtOnce();
    void testFilterNarrowsEveryPanel_data();
    void testFilterNarrowsEveryPanel();
    void testExportAfterFilteringCoversTheFilteredEvents();
    void testTableCopiesSelectedRowsAsTsv();
    void testFirstStartFitsTheScreen();
    void testPanelTabsKeepTheirNames();

private:
    void attachTesters(MainWindow &window);

    Corpus m_corpus;
    MainWindow *m_window = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void MainWindowTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    // Tests must not read or change the settings of a person's real Newsline.
    QCoreApplication::setOrganizationName(u"NewslineTest"_s);
    QCoreApplication::setApplicationName(TestLocale::runName(u"mainwindowtest"_s));
    QSettings().clear();
    m_corpus = Fixture::sampleCorpus();
}

void MainWindowTest::init()
{
    m_window = new MainWindow;
    attachTesters(*m_window);
    m_window->setCorpus(m_corpus);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void MainWindowTest::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_window;
}

void MainWindowTest::attachTesters(MainWindow &window)
{
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.append(new QAbstractItemModelTester(window.eventModel(), mode));
    m_testers.append(new QAbstractItemModelTester(window.eventTable()->proxy(), mode));
    m_testers.append(new QAbstractItemModelTester(window.quoteSearch()->proxy(), mode));
    m_testers.append(new QAbstractItemModelTester(window.quoteSearch()->model(), mode));
    m_testers.append(new QAbstractItemModelTester(window.findChild<QListView *>(u"ArticleList"_s)->model(), mode));
}

void MainWindowTest::testOpensSampleCorpusOffTheUiThread()
{
    MainWindow window;
    attachTesters(window);
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.openPaths({CorpusLoader::sampleCorpusPath()}));
    QVERIFY(window.isImporting() || !finished.isEmpty());
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(window.corpus().articles.size(), 2);
    QCOMPARE(window.findChild<QListView *>(u"ArticleList"_s)->model()->rowCount(), 2);
    QVERIFY(window.textView()->toPlainText().contains(u"The Asia Business Daily"_s));
    // The real pipeline's events land on the timeline, in partnership lanes.
    QVERIFY(!window.corpus().events.isEmpty());
    QVERIFY(window.timeline()->laneNames().contains(u"Microsoft\u2013OpenAI"_s));
    QVERIFY(!window.messageBar()->isVisible());
}

void MainWindowTest::testClickEventHighlightsItsSentence_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("needle");
    QTest::newRow("partnership-26th") << int(Fixture::MistralPartnership) << 0 << u"On the 26th"_s;
    QTest::newRow("other-article-1B") << int(Fixture::OpenAiBillion) << 1 << u"Microsoft has announced a $1 billion"_s;
    QTest::newRow("undated-lane") << int(Fixture::DataCentres) << 0 << u"$5.6 billion"_s;
}

void MainWindowTest::testClickEventHighlightsItsSentence()
{
    QFETCH(int, row);
    QFETCH(int, article);
    QFETCH(QString, needle);
    TimelineWidget *timeline = m_window->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(row).center());
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), row);
    ArticleTextView *text = m_window->textView();
    QCOMPARE(text->articleIndex(), article);
    const SourceRef sentence = Fixture::sentenceOf(m_corpus, article, needle);
    QCOMPARE(text->highlightedSpan(), (TextSpan{sentence.start, sentence.end}));
    QCOMPARE(text->highlightedText(), m_corpus.textOf(sentence).toString());
    QCOMPARE(text->extraSelections().constFirst().cursor.selectedText(), m_corpus.textOf(sentence).toString());
}

void MainWindowTest::testRightArrowMovesInDateOrder()
{
    TimelineWidget *timeline = m_window->timeline();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Home);
    QList<QDate> dates;
    for (int i = 0; i < 5; ++i) {
        const int row = m_window->eventSelection()->currentIndex().row();
        dates.append(m_corpus.events.at(row).date);
        QTest::keyClick(timeline, Qt::Key_Right);
    }
    QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()));
    QCOMPARE(dates.constFirst(), QDate(2019, 7, 22));
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), int(Fixture::DataCentres));
    // The source panel followed every step.
    QCOMPARE(m_window->textView()->highlightedText(),
             m_corpus.textOf(Fixture::sentenceOf(m_corpus, 0, u"$5.6 billion"_s)).toString());
}

void MainWindowTest::testTwoOpenAiEventsOnTheChart()
{
    TimelineWidget *timeline = m_window->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(Fixture::OpenAiBillion).center());
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::ControlModifier,
                      timeline->eventRect(Fixture::OpenAiThirteen).center());
    FigureChartView *chart = m_window->figureChart();
    QCOMPARE(chart->barLabels(), (QStringList{u"$1 billion"_s, u"$13 billion"_s}));
    QCOMPARE(chart->barValues(), (QList<double>{1, 13}));
}

void MainWindowTest::testQuoteSearchShowsQuoteInContext()
{
    // The panel shares its place with others: the reader brings it to the front (Ctrl+5) before clicking in it.
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QuoteSearchPanel *search = m_window->quoteSearch();
    QVERIFY(search->isVisible());
    QLineEdit *field = nullptr;
    for (QLineEdit *edit : search->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Search quotes"_s) {
            field = edit;
        }
    }
    QVERIFY(field);
    QTest::keyClicks(field, u"Brad Smith"_s);
    QTRY_COMPARE(search->resultCount(), 2);
    QTableView *results = search->resultView();
    const Quote &quote = m_corpus.articles.at(0).quotes.at(3);
    const QModelIndexList rows =
        results->model()->match(results->model()->index(0, 2), Qt::DisplayRole, quote.text, 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const QModelIndex shown = rows.constFirst();
    QCOMPARE(results->indexAt(results->visualRect(shown).center()), shown);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(shown).center());
    // The source panel shows the quote in its sentence. Its paragraph tells no event, so no event is selected: an
    // event told elsewhere in the article is not what Brad Smith answered about.
    const TextSpan sentence = m_corpus.articles.at(0).sentences.at(m_corpus.articles.at(0).sentenceAt(quote.start));
    QCOMPARE(m_window->textView()->highlightedSpan(), sentence);
    QCOMPARE(m_window->eventModel()->rowForSpan(0, quote.span()), -1);
    QVERIFY(!m_window->eventSelection()->currentIndex().isValid());
}

void MainWindowTest::testClickedFigureSelectsItsEvent()
{
    ArticleTextView *text = m_window->textView();
    m_window->raisePanel(u"source"_s);
    const Article &article = m_corpus.articles.at(0);
    QTextCursor cursor(text->document());
    cursor.setPosition(text->documentPosition(Fixture::find(article, u"$13 billion"_s).start) + 2);
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), int(Fixture::OpenAiThirteen));
    QCOMPARE(m_window->figureChart()->barLabels(), QStringList{u"$13 billion"_s});
}

void MainWindowTest::testEventTableSharesTheSelection()
{
    QTableView *table = m_window->eventTable()->view();
    // Sorted by date: the first row is the 2019 investment.
    QCOMPARE(table->model()->index(0, EventListModel::DateColumn).data().toString(), TestLocale::day(2019, 7, 22));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 2)).center());
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), int(Fixture::OpenAiBillion));
    m_window->selectEvent(Fixture::MistralPartnership);
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data().toString(), TestLocale::day(2024, 2, 26));
    QVERIFY(table->selectionModel()->isRowSelected(current.row()));
    m_window->eventTable()->setFilterText(u"OpenAI"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    // The selected event is hidden by the filter: no panel follows an event the analyst cannot see.
    QVERIFY(m_window->eventSelection()->selectedRows().isEmpty());
    QVERIFY(!m_window->eventSelection()->currentIndex().isValid());
}

void MainWindowTest::testEnterOpensSource()
{
    TimelineWidget *timeline = m_window->timeline();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_End);
    QTest::keyClick(timeline, Qt::Key_Left);
    QTest::keyClick(timeline, Qt::Key_Return);
    QVERIFY(m_window->textView()->hasFocus());
    QCOMPARE(m_window->textView()->highlightedSpan().start, Fixture::sentenceOf(m_corpus, 0, u"$13 billion"_s).start);
}

void MainWindowTest::testDroppedFolderWithBadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkdir(u"inner"_s);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"one.txt"_s, "---\npublished: 2024-03-01\n---\nAcme Corp. invested $2 billion in Widget Inc. on Monday.\n");
    write(u"inner/two.txt"_s, "---\npublished: 2024-03-02\n---\nWidget Inc. said it would hire 300 engineers.\n");
    write(u"broken.txt"_s, QByteArray("Not text \xff\xfe\xfd at all", 19));
    // A pipe in the folder would block the import forever (Cancel could not stop it): it is named at once instead.
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"inner/pipe.txt"_s)).constData(), 0600), 0);

    MainWindow window;
    attachTesters(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.path())});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(finished.constFirst().at(1).toInt(), 2);
    QCOMPARE(window.session()->workspace()->articleCount(), 2);
    // One message, naming the one bad file; no modal dialog in the way.
    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->lines().size(), 2);
    QVERIFY(bar->lines().filter(u"broken.txt"_s).size() == 1);
    QVERIFY(bar->lines().filter(u"pipe.txt: is not a regular file"_s).size() == 1);
    QVERIFY(!QApplication::activeModalWidget());
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void MainWindowTest::testCancelImport()
{
    QTemporaryDir dir;
    for (int i = 0; i < 120; ++i) {
        QFile file(dir.filePath(u"deal%1.txt"_s.arg(i, 3, 10, QChar(u'0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"---\npublished: 2024-05-%1\n---\nNorthwind %2 bought Contoso %2 for $%3 million on Monday.\n"_s
                       .arg(i % 28 + 1, 2, 10, QChar(u'0'))
                       .arg(i)
                       .arg(i + 10)
                       .toUtf8());
    }
    QSignalSpy finished(m_window, &MainWindow::importFinished);
    QVERIFY(m_window->openPaths({dir.path()}));
    QVERIFY(!m_window->openPaths({dir.path()})); // one import at a time
    m_window->cancelImport();
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    // Stopped after the batch in progress: what was stored stays, and nothing else came in.
    const int added = finished.constFirst().at(0).toInt();
    QVERIFY2(added < 120, qPrintable(QString::number(added)));
    QCOMPARE(m_window->session()->workspace()->articleCount(), 2 + added);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
}

void MainWindowTest::testSettingsKept()
{
    m_window->figureChart()->setLogScale(true);
    m_window->close();
    MainWindow again;
    QVERIFY(again.figureChart()->logScale());
    again.figureChart()->setLogScale(false);
    again.close();
}

void MainWindowTest::testExportBriefingFollowsSelection()
{
    QTemporaryDir dir;
    auto pdfText = [](const QString &path) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        return pdftotext.waitForFinished(30000) ? QString::fromUtf8(pdftotext.readAllStandardOutput()) : QString();
    };

    // Two selected events: the briefing holds those two and leaves the others out.
    TimelineWidget *timeline = m_window->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(Fixture::OpenAiBillion).center());
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::ControlModifier,
                      timeline->eventRect(Fixture::OpenAiThirteen).center());
    const QString picked = dir.filePath(u"picked.pdf"_s);
    QVERIFY(m_window->exportBriefing(picked));
    const QString pickedText = pdfText(picked);
    QVERIFY2(pickedText.contains(u"$13 billion"_s), qPrintable(pickedText.left(400)));
    QVERIFY(pickedText.contains(u"$1 billion"_s));
    QVERIFY(!pickedText.contains(u"Le Chat"_s));

    // One selected event is only where the analyst is reading: the briefing covers everything.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(Fixture::OpenAiBillion).center());
    const QString all = dir.filePath(u"all.pdf"_s);
    QVERIFY(m_window->exportBriefing(all));
    QVERIFY(pdfText(all).contains(u"Le Chat"_s));

    // A filter on the event table is what the window shows: the briefing covers the events it keeps and says so.
    m_window->eventSelection()->clear();
    m_window->eventTable()->setFilterText(u"Mistral"_s);
    const int kept = m_window->eventTable()->proxy()->rowCount();
    QVERIFY(kept > 0 && kept < m_window->eventModel()->rowCount());
    const QString filtered = dir.filePath(u"filtered.pdf"_s);
    QVERIFY(m_window->exportBriefing(filtered));
    const QString filteredText = pdfText(filtered).simplified();
    QVERIFY2(filteredText.contains(
                 u"Covers: the events the filter keeps: %1 of %2"_s.arg(kept).arg(m_window->eventModel()->rowCount())),
             qPrintable(filteredText.left(600)));
    QVERIFY(filteredText.contains(u"Events: %1"_s.arg(kept)));
    // Everything, whatever the window shows.
    const QString everything = dir.filePath(u"everything.pdf"_s);
    QVERIFY(m_window->exportBriefing(everything, {}, MainWindow::BriefingScope::Everything));
    QVERIFY(pdfText(everything).simplified().contains(u"Events: %1"_s.arg(m_window->eventModel()->rowCount())));
    m_window->eventTable()->setFilterText({});

    // An unwritable path: a message, no file, the corpus untouched.
    QVERIFY(!m_window->exportBriefing(dir.filePath(u"missing-folder/briefing.pdf"_s)));
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(!QFile::exists(dir.filePath(u"missing-folder/briefing.pdf"_s)));
    QCOMPARE(m_window->corpus().events.size(), m_corpus.events.size());
}

void MainWindowTest::testBriefingIsWrittenOffTheWindowThread()
{
    QTemporaryDir dir;
    // While the briefing is written the window's event loop runs (a timer of the window keeps firing) and the writing
    // is done by a worker thread, not by the window's between two steps.
    int ticks = 0;
    int ticksWithWorker = 0;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, m_window, [&] {
        ++ticks;
        if (QThreadPool::globalInstance()->activeThreadCount() > 0) {
            ++ticksWithWorker;
        }
    });
    timer.start();
    const QString path = dir.filePath(u"responsive.pdf"_s);
    QVERIFY(m_window->exportBriefing(path, {}, MainWindow::BriefingScope::Everything));
    timer.stop();
    QVERIFY(QFile(path).size() > 1000);
    QVERIFY2(ticksWithWorker > 0, qPrintable(u"ticks %1, with a worker %2"_s.arg(ticks).arg(ticksWithWorker)));

    // Cancelling from the progress dialog while the worker writes leaves no file.
    const QString cancelled = dir.filePath(u"cancelled.pdf"_s);
    bool cancelledWhileWriting = false;
    connect(&timer, &QTimer::timeout, m_window, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>(u"briefingProgress"_s);
        if (progress && !cancelledWhileWriting && QThreadPool::globalInstance()->activeThreadCount() > 0) {
            cancelledWhileWriting = true;
            progress->cancel();
        }
    });
    timer.start();
    const bool written = m_window->exportBriefing(cancelled, {}, MainWindow::BriefingScope::Everything);
    timer.stop();
    QVERIFY(cancelledWhileWriting);
    // A cancel that reaches the writer stops it and leaves no file; one that comes after its last page is too late,
    // and the file it wrote is whole.
    QCOMPARE(QFile::exists(cancelled), written);
    if (!written) {
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
    }
}

void MainWindowTest::testExportFollowsSelection()
{
    QTemporaryDir dir;
    const auto rows = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("\r\n")) - 1 : -1;
    };
    // Two selected events: the export holds those two.
    TimelineWidget *timeline = m_window->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(Fixture::OpenAiBillion).center());
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::ControlModifier,
                      timeline->eventRect(Fixture::OpenAiThirteen).center());
    const QString picked = dir.filePath(u"picked.csv"_s);
    QVERIFY(m_window->exportData(picked, ExportWriter::Format::EventsCsv));
    QCOMPARE(rows(picked), 2);
    // One selected event: everything.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->eventRect(Fixture::OpenAiBillion).center());
    const QString all = dir.filePath(u"all.ics"_s);
    QVERIFY(m_window->exportData(all, ExportWriter::Format::Ics));
    QFile calendar(all);
    QVERIFY(calendar.open(QIODevice::ReadOnly));
    int dated = 0;
    for (const Event &event : std::as_const(m_corpus.events)) {
        dated += event.date.isValid() ? 1 : 0;
    }
    QCOMPARE(int(calendar.readAll().count("BEGIN:VEVENT")), dated);
    // An unwritable path: a message and no file.
    QVERIFY(!m_window->exportData(dir.filePath(u"missing-folder/events.csv"_s), ExportWriter::Format::EventsCsv));
    QVERIFY(m_window->messageBar()->isVisible());
}

void MainWindowTest::testUpdateRatesRefusesBadDownload()
{
    // A local server answering with a page that is no rate table, as a captive portal would.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 22\r\nConnection: close\r\n\r\n<html>Sign in</html>\r\n");
            socket->disconnectFromHost();
        });
    });
    QSignalSpy updated(m_window, &MainWindow::ratesUpdated);
    m_window->updateRatesFrom(QUrl(u"http://127.0.0.1:%1/eurofxref-hist.zip"_s.arg(server.serverPort())));
    QVERIFY(updated.wait(20000));
    QCOMPARE(updated.constFirst().constFirst().toBool(), false);
    QVERIFY(m_window->messageBar()->isVisible());
}

void MainWindowTest::testUpdatedRatesApplyAtOnce()
{
    // The bundled table with every weekday up to 2026-11-20, as the ECB's history would be then: served by a local
    // server.
    QFile bundled(u":/newsline/data/ecb-eurofxref-hist.csv"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray table = bundled.readAll();
    const qsizetype headerEnd = table.indexOf('\n') + 1;
    const QByteArray firstRow = table.mid(headerEnd, table.indexOf('\n', headerEnd) + 1 - headerEnd);
    const QDate bundledLast = QDate::fromString(QString::fromLatin1(firstRow.left(10)), Qt::ISODate);
    QByteArray rows;
    for (QDate day(2026, 11, 20); day > bundledLast; day = day.addDays(-1)) {
        if (day.dayOfWeek() <= 5) {
            rows += day.toString(Qt::ISODate).toLatin1() + firstRow.mid(10);
        }
    }
    table.insert(headerEnd, rows);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, table] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, table] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(table.size()) +
                          "\r\nConnection: close\r\n\r\n" + table);
            socket->disconnectFromHost();
        });
    });
    // The bundled rates again for the other tests, whatever happens here.
    const auto restore = qScopeGuard([] {
        QFile::remove(RatesUpdate::userTablePath());
        (void)ExchangeRates::reload();
    });
    // A deal in euros after the bundled rates end: no dollar value yet.
    QTemporaryDir dir;
    QFile article(dir.filePath(u"late.txt"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("---\npublished: 2026-11-20\n---\nHarrowgate Foods agreed to buy Pellin Dairy for 2 billion euros on "
                  "Friday, the two companies said.\n");
    article.close();
    MainWindow window;
    window.show();
    QSignalSpy imported(&window, &MainWindow::importFinished);
    QVERIFY(window.openPaths({article.fileName()}));
    QVERIFY(imported.wait(20000));
    const auto labels = [&window] {
        QStringList all;
        for (int row = 0; row < window.eventModel()->rowCount(); ++row) {
            all += window.eventModel()->index(row, 0).data(EventListModel::FigureLabelsRole).toStringList();
        }
        return all.join(u'\n');
    };
    QVERIFY2(labels().contains(u"no exchange rate"_s), qPrintable(labels()));
    const auto *age = window.findChild<QLabel *>(u"RatesAge"_s);
    QVERIFY(age);
    QVERIFY2(age->toolTip().contains(u"2025-05-09"_s), qPrintable(age->toolTip()));

    QSignalSpy updated(&window, &MainWindow::ratesUpdated);
    window.updateRatesFrom(QUrl(u"http://127.0.0.1:%1/eurofxref-hist.zip"_s.arg(server.serverPort())));
    QVERIFY(updated.wait(20000));
    QCOMPARE(updated.constFirst().constFirst().toBool(), true);
    // No restart: the figure gets its dollar value and the status bar says how recent the rates now are.
    QTRY_VERIFY_WITH_TIMEOUT(labels().contains(u"\u2248"_s), 20000);
    QVERIFY2(!labels().contains(u"no exchange rate"_s), qPrintable(labels()));
    QVERIFY2(age->toolTip().contains(u"2026-11-20"_s), qPrintable(age->toolTip()));
    QVERIFY2(age->text().contains(QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat)),
             qPrintable(age->text()));
}

void MainWindowTest::testFilterNarrowsEveryPanel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("company OpenAI") << QString() << -1 << u"OpenAI"_s
                                    << QList<int>{Fixture::OpenAiBillion, Fixture::OpenAiThirteen};
    QTest::newRow("amounts over 10 billion") << u"> 10B"_s << -1 << QString() << QList<int>{Fixture::OpenAiThirteen};
    QTest::newRow("the article's wording") << u"euros"_s << -1 << QString() << QList<int>{Fixture::MistralPartnership};
    QTest::newRow("a month as written") << u"2019-07"_s << -1 << QString() << QList<int>{Fixture::OpenAiBillion};
    QTest::newRow("type launch") << QString() << int(Event::Type::Launch) << QString()
                                 << QList<int>{Fixture::LeChatLaunch};
}

void MainWindowTest::testFilterNarrowsEveryPanel()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, company);
    QFETCH(QList<int>, rows);
    // The chart shows the largest figures of the events shown when none is selected.
    m_window->eventSelection()->clear();
    EventFilter filter;
    filter.text = text;
    filter.type = type;
    filter.company = company;
    m_window->filterBar()->setFilter(filter);

    // The table.
    EventFilterModel *table = m_window->eventTable()->proxy();
    QList<int> shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown.append(table->mapToSource(table->index(row, 0)).row());
    }
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, rows);
    // The timeline: the kept events are drawn, no other.
    TimelineWidget *timeline = m_window->timeline();
    for (int row = 0; row < m_window->eventModel()->rowCount(); ++row) {
        QCOMPARE(timeline->laneOfRow(row) >= 0, rows.contains(row));
    }
    // The chart: only figures of kept events.
    FigureChartView *chart = m_window->figureChart();
    const QStringList bars = chart->barLabels();
    for (const QString &label : bars) {
        QVERIFY2(!label.contains(u"5.6"_s), qPrintable(label)); // the data centres are never kept here
    }
    if (rows == QList<int>{Fixture::OpenAiThirteen}) {
        QCOMPARE(bars, QStringList{u"$13 billion"_s});
    }
    // The quote list: only quotes of the kept events' articles.
    QTableView *quotes = m_window->quoteSearch()->resultView();
    QSet<int> articles;
    for (int row : rows) {
        for (const SourceRef &source : m_corpus.events.at(row).sources) {
            articles.insert(m_window->articleId(source.article));
        }
    }
    for (int row = 0; row < quotes->model()->rowCount(); ++row) {
        QVERIFY(articles.contains(quotes->model()->index(row, 0).data(WorkspaceQuoteModel::ArticleRole).toInt()));
    }
    // The count says so.
    QVERIFY2(m_window->filterBar()->countLabel()->text().startsWith(QString::number(rows.size()) + u" of "_s),
             qPrintable(m_window->filterBar()->countLabel()->text()));
    // Cleared, everything is back.
    m_window->filterBar()->clear();
    QCOMPARE(table->rowCount(), m_window->eventModel()->rowCount());
    QVERIFY(timeline->laneOfRow(Fixture::DataCentres) >= 0);
}

void MainWindowTest::testExportAfterFilteringCoversTheFilteredEvents()
{
    QTemporaryDir dir;
    auto pdfText = [](const QString &path) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        return pdftotext.waitForFinished(30000) ? QString::fromUtf8(pdftotext.readAllStandardOutput()) : QString();
    };
    // Everything selected, then filtered: the hidden events leave the selection and the briefing.
    m_window->eventTable()->view()->setFocus();
    m_window->eventTable()->view()->selectAll();
    EventFilter filter;
    filter.company = u"OpenAI"_s;
    m_window->filterBar()->setFilter(filter);
    QCOMPARE(m_window->eventSelection()->selectedRows().size(), 2);
    const QString path = dir.filePath(u"filtered.pdf"_s);
    QVERIFY(m_window->exportBriefing(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"$13 billion"_s), qPrintable(text.left(400)));
    QVERIFY(!text.contains(u"Le Chat"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"2 selected event"_s));
    // One event picked: the filter still says what the briefing covers.
    m_window->selectEvent(Fixture::OpenAiThirteen);
    QVERIFY(m_window->exportBriefing(path));
    QVERIFY(!pdfText(path).contains(u"Le Chat"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"the filter keeps"_s));
    // Nothing kept: nothing written, and said why.
    filter.company = u"Nobody Inc"_s;
    m_window->filterBar()->setFilter(filter);
    QVERIFY(!m_window->exportBriefing(dir.filePath(u"none.pdf"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"none.pdf"_s)));
    QVERIFY(m_window->messageBar()->isVisible());
}

void MainWindowTest::testTableCopiesSelectedRowsAsTsv()
{
    QTableView *table = m_window->eventTable()->view();
    table->setFocus();
    table->selectAll();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + m_window->eventModel()->rowCount());
    QCOMPARE(lines.constFirst().split(u'\t').size(), int(EventListModel::ColumnCount));
    QVERIFY(lines.at(1).startsWith(TestLocale::day(2019, 7, 22) + u'\t'));
}

void MainWindowTest::testFirstStartFitsTheScreen()
{
    QSettings().clear();
    MainWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
}

void MainWindowTest::testPanelTabsKeepTheirNames()
{
    // Five panels share the lower tab bar: at 1280×720 their names were cut to "S…"; they scroll instead.
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QTabBar *> bars = window.findChildren<QTabBar *>();
    QVERIFY(!bars.isEmpty());
    bool sawFive = false;
    for (const QTabBar *bar : bars) {
        QCOMPARE(bar->elideMode(), Qt::ElideNone);
        QVERIFY(bar->usesScrollButtons());
        sawFive = sawFive || bar->count() >= 5;
    }
    QVERIFY(sawFive);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
