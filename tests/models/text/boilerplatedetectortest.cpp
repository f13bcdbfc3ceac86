#include "boilerplatedetector.h"
#include "articlereader.h"
#include "corpusloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class BoilerplateDetectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDetect_data();
    void testDetect();
    void testSampleArticle();
};

namespace {

// Builds an article from lines and returns the lines that were marked as boilerplate.
QStringList boilerplateLines(const QStringList &lines)
{
    const auto result = ArticleReader().parse(lines.join(u'\n').toUtf8(), u"t.txt"_s);
    Q_ASSERT(result.article);
    const Article &a = *result.article;
    QStringList marked;
    for (const TextSpan &p : a.paragraphs) {
        if (a.isBoilerplate(p)) {
            marked.append(a.textOf(p).toString());
        }
    }
    return marked;
}

const QString prose1 = u"Acme Corp said on Tuesday it would buy Widget Works for $40 million, its largest deal in a "
                       u"decade, and keep the Widget Works brand for at least two more years."_s;
const QString prose2 = u"The company expects the purchase to close in the second quarter, pending approval by "
                       u"regulators in the European Union and in the United States."_s;

} // namespace

void BoilerplateDetectorTest::testDetect_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("related-block-mid-article")
        << QStringList{prose1, u"Related Articles"_s, u"- Chip Maker Posts Record Quarter as Demand Soars"_s,
                       u"- Local Bakery Wins National Award for Sourdough"_s, prose2}
        << QStringList{u"Related Articles"_s, u"- Chip Maker Posts Record Quarter as Demand Soars"_s,
                       u"- Local Bakery Wins National Award for Sourdough"_s};
    QTest::newRow("most-read-unbulleted")
        << QStringList{prose1, u"Most Read"_s, u"Storm Leaves Thousands Without Power Across the Coast"_s,
                       u"\"Why Are Prices Rising?\" Shoppers Ask as Inflation Bites"_s, prose2}
        << QStringList{u"Most Read"_s, u"Storm Leaves Thousands Without Power Across the Coast"_s,
                       u"\"Why Are Prices Rising?\" Shoppers Ask as Inflation Bites"_s};
    QTest::newRow("copyright-symbol") << QStringList{prose1, u"\u00A9 2024 Example News Ltd. All rights reserved."_s}
                                      << QStringList{u"\u00A9 2024 Example News Ltd. All rights reserved."_s};
    QTest::newRow("copyright-word") << QStringList{prose1, u"Copyright 2023 The Wire Service"_s}
                                    << QStringList{u"Copyright 2023 The Wire Service"_s};
    QTest::newRow("share-subscribe-ad") << QStringList{u"Share this article"_s, prose1, u"ADVERTISEMENT"_s, prose2,
                                                       u"Subscribe to our newsletter for daily updates"_s}
                                        << QStringList{u"Share this article"_s, u"ADVERTISEMENT"_s,
                                                       u"Subscribe to our newsletter for daily updates"_s};
    QTest::newRow("unlabelled-headline-list")
        << QStringList{prose1, u"\u2022 Markets Rally After Central Bank Holds Rates"_s,
                       u"\u2022 Airline Cancels Hundreds of Flights Amid Strike"_s,
                       u"\u2022 Startup Raises Funds to Build Electric Ferries"_s, prose2}
        << QStringList{u"\u2022 Markets Rally After Central Bank Holds Rates"_s,
                       u"\u2022 Airline Cancels Hundreds of Flights Amid Strike"_s,
                       u"\u2022 Startup Raises Funds to Build Electric Ferries"_s};

    // Must not match: article text that merely looks a little like furniture.
    QTest::newRow("article-bullets-sentence-case")
        << QStringList{prose1, u"- the buyer keeps all staff for two years"_s,
                       u"- the seller's founders join the board of the new group"_s,
                       u"- the brand stays in use in every market"_s}
        << QStringList{};
    QTest::newRow("prose-mentioning-copyright")
        << QStringList{u"The court ruled that the copyright of the song belonged to its composer, ending a "
                       u"dispute that had lasted for more than a decade."_s}
        << QStringList{};
    QTest::newRow("prose-mentioning-subscribers")
        << QStringList{u"Subscribers to the service grew by a third last year, the company said in its annual "
                       u"report, which was published on Friday alongside results for the quarter and a new plan."_s}
        << QStringList{};
    QTest::newRow("headline-and-subheading")
        << QStringList{u"Acme Buys Widget Works"_s, u"A Deal Years in the Making"_s, prose1} << QStringList{};
}

void BoilerplateDetectorTest::testDetect()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    QCOMPARE(boilerplateLines(lines), expected);
}

void BoilerplateDetectorTest::testSampleArticle()
{
    QList<ReadError> errors;
    const auto result =
        ArticleReader().read(CorpusLoader::sampleCorpusPath() + u"/microsoft-mistral-partnership.txt"_s);
    QVERIFY(result.article);
    const Article &a = *result.article;
    QCOMPARE(a.boilerplate.size(), 2);
    const QString block = a.textOf(a.boilerplate.at(0)).toString();
    QVERIFY(block.startsWith(u"Hot Picks Today"_s));
    QVERIFY(block.endsWith(u"[Reading Science]"_s));
    QVERIFY(a.textOf(a.boilerplate.at(1)).startsWith(u"\u00A9 The Asia Business Daily"_s));
    // The paragraph after the block is article text again.
    const int after = a.paragraphAt(a.boilerplate.at(0).end + 1);
    QVERIFY(after >= 0);
    QVERIFY(!a.isBoilerplate(a.paragraphs.at(after)));
    QVERIFY(a.textOf(a.paragraphs.at(after)).startsWith(u"In this context, Brad Smith"_s));
}

QTEST_GUILESS_MAIN(BoilerplateDetectorTest)
#include "boilerplatedetectortest.moc"
