#include "eventsummary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::EventSummary", text);
}

QString currencySymbol(const QString &currency)
{
    if (currency == "USD"_L1) {
        return u"$"_s;
    }
    if (currency == "EUR"_L1) {
        return u"\u20AC"_s;
    }
    if (currency == "GBP"_L1) {
        return u"\u00A3"_s;
    }
    if (currency == "JPY"_L1) {
        return u"\u00A5"_s;
    }
    if (currency == "KRW"_L1) {
        return u"\u20A9"_s;
    }
    return {};
}

// Digits of a decimal string scaled down by a power of ten, trailing zeros dropped: ("5600000000", 9) -> "5.6".
QString scaled(const QString &amount, int power)
{
    QString integer = amount.section(u'.', 0, 0);
    QString fraction = amount.section(u'.', 1, 1);
    while (integer.size() <= power) {
        integer.prepend(u'0');
    }
    QString head = integer.left(integer.size() - power);
    QString tail = integer.mid(integer.size() - power) + fraction;
    while (tail.endsWith(u'0')) {
        tail.chop(1);
    }
    return tail.isEmpty() ? head : head + u'.' + tail;
}

} // namespace

QString EventSummary::amountText(const QString &amount, const QString &currency)
{
    if (amount.isEmpty()) {
        return {};
    }
    const QString integer = amount.section(u'.', 0, 0);
    QString number;
    if (integer.size() > 12) {
        number = tr("%1 trillion").arg(scaled(amount, 12));
    } else if (integer.size() > 9) {
        number = tr("%1 billion").arg(scaled(amount, 9));
    } else if (integer.size() > 6) {
        number = tr("%1 million").arg(scaled(amount, 6));
    } else {
        // Group thousands by hand: the summary must not change with the user's locale.
        QString grouped = integer;
        for (int i = int(grouped.size()) - 3; i > 0; i -= 3) {
            grouped.insert(i, u',');
        }
        const QString fraction = amount.section(u'.', 1, 1);
        number = fraction.isEmpty() ? grouped : grouped + u'.' + fraction;
    }
    const QString symbol = currencySymbol(currency);
    return symbol.isEmpty() ? QString(number + u' ' + currency) : QString(symbol + number);
}

QString EventSummary::joinNames(const QStringList &names)
{
    if (names.size() <= 1) {
        return names.value(0);
    }
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(", "_L1), names.constLast());
}

QString EventSummary::text(const Event &event, const EventMention &lead, const QStringList &alsoReported)
{
    const QString subject = event.actors.value(0);
    const QStringList others = event.actors.mid(1);
    const QString amount = amountText(lead.amount, lead.currency);
    QString line;
    switch (event.type) {
    case Event::Type::Investment: {
        if (lead.raised) {
            if (!amount.isEmpty()) {
                line = others.isEmpty() ? tr("%1 raises %2").arg(subject, amount)
                                        : tr("%1 raises %2 from %3").arg(subject, amount, joinNames(others));
            } else {
                line = others.isEmpty() ? tr("%1 raises funds").arg(subject)
                                        : tr("%1 raises funds from %2").arg(subject, joinNames(others));
            }
            break;
        }
        const QString target = !others.isEmpty() ? joinNames(others) : joinNames(lead.places);
        if (!amount.isEmpty() && !target.isEmpty()) {
            line = tr("%1 invests %2 in %3").arg(subject, amount, target);
        } else if (!target.isEmpty()) {
            line = tr("%1 invests in %2").arg(subject, target);
        } else if (!amount.isEmpty()) {
            line = tr("%1 invests %2").arg(subject, amount);
        } else {
            line = tr("%1 invests").arg(subject);
        }
        break;
    }
    case Event::Type::Partnership:
        line = tr("%1 partners with %2").arg(subject, joinNames(others));
        break;
    case Event::Type::Valuation:
        line = amount.isEmpty() ? tr("Valuation of %1").arg(subject) : tr("%1 valued at %2").arg(subject, amount);
        break;
    case Event::Type::Launch:
        line = lead.object.isEmpty() ? tr("Launch by %1").arg(joinNames(event.actors))
                                     : tr("%1 launches %2").arg(subject, lead.object);
        break;
    case Event::Type::Founding: {
        const QString company = lead.founded.isEmpty() ? subject : lead.founded;
        QStringList founders = event.actors;
        founders.removeAll(company);
        line = founders.isEmpty() ? tr("%1 founded").arg(company)
                                  : tr("%1 founded by %2").arg(company, joinNames(founders));
        break;
    }
    case Event::Type::Acquisition:
        if (lead.merger && !others.isEmpty()) {
            line = amount.isEmpty() ? tr("%1 merges with %2").arg(subject, joinNames(others))
                                    : tr("%1 merges with %2 (%3 deal)").arg(subject, joinNames(others), amount);
        } else if (others.isEmpty()) {
            line = amount.isEmpty() ? tr("Acquisition involving %1").arg(subject)
                                    : tr("Acquisition involving %1 for %2").arg(subject, amount);
        } else {
            line = amount.isEmpty() ? tr("%1 acquires %2").arg(subject, joinNames(others))
                                    : tr("%1 acquires %2 for %3").arg(subject, joinNames(others), amount);
        }
        break;
    case Event::Type::Announcement:
        line = lead.object.isEmpty() ? tr("Announcement by %1").arg(joinNames(event.actors))
                                     : tr("%1 announces %2").arg(joinNames(event.actors), lead.object);
        break;
    case Event::Type::Regulatory:
        line = amount.isEmpty() ? tr("Regulatory action involving %1").arg(joinNames(event.actors))
                                : tr("Regulatory action involving %1 (%2 fine)").arg(joinNames(event.actors), amount);
        break;
    case Event::Type::Other:
        line = tr("Event involving %1").arg(joinNames(event.actors));
        break;
    }
    if (event.onOrBefore && event.date.isValid()) {
        line += u' ' + tr("(before %1)").arg(event.dateText());
    }
    if (!alsoReported.isEmpty()) {
        line += u' ' + tr("(also reported: %1)").arg(alsoReported.join("; "_L1));
    }
    return line;
}

} // namespace Newsline
