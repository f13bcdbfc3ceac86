#pragma once

#include "corpus.h"

#include <QByteArray>
#include <QDateTime>

namespace Newsline {

/// iCalendar (RFC 5545): one all-day VEVENT per dated event, spanning its month, week or year when only that is
/// known; SUMMARY, DESCRIPTION with its sources and their offsets, URL of its first source, and a UID made from what
/// the event is (type, parties, date), so that a calendar updates an event exported again instead of adding it twice.
namespace IcsExport {

/// The calendar; stamp is the DTSTAMP of every event (the export's time, in UTC).
[[nodiscard]] QByteArray calendar(const Corpus &corpus, const QDateTime &stamp);
/// The stable UID of an event.
[[nodiscard]] QString uid(const Event &event);

} // namespace IcsExport

} // namespace Newsline
