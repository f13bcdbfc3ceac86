#pragma once

#include "article.h"
#include "entity.h"

#include <QList>

namespace Newsline {

class KnowledgeBase;

/// Finds people, organisations, places, products and media outlets, merging aliases into canonical entities.
class EntityFinder
{
public:
    /// A finder over the bundled knowledge merged with the user's alias file.
    EntityFinder();
    /// A finder over the given knowledge (which must outlive the finder).
    explicit EntityFinder(const KnowledgeBase &knowledge);

    /// Entities of an article's non-boilerplate text with their mentions and roles.
    [[nodiscard]] QList<Entity> find(const Article &article) const;

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Newsline
