#include "briefingoptions.h"

#include "resourcedata.h"

using namespace Qt::StringLiterals;

namespace Newsline {

QPageSize::PageSizeId BriefingOptions::defaultPageSize(const QLocale &locale)
{
    static const QStringList letterTerritories = ResourceData::lines(u"knowledge/letter-paper-territories.txt"_s);
    const QString code = QLocale::territoryToCode(locale.territory());
    return letterTerritories.contains(code) ? QPageSize::Letter : QPageSize::A4;
}

} // namespace Newsline
