#pragma once

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsline {

/// Knowledge files bundled under resources/ (embedded at :/newsline/), and the user's own (entities.json in
/// userDirectory()) merged over them by the finders that read them.
///
/// Extraction never runs on half its knowledge: a file that is missing, is not UTF-8 or does not parse stops the
/// program with a message naming the file and the line (fail()), instead of reading as an empty list.
namespace ResourceData {

/// A knowledge file that cannot be used, and where.
struct KnowledgeError
{
    QString file;
    /// Line of the problem, from 1; 0 when the whole file is concerned (missing).
    int line = 0;
    QString reason;

    /// "FILE, line N: REASON".
    [[nodiscard]] QString message() const;
};

/// The bytes of a bundled file, e.g. "knowledge/abbreviations.txt"; stops the program when it is missing. For data
/// the user can update ("data/ecb-eurofxref-hist.csv"), the updated copy in userDataDirectory() when there is one.
[[nodiscard]] QByteArray bytes(const QString &name);
/// Folder of the data the user updated (exchange rates), in the user's data directory; bundled data is never changed.
[[nodiscard]] QString userDataDirectory();
/// The user's updated copy of bundled data ("data/ecb-eurofxref-hist.csv"), or empty when there is none.
[[nodiscard]] QString userDataFile(const QString &name);
/// A bundled JSON file; stops the program when it is missing or does not parse.
[[nodiscard]] QJsonDocument json(const QString &name);
/// The lines of a bundled word list, trimmed, without blank lines and "#" comments; stops the program when the file
/// is missing or not UTF-8.
[[nodiscard]] QStringList lines(const QString &name);
/// The approximators of one use ("amount", "duration", "comparison", "for-price" or "before-amount") from
/// knowledge/approximators.json, where each phrase is listed once with all its uses; stops the program when the file
/// is missing or does not parse.
[[nodiscard]] QStringList approximators(QStringView use);
/// The words of the approximators of one use, each once ("an", "estimated" for "an estimated").
[[nodiscard]] QStringList approximatorWords(QStringView use);
/// The characters that mark an amount of money in a text ("$", "€", "₹"): the one-character symbols of
/// knowledge/currencies.json, the list the money finder reads.
[[nodiscard]] QString moneySymbols();
/// Folder of the user's own knowledge files (aliases...), in the user's config directory.
[[nodiscard]] QString userDirectory();
/// The user's own JSON knowledge file of that name in userDirectory(); a null document when there is none; stops the
/// program when it does not parse.
[[nodiscard]] QJsonDocument userJson(const QString &name);

/// Every bundled knowledge file and the user's own checked as the finders will read them: what cannot be used.
[[nodiscard]] QList<KnowledgeError> verify();
/// Says on standard error that a knowledge file cannot be used and ends the program (exit status 2).
[[noreturn]] void fail(const KnowledgeError &error);

} // namespace ResourceData

} // namespace Newsline
