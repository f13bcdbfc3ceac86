#include "workspacequotemodel.h"
#include "dateformat.h"
#include "lanternworkspace.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;
namespace Lantern = Newsline::LanternWorkspace;

class WorkspaceQuoteModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testPagesAreFetchedOnDemand();
    void testBrowseShowsEveryQuoteInDateOrder();
    void testSearchKeepsRankOrder();
    void testPersonInBothModes_data();
    void testPersonInBothModes();
    void testPersonMatchesNobody_data();
    void testPersonMatchesNobody();
    void testTypedSyntaxNeverErrors_data();
    void testTypedSyntaxNeverErrors();
    void testRowOf();
    void testFetchUntil();
    void testSpeakersAndRoles();
    void testNoWorkspace();
    void testReloadAfterImport();

private:
    // Quotes of the fixture whose speaker is the one at speakers[index] and whose words contain word (all if empty).
    static int expectedCount(int speaker, const QString &word);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void WorkspaceQuoteModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = Lantern::create(m_dir);
    QVERIFY(m_workspace);
    QCOMPARE(m_workspace->quoteCount(), Lantern::QuoteCount);
}

int WorkspaceQuoteModelTest::expectedCount(int speaker, const QString &word)
{
    int count = 0;
    for (int n = 0; n < Lantern::QuoteCount; ++n) {
        if ((speaker < 0 || n % 3 == speaker) && Lantern::quoteText(n).contains(word, Qt::CaseInsensitive)) {
            ++count;
        }
    }
    return count;
}

void WorkspaceQuoteModelTest::testPagesAreFetchedOnDemand()
{
    // No tester on this one: QAbstractItemModelTester itself calls fetchMore() on every change, which would hide
    // what a view sees. The other tests attach one.
    WorkspaceQuoteModel model;
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), WorkspaceQuoteModel::PageSize);
    QCOMPARE(model.totalCount(), Lantern::QuoteCount);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * WorkspaceQuoteModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Lantern::QuoteCount);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Lantern::QuoteCount);
}

void WorkspaceQuoteModelTest::testBrowseShowsEveryQuoteInDateOrder()
{
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), Lantern::QuoteCount);
    QCOMPARE(model.columnCount(), int(WorkspaceQuoteModel::ColumnCount));
    for (int n : {0, 7, 199, 200, 420, Lantern::QuoteCount - 1}) {
        const int article = n / Lantern::QuotesPerArticle;
        const Lantern::Speaker &speaker = Lantern::speakers.at(std::size_t(n % 3));
        QCOMPARE(model.index(n, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(n));
        QCOMPARE(model.index(n, WorkspaceQuoteModel::SpeakerColumn).data().toString(), QString::fromUtf8(speaker.name));
        QCOMPARE(model.index(n, WorkspaceQuoteModel::RoleColumn).data().toString(), QString::fromUtf8(speaker.role));
        QCOMPARE(model.index(n, WorkspaceQuoteModel::DateColumn).data().toString(),
                 DateFormat::day(Lantern::published(article)));
        QCOMPARE(model.index(n, WorkspaceQuoteModel::ArticleColumn).data().toString(), Lantern::articleTitle(article));
        QCOMPARE(model.index(n, 0).data(WorkspaceQuoteModel::ArticleRole).toInt(),
                 Lantern::articleId(*m_workspace, m_dir, article));
        QCOMPARE(model.index(n, 0).data(WorkspaceQuoteModel::PublishedRole).toDate(), Lantern::published(article));
        QVERIFY(model.index(n, 0).data(WorkspaceQuoteModel::EndRole).toInt() >
                model.index(n, 0).data(WorkspaceQuoteModel::StartRole).toInt());
        QVERIFY(model.index(n, 0).data(WorkspaceQuoteModel::SnippetRole).toString().isEmpty());
    }
    QCOMPARE(model.headerData(WorkspaceQuoteModel::QuoteColumn, Qt::Horizontal).toString(), u"Quote"_s);
    QVERIFY(!model.isSearch());
}

void WorkspaceQuoteModelTest::testSearchKeepsRankOrder()
{
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());

    model.setQuery(u"zeppelin"_s, {});
    QVERIFY(model.isSearch());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(420));
    const QString snippet = model.index(0, 0).data(WorkspaceQuoteModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(WorkspaceQuoteModel::SnippetOpen + u"zeppelin"_s + WorkspaceQuoteModel::SnippetClose),
             qPrintable(snippet));

    // Quote 400 says "kestrel" three times in ten words, quote 7 once in seventeen: 400 ranks first although it is
    // later by date.
    model.setQuery(u"Kestrel"_s, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(400));
    QCOMPARE(model.index(1, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(7));
    QVERIFY(model.index(0, 0).data(WorkspaceQuoteModel::RankRole).toDouble() <
            model.index(1, 0).data(WorkspaceQuoteModel::RankRole).toDouble());

    // More matches than a search keeps: the best are shown, the count says how many there are.
    model.setQuery(u"harbour"_s, {});
    QCOMPARE(model.rowCount(), std::min(expectedCount(-1, u"harbour"_s), int(WorkspaceQuoteModel::SearchLimit)));
    QCOMPARE(model.totalCount(), expectedCount(-1, u"harbour"_s));
    QVERIFY(!model.canFetchMore({}));

    // Clearing the words goes back to browsing every quote.
    model.setQuery({}, {});
    QVERIFY(!model.isSearch());
    QCOMPARE(model.totalCount(), Lantern::QuoteCount);
}

void WorkspaceQuoteModelTest::testPersonInBothModes_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("speaker");
    QTest::newRow("surname") << u"smith"_s << 0;
    QTest::newRow("full-name") << u"Brad Smith"_s << 0;
    QTest::newRow("lower-full-name") << u"brad smith"_s << 0;
    QTest::newRow("shouted") << u"SMITH"_s << 0;
    QTest::newRow("name-being-typed") << u"Okonk"_s << 1;
    QTest::newRow("role-title") << u"CEO"_s << 2;
    QTest::newRow("role-with-organisation") << u"mayor of dunmore"_s << 1;
    QTest::newRow("organisation") << u"Brightwater"_s << 2;
    QTest::newRow("extra-spaces") << u"  Tomas   Reyes "_s << 2;
    QTest::newRow("accented") << u"Mária Okonkwo"_s << 1;
}

void WorkspaceQuoteModelTest::testPersonInBothModes()
{
    QFETCH(QString, person);
    QFETCH(int, speaker);
    const QString name = QString::fromUtf8(Lantern::speakers.at(std::size_t(speaker)).name);
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());

    model.setQuery({}, person);
    QCOMPARE(model.totalCount(), expectedCount(speaker, {}));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), expectedCount(speaker, {}));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(WorkspaceQuoteModel::SpeakerRole).toString(), name);
    }

    model.setQuery(u"harbour"_s, person);
    QVERIFY(model.isSearch());
    QCOMPARE(model.totalCount(), expectedCount(speaker, u"harbour"_s));
    QCOMPARE(model.rowCount(), expectedCount(speaker, u"harbour"_s));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(WorkspaceQuoteModel::SpeakerRole).toString(), name);
    }
}

void WorkspaceQuoteModelTest::testPersonMatchesNobody_data()
{
    QTest::addColumn<QString>("person");
    QTest::newRow("longer-name") << u"Smithers"_s;
    QTest::newRow("other-person") << u"Nadia Petrova"_s;
    QTest::newRow("name-and-wrong-role") << u"Smith mayor"_s;
    QTest::newRow("middle-of-a-word") << u"mith"_s;
}

void WorkspaceQuoteModelTest::testPersonMatchesNobody()
{
    QFETCH(QString, person);
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    model.setQuery({}, person);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(u"harbour"_s, person);
    QCOMPARE(model.rowCount(), 0);
}

void WorkspaceQuoteModelTest::testTypedSyntaxNeverErrors_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lone-quote-mark") << u"\""_s << QString();
    QTest::newRow("lone-star") << u"*"_s << QString();
    QTest::newRow("unclosed-phrase") << u"\"zeppelin hangar"_s << Lantern::quoteText(420);
    QTest::newRow("and-operator") << u"zeppelin AND"_s << QString();
    QTest::newRow("near-operator") << u"NEAR(zeppelin"_s << QString();
    QTest::newRow("column-filter") << u"text:zeppelin"_s << QString();
    QTest::newRow("minus") << u"-zeppelin"_s << Lantern::quoteText(420);
    QTest::newRow("prefix") << u"zeppel*"_s << Lantern::quoteText(420);
    QTest::newRow("parentheses") << u"(zeppelin)"_s << Lantern::quoteText(420);
    QTest::newRow("apostrophe") << u"harbour's"_s << QString();
}

void WorkspaceQuoteModelTest::testTypedSyntaxNeverErrors()
{
    QFETCH(QString, words);
    QFETCH(QString, expected);
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    model.setQuery(words, u"smith"_s);
    QVERIFY2(m_workspace->lastError().isEmpty(), qPrintable(m_workspace->lastError()));
    if (!expected.isEmpty()) {
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, WorkspaceQuoteModel::QuoteColumn).data().toString(), expected);
    }
}

void WorkspaceQuoteModelTest::testRowOf()
{
    WorkspaceQuoteModel model;
    model.setWorkspace(m_workspace.get());
    QAbstractItemModelTester tester(&model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    const QModelIndex quote = model.index(301, 0);
    const int article = quote.data(WorkspaceQuoteModel::ArticleRole).toInt();
    const int start = quote.data(WorkspaceQuoteModel::StartRole).toInt();
    QCOMPARE(model.rowOf(article, start), 301);
    QCOMPARE(model.rowOf(article, start + 1), -1);
    QCOMPARE(model.rowOf(-1, start), -1);

    // Not fetched yet: not found, until a page brings it.
    WorkspaceQuoteModel lazy;
    lazy.setWorkspace(m_workspace.get());
    QCOMPARE(lazy.rowOf(article, start), -1);
    lazy.fetchMore({});
    QCOMPARE(lazy.rowOf(article, start), 301);
}

void WorkspaceQuoteModelTest::testFetchUntil()
{
    const int article = Lantern::articleId(*m_workspace, m_dir, 420 / Lantern::QuotesPerArticle);
    const int start = int(m_workspace->article(article)->text.indexOf(Lantern::quoteText(420)));
    QVERIFY(start > 0);

    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.fetchUntil(article, start), 420);
    QCOMPARE(model.index(420, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(420));
    QCOMPARE(model.rowCount(), Lantern::QuoteCount);
    QCOMPARE(model.fetchUntil(article, start + 1), -1);

    // Brad Smith's quotes are every third: quote 420 is his 141st.
    model.setQuery({}, u"smith"_s);
    QCOMPARE(model.fetchUntil(article, start), 140);
    QCOMPARE(model.index(140, WorkspaceQuoteModel::QuoteColumn).data().toString(), Lantern::quoteText(420));
    // Not a quote of the person, nor of a search's rows.
    model.setQuery({}, u"okonkwo"_s);
    QCOMPARE(model.fetchUntil(article, start), -1);
    model.setQuery(u"kestrel"_s, {});
    QCOMPARE(model.fetchUntil(article, start), -1);
    QCOMPARE(model.rowCount(), 2);
}

void WorkspaceQuoteModelTest::testSpeakersAndRoles()
{
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.speakersAndRoles().isEmpty());
    model.setWorkspace(m_workspace.get());
    const QStringList expected{u"Brad Smith"_s,    u"CEO of Brightwater Mills"_s, u"chief executive of Quillfeather"_s,
                               u"Maria Okonkwo"_s, u"mayor of Dunmore"_s,         u"Tomas Reyes"_s};
    QCOMPARE(model.speakersAndRoles(), expected);
}

void WorkspaceQuoteModelTest::testNoWorkspace()
{
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    model.setQuery(u"zeppelin"_s, {});
    QCOMPARE(model.rowCount(), 1);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void WorkspaceQuoteModelTest::testReloadAfterImport()
{
    QTemporaryDir dir;
    auto workspace = Lantern::create(dir, 2);
    QVERIFY(workspace);
    WorkspaceQuoteModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(workspace.get());
    model.setQuery(u"Shipment"_s, u"smith"_s);
    const int before = model.totalCount();
    QVERIFY(before > 0);

    QVERIFY(Lantern::writeArticles(dir.filePath(u"more"_s), 4));
    QFile::remove(dir.filePath(u"more/"_s + Lantern::fileName(0)));
    QFile::remove(dir.filePath(u"more/"_s + Lantern::fileName(1)));
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({dir.filePath(u"more"_s)}).added, 2);
    QCOMPARE(model.totalCount(), before);
    model.reload();
    QVERIFY(model.totalCount() > before);
    QCOMPARE(model.words(), u"Shipment"_s);
    QCOMPARE(model.person(), u"smith"_s);
}

QTEST_GUILESS_MAIN(WorkspaceQuoteModelTest)
#include "workspacequotemodeltest.moc"
