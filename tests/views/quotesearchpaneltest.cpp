#include "quotesearchpanel.h"

#include "fixturecorpus.h"
#include "highlightdelegate.h"
#include "quotefiltermodel.h"
#include "quotelistmodel.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

private:
    QLineEdit *field(const QString &accessibleName) const;

    Corpus m_corpus;
    QuoteListModel *m_model = nullptr;
    QuoteSearchPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void QuoteSearchPanelTest::initTestCase()
{
    m_corpus = Fixture::sampleCorpus();
}

void QuoteSearchPanelTest::init()
{
    m_model = new QuoteListModel;
    m_model->setCorpus(&m_corpus);
    m_panel = new QuoteSearchPanel;
    m_panel->setModel(m_model);
    m_tester =
        new QAbstractItemModelTester(m_panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(800, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void QuoteSearchPanelTest::cleanup()
{
    delete m_tester;
    delete m_panel;
    delete m_model;
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
    QLineEdit *search = field(u"Search quotes"_s);
    QVERIFY(search);
    QTest::keyClicks(search, typed);
    QTEST(m_panel->resultCount(), "results");
    QTEST(m_panel->resultView()->model()->rowCount(), "results");
    if (typed == u"Mensch"_s) {
        QCOMPARE(m_panel->resultView()->model()->index(0, QuoteListModel::SpeakerColumn).data().toString(),
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
    QCOMPARE(m_panel->resultCount(), 2);
}

void QuoteSearchPanelTest::testClickChoosesQuote()
{
    QSignalSpy chosen(m_panel, &QuoteSearchPanel::quoteChosen);
    QTest::keyClicks(field(u"Search quotes"_s), u"too early"_s);
    QCOMPARE(m_panel->resultCount(), 1);
    QTableView *view = m_panel->resultView();
    const QRect cell = view->visualRect(view->model()->index(0, QuoteListModel::QuoteColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!chosen.isEmpty());
    const Quote &quote = m_corpus.articles.at(0).quotes.at(3);
    QCOMPARE(chosen.constLast().at(0).toInt(), 0);
    QCOMPARE(chosen.constLast().at(1).toInt(), quote.start);
    QCOMPARE(chosen.constLast().at(2).toInt(), quote.end);
}

void QuoteSearchPanelTest::testShowQuoteClearsHidingFilter()
{
    QTest::keyClicks(field(u"Search quotes"_s), u"Brad Smith"_s);
    const Quote &mensch = m_corpus.articles.at(0).quotes.at(1);
    m_panel->showQuote(0, mensch.start);
    const QModelIndex current = m_panel->resultView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(QuoteListModel::SpeakerRole).toString(), u"Arthur Mensch"_s);
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

QTEST_MAIN(QuoteSearchPanelTest)
#include "quotesearchpaneltest.moc"
