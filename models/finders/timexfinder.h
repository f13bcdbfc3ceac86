#pragma once

#include "article.h"
#include "timex.h"

#include <QDate>
#include <QList>

namespace Newsline {

/// Finds temporal expressions and normalises them to TIMEX3 values against a reference date.
///
/// Resolution rules, in brief (the .cpp says why):
/// - Relative expressions (today, last week, two weeks ago, Tuesday) count from the reference date, except
///   "the same day", "that day", "a year later", "three years earlier", which TimeML anchors to the date the
///   text last mentioned.
/// - A weekday, a month, a day of month ("the 26th") or a quarter without a year resolves by the tense of the
///   clause: the latest one not after the reference date when the nearest tense word is past (the default for
///   news), the next one not before it when it is future (will, scheduled, until, ...). A month or a month and
///   day with no tense word near it takes the nearest occurrence ("goes on sale on 5 June").
/// - Numeric dates: 2019-07-22 and 2019/07/22 are year-month-day. For 22/07/2019 or 07/22/2019 the reading that
///   is a valid date wins; when both are valid (03/04/2019), month-first is used for US English ("en", "en-US")
///   and day-first for every other language or region (en-GB, fr, de, ko...). Dotted dates (22.07.2019) are
///   always day-first.
class TimexFinder
{
public:
    /// Which way round an ambiguous numeric date (03/04/2019) is read.
    enum class DateOrder
    {
        MonthFirst,
        DayFirst
    };

    /// Timexes of an article's non-boilerplate sentences, resolved against its publication date.
    [[nodiscard]] QList<Timex> find(const Article &article) const;
    /// Timexes of a plain text, resolved against reference (may be invalid: relative values stay unresolved).
    [[nodiscard]] QList<Timex> find(const QString &text, const QDate &reference) const;
    /// Timexes of a plain text with an explicit numeric date order.
    [[nodiscard]] QList<Timex> find(const QString &text, const QDate &reference, DateOrder order) const;

    /// The numeric date order of a language tag ("en", "en-US" month-first; anything else day-first).
    [[nodiscard]] static DateOrder dateOrder(const QString &language);

private:
    [[nodiscard]] QList<Timex> find(const QString &text, const QList<TextSpan> &ranges, const QDate &reference,
                                    DateOrder order) const;
};

} // namespace Newsline
