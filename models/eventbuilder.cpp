#include "eventbuilder.h"

namespace Newsline {

QList<Event> EventBuilder::build(const QList<Article> &articles) const
{
    Q_UNUSED(articles);
    return {};
}

} // namespace Newsline
