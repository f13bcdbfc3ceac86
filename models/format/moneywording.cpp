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

int significantDecimals(double value)
{
    // Three significant digits is what a reader compares; more would pretend the exchange rate is that exact.
    const double magnitude = std::abs(value);
    if (magnitude >= 100) {
        return 0;
    }
    if (magnitude >= 10) {
        return 1;
    }
    return 2;
}

} // namespace

MoneyWording::MoneyWording(const QLocale &locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    m_language = wordings().contains(code) ? code : u"en"_s;
}

QString MoneyWording::number(double value, int decimals) const
{
    QString text = m_locale.toString(value, 'f', decimals);
    const QString point = m_locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(point.size());
        }
    }
    return text;
}

QString MoneyWording::scaled(double value, bool rounded) const
{
    const double magnitude = std::abs(value);
    const QJsonArray scales = wordings().value(m_language).toObject().value("scales"_L1).toArray();
    for (const QJsonValue &entry : scales) {
        const QJsonArray scale = entry.toArray();
        const double factor = scale.at(0).toDouble();
        // Rounding can carry into the scale above ("999.96 million" would read "1,000 million"): a value that
        // rounds to a scale's factor takes its word.
        if (factor <= 0 || magnitude < (rounded ? factor * 0.9995 : factor)) {
            continue;
        }
        const double v = value / factor;
        const QString digits = number(v, rounded ? significantDecimals(v) : 6);
        // French makes "1,5 milliard" singular and "2 milliards" plural: the form is chosen by the value.
        return scale.at(std::abs(v) >= 2 ? 2 : 1).toString().arg(digits);
    }
    // Below the smallest scale amounts are written out, with cents kept as cents ("12.50", not "12.5").
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    return m_locale.toString(value, 'f', whole ? 0 : 2);
}

QString MoneyWording::amount(double value, const QString &currency, bool rounded) const
{
    const QJsonObject wording = wordings().value(m_language).toObject();
    QString name = wording.value("currencies"_L1).toObject().value(currency).toString();
    if (name.isEmpty() && m_language == "en"_L1) {
        name = symbols().value(currency).toString();
    }
    const QString digits = scaled(value, rounded);
    if (name.isEmpty()) {
        return wording.value("code"_L1).toString().arg(currency, digits);
    }
    return wording.value("amount"_L1).toString().arg(name, digits);
}

} // namespace Newsline
