#include "briefingsummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// The summary says only what the structured data holds, each sentence with its citation.
class BriefingSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEventSentence_data();
    void testEventSentence();
    void testTitle_data();
    void testTitle();
    void testTitleFromFilter_data();
    void testTitleFromFilter();
    void testLargestDeal();
    void testTotalsLeaveOutRunningTotals();
};

namespace {

// Two articles, the second one published later so that it is cited as [2].
Corpus corpus(Event event, const MoneyFigure &figure = {})
{
    Corpus c;
    Article first;
    first.file = u"a.txt"_s;
    first.published = QDate(2019, 7, 22);
    first.text = u"Some text about a deal."_s;
    Article second = first;
    second.file = u"b.txt"_s;
    second.published = QDate(2024, 2, 27);
    if (figure.hasResult()) {
        second.figures.append(figure);
        event.figures = {{1, 0}};
    }
    c.articles = {first, second};
    event.sources = {{1, 0, 4}};
    c.events = {event};
    return c;
}

Event makeEvent(Event::Type type, const QDate &date, Event::Precision precision, const QStringList &actors,
                Event::DateBasis basis = Event::DateBasis::Text)
{
    Event e;
    e.id = u"e1"_s;
    e.type = type;
    e.date = date;
    e.precision = precision;
    e.actors = actors;
    e.dateBasis = basis;
    return e;
}

MoneyFigure money(const char *amount, const char *currency, const char *usd, MoneyFigure::Kind kind)
{
    MoneyFigure f;
    f.start = 0;
    f.end = 4;
    f.text = u"Some"_s;
    f.amount = Decimal::fromString(QString::fromLatin1(amount));
    f.currency = QString::fromLatin1(currency);
    f.usd = Decimal::fromString(QString::fromLatin1(usd));
    f.kind = kind;
    return f;
}

} // namespace

void BriefingSummaryTest::testEventSentence_data()
{
    QTest::addColumn<Corpus>("corpus");
    QTest::addColumn<QString>("expected");
    const QStringList pair{u"Microsoft"_s, u"Mistral AI"_s};
    QTest::newRow("partnership") << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 26),
                                                     Event::Precision::Day, pair))
                                 << u"On 26 February 2024, Microsoft partnered with Mistral AI [2]."_s;
    QTest::newRow("investment-with-amount")
        << corpus(makeEvent(Event::Type::Investment, QDate(2024, 2, 26), Event::Precision::Day, pair),
                  money("2000000000", "EUR", "2170400000", MoneyFigure::Kind::Investment))
        << u"On 26 February 2024, Microsoft invested $2.17 billion (€2 billion) in Mistral AI [2]."_s;
    QTest::newRow("investment-undisclosed")
        << corpus(makeEvent(Event::Type::Investment, QDate(2024, 2, 1), Event::Precision::Month, pair))
        << u"In February 2024, Microsoft invested in Mistral AI; the amount was not disclosed [2]."_s;
    QTest::newRow("date-from-publication")
        << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 27), Event::Precision::Day, pair,
                            Event::DateBasis::Published))
        << u"On 27 February 2024 (date from publication date), Microsoft partnered with Mistral AI [2]."_s;
    QTest::newRow("three-partners") << corpus(makeEvent(Event::Type::Partnership, QDate(2023, 1, 1),
                                                        Event::Precision::Year, {u"A"_s, u"B"_s, u"C"_s}))
                                    << u"In 2023, A partnered with B and C [2]."_s;
    QTest::newRow("unknown-date") << corpus(
                                         makeEvent(Event::Type::Acquisition, QDate(), Event::Precision::Unknown, pair))
                                  << u"On a date the sources do not give, Microsoft acquired Mistral AI [2]."_s;
    // Not a partnership sentence without a partner: the type and the actor are said as they are.
    QTest::newRow("partnership-without-partner")
        << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 26), Event::Precision::Day, {u"Microsoft"_s}))
        << u"On 26 February 2024, partnership: Microsoft announces a partnership [2]."_s;
}

void BriefingSummaryTest::testEventSentence()
{
    QFETCH(Corpus, corpus);
    QFETCH(QString, expected);
    const BriefingSelection selection(corpus, {});
    const BriefingFormat format{QLocale(QLocale::English)};
    const QString sentence = BriefingSummary(selection, format).eventSentence(0);
    QCOMPARE(sentence, expected);
    // Nothing the data does not hold: no amount appears unless a figure was cited.
    if (corpus.events.first().figures.isEmpty()) {
        QVERIFY(!sentence.contains(u'$') && !sentence.contains(u'€'));
    }
}

void BriefingSummaryTest::testTitle_data()
{
    QTest::addColumn<Corpus>("corpus");
    QTest::addColumn<QString>("expected");
    const QStringList pair{u"Microsoft"_s, u"OpenAI"_s};
    QTest::newRow("partnerships") << corpus(makeEvent(Event::Type::Partnership, QDate(2019, 7, 22),
                                                      Event::Precision::Day, pair))
                                  << u"Microsoft's partnerships, 2019–2024"_s;
    QTest::newRow("investments") << corpus(makeEvent(Event::Type::Investment, QDate(2019, 7, 22), Event::Precision::Day,
                                                     pair))
                                 << u"Microsoft's investments, 2019–2024"_s;
    QTest::newRow("other-events") << corpus(makeEvent(Event::Type::Launch, QDate(2019, 7, 22), Event::Precision::Day,
                                                      {u"OpenAI"_s}))
                                  << u"OpenAI: events, 2019–2024"_s;
}

void BriefingSummaryTest::testTitle()
{
    QFETCH(Corpus, corpus);
    QFETCH(QString, expected);
    const BriefingSelection selection(corpus, {});
    QCOMPARE(BriefingSummary(selection, BriefingFormat(QLocale(QLocale::English))).defaultTitle(), expected);
}

void BriefingSummaryTest::testTitleFromFilter_data()
{
    QTest::addColumn<BriefingFilter>("filter");
    QTest::addColumn<QString>("expected");
    BriefingFilter month;
    month.from = QDate(2024, 2, 1);
    month.to = QDate(2024, 2, 29);
    QTest::newRow("month") << month << u"Deals and events of 3 companies, February 2024"_s;
    BriefingFilter acquisitions = month;
    acquisitions.types = {Event::Type::Acquisition};
    QTest::newRow("type-and-month") << acquisitions << u"Acquisitions, February 2024"_s;
    BriefingFilter company = month;
    company.companies = {u"Vantor Mills"_s};
    QTest::newRow("company-and-month") << company << u"Vantor Mills: deals and events, February 2024"_s;
    BriefingFilter quarter;
    quarter.from = QDate(2024, 1, 1);
    quarter.to = QDate(2024, 3, 31);
    QTest::newRow("months") << quarter << u"Deals and events of 3 companies, January 2024 – March 2024"_s;
    BriefingFilter days;
    days.from = QDate(2024, 2, 3);
    days.to = QDate(2024, 2, 20);
    QTest::newRow("days") << days << u"Deals and events of 3 companies, 3 February 2024 – 20 February 2024"_s;
}

// Three companies in three deals: no company's name may title the briefing, only what the filter says.
void BriefingSummaryTest::testTitleFromFilter()
{
    QFETCH(BriefingFilter, filter);
    QFETCH(QString, expected);
    Corpus c = corpus(makeEvent(Event::Type::Acquisition, QDate(2024, 2, 10), Event::Precision::Day,
                                {u"Vantor Mills"_s, u"Orlek Tools"_s}));
    c.events.append(makeEvent(Event::Type::Acquisition, QDate(2024, 2, 12), Event::Precision::Day,
                              {u"Brisa Foods"_s, u"Orlek Tools"_s}));
    c.events.append(makeEvent(Event::Type::Investment, QDate(2024, 2, 14), Event::Precision::Day,
                              {u"Brisa Foods"_s, u"Vantor Mills"_s}));
    const BriefingSelection selection(c, filter);
    QCOMPARE(BriefingSummary(selection, BriefingFormat(QLocale(QLocale::English))).defaultTitle(), expected);
}

// The largest deal is the largest deal amount, not the largest figure of the stories (assets, market turnover),
// nor a background deal recalled in passing.
void BriefingSummaryTest::testLargestDeal()
{
    Corpus c;
    Article article;
    article.file = u"a.txt"_s;
    article.published = QDate(2024, 2, 10);
    article.text = u"Vantor buys Orlek for $2 billion; Orlek has assets of $40 billion; Brisa bought Dunmore for $9 "
                   "billion in 2019."_s;
    const auto add = [&](const QString &text, const char *amount) {
        MoneyFigure f = money(amount, "USD", amount, MoneyFigure::Kind::Other);
        f.start = int(article.text.indexOf(text));
        f.end = f.start + int(text.size());
        f.text = text;
        article.figures.append(f);
        return FigureRef{0, int(article.figures.size()) - 1};
    };
    const FigureRef deal = add(u"$2 billion"_s, "2000000000");
    add(u"$40 billion"_s, "40000000000");
    const FigureRef old = add(u"$9 billion"_s, "9000000000");
    c.articles = {article};
    Event buy =
        makeEvent(Event::Type::Acquisition, QDate(2024, 2, 10), Event::Precision::Day, {u"Vantor"_s, u"Orlek"_s});
    buy.figures = {deal};
    buy.wording.amount = Decimal(2000000000);
    buy.wording.currency = u"USD"_s;
    buy.sources = {{0, 0, 10}};
    Event recalled =
        makeEvent(Event::Type::Acquisition, QDate(2024, 2, 10), Event::Precision::Day, {u"Brisa"_s, u"Dunmore"_s});
    recalled.id = u"e2"_s;
    recalled.salience = Event::Salience::Background;
    recalled.figures = {old};
    recalled.wording.amount = Decimal(9000000000);
    recalled.wording.currency = u"USD"_s;
    recalled.sources = {{0, 60, 70}};
    c.events = {recalled, buy};
    const BriefingSelection selection(c, {});
    QCOMPARE(selection.ranked().first(), 1);
    const QStringList sentences = BriefingSummary(selection, BriefingFormat(QLocale(QLocale::English))).sentences();
    QVERIFY2(sentences.contains(u"The largest deal: On 10 February 2024, Vantor agreed to acquire Orlek for $2 "
                                "billion [1]."_s),
             qPrintable(sentences.join(u'\n')));
    QVERIFY(!sentences.join(u' ').contains(u"$40 billion"_s));
}

void BriefingSummaryTest::testTotalsLeaveOutRunningTotals()
{
    // "Its $12 billion investment in Kestrel" is what was put in over the years, not new money: the extraction marks
    // the event as a running total, and the period's totals and its largest deal leave it out.
    Corpus c;
    Article article;
    article.file = u"a.txt"_s;
    article.published = QDate(2024, 5, 3);
    article.text = u"Halvard invests $3 billion in Nivo. Its $12 billion investment in Kestrel keeps growing."_s;
    const auto add = [&](const QString &text, const char *amount) {
        MoneyFigure f = money(amount, "USD", amount, MoneyFigure::Kind::Investment);
        f.start = int(article.text.indexOf(text));
        f.end = f.start + int(text.size());
        f.text = text;
        article.figures.append(f);
        return FigureRef{0, int(article.figures.size()) - 1};
    };
    const FigureRef fresh = add(u"$3 billion"_s, "3000000000");
    const FigureRef total = add(u"$12 billion"_s, "12000000000");
    c.articles = {article};
    Event nivo =
        makeEvent(Event::Type::Investment, QDate(2024, 5, 3), Event::Precision::Day, {u"Halvard"_s, u"Nivo"_s});
    nivo.figures = {fresh};
    nivo.wording.amount = Decimal(3000000000);
    nivo.wording.currency = u"USD"_s;
    nivo.sources = {{0, 0, 35}};
    Event kestrel =
        makeEvent(Event::Type::Investment, QDate(2024, 5, 3), Event::Precision::Day, {u"Halvard"_s, u"Kestrel"_s});
    kestrel.id = u"e2"_s;
    kestrel.figures = {total};
    kestrel.wording.amount = Decimal(12000000000);
    kestrel.wording.currency = u"USD"_s;
    kestrel.sources = {{0, 36, 90}};
    c.events = {kestrel, nivo};

    const auto summary = [&c] {
        const BriefingSelection selection(c, {});
        return BriefingSummary(selection, BriefingFormat(QLocale(QLocale::English))).sentences().join(u'\n');
    };
    // Without the mark, both count: the test can tell the two cases apart.
    QVERIFY2(summary().contains(u"Deals with a disclosed amount: 2, together worth $15 billion."_s),
             qPrintable(summary()));
    c.events[0].runningTotal = true;
    const QString text = summary();
    QVERIFY2(text.contains(u"Deals with a disclosed amount: 1, together worth $3 billion."_s), qPrintable(text));
    QVERIFY2(text.contains(u"The largest deal: On 3 May 2024, Halvard invested $3 billion in Nivo [1]."_s),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(BriefingSummaryTest)
#include "briefingsummarytest.moc"
