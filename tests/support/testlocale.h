#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace TestLocale {

/// True when the test runs under French formatting: the <test>_fr re-runs (LANG and LC_ALL fr_FR.UTF-8).
inline bool isFrench()
{
    return QLocale().language() == QLocale::French;
}

/// Sets the locale a formatting test runs in: French in the French re-runs, so that they check French numbers and
/// dates for real; C in every other run, so that it does not depend on the machine's locale. False when the
/// environment asks for French and Qt does not give it (the re-run would then prove nothing).
inline bool use()
{
    const bool frenchAsked = qEnvironmentVariable("LC_ALL").startsWith(QLatin1StringView("fr")) ||
                             qEnvironmentVariable("LANG").startsWith(QLatin1StringView("fr"));
    if (frenchAsked) {
        QLocale::setDefault(QLocale::system());
        return isFrench();
    }
    QLocale::setDefault(QLocale::c());
    return true;
}

/// The test's name for its settings and data: "_fr" added in the French re-run, so that the two runs never share (and
/// clear) each other's settings when CTest runs them at the same time.
inline QString runName(const QString &name)
{
    return isFrench() ? name + QStringLiteral("_fr") : name;
}

/// The text a test expects: its English (C) formatting, or its French one in a French re-run.
inline QString expected(const QString &english, const QString &french)
{
    return isFrench() ? french : english;
}

/// A day as the window writes it in the test's locale: "26 Feb 2024", or "26 févr. 2024" in French.
inline QString day(int year, int month, int dayOfMonth)
{
    return QLocale().toString(QDate(year, month, dayOfMonth), QStringLiteral("d MMM yyyy"));
}

} // namespace TestLocale
