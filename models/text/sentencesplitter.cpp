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

// Appends a sentence, cut into pieces of at most MaxSentenceLength: at the last clause mark in the second half of the
// allowed length, else at the last space there, else at the length itself (never inside a surrogate pair).
void appendSentence(QList<TextSpan> &result, const QString &text, TextSpan sentence)
{
    constexpr int Max = SentenceSplitter::MaxSentenceLength;
    while (sentence.length() > Max) {
        int cut = -1;
        for (int i = sentence.start + Max - 1; i >= sentence.start + Max / 2 && cut < 0; --i) {
            const QChar c = text.at(i);
            if ((c == u';' || c == u':' || c == u',') && text.at(i + 1).isSpace()) {
                cut = i + 1;
            }
        }
        for (int i = sentence.start + Max; i >= sentence.start + Max / 2 && cut < 0; --i) {
            if (text.at(i).isSpace()) {
                cut = i;
            }
        }
        if (cut < 0) {
            cut = sentence.start + Max;
            if (text.at(cut).isLowSurrogate()) {
                --cut;
            }
        }
        const TextSpan piece = trimmed(text, sentence.start, cut);
        if (piece.length() > 0) {
            result.append(piece);
        }
        sentence = trimmed(text, cut, sentence.end);
    }
    if (sentence.length() > 0) {
        result.append(sentence);
    }
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

        // The word before the terminator decides abbreviations and initials (no abbreviation is longer than
        // MaxWord: a run of dotted letters is not walked back from every one of its dots).
        constexpr int MaxWord = 64;
        int wordStart = i;
        while (wordStart > span.start && i - wordStart < MaxWord &&
               (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1) == u'.' ||
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
            appendSentence(result, text, trimmed(text, sentenceStart, j));
            sentenceStart = next;
            quoteDepth = 0;
            inStraight = false;
        }
        i = next;
    }
    appendSentence(result, text, trimmed(text, sentenceStart, span.end));
    return result;
}

} // namespace Newsline
