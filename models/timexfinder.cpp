#include "timexfinder.h"

namespace Newsline {

QList<Timex> TimexFinder::find(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

QList<Timex> TimexFinder::find(const QString &text, const QDate &reference) const
{
    Q_UNUSED(text);
    Q_UNUSED(reference);
    return {};
}

} // namespace Newsline
