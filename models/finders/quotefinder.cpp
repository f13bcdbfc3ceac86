#include "quotefinder.h"

#include "knowledgebase.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

enum class TokenType : quint8
{
    Word,
    Punct,
    Mark,
};

struct Token
{
    int start = 0;
    int end = 0;
    TokenType type = TokenType::Word;
    // The quotation whose marks or words this token is, or -1.
    int quotation = -1;
    int sentence = 0;
    int paragraph = 0;
};

struct Quotation
{
    // Opening mark, and closing mark or the paragraph's end when the quotation runs on into the next paragraph.
    int open = 0;
    int close = 0;
    int paragraph = 0;
    bool runsOn = false;
    bool single = false;
    int openToken = -1;
    // The closing mark's token; one past the paragraph's last token when the quotation runs on.
    int closeToken = -1;
};

struct MentionRef
{
    TextSpan span;
    int entity = -1;
};

struct Speaker
{
    int entity = -1;
    TextSpan mention;
    // Where an apposition after the name stands ("CEO of MistralAI"), to pick the role the article gives there.
    TextSpan apposition;
    QChar gender;
    // The phrase names someone: a name, a pronoun, a description of a person ("a spokesman", "the senator").
    bool agent = false;
    // The verb is passive ("was called"): its subject is not who spoke.
    bool passive = false;
    [[nodiscard]] bool isValid() const { return mention.isValid() && mention.end > mention.start; }
};

struct Attribution
{
    bool found = false;
    // The attribution follows the quotation ("...," she said.): a quotation right after it continues the same quote.
    bool after = false;
    Quote::Kind kind = Quote::Kind::Direct;
    Speaker speaker;
    // Last token of the attribution.
    int lastToken = -1;
    // The quotation is set off by its punctuation ("said, "..."", ""...," she said"), not part of the sentence's
    // grammar ("she reads "The Quiet Harbor""), where it may name something rather than quote anyone.
    bool setOff = true;
};

struct Group
{
    int first = 0;
    int last = 0;
};

bool isOpeningDouble(QChar c)
{
    return c == u'\u201C' || c == u'\u201E';
}

bool isClosingDouble(QChar c)
{
    return c == u'\u201D';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isDash(QChar c)
{
    return c == u'\u2014' || c == u'\u2013' || c == u'\u2015';
}

bool equals(QStringView word, QLatin1StringView text)
{
    return word.compare(text, Qt::CaseInsensitive) == 0;
}

// A set of words built once, looked up without allocating.
WordSet wordsOf(std::initializer_list<QLatin1StringView> list)
{
    WordSet set;
    for (const QLatin1StringView w : list) {
        set.insert(QString(w));
    }
    return set;
}

bool oneOf(QStringView word, std::initializer_list<QLatin1StringView> list)
{
    return std::any_of(list.begin(), list.end(), [word](QLatin1StringView w) { return equals(word, w); });
}

// Words that open a clause or belong to a verb: a subject's phrase never reaches back over them.
bool isClauseWord(QStringView w)
{
    static const WordSet words = wordsOf(
        {"that"_L1,    "which"_L1,  "who"_L1,     "whom"_L1,  "whose"_L1,   "when"_L1,     "whenever"_L1, "while"_L1,
         "because"_L1, "after"_L1,  "before"_L1,  "as"_L1,    "if"_L1,      "but"_L1,      "and"_L1,      "or"_L1,
         "nor"_L1,     "so"_L1,     "than"_L1,    "since"_L1, "until"_L1,   "although"_L1, "though"_L1,   "where"_L1,
         "whether"_L1, "what"_L1,   "how"_L1,     "why"_L1,   "once"_L1,    "unless"_L1,   "then"_L1,     "is"_L1,
         "was"_L1,     "are"_L1,    "were"_L1,    "be"_L1,    "been"_L1,    "being"_L1,    "has"_L1,      "have"_L1,
         "had"_L1,     "do"_L1,     "does"_L1,    "did"_L1,   "will"_L1,    "would"_L1,    "can"_L1,      "could"_L1,
         "should"_L1,  "may"_L1,    "might"_L1,   "must"_L1,  "not"_L1,     "also"_L1,     "even"_L1,     "just"_L1,
         "to"_L1,      "by"_L1,     "about"_L1,   "like"_L1,  "into"_L1,    "against"_L1,  "over"_L1,     "under"_L1,
         "through"_L1, "during"_L1, "without"_L1, "among"_L1, "between"_L1, "however"_L1,  "yes"_L1,      "no"_L1,
         "well"_L1,    "here"_L1,   "there"_L1,   "now"_L1});
    return words.contains(w);
}

// Words between a subject and its verb: "Smith also said", "she has repeatedly warned".
bool isAuxiliary(QStringView w)
{
    static const WordSet words =
        wordsOf({"also"_L1,       "then"_L1,       "later"_L1,     "further"_L1, "again"_L1, "once"_L1,    "has"_L1,
                 "had"_L1,        "have"_L1,       "was"_L1,       "were"_L1,    "is"_L1,    "are"_L1,     "would"_L1,
                 "will"_L1,       "could"_L1,      "should"_L1,    "might"_L1,   "may"_L1,   "must"_L1,    "can"_L1,
                 "did"_L1,        "does"_L1,       "do"_L1,        "not"_L1,     "never"_L1, "just"_L1,    "even"_L1,
                 "still"_L1,      "already"_L1,    "often"_L1,     "always"_L1,  "first"_L1, "himself"_L1, "herself"_L1,
                 "themselves"_L1, "itself"_L1,     "been"_L1,      "being"_L1,   "be"_L1,    "too"_L1,     "yet"_L1,
                 "earlier"_L1,    "separately"_L1, "previously"_L1});
    return words.contains(w);
}

// Verbs whose object is often a work's title: reads "The Quiet Harbor", sang "Happy Birthday".
bool takesTitles(QStringView w)
{
    static const WordSet words = wordsOf(
        {"read"_L1,    "reads"_L1,    "reading"_L1, "write"_L1,    "writes"_L1,    "wrote"_L1,     "writing"_L1,
         "written"_L1, "sing"_L1,     "sings"_L1,   "sang"_L1,     "singing"_L1,   "recite"_L1,    "recites"_L1,
         "recited"_L1, "reciting"_L1, "post"_L1,    "posts"_L1,    "posted"_L1,    "posting"_L1,   "quote"_L1,
         "quoted"_L1,  "cite"_L1,     "cited"_L1,   "announce"_L1, "announced"_L1, "announces"_L1, "announcing"_L1});
    return words.contains(w);
}

// The second words of the verbs of two words: "point out", "according to", "called for", "talked about".
bool isParticle(QStringView w)
{
    static const WordSet words = wordsOf({"out"_L1, "to"_L1, "for"_L1, "about"_L1, "of"_L1, "back"_L1, "on"_L1, "in"_L1,
                                          "it"_L1, "off"_L1, "against"_L1, "up"_L1});
    return words.contains(w);
}

bool isBe(QStringView w)
{
    static const WordSet words = wordsOf({"is"_L1, "was"_L1, "are"_L1, "were"_L1, "be"_L1, "been"_L1, "being"_L1});
    return words.contains(w);
}

bool isDeterminer(QStringView w)
{
    static const WordSet words = wordsOf({"the"_L1, "a"_L1, "an"_L1, "his"_L1, "her"_L1, "their"_L1, "its"_L1, "our"_L1,
                                          "my"_L1, "your"_L1, "this"_L1, "that"_L1, "one"_L1, "another"_L1});
    return words.contains(w);
}

// Prepositions that may stand inside a subject's phrase after a noun ("a spokesman for the campaign").
bool isInnerPreposition(QStringView w)
{
    static const WordSet words = wordsOf({"of"_L1, "for"_L1, "at"_L1, "from"_L1, "with"_L1, "in"_L1, "on"_L1, "to"_L1});
    return words.contains(w);
}

// Where a speaker's phrase after the verb ends: "said Smith on Tuesday", "said Smith in an interview".
bool endsPhraseAfter(QStringView w)
{
    static const WordSet words =
        wordsOf({"on"_L1,       "in"_L1,     "at"_L1,      "during"_L1,    "after"_L1,     "before"_L1,    "while"_L1,
                 "when"_L1,     "as"_L1,     "because"_L1, "according"_L1, "to"_L1,        "with"_L1,      "from"_L1,
                 "last"_L1,     "this"_L1,   "earlier"_L1, "later"_L1,     "today"_L1,     "yesterday"_L1, "tonight"_L1,
                 "recently"_L1, "who"_L1,    "which"_L1,   "that"_L1,      "and"_L1,       "but"_L1,       "in"_L1,
                 "about"_L1,    "by"_L1,     "monday"_L1,  "tuesday"_L1,   "wednesday"_L1, "thursday"_L1,  "friday"_L1,
                 "saturday"_L1, "sunday"_L1, "then"_L1,    "than"_L1,      "outside"_L1,   "inside"_L1,    "over"_L1});
    return words.contains(w);
}

// Words after which a quotation names something rather than quoting anyone: so-called "experts", known as "the
// Donald", the word "synergy".
bool isNamingLead(QStringView w)
{
    static const WordSet words =
        wordsOf({"so-called"_L1, "known"_L1,     "dubbed"_L1,      "nicknamed"_L1, "titled"_L1,     "entitled"_L1,
                 "named"_L1,     "word"_L1,      "words"_L1,       "term"_L1,      "phrase"_L1,     "slogan"_L1,
                 "hashtag"_L1,   "label"_L1,     "headline"_L1,    "motto"_L1,     "banner"_L1,     "sign"_L1,
                 "song"_L1,      "album"_L1,     "book"_L1,        "film"_L1,      "movie"_L1,      "show"_L1,
                 "program"_L1,   "programme"_L1, "series"_L1,      "podcast"_L1,   "column"_L1,     "essay"_L1,
                 "article"_L1,   "op-ed"_L1,     "documentary"_L1, "play"_L1,      "musical"_L1,    "poem"_L1,
                 "magazine"_L1,  "newspaper"_L1, "segment"_L1,     "campaign"_L1,  "initiative"_L1, "operation"_L1,
                 "called"_L1,    "renamed"_L1,   "branded"_L1,     "titles"_L1,    "title"_L1,      "tagline"_L1});
    return words.contains(w);
}

class Finder
{
public:
    Finder(const Article &article, const KnowledgeBase &knowledge)
        : m_article(article)
        , m_text(article.text)
        , m_kb(knowledge)
    {
    }

    QList<Quote> run();

private:
    QStringView view(int start, int end) const { return QStringView(m_text).mid(start, end - start); }
    QStringView word(int t) const { return view(m_tokens[t].start, m_tokens[t].end); }
    bool isWord(int t) const { return t >= 0 && t < m_tokens.size() && m_tokens[t].type == TokenType::Word; }
    bool isLowerWord(int t) const { return isWord(t) && m_text[m_tokens[t].start].isLower(); }
    bool isCapitalWord(int t) const { return isWord(t) && m_text[m_tokens[t].start].isUpper(); }
    bool isPunct(int t, QChar c) const
    {
        return t >= 0 && t < m_tokens.size() && m_tokens[t].type == TokenType::Punct && m_text[m_tokens[t].start] == c;
    }
    bool isMark(int t) const { return t >= 0 && t < m_tokens.size() && m_tokens[t].type == TokenType::Mark; }
    bool isOpenMark(int t) const { return isMark(t) && m_quotations[m_tokens[t].quotation].open == m_tokens[t].start; }
    bool isCloseMark(int t) const { return isMark(t) && !isOpenMark(t); }
    // A token that lies between a quotation's marks.
    bool insideQuotation(int t) const { return m_tokens[t].quotation >= 0 && m_tokens[t].type != TokenType::Mark; }
    bool insideQuotation(const TextSpan &span) const;
    bool sameSentence(int a, int b) const
    {
        return a >= 0 && b >= 0 && a < m_tokens.size() && b < m_tokens.size() &&
               m_tokens[a].sentence == m_tokens[b].sentence;
    }
    int tokenAt(int position) const;

    bool isHeadline(const TextSpan &paragraph) const;
    void pairMarks(const TextSpan &paragraph, int index);
    void tokenize(const TextSpan &paragraph, int index);
    void splitSentences(int first, int last);

    bool isNounPosition(int t) const;
    bool isVerbForm(int t) const;
    bool speaks(int entity) const;
    int verbAt(int t, const WordSet &verbs) const;
    int verbEndingAt(int t, const WordSet &verbs) const;
    bool isPronoun(int t) const
    {
        // "He" opening a sentence is one, the acronym "IT" is not.
        return isWord(t) && (isLowerWord(t) || word(t).size() < 2 || word(t)[1].isLower()) &&
               !m_kb.pronounTypes(word(t)).isEmpty();
    }

    int phraseStart(int end, int floor) const;
    Speaker subjectBefore(int verb, int floor) const;
    Speaker subjectAfter(int first, int ceiling, int *last) const;
    Speaker resolvePhrase(int first, int last) const;
    Speaker resolvePronoun(int t) const;
    Speaker resolveDescription(int first, int head) const;
    Speaker clauseSubject(int before, int floor) const;
    Speaker agentAfter(int verb, int from) const;
    Speaker openingSubject(int floor, int before) const;
    bool opensClause(int t, int floor) const;
    int trimPhrase(int first, int end) const;
    bool isSubjectMention(const MentionRef &ref) const;
    int paragraphOf(int position) const;
    QChar genderOfEntity(int entity) const;

    Attribution attributeBefore(const Quotation &q) const;
    Attribution attributeAfter(const Quotation &q) const;
    Attribution attributeEmbedded(const Quotation &q) const;
    Attribution attributeParenthetical(const Quotation &q) const;
    Attribution attributeByColonParagraph(const Quotation &q) const;
    Attribution attributeBySpeakerSentence(const Quotation &q) const;
    bool namesSomething(const Group &group) const;
    QString roleOf(const Speaker &speaker) const;
    void remember(const Speaker &speaker, int position);

    const Article &m_article;
    const QString &m_text;
    const KnowledgeBase &m_kb;
    QList<TextSpan> m_paragraphs;
    QList<Quotation> m_quotations;
    QList<Token> m_tokens;
    // Token range [first, last) of each paragraph (empty for skipped ones).
    QList<QPair<int, int>> m_paragraphTokens;
    QList<MentionRef> m_mentions;
    // The length of the longest of them, in characters.
    int m_longestMention = 0;
    // The first of m_mentions starting at or after position.
    [[nodiscard]] QList<MentionRef>::const_iterator firstMentionFrom(int position) const
    {
        return std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                                [](const MentionRef &ref, int pos) { return ref.span.start < pos; });
    }
    QList<MentionRef> m_references;
    // Genders learnt from the text: a person's honorific, given name or the pronouns used for them.
    mutable QHash<int, QChar> m_genders;
    // Speakers already attributed, for pronouns that refer back to an unnamed one ("the man's son ... he said").
    QList<QPair<int, Speaker>> m_history;
};

bool Finder::insideQuotation(const TextSpan &span) const
{
    const int t = tokenAt(span.start);
    return t >= 0 && t < m_tokens.size() && m_tokens[t].start == span.start && insideQuotation(t);
}

int Finder::tokenAt(int position) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                                     [](const Token &t, int pos) { return t.end <= pos; });
    return int(it - m_tokens.cbegin());
}

bool Finder::isHeadline(const TextSpan &paragraph) const
{
    const QStringView text = view(paragraph.start, paragraph.end).trimmed();
    if (text.isEmpty()) {
        return true;
    }
    const QChar last = text.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u';' || last == u'"' || isClosingDouble(last) ||
        last == u':' || text.size() > 200) {
        return false;
    }
    // ""Maybe we can all agree." ― Karen Morrow": a quotation that ends as a sentence, signed after it.
    if (isOpeningDouble(text.front()) || text.front() == u'"') {
        const qsizetype close = text.indexOf(isOpeningDouble(text.front()) ? u'\u201D' : u'"', 1);
        if (close > 1 && (text[close - 1] == u'.' || text[close - 1] == u'!' || text[close - 1] == u'?')) {
            return false;
        }
    }
    int longWords = 0;
    int capitalised = 0;
    for (int i = 0; i < text.size();) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'-' || isApostrophe(text[j]))) {
            ++j;
        }
        if (j - i >= 4) {
            ++longWords;
            capitalised += text[i].isUpper() ? 1 : 0;
        }
        i = j;
    }
    return longWords >= 2 && capitalised * 10 >= longWords * 6;
}

void Finder::pairMarks(const TextSpan &paragraph, int index)
{
    int open = -1;
    bool single = false;
    const QChar *data = m_text.constData();
    for (int i = paragraph.start; i < paragraph.end; ++i) {
        // Most characters are no mark: step over them without looking further.
        const char16_t code = data[i].unicode();
        if (code != u'"' && code != u'\'' && code != u'<' && (code < u'\u2018' || code > u'\u201E')) {
            continue;
        }
        const QChar c(code);
        // Markup pasted with a story (<tweet author="...">) holds attribute values, not quotations.
        if (c == u'<' && i + 1 < paragraph.end && (m_text[i + 1].isLetter() || m_text[i + 1] == u'/')) {
            const int close = int(m_text.indexOf(u'>', i));
            if (close > i && close < paragraph.end) {
                i = close;
                continue;
            }
        }
        const QChar prev = i > paragraph.start ? m_text[i - 1] : QChar(u' ');
        const QChar next = i + 1 < paragraph.end ? m_text[i + 1] : QChar(u' ');
        if (open < 0) {
            const bool afterBreak = !prev.isLetterOrNumber() && prev != u'.' && prev != u',';
            // A paragraph may open with a closing mark before an ellipsis: "” … they are not like him,” she said".
            const bool leading = isClosingDouble(c) && view(paragraph.start, i).trimmed().isEmpty();
            if (isOpeningDouble(c) || leading || (c == u'"' && afterBreak && !next.isSpace())) {
                open = i;
                single = false;
            } else if ((c == u'\u2018' || c == u'\'') && afterBreak && next.isLetter()) {
                // Only before a letter, so that the '90s and apostrophes (don't, MS's) never open one.
                open = i;
                single = true;
            }
            continue;
        }
        // An opening mark typed where the closing one belongs ("It's unusual,“ said ...) still closes.
        const bool closes = single ? isApostrophe(c) && !next.isLetterOrNumber() && !prev.isSpace()
                                   : c == u'"' || isClosingDouble(c) ||
                                         (isOpeningDouble(c) && !prev.isSpace() && !next.isLetterOrNumber());
        if (closes) {
            m_quotations.append({open, i, index, false, single, -1, -1});
            open = -1;
        }
    }
    // News style leaves a quotation open at a paragraph's end when the next paragraph carries on with it.
    if (open >= 0 && !single) {
        m_quotations.append({open, paragraph.end, index, true, false, -1, -1});
    }
}

void Finder::tokenize(const TextSpan &paragraph, int index)
{
    const int first = int(m_tokens.size());
    auto quotation = std::lower_bound(m_quotations.begin(), m_quotations.end(), paragraph.start,
                                      [](const Quotation &q, int pos) { return q.open < pos; });
    const auto quotationEnd = m_quotations.end();
    int i = paragraph.start;
    const int end = paragraph.end;
    while (i < end) {
        const QChar c = m_text[i];
        while (quotation != quotationEnd && quotation->close < i) {
            ++quotation;
        }
        const int current = int(quotation - m_quotations.begin());
        const bool inQuotation = quotation != quotationEnd && quotation->open <= i && i <= quotation->close;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'<' && i + 1 < end && (m_text[i + 1].isLetter() || m_text[i + 1] == u'/')) {
            const int close = int(m_text.indexOf(u'>', i));
            if (close > i && close < end) {
                i = close + 1;
                continue;
            }
        }
        Token token{i, i + 1, TokenType::Punct, inQuotation ? current : -1, 0, index};
        if (inQuotation && (i == quotation->open || i == quotation->close)) {
            token.type = TokenType::Mark;
            if (i == quotation->open) {
                quotation->openToken = int(m_tokens.size());
            } else {
                quotation->closeToken = int(m_tokens.size());
            }
            m_tokens.append(token);
            ++i;
            continue;
        }
        if (c.isLetterOrNumber()) {
            int j = i + 1;
            bool dotted = false;
            while (j < end) {
                const QChar d = m_text[j];
                if (d.isLetterOrNumber()) {
                    ++j;
                    continue;
                }
                const bool nextIsWord = j + 1 < end && m_text[j + 1].isLetterOrNumber();
                const bool isMarkHere = inQuotation && (j == quotation->close);
                if (nextIsWord && !isMarkHere && (isApostrophe(d) || d == u'-' || d == u'&' || d == u'/')) {
                    ++j;
                } else if (nextIsWord && d == u'.' && m_text[j - 1].isLetter() && m_text[j + 1].isLetter()) {
                    dotted = true;
                    ++j;
                } else {
                    break;
                }
            }
            // "U.S.", the initial "W." and "Mr." keep their full stop.
            if (j < end && m_text[j] == u'.') {
                const QStringView w = view(i, j);
                if (dotted || (w.size() == 1 && w.front().isUpper()) ||
                    (w.front().isUpper() && m_kb.abbreviations().contains(w))) {
                    ++j;
                }
            }
            // "Jobs' patience": the possessive apostrophe after an s belongs to the word.
            if (j < end && isApostrophe(m_text[j]) && m_text[j - 1] == u's' &&
                !(inQuotation && j == quotation->close) && (j + 1 >= end || !m_text[j + 1].isLetterOrNumber())) {
                ++j;
            }
            token.end = j;
            token.type = TokenType::Word;
            m_tokens.append(token);
            i = j;
            continue;
        }
        m_tokens.append(token);
        ++i;
    }
    m_paragraphTokens[index] = {first, int(m_tokens.size())};
    splitSentences(first, int(m_tokens.size()));
}

void Finder::splitSentences(int first, int last)
{
    int sentence = first > 0 ? m_tokens[first - 1].sentence + 1 : 0;
    for (int t = first; t < last; ++t) {
        m_tokens[t].sentence = sentence;
        const int next = t + 1;
        const bool opensNext = next >= last || isCapitalWord(next) ||
                               (isWord(next) && m_text[m_tokens[next].start].isDigit()) || isOpenMark(next);
        bool boundary = false;
        if (m_tokens[t].type == TokenType::Punct && !insideQuotation(t)) {
            const QChar c = m_text[m_tokens[t].start];
            boundary = (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\u2026') && opensNext;
        } else if (isCloseMark(t) && t > first) {
            // "We won." He smiled: a quotation that ends its sentence ends the one around it.
            const QChar c = m_text[m_tokens[t - 1].start];
            boundary = m_tokens[t - 1].type == TokenType::Punct && (c == u'.' || c == u'!' || c == u'?') &&
                       next < last && opensNext && !isOpenMark(next);
            boundary = boundary || (c == u'.' && next < last && isOpenMark(next));
        }
        if (boundary) {
            ++sentence;
        }
    }
}

bool Finder::isNounPosition(int t) const
{
    // "the report said", "Trump's tweet": after a determiner or a possessive the word is a noun, not a verb.
    if (!isWord(t - 1) || !sameSentence(t - 1, t)) {
        return false;
    }
    // "Another tweeted": a past tense stays a verb.
    const QStringView self = word(t);
    if (self.endsWith("ed"_L1) || m_kb.pastForms().contains(self)) {
        return false;
    }
    const QStringView w = word(t - 1);
    return (isDeterminer(w) && !equals(w, "that"_L1) && !equals(w, "one"_L1)) ||
           (w.size() > 2 && isApostrophe(w[w.size() - 2]) && w.back() == u's') ||
           (w.size() > 2 && isApostrophe(w.back()));
}

bool Finder::isVerbForm(int t) const
{
    // "calling Rubio's child care credit "a transfer"", "on a press call Friday": a bare word that may be a verb
    // is one after a subject pronoun, a modal, "to" or a plural subject ("critics say"), not inside a noun phrase.
    const QStringView w = word(t);
    if (w.endsWith("ed"_L1) || w.endsWith("ing"_L1) || (w.endsWith(u's') && !w.endsWith("ss"_L1)) ||
        m_kb.pastForms().contains(w) || m_kb.pastFormsAlsoNouns().contains(w)) {
        return true;
    }
    int k = t - 1;
    while (isLowerWord(k) && sameSentence(k, t) && word(k).size() > 4 && word(k).endsWith("ly"_L1)) {
        --k;
    }
    if (!isWord(k) || !sameSentence(k, t)) {
        return k >= 0 && isMark(k);
    }
    const QStringView before = word(k);
    if (isCapitalWord(k)) {
        // "the Saudis state", "Democrats say": a plural name is a subject; "a Sunday call" is a noun phrase.
        const bool pluralName = before.size() > 3 && before.endsWith(u's') && !before.endsWith("ss"_L1);
        return isPronoun(k) || pluralName || !isNounPosition(k);
    }
    const bool plural = before.size() > 3 && before.endsWith(u's') && !before.endsWith("ss"_L1) &&
                        !before.endsWith("us"_L1) && !before.endsWith("is"_L1);
    return plural || isPronoun(k) ||
           oneOf(before,
                 {"to"_L1,     "will"_L1,   "would"_L1,  "can"_L1,  "could"_L1, "should"_L1, "may"_L1,   "might"_L1,
                  "must"_L1,   "do"_L1,     "does"_L1,   "did"_L1,  "not"_L1,   "never"_L1,  "also"_L1,  "often"_L1,
                  "always"_L1, "people"_L1, "others"_L1, "many"_L1, "some"_L1,  "who"_L1,    "which"_L1, "that"_L1,
                  "and"_L1,    "or"_L1,     "i"_L1,      "we"_L1,   "you"_L1,   "they"_L1});
}

bool Finder::speaks(int entity) const
{
    // People, organisations and media speak; places and products are what they speak of.
    const Entity::Type type = m_article.entities[entity].type;
    return type == Entity::Type::Person || type == Entity::Type::Organisation || type == Entity::Type::Media;
}

int Finder::verbAt(int t, const WordSet &verbs) const
{
    if (!isLowerWord(t) || insideQuotation(t) || isNounPosition(t) || !isVerbForm(t)) {
        return -1;
    }
    if (isLowerWord(t + 1) && sameSentence(t, t + 1) && m_tokens[t + 1].start - m_tokens[t].end == 1 &&
        isParticle(word(t + 1))) {
        const QString phrase = word(t).toString() + u' ' + word(t + 1).toString();
        if (verbs.contains(phrase)) {
            return t + 1;
        }
    }
    return verbs.contains(word(t)) ? t : -1;
}

int Finder::verbEndingAt(int t, const WordSet &verbs) const
{
    if (!isLowerWord(t) || insideQuotation(t)) {
        return -1;
    }
    if (isParticle(word(t)) && isWord(t - 1) && sameSentence(t - 1, t) &&
        m_tokens[t].start - m_tokens[t - 1].end == 1 && !isNounPosition(t - 1)) {
        const QString phrase = word(t - 1).toString() + u' ' + word(t).toString();
        if (verbs.contains(phrase) && isVerbForm(t - 1)) {
            return t - 1;
        }
    }
    return verbs.contains(word(t)) && !isNounPosition(t) && isVerbForm(t) ? t : -1;
}

int Finder::phraseStart(int end, int floor) const
{
    // The words of a noun phrase ending before token end: a name, a title, a description; not over a clause's
    // punctuation, a quotation or a word that opens a clause.
    int first = end;
    int t = end - 1;
    for (int count = 0; t >= floor && count < 10; ++count) {
        if (isPunct(t, u')')) {
            // "Rep. Hank Johnson (D-Ga.) said": a bracketed party and state stay inside the phrase.
            int open = t - 1;
            while (open >= floor && !isPunct(open, u'(') && t - open < 8) {
                --open;
            }
            if (open < floor || !isPunct(open, u'(')) {
                break;
            }
            t = open - 1;
            continue;
        }
        if (!isWord(t) || insideQuotation(t)) {
            break;
        }
        const QStringView w = word(t);
        if (isLowerWord(t)) {
            if (isInnerPreposition(w)) {
                // "a spokesman for the campaign", "Secretary of State": only after a noun that takes one.
                if (!(isCapitalWord(t - 1) || m_kb.personDescriptions().contains(word(t - 1)) ||
                      m_kb.titles().contains(word(t - 1)) || m_kb.descriptionType(word(t - 1)))) {
                    break;
                }
            } else if (isClauseWord(w) || (m_kb.reportingVerbs().contains(w) && !isNounPosition(t))) {
                break;
            }
        }
        first = t;
        --t;
    }
    return trimPhrase(first, end);
}

int Finder::trimPhrase(int first, int end) const
{
    // A phrase opens with a determiner or a quantifier ("the", "another", "many"), a name, or a word right before a
    // name ("retired Air Force general Lloyd Newton", "a smiling Garcia"); lower-case words before that are the end of
    // another clause ("he laid off staff and began talking"). A bare plural or a person noun stands alone ("critics").
    for (int f = first; f < end; ++f) {
        if (isCapitalWord(f) || isDeterminer(word(f)) || (f + 1 < end && isCapitalWord(f + 1)) ||
            oneOf(word(f), {"two"_L1, "three"_L1, "some"_L1, "many"_L1, "several"_L1, "most"_L1, "other"_L1,
                            "others"_L1, "both"_L1, "all"_L1, "few"_L1, "each"_L1, "every"_L1, "any"_L1, "no"_L1,
                            "more"_L1, "former"_L1, "top"_L1, "senior"_L1})) {
            return f;
        }
    }
    const QStringView last = word(end - 1);
    const bool plural = last.size() > 3 && last.endsWith(u's') && !last.endsWith("ss"_L1) && !last.endsWith("us"_L1);
    return plural || m_kb.personDescriptions().contains(last) || isPronoun(end - 1) ? end - 1 : end;
}

Speaker Finder::subjectBefore(int verb, int floor) const
{
    int k = verb - 1;
    bool passive = false;
    while (k >= floor && isLowerWord(k) && !insideQuotation(k)) {
        const QStringView w = word(k);
        const bool adverb = w.size() > 4 && w.endsWith("ly"_L1) && !(k > floor && isDeterminer(word(k - 1)));
        if (!adverb && !isAuxiliary(w)) {
            break;
        }
        passive = passive || isBe(w);
        --k;
    }
    if (passive && word(verb).endsWith("ed"_L1)) {
        Speaker speaker;
        speaker.passive = true;
        return speaker;
    }
    if (k < floor) {
        return {};
    }
    if (isLowerWord(k) && equals(word(k), "to"_L1)) {
        // "The judge pointed to a case to say that ...": an infinitive's subject is the clause's.
        return clauseSubject(k, floor);
    }
    if (isLowerWord(k) && oneOf(word(k), {"who"_L1, "which"_L1, "that"_L1})) {
        // "Graham, who has vowed", "the resolution which said": the relative pronoun stands for the phrase before.
        const int end = isPunct(k - 1, u',') ? k - 1 : k;
        const int start = phraseStart(end, floor);
        return start < end ? resolvePhrase(start, end) : Speaker{};
    }
    if (isPunct(k, u',')) {
        // "Anna Moreau, chief economist at Vexa Bank, said" and "Graham, who has vowed ...,": step back over the
        // apposition to the name.
        int comma = k - 1;
        while (comma >= floor && !(isPunct(comma, u',') && !insideQuotation(comma)) && k - comma < 30) {
            if (m_tokens[comma].type == TokenType::Punct && !insideQuotation(comma)) {
                const QChar c = m_text[m_tokens[comma].start];
                if (c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?') {
                    return {};
                }
            }
            --comma;
        }
        if (comma < floor || !isPunct(comma, u',') || insideQuotation(comma)) {
            // "Texas delegate Bill Eastland, wearing a hat, said", "Peter Boockvar an equity strategist at Miller
            // Tabak, commented": the name opening the clause is its subject.
            Speaker speaker = openingSubject(floor, k);
            speaker.apposition = speaker.isValid() ? TextSpan{speaker.mention.end, m_tokens[k].start} : TextSpan{};
            return speaker;
        }
        // "Anne Richards, assistant secretary for population, refugees, and migration, said": the apposition may
        // hold commas of its own; the name is the first phrase before one that names someone.
        for (int tries = 0; tries < 4; ++tries) {
            const int start = phraseStart(comma, floor);
            if (start < comma) {
                Speaker speaker = resolvePhrase(start, comma);
                if (speaker.agent || tries == 3) {
                    speaker.apposition = {m_tokens[comma].end, m_tokens[k].start};
                    return speaker;
                }
            }
            int previous = comma - 1;
            while (previous >= floor && !(isPunct(previous, u',') && !insideQuotation(previous)) &&
                   comma - previous < 30) {
                if (m_tokens[previous].type == TokenType::Punct && !insideQuotation(previous) &&
                    !isPunct(previous, u'(') && !isPunct(previous, u')') && !isPunct(previous, u'-')) {
                    break;
                }
                --previous;
            }
            if (previous < floor || !isPunct(previous, u',')) {
                Speaker speaker = openingSubject(floor, comma);
                speaker.apposition = speaker.isValid() ? TextSpan{speaker.mention.end, m_tokens[k].start} : TextSpan{};
                return speaker;
            }
            comma = previous;
        }
        return {};
    }
    const int start = phraseStart(k + 1, floor);
    if (start > k) {
        return {};
    }
    return resolvePhrase(start, k + 1);
}

Speaker Finder::subjectAfter(int first, int ceiling, int *last) const
{
    int t = first;
    while (t < ceiling && t - first < 10 && isWord(t) && !insideQuotation(t)) {
        const QStringView w = word(t);
        if (isLowerWord(t) && t > first && (endsPhraseAfter(w) || m_kb.reportingVerbs().contains(w)) &&
            !(isInnerPreposition(w) && (equals(w, "of"_L1) || equals(w, "for"_L1)))) {
            break;
        }
        if (isLowerWord(t) && t == first && (isClauseWord(w) || m_kb.reportingVerbs().contains(w))) {
            return {};
        }
        ++t;
    }
    if (t == first) {
        return {};
    }
    *last = t - 1;
    Speaker speaker = resolvePhrase(first, t);
    if (t < ceiling && isPunct(t, u',')) {
        int end = t + 1;
        while (end < ceiling && !isPunct(end, u',') && m_tokens[end].type != TokenType::Mark &&
               !(m_tokens[end].type == TokenType::Punct && m_text[m_tokens[end].start] == u'.')) {
            ++end;
        }
        if (end > t + 1) {
            speaker.apposition = {m_tokens[t + 1].start, m_tokens[end - 1].end};
        }
    }
    return speaker;
}

bool Finder::isSubjectMention(const MentionRef &ref) const
{
    // "Richard Doherty credits Steve Jobs' patience": a possessive is not who acts.
    const int end = ref.span.end;
    if (end < m_text.size() && isApostrophe(m_text[end])) {
        return false;
    }
    // Read in the text itself: the mention's paragraph need hold no quotation, and so no tokens.
    int p = ref.span.start;
    for (int steps = 0; steps < 6; ++steps) {
        while (p > 0 && m_text[p - 1] == u' ') {
            --p;
        }
        int q = p;
        while (q > 0 && (m_text[q - 1].isLetterOrNumber() || m_text[q - 1] == u'.' || m_text[q - 1] == u'-' ||
                         isApostrophe(m_text[q - 1]))) {
            --q;
        }
        if (q == p) {
            return true;
        }
        const QStringView w = view(q, p);
        if (w.front().isUpper() || m_kb.titles().contains(w) || m_kb.titleModifiers().contains(w) ||
            equals(w, "the"_L1)) {
            p = q;
            continue;
        }
        return !(isInnerPreposition(w) || oneOf(w, {"by"_L1, "than"_L1, "against"_L1, "about"_L1, "like"_L1, "into"_L1,
                                                    "between"_L1, "over"_L1}));
    }
    return true;
}

int Finder::paragraphOf(int position) const
{
    const auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), position,
                                     [](int pos, const TextSpan &span) { return pos < span.start; });
    return it == m_paragraphs.cbegin() ? 0 : int(it - m_paragraphs.cbegin()) - 1;
}

QChar Finder::genderOfEntity(int entity) const
{
    const auto known = m_genders.constFind(entity);
    if (known != m_genders.cend()) {
        return *known;
    }
    QChar gender;
    const Entity &e = m_article.entities[entity];
    if (e.type == Entity::Type::Person) {
        // "Mr. Hartwell": the honorific before any mention tells.
        for (const TextSpan &span : e.mentions) {
            int p = span.start - 1;
            while (p >= 0 && m_text[p] == u' ') {
                --p;
            }
            if (p >= 0 && m_text[p] == u'.') {
                --p;
            }
            int q = p;
            while (q >= 0 && m_text[q].isLetter()) {
                --q;
            }
            if (q < p && m_kb.honorifics().contains(view(q + 1, p + 1))) {
                gender = m_kb.genderOf(view(q + 1, p + 1));
                if (!gender.isNull()) {
                    break;
                }
            }
        }
        if (gender.isNull()) {
            const qsizetype space = e.name.indexOf(u' ');
            if (space > 0) {
                gender = m_kb.genderOf(QStringView(e.name).left(space));
            }
        }
    }
    m_genders.insert(entity, gender);
    return gender;
}

Speaker Finder::resolvePronoun(int t) const
{
    Speaker speaker;
    speaker.mention = {m_tokens[t].start, m_tokens[t].end};
    speaker.agent = true;
    const QStringView w = word(t);
    const QList<Entity::Type> types = m_kb.pronounTypes(w);
    const QChar gender = m_kb.genderOf(w);
    speaker.gender = gender;
    const int position = m_tokens[t].start;
    // The nearest earlier subject of a fitting type and gender, skipping names inside quotations and the objects of
    // prepositions ("a venture led by Sam Altman" does not make Sam Altman the next "he").
    const int paragraph = m_tokens[t].paragraph;
    int found = -1;
    int foundAt = -1;
    const qsizetype from = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                                            [](const MentionRef &ref, int pos) { return ref.span.start < pos; }) -
                           m_mentions.cbegin();
    for (qsizetype m = from - 1; m >= 0; --m) {
        const MentionRef &ref = m_mentions[m];
        if (ref.span.end > position) {
            continue;
        }
        if (paragraph - paragraphOf(ref.span.start) > 4) {
            break;
        }
        const Entity &entity = m_article.entities[ref.entity];
        if (!types.contains(entity.type) || insideQuotation(ref.span)) {
            continue;
        }
        if (entity.type == Entity::Type::Person && !gender.isNull()) {
            const QChar known = genderOfEntity(ref.entity);
            if (!known.isNull() && known != gender) {
                continue;
            }
        }
        if (!isSubjectMention(ref)) {
            continue;
        }
        found = ref.entity;
        foundAt = ref.span.start;
        break;
    }
    // A speaker the text describes without a name ("X's son told a radio show") may be nearer than any name.
    if (types.contains(Entity::Type::Person)) {
        for (qsizetype h = m_history.size() - 1; h >= 0; --h) {
            const auto &[at, earlier] = m_history[h];
            if (at >= position || at <= foundAt) {
                if (at <= foundAt) {
                    break;
                }
                continue;
            }
            if (earlier.entity < 0 && earlier.agent &&
                (gender.isNull() || earlier.gender.isNull() || earlier.gender == gender)) {
                return speaker;
            }
            break;
        }
    }
    if (found >= 0) {
        speaker.entity = found;
        if (!gender.isNull() && genderOfEntity(found).isNull()) {
            m_genders.insert(found, gender);
        }
    }
    return speaker;
}

Speaker Finder::resolveDescription(int first, int head) const
{
    Speaker speaker;
    speaker.mention = {m_tokens[first].start, m_tokens[head].end};
    speaker.agent = true;
    for (const MentionRef &ref : m_references) {
        if (ref.span.start >= speaker.mention.start && ref.span.end <= speaker.mention.end) {
            speaker.entity = ref.entity;
            return speaker;
        }
    }
    const QStringView noun = word(head);
    QList<Entity::Type> types;
    if (m_kb.personDescriptions().contains(noun)) {
        types = {Entity::Type::Person};
        speaker.gender = m_kb.genderOf(noun);
    } else if (const std::optional<Entity::Type> type = m_kb.descriptionType(noun)) {
        types = {*type};
    } else if (oneOf(noun, {"campaign"_L1, "administration"_L1, "committee"_L1, "department"_L1, "party"_L1,
                            "network"_L1, "organization"_L1, "organisation"_L1, "office"_L1, "court"_L1})) {
        types = {Entity::Type::Organisation, Entity::Type::Media};
    }
    // Only a definite description refers back: "the senator said", not "a senator said".
    if (types.isEmpty() || !equals(word(first), "the"_L1)) {
        return speaker;
    }
    const int position = m_tokens[first].start;
    const int paragraph = m_tokens[first].paragraph;
    const qsizetype from = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                                            [](const MentionRef &ref, int pos) { return ref.span.start < pos; }) -
                           m_mentions.cbegin();
    for (qsizetype m = from - 1; m >= 0; --m) {
        const MentionRef &ref = m_mentions[m];
        if (ref.span.end > position) {
            continue;
        }
        if (paragraph - paragraphOf(ref.span.start) > 3) {
            break;
        }
        const Entity &entity = m_article.entities[ref.entity];
        if (!types.contains(entity.type) || insideQuotation(ref.span) || !isSubjectMention(ref)) {
            continue;
        }
        if (entity.type == Entity::Type::Person && !speaker.gender.isNull()) {
            const QChar known = genderOfEntity(ref.entity);
            if (!known.isNull() && known != speaker.gender) {
                continue;
            }
        }
        speaker.entity = ref.entity;
        break;
    }
    return speaker;
}

Speaker Finder::resolvePhrase(int first, int last) const
{
    // "Sen. Ted Cruz (Tex.)": the bracket after the name is no part of its head.
    while (last - 1 > first && isPunct(last - 1, u')')) {
        int open = last - 2;
        while (open > first && !isPunct(open, u'(')) {
            --open;
        }
        if (!isPunct(open, u'(') || open == first) {
            break;
        }
        last = open;
    }
    Speaker speaker;
    const TextSpan phrase{m_tokens[first].start, m_tokens[last - 1].end};
    // A name ending the phrase is its head ("Texas delegate Bill Eastland", "the Rev. Tom Barnes"), unless a
    // preposition governs it ("a spokesman for Hillary Clinton").
    const MentionRef *named = nullptr;
    const int lastStart = m_tokens[last - 1].start;
    for (auto ref = firstMentionFrom(phrase.start); ref != m_mentions.cend() && ref->span.start <= lastStart; ++ref) {
        if (ref->span.end > lastStart) {
            named = &*ref;
        }
    }
    if (named) {
        const int before = tokenAt(named->span.start) - 1;
        const bool governed = before >= first && isLowerWord(before) && isInnerPreposition(word(before));
        if (!governed && !(named->span.end < m_text.size() && isApostrophe(m_text[named->span.end]))) {
            speaker.entity = named->entity;
            speaker.mention = named->span;
            speaker.agent = speaks(named->entity);
            const Entity &entity = m_article.entities[named->entity];
            if (entity.type == Entity::Type::Person) {
                speaker.gender = genderOfEntity(named->entity);
            }
            return speaker;
        }
    }
    // Otherwise the head stands before the first preposition: "a spokesman for the campaign".
    int head = last - 1;
    for (int t = first + 1; t < last; ++t) {
        if (isLowerWord(t) && isInnerPreposition(word(t))) {
            head = t - 1;
            break;
        }
    }
    if (head == first && isPronoun(first)) {
        return resolvePronoun(first);
    }
    const QStringView w = word(head);
    if (oneOf(w, {"who"_L1, "which"_L1})) {
        return {};
    }
    speaker.mention = phrase;
    // Only a mention starting within the longest mention's length before the head can cover it.
    for (auto it = firstMentionFrom(m_tokens[head].start - m_longestMention);
         it != m_mentions.cend() && it->span.start <= m_tokens[head].start; ++it) {
        const MentionRef &ref = *it;
        if (ref.span.end >= m_tokens[head].end &&
            !(ref.span.end < m_text.size() && isApostrophe(m_text[ref.span.end]))) {
            speaker.entity = ref.entity;
            speaker.mention = ref.span;
            speaker.agent = speaks(ref.entity);
            return speaker;
        }
    }
    QStringView singular = w;
    if (w.size() > 3 && w.endsWith(u's') && !w.endsWith("ss"_L1)) {
        singular = w.chopped(1);
    }
    if (m_kb.personDescriptions().contains(w) || m_kb.personDescriptions().contains(singular) ||
        m_kb.titles().contains(w) || m_kb.titles().contains(singular) || m_kb.descriptionType(w) ||
        oneOf(w, {"campaign"_L1, "administration"_L1, "committee"_L1, "department"_L1, "party"_L1, "network"_L1,
                  "organization"_L1, "organisation"_L1, "office"_L1, "court"_L1})) {
        Speaker described = resolveDescription(first, head);
        described.mention = phrase;
        described.agent = true;
        return described;
    }
    // An unknown capitalised name ("Smbatyan added") or a group ("critics", "protesters") still names who spoke.
    speaker.agent = isCapitalWord(head) || (isLowerWord(head) && w.endsWith(u's') && !w.endsWith("ss"_L1));
    return speaker;
}

Speaker Finder::clauseSubject(int before, int floor) const
{
    // "Then he cut into Bush, calling him a "stiff"", "Hillary Clinton has taken a swipe at Trump's stance, saying":
    // a participle's subject is the nearest subject of its clause, not an object or a possessive.
    for (int t = before - 1; t >= floor; --t) {
        if (insideQuotation(t) || !isWord(t)) {
            continue;
        }
        if (isPronoun(t) && isLowerWord(t) && !oneOf(word(t), {"it"_L1, "them"_L1, "him"_L1, "her"_L1})) {
            return resolvePronoun(t);
        }
        const auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), m_tokens[t].start,
                                         [](const MentionRef &ref, int pos) { return ref.span.start < pos; });
        if (it != m_mentions.cend() && it->span.start == m_tokens[t].start && speaks(it->entity) &&
            isSubjectMention(*it) && opensClause(t, floor)) {
            Speaker speaker;
            speaker.entity = it->entity;
            speaker.mention = it->span;
            speaker.agent = true;
            return speaker;
        }
        if (const int verb = verbEndingAt(t, m_kb.reportingVerbs()); verb >= 0 && !word(t).endsWith("ing"_L1)) {
            const Speaker speaker = subjectBefore(verb, floor);
            if (speaker.isValid() && speaker.agent) {
                return speaker;
            }
        }
    }
    return openingSubject(floor, before);
}

bool Finder::opensClause(int t, int floor) const
{
    // What stands before a clause's subject: the sentence's start, punctuation or a conjunction, over the titles
    // and modifiers of the name ("Democratic presidential candidate Sen. Bernie Sanders").
    int k = t - 1;
    while (k >= floor && isWord(k) && !insideQuotation(k) &&
           (isCapitalWord(k) || m_kb.titles().contains(word(k)) || m_kb.titleModifiers().contains(word(k)) ||
            m_kb.personDescriptions().contains(word(k)) || m_kb.descriptionType(word(k)) ||
            oneOf(word(k), {"media"_L1, "the"_L1}) ||
            oneOf(word(k), {"former"_L1, "retired"_L1, "presidential"_L1, "late"_L1}))) {
        --k;
    }
    if (k < floor || (!isWord(k) && !insideQuotation(k))) {
        return true;
    }
    return isLowerWord(k) && oneOf(word(k), {"that"_L1, "and"_L1, "but"_L1, "when"_L1, "while"_L1, "as"_L1,
                                             "because"_L1, "after"_L1, "before"_L1, "if"_L1, "so"_L1, "though"_L1,
                                             "although"_L1, "since"_L1, "then"_L1, "where"_L1, "until"_L1});
}

Speaker Finder::openingSubject(int floor, int before) const
{
    // "Jensen Huang started by hinting at it, saying": the name that opens the clause.
    if (isPronoun(floor) && floor < before) {
        return resolvePronoun(floor);
    }
    for (int t = floor; t < before && t - floor < 5 && isWord(t); ++t) {
        const auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), m_tokens[t].start,
                                         [](const MentionRef &ref, int pos) { return ref.span.start < pos; });
        if (it != m_mentions.cend() && it->span.start == m_tokens[t].start && isSubjectMention(*it)) {
            Speaker speaker;
            speaker.entity = it->entity;
            speaker.mention = it->span;
            speaker.agent = speaks(it->entity);
            return speaker;
        }
        if (isLowerWord(t) && !isDeterminer(word(t)) && !m_kb.titles().contains(word(t)) &&
            !m_kb.titleModifiers().contains(word(t))) {
            // "The judge pointed to ...": a description opening the clause.
            if (t > floor && (m_kb.personDescriptions().contains(word(t)) || m_kb.descriptionType(word(t)))) {
                return resolvePhrase(floor, t + 1);
            }
            break;
        }
    }
    return {};
}

Attribution Finder::attributeBefore(const Quotation &q) const
{
    Attribution result;
    const int open = q.openToken;
    int p = open - 1;
    if (p < 0 || !sameSentence(p, open) || m_tokens[p].paragraph != m_tokens[open].paragraph) {
        return result;
    }
    int floor = open;
    while (floor > 0 && sameSentence(floor - 1, open)) {
        --floor;
    }
    bool punctuated = false;
    if (isPunct(p, u',') || isPunct(p, u':')) {
        punctuated = true;
        --p;
    }
    // The verb is the last word before the quotation, or a few words before it when a comma or colon closes the
    // attribution: "told reporters on Tuesday: "..."", "said in an e-mail to clients, "..."".
    for (int k = p; k >= floor && p - k < (punctuated ? 16 : 2); --k) {
        if (isMark(k) || (m_tokens[k].type == TokenType::Punct && !isPunct(k, u','))) {
            break;
        }
        if (!isWord(k)) {
            continue;
        }
        if (k < p && !punctuated) {
            // "said that "...": the quotation is the reported clause.
            if (!equals(word(p), "that"_L1)) {
                break;
            }
        }
        const int verb = verbEndingAt(k, m_kb.reportingVerbs());
        if (verb < 0) {
            continue;
        }
        result.found = true;
        result.lastToken = p;
        const QStringView verbWord = word(k);
        if (equals(verbWord, "to"_L1)) {
            // "According to Reuters, "..."".
            int last = 0;
            result.speaker = subjectAfter(k + 1, open, &last);
        } else {
            // "Jensen Huang started by hinting at it, saying, "..."": a participle's subject is the clause's.
            result.speaker = word(verb).endsWith("ing"_L1) ? clauseSubject(verb, floor) : subjectBefore(verb, floor);
            if (result.speaker.passive) {
                // "was labeled "a spoiler" by Maria Ortiz".
                result.speaker = agentAfter(k, q.runsOn ? open : q.closeToken);
            } else if (!result.speaker.isValid()) {
                // "Ortiz supports "fair wages" and opposes "freezes"": coordinated verbs share their subject.
                result.speaker = clauseSubject(verb, floor);
            }
        }
        // ""He said, "We won."" quotes a statement; "said the vote was "a sham"" and "called it "reckless"" quote
        // words inside the reporting sentence.
        const bool capital = m_text[std::min(q.open + 1, int(m_text.size()) - 1)].isUpper();
        const bool speech = m_kb.speechVerbs().contains(word(verb)) || equals(verbWord, "to"_L1);
        result.kind = punctuated || (capital && speech) ? Quote::Kind::Direct : Quote::Kind::Partial;
        // "chanting "Dump Trump."", "shouted "Fire!"": what a verb of saying takes is said, whatever its capitals;
        // what one reads, writes or sings may be a title.
        result.setOff = punctuated || (speech && k == p && !takesTitles(word(verb)));
        return result;
    }
    // "Trump issued a statement, "..."", "wrote in a letter: "..."": a quotation set off after something said or
    // written quotes the clause's subject.
    if (punctuated) {
        for (int k = p; k >= floor && p - k < 4 && isWord(k); --k) {
            if (isLowerWord(k) && m_kb.speechNouns().contains(word(k))) {
                const Speaker speaker = clauseSubject(k, floor);
                if (speaker.isValid() && speaker.agent) {
                    result.found = true;
                    result.speaker = speaker;
                    result.lastToken = p;
                    return result;
                }
                break;
            }
        }
    }
    // "Kasich resisted: "..."": a colon after a clause whose subject is a person introduces what they said.
    if (isPunct(open - 1, u':') && m_text[std::min(q.open + 1, int(m_text.size()) - 1)].isUpper()) {
        const Speaker speaker = clauseSubject(open - 1, floor);
        if (speaker.entity >= 0 || (speaker.isValid() && speaker.agent)) {
            result.found = true;
            result.speaker = speaker;
            result.lastToken = open - 1;
        }
    }
    return result;
}

Attribution Finder::attributeAfter(const Quotation &q) const
{
    Attribution result;
    if (q.runsOn) {
        return result;
    }
    const int close = q.closeToken;
    int t = close + 1;
    if (t >= m_tokens.size() || m_tokens[t].paragraph != m_tokens[close].paragraph) {
        return result;
    }
    // A word or two set off without punctuation of its own is a term the sentence uses ("This 'switch', he said,").
    const QStringView content = view(q.open + 1, q.close).trimmed();
    const QChar lastChar = content.isEmpty() ? QChar() : content.back();
    const bool punctuated = lastChar == u',' || lastChar == u'?' || lastChar == u'!' || lastChar == u'.' ||
                            lastChar == u'\u2026' || isDash(lastChar) || lastChar == u'-';
    if (!punctuated && (content.count(u' ') < 2 || q.single)) {
        return result;
    }
    if (isPunct(t, u',')) {
        ++t;
    }
    // ""Is it over?" Smith asked." goes on after the quotation's own full stop; "Sanders called it "arbitrary."
    // Josh Hendler warned that ..." begins another sentence, about something else.
    const bool crosses = !sameSentence(close, t);
    const int sentenceEnd = [&] {
        int e = t;
        while (e < m_tokens.size() && m_tokens[e].paragraph == m_tokens[close].paragraph && sameSentence(e, t)) {
            ++e;
        }
        return e;
    }();
    // ""...," said Jane Doe" and ""...," according to Reuters".
    if (const int verb = verbAt(t, m_kb.speechVerbs()); verb >= 0 && !(verb == t && word(t).endsWith("ing"_L1))) {
        int last = verb;
        result.speaker = subjectAfter(verb + 1, sentenceEnd, &last);
        result.found = !crosses || sentenceEnd - last <= 4;
        result.after = true;
        result.lastToken = last;
        return result;
    }
    // ""...," Mr. Hartwell said", ""...," a smiling Garcia said", ""...," X, chief strategist at Y, said".
    for (int v = t + 1; v < sentenceEnd && v - t < 30; ++v) {
        if (isMark(v)) {
            // A quotation inside an apposition ("wearing "Ted Cruz" pins") is stepped over.
            continue;
        }
        const int verb = verbAt(v, m_kb.reportingVerbs());
        if (verb < 0) {
            continue;
        }
        const Speaker speaker = subjectBefore(v, t);
        if (!speaker.isValid()) {
            // "X, who called the plan a mistake, said": a verb inside an apposition is not the attribution's.
            continue;
        }
        // The subject fills what stands between the quotation and the verb: "a smiling Garcia", "Texas delegate
        // Bill Eastland", with an apposition at most.
        const int start = tokenAt(speaker.mention.start);
        if (start - t > 6 || std::any_of(m_tokens.cbegin() + t, m_tokens.cbegin() + start, [this](const Token &tok) {
                const bool comma = tok.type == TokenType::Punct && m_text[tok.start] == u',';
                // "the Florida senator and Republican presidential candidate said": "and" joins two descriptions.
                const QStringView w = view(tok.start, tok.end);
                return (tok.type != TokenType::Word && !comma) ||
                       (tok.type == TokenType::Word && isClauseWord(w) && !equals(w, "and"_L1));
            })) {
            return result;
        }
        result.speaker = speaker;
        result.found = !crosses || sentenceEnd - verb <= 4;
        result.after = true;
        result.lastToken = verb;
        return result;
    }
    // ""..." ― Jorge Falcon": a dash and a name sign the quotation.
    if (t < sentenceEnd && m_tokens[t].type == TokenType::Punct && isDash(m_text[m_tokens[t].start]) &&
        isCapitalWord(t + 1)) {
        int last = t + 1;
        result.speaker = subjectAfter(t + 1, sentenceEnd, &last);
        result.found = result.speaker.isValid();
        result.after = true;
        result.lastToken = last;
    }
    return result;
}

Speaker Finder::agentAfter(int verb, int from) const
{
    // "was called "reckless" by Garcia": a passive verb's agent follows "by".
    for (int b = from + 1; b < m_tokens.size() && sameSentence(b, verb) && b - verb < 16; ++b) {
        if (isLowerWord(b) && equals(word(b), "by"_L1) && !insideQuotation(b)) {
            int last = b;
            return subjectAfter(b + 1, int(m_tokens.size()), &last);
        }
    }
    return {};
}

Attribution Finder::attributeEmbedded(const Quotation &q) const
{
    Attribution result;
    const int open = q.openToken;
    int floor = open;
    while (floor > 0 && sameSentence(floor - 1, open)) {
        --floor;
    }
    for (int k = open - 1; k >= floor; --k) {
        if (isCloseMark(k)) {
            k = m_quotations[m_tokens[k].quotation].openToken;
            continue;
        }
        if (!isLowerWord(k) || insideQuotation(k)) {
            continue;
        }
        const int verb = verbEndingAt(k, m_kb.reportingVerbs());
        if (verb < 0) {
            continue;
        }
        Speaker speaker = subjectBefore(verb, floor);
        if (speaker.passive) {
            speaker = agentAfter(k, q.runsOn ? open : q.closeToken);
        } else if (word(verb).endsWith("ing"_L1) || !speaker.isValid()) {
            speaker = clauseSubject(verb, floor);
        }
        // "Penwell said the world lost a voice that said "..."": the nearest reporting verb with a person or an
        // organisation for subject attributes the words; a thing's ("a voice", "the resolution") only failing that.
        if (speaker.isValid() && speaker.agent && !m_kb.attitudeVerbs().contains(word(k))) {
            result.found = true;
            result.kind = Quote::Kind::Partial;
            result.speaker = speaker;
            return result;
        }
        // "She said Trump favors a "strongman approach"": a stance is the quoted words' source only when no verb of
        // saying before it names someone.
        if (speaker.isValid() && speaker.agent && (!result.found || !result.speaker.agent)) {
            result.found = true;
            result.kind = Quote::Kind::Partial;
            result.speaker = speaker;
            continue;
        }
        if (speaker.isValid() && !result.found) {
            result.found = true;
            result.kind = Quote::Kind::Partial;
            result.speaker = speaker;
        }
    }
    return result;
}

Attribution Finder::attributeParenthetical(const Quotation &q) const
{
    // "Campaign donations are vetted, Strother said, but "we don't ask"" and ""These PACs set the table," in
    // contrast to earlier years, says Dante Scala.": the attribution stands elsewhere in the sentence.
    Attribution result;
    const int open = q.openToken;
    int floor = open;
    while (floor > 0 && sameSentence(floor - 1, open)) {
        --floor;
    }
    int end = q.runsOn ? open : q.closeToken;
    while (end + 1 < m_tokens.size() && sameSentence(end + 1, open)) {
        ++end;
    }
    for (int c = floor; c <= end; ++c) {
        if (c >= open && c <= (q.runsOn ? open : q.closeToken)) {
            continue;
        }
        if (!isPunct(c, u',') || insideQuotation(c)) {
            continue;
        }
        int t = c + 1;
        // ", says Dante Scala." / ", Strother said,"
        if (const int verb = verbAt(t, m_kb.speechVerbs()); verb >= 0) {
            int last = verb;
            const Speaker speaker = subjectAfter(verb + 1, end + 1, &last);
            if (speaker.isValid() && speaker.agent &&
                (last + 1 > end || isPunct(last + 1, u',') || isPunct(last + 1, u'.'))) {
                result = {true, false, Quote::Kind::Partial, speaker, last};
                return result;
            }
        }
        for (int v = t + 1; v <= end && v - t < 6; ++v) {
            if (!isWord(v)) {
                break;
            }
            const int verb = verbAt(v, m_kb.speechVerbs());
            if (verb < 0) {
                continue;
            }
            if (verb + 1 <= end && !isPunct(verb + 1, u',') && !isPunct(verb + 1, u'.')) {
                break;
            }
            const Speaker speaker = subjectBefore(v, t);
            if (speaker.isValid() && speaker.agent && tokenAt(speaker.mention.start) <= t + 1) {
                result = {true, false, Quote::Kind::Partial, speaker, verb};
                return result;
            }
            break;
        }
    }
    return result;
}

Attribution Finder::attributeBySpeakerSentence(const Quotation &q) const
{
    // "Or maybe Jeb Bush, digital consultant Phil Musser says. "Several surveys suggest ..."": a sentence that ends
    // on its speaker and verb introduces the quotation opening the next one.
    Attribution result;
    const int open = q.openToken;
    const int stop = open - 1;
    if (!isPunct(stop, u'.') || sameSentence(stop, open) || m_tokens[stop].paragraph != m_tokens[open].paragraph) {
        return result;
    }
    const int verb = stop - 1;
    if (verbEndingAt(verb, m_kb.speechVerbs()) != verb || word(verb).endsWith("ing"_L1)) {
        return result;
    }
    int floor = verb;
    while (floor > 0 && sameSentence(floor - 1, verb)) {
        --floor;
    }
    const Speaker speaker = subjectBefore(verb, floor);
    if (speaker.isValid() && speaker.agent) {
        result.found = true;
        result.speaker = speaker;
        result.lastToken = stop;
    }
    return result;
}

Attribution Finder::attributeByColonParagraph(const Quotation &q) const
{
    // "He said:" closing one paragraph introduces the quotation that fills the next.
    Attribution result;
    const int open = q.openToken;
    const int before = open - 1;
    if (before < 0 || m_tokens[before].paragraph == m_tokens[open].paragraph || !isPunct(before, u':')) {
        return result;
    }
    int floor = before;
    while (floor > 0 && sameSentence(floor - 1, before)) {
        --floor;
    }
    for (int k = before - 1; k >= floor && before - k < 12; --k) {
        if (isMark(k)) {
            break;
        }
        const int verb = verbEndingAt(k, m_kb.reportingVerbs());
        if (verb < 0) {
            continue;
        }
        result.speaker = subjectBefore(verb, floor);
        if (!result.speaker.isValid() && word(k).endsWith("ing"_L1)) {
            result.speaker = clauseSubject(verb, floor);
        }
        result.found = true;
        return result;
    }
    return result;
}

bool Finder::namesSomething(const Group &group) const
{
    const Quotation &q = m_quotations[group.first];
    const Quotation &last = m_quotations[group.last];
    const QStringView content = view(q.open + 1, last.close).trimmed();
    if (content.isEmpty()) {
        return true;
    }
    const int open = q.openToken;
    const int before = open - 1;
    const bool sameParagraph = before >= 0 && m_tokens[before].paragraph == m_tokens[open].paragraph;
    // so-called "experts", the word "synergy", the show "Face the Nation".
    if (sameParagraph && isWord(before) && isNamingLead(word(before))) {
        return true;
    }
    if (sameParagraph && isWord(before) && isWord(before - 1) && equals(word(before), "as"_L1) &&
        oneOf(word(before - 1), {"known"_L1, "referred"_L1})) {
        return true;
    }
    // George "Jay" Keyworth: a nickname between the given name and the surname.
    const int after = last.runsOn ? -1 : last.closeToken + 1;
    if (sameParagraph && isCapitalWord(before) && after > 0 && isCapitalWord(after) &&
        m_tokens[after].paragraph == m_tokens[open].paragraph && content.count(u' ') < 2) {
        return true;
    }
    // Titles of books, shows and songs are written in capitals: "The Art of the Deal", "Face the Nation".
    int longWords = 0;
    int capitalised = 0;
    int words = 0;
    for (qsizetype i = 0; i < content.size();) {
        if (!content[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < content.size() &&
               (content[j].isLetterOrNumber() || content[j] == u'-' || isApostrophe(content[j]))) {
            ++j;
        }
        ++words;
        if (j - i >= 4 || (words == 1 && content[i].isLetter())) {
            ++longWords;
            capitalised += content[i].isUpper() ? 1 : 0;
        }
        i = j;
    }
    const QChar lastChar = content.back();
    const bool sentence = lastChar == u'.' || lastChar == u'!' || lastChar == u'?';
    if (words <= 8 && longWords > 0 && capitalised == longWords && (!sentence || words <= 3)) {
        return true;
    }
    // A quoted word or two that modifies the next noun is a term: the "anchor baby" phrase.
    if (words <= 2 && after > 0 && isLowerWord(after) && m_tokens[after].paragraph == m_tokens[open].paragraph &&
        !isClauseWord(word(after)) && !isInnerPreposition(word(after)) && !isAuxiliary(word(after)) &&
        !m_kb.reportingVerbs().contains(word(after)) && !oneOf(word(after), {"and"_L1, "or"_L1, "for"_L1})) {
        if (lastChar.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

QString Finder::roleOf(const Speaker &speaker) const
{
    if (speaker.entity < 0) {
        return {};
    }
    const QList<Role> &roles = m_article.entities[speaker.entity].roles;
    if (roles.isEmpty()) {
        return {};
    }
    const Role *chosen = &roles.first();
    for (const Role &role : roles) {
        if (speaker.apposition.isValid() && speaker.apposition.contains(role.span)) {
            chosen = &role;
            break;
        }
    }
    return chosen->organisation.isEmpty() ? chosen->title : chosen->title + u" of "_s + chosen->organisation;
}

void Finder::remember(const Speaker &speaker, int position)
{
    if (speaker.isValid()) {
        m_history.append({position, speaker});
    }
}

QList<Quote> Finder::run()
{
    for (int e = 0; e < m_article.entities.size(); ++e) {
        for (const TextSpan &span : m_article.entities[e].mentions) {
            m_mentions.append({span, e});
        }
        for (const TextSpan &span : m_article.entities[e].references) {
            m_references.append({span, e});
        }
    }
    std::sort(m_mentions.begin(), m_mentions.end(),
              [](const MentionRef &a, const MentionRef &b) { return a.span.start < b.span.start; });
    for (const MentionRef &ref : std::as_const(m_mentions)) {
        m_longestMention = std::max(m_longestMention, ref.span.end - ref.span.start);
    }

    m_paragraphs = m_article.paragraphs;
    if (m_paragraphs.isEmpty()) {
        m_paragraphs.append({0, int(m_text.size())});
    }
    m_paragraphTokens.fill({0, 0}, m_paragraphs.size());
    QList<bool> used(m_paragraphs.size(), false);
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        if (m_article.isBoilerplate(m_paragraphs[p]) || isHeadline(m_paragraphs[p])) {
            continue;
        }
        used[p] = true;
        pairMarks(m_paragraphs[p], p);
    }
    // Only paragraphs with a quotation, and the one before each ("He said:"), are read word by word.
    QList<bool> needed(m_paragraphs.size(), false);
    for (const Quotation &q : std::as_const(m_quotations)) {
        needed[q.paragraph] = true;
        for (int p = q.paragraph - 1; p >= 0; --p) {
            if (used[p]) {
                needed[p] = true;
                break;
            }
        }
    }
    m_tokens.reserve(m_text.size() / 8);
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        if (needed[p]) {
            tokenize(m_paragraphs[p], p);
        }
    }
    for (Quotation &q : m_quotations) {
        if (q.runsOn) {
            q.closeToken = m_paragraphTokens[q.paragraph].second;
        }
    }

    // A quotation left open at a paragraph's end goes on in the next paragraph when that one opens with a mark.
    QList<Group> groups;
    for (int i = 0; i < m_quotations.size(); ++i) {
        const Quotation &q = m_quotations[i];
        if (q.openToken < 0) {
            continue;
        }
        Group group{i, i};
        while (m_quotations[group.last].runsOn) {
            const int next = group.last + 1;
            if (next >= m_quotations.size() || m_quotations[next].paragraph <= m_quotations[group.last].paragraph ||
                m_quotations[next].openToken != m_paragraphTokens[m_quotations[next].paragraph].first ||
                m_paragraphTokens[m_quotations[group.last].paragraph].second !=
                    m_paragraphTokens[m_quotations[next].paragraph].first) {
                break;
            }
            group.last = next;
        }
        if (m_quotations[group.last].runsOn && group.first == group.last) {
            // An unclosed mark with no paragraph carrying on is no quotation ("The sign read "Open for business").
            const int p = q.paragraph + 1;
            const bool continues = p < m_paragraphs.size() &&
                                   m_paragraphTokens[p].second > m_paragraphTokens[p].first &&
                                   isOpenMark(m_paragraphTokens[p].first);
            if (!continues) {
                continue;
            }
        }
        groups.append(group);
        i = group.last;
    }

    QList<Quote> quotes;
    int previousGroup = -1;
    Attribution previous;
    for (int g = 0; g < groups.size(); ++g) {
        const Group &group = groups[g];
        const Quotation &first = m_quotations[group.first];
        const Quotation &last = m_quotations[group.last];

        int start = first.open + 1;
        int end = last.close;
        while (start < end && m_text[start].isSpace()) {
            ++start;
        }
        while (end > start && (m_text[end - 1].isSpace() || m_text[end - 1] == u',' || m_text[end - 1] == u';')) {
            --end;
        }
        if (end <= start) {
            continue;
        }

        Attribution attribution = attributeBefore(first);
        if (!attribution.found || attribution.kind == Quote::Kind::Partial || !attribution.speaker.isValid()) {
            const Attribution after = attributeAfter(last);
            if (after.found && (after.speaker.isValid() || !attribution.found)) {
                attribution = after;
            }
        }
        if (!attribution.found) {
            attribution = attributeByColonParagraph(first);
        }

        // A quotation right after an attributed one, beginning its own sentence, carries on the same speaker:
        // ""...," he said. "..."" is one quote, and so is a quotation paragraph after a quotation paragraph.
        bool merge = false;
        if (!attribution.found && previousGroup >= 0 && previous.found) {
            const Quotation &prior = m_quotations[groups[previousGroup].last];
            const int open = first.openToken;
            const bool startsSentence =
                open == 0 || !sameSentence(open - 1, open) || m_tokens[open - 1].paragraph != m_tokens[open].paragraph;
            const bool attributionEnds =
                previous.lastToken >= 0 && open >= 2 &&
                (open - 1 - previous.lastToken <= 1 ||
                 (previous.speaker.apposition.isValid() && previous.speaker.apposition.end >= m_tokens[open - 2].end));
            // ""...?" Sanders asked, shaking his head. "..."": the attribution's sentence ends where the next
            // quotation begins.
            const bool sentenceEnds = isPunct(open - 1, u'.') && !sameSentence(open - 1, open);
            if (prior.paragraph == first.paragraph && previous.after && !first.single && !prior.runsOn &&
                m_tokens[open - 1].sentence == m_tokens[std::max(prior.closeToken, previous.lastToken)].sentence &&
                (sentenceEnds || (attributionEnds && (isPunct(open - 1, u',') || isPunct(open - 1, u':'))))) {
                merge = true;
            } else if (startsSentence && !first.single && prior.paragraph >= first.paragraph - 1) {
                const int priorEnd = prior.runsOn ? prior.closeToken - 1 : prior.closeToken;
                const bool adjacent =
                    prior.paragraph == first.paragraph
                        ? m_tokens[std::max(priorEnd, previous.lastToken)].sentence >= m_tokens[open].sentence - 1
                        : m_tokens[std::max(priorEnd, previous.lastToken)].sentence >=
                                  m_tokens[m_paragraphTokens[prior.paragraph].second - 1].sentence &&
                              open == m_paragraphTokens[first.paragraph].first;
                if (adjacent) {
                    attribution = previous;
                    attribution.after = false;
                    attribution.kind = Quote::Kind::Direct;
                }
            }
        }
        if (merge && !quotes.isEmpty()) {
            Quote &quote = quotes.last();
            quote.end = end;
            quote.text = m_text.mid(quote.start, quote.end - quote.start);
            previousGroup = g;
            previous.after = false;
            previous.lastToken = -1;
            continue;
        }
        if (!attribution.found && !first.single && !namesSomething(group)) {
            attribution = attributeEmbedded(first);
            if (!attribution.found) {
                attribution = attributeParenthetical(first);
            }
            if (!attribution.found) {
                attribution = attributeBySpeakerSentence(first);
            }
            if (!attribution.found && previousGroup >= 0 && previous.found) {
                // ""It's ambush journalism," she says. It's "this new in-your-face journalism."": quoted words in the
                // sentence right after an attributed quote go on with its speaker.
                const Quotation &prior = m_quotations[groups[previousGroup].last];
                const int anchor = std::max(prior.runsOn ? prior.closeToken - 1 : prior.closeToken, previous.lastToken);
                // Only while the sentence names nobody else before the quotation.
                int from = first.openToken;
                while (from > 0 && sameSentence(from - 1, first.openToken)) {
                    --from;
                }
                bool named = false;
                for (int t = from; t < first.openToken && !named; ++t) {
                    named = (isPronoun(t) && m_kb.pronounTypes(word(t)).contains(Entity::Type::Person)) ||
                            std::binary_search(
                                m_mentions.cbegin(), m_mentions.cend(), MentionRef{{m_tokens[t].start, 0}, -1},
                                [](const MentionRef &a, const MentionRef &b) { return a.span.start < b.span.start; });
                }
                if (prior.paragraph == first.paragraph && !named &&
                    m_tokens[anchor].sentence + 1 >= m_tokens[first.openToken].sentence) {
                    attribution = previous;
                    attribution.after = false;
                    attribution.kind = Quote::Kind::Partial;
                }
            }
        } else if (attribution.found &&
                   (attribution.kind == Quote::Kind::Partial || !attribution.setOff ||
                    !attribution.speaker.isValid()) &&
                   namesSomething(group)) {
            attribution.found = false;
        }
        if (!attribution.found) {
            // ""...," Perez said on NBC's "Meet the Press." "..."": a title inside the attribution does not end the
            // quote that goes on after it.
            const bool insideAttribution = previousGroup >= 0 && previous.after && !last.runsOn &&
                                           m_tokens[first.openToken].sentence ==
                                               m_tokens[m_quotations[groups[previousGroup].last].closeToken].sentence;
            if (!insideAttribution) {
                previousGroup = -1;
                previous = {};
            }
            continue;
        }
        Quote quote;
        quote.start = start;
        quote.end = end;
        quote.text = m_text.mid(start, end - start);
        quote.kind = attribution.kind;
        const Speaker &speaker = attribution.speaker;
        if (speaker.isValid()) {
            quote.speakerMention = speaker.mention;
        }
        if (speaker.entity >= 0) {
            quote.speaker = m_article.entities[speaker.entity].name;
            quote.speakerRole = roleOf(speaker);
        }
        remember(speaker, start);
        quotes.append(quote);
        previousGroup = g;
        previous = attribution;
    }
    return quotes;
}

} // namespace

QuoteFinder::QuoteFinder()
    : m_knowledge(KnowledgeBase::instance())
{
}

QuoteFinder::QuoteFinder(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QList<Quote> QuoteFinder::find(const Article &article) const
{
    return Finder(article, m_knowledge).run();
}

} // namespace Newsline
