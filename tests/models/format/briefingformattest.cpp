#include "briefingformat.h"
#include "moneywording.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// How a briefing writes amounts and dates for an English reader.
class BriefingFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMoney_data();
    void testMoney();
    void testMoneyInLanguage_data();
    void testMoneyInLanguage();
    void testCompactLabel_data();
    void testCompactLabel();
    void testMoneyNot_data();
    void testMoneyNot();
    void testFigure_data();
    void testFigure();
    void testEventDate_data();
    void testEventDate();
};

void BriefingFormatTest::testMoney_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("euro-billions") << u"2000000000"_s << u"EUR"_s << u"€2 billion"_s;
    QTest::newRow("dollar-decimal-billions") << u"5600000000"_s << u"USD"_s << u"$5.6 billion"_s;
    QTest::newRow("exact-not-rounded") << u"2170400000"_s << u"USD"_s << u"$2.1704 billion"_s;
    QTest::newRow("trillion") << u"1200000000000"_s << u"USD"_s << u"$1.2 trillion"_s;
    QTest::newRow("won-millions") << u"2500000"_s << u"KRW"_s << u"₩2.5 million"_s;
    QTest::newRow("code-without-symbol") << u"300000"_s << u"CHF"_s << u"CHF 300,000"_s;
    QTest::newRow("cents") << u"12.5"_s << u"GBP"_s << u"£12.50"_s;
}

void BriefingFormatTest::testMoney()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(BriefingFormat(QLocale(QLocale::English)).money(*Decimal::fromString(amount), currency), expected);
}

void BriefingFormatTest::testMoneyInLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("rounded");
    QTest::addColumn<QString>("expected");
    // French groups thousands with a narrow no-break space, as QLocale writes them.
    const QString thin = QString(QChar(0x202f));
    QTest::newRow("fr-dollar-billions") << u"fr"_s << u"13000000000"_s << u"USD"_s << false << u"13 milliards $US"_s;
    QTest::newRow("fr-one-and-a-half-singular")
        << u"fr"_s << u"1500000000"_s << u"EUR"_s << false << u"1,5 milliard €"_s;
    QTest::newRow("fr-rounded") << u"fr"_s << u"2170400000"_s << u"USD"_s << true << u"2,17 milliards $US"_s;
    QTest::newRow("fr-millions-plural") << u"fr"_s << u"538000000"_s << u"USD"_s << false << u"538 millions $US"_s;
    QTest::newRow("fr-code-after") << u"fr"_s << u"300000"_s << u"XAF"_s << false << u"300"_s + thin + u"000 XAF"_s;
    QTest::newRow("ko-dollar-eok") << u"ko"_s << u"13000000000"_s << u"USD"_s << false << u"130억 달러"_s;
    QTest::newRow("ko-rounded") << u"ko"_s << u"2170400000"_s << u"USD"_s << true << u"21.7억 달러"_s;
    QTest::newRow("ko-won-man") << u"ko"_s << u"2500000"_s << u"KRW"_s << false << u"250만 원"_s;
    QTest::newRow("ko-jo") << u"ko"_s << u"1200000000000"_s << u"USD"_s << false << u"1.2조 달러"_s;
    QTest::newRow("ko-below-man") << u"ko"_s << u"5000"_s << u"USD"_s << false << u"5,000 달러"_s;
    QTest::newRow("en-rounding-carries") << u"en"_s << u"999960000"_s << u"USD"_s << true << u"$1 billion"_s;
}

void BriefingFormatTest::testMoneyInLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(bool, rounded);
    QFETCH(QString, expected);
    const BriefingFormat format{QLocale(language)};
    QCOMPARE(rounded ? format.roundedUsd(*Decimal::fromString(amount))
                     : format.money(*Decimal::fromString(amount), currency),
             expected);
}

void BriefingFormatTest::testCompactLabel_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("expected");
    // The window's labels (table, timeline, chart) speak the reader's language as the briefing does, shorter.
    QTest::newRow("en-billions") << u"en"_s << 2.1704e9 << u"$2.17B"_s;
    QTest::newRow("en-whole-billion") << u"en"_s << 1e9 << u"$1B"_s;
    QTest::newRow("en-millions") << u"en"_s << 538e6 << u"$538M"_s;
    QTest::newRow("en-thousands") << u"en"_s << 45300.0 << u"$45.3K"_s;
    QTest::newRow("en-trillion") << u"en"_s << 1.25e12 << u"$1.25T"_s;
    QTest::newRow("en-below-thousand") << u"en"_s << 71.0 << u"$71"_s;
    QTest::newRow("en-carries-to-billion") << u"en"_s << 999.96e6 << u"$1B"_s;
    QTest::newRow("fr-milliards") << u"fr"_s << 2.1704e9 << u"2,17 Md $US"_s;
    QTest::newRow("fr-millions") << u"fr"_s << 5.6e6 << u"5,6 M $US"_s;
    QTest::newRow("ko-eok") << u"ko"_s << 2.1704e9 << u"21.7억 달러"_s;
    QTest::newRow("ko-jo") << u"ko"_s << 1.2e12 << u"1.2조 달러"_s;
}

void BriefingFormatTest::testCompactLabel()
{
    QFETCH(QString, language);
    QFETCH(double, usd);
    QFETCH(QString, expected);
    QCOMPARE(MoneyWording(QLocale(language)).compactAmount(usd, u"USD"_s), expected);
}

void BriefingFormatTest::testMoneyNot_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("wrong");
    // Trailing zeros and scientific notation would read as more precision, or as a different number.
    QTest::newRow("no-trailing-zeros") << u"13000000000"_s << u"USD"_s << u"$13.0 billion"_s;
    QTest::newRow("no-exponent") << u"13000000000"_s << u"USD"_s << u"1.3e+10"_s;
    QTest::newRow("not-rounded-away") << u"1500000"_s << u"USD"_s << u"$2 million"_s;
    QTest::newRow("no-symbol-for-code") << u"300000"_s << u"CHF"_s << u"$300,000"_s;
}

void BriefingFormatTest::testMoneyNot()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, wrong);
    QVERIFY(!BriefingFormat(QLocale(QLocale::English)).money(*Decimal::fromString(amount), currency).contains(wrong));
}

void BriefingFormatTest::testFigure_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("amountMax");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("usd");
    QTest::addColumn<QString>("expected");
    QTest::newRow("euro-with-dollars") << u"2000000000"_s << QString() << u"EUR"_s << false << u"2170400000"_s
                                       << u"$2.17 billion (€2 billion)"_s;
    QTest::newRow("dollars-alone") << u"13000000000"_s << QString() << u"USD"_s << false << u"13000000000"_s
                                   << u"$13 billion"_s;
    QTest::newRow("range-approximate") << u"1000000000"_s << u"2000000000"_s << u"USD"_s << true << u"1000000000"_s
                                       << u"about $1 billion to $2 billion"_s;
    QTest::newRow("no-rate-visible") << u"5000000"_s << QString() << u"XAF"_s << false << QString()
                                     << u"XAF 5 million (no dollar rate known)"_s;
}

void BriefingFormatTest::testFigure()
{
    QFETCH(QString, amount);
    QFETCH(QString, amountMax);
    QFETCH(QString, currency);
    QFETCH(bool, approximate);
    QFETCH(QString, usd);
    QFETCH(QString, expected);
    MoneyFigure figure;
    figure.amount = Decimal::fromString(amount);
    figure.amountMax = Decimal::fromString(amountMax);
    figure.currency = currency;
    figure.approximate = approximate;
    figure.usd = Decimal::fromString(usd);
    QCOMPARE(BriefingFormat(QLocale(QLocale::English)).usdWithOriginal(figure), expected);
}

void BriefingFormatTest::testEventDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day") << QDate(2024, 2, 26) << int(Event::Precision::Day) << u"26 February 2024"_s;
    QTest::newRow("month") << QDate(2024, 2, 1) << int(Event::Precision::Month) << u"February 2024"_s;
    QTest::newRow("year") << QDate(2023, 1, 1) << int(Event::Precision::Year) << u"2023"_s;
    QTest::newRow("unknown-stays-visible") << QDate() << int(Event::Precision::Unknown) << u"date unknown"_s;
}

void BriefingFormatTest::testEventDate()
{
    QFETCH(QDate, date);
    QFETCH(int, precision);
    QFETCH(QString, expected);
    Event event;
    event.date = date;
    event.precision = Event::Precision(precision);
    QCOMPARE(BriefingFormat(QLocale(QLocale::English)).eventDate(event), expected);
}

QTEST_GUILESS_MAIN(BriefingFormatTest)
#include "briefingformattest.moc"
