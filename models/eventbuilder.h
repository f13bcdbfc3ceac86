#pragma once

#include "corpus.h"
#include "event.h"

#include <QList>

namespace Newsline {

/// Builds dated events from the extracted articles of a corpus, merging reports of one event across articles.
class EventBuilder
{
public:
    /// Events of the corpus's articles (their timexes, figures, entities must be filled).
    [[nodiscard]] QList<Event> build(const QList<Article> &articles) const;
};

} // namespace Newsline
