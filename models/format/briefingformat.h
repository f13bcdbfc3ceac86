#pragma once

#include "event.h"
#include "moneyfigure.h"
#include "moneywording.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Newsline {

/// How a briefing writes amounts, dates, kinds and languages for a reader, in the reader's language.
class BriefingFormat
{
    Q_DECLARE_TR_FUNCTIONS(Newsline::BriefingFormat)

public:
    /// Uses the locale for numbers and dates (the default locale when none is given).
    explicit BriefingFormat(const QLocale &locale = QLocale());

    /// An amount as a reader says it: "€2 billion", "$5.6 billion", "CHF 300,000"; exact.
    [[nodiscard]] QString money(const Decimal &amount, const QString &currency) const;
    /// A US dollar amount rounded to three significant digits: "$2.17 billion".
    [[nodiscard]] QString roundedUsd(const Decimal &usd) const;
    /// A dollar amount between figures (a chart's axis), rounded as roundedUsd().
    [[nodiscard]] QString roundedUsd(double usd) const;
    /// A figure's original amount with its range and approximation: "about €2 billion", "$1–2 billion".
    [[nodiscard]] QString original(const MoneyFigure &figure) const;
    /// A figure's US dollar equivalent, "$2.17 billion", or a visible "no dollar rate known".
    [[nodiscard]] QString usd(const MoneyFigure &figure) const;
    /// The figure in one currency with the original beside: "$2.17 billion (€2 billion)".
    [[nodiscard]] QString usdWithOriginal(const MoneyFigure &figure) const;
    /// A day written out: "26 February 2024".
    [[nodiscard]] QString date(const QDate &date) const;
    /// A month written out: "March 1987".
    [[nodiscard]] QString month(const QDate &date) const;
    /// An event's date to its precision ("February 2024", "2023"), or "date unknown".
    [[nodiscard]] QString eventDate(const Event &event) const;
    /// A period "2019–2024" (one year when both ends share it); empty when either end is unknown.
    [[nodiscard]] QString yearSpan(const QDate &first, const QDate &last) const;
    /// A period written out: "22 July 2019 – 27 February 2024".
    [[nodiscard]] QString period(const QDate &first, const QDate &last) const;
    /// The reader's word for a figure kind: "investment", "valuation", ...
    [[nodiscard]] static QString kind(MoneyFigure::Kind kind);
    /// The reader's word for an event type: "partnership", "investment", ...
    [[nodiscard]] static QString eventType(Event::Type type);
    /// A language by its code: "Korean (한국어)"; "not stated" when empty.
    [[nodiscard]] QString language(const QString &code) const;
    /// The locale used.
    [[nodiscard]] const QLocale &locale() const { return m_locale; }

    /// The money wording used.
    [[nodiscard]] const MoneyWording &moneyWording() const { return m_money; }

private:
    QLocale m_locale;
    MoneyWording m_money;
};

} // namespace Newsline
