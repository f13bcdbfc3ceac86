#include "entityfinder.h"

namespace Newsline {

QList<Entity> EntityFinder::find(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

} // namespace Newsline
