#pragma once

#include "decimal.h"
#include "textspan.h"

#include <QDate>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Newsline {

/// An amount of money found in an article, with its exact amount and its US dollar equivalent.
struct MoneyFigure
{
    enum class Kind
    {
        Investment,
        Valuation,
        Funding,
        Revenue,
        Profit,
        Spending,
        Price,
        Fine,
        Tax,
        Other
    };

    int start = -1;
    int end = -1;
    QString text;
    /// Exact amount in units of the currency (5600000000 for "$5.6 billion"); the lower bound of a range.
    std::optional<Decimal> amount;
    /// Upper bound of a range ("$1-2 billion" gives 1000000000 and 2000000000); none when not a range.
    std::optional<Decimal> amountMax;
    /// ISO 4217 code.
    QString currency;
    bool approximate = false;
    /// What the amount is the price of one of ("share" in "$42 a share", "barrel" in "$20 a barrel"); empty when
    /// the amount is a whole sum. A price of one is never what a whole deal is worth.
    QString per;
    Kind kind = Kind::Other;
    /// Exact US dollar equivalent of amount, to the cent; none when no rate is known.
    std::optional<Decimal> usd;
    /// Date of the exchange rate used for usd; invalid when there is no usd.
    QDate usdRateDate;

    /// True when the figure has a span, an amount and a currency.
    [[nodiscard]] bool hasResult() const { return start >= 0 && end > start && amount && !currency.isEmpty(); }
    /// What the figure is worth in US dollars: usd, or the amount of a dollar figure without one; none when unknown.
    [[nodiscard]] std::optional<Decimal> dollars() const
    {
        return usd ? usd : currency == QLatin1StringView("USD") ? amount : std::nullopt;
    }
    /// True when the amount is the price of one share ("27 dlr-per-share", "at 30 dlrs a share").
    [[nodiscard]] bool perShare() const { return per == QLatin1StringView("share"); }
    /// The span of the figure in the article text.
    [[nodiscard]] TextSpan span() const { return {start, end}; }
    /// Contract name of a kind: "investment", "valuation", ...
    [[nodiscard]] static QString kindName(Kind kind);
    /// Kind from its contract name; Other for an unknown name.
    [[nodiscard]] static Kind kindFromName(QStringView name);
};

} // namespace Newsline
