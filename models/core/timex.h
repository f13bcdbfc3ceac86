#pragma once

#include "textspan.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace Newsline {

/// How finely a date is known.
enum class DatePrecision
{
    Day,
    Week,
    Month,
    Year,
    Unknown
};

/// A temporal expression found in an article, normalised after TimeML TIMEX3.
struct Timex
{
    enum class Type
    {
        Date,
        Time,
        Duration,
        Set
    };
    /// A reference to the past, the present or the future without a date ("recently", "now", "soon").
    enum class Reference
    {
        None,
        Past,
        Present,
        Future
    };

    /// The calendar date a TIMEX3 value names, as far as it names one.
    struct Resolved
    {
        /// The first day of the period named: the day, the Monday of a week, the first of a month, 1 January of a
        /// year (quarters, halves and seasons are dated to their year: a coarser date, never a wrong one); invalid
        /// when the value names no calendar date (durations, "XXXX-XX-26", references).
        QDate date;
        DatePrecision precision = DatePrecision::Unknown;
        Reference reference = Reference::None;
    };

    int start = -1;
    int end = -1;
    QString text;
    Type type = Type::Date;
    /// TIMEX3 value: "2024-02-26", "2023", "P3Y", "2013-Q1", "PRESENT_REF", "XXXX-XX-26", ...
    QString value;
    /// What value names on the calendar, set with it (setValue()).
    Resolved resolved;

    /// Sets the TIMEX3 value and what it names on the calendar.
    void setValue(const QString &timexValue)
    {
        value = timexValue;
        resolved = resolve(timexValue);
    }
    /// The exact day named, invalid unless the value names one day (with or without a time of day).
    [[nodiscard]] QDate day() const { return resolved.precision == DatePrecision::Day ? resolved.date : QDate(); }

    /// True when the expression has a span and a value.
    [[nodiscard]] bool hasResult() const { return start >= 0 && end > start && !value.isEmpty(); }
    /// The span of the expression in the article text.
    [[nodiscard]] TextSpan span() const { return {start, end}; }
    /// TIMEX3 type name: DATE, TIME, DURATION or SET.
    [[nodiscard]] static QString typeName(Type type);
    /// Reads a TIMEX3 value of type DATE or TIME: the one reader of such values, used when a value is made or read
    /// back from storage.
    [[nodiscard]] static Resolved resolve(QStringView value);
};

} // namespace Newsline
