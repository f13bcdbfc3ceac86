#pragma once

#include "briefingselection.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Newsline {

/// What a briefing PDF holds and how it is laid out.
struct BriefingOptions
{
    /// The cover title; empty for one composed from the actors and the period.
    QString title;
    /// The period and the events or lanes to include; empty for everything.
    BriefingFilter filter;
    /// What the selection is, in the reader's words, for the cover ("events matching the table filter “Mistral”");
    /// empty to say it from the filter.
    QString coverage;
    /// Language of dates and numbers ("en", "fr", "ko"); empty for the default locale. Words follow the translator.
    QString language;
    /// Paper: A4 or Letter.
    QPageSize::PageSizeId pageSize = defaultPageSize();
    /// The day printed as the generation date.
    QDate generated = QDate::currentDate();
    /// The last day of the exchange rates the dollar values are at, said on the cover with how old it is; invalid to
    /// say nothing of it.
    QDate ratesLastDate;

    /// The paper of the locale's territory: Letter in North America and the few others that use it, else A4.
    [[nodiscard]] static QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());
    /// The locale for dates and numbers.
    [[nodiscard]] QLocale locale() const { return language.isEmpty() ? QLocale() : QLocale(language); }
};

} // namespace Newsline
