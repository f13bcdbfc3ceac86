#include "eventsummary.h"

#include "moneywording.h"
#include "resourcedata.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// The English source text is the data wording; the reader's wording is its translation.
QString word(const char *text, EventSummary::Language language)
{
    return language == EventSummary::Language::English ? QString::fromUtf8(text)
                                                       : QCoreApplication::translate("Newsline::EventSummary", text);
}

// The symbol written before an amount ("$", "€", "CA$"), from knowledge/currency-symbols.json (the one list of them);
// empty for a currency written with its ISO code.
QString currencySymbol(const QString &currency)
{
    static const QJsonObject symbols = ResourceData::json(u"knowledge/currency-symbols.json"_s).object();
    return currency.startsWith(u'_') ? QString() : symbols.value(currency).toString();
}

} // namespace

QString EventSummary::amountText(const std::optional<Decimal> &amount, const QString &currency, Language language)
{
    const auto tr = [language](const char *text) { return word(text, language); };
    if (!amount || !amount->isValid()) {
        return {};
    }
    // A reader of French or Korean counts in their own words and scales ("13 milliards $US", "130억 달러"); English
    // stays the wording of the data.
    if (language == Language::Reader) {
        const QLocale locale;
        // Only when the reader's translation is installed: a French locale without it reads English.
        const bool translated = word("%1 billion", language) != "%1 billion"_L1;
        if (translated && (locale.language() == QLocale::French || locale.language() == QLocale::Korean)) {
            return MoneyWording(locale).amount(*amount, currency, false);
        }
    }
    const Decimal size = amount->isNegative() ? Decimal() - *amount : *amount;
    const auto scaled = [&](int power) { return amount->scaledByPowerOfTen(-power).toString(); };
    QString number;
    if (size >= Decimal::fromMantissa(1, -12)) {
        number = tr("%1 trillion").arg(scaled(12));
    } else if (size >= Decimal::fromMantissa(1, -9)) {
        number = tr("%1 billion").arg(scaled(9));
    } else if (size >= Decimal::fromMantissa(1, -6)) {
        number = tr("%1 million").arg(scaled(6));
    } else {
        // Group thousands by hand: the summary must not change with the user's locale.
        const QString digits = amount->toString();
        QString grouped = digits.section(u'.', 0, 0);
        for (int i = int(grouped.size()) - 3; i > (amount->isNegative() ? 1 : 0); i -= 3) {
            grouped.insert(i, u',');
        }
        const QString fraction = digits.section(u'.', 1, 1);
        number = fraction.isEmpty() ? grouped : grouped + u'.' + fraction;
    }
    const QString symbol = currencySymbol(currency);
    return symbol.isEmpty() ? QString(number + u' ' + currency) : QString(symbol + number);
}

QString EventSummary::joinNames(const QStringList &names, Language language)
{
    const auto tr = [language](const char *text) { return word(text, language); };
    if (names.size() <= 1) {
        return names.value(0);
    }
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(", "_L1), names.constLast());
}

QString EventSummary::text(const Event &event, Language language)
{
    const auto tr = [language](const char *text) { return word(text, language); };
    const auto amountText = [language](const std::optional<Decimal> &amount, const QString &currency) {
        return EventSummary::amountText(amount, currency, language);
    };
    const auto joinNames = [language](const QStringList &names) { return EventSummary::joinNames(names, language); };
    const EventWording &lead = event.wording;
    QStringList alsoReported;
    for (const ReportedValue &value : lead.alsoReported) {
        alsoReported.append(value.amount ? amountText(value.amount, value.currency) : value.date);
    }
    using Role = EventParty::Role;
    const auto named = [&](std::initializer_list<Role> roles) {
        QStringList names;
        for (const EventParty &p : event.parties) {
            if (std::find(roles.begin(), roles.end(), p.role) != roles.end()) {
                names.append(p.name);
            }
        }
        return names;
    };
    const QString subject = event.actors.value(0);
    const QStringList others = event.actors.mid(1);
    const QString amount = amountText(lead.amount, lead.currency);
    // "$27 a share": the price of one share, said as such and never as the deal's worth.
    const QString perShare =
        lead.perShare ? tr("%1 a share").arg(amountText(lead.perShare, lead.perShareCurrency)) : QString();
    const QString price = !amount.isEmpty() ? amount : perShare;
    QString line;
    switch (event.type) {
    case Event::Type::Investment: {
        const QStringList investors = named({Role::Investor});
        const QStringList investees = named({Role::Investee});
        const QStringList sellers = named({Role::Seller});
        if (event.runningTotal && !investors.isEmpty() && !investees.isEmpty()) {
            line = amount.isEmpty()
                       ? tr("%1's investment in %2 so far").arg(joinNames(investors), joinNames(investees))
                       : tr("%1's investment in %2 totals %3").arg(joinNames(investors), joinNames(investees), amount);
            break;
        }
        if (lead.raised && !investees.isEmpty()) {
            const QString raiser = joinNames(investees);
            if (!amount.isEmpty()) {
                line = investors.isEmpty() ? tr("%1 raises %2").arg(raiser, amount)
                                           : tr("%1 raises %2 from %3").arg(raiser, amount, joinNames(investors));
            } else {
                line = investors.isEmpty() ? tr("%1 raises funds").arg(raiser)
                                           : tr("%1 raises funds from %2").arg(raiser, joinNames(investors));
            }
            break;
        }
        if (investors.isEmpty() && !sellers.isEmpty()) {
            const QString seller = joinNames(sellers);
            if (investees.isEmpty()) {
                line = price.isEmpty() ? tr("%1 sells a stake").arg(seller)
                                       : tr("%1 sells a stake for %2").arg(seller, price);
            } else {
                line = price.isEmpty() ? tr("%1 sells a stake in %2").arg(seller, joinNames(investees))
                                       : tr("%1 sells a stake in %2 for %3").arg(seller, joinNames(investees), price);
            }
            break;
        }
        if (!investors.isEmpty() && !investees.isEmpty() && !sellers.isEmpty()) {
            const QString what =
                tr("%1 buys a stake in %2 from %3").arg(joinNames(investors), joinNames(investees), joinNames(sellers));
            line = price.isEmpty() ? what : tr("%1 for %2").arg(what, price);
            break;
        }
        const QString investor = investors.isEmpty() ? subject : joinNames(investors);
        QStringList targets = investees.isEmpty() ? others : investees;
        targets.removeAll(investor);
        const QString target = !targets.isEmpty() ? joinNames(targets) : joinNames(lead.places);
        if (!price.isEmpty() && !target.isEmpty()) {
            line = tr("%1 invests %2 in %3").arg(investor, price, target);
        } else if (!target.isEmpty()) {
            line = tr("%1 invests in %2").arg(investor, target);
        } else if (!price.isEmpty()) {
            line = tr("%1 invests %2").arg(investor, price);
        } else {
            line = tr("%1 invests").arg(investor);
        }
        break;
    }
    case Event::Type::Partnership:
        line = others.isEmpty() ? tr("%1 announces a partnership").arg(subject)
                                : tr("%1 partners with %2").arg(subject, joinNames(others));
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
    case Event::Type::Acquisition: {
        const QStringList buyers = named({Role::Buyer});
        const QStringList targets = named({Role::Target});
        const QStringList sellers = named({Role::Seller});
        const QStringList partners = named({Role::Partner});
        if (lead.merger && partners.size() + buyers.size() + targets.size() >= 2) {
            const QStringList merging = buyers + targets + partners;
            line = amount.isEmpty()
                       ? tr("%1 merges with %2").arg(merging.constFirst(), joinNames(merging.mid(1)))
                       : tr("%1 merges with %2 (%3 deal)").arg(merging.constFirst(), joinNames(merging.mid(1)), amount);
        } else if (!buyers.isEmpty() && !targets.isEmpty()) {
            const QString what =
                sellers.isEmpty()
                    ? tr("%1 acquires %2").arg(joinNames(buyers), joinNames(targets))
                    : tr("%1 acquires %2 from %3").arg(joinNames(buyers), joinNames(targets), joinNames(sellers));
            line = price.isEmpty() ? what : tr("%1 for %2").arg(what, price);
        } else if (!buyers.isEmpty() && !sellers.isEmpty()) {
            line = price.isEmpty()
                       ? tr("%1 buys a business of %2").arg(joinNames(buyers), joinNames(sellers))
                       : tr("%1 buys a business of %2 for %3").arg(joinNames(buyers), joinNames(sellers), price);
        } else if (!targets.isEmpty() || !sellers.isEmpty()) {
            const QString what = targets.isEmpty() ? tr("Sale by %1").arg(joinNames(sellers))
                                 : sellers.isEmpty()
                                     ? tr("Acquisition of %1").arg(joinNames(targets))
                                     : tr("Acquisition of %1 from %2").arg(joinNames(targets), joinNames(sellers));
            line = price.isEmpty() ? what : tr("%1 for %2").arg(what, price);
        } else {
            line = price.isEmpty() ? tr("Acquisition involving %1").arg(joinNames(event.actors))
                                   : tr("Acquisition involving %1 for %2").arg(joinNames(event.actors), price);
        }
        break;
    }
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
    if (!amount.isEmpty() && !perShare.isEmpty() && event.type != Event::Type::Valuation) {
        line += u" ("_s + perShare + u')';
    }
    if (event.runningTotal && event.date.isValid()) {
        line += u' ' + tr("(as of %1)").arg(event.dateText());
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
