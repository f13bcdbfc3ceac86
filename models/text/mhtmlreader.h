#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Newsline {

/// Reads web pages saved as one MHTML file (a MIME archive, RFC 2557): the page's HTML part, decoded from
/// quoted-printable or base64. The archive's other parts (images, styles) are never used.
namespace MhtmlReader {

/// The page's HTML and the charset its part declares.
struct HtmlPart
{
    QByteArray html;
    QByteArray charset;
};

/// The HTML part of an archive; nullopt with the reason in error when there is none or it cannot be decoded.
[[nodiscard]] std::optional<HtmlPart> htmlPart(const QByteArray &bytes, QString *error);

/// Quoted-printable bytes decoded (soft line breaks removed); nullopt when an "=" escape is malformed.
[[nodiscard]] std::optional<QByteArray> decodeQuotedPrintable(const QByteArray &bytes);

} // namespace MhtmlReader

} // namespace Newsline
