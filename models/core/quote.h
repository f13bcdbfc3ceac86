#pragma once

#include "textspan.h"

#include <QString>

namespace Newsline {

/// A quotation and who said it.
struct Quote
{
    enum class Kind
    {
        /// The quotation is the statement: "It's a land grab," Mr. Lindqvist said.
        Direct,
        /// Quoted words inside reported speech: Garcia called the plan "reckless".
        Partial
    };

    /// Span of the quoted words, quotation marks excluded. A quotation split around its attribution ("...," he
    /// said. "...") or running over several paragraphs is one quote spanning all of its parts.
    int start = -1;
    int end = -1;
    QString text;
    /// Canonical entity name of the speaker; empty when the text names none.
    QString speaker;
    /// Where the speaker is named (a name, a pronoun or a description), also when no entity could be named for it
    /// ("a spokesman", "the senator"); invalid when the text names no speaker.
    TextSpan speakerMention;
    /// The speaker's role as the article gives it ("CEO of Mistral AI"); empty when none.
    QString speakerRole;
    Kind kind = Kind::Direct;

    /// Contract name of a kind: "direct" or "partial".
    [[nodiscard]] static QString kindName(Kind kind);
    /// Kind from its contract name; Direct for an unknown name.
    [[nodiscard]] static Kind kindFromName(QStringView name);

    /// True when the quote has a span and words.
    [[nodiscard]] bool hasResult() const { return start >= 0 && end > start; }
    /// The span of the quoted words.
    [[nodiscard]] TextSpan span() const { return {start, end}; }
};

} // namespace Newsline
