#include "quotesearchpanel.h"

#include "fixturecorpus.h"
#include "highlightdelegate.h"
#include "workspaceimporter.h"
#include "workspacequotemodel.h"

#include "craftedworkspace.h"
#include "lanternworkspace.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Newsline;

class QuoteSearchPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testTypedSearch_data();
    void testTypedSearch();
    void testPersonCompletion();
    void testClickChoosesQuote();
    void testShowQuoteClearsHidingFilter();
    void testHighlightMatches_data();
    void testHighlightMatches();
    void testWorkspaceFirstPageThenScroll();
    void testWorkspaceSearchRanksAndHighlights();
    void testWorkspacePersonInBothModes_data();
    void testWorkspacePersonInBothModes();
    void testWorkspaceTypingIsDebounced();
    void testWorkspaceQuoteChosenCarriesArticleId();
    void testWorkspaceShowQuote();
    void testWorkspaceTypedSyntaxNeverErrors_data();
    void testWorkspaceTypedSyntaxNeverErrors();
    void testCompletionFollowsTheWorkspace();
    void testToolTipShowsTitleAsWritten();

private:
    QLineEdit *field(const QString &accessibleName) const;
    static QLineEdit *fieldOf(const QuoteSearchPanel &panel, const QString &accessibleName);
    static QString countText(const QuoteSearchPanel &panel);
    // The number the count label starts with ("450" of "450 quotes"); -1 when it shows none.
    static int shownCount(const QuoteSearchPanel &panel);
    // A shown panel searching the lantern workspace; the model tester is left off when paging is under test.
    std::unique_ptr<QuoteSearchPanel> workspacePanel(WorkspaceQuoteModel &model, bool tester = true);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_workspaceTester;

    // The sample corpus as the window stores it: articles 0 and 1 have workspace ids 1 and 2.
    Corpus m_corpus;
    std::unique_ptr<Workspace> m_sample;
    WorkspaceQuoteModel *m_model = nullptr;
    QuoteSearchPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void QuoteSearchPanelTest::initTestCase()
{
    m_corpus = Fixture::sampleCorpus();
    QVERIFY(m_dir.isValid());
    m_workspace = LanternWorkspace::create(m_dir);
    QVERIFY(m_workspace);
    QString error;
    m_sample = Workspace::create(m_dir.filePath(u"sample.newsline"_s), &error);
    QVERIFY2(m_sample, qPrintable(error));
    QVERIFY(WorkspaceImporter(*m_sample).importCorpus(m_corpus));
}

void QuoteSearchPanelTest::init()
{
    m_model = new WorkspaceQuoteModel;
    m_model->setWorkspace(m_sample.get());
    m_panel = new QuoteSearchPanel;
    m_panel->setModel(m_model);
    m_tester = new QAbstractItemModelTester(m_panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(800, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void QuoteSearchPanelTest::cleanup()
{
    delete m_tester;
    delete m_panel;
    delete m_model;
    m_workspaceTester.reset();
}

QLineEdit *QuoteSearchPanelTest::fieldOf(const QuoteSearchPanel &panel, const QString &accessibleName)
{
    const QList<QLineEdit *> edits = panel.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName) {
            return edit;
        }
    }
    return nullptr;
}

QString QuoteSearchPanelTest::countText(const QuoteSearchPanel &panel)
{
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u"quote"_s) && !label->buddy()) {
            return label->text();
        }
    }
    return {};
}

int QuoteSearchPanelTest::shownCount(const QuoteSearchPanel &panel)
{
    bool ok = false;
    const int count = countText(panel).section(u' ', 0, 0).toInt(&ok);
    return ok ? count : -1;
}

std::unique_ptr<QuoteSearchPanel> QuoteSearchPanelTest::workspacePanel(WorkspaceQuoteModel &model, bool tester)
{
    auto panel = std::make_unique<QuoteSearchPanel>();
    model.setWorkspace(m_workspace.get());
    panel->setModel(&model);
    if (tester) {
        m_workspaceTester = std::make_unique<QAbstractItemModelTester>(
            panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    panel->resize(800, 300);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get())) {
        return nullptr;
    }
    return panel;
}

QLineEdit *QuoteSearchPanelTest::field(const QString &accessibleName) const
{
    const QList<QLineEdit *> edits = m_panel->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName) {
            return edit;
        }
    }
    return nullptr;
}

void QuoteSearchPanelTest::testTypedSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("results");
    QTest::newRow("brad-smith-two-quotes") << u"Brad Smith"_s << 2;
    QTest::newRow("mensch-finds-arthur-mensch") << u"Mensch"_s << 1;
    QTest::newRow("word-of-a-quote") << u"milestone"_s << 0;
    QTest::newRow("nobody") << u"Nadella"_s << 0;
}

void QuoteSearchPanelTest::testTypedSearch()
{
    QFETCH(QString, typed);
    QFETCH(int, results);
    QLineEdit *search = field(u"Search quotes"_s);
    QVERIFY(search);
    QTest::keyClicks(search, typed);
    // The workspace is searched once typing pauses.
    QTest::qWait(QuoteSearchPanel::DebounceMs * 2);
    QCOMPARE(m_panel->resultCount(), results);
    QCOMPARE(m_panel->resultView()->model()->rowCount(), results);
    if (typed == u"Mensch"_s) {
        QCOMPARE(m_panel->resultView()->model()->index(0, WorkspaceQuoteModel::SpeakerColumn).data().toString(),
                 u"Arthur Mensch"_s);
    }
}

void QuoteSearchPanelTest::testPersonCompletion()
{
    QLineEdit *person = field(u"Filter by person"_s);
    QVERIFY(person && person->completer());
    person->completer()->setCompletionPrefix(u"pres"_s);
    QCOMPARE(person->completer()->currentCompletion(), u"President of Microsoft"_s);
    QTest::keyClicks(person, u"President of Microsoft"_s);
    QTRY_COMPARE(m_panel->resultCount(), 2);
}

void QuoteSearchPanelTest::testClickChoosesQuote()
{
    QSignalSpy chosen(m_panel, &QuoteSearchPanel::quoteChosen);
    QTest::keyClicks(field(u"Search quotes"_s), u"too early"_s);
    QTRY_COMPARE(m_panel->resultCount(), 1);
    QTableView *view = m_panel->resultView();
    const QRect cell = view->visualRect(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!chosen.isEmpty());
    const Quote &quote = m_corpus.articles.at(0).quotes.at(3);
    QCOMPARE(chosen.constLast().at(0).toInt(), 1);
    QCOMPARE(chosen.constLast().at(1).toInt(), quote.start);
    QCOMPARE(chosen.constLast().at(2).toInt(), quote.end);
}

void QuoteSearchPanelTest::testShowQuoteClearsHidingFilter()
{
    QTest::keyClicks(field(u"Search quotes"_s), u"Brad Smith"_s);
    QTRY_COMPARE(m_panel->resultCount(), 2);
    const Quote &mensch = m_corpus.articles.at(0).quotes.at(1);
    m_panel->showQuote(1, mensch.start);
    const QModelIndex current = m_panel->resultView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(WorkspaceQuoteModel::SpeakerRole).toString(), u"Arthur Mensch"_s);
    QVERIFY(field(u"Search quotes"_s)->text().isEmpty());
}

void QuoteSearchPanelTest::testHighlightMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<int>>("starts");
    QTest::newRow("two-words") << u"Brad Smith said"_s << QStringList{u"smith"_s, u"brad"_s} << QList<int>{0, 5};
    QTest::newRow("overlapping-merge") << u"Menschen"_s << QStringList{u"Mensch"_s, u"schen"_s} << QList<int>{0};
    QTest::newRow("none") << u"It is too early"_s << QStringList{u"late"_s} << QList<int>{};
}

void QuoteSearchPanelTest::testHighlightMatches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QList<int> starts;
    for (const auto &match : HighlightDelegate::matches(text, words)) {
        starts.append(match.first);
    }
    QTEST(starts, "starts");
}

void QuoteSearchPanelTest::testWorkspaceFirstPageThenScroll()
{
    WorkspaceQuoteModel model;
    // No model tester here: it fetches more on every change, and what is fetched when is under test.
    auto panel = workspacePanel(model, false);
    QVERIFY(panel);
    QCOMPARE(shownCount(*panel), 450);
    QCOMPARE(panel->resultCount(), LanternWorkspace::QuoteCount);
    QTableView *view = panel->resultView();
    QCOMPARE(view->model()->rowCount(), WorkspaceQuoteModel::PageSize);
    QCOMPARE(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(0));
    // Scrolling to the end of what is there brings the next page.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_COMPARE(view->model()->rowCount(), 2 * WorkspaceQuoteModel::PageSize);
    QCOMPARE(shownCount(*panel), 450);
}

void QuoteSearchPanelTest::testWorkspaceSearchRanksAndHighlights()
{
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    QTableView *view = panel->resultView();
    panel->setSearchText(u"zeppelin"_s);
    QCOMPARE(shownCount(*panel), 1);
    // The quote gets the room, as in the corpus mode.
    QVERIFY(view->columnWidth(WorkspaceQuoteModel::QuoteColumn) >
            2 * view->columnWidth(WorkspaceQuoteModel::SpeakerColumn));
    QCOMPARE(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(420));
    // The matched word is painted in the highlight colour.
    QTest::qWait(20);
    const QImage image = view->viewport()->grab().toImage();
    const QRect cell = view->visualRect(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn));
    bool lit = false;
    for (int x = cell.left(); x < cell.right() && !lit; ++x) {
        lit = image.pixelColor(x * image.width() / view->viewport()->width(),
                               cell.center().y() * image.height() / view->viewport()->height()) ==
              QColor(0xff, 0xe0, 0x66);
    }
    QVERIFY(lit);

    // Rank order, not date order: quote 400 says "kestrel" three times, quote 7 once.
    panel->setSearchText(u"kestrel"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(400));
    // A header click sorts what is shown; the next search is in rank order again.
    view->sortByColumn(WorkspaceQuoteModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(7));
    panel->setSearchText(u"kestrel tower"_s);
    panel->setSearchText(u"kestrel"_s);
    QCOMPARE(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(400));

    panel->setSearchText(u"harbour"_s);
    QCOMPARE(shownCount(*panel), 448);
}

void QuoteSearchPanelTest::testWorkspacePersonInBothModes_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("browseCount");
    QTest::addColumn<int>("searchCount");
    // Quote 420 (Smith's) and 400 (Okonkwo's) are not about the harbour.
    QTest::newRow("surname") << u"smith"_s << u"Brad Smith"_s << 150 << 149;
    QTest::newRow("full-name") << u"brad smith"_s << u"Brad Smith"_s << 150 << 149;
    QTest::newRow("role") << u"CEO"_s << u"Tomas Reyes"_s << 150 << 150;
    QTest::newRow("place-in-role") << u"Dunmore"_s << u"Maria Okonkwo"_s << 150 << 149;
}

void QuoteSearchPanelTest::testWorkspacePersonInBothModes()
{
    QFETCH(QString, person);
    QFETCH(QString, speaker);
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    QAbstractItemModel *shown = panel->resultView()->model();
    panel->setPerson(person);
    QTEST(shownCount(*panel), "browseCount");
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, WorkspaceQuoteModel::SpeakerColumn).data().toString(), speaker);
    }
    panel->setSearchText(u"harbour"_s);
    QTEST(shownCount(*panel), "searchCount");
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, WorkspaceQuoteModel::SpeakerColumn).data().toString(), speaker);
    }
}

void QuoteSearchPanelTest::testWorkspaceTypingIsDebounced()
{
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    QSignalSpy queries(&model, &QAbstractItemModel::modelReset);
    QTest::keyClicks(fieldOf(*panel, u"Search quotes"_s), u"zeppelin"_s);
    // Nothing searched while typing...
    QCOMPARE(queries.size(), 0);
    QCOMPARE(shownCount(*panel), 450);
    // ...then one query for the whole word.
    QTRY_COMPARE(shownCount(*panel), 1);
    QCOMPARE(queries.size(), 1);
    QTest::keyClicks(fieldOf(*panel, u"Filter by person"_s), u"Okonkwo"_s);
    QTRY_COMPARE(shownCount(*panel), 0);
    QCOMPARE(queries.size(), 2);
}

void QuoteSearchPanelTest::testWorkspaceQuoteChosenCarriesArticleId()
{
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    QSignalSpy chosen(panel.get(), &QuoteSearchPanel::quoteChosen);
    panel->setSearchText(u"zeppelin"_s);
    QTableView *view = panel->resultView();
    const QRect cell = view->visualRect(view->model()->index(0, WorkspaceQuoteModel::QuoteColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!chosen.isEmpty());
    const int article = chosen.constLast().at(0).toInt();
    QCOMPARE(article, LanternWorkspace::articleId(*m_workspace, m_dir, 420 / LanternWorkspace::QuotesPerArticle));
    const int start = chosen.constLast().at(1).toInt();
    const int end = chosen.constLast().at(2).toInt();
    QCOMPARE(m_workspace->article(article)->text.mid(start, end - start), LanternWorkspace::quoteText(420));
}

void QuoteSearchPanelTest::testWorkspaceShowQuote()
{
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    const int article = LanternWorkspace::articleId(*m_workspace, m_dir, 3);
    const QString text = m_workspace->article(article)->text;
    const int start = int(text.indexOf(LanternWorkspace::quoteText(16)));
    QVERIFY(start > 0);
    panel->showQuote(article, start);
    const QModelIndex current = panel->resultView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(16));
    // No quote there: nothing changes.
    panel->showQuote(article, start + 1);
    QCOMPARE(panel->resultView()->currentIndex(), current);

    // A quote past the first page, hidden by a search: the search is cleared and the list reads on to it.
    panel->setSearchText(u"kestrel"_s);
    const int late = LanternWorkspace::articleId(*m_workspace, m_dir, 84);
    const int lateStart = int(m_workspace->article(late)->text.indexOf(LanternWorkspace::quoteText(420)));
    panel->showQuote(late, lateStart);
    QVERIFY(fieldOf(*panel, u"Search quotes"_s)->text().isEmpty());
    QCOMPARE(shownCount(*panel), LanternWorkspace::QuoteCount);
    const QModelIndex shown = panel->resultView()->currentIndex();
    QCOMPARE(shown.siblingAtColumn(WorkspaceQuoteModel::QuoteColumn).data().toString(),
             LanternWorkspace::quoteText(420));
}

void QuoteSearchPanelTest::testWorkspaceTypedSyntaxNeverErrors_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("and") << u"AND"_s;
    QTest::newRow("quote-mark") << u"\""_s;
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("near") << u"NEAR("_s;
    QTest::newRow("unclosed-phrase") << u"\"zeppelin"_s;
    QTest::newRow("column") << u"speaker:smith"_s;
}

void QuoteSearchPanelTest::testWorkspaceTypedSyntaxNeverErrors()
{
    QFETCH(QString, typed);
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    panel->setSearchText(typed);
    panel->setPerson(typed);
    QVERIFY2(m_workspace->lastError().isEmpty(), qPrintable(m_workspace->lastError()));
    QVERIFY(shownCount(*panel) >= 0);
}

void QuoteSearchPanelTest::testCompletionFollowsTheWorkspace()
{
    WorkspaceQuoteModel model;
    auto panel = workspacePanel(model);
    QVERIFY(panel);
    QCompleter *completer = fieldOf(*panel, u"Filter by person"_s)->completer();
    const QStringList names = static_cast<QStringListModel *>(completer->model())->stringList();
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(u"CEO of Brightwater Mills"_s));
    completer->setCompletionPrefix(u"okon"_s);
    QCOMPARE(completer->currentCompletion(), u"Maria Okonkwo"_s);

    // Another workspace's quotes: its own speakers complete, and typing searches it.
    m_workspaceTester.reset();
    panel->setModel(m_model);
    QVERIFY(static_cast<QStringListModel *>(completer->model())->stringList().contains(u"Arthur Mensch"_s));
    QTest::keyClicks(fieldOf(*panel, u"Search quotes"_s), u"Mensch"_s);
    QTRY_COMPARE(panel->resultCount(), 1);
    QCOMPARE(panel->model(), m_model);
}

QTEST_MAIN(QuoteSearchPanelTest)
void QuoteSearchPanelTest::testToolTipShowsTitleAsWritten()
{
    // A title in a workspace someone handed over, written to look like markup: the tooltip shows it as written.
    const QString title = u"<b style=\"color:red;font-size:30px\">Harbour</b><img src=\"/tmp/x.png\"> &amp; more"_s;
    const QString path = m_dir.filePath(u"handed-over.newsline"_s);
    QVERIFY(CraftedWorkspace::make(path, 2));
    QCOMPARE(CraftedWorkspace::alter(path, {u"UPDATE articles SET title = '%1'"_s.arg(title)}), QString());
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceQuoteModel model;
    model.setWorkspace(workspace.get());
    QuoteSearchPanel panel;
    panel.setModel(&model);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *view = panel.resultView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex index = view->model()->index(0, WorkspaceQuoteModel::ArticleColumn);
    QCOMPARE(index.data().toString(), title);
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString shown = QToolTip::text();
    QTextDocument document;
    if (Qt::mightBeRichText(shown)) {
        document.setHtml(shown);
    } else {
        document.setPlainText(shown);
    }
    QCOMPARE(document.toPlainText().simplified(), title);
    QToolTip::hideText();
}

#include "quotesearchpaneltest.moc"
