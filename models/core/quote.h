#pragma once

#include "textspan.h"

#include <QString>

namespace Newsline {

/// A direct quotation and who said it.
struct Quote
{
    /// Span of the quoted words, quotation marks excluded.
    int start = -1;
    int end = -1;
    QString text;
    /// Canonical entity name of the speaker; empty when the text names none.
    QString speaker;
    /// Where the speaker is named (a name, a pronoun or a description); invalid when no speaker.
    TextSpan speakerMention;
    /// The speaker's role as the article gives it ("CEO of Mistral AI"); empty when none.
    QString speakerRole;

    /// True when the quote has a span and words.
    [[nodiscard]] bool hasResult() const { return start >= 0 && end > start; }
    /// The span of the quoted words.
    [[nodiscard]] TextSpan span() const { return {start, end}; }
};

} // namespace Newsline
