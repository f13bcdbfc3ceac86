#pragma once

#include "decimal.h"
#include "event.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// Writes the one-line summary of an event from its data only ("Microsoft invests $1 billion in OpenAI"): in
/// English as data, or in the user's language for reading.
class EventSummary
{
public:
    enum class Language
    {
        /// The English every locale gets: what extraction returns and a workspace stores.
        English,
        /// The language of the translations installed: what a window or a briefing shows.
        Reader
    };

    /// The summary of an event, worded from its type, parties, wording and the amounts other sources reported.
    [[nodiscard]] static QString text(const Event &event, Language language = Language::Reader);
    /// An amount for people to read: "$1 billion", "€2 billion", "$5.6 billion", "1,500 CHF".
    [[nodiscard]] static QString amountText(const std::optional<Decimal> &amount, const QString &currency,
                                            Language language = Language::Reader);
    /// Names joined as "A", "A and B", "A, B and C".
    [[nodiscard]] static QString joinNames(const QStringList &names, Language language = Language::Reader);
};

} // namespace Newsline
