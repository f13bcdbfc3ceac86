#pragma once

#include "article.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Newsline {

/// Reads saved web pages with an HTML5 parser: the article body found by the page's structure, paragraphs kept, site
/// furniture inside the body kept as boilerplate, metadata from the page's meta tags, JSON-LD and <time>. Nothing
/// the page points at is ever loaded and no script runs: only the bytes given are read.
class HtmlReader
{
public:
    /// A page read into an article: metadata and body text (not yet segmented), with its furniture's spans.
    struct Page
    {
        Article article;
        /// Spans of article.text that are site furniture (related links, share prompts, comments...).
        QList<TextSpan> boilerplate;
    };

    /// Reads a whole page given as UTF-8; the text is empty when the page holds no readable text.
    [[nodiscard]] static Page readPage(const QByteArray &utf8);
    /// Reads an HTML fragment (a feed item's content) into paragraphs; no metadata.
    [[nodiscard]] static Page readFragment(const QByteArray &utf8);

    /// The page's bytes as UTF-8, decoded by byte order mark, the charset given (e.g. by a MIME header) or declared
    /// in the page, or as UTF-8; nullopt with the reason in error when they cannot be decoded.
    [[nodiscard]] static std::optional<QByteArray> toUtf8(const QByteArray &bytes, QString *error,
                                                          const QByteArray &charset = {});
};

} // namespace Newsline
