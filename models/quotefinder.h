#pragma once

#include "article.h"
#include "quote.h"

#include <QList>

namespace Newsline {

/// Finds direct quotations and attributes them to their speakers.
class QuoteFinder
{
public:
    /// Quotes of an article's non-boilerplate text; speakers resolved against article.entities.
    [[nodiscard]] QList<Quote> find(const Article &article) const;
};

} // namespace Newsline
