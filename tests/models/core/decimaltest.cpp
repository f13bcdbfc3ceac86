#include "decimal.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class DecimalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testParseAndPrint_data();
    void testParseAndPrint();
    void testRejects_data();
    void testRejects();
    void testScale_data();
    void testScale();
    void testArithmetic();
    void testRounding_data();
    void testRounding();
    void testDivision_data();
    void testDivision();
    void testOverflowIsInvalid();
    void testCompare_data();
    void testCompare();
    void testToDouble();
    void testWithinFactor_data();
    void testWithinFactor();
};

void DecimalTest::testParseAndPrint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << u"1600"_s << u"1600"_s;
    QTest::newRow("fraction") << u"5.6"_s << u"5.6"_s;
    QTest::newRow("trailing-zeros-dropped") << u"8.50"_s << u"8.5"_s;
    QTest::newRow("leading-point") << u".25"_s << u"0.25"_s;
    QTest::newRow("small-fraction") << u"0.000001"_s << u"0.000001"_s;
    QTest::newRow("negative") << u"-2.75"_s << u"-2.75"_s;
    QTest::newRow("zero-with-places") << u"0.00"_s << u"0"_s;
    QTest::newRow("38-digits") << u"12345678901234567890123456789012345678"_s
                               << u"12345678901234567890123456789012345678"_s;
}

void DecimalTest::testParseAndPrint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto d = Decimal::fromString(input);
    QVERIFY(d);
    QCOMPARE(d->toString(), expected);
}

void DecimalTest::testRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("point-only") << u"."_s;
    QTest::newRow("grouping") << u"1,600"_s;
    QTest::newRow("exponent") << u"1e9"_s;
    QTest::newRow("two-points") << u"1.2.3"_s;
    QTest::newRow("letters") << u"12m"_s;
    QTest::newRow("39-digits") << u"123456789012345678901234567890123456789"_s;
}

void DecimalTest::testRejects()
{
    QFETCH(QString, input);
    QVERIFY(!Decimal::fromString(input));
}

void DecimalTest::testScale_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("expected");
    // The binary double nearest 5.6 times 10^9 is 5599999999.999999...; exact decimals must not drift.
    QTest::newRow("5.6-billion") << u"5.6"_s << 9 << u"5600000000"_s;
    QTest::newRow("0.1-million") << u"0.1"_s << 6 << u"100000"_s;
    QTest::newRow("13.18-billion") << u"13.18"_s << 9 << u"13180000000"_s;
    QTest::newRow("trillion") << u"1.234"_s << 12 << u"1234000000000"_s;
    QTest::newRow("cents") << u"12"_s << -2 << u"0.12"_s;
    QTest::newRow("satoshi") << u"2"_s << -8 << u"0.00000002"_s;
}

void DecimalTest::testScale()
{
    QFETCH(QString, input);
    QFETCH(int, exponent);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::fromString(input)->scaledByPowerOfTen(exponent).toString(), expected);
}

void DecimalTest::testArithmetic()
{
    const Decimal two = Decimal(2);
    const Decimal half = *Decimal::fromString(u"0.5");
    QCOMPARE(((two + half).scaledByPowerOfTen(9)).toString(), u"2500000000"_s);
    QCOMPARE((two - Decimal(3)).toString(), u"-1"_s);
    QCOMPARE((Decimal(2000000000) * *Decimal::fromString(u"1.0852")).toString(), u"2170400000"_s);
    QCOMPARE((*Decimal::fromString(u"0.1") + *Decimal::fromString(u"0.2")).toString(), u"0.3"_s);
    QVERIFY(*Decimal::fromString(u"2.50") == *Decimal::fromString(u"2.5"));
    QVERIFY(*Decimal::fromString(u"1.9") < Decimal(2));
    QVERIFY(Decimal(-5) < Decimal(1));
    QVERIFY(!(Decimal(3) < Decimal(3)));
}

void DecimalTest::testRounding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("halfUp");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half-even-down") << u"2.125"_s << 2 << false << u"2.12"_s;
    QTest::newRow("half-even-up") << u"2.135"_s << 2 << false << u"2.14"_s;
    QTest::newRow("half-up") << u"2.125"_s << 2 << true << u"2.13"_s;
    QTest::newRow("below-half") << u"2.1249"_s << 2 << true << u"2.12"_s;
    QTest::newRow("above-half") << u"2.12501"_s << 2 << false << u"2.13"_s;
    QTest::newRow("negative-half-up") << u"-2.125"_s << 2 << true << u"-2.13"_s;
    QTest::newRow("negative-half-even") << u"-2.125"_s << 2 << false << u"-2.12"_s;
    QTest::newRow("to-whole") << u"0.5"_s << 0 << false << u"0"_s;
    QTest::newRow("to-thousands") << u"1234567"_s << -3 << false << u"1235000"_s;
    QTest::newRow("already-short") << u"7.1"_s << 2 << false << u"7.1"_s;
}

void DecimalTest::testRounding()
{
    QFETCH(QString, input);
    QFETCH(int, places);
    QFETCH(bool, halfUp);
    QFETCH(QString, expected);
    const auto rounding = halfUp ? Decimal::Rounding::HalfUp : Decimal::Rounding::HalfEven;
    QCOMPARE(Decimal::fromString(input)->rounded(places, rounding).toString(), expected);
}

void DecimalTest::testDivision_data()
{
    QTest::addColumn<QString>("dividend");
    QTest::addColumn<QString>("divisor");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thirds") << u"1"_s << u"3"_s << 4 << u"0.3333"_s;
    QTest::newRow("two-thirds-rounds-up") << u"2"_s << u"3"_s << 2 << u"0.67"_s;
    // 1e9 yen at 163.38 yen and 1.0852 dollars per euro.
    QTest::newRow("yen-to-dollars") << u"1085200000"_s << u"163.38"_s << 2 << u"6642183.87"_s;
    QTest::newRow("negative") << u"-1"_s << u"8"_s << 2 << u"-0.12"_s;
    QTest::newRow("exact") << u"10"_s << u"0.25"_s << 2 << u"40"_s;
}

void DecimalTest::testDivision()
{
    QFETCH(QString, dividend);
    QFETCH(QString, divisor);
    QFETCH(int, places);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::fromString(dividend)->divided(*Decimal::fromString(divisor), places).toString(), expected);
}

void DecimalTest::testOverflowIsInvalid()
{
    const Decimal big = *Decimal::fromString(u"99999999999999999999999999999999999999");
    QVERIFY(!(big * Decimal(10)).isValid());
    QVERIFY(!(big + big).isValid());
    QVERIFY(!big.scaledByPowerOfTen(5).isValid());
    QVERIFY(!Decimal(1).divided(Decimal(0), 2).isValid());
    QVERIFY((big * Decimal(10)).toString().isEmpty());
}

void DecimalTest::testCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal-despite-places") << u"5.60"_s << u"5.6"_s << 0;
    QTest::newRow("fraction-decides") << u"1000000000.01"_s << u"1000000000"_s << 1;
    QTest::newRow("negative-below-zero") << u"-0.5"_s << u"0"_s << -1;
    QTest::newRow("more-places-smaller") << u"0.0001"_s << u"0.001"_s << -1;
    QTest::newRow("38-digits-against-fraction") << u"99999999999999999999999999999999999999"_s << u"0.5"_s << 1;
}

void DecimalTest::testCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Decimal x = *Decimal::fromString(a);
    const Decimal y = *Decimal::fromString(b);
    QCOMPARE(x.compare(y), expected);
    QCOMPARE(y.compare(x), -expected);
    QCOMPARE(x == y, expected == 0);
    QCOMPARE(x < y, expected < 0);
    QCOMPARE(std::optional<Decimal>(x) == std::optional<Decimal>(y), expected == 0);
}

void DecimalTest::testToDouble()
{
    QCOMPARE(Decimal::fromString(u"5600000000")->toDouble(), 5600000000.0);
    QCOMPARE(Decimal::fromString(u"-2.75")->toDouble(), -2.75);
    QCOMPARE(Decimal::fromString(u"0.1")->toDouble(), 0.1);
    QCOMPARE((*Decimal::fromString(u"99999999999999999999999999999999999999") * Decimal(10)).toDouble(), 0.0);
}

void DecimalTest::testWithinFactor_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<bool>("expected");
    QTest::newRow("double-is-within-2") << u"5"_s << u"10"_s << u"2"_s << true;
    QTest::newRow("order-does-not-matter") << u"10"_s << u"5"_s << u"2"_s << true;
    QTest::newRow("just-over-2") << u"5"_s << u"10.01"_s << u"2"_s << false;
    QTest::newRow("five-percent-exactly") << u"100"_s << u"105"_s << u"1.05"_s << true;
    QTest::newRow("a-cent-over-five-percent") << u"100"_s << u"105.01"_s << u"1.05"_s << false;
    QTest::newRow("same-amount-other-places") << u"2170400000.00"_s << u"2170400000"_s << u"1.000001"_s << true;
    QTest::newRow("millionth-apart") << u"1000000"_s << u"1000001"_s << u"1.000001"_s << true;
    QTest::newRow("two-millionths-apart") << u"1000000"_s << u"1000002"_s << u"1.000001"_s << false;
    QTest::newRow("zero-never") << u"0"_s << u"0"_s << u"2"_s << false;
    QTest::newRow("negative-never") << u"-5"_s << u"-5"_s << u"2"_s << false;
    QTest::newRow("beyond-38-digits") << u"99999999999999999999999999999999999999"_s
                                      << u"99999999999999999999999999999999999998"_s << u"1.05"_s << true;
}

void DecimalTest::testWithinFactor()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, factor);
    QFETCH(bool, expected);
    QCOMPARE(Decimal::withinFactor(*Decimal::fromString(a), *Decimal::fromString(b), *Decimal::fromString(factor)),
             expected);
}

QTEST_GUILESS_MAIN(DecimalTest)
#include "decimaltest.moc"
