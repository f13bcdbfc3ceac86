#pragma once

#include "corpus.h"

#include <QByteArray>
#include <QStringList>

namespace Newsline {

/// CSV tables (RFC 4180: comma-separated, CRLF line ends, quoted fields) in UTF-8 with a byte order mark, so that
/// spreadsheets read non-ASCII names right; one header row, one row per event, figure or quote, each with the
/// offsets of its source text.
namespace CsvExport {

/// The events: date, precision, date basis, type, parties with roles, amount, currency, US dollars, rate date,
/// summary, lane, and their sources (titles, URLs, files and offsets).
[[nodiscard]] QByteArray events(const Corpus &corpus);
/// Every money figure of every article, with its article and offsets.
[[nodiscard]] QByteArray figures(const Corpus &corpus);
/// Every quote of every article: speaker, role, words, kind, article, date and offsets.
[[nodiscard]] QByteArray quotes(const Corpus &corpus);
/// One CSV record of fields, quoted where RFC 4180 asks, ended by CRLF.
[[nodiscard]] QByteArray record(const QStringList &fields);

} // namespace CsvExport

} // namespace Newsline
