#include "briefingwriter.h"
#include "articlereader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Newsline;

// Writes real PDFs from hand-built corpora and reads them back with pdftotext, as a reader's tools would.
class BriefingWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testFactsWithCitations_data();
    void testFactsWithCitations();
    void testLeftOut_data();
    void testLeftOut();
    void testPageSize_data();
    void testPageSize();
    void testBadCases_data();
    void testBadCases();
    void testFailureKeepsExistingFile();
    void testCancelLeavesNoFile_data();
    void testCancelLeavesNoFile();
    void testProgress();
    void testLongTableRowsNeverSplit();
    void testNoEventsStillCites();
    void testRatesAgeAndPreEuroFigures();
    void testAnalystCorrectionsAreTold();
    void testLargeCorpusStaysABriefing();
    void testBusyTimelineLabelsNeverOverlap();

private:
    static Corpus sampleFixture();
    static QString pdfText(const QString &path, int page = 0);
    static int pageCount(const QString &path);
    QString write(const Corpus &corpus, const BriefingOptions &options, BriefingWriter::Result *result = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

Article readSample(const QString &name)
{
    ArticleReader::Result result = ArticleReader().read(u":/newsline/sample-corpus/"_s + name);
    Q_ASSERT(result.article);
    return *result.article;
}

TextSpan find(const Article &article, const QString &text)
{
    const int start = int(article.text.indexOf(text));
    Q_ASSERT(start >= 0);
    return {start, start + int(text.size())};
}

MoneyFigure figure(const Article &article, const QString &text, const char *amount, const char *currency,
                   MoneyFigure::Kind kind, const char *usd, const QDate &rateDate)
{
    const TextSpan span = find(article, text);
    MoneyFigure f;
    f.start = span.start;
    f.end = span.end;
    f.text = text;
    f.amount = Decimal::fromString(QString::fromLatin1(amount));
    f.currency = QString::fromLatin1(currency);
    f.kind = kind;
    f.usd = Decimal::fromString(QString::fromLatin1(usd));
    f.usdRateDate = rateDate;
    return f;
}

Quote quote(const Article &article, const QString &text, const QString &speaker, const QString &role)
{
    const TextSpan span = find(article, text);
    return {span.start, span.end, text, speaker, {}, role};
}

} // namespace

// The two sample articles with the extraction filled in by hand, as the pipeline is meant to give it.
Corpus BriefingWriterTest::sampleFixture()
{
    Article openai = readSample(u"microsoft-openai-investment.txt"_s);
    openai.source = u"Le Monde Informatique"_s;
    openai.figures.append(figure(openai, u"$1 billion"_s, "1000000000", "USD", MoneyFigure::Kind::Investment,
                                 "1000000000", QDate(2019, 7, 22)));
    Article mistral = readSample(u"microsoft-mistral-partnership.txt"_s);
    mistral.figures.append(figure(mistral, u"2 billion euros"_s, "2000000000", "EUR", MoneyFigure::Kind::Valuation,
                                  "2170400000", QDate(2024, 2, 26)));
    mistral.figures.append(figure(mistral, u"$5.6 billion"_s, "5600000000", "USD", MoneyFigure::Kind::Spending,
                                  "5600000000", QDate(2024, 2, 27)));
    mistral.figures.append(figure(mistral, u"$13 billion"_s, "13000000000", "USD", MoneyFigure::Kind::Investment,
                                  "13000000000", QDate(2024, 2, 27)));
    mistral.quotes.append(quote(mistral,
                                u"We will enable MistralAI to train and deploy next-generation AI models on our AI "
                                "data center infrastructure."_s,
                                u"Brad Smith"_s, u"President of Microsoft"_s));
    mistral.quotes.append(
        quote(mistral, u"It is too early to answer."_s, u"Brad Smith"_s, u"President of Microsoft"_s));
    mistral.quotes.append(quote(mistral, u"a new milestone in expansion."_s, u"Arthur Mensch"_s, {}));

    Corpus corpus;
    corpus.articles = {mistral, openai};
    Event investment;
    investment.id = u"e1"_s;
    investment.type = Event::Type::Investment;
    investment.date = QDate(2019, 7, 22);
    investment.precision = Event::Precision::Day;
    investment.dateBasis = Event::DateBasis::Published;
    investment.actors = {u"Microsoft"_s, u"OpenAI"_s};
    investment.lane = u"Microsoft–OpenAI"_s;
    investment.figures = {{1, 0}};
    investment.wording.amount = Decimal(1000000000);
    investment.wording.currency = u"USD"_s;
    const TextSpan s1 = find(openai, u"Microsoft has announced a $1 billion investment in OpenAI"_s);
    investment.sources = {{1, s1.start, s1.end}};
    // A disagreement between sources is shown with each side's citation, never settled silently.
    investment.conflicts = {{u"date"_s, {u"2019-07-22"_s, u"2019-07-23"_s}, {{1, s1.start, s1.end}, {0, 0, 4}}}};
    Event partnership;
    partnership.id = u"e2"_s;
    partnership.type = Event::Type::Partnership;
    partnership.date = QDate(2024, 2, 26);
    partnership.precision = Event::Precision::Day;
    partnership.dateBasis = Event::DateBasis::Text;
    partnership.actors = {u"Microsoft"_s, u"Mistral AI"_s};
    partnership.lane = u"Microsoft–Mistral AI"_s;
    partnership.figures = {{0, 0}};
    const TextSpan s2 = find(mistral, u"We are announcing a multi-year partnership with MistralAI"_s);
    partnership.sources = {{0, s2.start, s2.end}};
    Event stake;
    stake.id = u"e3"_s;
    stake.type = Event::Type::Investment;
    stake.date = QDate(2024, 2, 1);
    stake.precision = Event::Precision::Month;
    stake.dateBasis = Event::DateBasis::Text;
    stake.actors = {u"Microsoft"_s, u"Mistral AI"_s};
    stake.lane = u"Microsoft–Mistral AI"_s;
    const TextSpan s3 = find(mistral, u"The exact scale of MS's investment has not been disclosed."_s);
    stake.sources = {{0, s3.start, s3.end}};
    corpus.events = {investment, partnership, stake};
    return corpus;
}

void BriefingWriterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
}

QString BriefingWriterTest::pdfText(const QString &path, int page)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (page > 0) {
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    }
    arguments << path << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    process.waitForFinished(60000);
    // Line breaks depend on the layout; a reader's search does not care where a line ends.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int BriefingWriterTest::pageCount(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(60000);
    const QRegularExpressionMatch match =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString BriefingWriterTest::write(const Corpus &corpus, const BriefingOptions &options, BriefingWriter::Result *result)
{
    const QString path = m_dir.filePath(u"briefing-%1.pdf"_s.arg(++m_files));
    const BriefingWriter::Result r = BriefingWriter(options).write(corpus, path);
    if (result) {
        *result = r;
    }
    return path;
}

void BriefingWriterTest::testFactsWithCitations_data()
{
    QTest::addColumn<QString>("expected");
    // Sources are cited in publication order: [1] the 2019 OpenAI article, [2] the 2024 Mistral article.
    QTest::newRow("default-title") << u"Microsoft's partnerships and investments, 2019–2024"_s;
    QTest::newRow("period") << u"Period: 22 July 2019 – 29 February 2024"_s;
    QTest::newRow("counts") << u"Articles: 2 · Sources: 2 · Events: 3"_s;
    QTest::newRow("summary-counts")
        << u"Articles read: 2, from sources: 2. Events they report: 3, of which main deals: 3."_s;
    QTest::newRow("usd-investment") << u"$1 billion, investment [1]"_s;
    QTest::newRow("euro-with-usd") << u"$2.17 billion (€2 billion), valuation [2]"_s;
    // The $13 billion running total of the Mistral article is larger, but it is no deal's amount.
    QTest::newRow("largest-deal") << u"The largest deal: On 22 July 2019 (date from publication date), Microsoft "
                                     "invested $1 billion in OpenAI [1]."_s;
    QTest::newRow("deal-totals") << u"Deals with a disclosed amount: 1, together worth $1 billion."_s;
    QTest::newRow("summary-investment")
        << u"On 22 July 2019 (date from publication date), Microsoft invested $1 billion in OpenAI [1]."_s;
    QTest::newRow("summary-partnership") << u"On 26 February 2024, Microsoft partnered with Mistral AI; amount "
                                            "cited: $2.17 billion (€2 billion) [2]."_s;
    QTest::newRow("summary-undisclosed")
        << u"In February 2024, Microsoft invested in Mistral AI; the amount was not disclosed [2]."_s;
    QTest::newRow("table-row") << u"“2 billion euros” €2 billion (EUR) $2.17 billion 2024-02-26 valuation"_s;
    QTest::newRow("quote-1-with-name")
        << u"“We will enable MistralAI to train and deploy next-generation AI models on our AI data center "
           "infrastructure.” — Brad Smith, 27 February 2024, The Asia Business Daily [2]"_s;
    QTest::newRow("quote-2-with-name")
        << u"“It is too early to answer.” — Brad Smith, 27 February 2024, The Asia Business Daily [2]"_s;
    QTest::newRow("role") << u"Brad Smith President of Microsoft"_s;
    QTest::newRow("event-cited") << u"3. 26 February 2024 · partnership [2]"_s;
    QTest::newRow("event-date-basis") << u"Date: date from publication date"_s;
    QTest::newRow("event-undisclosed") << u"Money: amount not disclosed"_s;
    QTest::newRow("conflict-both-sides") << u"Sources disagree on the date: 2019-07-22 [1]; 2019-07-23 [2]"_s;
    // The article has no title line, so the file name stands in for it.
    QTest::newRow("source-1") << u"[1] microsoft-openai-investment.txt"_s;
    QTest::newRow("source-1-outlet") << u"Outlet: Le Monde Informatique · Published: 22 July 2019 · Original "
                                        "language: French (français)"_s;
    QTest::newRow("source-2") << u"[2] OpenAI Investor Microsoft Accelerates AI Investment"_s;
    QTest::newRow("source-2-language") << u"Original language: Korean (한국어)"_s;
    QTest::newRow("source-bundled") << u"Sample article bundled with Newsline: microsoft-mistral-partnership.txt"_s;
    QTest::newRow("page-numbers") << u"Page 1 of"_s;
}

void BriefingWriterTest::testFactsWithCitations()
{
    QFETCH(QString, expected);
    static QString text;
    if (text.isEmpty()) {
        BriefingOptions options;
        options.language = u"en"_s;
        options.generated = QDate(2026, 11, 22);
        BriefingWriter::Result result;
        const QString path = write(sampleFixture(), options, &result);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.pages, pageCount(path));
        // To look at the pages: BRIEFING_TEST_KEEP=/some/dir.pdf keeps a copy.
        if (qEnvironmentVariableIsSet("BRIEFING_TEST_KEEP")) {
            QFile::remove(qEnvironmentVariable("BRIEFING_TEST_KEEP"));
            QFile::copy(path, qEnvironmentVariable("BRIEFING_TEST_KEEP"));
        }
        QVERIFY2(result.pages >= 2 && result.pages <= 8, qPrintable(QString::number(result.pages)));
        text = pdfText(path);
    }
    QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected));
}

void BriefingWriterTest::testLeftOut_data()
{
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("lane-openai") << QStringList{u"Microsoft–OpenAI"_s} << QDate()
                                 << QStringList{u"$1 billion"_s, u"[1] microsoft-openai-investment.txt"_s}
                                 << QStringList{u"€2 billion"_s, u"Brad Smith"_s, u"Asia Business Daily"_s};
    QTest::newRow("period-2024") << QStringList() << QDate(2024, 1, 1)
                                 << QStringList{u"€2 billion"_s, u"Brad Smith"_s,
                                                u"Microsoft's partnerships and "
                                                "investments, 2024"_s}
                                 << QStringList{u"microsoft-openai-investment.txt"_s, u"2019"_s};
}

void BriefingWriterTest::testLeftOut()
{
    QFETCH(QStringList, lanes);
    QFETCH(QDate, from);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    BriefingOptions options;
    options.language = u"en"_s;
    options.generated = QDate(2026, 11, 22);
    options.filter.lanes = lanes;
    options.filter.from = from;
    BriefingWriter::Result result;
    const QString text = pdfText(write(sampleFixture(), options, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (const QString &p : std::as_const(present)) {
        QVERIFY2(text.contains(p), qPrintable(u"missing: "_s + p));
    }
    for (const QString &a : std::as_const(absent)) {
        QVERIFY2(!text.contains(a), qPrintable(u"should be left out: "_s + a));
    }
}

void BriefingWriterTest::testPageSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("a4") << int(QPageSize::A4) << u"595 x 842 pts (A4)"_s;
    QTest::newRow("letter") << int(QPageSize::Letter) << u"612 x 792 pts (letter)"_s;
}

void BriefingWriterTest::testPageSize()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    BriefingOptions options;
    options.pageSize = QPageSize::PageSizeId(size);
    const QString path = write(sampleFixture(), options);
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(60000);
    QVERIFY2(QString::fromUtf8(process.readAllStandardOutput()).contains(points), qPrintable(points));
    QCOMPARE(BriefingOptions::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    QCOMPARE(BriefingOptions::defaultPageSize(QLocale(QLocale::French, QLocale::France)), QPageSize::A4);
    QCOMPARE(BriefingOptions::defaultPageSize(QLocale(QLocale::Korean, QLocale::SouthKorea)), QPageSize::A4);
}

void BriefingWriterTest::testBadCases_data()
{
    QTest::addColumn<bool>("empty");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString ok = m_dir.filePath(u"bad.pdf"_s);
    QTest::newRow("empty-corpus") << true << QDate() << ok << int(BriefingWriter::Status::EmptyCorpus)
                                  << u"no articles"_s;
    QTest::newRow("period-selects-nothing")
        << false << QDate(2030, 1, 1) << ok << int(BriefingWriter::Status::NothingSelected)
        << u"no article or event falls between 2030-01-01 and the end"_s;
    QTest::newRow("missing-folder") << false << QDate() << m_dir.filePath(u"no/such/folder/b.pdf"_s)
                                    << int(BriefingWriter::Status::CannotWrite) << u"cannot write"_s;
    QTest::newRow("path-is-a-folder") << false << QDate() << m_dir.path() << int(BriefingWriter::Status::CannotWrite)
                                      << u"cannot write"_s;
}

void BriefingWriterTest::testBadCases()
{
    QFETCH(bool, empty);
    QFETCH(QDate, from);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, message);
    BriefingOptions options;
    options.filter.from = from;
    const BriefingWriter::Result result = BriefingWriter(options).write(empty ? Corpus() : sampleFixture(), path);
    QCOMPARE(int(result.status), status);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.contains(u'\n'));
    QVERIFY(!QFileInfo(path).isFile());
    // No temporary file is left beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList({u"bad*"_s}, QDir::Files), QStringList());
}

void BriefingWriterTest::testFailureKeepsExistingFile()
{
    const QString path = m_dir.filePath(u"existing.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("an earlier briefing");
    file.close();
    BriefingOptions options;
    options.filter.to = QDate(2000, 1, 1);
    QCOMPARE(BriefingWriter(options).write(sampleFixture(), path).status, BriefingWriter::Status::NothingSelected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an earlier briefing"));
}

void BriefingWriterTest::testCancelLeavesNoFile_data()
{
    QTest::addColumn<int>("stopAt");
    QTest::newRow("while-measuring") << 10;
    QTest::newRow("after-layout") << 40;
    QTest::newRow("while-painting") << 60;
}

void BriefingWriterTest::testCancelLeavesNoFile()
{
    QFETCH(int, stopAt);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    // Enough pages that painting reports progress more than once.
    Corpus corpus = sampleFixture();
    for (int i = 0; i < 200; ++i) {
        corpus.articles[0].figures.append(corpus.articles.at(0).figures.first());
    }
    BriefingWriter writer;
    writer.setProgress([stopAt](int done, int) { return done < stopAt; });
    QCOMPARE(writer.write(corpus, path).status, BriefingWriter::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files), QStringList());
}

void BriefingWriterTest::testProgress()
{
    QList<int> steps;
    BriefingWriter writer;
    writer.setProgress([&steps](int done, int total) {
        steps.append(done * 100 / total);
        return true;
    });
    QVERIFY(writer.write(sampleFixture(), m_dir.filePath(u"progress.pdf"_s)).ok());
    QVERIFY(steps.size() >= 3);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QCOMPARE(steps.last(), 100);
}

void BriefingWriterTest::testLongTableRowsNeverSplit()
{
    // 150 deals with long names: the table keeps the 25 largest, which fill more than one page.
    Corpus corpus = sampleFixture();
    Article &article = corpus.articles[0];
    const MoneyFigure model = article.figures.at(0);
    QList<int> numbers;
    for (int i = 0; i < 150; ++i) {
        MoneyFigure f = model;
        f.amount = Decimal(qint64(1000000) * (i + 1));
        f.currency = u"USD"_s;
        f.usd = f.amount;
        article.figures.append(f);
        Event deal;
        deal.id = u"deal%1"_s.arg(i + 1);
        deal.type = Event::Type::Acquisition;
        deal.date = QDate(2024, 2, 26);
        deal.precision = Event::Precision::Day;
        deal.actors = {u"Buyer %1 of a long list that wraps over several lines in its narrow table column"_s.arg(i + 1),
                       u"Endrow%1x"_s.arg(i + 1)};
        deal.wording.amount = f.amount;
        deal.wording.currency = f.currency;
        deal.figures = {{0, int(article.figures.size()) - 1}};
        deal.sources = {{0, 0, 4}};
        corpus.events.append(deal);
        numbers.append(i + 1);
    }
    BriefingWriter::Result result;
    const QString path = write(corpus, BriefingOptions(), &result);
    QVERIFY2(result.ok(), qPrintable(result.message));
    int tablePages = 0;
    QSet<int> found;
    for (int page = 1; page <= result.pages; ++page) {
        const QString text = pdfText(path, page);
        // The summary, the chart and the event list name deals too: a row is the table's when its page has the header.
        if (!text.contains(u"Deal Amount USD equivalent Per share Event"_s)) {
            continue;
        }
        ++tablePages;
        for (int n : std::as_const(numbers)) {
            // Cells of a row interleave in extracted text, but a split row would leave its last words on another page.
            if (text.contains(u"Buyer %1 of"_s.arg(n)) != text.contains(u"Endrow%1x"_s.arg(n))) {
                QFAIL(qPrintable(u"row %1 split on page %2"_s.arg(n).arg(page)));
            }
            if (text.contains(u"Endrow%1x"_s.arg(n))) {
                found.insert(n);
            }
        }
    }
    if (qEnvironmentVariableIsSet("BRIEFING_TEST_KEEP")) {
        QFile::remove(qEnvironmentVariable("BRIEFING_TEST_KEEP"));
        QFile::copy(path, qEnvironmentVariable("BRIEFING_TEST_KEEP"));
    }
    // The table keeps the 25 largest (the sample's $1 billion and 24 of these); the event list after it details the 30
    // largest.
    for (int n = 127; n <= 150; ++n) {
        QVERIFY2(found.contains(n), qPrintable(u"deal %1 not in the table"_s.arg(n)));
    }
    QVERIFY2(*std::min_element(found.cbegin(), found.cend()) >= 121, "the table keeps the largest deals");
    QVERIFY(tablePages >= 2);
}

void BriefingWriterTest::testNoEventsStillCites()
{
    Corpus corpus = sampleFixture();
    corpus.events.clear();
    for (Article &article : corpus.articles) {
        Entity microsoft;
        microsoft.name = u"Microsoft"_s;
        microsoft.mentions = {find(article, u"Microsoft"_s)};
        article.entities.append(microsoft);
    }
    BriefingWriter::Result result;
    const QString text = pdfText(write(corpus, BriefingOptions(), &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(text.contains(u"No dated events to draw"_s));
    QVERIFY(text.contains(u"Microsoft in the news, 2019–2024"_s));
    QVERIFY(text.contains(u"“$1 billion” $1 billion (USD) $1 billion none needed investment none [1]"_s));
    QVERIFY(text.contains(u"— Brad Smith, 27 February 2024, The Asia Business Daily [2]"_s));
}

void BriefingWriterTest::testAnalystCorrectionsAreTold()
{
    // A reader of the briefing knows which facts an analyst set: the event says what and when; the others say nothing.
    Corpus corpus = sampleFixture();
    QVERIFY(corpus.events.size() >= 2);
    corpus.events[0].analystFields = {u"date"_s, u"merged"_s, u"note"_s};
    corpus.events[0].analystDay = QDate(2026, 11, 30);
    corpus.events[0].analystNote = u"Signed in Redmond, not Paris"_s;
    BriefingWriter::Result result;
    const QString text = pdfText(write(corpus, BriefingOptions(), &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(text.contains(u"\u270e Set by the analyst on 30 November 2026: date, merged from several events, note"_s),
             qPrintable(text));
    QCOMPARE(text.count(u"Set by the analyst"_s), 1);
    // The note itself is printed, not only named.
    QVERIFY2(text.contains(u"Analyst's note: Signed in Redmond, not Paris"_s), qPrintable(text));
    QCOMPARE(text.count(u"Analyst's note"_s), 1);
}

void BriefingWriterTest::testRatesAgeAndPreEuroFigures()
{
    Corpus corpus = sampleFixture();
    corpus.events.clear();
    // A story from before the euro: its amount in marks can have no ECB rate, and the briefing says why.
    ArticleReader::Result read = ArticleReader().parse(
        "---\ntitle: Kestrel Mining to buy Arden Copper\npublished: 1987-03-02\n---\nKestrel Mining said on Monday "
        "it would buy Arden Copper for 300 million marks.\n",
        u"kestrel.txt"_s);
    QVERIFY(read.article);
    Article old = *read.article;
    old.figures.append(figure(old, u"300 million marks"_s, "300000000", "DEM", MoneyFigure::Kind::Price, "", QDate()));
    QVERIFY(!old.figures.constFirst().usd);
    corpus.articles.append(old);
    BriefingOptions options;
    options.generated = QDate(2025, 6, 8);
    options.ratesLastDate = QDate(2025, 5, 9);
    BriefingWriter::Result result;
    const QString text = pdfText(write(corpus, options, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    // How old the dollar values can be, on the cover.
    // (English plural forms come from the program's translation, which tests do not load: "30 day(s)".)
    QVERIFY2(text.contains(u"Exchange rates: ECB reference rates to 9 May 2025, 30 day"_s), qPrintable(text));
    QVERIFY2(text.contains(u"before this briefing; the ECB has none before 1999."_s), qPrintable(text));
    QVERIFY2(text.contains(u"no ECB rate before 1999"_s), qPrintable(text));
    // Without a rates date nothing is claimed about them.
    const QString silent = pdfText(write(corpus, BriefingOptions(), &result));
    QVERIFY(!silent.contains(u"ECB reference rates to"_s));
}

void BriefingWriterTest::testLargeCorpusStaysABriefing()
{
    // 200 stories of 200 deals, each story with three quotes: what a month of a news feed gives.
    Corpus corpus = sampleFixture();
    const Article model = corpus.articles.at(0);
    const MoneyFigure figureModel = model.figures.at(2);
    corpus.articles.clear();
    corpus.events.clear();
    for (int i = 0; i < 200; ++i) {
        Article article = model;
        article.title = u"Story number %1 of the month"_s.arg(i + 1);
        article.file = u"/tmp/story-%1.txt"_s.arg(i + 1);
        article.published = QDate(2024, 3, 1).addDays(i % 28);
        MoneyFigure f = figureModel;
        f.amount = Decimal::fromMantissa(qint64(1000000) * (i + 1), 0);
        f.usd = f.amount;
        f.kind = MoneyFigure::Kind::Price;
        article.figures = {f};
        corpus.articles.append(article);
        Event deal;
        deal.id = u"deal%1"_s.arg(i + 1);
        deal.type = Event::Type::Acquisition;
        deal.date = article.published;
        deal.precision = Event::Precision::Day;
        deal.actors = {u"Buyer%1x"_s.arg(i + 1), u"Target%1x"_s.arg(i + 1)};
        deal.wording.amount = f.amount;
        deal.wording.currency = f.currency;
        deal.figures = {{i, 0}};
        deal.sources = {{i, 0, 4}};
        corpus.events.append(deal);
    }
    BriefingOptions options;
    options.language = u"en"_s;
    BriefingWriter::Result result;
    const QString path = write(corpus, options, &result);
    QVERIFY2(result.ok(), qPrintable(result.message));
    if (qEnvironmentVariableIsSet("BRIEFING_TEST_KEEP")) {
        QFile::remove(qEnvironmentVariable("BRIEFING_TEST_KEEP"));
        QFile::copy(path, qEnvironmentVariable("BRIEFING_TEST_KEEP"));
    }
    QVERIFY2(result.pages <= 16, qPrintable(QString::number(result.pages)));
    const QString text = pdfText(path);
    // Each part says what it leaves out and where the rest is.
    QVERIFY(text.contains(u"Not in the table: 175 more deals"_s));
    QVERIFY(text.contains(u"The 30 events that rank first, of 200"_s));
    // Two people speak in every story: three quotes each, not six hundred.
    QVERIFY(text.contains(u"6 of 600 quotations"_s));
    QCOMPARE(text.count(u"— Brad Smith,"_s), 3);
    QVERIFY(text.contains(u"articles cited above, of 200 read"_s));
    QVERIFY(text.contains(u"Further events: 195. The event list details the 30 that rank first"_s));
    // The largest deals are detailed; the smallest appear nowhere but in the counts.
    QVERIFY(text.contains(u"Actors: Buyer200x, Target200x"_s));
    QVERIFY(text.contains(u"Actors: Buyer171x, Target171x"_s));
    // The timeline draws the companies of the largest deals, as many deals each.
    QVERIFY(!text.contains(u"Buyer170x"_s));
    QVERIFY(!text.contains(u"Buyer1x"_s));
    QVERIFY(!text.contains(u"Story number 1 of the month"_s));
    QVERIFY(text.contains(u"Story number 200 of the month"_s));
}

void BriefingWriterTest::testBusyTimelineLabelsNeverOverlap()
{
    // Two lanes of 24 deals each within twelve days of a month, French dates (longer month names on the axis): no word
    // of the timeline page is drawn over another.
    Corpus corpus = sampleFixture();
    corpus.events.clear();
    for (int i = 0; i < 48; ++i) {
        Event deal;
        deal.id = u"d%1"_s.arg(i);
        deal.type = i % 3 == 0 ? Event::Type::Investment : Event::Type::Acquisition;
        deal.date = QDate(1987, 3, 20 + (i % 12));
        deal.precision = Event::Precision::Day;
        deal.actors = {i < 24 ? u"Orvane Holdings"_s : u"Tessaline Group"_s, u"Partner number %1 Industries"_s.arg(i)};
        deal.lane = deal.actors.join(u'–');
        deal.sources = {{0, 0, 4}};
        corpus.events.append(deal);
    }
    BriefingOptions options;
    options.language = u"fr"_s;
    // A hundred days: the axis marks the 1st, 8th, 15th, 22nd and 29th of each month, and the 29th runs close to the
    // 1st.
    options.filter.from = QDate(1987, 1, 1);
    options.filter.to = QDate(1987, 4, 9);
    BriefingWriter::Result result;
    const QString path = write(corpus, options, &result);
    QVERIFY2(result.ok(), qPrintable(result.message));
    int timelinePage = 0;
    for (int page = 1; page <= result.pages && timelinePage == 0; ++page) {
        if (pdfText(path, page).contains(u"Timeline"_s)) {
            timelinePage = page;
        }
    }
    QVERIFY(timelinePage > 0);
    QProcess process;
    process.start(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(timelinePage), u"-l"_s,
                                   QString::number(timelinePage), path, u"-"_s});
    process.waitForFinished(60000);
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<QRectF> rects;
    QStringList words;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rects.append(QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())));
        words.append(m.captured(5));
    }
    QVERIFY(words.contains(u"Orvane"_s));
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            const QRectF both = rects.at(i).intersected(rects.at(j));
            QVERIFY2(both.width() < 0.5 || both.height() < 0.5,
                     qPrintable(u"“%1” drawn over “%2”"_s.arg(words.at(i), words.at(j))));
        }
    }
}

QTEST_MAIN(BriefingWriterTest)
#include "briefingwritertest.moc"
