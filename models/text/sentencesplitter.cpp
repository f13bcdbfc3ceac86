#include "sentencesplitter.h"

#include "resourcedata.h"

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool isOpeningQuote(QChar c)
{
    return c == u'\u201C' || c == u'\u2018' || c == u'\u00AB';
}

bool isClosingQuote(QChar c)
{
    return c == u'\u201D' || c == u'\u2019' || c == u'\u00BB';
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || isClosingQuote(c) || c == u')' || c == u']';
}

TextSpan trimmed(const QString &text, int start, int end)
{
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

} // namespace

SentenceSplitter::SentenceSplitter()
{
    const QStringList words = ResourceData::lines(u"knowledge/abbreviations.txt"_s);
    for (const QString &word : words) {
        m_abbreviations.insert(word.toLower());
    }
}

const SentenceSplitter &SentenceSplitter::instance()
{
    static const SentenceSplitter splitter;
    return splitter;
}

bool SentenceSplitter::isAbbreviation(QStringView word) const
{
    if (word.isEmpty()) {
        return false;
    }
    // An initial ("J.") or a dotted acronym ("U.S", "e.g") never ends a sentence on its own.
    if (word.size() == 1 && word.front().isLetter()) {
        return true;
    }
    if (word.contains(u'.')) {
        return true;
    }
    return m_abbreviations.contains(word.toString().toLower());
}

QList<TextSpan> SentenceSplitter::split(const QString &text) const
{
    QList<TextSpan> result;
    int lineStart = 0;
    const int size = int(text.size());
    while (lineStart <= size) {
        int lineEnd = int(text.indexOf(u'\n', lineStart));
        if (lineEnd < 0) {
            lineEnd = size;
        }
        if (lineEnd > lineStart) {
            result.append(split(text, {lineStart, lineEnd}));
        }
        lineStart = lineEnd + 1;
    }
    return result;
}

QList<TextSpan> SentenceSplitter::split(const QString &text, TextSpan span) const
{
    QList<TextSpan> result;
    int sentenceStart = span.start;
    int quoteDepth = 0;      // curly and guillemet quotes nest
    bool inStraight = false; // straight double quotes toggle
    int i = span.start;
    while (i < span.end) {
        const QChar c = text.at(i);
        if (isOpeningQuote(c)) {
            ++quoteDepth;
        } else if (isClosingQuote(c) && c != u'\u2019') {
            quoteDepth = std::max(0, quoteDepth - 1);
        } else if (c == u'"') {
            inStraight = !inStraight;
        }
        if (!isTerminator(c)) {
            ++i;
            continue;
        }

        // The word before the terminator decides abbreviations and initials.
        int wordStart = i;
        while (wordStart > span.start && (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1) == u'.' ||
                                          text.at(wordStart - 1) == u'&')) {
            --wordStart;
        }
        const QStringView word = QStringView(text).mid(wordStart, i - wordStart);

        int j = i;
        while (j < span.end && isTerminator(text.at(j))) {
            ++j;
        }
        bool closedQuote = false;
        while (j < span.end && isCloser(text.at(j))) {
            const QChar closer = text.at(j);
            if (closer == u'"') {
                inStraight = !inStraight;
                closedQuote = true;
            } else if (isClosingQuote(closer) && closer != u'\u2019') {
                quoteDepth = std::max(0, quoteDepth - 1);
                closedQuote = true;
            }
            ++j;
        }
        if (j >= span.end) {
            break;
        }
        if (!text.at(j).isSpace()) {
            i = j;
            continue;
        }
        int next = j;
        while (next < span.end && text.at(next).isSpace()) {
            ++next;
        }
        if (next >= span.end) {
            break;
        }
        const QChar first = text.at(next);
        // Wire copy opens sentences with a company's bracketed name: "<Elders Resources Ltd> began the auction".
        const bool bracketedName = first == u'<' && next + 1 < span.end && text.at(next + 1).isUpper();
        const bool startsSentence = first.isUpper() || first.isDigit() || first == u'"' || isOpeningQuote(first) ||
                                    first == u'(' || first == u'[' || bracketedName ||
                                    first.script() == QChar::Script_Hangul || first.script() == QChar::Script_Han;
        const bool insideQuote = (quoteDepth > 0 || inStraight) && !closedQuote;
        const bool abbreviation = c == u'.' && j == i + 1 && isAbbreviation(word);
        if (startsSentence && !insideQuote && !abbreviation) {
            result.append(trimmed(text, sentenceStart, j));
            sentenceStart = next;
            quoteDepth = 0;
            inStraight = false;
        }
        i = next;
    }
    const TextSpan last = trimmed(text, sentenceStart, span.end);
    if (last.length() > 0) {
        result.append(last);
    }
    return result;
}

} // namespace Newsline
