#include "resourcedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsline::ResourceData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::ResourceData", text);
}

// Line (from 1) of a byte offset in a file's bytes.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(std::min(offset, bytes.size())).count('\n')) + 1;
}

// The first problem of a JSON file's bytes; nullopt when they parse.
std::optional<KnowledgeError> jsonError(const QString &file, const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        return std::nullopt;
    }
    return KnowledgeError{file, lineAt(bytes, error.offset), error.errorString()};
}

// The first problem of a word list's bytes; nullopt when they are UTF-8.
std::optional<KnowledgeError> textError(const QString &file, const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    qsizetype start = 0;
    for (qsizetype end = 0; start < bytes.size(); start = end + 1) {
        end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        (void)decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError()) {
            return KnowledgeError{file, lineAt(bytes, start), tr("not UTF-8 text")};
        }
    }
    return std::nullopt;
}

QByteArray readUserFile(const QString &name, bool *exists)
{
    QFile file(QDir(userDirectory()).filePath(name));
    *exists = file.exists();
    if (!*exists) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail({file.fileName(), 0, file.errorString()});
    }
    return file.readAll();
}

} // namespace

QString KnowledgeError::message() const
{
    return line > 0 ? tr("%1, line %2: %3").arg(file).arg(line).arg(reason) : tr("%1: %2").arg(file, reason);
}

void fail(const KnowledgeError &error)
{
    const QString message =
        tr("newsline: a knowledge file cannot be used, so nothing is extracted: %1").arg(error.message());
    std::fputs(message.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    // Another thread may be extracting: end at once rather than run destructors under it.
    std::_Exit(2);
}

QString userDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString userDataFile(const QString &name)
{
    if (!name.startsWith(u"data/"_s)) {
        return {};
    }
    const QString path = QDir(userDataDirectory()).filePath(name.mid(5));
    return QFileInfo::exists(path) ? path : QString();
}

QByteArray bytes(const QString &name)
{
    // Data the user updated (exchange rates) comes before the bundled copy, which stays the fallback.
    if (const QString updated = userDataFile(name); !updated.isEmpty()) {
        QFile file(updated);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray data = file.readAll();
            if (data.startsWith("Date,")) {
                return data;
            }
        }
    }
    QFile file(u":/newsline/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        fail({name, 0, tr("missing from the program's resources")});
    }
    return file.readAll();
}

QJsonDocument json(const QString &name)
{
    const QByteArray data = bytes(name);
    if (const auto error = jsonError(name, data)) {
        fail(*error);
    }
    return QJsonDocument::fromJson(data);
}

QStringList lines(const QString &name)
{
    const QByteArray data = bytes(name);
    if (const auto error = textError(name, data)) {
        fail(*error);
    }
    QStringList result;
    const QString text = QString::fromUtf8(data);
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            result.append(line.toString());
        }
    }
    return result;
}

QStringList approximators(QStringView use)
{
    static const QJsonObject all =
        json(u"knowledge/approximators.json"_s).object().value("approximators"_L1).toObject();
    QStringList result;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonArray uses = it.value().toArray();
        if (std::any_of(uses.cbegin(), uses.cend(), [use](const QJsonValue &v) { return v.toString() == use; })) {
            result.append(it.key());
        }
    }
    return result;
}

QStringList approximatorWords(QStringView use)
{
    QStringList words;
    for (const QString &phrase : approximators(use)) {
        words.append(phrase.split(u' ', Qt::SkipEmptyParts));
    }
    words.removeDuplicates();
    return words;
}

QString moneySymbols()
{
    static const QString symbols = [] {
        QString all;
        const QJsonArray currencies = json(u"knowledge/currencies.json"_s).object().value("currencies"_L1).toArray();
        for (const QJsonValue &currency : currencies) {
            for (const QJsonValue &symbol : currency.toObject().value("symbols"_L1).toArray()) {
                const QString text = symbol.toString();
                if (text.size() == 1 && !all.contains(text)) {
                    all.append(text);
                }
            }
        }
        return all;
    }();
    return symbols;
}

QString userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QJsonDocument userJson(const QString &name)
{
    bool exists = false;
    const QByteArray data = readUserFile(name, &exists);
    if (!exists) {
        return {};
    }
    if (const auto error = jsonError(QDir(userDirectory()).filePath(name), data)) {
        fail(*error);
    }
    return QJsonDocument::fromJson(data);
}

QList<KnowledgeError> verify()
{
    QList<KnowledgeError> errors;
    QDirIterator it(u":/newsline/knowledge"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = path.mid(QStringLiteral(":/newsline/").size());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append({name, 0, file.errorString()});
            continue;
        }
        const QByteArray data = file.readAll();
        const auto error = name.endsWith(u".json"_s) ? jsonError(name, data) : textError(name, data);
        if (error) {
            errors.append(*error);
        }
    }
    bool exists = false;
    const QString entities = u"entities.json"_s;
    const QByteArray data = readUserFile(entities, &exists);
    if (exists) {
        if (const auto error = jsonError(QDir(userDirectory()).filePath(entities), data)) {
            errors.append(*error);
        }
    }
    return errors;
}

} // namespace Newsline::ResourceData
