#include "timexfinder.h"
#include "articlereader.h"
#include "resourcedata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class TimexFinderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFind_data();
    void testFind();
    void testNoMatch_data();
    void testNoMatch();
    void testDateOrder_data();
    void testDateOrder();
    void testOffsets();
    void testUnknownReference();
    void testSampleArticle();
};

namespace {

// "text|TYPE|value" for each timex, in text order: one readable string per expression.
QStringList describe(const QList<Timex> &timexes)
{
    QStringList result;
    for (const Timex &timex : timexes) {
        result.append(timex.text + u'|' + Timex::typeName(timex.type) + u'|' + timex.value);
    }
    return result;
}

} // namespace

void TimexFinderTest::testFind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QStringList>("expected");
    const QDate ref(2024, 2, 27); // a Tuesday

    // Full and partial dates.
    QTest::newRow("month-day-year") << u"The deal was signed on July 22, 2019, in Paris."_s << ref
                                    << QStringList{u"July 22, 2019|DATE|2019-07-22"_s};
    QTest::newRow("day-month-year") << u"It closed on 22 July 2019."_s << ref
                                    << QStringList{u"22 July 2019|DATE|2019-07-22"_s};
    QTest::newRow("iso") << u"Filed 2019-07-22 with the court."_s << ref
                         << QStringList{u"2019-07-22|DATE|2019-07-22"_s};
    QTest::newRow("weekday-date") << u"It opened on Monday, March 4, 2024."_s << ref
                                  << QStringList{u"Monday, March 4, 2024|DATE|2024-03-04"_s};
    QTest::newRow("ordinal-day") << u"According to an April 2nd report, sales fell."_s << ref
                                 << QStringList{u"April 2nd|DATE|2023-04-02"_s};
    QTest::newRow("abbreviated-month") << u"Shares fell on Jan. 5 and in Sept. 2019."_s << ref
                                       << QStringList{u"Jan. 5|DATE|2024-01-05"_s, u"Sept. 2019|DATE|2019-09"_s};
    QTest::newRow("month-year") << u"Sales in July 2019 beat forecasts."_s << ref
                                << QStringList{u"July 2019|DATE|2019-07"_s};
    QTest::newRow("year") << u"The company was founded in 2019."_s << ref << QStringList{u"2019|DATE|2019"_s};
    QTest::newRow("decade") << u"Prices last fell like this in the 1990s."_s << ref
                            << QStringList{u"the 1990s|DATE|199"_s};
    QTest::newRow("decade-late") << u"Sales boomed in the late 1990s."_s << ref
                                 << QStringList{u"the late 1990s|DATE|199"_s};
    QTest::newRow("decade-apostrophe") << u"It was a hit in the '80s and since '82."_s << ref
                                       << QStringList{u"the '80s|DATE|198"_s, u"'82|DATE|1982"_s};
    QTest::newRow("century") << u"It was the worst crash of the 20th century."_s << ref
                             << QStringList{u"the 20th century|DATE|19"_s};
    QTest::newRow("mid-year") << u"The plant opens in mid-2023."_s << ref << QStringList{u"mid-2023|DATE|2023"_s};
    QTest::newRow("early-next-year") << u"A decision is due early next year."_s << ref
                                     << QStringList{u"early next year|DATE|2025"_s};
    QTest::newRow("quarter-code") << u"Revenue in Q3 2019 doubled."_s << ref << QStringList{u"Q3 2019|DATE|2019-Q3"_s};
    QTest::newRow("quarter-words-past") << u"Profit rose in the third quarter."_s << ref
                                        << QStringList{u"the third quarter|DATE|2023-Q3"_s};
    QTest::newRow("quarter-of-this-year") << u"It lost money in the first quarter of this year."_s << ref
                                          << QStringList{u"the first quarter of this year|DATE|2024-Q1"_s};
    QTest::newRow("half") << u"Deliveries start in the first half of 2024."_s << ref
                          << QStringList{u"the first half of 2024|DATE|2024-H1"_s};
    QTest::newRow("fiscal") << u"Sales grew in fiscal 2023 and in FY2022."_s << ref
                            << QStringList{u"fiscal 2023|DATE|FY2023"_s, u"FY2022|DATE|FY2022"_s};
    QTest::newRow("season") << u"The phone ships in spring 2024 or the fall of 2025."_s << ref
                            << QStringList{u"spring 2024|DATE|2024-SP"_s, u"the fall of 2025|DATE|2025-FA"_s};
    QTest::newRow("quarter-adjective") << u"Acme posted a first-quarter loss and expects a better second half."_s << ref
                                       << QStringList{u"first-quarter|DATE|2024-Q1"_s, u"second half|DATE|2024-H2"_s};
    QTest::newRow("in-the-fall") << u"The model goes on sale in the fall, after the fall in prices."_s << ref
                                 << QStringList{u"the fall|DATE|2024-FA"_s};
    QTest::newRow("year-end") << u"The deal should close by year-end."_s << ref << QStringList{u"year-end|DATE|2024"_s};
    QTest::newRow("end-of-year") << u"Talks run until the end of 2025."_s << ref
                                 << QStringList{u"the end of 2025|DATE|2025"_s};

    // Relative dates, against the reference date.
    QTest::newRow("today-yesterday") << u"Today the index rose; yesterday it fell."_s << ref
                                     << QStringList{u"Today|DATE|2024-02-27"_s, u"yesterday|DATE|2024-02-26"_s};
    QTest::newRow("weekday-past") << u"The firm said on Friday that it would cut jobs."_s << ref
                                  << QStringList{u"Friday|DATE|2024-02-23"_s};
    QTest::newRow("weekday-past-after-noun-plan")
        << u"The mayor defended her spending plan on Monday before the council."_s << ref
        << QStringList{u"Monday|DATE|2024-02-26"_s};
    QTest::newRow("weekday-past-after-the-forecast")
        << u"The bank cut the forecast on Friday."_s << ref << QStringList{u"Friday|DATE|2024-02-23"_s};
    QTest::newRow("weekday-future-plans-verb")
        << u"The mayor plans to unveil the budget on Friday."_s << ref << QStringList{u"Friday|DATE|2024-03-01"_s};
    QTest::newRow("month-day-as-word") << u"On January nine, the board approved the sale."_s << ref
                                       << QStringList{u"January nine|DATE|2024-01-09"_s};
    QTest::newRow("month-then-number-word-no-day")
        << u"In January two firms merged."_s << ref << QStringList{u"January|DATE|2024-01"_s};
    QTest::newRow("weekday-future") << u"The trial will begin on Thursday in London."_s << ref
                                    << QStringList{u"Thursday|DATE|2024-02-29"_s};
    QTest::newRow("headline-future") << u"Acme to open flagship store on Friday\nThe store opened in 2019."_s << ref
                                     << QStringList{u"Friday|DATE|2024-03-01"_s, u"2019|DATE|2019"_s};
    QTest::newRow("infinitive-after-past")
        << u"Acme agreed to buy Beta on Friday."_s << ref << QStringList{u"Friday|DATE|2024-02-23"_s};
    QTest::newRow("last-week-month-year")
        << u"Claims rose last week, fell last month and peaked last year."_s << ref
        << QStringList{u"last week|DATE|2024-W08"_s, u"last month|DATE|2024-01"_s, u"last year|DATE|2023"_s};
    // Wire copy dates deals by the week, by a day written in words, by a day of a month without its year.
    QTest::newRow("earlier-this-week") << u"Earlier this week the group launched a recommended offer."_s << ref
                                       << QStringList{u"Earlier this week|DATE|2024-W09"_s};
    QTest::newRow("month-day-capitalised-word")
        << u"The sale was completed on February Six."_s << ref << QStringList{u"February Six|DATE|2024-02-06"_s};
    QTest::newRow("month-day-later-than-now-is-last-year") << u"The stake was bought on October 15, the filing said."_s
                                                           << ref << QStringList{u"October 15|DATE|2023-10-15"_s};
    QTest::newRow("past-range-of-days") << u"The shares were bought between January 13 and February 19."_s << ref
                                        << QStringList{u"January 13|DATE|2024-01-13"_s,
                                                       u"February 19|DATE|2024-02-19"_s};
    QTest::newRow("this-next-year") << u"Growth slows this year and recovers next year."_s << ref
                                    << QStringList{u"this year|DATE|2024"_s, u"next year|DATE|2025"_s};
    QTest::newRow("ago") << u"Two weeks ago the shares hit a record."_s << ref
                         << QStringList{u"Two weeks ago|DATE|2024-02-13"_s};
    QTest::newRow("earlier-anchored") << u"It listed in 2010. Three years earlier it had been founded."_s << ref
                                      << QStringList{u"2010|DATE|2010"_s, u"Three years earlier|DATE|2007"_s};
    QTest::newRow("later-anchored") << u"He joined in 2015 and a year later he left."_s << ref
                                    << QStringList{u"2015|DATE|2015"_s, u"a year later|DATE|2016"_s};
    QTest::newRow("previous-year-anchored") << u"In 2019, profit rose 5% from the previous year."_s << ref
                                            << QStringList{u"2019|DATE|2019"_s, u"the previous year|DATE|2018"_s};
    QTest::newRow("earlier-this-month") << u"Earlier this month the bank raised rates."_s << ref
                                        << QStringList{u"Earlier this month|DATE|2024-02"_s};
    QTest::newRow("same-day") << u"Acme sued on March 3, 2021. On the same day, Beta settled."_s << ref
                              << QStringList{u"March 3, 2021|DATE|2021-03-03"_s, u"the same day|DATE|2021-03-03"_s};
    QTest::newRow("month-past") << u"Sales fell in November."_s << ref << QStringList{u"November|DATE|2023-11"_s};
    QTest::newRow("month-future") << u"The store will open in November."_s << ref
                                  << QStringList{u"November|DATE|2024-11"_s};
    QTest::newRow("month-day-future") << u"Another event is to be held on March 12."_s << ref
                                      << QStringList{u"March 12|DATE|2024-03-12"_s};
    QTest::newRow("day-range-keeps-first")
        << u"The Fed is expected to meet on March 19-20."_s << ref << QStringList{u"March 19|DATE|2024-03-19"_s};
    QTest::newRow("abbreviation-does-not-end-clause") << u"Acme Inc. Chief Executive John Smith will speak on Friday."_s
                                                      << ref << QStringList{u"Friday|DATE|2024-03-01"_s};
    QTest::newRow("decade-ago") << u"The plant opened a decade ago."_s << ref
                                << QStringList{u"a decade ago|DATE|2014"_s};
    QTest::newRow("year-is-this-year") << u"It was announced in 2022 and will close by the end of the year."_s << ref
                                       << QStringList{u"2022|DATE|2022"_s, u"the end of the year|DATE|2024"_s};
    QTest::newRow("month-day-no-tense-nearest")
        << u"The Camaro goes on sale on 5 March in 900 stores."_s << ref << QStringList{u"5 March|DATE|2024-03-05"_s};
    QTest::newRow("last-september") << u"The index has not been this high since last September."_s << ref
                                    << QStringList{u"last September|DATE|2023-09"_s};
    QTest::newRow("this-morning") << u"The company said this morning that it agreed."_s << ref
                                  << QStringList{u"this morning|DATE|2024-02-27TMO"_s};

    // Day-of-month anaphora: the verb's tense decides the direction.
    QTest::newRow("the-26th-past") << u"On the 26th (local time), MS announced a partnership."_s << ref
                                   << QStringList{u"the 26th|DATE|2024-02-26"_s};
    QTest::newRow("the-28th-past-previous-month")
        << u"On the 28th, the board approved it."_s << ref << QStringList{u"the 28th|DATE|2024-01-28"_s};
    QTest::newRow("the-26th-future") << u"The vote will take place on the 26th."_s << ref
                                     << QStringList{u"the 26th|DATE|2024-03-26"_s};

    // Times.
    QTest::newRow("pm") << u"Trading resumed at 3 p.m. on the floor."_s << ref
                        << QStringList{u"3 p.m.|TIME|2024-02-27T15:00"_s};
    QTest::newRow("british-time") << u"The statement came at 11.30am and the vote at 3.45 p.m. in London."_s << ref
                                  << QStringList{u"11.30am|TIME|2024-02-27T11:30"_s,
                                                 u"3.45 p.m.|TIME|2024-02-27T15:45"_s};
    QTest::newRow("clock-zone") << u"The Dow was down 2% at 14:00 GMT and at 0800 UTC."_s << ref
                                << QStringList{u"14:00 GMT|TIME|2024-02-27T14:00Z"_s,
                                               u"0800 UTC|TIME|2024-02-27T08:00Z"_s};
    QTest::newRow("time-on-named-day") << u"The meeting is scheduled for 10 a.m. on Thursday, Feb. 29."_s << ref
                                       << QStringList{u"10 a.m.|TIME|2024-02-29T10:00"_s,
                                                      u"Thursday, Feb. 29|DATE|2024-02-29"_s};
    QTest::newRow("weekday-morning") << u"It held a rare press conference on Friday morning."_s << ref
                                     << QStringList{u"Friday morning|TIME|2024-02-23TMO"_s};

    // Durations.
    QTest::newRow("years") << u"The contract runs for three years."_s << ref
                           << QStringList{u"three years|DURATION|P3Y"_s};
    QTest::newRow("months-digits") << u"It took 18 months to build."_s << ref
                                   << QStringList{u"18 months|DURATION|P18M"_s};
    QTest::newRow("hyphen-adjective") << u"Stocks hit a five-year high."_s << ref
                                      << QStringList{u"five-year|DURATION|P5Y"_s};
    QTest::newRow("adjective-between") << u"The yen rose after six straight days of losses."_s << ref
                                       << QStringList{u"six straight days|DURATION|P6D"_s};
    QTest::newRow("past-n-days") << u"The index fell 900 points in the past nine days."_s << ref
                                 << QStringList{u"the past nine days|DURATION|P9D"_s};
    QTest::newRow("past-decade") << u"It is the largest rally in the past decade."_s << ref
                                 << QStringList{u"the past decade|DURATION|P10Y"_s};
    QTest::newRow("next-decade") << u"It will invest $5 billion over the next decade."_s << ref
                                 << QStringList{u"the next decade|DURATION|P10Y"_s};
    QTest::newRow("following-year-anchored") << u"It opened in 2015 and closed the following year."_s << ref
                                             << QStringList{u"2015|DATE|2015"_s, u"the following year|DATE|2016"_s};
    QTest::newRow("approximate") << u"Prices are at their lowest in over six years."_s << ref
                                 << QStringList{u"over six years|DURATION|P6Y"_s};
    QTest::newRow("hours-minutes") << u"It lost 900 points in thirty minutes and recovered within 2 hours."_s << ref
                                   << QStringList{u"thirty minutes|DURATION|PT30M"_s, u"2 hours|DURATION|PT2H"_s};
    QTest::newRow("fraction") << u"The project took two and a half years."_s << ref
                              << QStringList{u"two and a half years|DURATION|P2.5Y"_s};
    QTest::newRow("quarters") << u"The economy shrank for two consecutive quarters."_s << ref
                              << QStringList{u"two consecutive quarters|DURATION|P2Q"_s};
    QTest::newRow("unknown-length") << u"Investors have waited for years."_s << ref
                                    << QStringList{u"years|DURATION|PXY"_s};
    QTest::newRow("duration-before-event")
        << u"Five years after its launch, the store leads."_s << ref << QStringList{u"Five years|DURATION|P5Y"_s};

    // Sets.
    QTest::newRow("every-year") << u"The fair is held every year."_s << ref << QStringList{u"every year|SET|P1Y"_s};
    QTest::newRow("annually") << u"Dividends are paid annually."_s << ref << QStringList{u"annually|SET|P1Y"_s};
    QTest::newRow("weekly") << u"The number of weekly claims rose."_s << ref << QStringList{u"weekly|SET|P1W"_s};
    QTest::newRow("every-monday") << u"The team meets every Monday."_s << ref
                                  << QStringList{u"every Monday|SET|XXXX-WXX-1"_s};
    QTest::newRow("twice-a-year") << u"Prices are reviewed twice a year."_s << ref << QStringList{u"a year|SET|P1Y"_s};

    // Vague references.
    QTest::newRow("recently") << u"The firm recently opened an office."_s << ref
                              << QStringList{u"recently|DATE|PAST_REF"_s};
    QTest::newRow("now-currently") << u"It is now profitable and currently hiring."_s << ref
                                   << QStringList{u"now|DATE|PRESENT_REF"_s, u"currently|DATE|PRESENT_REF"_s};
    QTest::newRow("soon") << u"MS is expected to secure shares soon."_s << ref
                          << QStringList{u"soon|DATE|FUTURE_REF"_s};
    QTest::newRow("near-term") << u"A return to growth in the near term looks good."_s << ref
                               << QStringList{u"the near term|DATE|FUTURE_REF"_s};
    QTest::newRow("recent-years") << u"It was the worst loss in recent years."_s << ref
                                  << QStringList{u"recent years|DATE|PAST_REF"_s};
}

void TimexFinderTest::testFind()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(TimexFinder().find(text, reference)), expected);
}

void TimexFinderTest::testNoMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("forbidden");

    QTest::newRow("valuation") << u"Valued at 2 billion euros, the startup grew."_s << u"2 billion"_s;
    QTest::newRow("count") << u"MS is running 1,600 AI models in its data centers."_s << u"1,600"_s;
    QTest::newRow("count-four-digits") << u"The firm has 2019 employees and 1999 stores."_s << u"2019 employees"_s;
    QTest::newRow("may-modal") << u"Analysts say the price may rise."_s << u"may"_s;
    QTest::newRow("may-modal-capital") << u"May the best bid win, the chairman said."_s << u"May"_s;
    QTest::newRow("march-verb") << u"Workers will march on the capital."_s << u"march"_s;
    QTest::newRow("march-verb-capital") << u"March with us, the union said."_s << u"March"_s;
    QTest::newRow("version") << u"The update brings iOS 4.2 and version 2019.1 of the app."_s << u"2019.1"_s;
    QTest::newRow("version-ios") << u"The update brings iOS 4.2 to older phones."_s << u"4.2"_s;
    QTest::newRow("phone") << u"Call 555-123-4567 or (212) 555-1987 for details."_s << u"1987"_s;
    QTest::newRow("money") << u"The domain sold for $2019 last week."_s << u"$2019"_s;
    // Every currency symbol the money finder reads (knowledge/currencies.json), not only the dollar's.
    QTest::newRow("money-rouble") << u"The stall sold the samovar for \u20bd1990 on Sunday."_s << u"\u20bd1990"_s;
    QTest::newRow("money-shekel") << u"Tickets cost \u20aa1850 for the whole season."_s << u"\u20aa1850"_s;
    QTest::newRow("score") << u"Arsenal won 3-2 at home."_s << u"3-2"_s;
    QTest::newRow("headline-count") << u"Businessman Sentenced to 3 Years for Embezzling"_s << u"to 3"_s;
    QTest::newRow("multi-year") << u"We are announcing a multi-year partnership with MistralAI."_s << u"multi-year"_s;
    QTest::newRow("index-name") << u"The Russell 2000 Index of smaller companies dropped."_s << u"2000"_s;
    QTest::newRow("product-year") << u"Apple unveils iLife '11 software suite."_s << u"'11"_s;
    QTest::newRow("name-april") << u"Analyst April Smith disagreed."_s << u"April"_s;
    QTest::newRow("ratio") << u"The shares were split 10:30 between the partners."_s << u"10:30"_s;
    QTest::newRow("most-recent") << u"Criticism of their most recent iPhone model grew."_s << u"recent"_s;
    QTest::newRow("named-day") << u"Stocks fell on 'Black Monday' in 1987."_s << u"Monday"_s;
    QTest::newRow("newspaper") << u"The Sunday Times reported the deal."_s << u"Sunday"_s;
    QTest::newRow("fall-verb") << u"Shares fall in 2024 as rates rise."_s << u"fall"_s;
    QTest::newRow("percent") << u"Inflation reached 2024% in the war years."_s << u"2024%"_s;
    QTest::newRow("fraction-quarters") << u"The index has lost three quarters of its value."_s << u"three quarters"_s;
    QTest::newRow("age") << u"A 30-year-old engineer and a man 45 years old were hired."_s << u"30-year-old"_s;
    QTest::newRow("age-words") << u"A 30-year-old engineer and a man 45 years old were hired."_s << u"45 years"_s;
    QTest::newRow("rank") << u"It is the 26th largest bank."_s << u"26th"_s;
}

void TimexFinderTest::testNoMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, forbidden);
    const qsizetype at = text.indexOf(forbidden);
    QVERIFY2(at >= 0, "the forbidden part must be in the text");
    const TextSpan span{int(at), int(at + forbidden.size())};
    const QList<Timex> timexes = TimexFinder().find(text, QDate(2024, 2, 27));
    for (const Timex &timex : timexes) {
        QVERIFY2(!timex.span().overlaps(span) || (forbidden == "to 3"_L1 && timex.text == "3 Years"_L1),
                 qPrintable(u"unexpected timex: "_s + timex.text + u' ' + timex.value));
    }
}

void TimexFinderTest::testDateOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("value");

    QTest::newRow("day-first-only-valid") << u"22/07/2019"_s << u"en"_s << u"2019-07-22"_s;
    QTest::newRow("month-first-only-valid") << u"07/22/2019"_s << u"en-GB"_s << u"2019-07-22"_s;
    QTest::newRow("ambiguous-us") << u"03/04/2019"_s << u"en-US"_s << u"2019-03-04"_s;
    QTest::newRow("ambiguous-plain-en") << u"03/04/2019"_s << u"en"_s << u"2019-03-04"_s;
    QTest::newRow("ambiguous-uk") << u"03/04/2019"_s << u"en-GB"_s << u"2019-04-03"_s;
    QTest::newRow("ambiguous-fr") << u"03/04/2019"_s << u"fr"_s << u"2019-04-03"_s;
    QTest::newRow("dotted-always-day-first") << u"03.04.2019"_s << u"en"_s << u"2019-04-03"_s;
    QTest::newRow("year-first") << u"2019/04/03"_s << u"fr"_s << u"2019-04-03"_s;
}

void TimexFinderTest::testDateOrder()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, value);
    const QString sentence = u"The filing is dated "_s + text + u" in the register."_s;
    const QList<Timex> timexes = TimexFinder().find(sentence, QDate(2024, 2, 27), TimexFinder::dateOrder(language));
    QCOMPARE(timexes.size(), 1);
    QCOMPARE(timexes.first().text, text);
    QCOMPARE(timexes.first().value, value);
}

void TimexFinderTest::testOffsets()
{
    // Non-ASCII text before the dates: offsets are UTF-16 indices.
    const QString text =
        u"Caf\u00e9 \u201Cr\u00e9sum\u00e9\u201D \U0001F600 opened on July 22, 2019 and closed yesterday."_s;
    const QList<Timex> timexes = TimexFinder().find(text, QDate(2024, 2, 27));
    QCOMPARE(timexes.size(), 2);
    for (const Timex &timex : timexes) {
        QCOMPARE(text.mid(timex.start, timex.end - timex.start), timex.text);
    }
    QCOMPARE(timexes.at(0).text, u"July 22, 2019"_s);
    QCOMPARE(timexes.at(1).value, u"2024-02-26"_s);
}

void TimexFinderTest::testUnknownReference()
{
    const QList<Timex> timexes =
        TimexFinder().find(u"On the 26th the firm agreed, and on July 22, 2019 it paid; yesterday it left."_s, QDate());
    QCOMPARE(describe(timexes), (QStringList{u"the 26th|DATE|XXXX-XX-26"_s, u"July 22, 2019|DATE|2019-07-22"_s,
                                             u"yesterday|DATE|XXXX-XX-XX"_s}));
}

void TimexFinderTest::testSampleArticle()
{
    const QByteArray bytes = ResourceData::bytes(u"sample-corpus/microsoft-mistral-partnership.txt"_s);
    QVERIFY(!bytes.isEmpty());
    const ArticleReader::Result result = ArticleReader().parse(bytes, u"mistral.txt"_s);
    QVERIFY(result.article);
    const Article &article = *result.article;
    QCOMPARE(article.published, QDate(2024, 2, 27));
    const QList<Timex> timexes = TimexFinder().find(article);
    const QStringList found = describe(timexes);
    QVERIFY2(found.contains(u"the 26th|DATE|2024-02-26"_s), qPrintable(found.join(u", ")));
    QVERIFY2(found.contains(u"last year|DATE|2023"_s), qPrintable(found.join(u", ")));
    QVERIFY2(found.contains(u"the same day|DATE|2024-02-26"_s), qPrintable(found.join(u", ")));
    QVERIFY2(found.contains(u"soon|DATE|FUTURE_REF"_s), qPrintable(found.join(u", ")));
    QVERIFY(!article.boilerplate.isEmpty());
    for (const Timex &timex : timexes) {
        QVERIFY2(!article.isBoilerplate(timex.span()), qPrintable(u"timex in boilerplate: "_s + timex.text));
        QCOMPARE(article.text.mid(timex.start, timex.end - timex.start), timex.text);
        QVERIFY2(timex.text != "multi-year"_L1, "a multi-year partnership names no length");
    }
}

QTEST_GUILESS_MAIN(TimexFinderTest)
#include "timexfindertest.moc"
