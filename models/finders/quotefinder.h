#pragma once

#include "article.h"
#include "quote.h"

#include <QList>

namespace Newsline {

class KnowledgeBase;

/// Finds direct quotations and attributes them to their speakers.
class QuoteFinder
{
public:
    /// A finder over the bundled knowledge merged with the user's alias file.
    QuoteFinder();
    /// A finder over the given knowledge (which must outlive the finder).
    explicit QuoteFinder(const KnowledgeBase &knowledge);

    /// Quotes of an article's non-boilerplate text; speakers resolved against article.entities.
    [[nodiscard]] QList<Quote> find(const Article &article) const;

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Newsline
