#include "moneyfinder.h"

namespace Newsline {

QList<MoneyFigure> MoneyFinder::find(const Article &article) const
{
    Q_UNUSED(article);
    return {};
}

QList<MoneyFigure> MoneyFinder::find(const QString &text) const
{
    Q_UNUSED(text);
    return {};
}

} // namespace Newsline
