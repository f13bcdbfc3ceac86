#pragma once

#include "article.h"
#include "entity.h"

#include <QList>

namespace Newsline {

/// Finds people, organisations, places, products and media outlets, merging aliases into canonical entities.
class EntityFinder
{
public:
    /// Entities of an article's non-boilerplate text with their mentions and roles.
    [[nodiscard]] QList<Entity> find(const Article &article) const;
};

} // namespace Newsline
