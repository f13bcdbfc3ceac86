#include "htmlreader.h"
#include "articlereader.h"
#include "corpusloader.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSLINE_TEST_DATA) + u"/formats/"_s + name;
}

// The boilerplate text of an article, span by span.
QStringList boilerplateTexts(const Article &article)
{
    QStringList texts;
    for (const TextSpan &span : article.boilerplate) {
        texts.append(article.textOf(span).toString());
    }
    return texts;
}

bool inBoilerplate(const Article &article, const QString &words)
{
    const qsizetype at = article.text.indexOf(words);
    return at >= 0 && article.isBoilerplate(TextSpan{int(at), int(at + words.size())});
}

} // namespace

class HtmlReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testPages_data();
    void testPages();
    void testOffsetsPointIntoText();
    void testBadPages_data();
    void testBadPages();
    void testCharsets_data();
    void testCharsets();
    void testNothingRemoteIsLoaded();
    void testFolderFindsPages();
    void testSampleCorpusAsPages();
};

void HtmlReaderTest::testPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("body");
    QTest::addColumn<QStringList>("dimmed");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("headline-block-related-links")
        << u"headline-related.html"_s << u"Orbital Freight raises €40 million from Calder Ventures"_s
        << u"The Harbour Ledger"_s << QDate(2024, 3, 14) << u"https://ledger.example/markets/orbital-freight"_s
        << u"en"_s << u"Priya Vandermeer"_s
        << QStringList{u"Orbital Freight, a Rotterdam maker of cargo drones, said on Thursday it had raised €40 "
                       u"million "
                       u"from Calder Ventures to build its first assembly line."_s,
                       u"the first drones & spare parts in September."_s}
        << QStringList{u"Related articles"_s, u"Port of Antwerp tests autonomous cranes"_s}
        << QStringList{u"Markets"_s, u"All rights reserved"_s, u"Share on social media"_s, u"By Priya"_s};
    QTest::newRow("json-ld-only") << u"jsonld-only.html"_s << u"Kestrel Bio and Marlow Labs join forces"_s
                                  << u"Westbrook Daily"_s << QDate(2023, 11, 2)
                                  << u"https://westbrook.example/2023/11/kestrel-marlow"_s << u"en"_s
                                  << u"Oren Castellano"_s
                                  << QStringList{u"Kestrel Bio agreed on Wednesday to invest $25 million in Marlow "
                                                 u"Labs, a maker of lab robots in Leeds."_s,
                                                 u"Marlow Labs was valued at $110 million"_s}
                                  << QStringList{} << QStringList{u"Home"_s, u"Most read"_s, u"@graph"_s};
    QTest::newRow("time-element-only")
        << u"time-only.html"_s << u"Tidewater Power signs deal with Ansel Grid"_s << QString() << QDate(2022, 6, 9)
        << QString() << u"en"_s << QString()
        << QStringList{u"Tidewater Power said it would buy a 30% stake in Ansel Grid for 600 million Norwegian crowns."_s}
        << QStringList{} << QStringList{u"Coastline Business News"_s};
    QTest::newRow("cookie-banner-and-comments")
        << u"cookie-comments.html"_s << u"Brightwell Foods buys Lantern Bakeries"_s << u"Valley Courier"_s
        << QDate(2025, 1, 21) << QString() << u"en"_s << QString()
        << QStringList{u"Brightwell Foods has bought Lantern Bakeries for $48 million"_s,
                       u"\"Bread is local or it is nothing,\" said Hallie Brunswick"_s}
        << QStringList{u"Advertisement: Holidays in the sun from $299"_s}
        << QStringList{u"cookies"_s, u"Reader42"_s, u"injected text"_s, u"Enable scripts"_s, u"font-family"_s};
    QTest::newRow("french") << u"french.html"_s << u"Lumière Mobilité lève 2 milliards d'euros"_s
                            << u"Le Courrier des Entreprises"_s << QDate(2024, 5, 6)
                            << u"https://courrier.example/entreprises/lumiere-mobilite"_s << u"fr"_s << QString()
                            << QStringList{u"« Nous allons ouvrir trois usines », a déclaré Hélène Marchetti"_s}
                            << QStringList{} << QStringList{u"Accueil"_s, u"Tous droits"_s};
    QTest::newRow("web-archive-quoted-printable")
        << u"orbital-freight.mhtml"_s << u"Orbital Freight raises €40 million from Calder Ventures"_s
        << u"The Harbour Ledger"_s << QDate(2024, 3, 14) << u"https://ledger.example/markets/orbital-freight"_s
        << u"en"_s << u"Priya Vandermeer"_s
        << QStringList{u"said on Thursday it had raised €40 million from Calder Ventures"_s,
                       u"\"We can now build forty drones a month,\" chief executive Tomas Ferrell said."_s}
        << QStringList{u"Related articles"_s} << QStringList{u"iVBOR"_s, u"Markets"_s};
    QTest::newRow("web-archive-base64") << u"lumiere-base64.mht"_s << u"Lumière Mobilité lève 2 milliards d'euros"_s
                                        << u"Le Courrier des Entreprises"_s << QDate(2024, 5, 6)
                                        << u"https://courrier.example/entreprises/lumiere-mobilite"_s << u"fr"_s
                                        << QString() << QStringList{u"une levée de fonds de 2 milliards d'euros"_s}
                                        << QStringList{} << QStringList{u"Accueil"_s};
}

void HtmlReaderTest::testPages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, body);
    QFETCH(QStringList, dimmed);
    QFETCH(QStringList, absent);
    const auto result = ArticleReader().read(dataFile(file));
    QVERIFY2(result.article, qPrintable(result.error ? result.error->message() : QString()));
    const Article &article = *result.article;
    QTEST(article.title, "title");
    QTEST(article.source, "source");
    QTEST(article.published, "published");
    QTEST(article.url, "url");
    QTEST(article.language, "language");
    QString author;
    for (const auto &[key, value] : article.extraMetadata) {
        if (key == u"author") {
            author = value;
        }
    }
    QTEST(author, "author");
    for (const QString &words : body) {
        QVERIFY2(article.text.contains(words), qPrintable(u"missing: "_s + words + u"\ntext:\n"_s + article.text));
        QVERIFY2(!inBoilerplate(article, words), qPrintable(u"dimmed but is the story: "_s + words));
    }
    for (const QString &words : dimmed) {
        QVERIFY2(inBoilerplate(article, words), qPrintable(u"not dimmed: "_s + words + u"\nboilerplate: "_s +
                                                           boilerplateTexts(article).join(u" | "_s)));
    }
    for (const QString &words : absent) {
        QVERIFY2(!article.text.contains(words), qPrintable(u"should be left out: "_s + words));
    }
    // The headline is the title, not the first paragraph.
    QVERIFY(!article.textOf(article.paragraphs.constFirst()).startsWith(article.title));
}

void HtmlReaderTest::testOffsetsPointIntoText()
{
    Corpus corpus = CorpusLoader().load({dataFile(u"headline-related.html"_s)}, nullptr);
    QCOMPARE(corpus.articles.size(), 1);
    const Article &article = corpus.articles.constFirst();
    // Paragraphs are the page's paragraphs, kept apart.
    QVERIFY(article.paragraphs.size() >= 4);
    QCOMPARE(article.textOf(article.paragraphs.at(1)),
             u"\"We can now build forty drones a month,\" chief executive Tomas Ferrell said."_s);
    QVERIFY(!article.figures.isEmpty());
    const MoneyFigure &figure = article.figures.constFirst();
    QCOMPARE(article.textOf({figure.start, figure.end}), u"€40 million"_s);
    QCOMPARE(figure.currency, u"EUR"_s);
    QVERIFY(!article.quotes.isEmpty());
    QVERIFY(article.textOf({article.quotes.constFirst().start, article.quotes.constFirst().end})
                .contains(u"forty drones a month"_s));
}

void HtmlReaderTest::testBadPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("script-never-closed") << u"malformed.html"_s << u"no article text"_s;
    QTest::newRow("binary") << u"binary.html"_s << u"binary file"_s;
    QTest::newRow("archive-truncated") << u"truncated.mhtml"_s << u"truncated"_s;
    QTest::newRow("archive-bad-base64") << u"bad-base64.mhtml"_s << u"malformed base64"_s;
    QTest::newRow("missing") << u"no-such-page.html"_s << u"no such file"_s;
}

void HtmlReaderTest::testBadPages()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const auto result = ArticleReader().read(dataFile(file));
    QVERIFY(!result.article);
    QVERIFY(result.error);
    const QString message = result.error->message();
    QVERIFY2(message.startsWith(dataFile(file) + u": "_s), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
}

void HtmlReaderTest::testCharsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("latin-1-declared") << QByteArray("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 "
                                                    "M\xfcller paid 5 million francs.</p></body></html>")
                                      << u"Café Müller paid 5 million francs."_s << QString();
    QTest::newRow("utf-8-bom") << QByteArray("\xEF\xBB\xBF<p>Zo\xC3\xAB Nakamura-Lind said yes.</p>")
                               << u"Zoë Nakamura-Lind said yes."_s << QString();
    QTest::newRow("undeclared-not-utf-8")
        << QByteArray("<p>Caf\xe9 prices</p>") << QString() << u"not valid UTF-8 and no other character set declared"_s;
    QTest::newRow("unsupported-charset") << QByteArray("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>")
                                         << QString() << u"koi8-r"_s;
    QTest::newRow("only-site-furniture") << QByteArray("<body><nav><p>Home News Sport Weather</p></nav></body>")
                                         << QString() << u"only site furniture"_s;
}

void HtmlReaderTest::testCharsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const auto result = ArticleReader().parse(bytes, u"page.html"_s);
    if (error.isEmpty()) {
        QVERIFY2(result.article, qPrintable(result.error ? result.error->message() : QString()));
        QCOMPARE(result.article->text, expected);
    } else {
        QVERIFY(!result.article);
        QVERIFY2(result.error && result.error->message().startsWith(u"page.html: "_s) &&
                     result.error->reason.contains(error),
                 qPrintable(result.error ? result.error->message() : QString()));
    }
}

void HtmlReaderTest::testNothingRemoteIsLoaded()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    const QString base = u"http://127.0.0.1:%1/"_s.arg(server.serverPort());
    const QString page = u"<html><head><link rel=\"stylesheet\" href=\"%1style.css\"><script src=\"%1app.js\"></script>"
                         "<link rel=\"preload\" href=\"%1font.woff2\" as=\"font\"><meta http-equiv=\"refresh\" "
                         "content=\"0; url=%1go\"></head><body onload=\"fetch('%1onload')\"><article><p>Quarry Lane "
                         "Capital invested $3 million.</p><img src=\"%1image.png\" srcset=\"%1big.png 2x\"><iframe "
                         "src=\"%1frame.html\"></iframe><video src=\"%1clip.mp4\" autoplay></video><script>"
                         "new Image().src = '%1script';</script></article></body></html>"_s.arg(base);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"remote.html"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(page.toUtf8());
    file.close();
    const Corpus corpus = CorpusLoader().load({path}, nullptr);
    QCOMPARE(corpus.articles.size(), 1);
    QCOMPARE(corpus.articles.constFirst().text, u"Quarry Lane Capital invested $3 million."_s);
    // Give a request that was started time to arrive.
    QTest::qWait(300);
    QCOMPARE(connections, 0);
}

void HtmlReaderTest::testFolderFindsPages()
{
    QList<ReadError> errors;
    const QStringList files =
        ArticleReader::collectFiles({QStringLiteral(NEWSLINE_TEST_DATA) + u"/formats"_s}, &errors);
    QVERIFY(errors.isEmpty());
    const auto has = [&files](const QString &name) {
        return std::any_of(files.cbegin(), files.cend(), [&name](const QString &f) { return f.endsWith(name); });
    };
    QVERIFY(has(u"/french.html"_s));
    QVERIFY(has(u"/orbital-freight.mhtml"_s));
    QVERIFY(has(u"/lumiere-base64.mht"_s));
    QVERIFY(has(u"/deals.rss"_s));
    QVERIFY(has(u"/deals.atom"_s));
    // Other XML lying in a folder is no article.
    QVERIFY(!has(u"/not-a-feed.xml"_s));
}

void HtmlReaderTest::testSampleCorpusAsPages()
{
    QList<ReadError> errors;
    const Corpus text = CorpusLoader().load({CorpusLoader::sampleCorpusPath()}, &errors);
    const Corpus pages = CorpusLoader().load({dataFile(u"sample-html"_s)}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(pages.articles.size(), text.articles.size());
    // Offsets differ (the pages' headline is no paragraph); what was found must not.
    const auto facts = [](const Corpus &corpus) {
        const QJsonObject json = JsonWriter::corpus(corpus).object();
        QStringList lines;
        for (const QJsonValue &a : json.value("articles"_L1).toArray()) {
            const QJsonObject article = a.toObject();
            lines.append(u"published "_s + article.value("published"_L1).toString());
            lines.append(u"source "_s + article.value("source"_L1).toString());
            for (const QJsonValue &f : article.value("figures"_L1).toArray()) {
                const QJsonObject figure = f.toObject();
                lines.append(u"figure "_s + figure.value("text"_L1).toString() + u' ' +
                             figure.value("amount"_L1).toVariant().toString() + u' ' +
                             figure.value("currency"_L1).toString() + u' ' +
                             figure.value("usd"_L1).toVariant().toString());
            }
            for (const QJsonValue &q : article.value("quotes"_L1).toArray()) {
                const QJsonObject quote = q.toObject();
                lines.append(u"quote "_s + quote.value("speaker"_L1).toString() + u": "_s +
                             quote.value("text"_L1).toString());
            }
        }
        for (const QJsonValue &e : json.value("events"_L1).toArray()) {
            const QJsonObject event = e.toObject();
            lines.append(u"event "_s + event.value("type"_L1).toString() + u' ' +
                         event.value("date"_L1).toVariant().toString() + u' ' + event.value("summary"_L1).toString());
        }
        return lines;
    };
    const QStringList fromText = facts(text);
    const QStringList fromPages = facts(pages);
    QVERIFY(fromText.size() > 4);
    QCOMPARE(fromPages, fromText);
}

QTEST_GUILESS_MAIN(HtmlReaderTest)
#include "htmlreadertest.moc"
