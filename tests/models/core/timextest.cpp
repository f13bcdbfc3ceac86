#include "timex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class TimexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testResolve_data();
    void testResolve();
    void testNoCalendarDate_data();
    void testNoCalendarDate();
    void testSetValueKeepsBoth();
};

Q_DECLARE_METATYPE(Newsline::DatePrecision)
Q_DECLARE_METATYPE(Newsline::Timex::Reference)

void TimexTest::testResolve_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DatePrecision>("precision");

    QTest::newRow("day") << u"2019-07-22"_s << QDate(2019, 7, 22) << DatePrecision::Day;
    QTest::newRow("day-with-time") << u"2024-02-26T15:30"_s << QDate(2024, 2, 26) << DatePrecision::Day;
    QTest::newRow("day-part") << u"2024-02-26TMO"_s << QDate(2024, 2, 26) << DatePrecision::Day;
    QTest::newRow("month") << u"1987-03"_s << QDate(1987, 3, 1) << DatePrecision::Month;
    QTest::newRow("month-unknown-day") << u"1987-03-XX"_s << QDate(1987, 3, 1) << DatePrecision::Month;
    QTest::newRow("year") << u"2023"_s << QDate(2023, 1, 1) << DatePrecision::Year;
    // ISO week 1 of 2021 begins on Monday 4 January 2021; week 1 of 2020 on Monday 30 December 2019.
    QTest::newRow("week") << u"2021-W01"_s << QDate(2021, 1, 4) << DatePrecision::Week;
    QTest::newRow("week-in-previous-year") << u"2020-W01"_s << QDate(2019, 12, 30) << DatePrecision::Week;
    QTest::newRow("week-ten") << u"2024-W10"_s << QDate(2024, 3, 4) << DatePrecision::Week;
    QTest::newRow("quarter-to-its-year") << u"2013-Q1"_s << QDate(2013, 1, 1) << DatePrecision::Year;
    QTest::newRow("half-to-its-year") << u"2013-H2"_s << QDate(2013, 1, 1) << DatePrecision::Year;
    QTest::newRow("season-to-its-year") << u"1999-SU"_s << QDate(1999, 1, 1) << DatePrecision::Year;
}

void TimexTest::testResolve()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QFETCH(DatePrecision, precision);
    const Timex::Resolved resolved = Timex::resolve(value);
    QCOMPARE(resolved.date, date);
    QCOMPARE(resolved.precision, precision);
    QCOMPARE(resolved.reference, Timex::Reference::None);
}

void TimexTest::testNoCalendarDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Timex::Reference>("reference");

    QTest::newRow("past") << u"PAST_REF"_s << Timex::Reference::Past;
    QTest::newRow("present") << u"PRESENT_REF"_s << Timex::Reference::Present;
    QTest::newRow("future") << u"FUTURE_REF"_s << Timex::Reference::Future;
    QTest::newRow("duration") << u"P3Y"_s << Timex::Reference::None;
    QTest::newRow("day-of-unknown-month") << u"XXXX-XX-26"_s << Timex::Reference::None;
    QTest::newRow("weekday-of-unknown-week") << u"XXXX-WXX-1"_s << Timex::Reference::None;
    QTest::newRow("decade") << u"199"_s << Timex::Reference::None;
    QTest::newRow("thirtieth-of-february") << u"2024-02-30"_s << Timex::Reference::None;
    QTest::newRow("thirteenth-month") << u"2024-13"_s << Timex::Reference::None;
    QTest::newRow("empty") << QString() << Timex::Reference::None;
}

void TimexTest::testNoCalendarDate()
{
    QFETCH(QString, value);
    QFETCH(Timex::Reference, reference);
    const Timex::Resolved resolved = Timex::resolve(value);
    QVERIFY(!resolved.date.isValid());
    QCOMPARE(resolved.precision, DatePrecision::Unknown);
    QCOMPARE(resolved.reference, reference);
}

void TimexTest::testSetValueKeepsBoth()
{
    Timex t{10, 20, u"last Monday"_s, Timex::Type::Date};
    t.setValue(u"2016-02-08"_s);
    QCOMPARE(t.value, u"2016-02-08"_s);
    QCOMPARE(t.day(), QDate(2016, 2, 8));
    t.setValue(u"2016-02"_s);
    // A month names no single day.
    QVERIFY(!t.day().isValid());
    QCOMPARE(t.resolved.date, QDate(2016, 2, 1));
}

QTEST_GUILESS_MAIN(TimexTest)
#include "timextest.moc"
