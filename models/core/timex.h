#pragma once

#include "textspan.h"

#include <QString>

namespace Newsline {

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

    int start = -1;
    int end = -1;
    QString text;
    Type type = Type::Date;
    /// TIMEX3 value: "2024-02-26", "2023", "P3Y", "2013-Q1", "PRESENT_REF", "XXXX-XX-26", ...
    QString value;

    /// True when the expression has a span and a value.
    [[nodiscard]] bool hasResult() const { return start >= 0 && end > start && !value.isEmpty(); }
    /// The span of the expression in the article text.
    [[nodiscard]] TextSpan span() const { return {start, end}; }
    /// TIMEX3 type name: DATE, TIME, DURATION or SET.
    [[nodiscard]] static QString typeName(Type type);
};

} // namespace Newsline
