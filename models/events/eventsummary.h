#pragma once

#include "event.h"
#include "eventmention.h"

#include <QString>
#include <QStringList>

namespace Newsline {

/// Writes the one-line summary of an event from its data only ("Microsoft invests $1 billion in OpenAI").
class EventSummary
{
public:
    /// The summary of event, worded from its lead report; alsoReported lists values other sources disagree on.
    [[nodiscard]] static QString text(const Event &event, const EventMention &lead, const QStringList &alsoReported);
    /// An amount for people to read: "$1 billion", "€2 billion", "$5.6 billion", "1,500 CHF".
    [[nodiscard]] static QString amountText(const QString &amount, const QString &currency);
    /// Names joined as "A", "A and B", "A, B and C".
    [[nodiscard]] static QString joinNames(const QStringList &names);
};

} // namespace Newsline
