#pragma once

#include "article.h"
#include "corpus.h"

namespace Newsline {

/// The whole extraction pipeline: dates, money (with US dollar equivalents), entities, quotes, then events.
class Extractor
{
public:
    /// Fills an article's timexes, figures, entities and quotes (it must be segmented already).
    void extract(Article &article) const;
    /// Rebuilds the corpus's events from its extracted articles.
    void buildEvents(Corpus &corpus) const;
    /// Extracts every article, then builds events.
    void extract(Corpus &corpus) const;
};

} // namespace Newsline
