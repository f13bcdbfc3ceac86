#pragma once

#include "textspan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Newsline {

/// Splits a paragraph into sentences without breaking at abbreviations, initials, numbers or inside quotations.
///
/// No sentence is longer than MaxSentenceLength: a longer run of text (a list, a table, text without full stops, an
/// unclosed quotation) is cut at its last clause mark (; : ,) or space before that length, so that reading a sentence
/// costs the same however long the paragraph is.
class SentenceSplitter
{
public:
    /// Longest sentence, in UTF-16 code units; news sentences stay far below it.
    static constexpr int MaxSentenceLength = 3000;

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
