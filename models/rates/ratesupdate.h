#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Newsline {

/// Checks a new ECB exchange-rate history and stores it as the user's table, which extraction then prefers to the
/// bundled one. A file that is truncated, malformed, older than the bundled table or has a longer gap between two
/// days than the bundled table is refused, and the table in use stays.
namespace RatesUpdate {

/// Where the rates in use come from and how recent they are.
struct Status
{
    /// The user's updated table, or empty when the bundled one is in use.
    QString path;
    QDate firstDate;
    QDate lastDate;
    /// "bundled" or "updated".
    [[nodiscard]] bool isUpdated() const { return !path.isEmpty(); }
};

/// The outcome of an update: error empty on success.
struct Result
{
    QString error;
    QDate lastDate;
    QString path;
};

/// The table in use now (the user's copy when there is a valid one, else the bundled one).
[[nodiscard]] Status status();
/// One line for people: where the rates in use come from, their first and last day and how many days old they are.
[[nodiscard]] QString ageLine(const QDate &today = QDate::currentDate());
/// The bundled table's first and last day.
[[nodiscard]] Status bundledStatus();
/// File name of the user's table in ResourceData::userDataDirectory().
[[nodiscard]] QString userTablePath();

/// The CSV of an ECB download: the bytes themselves, or the CSV inside eurofxref-hist.zip; empty with error when
/// the archive cannot be read.
[[nodiscard]] QByteArray csvOf(const QByteArray &bytes, QString *error);
/// Why a CSV cannot be the rate table; empty when it can. Fills lastDate when it can.
[[nodiscard]] QString validate(const QByteArray &csv, QDate *lastDate = nullptr);
/// Validates the downloaded or read bytes (CSV or zip) and stores them as the user's table; source names them in
/// messages.
[[nodiscard]] Result install(const QByteArray &bytes, const QString &source);

} // namespace RatesUpdate

} // namespace Newsline
