#pragma once

#include "decimal.h"

#include <QLocale>
#include <QString>

namespace Newsline {

/// Amounts of money written the way a reader of a language says them, from knowledge/money-wording.json and the
/// locale's digits: "$13 billion", "13 milliards $US", "130억 달러". Languages without wording of their own get the
/// English forms with their own digits.
class MoneyWording
{
public:
    /// Wording for the locale's language.
    explicit MoneyWording(const QLocale &locale = QLocale());

    /// An amount in a currency (ISO 4217), from its exact value; rounded (half up) to three significant digits when
    /// rounded, else exact to six decimals of its scale word.
    [[nodiscard]] QString amount(const Decimal &value, const QString &currency, bool rounded) const;
    /// The number alone with its scale word: "13 billion", "13 milliards", "130억".
    [[nodiscard]] QString scaled(const Decimal &value, bool rounded) const;
    /// An amount known only approximately (a chart's axis between two figures): as amount(), rounded.
    [[nodiscard]] QString roundedAmount(double value, const QString &currency) const;
    /// An amount for a label where room is scarce, in the language's short scale words: "$2.17B", "2,17 Md $US",
    /// "21.7억 달러"; three significant digits.
    [[nodiscard]] QString compactAmount(double value, const QString &currency) const;
    /// The locale used.
    [[nodiscard]] const QLocale &locale() const { return m_locale; }

private:
    [[nodiscard]] QString number(const Decimal &value, int decimals) const;
    [[nodiscard]] QString scaledWith(const Decimal &value, bool rounded, const QString &scalesKey) const;
    [[nodiscard]] QString withCurrency(const QString &digits, const QString &currency) const;

    QLocale m_locale;
    QString m_language;
};

} // namespace Newsline
