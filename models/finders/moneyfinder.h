#pragma once

#include "article.h"
#include "moneyfigure.h"

#include <QDate>
#include <QList>

namespace Newsline {

/// Finds amounts of money, normalises them to exact decimal amounts in ISO 4217 currencies and tells their kind.
///
/// What is read (word lists in resources/knowledge/currencies.json and figurekinds.json):
/// - a currency symbol, code or name before or after the number: "$5.6 billion", "US$ 5", "C$ 16.4 million",
///   "USD 5 million", "5m EUR", "75 USD million", "2 billion euros", "1.5 bln dlrs", "50 mln stg", "120 MEUR";
/// - digits with grouping and decimals, scale words and abbreviations (thousand ... trillion, k, m, mn, mln, bn,
///   bln, tn, lakh, crore) and number words ("one billion dollars", "two and a half billion yen");
/// - an implied one: "a billion dollars", "the injected billion dollars" (span "billion dollars");
/// - subunits: "12-cent" is 0.12 USD, "470 pence" is 4.70 GBP;
/// - ranges, reported as ONE figure: amount is the low end and amountMax the high end. "$1-2 billion",
///   "$10 billion to $13 billion" and "between $10 billion and $13 billion" (the span then starts at "between");
///   "from $1 billion to $2 billion" and "down $2.86 to $77.11" are changes, so two figures;
/// - names several currencies share ("francs", "crowns") by the places the story names, francs of France and
///   Belgium only before 2002; no figure when nothing tells which crowns;
/// - prices of one unit ("27 dlrs a share", "11.88 dlrs each", "20 dlrs a barrel") set per to the unit;
/// - approximations ("about", "nearly", "more than", "up to", "at least", ...) set approximate; the cue word is
///   NOT part of the span (the span is the amount as a reader would quote it);
/// - losses and cuts stay positive amounts; kind says what the money is, from the nearest cue in the sentence.
/// Never money: numbers without a currency ("1,600 AI models", "valued at 2 billion"), percentages, years, phone
/// numbers; exchange rates ("92.27 yen to the dollar"); vague multiples ("billions of dollars"); names that are also
/// words ("won", "pounds", "rand") unless a scale word or a grouped or decimal number stands before them. Boilerplate
/// spans are skipped.
class MoneyFinder
{
public:
    /// Figures of an article's non-boilerplate sentences (usd not filled: see ExchangeRates).
    [[nodiscard]] QList<MoneyFigure> find(const Article &article) const;
    /// Figures of a plain text.
    [[nodiscard]] QList<MoneyFigure> find(const QString &text) const;

    /// The date whose exchange rate gives a figure's dollar value: the nearest day-precision DATE in its sentence,
    /// else the latest one earlier in its paragraph (the day the story is telling), else the publication date.
    [[nodiscard]] static QDate rateDate(const Article &article, const MoneyFigure &figure);
    /// rateDate() of every figure of the article, in the order of article.figures, in time linear in the article.
    [[nodiscard]] static QList<QDate> rateDates(const Article &article);
};

} // namespace Newsline
