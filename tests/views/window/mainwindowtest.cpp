#include "mainwindow.h"

#include "articletextview.h"
#include "corpusloader.h"
#include "eventlistmodel.h"
#include "eventtablepanel.h"
#include "figurechartview.h"
#include "fixturecorpus.h"
#include "messagebar.h"
#include "quotesearchpanel.h"
#include "timelinewidget.h"
#include "workspacequotemodel.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

private:
    void attachTesters(MainWindow &window);

    Corpus m_corpus;
    MainWindow *m_window = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void MainWindowTest::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // Tests must not read or change the settings of a person's real Newsline.
    QCoreApplication::setOrganizationName(u"NewslineTest"_s);
    QCoreApplication::setApplicationName(u"mainwindowtest"_s);
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
    m_testers.append(new QAbstractItemModelTester(window.findChild<QListView *>()->model(), mode));
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
    QCOMPARE(window.findChild<QListView *>()->model()->rowCount(), 2);
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
    QCOMPARE(table->model()->index(0, EventListModel::DateColumn).data().toString(), u"22 Jul 2019"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 2)).center());
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), int(Fixture::OpenAiBillion));
    m_window->selectEvent(Fixture::MistralPartnership);
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data().toString(), u"26 Feb 2024"_s);
    QVERIFY(table->selectionModel()->isRowSelected(current.row()));
    m_window->eventTable()->setFilterText(u"OpenAI"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), int(Fixture::MistralPartnership));
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
    QCOMPARE(finished.constFirst().at(1).toInt(), 1);
    QCOMPARE(window.session()->workspace()->articleCount(), 2);
    // One message, naming the one bad file; no modal dialog in the way.
    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->lines().size(), 1);
    QVERIFY(bar->lines().constFirst().contains(u"broken.txt"_s));
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
    QVERIFY2(filteredText.contains(u"Covers: the events the table filter “Mistral” keeps: %1 of %2"_s.arg(kept).arg(
                 m_window->eventModel()->rowCount())),
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

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
