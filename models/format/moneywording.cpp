#include "moneywording.h"

#include "resourcedata.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

const QJsonObject &wordings()
{
    static const QJsonObject object = ResourceData::json(u"knowledge/money-wording.json"_s).object();
    return object;
}

const QJsonObject &symbols()
{
    static const QJsonObject object = ResourceData::json(u"knowledge/currency-symbols.json"_s).object();
    return object;
}

int significantDecimals(const Decimal &magnitude)
{
    // Three significant digits is what a reader compares; more would pretend the exchange rate is that exact.
    if (magnitude >= Decimal(100)) {
        return 0;
    }
    if (magnitude >= Decimal(10)) {
        return 1;
    }
    return 2;
}

Decimal absolute(const Decimal &value)
{
    return value.isNegative() ? Decimal() - value : value;
}

// The power of ten a scale's factor is (1e9 gives 9); -1 when it is none.
int powerOfTen(double factor)
{
    int power = 0;
    for (double f = factor; f >= 10; f /= 10) {
        ++power;
    }
    return factor > 0 && Decimal(1).scaledByPowerOfTen(power).toDouble() == factor ? power : -1;
}

} // namespace

MoneyWording::MoneyWording(const QLocale &locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    m_language = wordings().contains(code) ? code : u"en"_s;
}

QString MoneyWording::number(const Decimal &value, int decimals) const
{
    // The exact digits, rounded once, written with the locale's grouping, decimal point and digits.
    const QString plain = value.rounded(decimals, Decimal::Rounding::HalfUp).toString();
    const bool negative = plain.startsWith(u'-');
    const QStringView digits = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView integer = point < 0 ? digits : digits.left(point);
    QString fraction = point < 0 ? QString() : digits.mid(point + 1).toString();
    bool ok = false;
    const qlonglong whole = integer.toLongLong(&ok);
    QString text = ok ? m_locale.toString(whole) : integer.toString();
    if (!fraction.isEmpty()) {
        QString localDigits;
        for (const QChar c : std::as_const(fraction)) {
            localDigits += m_locale.toString(c.unicode() - u'0');
        }
        text += m_locale.decimalPoint() + localDigits;
    }
    return negative ? m_locale.negativeSign() + text : text;
}

QString MoneyWording::scaled(const Decimal &value, bool rounded) const
{
    return scaledWith(value, rounded, u"scales"_s);
}

QString MoneyWording::scaledWith(const Decimal &value, bool rounded, const QString &scalesKey) const
{
    const Decimal magnitude = absolute(value);
    const QJsonObject wording = wordings().value(m_language).toObject();
    const QJsonArray scales = wording.value(scalesKey).toArray(wording.value("scales"_L1).toArray());
    for (const QJsonValue &entry : scales) {
        const QJsonArray scale = entry.toArray();
        const int power = powerOfTen(scale.at(0).toDouble());
        // Rounding can carry into the scale above ("999.96 million" would read "1,000 million"): a value that
        // rounds to a scale's factor (from 0.9995 of it) takes its word.
        const Decimal threshold =
            rounded ? Decimal(9995).scaledByPowerOfTen(power - 4) : Decimal(1).scaledByPowerOfTen(power);
        if (power < 0 || magnitude < threshold) {
            continue;
        }
        const Decimal v = value.scaledByPowerOfTen(-power);
        const int decimals = rounded ? significantDecimals(absolute(v)) : 6;
        const Decimal shown = v.rounded(decimals, Decimal::Rounding::HalfUp);
        // French makes "1,5 milliard" singular and "2 milliards" plural: the form is chosen by the value.
        return scale.at(absolute(shown) >= Decimal(2) ? 2 : 1).toString().arg(number(shown, decimals));
    }
    // Below the smallest scale amounts are written out, with cents kept as cents ("12.50", not "12.5").
    const Decimal cents = value.rounded(2, Decimal::Rounding::HalfUp);
    const bool whole = cents == cents.rounded(0);
    QString text = number(cents, whole ? 0 : 2);
    if (!whole && cents.rounded(1) == cents) {
        text += m_locale.toString(0);
    }
    return text;
}

QString MoneyWording::amount(const Decimal &value, const QString &currency, bool rounded) const
{
    return withCurrency(scaled(value, rounded), currency);
}

QString MoneyWording::compactAmount(double value, const QString &currency) const
{
    // Labels compare figures at a glance: three significant digits of the largest short scale the value reaches.
    const Decimal exact =
        std::isfinite(value) ? Decimal::fromString(QString::number(value, 'f', 2)).value_or(Decimal()) : Decimal();
    return withCurrency(scaledWith(exact, true, u"short"_s), currency);
}

QString MoneyWording::withCurrency(const QString &digits, const QString &currency) const
{
    const QJsonObject wording = wordings().value(m_language).toObject();
    QString name = wording.value("currencies"_L1).toObject().value(currency).toString();
    if (name.isEmpty() && m_language == "en"_L1) {
        name = symbols().value(currency).toString();
    }
    if (name.isEmpty()) {
        return wording.value("code"_L1).toString().arg(currency, digits);
    }
    return wording.value("amount"_L1).toString().arg(name, digits);
}

QString MoneyWording::roundedAmount(double value, const QString &currency) const
{
    // An axis value is no figure of an article: whole units are as exact as it needs.
    return amount(Decimal(qint64(std::llround(value))), currency, true);
}

} // namespace Newsline
