#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace Newsline {

/// Knowledge files bundled under resources/ (embedded at :/newsline/), with the user's own files merged over them.
namespace ResourceData {

/// The bytes of a bundled file, e.g. "knowledge/abbreviations.txt"; empty when missing.
[[nodiscard]] QByteArray bytes(const QString &name);
/// A bundled JSON file; a null document when missing or malformed.
[[nodiscard]] QJsonDocument json(const QString &name);
/// The lines of a bundled word list, trimmed, without blank lines and "#" comments.
[[nodiscard]] QStringList lines(const QString &name);
/// Folder of the user's own knowledge files (aliases...), in the user's config directory.
[[nodiscard]] QString userDirectory();

} // namespace ResourceData

} // namespace Newsline
