#include "extractor.h"

#include "articlereader.h"
#include "sentencesplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testLongParagraph_data();
    void testLongParagraph();
};

void ExtractorTest::testLongParagraph_data()
{
    QTest::addColumn<QString>("separator");
    // 2 MiB of deals in one paragraph, as sentences and as one sentence of clauses: extraction reads it in time in
    // proportion to its length (the test's time limit fails a reading that grows with its square).
    QTest::newRow("sentences") << u". "_s;
    QTest::newRow("one-sentence") << u", "_s;
}

void ExtractorTest::testLongParagraph()
{
    QFETCH(QString, separator);
    const QStringList months{u"January"_s, u"March"_s, u"June"_s, u"October"_s};
    QString text;
    QList<QDate> written;
    for (int i = 0; text.size() < 2 * 1024 * 1024; ++i) {
        const QDate day(2015 + i % 8, i % 4 == 0 ? 1 : (i % 4 == 1 ? 3 : (i % 4 == 2 ? 6 : 10)), 2 + i % 26);
        text += u"On %1 %2 %3 Corvane Holdings paid \u20AC%4 million to Harwick Systems"_s.arg(day.day())
                    .arg(months.at(i % 4))
                    .arg(day.year())
                    .arg(3 + i % 90) +
                separator;
        written.append(day);
    }
    text += u"the filings show."_s;
    const auto read = ArticleReader().parse(text.toUtf8(), u"long.txt"_s);
    QVERIFY(read.article);
    Article article = *read.article;
    QCOMPARE(article.paragraphs.size(), 1);
    for (const TextSpan &sentence : std::as_const(article.sentences)) {
        QVERIFY(sentence.length() <= SentenceSplitter::MaxSentenceLength);
    }
    Extractor().extract(article);

    // Each figure is valued at the rate of the day written before it (the ECB's last working day up to it).
    QCOMPARE(article.figures.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QDate rateDay = article.figures.at(i).usdRateDate;
        QVERIFY2(rateDay <= written.at(i) && rateDay.daysTo(written.at(i)) < 5,
                 qPrintable(u"figure %1 valued on %2, written on %3"_s.arg(i).arg(
                     rateDay.toString(Qt::ISODate), written.at(i).toString(Qt::ISODate))));
    }
    QVERIFY(article.entities.size() >= 2);
}

QTEST_GUILESS_MAIN(ExtractorTest)
#include "extractortest.moc"
