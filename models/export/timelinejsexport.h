#pragma once

#include "corpus.h"

#include <QByteArray>

namespace Newsline {

/// The JSON that Knight Lab's TimelineJS3 reads: one slide per dated event, its start_date and end_date split into
/// year, month and day as far as its precision goes, text.headline its summary, text.text its sources as links with
/// their offsets, group its lane. Undated events have no place on a timeline and are left out.
namespace TimelineJsExport {

/// The timeline document: {"title": ..., "events": [...]}.
[[nodiscard]] QByteArray timeline(const Corpus &corpus, const QString &title);

} // namespace TimelineJsExport

} // namespace Newsline
