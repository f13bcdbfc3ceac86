#include "mhtmlreader.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace Newsline::MhtmlReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::MhtmlReader", text);
}

struct Headers
{
    QList<QPair<QByteArray, QByteArray>> fields;
    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[key, value] : fields) {
            if (key == name) {
                return value;
            }
        }
        return {};
    }
};

// Splits a MIME entity into its headers (names lower-cased, folded lines joined) and its body.
QPair<Headers, QByteArray> splitEntity(const QByteArray &entity)
{
    Headers headers;
    qsizetype pos = 0;
    while (pos < entity.size()) {
        qsizetype eol = entity.indexOf('\n', pos);
        if (eol < 0) {
            eol = entity.size();
        }
        QByteArray line = entity.mid(pos, eol - pos);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        pos = eol + 1;
        if (line.isEmpty()) {
            return {headers, pos <= entity.size() ? entity.mid(pos) : QByteArray()};
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.fields.isEmpty()) {
            headers.fields.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            headers.fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    return {headers, QByteArray()};
}

// 'text/html; charset="utf-8"' -> parameter "charset" = utf-8.
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && part.left(equals).trimmed().toLower() == name) {
            QByteArray value = part.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

QByteArray mediaType(const QByteArray &header)
{
    return header.split(';').constFirst().trimmed().toLower();
}

std::optional<QByteArray> decodeBody(const Headers &headers, const QByteArray &body, QString *error)
{
    const QByteArray encoding = headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable") {
        auto decoded = decodeQuotedPrintable(body);
        if (!decoded) {
            *error = tr("malformed quoted-printable text in the page's HTML part");
        }
        return decoded;
    }
    if (encoding == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (const char c : body) {
            if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
                compact += c;
            }
        }
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = tr("malformed base64 in the page's HTML part");
            return std::nullopt;
        }
        return *decoded;
    }
    if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary") {
        return body;
    }
    *error = tr("unknown transfer encoding \"%1\" of the page's HTML part").arg(QString::fromLatin1(encoding));
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> decodeQuotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // A soft line break: "=" at the end of a line (trailing white space allowed).
        qsizetype j = i + 1;
        while (j < bytes.size() && (bytes.at(j) == ' ' || bytes.at(j) == '\t')) {
            ++j;
        }
        if (j >= bytes.size()) {
            i = j;
            continue;
        }
        if (bytes.at(j) == '\n' || (bytes.at(j) == '\r' && j + 1 < bytes.size() && bytes.at(j + 1) == '\n')) {
            i = bytes.at(j) == '\r' ? j + 1 : j;
            continue;
        }
        if (i + 2 >= bytes.size() || hex(bytes.at(i + 1)) < 0 || hex(bytes.at(i + 2)) < 0) {
            return std::nullopt;
        }
        out += char(hex(bytes.at(i + 1)) * 16 + hex(bytes.at(i + 2)));
        i += 2;
    }
    return out;
}

std::optional<HtmlPart> htmlPart(const QByteArray &bytes, QString *error)
{
    const auto [headers, body] = splitEntity(bytes);
    const QByteArray contentType = headers.value("content-type");
    if (contentType.isEmpty()) {
        *error = tr("not an MHTML archive (no Content-Type header)");
        return std::nullopt;
    }
    const QByteArray type = mediaType(contentType);
    if (type == "text/html") {
        auto html = decodeBody(headers, body, error);
        if (!html) {
            return std::nullopt;
        }
        return HtmlPart{*html, parameter(contentType, "charset")};
    }
    if (!type.startsWith("multipart/")) {
        *error = tr("MHTML archive holds \"%1\", not a web page").arg(QString::fromLatin1(type));
        return std::nullopt;
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        *error = tr("MHTML archive has no boundary between its parts");
        return std::nullopt;
    }
    const QByteArray delimiter = QByteArray("--" + boundary);
    const QByteArray lineDelimiter = QByteArray("\n" + delimiter);
    const QByteArray start = headers.value("snapshot-content-location");
    QList<QByteArray> parts;
    bool closed = false;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(lineDelimiter);
    if (pos < 0) {
        *error = tr("MHTML archive has none of the parts its boundary announces");
        return std::nullopt;
    }
    while (pos >= 0) {
        const qsizetype lineStart = body.at(pos) == '\n' ? pos + 1 : pos;
        const qsizetype afterDelimiter = lineStart + delimiter.size();
        if (body.mid(afterDelimiter, 2) == "--") {
            closed = true;
            break;
        }
        const qsizetype partStart = body.indexOf('\n', afterDelimiter);
        if (partStart < 0) {
            break;
        }
        const qsizetype next = body.indexOf(lineDelimiter, partStart);
        QByteArray part = body.mid(partStart + 1, (next < 0 ? body.size() : next) - partStart - 1);
        if (part.endsWith('\r')) {
            part.chop(1);
        }
        parts.append(part);
        pos = next;
    }
    if (!closed) {
        *error = tr("MHTML archive is truncated (its closing boundary is missing)");
        return std::nullopt;
    }
    std::optional<QPair<Headers, QByteArray>> chosen;
    for (const QByteArray &part : std::as_const(parts)) {
        auto entity = splitEntity(part);
        if (mediaType(entity.first.value("content-type")) != "text/html") {
            continue;
        }
        // The page itself, when the archive names it; else the first page part.
        if (!chosen || (!start.isEmpty() && entity.first.value("content-location") == start)) {
            const bool named = !start.isEmpty() && entity.first.value("content-location") == start;
            chosen = std::move(entity);
            if (named) {
                break;
            }
        }
    }
    if (!chosen) {
        *error = tr("MHTML archive holds no HTML part");
        return std::nullopt;
    }
    auto html = decodeBody(chosen->first, chosen->second, error);
    if (!html) {
        return std::nullopt;
    }
    return HtmlPart{*html, parameter(chosen->first.value("content-type"), "charset")};
}

} // namespace Newsline::MhtmlReader
