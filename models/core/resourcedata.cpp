#include "resourcedata.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Newsline::ResourceData {

QByteArray bytes(const QString &name)
{
    QFile file(u":/newsline/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QJsonDocument json(const QString &name)
{
    return QJsonDocument::fromJson(bytes(name));
}

QStringList lines(const QString &name)
{
    QStringList result;
    const QString text = QString::fromUtf8(bytes(name));
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            result.append(line.toString());
        }
    }
    return result;
}

QString userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

} // namespace Newsline::ResourceData
