#include "quotefinder.h"

namespace Newsline {

QList<Quote> QuoteFinder::find(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

} // namespace Newsline
