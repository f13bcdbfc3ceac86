#include "dateformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Newsline::DateFormat {

QString day(const QDate &date)
{
    return QLocale().toString(date, QCoreApplication::translate("Newsline::DateFormat", "d MMM yyyy",
                                                                "Qt date format: day, short month, year"));
}

QString month(const QDate &date)
{
    return QLocale().toString(
        date, QCoreApplication::translate("Newsline::DateFormat", "MMM yyyy", "Qt date format: short month, year"));
}

QString dayInYear(const QDate &date)
{
    return QLocale().toString(
        date, QCoreApplication::translate("Newsline::DateFormat", "d MMM", "Qt date format: day, short month"));
}

QString monthInYear(const QDate &date)
{
    return QLocale().toString(
        date, QCoreApplication::translate("Newsline::DateFormat", "MMM", "Qt date format: short month alone"));
}

} // namespace Newsline::DateFormat
