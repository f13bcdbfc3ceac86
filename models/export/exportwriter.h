#pragma once

#include "corpus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// Writes a corpus in one of the export formats.
namespace ExportWriter {

enum class Format
{
    /// CSV of events.
    EventsCsv,
    /// CSV of money figures.
    FiguresCsv,
    /// CSV of quotes.
    QuotesCsv,
    /// The `newsline extract` JSON contract.
    Json,
    /// iCalendar.
    Ics,
    /// TimelineJS3 JSON.
    TimelineJs
};

/// The names formats are asked for by: "csv" (events), "figures-csv", "quotes-csv", "json", "ics", "timelinejs".
[[nodiscard]] QStringList formatNames();
/// The format of a name, nullopt for an unknown one.
[[nodiscard]] std::optional<Format> formatFromName(const QString &name);
/// The usual file suffix of a format, without the dot.
[[nodiscard]] QString suffix(Format format);
/// The corpus in a format; title names a TimelineJS timeline, stamp dates an iCalendar export.
[[nodiscard]] QByteArray write(Format format, const Corpus &corpus, const QString &title = {},
                               const QDateTime &stamp = QDateTime::currentDateTimeUtc());

} // namespace ExportWriter

} // namespace Newsline
