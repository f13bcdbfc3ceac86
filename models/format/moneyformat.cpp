#include "moneyformat.h"
#include "dateformat.h"
#include "moneywording.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsline {

QString formatUsd(double usd)
{
    return MoneyWording().compactAmount(usd, u"USD"_s);
}

double figureUsd(const MoneyFigure &figure)
{
    // The exact value rounded once, for ranking and drawing; labels word the Decimal itself where exactness shows.
    const std::optional<Decimal> dollars = figure.dollars();
    return dollars ? dollars->toDouble() : 0;
}

QString figureLabel(const MoneyFigure &figure)
{
    if (figure.currency == "USD"_L1 || !figure.usd) {
        if (figure.currency != "USD"_L1) {
            return QCoreApplication::translate("Newsline::MoneyFormat", "%1 (no exchange rate)").arg(figure.text);
        }
        return figure.text;
    }
    const QString date = DateFormat::day(figure.usdRateDate);
    return QCoreApplication::translate("Newsline::MoneyFormat", "%1 \u2248 %2, ECB %3")
        .arg(figure.text, formatUsd(figureUsd(figure)), date);
}

QString figureKindDisplayName(MoneyFigure::Kind kind)
{
    static constexpr std::array names{QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "investment"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "valuation"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "funding"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "revenue"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "profit"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "spending"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "price"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "fine"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "tax"),
                                      QT_TRANSLATE_NOOP("Newsline::MoneyFormat", "other")};
    const auto index = static_cast<std::size_t>(kind);
    return index < names.size() ? QCoreApplication::translate("Newsline::MoneyFormat", names[index]) : QString();
}

bool isRunningTotal(MoneyFigure::Kind kind)
{
    return kind == MoneyFigure::Kind::Valuation || kind == MoneyFigure::Kind::Revenue ||
           kind == MoneyFigure::Kind::Profit;
}

} // namespace Newsline
