#include "exchangerates.h"
#include "moneyfigure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ExchangeRatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testTable();
    void testToUsd_data();
    void testToUsd();
    void testNoRate_data();
    void testNoRate();
    void testFillUsd();
    void testSmallTable();
};

void ExchangeRatesTest::testTable()
{
    const ExchangeRates &rates = ExchangeRates::instance();
    QVERIFY(!rates.isEmpty());
    QCOMPARE(rates.firstDate(), QDate(1999, 1, 4));
    QCOMPARE(rates.lastDate(), QDate(2025, 5, 9));
    const QStringList codes = rates.currencies();
    for (const auto &code : {"USD"_L1, "EUR"_L1, "JPY"_L1, "GBP"_L1, "KRW"_L1, "CNY"_L1, "CHF"_L1}) {
        QVERIFY2(codes.contains(code), qPrintable(QString(code)));
    }
    const auto usd = rates.euroRate(u"USD"_s, QDate(2024, 2, 26));
    QVERIFY(usd);
    QCOMPARE(usd->first.toString(), u"1.0852"_s);
}

void ExchangeRatesTest::testToUsd_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("usd");
    QTest::addColumn<QDate>("rateDate");

    // Mistral's valuation, ECB USD 1.0852 on 26 February 2024.
    QTest::newRow("euro-valuation") << u"2000000000"_s << u"EUR"_s << QDate(2024, 2, 26) << u"2170400000"_s
                                    << QDate(2024, 2, 26);
    QTest::newRow("pound-cross-rate") << u"1000000"_s << u"GBP"_s << QDate(2024, 2, 26) << u"1269313.99"_s
                                      << QDate(2024, 2, 26);
    QTest::newRow("saturday-uses-friday")
        << u"6600000000"_s << u"KRW"_s << QDate(2024, 2, 24) << u"4962309.59"_s << QDate(2024, 2, 23);
    QTest::newRow("christmas-uses-eve") << u"5000000"_s << u"JPY"_s << QDate(2024, 12, 26) << u"31837.67"_s
                                        << QDate(2024, 12, 24);
    QTest::newRow("first-day") << u"100000000"_s << u"JPY"_s << QDate(1999, 1, 4) << u"881552.38"_s
                               << QDate(1999, 1, 4);
    QTest::newRow("yuan") << u"1000"_s << u"CNY"_s << QDate(2024, 2, 26) << u"138.95"_s << QDate(2024, 2, 26);
    QTest::newRow("dollar-is-itself") << u"13000000000"_s << u"USD"_s << QDate(2024, 2, 27) << u"13000000000"_s
                                      << QDate(2024, 2, 27);
    QTest::newRow("dollar-before-table") << u"75000000"_s << u"USD"_s << QDate(1989, 10, 2) << u"75000000"_s
                                         << QDate(1989, 10, 2);
    QTest::newRow("table-end-plus-ten-days")
        << u"1"_s << u"EUR"_s << QDate(2025, 5, 19) << u"1.13"_s << QDate(2025, 5, 9);
    // The ECB stopped quoting the Cyprus pound after 2007; its last rate may serve a few days only.
    QTest::newRow("discontinued-recent") << u"1000"_s << u"CYP"_s << QDate(2008, 1, 4) << u"2515.23"_s
                                         << QDate(2007, 12, 31);
}

void ExchangeRatesTest::testToUsd()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QDate, date);
    QFETCH(QString, usd);
    QFETCH(QDate, rateDate);
    const auto conversion = ExchangeRates::instance().toUsd(*Decimal::fromString(amount), currency, date);
    QVERIFY(conversion);
    QCOMPARE(conversion->usd.toString(), usd);
    QCOMPARE(conversion->rateDate, rateDate);
}

void ExchangeRatesTest::testNoRate_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("date");
    QTest::newRow("euro-before-1999") << u"EUR"_s << QDate(1998, 12, 31);
    QTest::newRow("franc-1989") << u"CHF"_s << QDate(1989, 10, 2);
    QTest::newRow("unknown-currency") << u"XBT"_s << QDate(2024, 2, 26);
    QTest::newRow("not-in-table") << u"CRC"_s << QDate(2024, 2, 26);
    QTest::newRow("far-after-table") << u"EUR"_s << QDate(2025, 6, 1);
    QTest::newRow("discontinued-long-ago") << u"CYP"_s << QDate(2024, 2, 26);
    QTest::newRow("not-yet-quoted") << u"CNY"_s << QDate(1999, 6, 1);
    QTest::newRow("invalid-date") << u"EUR"_s << QDate();
}

void ExchangeRatesTest::testNoRate()
{
    QFETCH(QString, currency);
    QFETCH(QDate, date);
    QVERIFY(!ExchangeRates::instance().toUsd(Decimal(1000), currency, date));
}

void ExchangeRatesTest::testFillUsd()
{
    MoneyFigure figure;
    figure.amount = Decimal(2000000000);
    figure.currency = u"EUR"_s;
    ExchangeRates::instance().fillUsd(figure, QDate(2024, 2, 26));
    QCOMPARE(Decimal::toString(figure.usd), u"2170400000"_s);
    QCOMPARE(figure.usdRateDate, QDate(2024, 2, 26));
    ExchangeRates::instance().fillUsd(figure, QDate(1990, 1, 1));
    QVERIFY(!figure.usd);
    QVERIFY(!figure.usdRateDate.isValid());
}

void ExchangeRatesTest::testSmallTable()
{
    ExchangeRates rates;
    QVERIFY(!rates.load("nonsense"));
    QVERIFY(rates.load("Date,USD,GBP,\r\n2020-01-03,1.1,N/A,\r\n2020-01-02,1.2,0.8,\r\n"));
    QCOMPARE(rates.firstDate(), QDate(2020, 1, 2));
    QCOMPARE(rates.lastDate(), QDate(2020, 1, 3));
    const auto gbp = rates.toUsd(Decimal(8), u"GBP"_s, QDate(2020, 1, 3));
    QVERIFY(gbp);
    QCOMPARE(gbp->usd.toString(), u"12"_s);
    QCOMPARE(gbp->rateDate, QDate(2020, 1, 2));
}

QTEST_GUILESS_MAIN(ExchangeRatesTest)
#include "exchangeratestest.moc"
