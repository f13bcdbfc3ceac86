#pragma once

#include "decimal.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

struct MoneyFigure;

/// Daily euro reference rates of the European Central Bank, used to give amounts a US dollar equivalent.
///
/// Conversion goes through the euro: usd = amount × rate(USD) / rate(CUR) on the latest business day on or
/// before the date, computed exactly and rounded once, half-even, to whole cents. There is no rate (and no
/// dollar value, never a guess) before the table starts, more than MaxDaysAfterTable days after it ends, for a
/// currency the table does not carry, or when the currency has had no rate for MaxDaysBack days up to that date.
/// US dollars need no table: usd = amount at the date asked.
class ExchangeRates
{
public:
    /// Days after the table's last row for which its last rates still count.
    static constexpr int MaxDaysAfterTable = 14;
    /// How far back a currency's last published rate is looked for when its column is N/A on the day.
    static constexpr int MaxDaysBack = 14;
    /// Digits after the point of a dollar equivalent (cents).
    static constexpr int UsdPlaces = 2;

    /// A dollar equivalent and the date of the rate used.
    struct Conversion
    {
        Decimal usd;
        QDate rateDate;
    };

    /// An empty table (every non-dollar conversion fails until load() is called).
    ExchangeRates() = default;
    /// The table in use: the user's updated copy when there is a valid one, else the bundled ECB table; loaded on
    /// first use and again by reload() (thread-safe). A table once in use stays valid for the program's life, so an
    /// extraction that started before a reload finishes with the rates it started with.
    [[nodiscard]] static const ExchangeRates &instance();
    /// Reads the table in use again, after the rates were updated, and returns it: extractions from then on use it.
    static const ExchangeRates &reload();

    /// Reads an ECB eurofxref-hist CSV ("Date,USD,JPY,..." one row per day, units per euro, N/A where none).
    bool load(const QByteArray &csv);
    /// True when the table holds at least one day.
    [[nodiscard]] bool isEmpty() const { return m_days.isEmpty(); }
    /// First and last business day of the table.
    [[nodiscard]] QDate firstDate() const;
    [[nodiscard]] QDate lastDate() const;
    /// ISO codes the table carries, EUR included.
    [[nodiscard]] QStringList currencies() const;

    /// Units of currency per euro on the latest business day on or before date, and that day; nullopt when none.
    [[nodiscard]] std::optional<std::pair<Decimal, QDate>> euroRate(const QString &currency, const QDate &date) const;
    /// The US dollar equivalent of amount in currency at date; nullopt when no rate is known.
    [[nodiscard]] std::optional<Conversion> toUsd(const Decimal &amount, const QString &currency,
                                                  const QDate &date) const;
    /// Fills figure.usd and figure.usdRateDate for the rate at date (clears them when no rate is known).
    void fillUsd(MoneyFigure &figure, const QDate &date) const;

private:
    [[nodiscard]] int rowOnOrBefore(qint64 julianDay) const;

    // Julian days, ascending; m_rates[column][row] is the rate in millionths (0 where the ECB published none).
    QList<qint64> m_days;
    QHash<QString, int> m_columns;
    QList<QList<qint64>> m_rates;
};

} // namespace Newsline
