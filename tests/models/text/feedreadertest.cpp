#include "feedreader.h"
#include "articlereader.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSLINE_TEST_DATA) + u"/formats/"_s + name;
}

} // namespace

class FeedReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testItems_data();
    void testItems();
    void testItemWithoutText();
    void testErrorCount();
    void testBadFeeds_data();
    void testBadFeeds();
    void testImportStoresEachItem();
};

void FeedReaderTest::testItems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dimmed");

    QTest::newRow("rss-description-html")
        << u"deals.rss"_s << 0 << u"Quillon Systems acquires Nettlefield for $310 million"_s << u"Meridian Tech Wire"_s
        << QDate(2024, 7, 8) << u"https://meridian.example/2024/07/quillon-nettlefield"_s
        << u"Quillon Systems said on Monday it would acquire Nettlefield, a maker of payroll software, for $310 "
           u"million in cash.\n\nThe deal is expected to close in the fourth quarter."_s
        << QString();
    QTest::newRow("rss-content-encoded-over-description")
        << u"deals.rss"_s << 1 << u"Harrow Robotics and Pell Institute form research partnership"_s
        << u"Meridian Tech Wire"_s << QDate(2024, 7, 9) << u"https://meridian.example/2024/07/harrow-pell"_s
        << u"Harrow Robotics and the Pell Institute announced a five-year research partnership on Tuesday.\n\nShare\n\n"
           u"Harrow will fund the work with 12 million euros, the institute said."_s
        << u"Share"_s;
    QTest::newRow("atom-html-content") << u"deals.atom"_s << 0
                                       << u"Pellucid Energy invests £75 million in Sorrel Wind"_s
                                       << u"Northgate Finance Journal"_s << QDate(2025, 2, 3)
                                       << u"https://northgate.example/pellucid-sorrel"_s
                                       << u"Pellucid Energy will invest £75 million in Sorrel Wind, the two companies "
                                          u"said on Monday.\n\nSorrel plans six offshore farms."_s
                                       << QString();
    QTest::newRow("atom-text-summary-updated-date")
        << u"deals.atom"_s << 1 << u"Corvid Health names new chief"_s << u"Northgate Finance Journal"_s
        << QDate(2025, 1, 30) << u"https://northgate.example/corvid"_s
        << u"Corvid Health named Ines Falkner as chief executive on Thursday.\n\nShe joins from Brambling Care."_s
        << QString();
}

void FeedReaderTest::testItems()
{
    QFETCH(QString, file);
    QFETCH(int, item);
    QFETCH(QString, dimmed);
    ArticleReader::Result result = ArticleReader().read(dataFile(file));
    QVERIFY2(result.article, qPrintable(result.error ? result.error->message() : QString()));
    const QList<Article> articles = result.takeArticles();
    QVERIFY(item < articles.size());
    const Article &article = articles.at(item);
    QTEST(article.title, "title");
    QTEST(article.source, "source");
    QTEST(article.published, "published");
    QTEST(article.url, "url");
    QTEST(article.text, "text");
    QCOMPARE(article.file, dataFile(file) + u'#' + QString::number(item + 1));
    if (!dimmed.isEmpty()) {
        const int at = int(article.text.indexOf(u"\n"_s + dimmed + u"\n"_s)) + 1;
        QVERIFY(article.isBoilerplate(TextSpan{at, at + int(dimmed.size())}));
    }
}

void FeedReaderTest::testItemWithoutText()
{
    ArticleReader::Result result = ArticleReader().read(dataFile(u"deals.rss"_s));
    QCOMPARE(result.takeArticles().size(), 2);
    QCOMPARE(result.itemErrors.size(), 1);
    // Named as its article would have been, FILE#N, like a file that could not be read.
    QCOMPARE(result.itemErrors.constFirst().message(),
             dataFile(u"deals.rss"_s) + u"#3: (\"Photo gallery: the week in pictures\") has no text"_s);
    QVERIFY(result.itemErrors.constFirst().isItem());
}

void FeedReaderTest::testErrorCount()
{
    // People are told how many files and how many feed items were refused, never a feed item counted as a file.
    const ReadError file{u"a.txt"_s, u"empty file"_s};
    const ReadError item{u"b.rss"_s, u"has no text"_s, 2};
    QVERIFY(!file.isItem());
    QCOMPARE(item.message(), u"b.rss#2: has no text"_s);
    QCOMPARE(ReadError::count({}), QString());
    // English plural forms come from the program's translation; without it the count reads "1 file(s)".
    QVERIFY(ReadError::count({file}).startsWith(u"1 file"_s));
    QVERIFY(ReadError::count({file, file}).startsWith(u"2 file"_s));
    QVERIFY(ReadError::count({item}).startsWith(u"1 feed item"_s));
    const QString both = ReadError::count({file, item, item});
    QVERIFY2(both.startsWith(u"1 file"_s) && both.contains(u" and 2 feed item"_s), qPrintable(both));
}

void FeedReaderTest::testBadFeeds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("tags-not-closed") << QByteArray("<rss><channel><item><title>T</title><description>x\n</channel>"
                                                   "</rss>")
                                     << u"line 2, column "_s;
    QTest::newRow("truncated") << QByteArray("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                             "<entry><title>Cut")
                               << u"line 2, column "_s;
    QTest::newRow("other-xml") << QByteArray("<settings><colour>blue</colour></settings>")
                               << u"not an RSS or Atom feed (its root element is <settings>)"_s;
    QTest::newRow("no-items") << QByteArray("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>")
                              << u"RSS feed holds no items"_s;
    QTest::newRow("not-xml") << QByteArray("Just a line of text.") << u"line 1, column "_s;
    QTest::newRow("no-item-has-text") << QByteArray(
                                             "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title>"
                                             "</entry><entry><title>B</title></entry></feed>")
                                      << u"none of the feed's 2 items has text"_s;
    QTest::newRow("only-item-has-no-text")
        << QByteArray("<rss version=\"2.0\"><channel><title>Quiet wire</title><item><title>Gallery</title></item>"
                      "</channel></rss>")
        << u"its only item (\"Gallery\") has no text"_s;
}

void FeedReaderTest::testBadFeeds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto result = ArticleReader().parse(bytes, u"news.xml"_s);
    QVERIFY(!result.article);
    QVERIFY(result.error);
    QVERIFY2(result.error->message().startsWith(u"news.xml: "_s), qPrintable(result.error->message()));
    QVERIFY2(result.error->reason.contains(reason), qPrintable(result.error->message()));
}

void FeedReaderTest::testImportStoresEachItem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"feeds.newsline"_s);
    QString error;
    const std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    {
        WorkspaceImporter importer(*workspace);
        const ImportResult first = importer.importFiles({dataFile(u"deals.rss"_s), dataFile(u"deals.atom"_s)});
        QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
        QCOMPARE(first.added, 4);
        QCOMPARE(first.errors.size(), 1);
        QVERIFY(first.errors.constFirst().isItem());
        QVERIFY(ReadError::count(first.errors).startsWith(u"1 feed item"_s));
        // The same feeds again store nothing twice.
        const ImportResult again = importer.importFiles({dataFile(u"deals.rss"_s), dataFile(u"deals.atom"_s)});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(workspace->articleCount(), 4);
    }
}

QTEST_GUILESS_MAIN(FeedReaderTest)
#include "feedreadertest.moc"
