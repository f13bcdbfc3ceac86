#include "briefingformat.h"

#include "moneyformat.h"

using namespace Qt::StringLiterals;

namespace Newsline {

BriefingFormat::BriefingFormat(const QLocale &locale)
    : m_locale(locale)
    , m_money(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString BriefingFormat::money(const Decimal &amount, const QString &currency) const
{
    return m_money.amount(amount, currency, false);
}

QString BriefingFormat::roundedUsd(const Decimal &usd) const
{
    return m_money.amount(usd, u"USD"_s, true);
}

QString BriefingFormat::roundedUsd(double usd) const
{
    return m_money.roundedAmount(usd, u"USD"_s);
}

QString BriefingFormat::original(const MoneyFigure &figure) const
{
    if (!figure.amount) {
        return tr("%1 %2", "currency code and amount").arg(figure.currency, figure.text);
    }
    QString text = money(*figure.amount, figure.currency);
    if (figure.amountMax) {
        text = tr("%1 to %2", "a range of amounts").arg(text, money(*figure.amountMax, figure.currency));
    }
    if (figure.approximate) {
        text = tr("about %1").arg(text);
    }
    return text;
}

QString BriefingFormat::usd(const MoneyFigure &figure) const
{
    if (!figure.usd) {
        return tr("no dollar rate known");
    }
    if (figure.currency == "USD"_L1) {
        return money(*figure.usd, figure.currency);
    }
    return roundedUsd(*figure.usd);
}

QString BriefingFormat::usdWithOriginal(const MoneyFigure &figure) const
{
    if (figure.currency == "USD"_L1) {
        return original(figure);
    }
    if (!figure.usd) {
        return tr("%1 (no dollar rate known)").arg(original(figure));
    }
    //: %1 the US dollar equivalent, %2 the amount as the article gives it
    return tr("%1 (%2)", "dollar equivalent and original").arg(roundedUsd(*figure.usd), original(figure));
}

QString BriefingFormat::date(const QDate &date) const
{
    if (!date.isValid()) {
        return tr("date unknown");
    }
    //: Qt date format of a full date in running text
    return m_locale.toString(date, tr("d MMMM yyyy"));
}

QString BriefingFormat::month(const QDate &date) const
{
    if (!date.isValid()) {
        return tr("date unknown");
    }
    //: Qt date format of a month and year
    return m_locale.toString(date, tr("MMMM yyyy"));
}

QString BriefingFormat::eventDate(const Event &event) const
{
    if (!event.date.isValid()) {
        return tr("date unknown");
    }
    switch (event.precision) {
    case Event::Precision::Day:
        return date(event.date);
    case Event::Precision::Week:
        return tr("the week of %1").arg(date(event.date));
    case Event::Precision::Month:
        return month(event.date);
    case Event::Precision::Year:
        return QString::number(event.date.year());
    case Event::Precision::Unknown:
        break;
    }
    return tr("date unknown");
}

QString BriefingFormat::yearSpan(const QDate &first, const QDate &last) const
{
    if (!first.isValid() || !last.isValid()) {
        return {};
    }
    if (first.year() == last.year()) {
        return QString::number(first.year());
    }
    return QString::number(first.year()) + u'–' + QString::number(last.year());
}

QString BriefingFormat::period(const QDate &first, const QDate &last) const
{
    if (!first.isValid() && !last.isValid()) {
        return tr("period unknown");
    }
    if (first == last) {
        return date(first);
    }
    return tr("%1 – %2", "first and last day of a period").arg(date(first), date(last));
}

QString BriefingFormat::kind(MoneyFigure::Kind kind)
{
    return figureKindDisplayName(kind);
}

QString BriefingFormat::eventType(Event::Type type)
{
    switch (type) {
    case Event::Type::Partnership:
        return tr("partnership");
    case Event::Type::Investment:
        return tr("investment");
    case Event::Type::Valuation:
        return tr("valuation");
    case Event::Type::Launch:
        return tr("launch");
    case Event::Type::Founding:
        return tr("founding");
    case Event::Type::Acquisition:
        return tr("acquisition");
    case Event::Type::Announcement:
        return tr("announcement");
    case Event::Type::Regulatory:
        return tr("regulatory action");
    case Event::Type::Other:
        break;
    }
    return tr("other event");
}

QString BriefingFormat::language(const QString &code) const
{
    if (code.isEmpty()) {
        return tr("not stated");
    }
    const QLocale locale(code);
    if (locale.language() == QLocale::C) {
        return code;
    }
    const QString name = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() || native == name ? name
                                              : tr("%1 (%2)", "language name and its own name").arg(name, native);
}

} // namespace Newsline
