#pragma once

#include "textspan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Newsline {

/// Splits a paragraph into sentences without breaking at abbreviations, initials, numbers or inside quotations.
class SentenceSplitter
{
public:
    /// A splitter with the bundled abbreviation list.
    SentenceSplitter();

    /// Sentence spans of text[span.start, span.end), trimmed of surrounding white space.
    [[nodiscard]] QList<TextSpan> split(const QString &text, TextSpan span) const;
    /// Sentence spans of the whole text, a line break always ending a sentence.
    [[nodiscard]] QList<TextSpan> split(const QString &text) const;

    /// The shared instance (the abbreviation list is loaded once).
    [[nodiscard]] static const SentenceSplitter &instance();

private:
    [[nodiscard]] bool isAbbreviation(QStringView word) const;
    QSet<QString> m_abbreviations;
};

} // namespace Newsline
