#pragma once

#include "corpus.h"
#include "event.h"
#include "eventlexicon.h"
#include "eventmention.h"

#include <QList>

namespace Newsline {

/// Builds dated events from the extracted articles of a corpus, merging reports of one event across articles.
///
/// A sentence reports an event when it holds a trigger word of events.json that is not hedged ("whether MS
/// would invest": no event) and names the parties the type needs. Dates: the sentence's own DATE timex nearest
/// the trigger, else a date opening the sentence, else "the same day" as the last day named, else the last date
/// of the paragraph so far, else the publication date (basis "published"); "recently" (PAST_REF) is no date: the
/// publication date with onOrBefore set. Headlines and boilerplate give no events.
class EventBuilder
{
public:
    /// A builder with the bundled lexicon.
    EventBuilder();
    /// A builder with its own lexicon (which must outlive it).
    explicit EventBuilder(const EventLexicon &lexicon);

    /// Events of the corpus's articles (their timexes, figures, entities must be filled), ids e1, e2... by date.
    [[nodiscard]] QList<Event> build(const QList<Article> &articles) const;
    /// Reports of events in one article, which is articles[articleIndex] of its corpus.
    [[nodiscard]] QList<EventMention> mentions(const Article &article, int articleIndex) const;

private:
    const EventLexicon *m_lexicon;
};

} // namespace Newsline
