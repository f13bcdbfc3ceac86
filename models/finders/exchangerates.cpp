#include "exchangerates.h"

#include "moneyfigure.h"
#include "resourcedata.h"

#include <QMutex>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr int RatePlaces = 6;

// Parses "1.0852" into millionths; -1 for "N/A", an empty cell or anything else that is not a plain rate.
qint64 parseRate(const char *begin, const char *end)
{
    qint64 value = 0;
    int places = -1;
    for (const char *p = begin; p != end; ++p) {
        if (*p == '.' && places < 0) {
            places = 0;
        } else if (*p >= '0' && *p <= '9') {
            if (places >= RatePlaces) {
                return -1;
            }
            value = value * 10 + (*p - '0');
            if (places >= 0) {
                ++places;
            }
        } else {
            return -1;
        }
    }
    if (begin == end) {
        return -1;
    }
    for (int i = std::max(places, 0); i < RatePlaces; ++i) {
        value *= 10;
    }
    return value;
}

// Parses "2024-02-26" into a Julian day; 0 when it is not such a date.
qint64 parseDay(const char *begin, const char *end)
{
    if (end - begin != 10 || begin[4] != '-' || begin[7] != '-') {
        return 0;
    }
    auto number = [](const char *p, int n) {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            if (p[i] < '0' || p[i] > '9') {
                return -1;
            }
            v = v * 10 + (p[i] - '0');
        }
        return v;
    };
    const QDate date(number(begin, 4), number(begin + 5, 2), number(begin + 8, 2));
    return date.isValid() ? date.toJulianDay() : 0;
}

} // namespace

namespace {

struct TablesInUse
{
    QMutex mutex;
    // Every table ever in use, kept to the end: a reference handed out never dangles.
    std::vector<std::unique_ptr<const ExchangeRates>> tables;
    std::atomic<const ExchangeRates *> current{nullptr};
};

TablesInUse &tablesInUse()
{
    static TablesInUse tables;
    return tables;
}

// Loads the table ResourceData finds now (the user's copy first) and makes it the one in use.
const ExchangeRates &loadTableInUse(TablesInUse &tables)
{
    auto table = std::make_unique<ExchangeRates>();
    table->load(ResourceData::bytes(u"data/ecb-eurofxref-hist.csv"_s));
    const ExchangeRates *loaded = table.get();
    tables.tables.push_back(std::move(table));
    tables.current.store(loaded, std::memory_order_release);
    return *loaded;
}

} // namespace

const ExchangeRates &ExchangeRates::instance()
{
    TablesInUse &tables = tablesInUse();
    if (const ExchangeRates *current = tables.current.load(std::memory_order_acquire)) {
        return *current;
    }
    const QMutexLocker lock(&tables.mutex);
    if (const ExchangeRates *current = tables.current.load(std::memory_order_acquire)) {
        return *current;
    }
    return loadTableInUse(tables);
}

const ExchangeRates &ExchangeRates::reload()
{
    TablesInUse &tables = tablesInUse();
    const QMutexLocker lock(&tables.mutex);
    return loadTableInUse(tables);
}

bool ExchangeRates::load(const QByteArray &csv)
{
    m_days.clear();
    m_columns.clear();
    m_rates.clear();

    const char *p = csv.constData();
    const char *const end = p + csv.size();
    auto lineEnd = [end](const char *from) {
        const char *e = static_cast<const char *>(memchr(from, '\n', size_t(end - from)));
        return e ? e : end;
    };

    // Header: "Date,USD,JPY,...," (the ECB ends every line with a comma).
    const char *eol = lineEnd(p);
    QList<int> columnOfField; // field index - 1 -> column in m_rates, or -1
    {
        const QByteArray header = QByteArray(p, eol - p).trimmed();
        const QList<QByteArray> names = header.split(',');
        if (names.isEmpty() || names.first() != "Date") {
            return false;
        }
        for (qsizetype i = 1; i < names.size(); ++i) {
            const QString code = QString::fromLatin1(names.at(i).trimmed());
            if (code.size() == 3) {
                columnOfField.append(int(m_rates.size()));
                m_columns.insert(code, int(m_rates.size()));
                m_rates.append(QList<qint64>());
            } else {
                columnOfField.append(-1);
            }
        }
    }
    const qsizetype expectedRows = csv.size() / qMax<qsizetype>(1, eol - p + 1) + 16;
    m_days.reserve(expectedRows);
    for (QList<qint64> &column : m_rates) {
        column.reserve(expectedRows);
    }

    for (p = eol < end ? eol + 1 : end; p < end; p = eol < end ? eol + 1 : end) {
        eol = lineEnd(p);
        const char *lineStop = eol;
        if (lineStop > p && lineStop[-1] == '\r') {
            --lineStop;
        }
        const char *comma = static_cast<const char *>(memchr(p, ',', size_t(lineStop - p)));
        if (!comma) {
            continue;
        }
        const qint64 day = parseDay(p, comma);
        if (day == 0) {
            continue;
        }
        m_days.append(day);
        const char *field = comma + 1;
        for (qsizetype f = 0; f < columnOfField.size(); ++f) {
            const char *fieldEnd =
                field < lineStop ? static_cast<const char *>(memchr(field, ',', size_t(lineStop - field))) : nullptr;
            if (!fieldEnd) {
                fieldEnd = lineStop;
            }
            const int column = columnOfField.at(f);
            if (column >= 0) {
                const qint64 rate = field < lineStop ? parseRate(field, fieldEnd) : -1;
                m_rates[column].append(rate > 0 ? rate : 0);
            }
            field = fieldEnd < lineStop ? fieldEnd + 1 : lineStop;
        }
    }

    // The ECB publishes newest first; lookups want ascending days.
    if (m_days.size() > 1 && m_days.first() > m_days.last()) {
        std::reverse(m_days.begin(), m_days.end());
        for (QList<qint64> &column : m_rates) {
            std::reverse(column.begin(), column.end());
        }
    }
    return !m_days.isEmpty();
}

QDate ExchangeRates::firstDate() const
{
    return m_days.isEmpty() ? QDate() : QDate::fromJulianDay(m_days.first());
}

QDate ExchangeRates::lastDate() const
{
    return m_days.isEmpty() ? QDate() : QDate::fromJulianDay(m_days.last());
}

QStringList ExchangeRates::currencies() const
{
    QStringList codes = m_columns.keys();
    codes.append(u"EUR"_s);
    codes.sort();
    return codes;
}

int ExchangeRates::rowOnOrBefore(qint64 julianDay) const
{
    const auto it = std::upper_bound(m_days.cbegin(), m_days.cend(), julianDay);
    return int(it - m_days.cbegin()) - 1;
}

std::optional<std::pair<Decimal, QDate>> ExchangeRates::euroRate(const QString &currency, const QDate &date) const
{
    if (!date.isValid() || m_days.isEmpty()) {
        return std::nullopt;
    }
    const qint64 day = date.toJulianDay();
    if (day > m_days.last() + MaxDaysAfterTable) {
        return std::nullopt;
    }
    int row = rowOnOrBefore(day);
    if (row < 0) {
        return std::nullopt;
    }
    if (currency == "EUR"_L1) {
        return std::pair{Decimal(1), QDate::fromJulianDay(m_days.at(row))};
    }
    const auto column = m_columns.constFind(currency);
    if (column == m_columns.cend()) {
        return std::nullopt;
    }
    const QList<qint64> &rates = m_rates.at(*column);
    // A missing day (holiday in that market, or a currency the ECB stopped quoting) may borrow a recent rate only.
    for (; row >= 0 && day - m_days.at(row) <= MaxDaysBack; --row) {
        if (rates.at(row) > 0) {
            return std::pair{Decimal::fromMantissa(rates.at(row), RatePlaces), QDate::fromJulianDay(m_days.at(row))};
        }
    }
    return std::nullopt;
}

std::optional<ExchangeRates::Conversion> ExchangeRates::toUsd(const Decimal &amount, const QString &currency,
                                                              const QDate &date) const
{
    if (!amount.isValid() || !date.isValid()) {
        return std::nullopt;
    }
    if (currency == "USD"_L1) {
        return Conversion{amount, date};
    }
    const auto from = euroRate(currency, date);
    if (!from) {
        return std::nullopt;
    }
    const auto usd = euroRate(u"USD"_s, from->second);
    if (!usd || usd->second != from->second) {
        return std::nullopt;
    }
    // One exact product, one division, one rounding: no error accumulates before the cents are fixed.
    const Decimal result = (amount * usd->first).divided(from->first, UsdPlaces);
    if (!result.isValid()) {
        return std::nullopt;
    }
    return Conversion{result, from->second};
}

void ExchangeRates::fillUsd(MoneyFigure &figure, const QDate &date) const
{
    figure.usd.reset();
    figure.usdRateDate = QDate();
    if (!figure.amount) {
        return;
    }
    if (const auto conversion = toUsd(*figure.amount, figure.currency, date)) {
        figure.usd = conversion->usd;
        figure.usdRateDate = conversion->rateDate;
    }
}

} // namespace Newsline
