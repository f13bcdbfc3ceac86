#pragma once

#include <QDate>
#include <QString>

namespace Newsline {

/// Dates written for a reader in the current language: the formats are translatable, so that each language
/// orders day, month and year its own way ("22 Jul 2019", "22 juil. 2019", "2019년 7월 22일").
namespace DateFormat {

/// Day, short month and year: "22 Jul 2019".
[[nodiscard]] QString day(const QDate &date);
/// Short month and year: "Jul 2019".
[[nodiscard]] QString month(const QDate &date);
/// Day and short month, for axis ticks inside a labelled year: "22 Jul".
[[nodiscard]] QString dayInYear(const QDate &date);
/// Short month alone, for axis ticks inside a labelled year: "Jul".
[[nodiscard]] QString monthInYear(const QDate &date);

} // namespace DateFormat

} // namespace Newsline
