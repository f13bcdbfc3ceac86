#include "articlesearchpanel.h"

#include "dateformat.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include "lanternworkspace.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ArticleSearchPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testNoWorkspaceSaysHowToMakeOne();
    void testEmptyQueryShowsNoRows();
    void testHitShowsTitleDateSourceAndSnippet();
    void testChoosingAHitCarriesItsId();
    void testNoHitSaysSo();
    void testTypingIsDebouncedEnterIsNot();
    void testTypedSyntaxNeverErrors_data();
    void testTypedSyntaxNeverErrors();
    void testArticleTextIsNeverMarkup();
    void testSnippetHtml_data();
    void testDownGoesToTheHits();
    void testRefreshAfterImport();
    void testMoreHitsThanListedSaysHowMany();
    void testSnippetHtml();

private:
    [[nodiscard]] QLineEdit *searchField() const;
    [[nodiscard]] QString countText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ArticleSearchPanel *m_panel = nullptr;
};

void ArticleSearchPanelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = LanternWorkspace::create(m_dir);
    QVERIFY(m_workspace);
}

void ArticleSearchPanelTest::init()
{
    m_panel = new ArticleSearchPanel;
    m_panel->resize(500, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void ArticleSearchPanelTest::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QLineEdit *ArticleSearchPanelTest::searchField() const
{
    return m_panel->findChild<QLineEdit *>();
}

QString ArticleSearchPanelTest::countText() const
{
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u"article"_s) && !label->buddy() && label->isVisible() && !label->wordWrap()) {
            return label->text();
        }
    }
    return {};
}

void ArticleSearchPanelTest::testNoWorkspaceSaysHowToMakeOne()
{
    QVERIFY2(m_panel->emptyMessage().contains(u"Save Workspace As"_s), qPrintable(m_panel->emptyMessage()));
    QVERIFY(!m_panel->resultView()->isVisible());
    m_panel->search(u"kiln"_s);
    QCOMPARE(m_panel->resultCount(), 0);
    QVERIFY(m_panel->emptyMessage().contains(u"workspace"_s));
    // Once there is one, the message is gone.
    m_panel->setWorkspace(m_workspace.get());
    QVERIFY(!m_panel->emptyMessage().contains(u"Save Workspace As"_s));
    m_panel->setWorkspace(nullptr);
    QVERIFY(m_panel->emptyMessage().contains(u"Save Workspace As"_s));
}

void ArticleSearchPanelTest::testEmptyQueryShowsNoRows()
{
    m_panel->setWorkspace(m_workspace.get());
    m_panel->search(QString());
    QCOMPARE(m_panel->resultCount(), 0);
    QVERIFY(!m_panel->emptyMessage().isEmpty());
    m_panel->search(u"   "_s);
    QCOMPARE(m_panel->resultCount(), 0);
    QCOMPARE(countText(), QString());
}

void ArticleSearchPanelTest::testHitShowsTitleDateSourceAndSnippet()
{
    m_panel->setWorkspace(m_workspace.get());
    m_panel->search(u"copper kiln"_s);
    QCOMPARE(m_panel->resultCount(), 1);
    QVERIFY(m_panel->emptyMessage().isEmpty());
    QVERIFY(m_panel->resultView()->isVisible());
    QVERIFY2(countText().startsWith(u"1 "_s), qPrintable(countText()));
    const QModelIndex hit = m_panel->resultView()->model()->index(0, 0);
    QCOMPARE(hit.data().toString(), LanternWorkspace::articleTitle(42));
    const QString details = hit.data(ArticleSearchPanel::DetailsRole).toString();
    QVERIFY2(details.contains(DateFormat::day(LanternWorkspace::published(42))), qPrintable(details));
    QVERIFY2(details.contains(u"The Harbour Gazette"_s), qPrintable(details));
    const QString snippet = hit.data(ArticleSearchPanel::SnippetRole).toString();
    QVERIFY2(snippet.contains(ArticleSearchPanel::SnippetOpen + u"kiln"_s + ArticleSearchPanel::SnippetClose),
             qPrintable(snippet));
    QVERIFY(snippet.contains(ArticleSearchPanel::SnippetOpen + u"copper"_s + ArticleSearchPanel::SnippetClose));
    // Each hit is drawn tall enough for its title, details and snippet.
    QVERIFY(m_panel->resultView()->visualRect(hit).height() > 2 * m_panel->fontMetrics().height());
}

void ArticleSearchPanelTest::testChoosingAHitCarriesItsId()
{
    m_panel->setWorkspace(m_workspace.get());
    QSignalSpy chosen(m_panel, &ArticleSearchPanel::articleChosen);
    m_panel->search(u"Kiln"_s);
    QCOMPARE(m_panel->resultCount(), 1);
    QListView *view = m_panel->resultView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(chosen.constLast().at(0).toInt(), LanternWorkspace::articleId(*m_workspace, m_dir, 42));
    QCOMPARE(chosen.constLast().at(1).toStringList(), QStringList{u"Kiln"_s});

    // Enter in the field goes to the best hit.
    chosen.clear();
    m_panel->search(u"lantern report 17"_s);
    QVERIFY(m_panel->resultCount() >= 1);
    QTest::keyClick(searchField(), Qt::Key_Return);
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(chosen.constLast().at(0).toInt(), LanternWorkspace::articleId(*m_workspace, m_dir, 17));
}

void ArticleSearchPanelTest::testNoHitSaysSo()
{
    m_panel->setWorkspace(m_workspace.get());
    m_panel->search(u"submarine"_s);
    QCOMPARE(m_panel->resultCount(), 0);
    QVERIFY2(m_panel->emptyMessage().contains(u"submarine"_s), qPrintable(m_panel->emptyMessage()));
    QVERIFY(!m_panel->resultView()->isVisible());
}

void ArticleSearchPanelTest::testTypingIsDebouncedEnterIsNot()
{
    m_panel->setWorkspace(m_workspace.get());
    QTest::keyClicks(searchField(), u"kiln"_s);
    QCOMPARE(m_panel->resultCount(), 0);
    QTRY_COMPARE(m_panel->resultCount(), 1);
    QCOMPARE(m_panel->searchText(), u"kiln"_s);

    searchField()->clear();
    QTest::keyClicks(searchField(), u"zeppelin"_s);
    QTest::keyClick(searchField(), Qt::Key_Return);
    QCOMPARE(m_panel->searchText(), u"zeppelin"_s);
    QCOMPARE(m_panel->resultCount(), 1);
}

void ArticleSearchPanelTest::testTypedSyntaxNeverErrors_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("findsKiln");
    QTest::newRow("and") << u"kiln AND"_s << false;
    QTest::newRow("lone-quote-mark") << u"\""_s << false;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("near") << u"NEAR(kiln"_s << false;
    QTest::newRow("unclosed-phrase") << u"\"copper kiln"_s << true;
    QTest::newRow("prefix") << u"kil*"_s << true;
    QTest::newRow("column") << u"title:kiln"_s << false;
    QTest::newRow("minus") << u"-kiln"_s << true;
}

void ArticleSearchPanelTest::testTypedSyntaxNeverErrors()
{
    QFETCH(QString, typed);
    QFETCH(bool, findsKiln);
    m_panel->setWorkspace(m_workspace.get());
    m_panel->search(typed);
    QVERIFY2(m_workspace->lastError().isEmpty(), qPrintable(m_workspace->lastError()));
    QVERIFY(!m_panel->emptyMessage().contains(u"error"_s, Qt::CaseInsensitive));
    if (findsKiln) {
        QCOMPARE(m_panel->resultCount(), 1);
        QCOMPARE(m_panel->resultView()->model()->index(0, 0).data().toString(), LanternWorkspace::articleTitle(42));
    }
}

void ArticleSearchPanelTest::testArticleTextIsNeverMarkup()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"markup.txt"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("---\ntitle: <b>Bold</b> & brash\n---\nThe <img src=x> tag and <i>italics</i> are text "
                  "about the pelican.\n");
    }
    QString error;
    auto workspace = Workspace::create(dir.filePath(u"markup.newsline"_s), &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({file}).added, 1);
    m_panel->setWorkspace(workspace.get());
    m_panel->search(u"pelican"_s);
    QCOMPARE(m_panel->resultCount(), 1);
    const QModelIndex hit = m_panel->resultView()->model()->index(0, 0);
    QCOMPARE(hit.data().toString(), u"<b>Bold</b> & brash"_s);
    QVERIFY(hit.data(ArticleSearchPanel::SnippetRole).toString().contains(u"<img src=x>"_s));
    // Painting it does not turn the text into markup (nothing to assert on pixels but that it draws).
    QVERIFY(!m_panel->resultView()->viewport()->grab().isNull());
    m_panel->setWorkspace(nullptr);
}

void ArticleSearchPanelTest::testDownGoesToTheHits()
{
    m_panel->setWorkspace(m_workspace.get());
    QSignalSpy chosen(m_panel, &ArticleSearchPanel::articleChosen);
    m_panel->focusSearch();
    QTest::keyClicks(searchField(), u"kiln"_s);
    QTest::keyClick(searchField(), Qt::Key_Down);
    QCOMPARE(m_panel->resultCount(), 1);
    QCOMPARE(m_panel->resultView()->currentIndex().row(), 0);
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(chosen.constLast().at(0).toInt(), LanternWorkspace::articleId(*m_workspace, m_dir, 42));
}

void ArticleSearchPanelTest::testRefreshAfterImport()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::create(dir.filePath(u"grows.newsline"_s), &error);
    QVERIFY2(workspace, qPrintable(error));
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? file.fileName() : QString();
    };
    QCOMPARE(
        WorkspaceImporter(*workspace).importFiles({write(u"a.txt"_s, "The pelican colony grew at Pellham.\n")}).added,
        1);
    m_panel->setWorkspace(workspace.get());
    m_panel->search(u"pelican"_s);
    QCOMPARE(m_panel->resultCount(), 1);
    QCOMPARE(WorkspaceImporter(*workspace)
                 .importFiles({write(u"b.txt"_s, "A second pelican was seen at the quay.\n")})
                 .added,
             1);
    m_panel->refresh();
    QCOMPARE(m_panel->resultCount(), 2);
    m_panel->setWorkspace(nullptr);
}

void ArticleSearchPanelTest::testMoreHitsThanListedSaysHowMany()
{
    QTemporaryDir dir;
    const int count = ArticleSearchPanel::ResultLimit + 10;
    for (int i = 0; i < count; ++i) {
        QFile file(dir.filePath(u"in/pelican-%1.txt"_s.arg(i)));
        QVERIFY(QDir().mkpath(dir.filePath(u"in"_s)) && file.open(QIODevice::WriteOnly));
        file.write("Pelican sighting number " + QByteArray::number(i) + " at the Pellham quay.\n");
    }
    QString error;
    auto workspace = Workspace::create(dir.filePath(u"pelicans.newsline"_s), &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({dir.filePath(u"in"_s)}).added, count);
    m_panel->setWorkspace(workspace.get());
    m_panel->search(u"pelican"_s);
    QCOMPARE(m_panel->resultCount(), int(ArticleSearchPanel::ResultLimit));
    QCOMPARE(m_panel->matchCount(), count);
    QVERIFY2(countText().startsWith(QString::number(count) + u' '), qPrintable(countText()));
    QVERIFY2(countText().contains(QString::number(ArticleSearchPanel::ResultLimit)), qPrintable(countText()));
    m_panel->search(u"sighting 17"_s);
    QCOMPARE(m_panel->matchCount(), m_panel->resultCount());
    m_panel->setWorkspace(nullptr);
}

void ArticleSearchPanelTest::testSnippetHtml_data()
{
    const QChar open = ArticleSearchPanel::SnippetOpen;
    const QChar close = ArticleSearchPanel::SnippetClose;
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QStringList>("emphasised");
    QTest::newRow("one-match") << u"the "_s + open + u"pelican"_s + close + u" flew"_s << u"the pelican flew"_s
                               << QStringList{u"pelican"_s};
    QTest::newRow("markup-in-text") << u"<img src=x> & "_s + open + u"<b>"_s + close << u"<img src=x> & <b>"_s
                                    << QStringList{u"<b>"_s};
    QTest::newRow("stray-close") << u"a"_s + close + u"b"_s << u"ab"_s << QStringList{};
    QTest::newRow("unclosed-open") << u"a"_s + open + u"b"_s << u"ab"_s << QStringList{u"b"_s};
    QTest::newRow("two-matches") << open + u"x"_s + close + u" y "_s + open + u"z"_s + close << u"x y z"_s
                                 << QStringList{u"x"_s, u"z"_s};
}

void ArticleSearchPanelTest::testSnippetHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, plain);
    QFETCH(QStringList, emphasised);
    const QColor background(0xffe066);
    QTextDocument document;
    document.setHtml(ArticleSearchPanel::snippetHtml(snippet, background, Qt::black));
    // The reader sees the text as written, markup characters and all, without the markers.
    QCOMPARE(document.toPlainText(), plain);
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().background().color() == background) {
                QVERIFY(fragment.charFormat().fontWeight() > QFont::Normal);
                found.append(fragment.text());
            }
        }
    }
    QCOMPARE(found, emphasised);
}

QTEST_MAIN(ArticleSearchPanelTest)
#include "articlesearchpaneltest.moc"
