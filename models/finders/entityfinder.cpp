#include "entityfinder.h"

#include "knowledgebase.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

enum TokenFlag : quint8
{
    Upper = 1,
    // Lower-case first letter with a capital inside: iPhone, eBay.
    Mixed = 2,
    Lower = 4,
    Digit = 8,
    SentenceStart = 16,
    Headline = 32,
    // Inside angle brackets, where wire copy writes a company's full name: "<Condere Corp>".
    Bracketed = 64,
};

struct Token
{
    int start = 0;
    int end = 0;
    int sentence = 0;
    quint8 flags = 0;
    // The word lists this word is on (WordKind bits), looked up once.
    quint16 kinds = 0;
};

struct Mention
{
    int first = 0;
    int last = 0; // exclusive token index
    int entity = 0;
    TextSpan span;
};

// Longest name looked up as one phrase; longer capitalised runs are still found, only not as known names.
constexpr int MaxFormWords = 8;

bool isLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// "<MS>", "<BP.L>", "< SEHL.L>", "<eric.St.>": a stock ticker in angle brackets, written after the company it belongs
// to. Returns the position after its closing bracket, or -1 when text[open] opens no ticker.
int tickerEnd(const QString &text, int open, int limit)
{
    if (open >= limit || text[open] != u'<') {
        return -1;
    }
    int close = open + 1;
    while (close < limit && close - open <= 16 && text[close] != u'>' && text[close] != u'\n' && text[close] != u'<') {
        ++close;
    }
    if (close >= limit || text[close] != u'>') {
        return -1;
    }
    const QStringView inner = QStringView(text).mid(open + 1, close - open - 1).trimmed();
    if (inner.isEmpty() || inner.contains(u' ')) {
        return -1;
    }
    bool dot = false;
    bool lower = false;
    for (const QChar c : inner) {
        if (c == u'.') {
            dot = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (!c.isLetterOrNumber() && c != u'-' && c != u'&') {
            return -1;
        }
    }
    // "<Enzon>" is a company's name; a ticker is in capitals or carries its exchange after a full stop.
    return dot || !lower ? close + 1 : -1;
}

// "<Condere Corp>": where a bracket naming a company closes, or -1.
int bracketEnd(const QString &text, int open, int limit)
{
    if (open >= limit || text[open] != u'<') {
        return -1;
    }
    for (int close = open + 1; close < limit && close - open <= 100; ++close) {
        const QChar c = text[close];
        if (c == u'>') {
            return close;
        }
        if (c == u'<' || c == u'\n') {
            return -1;
        }
    }
    return -1;
}

bool isOpeningMark(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'(' || c == u':' || c == u'\u2014' ||
           c == u'\u2013' || c == u'\u2022' || c == u'-';
}

class Scan
{
public:
    Scan(const Article &article, const KnowledgeBase &knowledge)
        : m_article(article)
        , m_text(article.text)
        , m_kb(knowledge)
    {
    }

    QList<Entity> run();

private:
    QStringView word(int i) const
    {
        return QStringView(m_text).mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    QStringView between(int from, int to) const { return QStringView(m_text).mid(from, to - from); }
    bool has(int i, quint8 flag) const { return m_tokens[i].flags & flag; }
    bool is(int i, WordKind kind) const { return m_tokens[i].kinds & quint16(kind); }
    bool isCapitalised(int i) const { return m_tokens[i].flags & (Upper | Mixed); }
    bool adjacent(int a, int b) const;
    bool isTitleWord(int i) const { return is(i, WordKind::Title) || is(i, WordKind::TitleModifier); }
    bool isAllCaps(int i) const;
    bool isNameShaped(int i) const;
    bool isJunkStart(int i, int runLength) const;
    bool isPreposition(int i) const;
    bool inCompanyContext(int first, int last) const;
    bool afterHonorific(int i) const;
    bool speaksAsPerson(int i) const;
    bool describedAsPerson(int first, int last) const;

    void tokenize();
    void tokenizeSentence(const TextSpan &sentence, int index);
    int knownMatch(int i, int limit, const KnowledgeBase::Entry **entry, int *end) const;
    int localMatch(int i, int limit, int *entity) const;
    int runEnd(int i, int limit) const;
    void findInSentence(int first, int last);
    void classifyRun(int first, int last);
    bool classifyBracket(int first, int last);
    bool isLegalForm(int i) const;
    int withoutLegalForms(int first, int last) const;
    bool andJoinsName(int runFirst, int andToken, int limit) const;
    bool possessiveInName(int before, int after, int limit) const;
    void addBracketedAlias(int end, int entity);
    void resolveDeferred();
    void findRoles();
    void findReferences();

    int entityFor(const QString &name, Entity::Type type);
    void addMention(int first, int last, int end, int entity);
    void addForm(QStringView form, int entity);
    int titleForward(int k, int limit) const;
    int titleBackward(int k) const;
    int mentionAt(int token) const { return token >= 0 && token < m_owner.size() ? m_owner[token] : -1; }
    void addRole(int entity, int titleFirst, int titleLast, int orgMention, int spanEnd);

    const Article &m_article;
    const QString &m_text;
    const KnowledgeBase &m_kb;

    QList<Token> m_tokens;
    QList<QPair<int, int>> m_sentenceTokens;
    // Hashes of the words the article writes in lower case, sorted once for binary search.
    QList<size_t> m_lowerWords;
    bool writtenLower(QStringView w) const
    {
        return std::binary_search(m_lowerWords.cbegin(), m_lowerWords.cend(), WordSet::foldedHash(w));
    }
    QList<int> m_owner;
    QList<int> m_deferred;

    QList<Entity> m_entities;
    QHash<QString, int> m_byName;
    QList<Mention> m_mentions;
    QMultiHash<size_t, QPair<QString, int>> m_localForms;
    QSet<size_t> m_localFirstWords;
};

bool Scan::adjacent(int a, int b) const
{
    if (b != a + 1 || b >= m_tokens.size() || m_tokens[a].sentence != m_tokens[b].sentence) {
        return false;
    }
    const QStringView gap = between(m_tokens[a].end, m_tokens[b].start);
    if (gap.isEmpty() || gap.size() > 3) {
        return false;
    }
    // "Procter & Gamble" keeps its ampersand inside the name.
    for (const QChar c : gap) {
        if (c != u' ' && c != u'&') {
            return false;
        }
    }
    return true;
}

bool Scan::isAllCaps(int i) const
{
    int letters = 0;
    for (const QChar c : word(i)) {
        if (c.isLower()) {
            return false;
        }
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2;
}

bool Scan::isNameShaped(int i) const
{
    const QStringView w = word(i);
    if (!has(i, Upper)) {
        return false;
    }
    // Initials ("W.") stand in names; other all-capital words are acronyms, not names.
    if (w.size() == 2 && w.endsWith(u'.')) {
        return true;
    }
    for (qsizetype k = 1; k < w.size(); ++k) {
        // "Jean-Claude", "O'Brien": a capital may follow a hyphen or an apostrophe.
        const bool joined = w[k - 1] == u'-' || isApostrophe(w[k - 1]);
        if (!w[k].isLower() && w[k] != u'-' && !isApostrophe(w[k]) && !(joined && w[k].isUpper())) {
            return false;
        }
    }
    return w.size() > 1;
}

bool Scan::isJunkStart(int i, int runLength) const
{
    const QStringView w = word(i);
    const int last = i + runLength - 1;
    // "United Medical Corp", "First Bank System", "Old National Bancorp": a company ending or a word only companies
    // carry makes the run a company's name, its opening word included.
    bool companyWord = false;
    for (int k = i + 1; k <= last; ++k) {
        companyWord = companyWord || is(k, WordKind::OrganisationWord);
    }
    const bool companyName = runLength >= 2 && (isLegalForm(last) || companyWord);
    // "First City Industries Inc": an ordinal opens a company's name when a legal form ends it.
    if (is(i, WordKind::OrganisationOpener) && companyName && (runLength >= 3 || companyWord)) {
        return false;
    }
    if (is(i, WordKind::NonEntity) || is(i, WordKind::CurrencyWord)) {
        return true;
    }
    // "Oporto-based": a word describing the company named after it.
    if (std::any_of(m_kb.descriptorEndings().cbegin(), m_kb.descriptorEndings().cend(),
                    [&](const QString &ending) { return w.endsWith(ending, Qt::CaseInsensitive); })) {
        return true;
    }
    // "Drugmaker Halcyon Therapeutics said": a describing noun opens the sentence before the name.
    if (has(i, SentenceStart) && runLength > 1 && is(i, WordKind::OrganisationDescription) &&
        !is(i, WordKind::OrganisationWord)) {
        return true;
    }
    if (!has(i, SentenceStart) || is(i, WordKind::FirstName)) {
        return false;
    }
    if (writtenLower(w)) {
        return true;
    }
    // Adverbs and participles open sentences ("Additionally", "Attending", "Asked"); names rarely end so, unless a
    // company ending follows ("Consolidated Freightways Inc", "Allied Stores Corp").
    if ((w.endsWith("ly"_L1) || w.endsWith("ing"_L1) || w.endsWith("ed"_L1)) && !companyName) {
        return true;
    }
    // "Stripe raised $600 million": a lone word opening a sentence of deal news is its company.
    return runLength == 1 && !inCompanyContext(i, i + 1);
}

bool Scan::inCompanyContext(int first, int last) const
{
    const auto lower = [this](int i) { return word(i).toString().toLower(); };
    if (first >= 1 && adjacent(first - 1, first)) {
        if (m_kb.isDealObjectCue(lower(first - 1)) ||
            (first >= 2 && adjacent(first - 2, first - 1) &&
             m_kb.isDealObjectCue(lower(first - 2) + u' ' + lower(first - 1)))) {
            return true;
        }
    }
    if (adjacent(last - 1, last)) {
        return m_kb.isDealSubjectCue(lower(last)) ||
               (adjacent(last, last + 1) && m_kb.isDealSubjectCue(lower(last) + u' ' + lower(last + 1)));
    }
    // "Globex's $3 billion purchase": a name owning something opens the sentence.
    const int end = m_tokens[last - 1].end;
    if (has(first, SentenceStart) && last - first == 1 && end + 1 < m_text.size() && isApostrophe(m_text[end]) &&
        m_text[end + 1] == u's' && (end + 2 == m_text.size() || !m_text[end + 2].isLetter())) {
        return true;
    }
    // "Lumora, a San Francisco-based artificial intelligence startup, said": an apposition describes a company.
    if (last + 1 < m_tokens.size() && m_tokens[last].sentence == m_tokens[last - 1].sentence &&
        between(m_tokens[last - 1].end, m_tokens[last].start) == ", "_L1 &&
        (word(last) == "a"_L1 || word(last) == "an"_L1)) {
        for (int t = last + 1;
             t < std::min(int(m_tokens.size()), last + 7) && m_tokens[t].sentence == m_tokens[last].sentence; ++t) {
            if (is(t, WordKind::OrganisationDescription)) {
                return true;
            }
        }
    }
    return false;
}

bool Scan::afterHonorific(int i) const
{
    // "Mr. Hartwell", "the Rev. Tom Barnes", "Sen. Ted Cruz": the honorific's full stop stands between the words.
    return i > 0 && m_tokens[i - 1].sentence == m_tokens[i].sentence && is(i - 1, WordKind::Honorific) &&
           between(m_tokens[i - 1].end, m_tokens[i].start) == ". "_L1;
}

bool Scan::speaksAsPerson(int i) const
{
    // "Okafor said", "Smbatyan added": a lone name that speaks is a person's, unless the sentence goes on with "it"
    // ("Zentrix said it would buy"), as a company's does.
    if (i + 1 >= m_tokens.size() || !adjacent(i, i + 1) || !is(i + 1, WordKind::SpeechVerb) || !has(i + 1, Lower) ||
        is(i, WordKind::NonEntity) || is(i, WordKind::OrganisationWord) || is(i, WordKind::OrganisationDescription) ||
        isAllCaps(i) || !isNameShaped(i) || has(i, Headline) || writtenLower(word(i))) {
        return false;
    }
    const QStringView verb = word(i + 1);
    if (verb.endsWith("ing"_L1)) {
        return false;
    }
    for (int t = i + 2; t < std::min(int(m_tokens.size()), i + 8) && m_tokens[t].sentence == m_tokens[i].sentence;
         ++t) {
        const QStringView w = word(t);
        if (w == "it"_L1 || w == "its"_L1) {
            return false;
        }
        if (w == "he"_L1 || w == "she"_L1 || w == "his"_L1 || w == "her"_L1) {
            return true;
        }
    }
    return true;
}

bool Scan::describedAsPerson(int first, int last) const
{
    // "Mehmet Oz, a surgeon and TV star," or "Mehmet Oz — Ivy League-trained surgeon — has been called ...": an
    // apposition describing a person; or the next sentence goes on with "He" or "She".
    if (last < m_tokens.size() && m_tokens[last].sentence == m_tokens[last - 1].sentence) {
        const QStringView gap = between(m_tokens[last - 1].end, m_tokens[last].start).trimmed();
        if (gap == ","_L1 || gap == u"\u2014" || gap == u"\u2013" || gap == "--"_L1) {
            for (int t = last;
                 t < std::min(int(m_tokens.size()), last + 5) && m_tokens[t].sentence == m_tokens[last].sentence; ++t) {
                if (t > last && !adjacent(t - 1, t) &&
                    between(m_tokens[t - 1].end, m_tokens[t].start).trimmed() != "-"_L1) {
                    break;
                }
                if (has(t, Lower) && m_kb.personDescriptions().contains(word(t))) {
                    return true;
                }
            }
        }
    }
    if (!has(first, SentenceStart)) {
        return false;
    }
    for (int t = last; t < m_tokens.size(); ++t) {
        if (m_tokens[t].sentence == m_tokens[last - 1].sentence) {
            continue;
        }
        const QStringView w = word(t);
        return m_tokens[t].sentence == m_tokens[last - 1].sentence + 1 && has(t, SentenceStart) &&
               (w == "He"_L1 || w == "She"_L1 || w == u"He\u2019s" || w == "He's"_L1 || w == u"She\u2019s" ||
                w == "She's"_L1);
    }
    return false;
}

bool Scan::isPreposition(int i) const
{
    static const QList<QLatin1StringView> prepositions{"by"_L1,   "with"_L1, "to"_L1,   "of"_L1,      "from"_L1,
                                                       "for"_L1,  "in"_L1,   "on"_L1,   "at"_L1,      "against"_L1,
                                                       "into"_L1, "than"_L1, "over"_L1, "between"_L1, "and"_L1};
    const QStringView w = word(i);
    return std::any_of(prepositions.cbegin(), prepositions.cend(),
                       [w](QLatin1StringView p) { return w.compare(p, Qt::CaseInsensitive) == 0; });
}

void Scan::tokenize()
{
    QList<TextSpan> sentences = m_article.sentences;
    if (sentences.isEmpty()) {
        sentences.append({0, int(m_text.size())});
    }
    m_tokens.reserve(m_text.size() / 5);
    m_lowerWords.reserve(m_text.size() / 6);
    for (int s = 0; s < sentences.size(); ++s) {
        if (!m_article.isBoilerplate(sentences[s])) {
            tokenizeSentence(sentences[s], s);
        }
    }
    m_owner.fill(-1, m_tokens.size());
    std::sort(m_lowerWords.begin(), m_lowerWords.end());
}

void Scan::tokenizeSentence(const TextSpan &sentence, int index)
{
    const int firstToken = int(m_tokens.size());
    const int end = std::min(sentence.end, int(m_text.size()));
    int i = sentence.start;
    int bracketClose = -1;
    while (i < end) {
        if (!isLetterOrDigit(m_text[i])) {
            // A ticker is no name of its own and no alias of another company: "<MS>" is not Microsoft.
            if (const int after = tickerEnd(m_text, i, end); after > 0) {
                i = after;
                continue;
            }
            if (m_text[i] == u'<') {
                bracketClose = bracketEnd(m_text, i, end);
            }
            ++i;
            continue;
        }
        const int start = i;
        bool dotted = false;
        int possessiveEnd = -1;
        while (i < end) {
            const QChar c = m_text[i];
            if (isLetterOrDigit(c)) {
                ++i;
                continue;
            }
            const bool nextIsWord = i + 1 < end && isLetterOrDigit(m_text[i + 1]);
            if (!nextIsWord) {
                break;
            }
            if (isApostrophe(c)) {
                // The possessive "'s" is not part of the name.
                const bool possessive = (m_text[i + 1] == u's' || m_text[i + 1] == u'S') &&
                                        (i + 2 >= end || !isLetterOrDigit(m_text[i + 2]));
                if (possessive) {
                    possessiveEnd = i + 2;
                    break;
                }
                ++i;
            } else if (c == u'-' || c == u'&') {
                ++i;
            } else if (c == u'.' && m_text[i - 1].isLetter() && m_text[i + 1].isLetter()) {
                dotted = true;
                ++i;
            } else {
                break;
            }
        }
        // "U.S." and the initial "W." keep their final full stop.
        if (i < end && m_text[i] == u'.' && (dotted || (i - start == 1 && m_text[start].isUpper()))) {
            ++i;
        }
        const QStringView text = QStringView(m_text).mid(start, i - start);
        const size_t folded = WordSet::foldedHash(text);
        Token token{start, i, index, 0, m_kb.kinds(text, folded)};
        const QChar first = m_text[start];
        if (first.isUpper()) {
            token.flags |= Upper;
        } else if (first.isDigit()) {
            token.flags |= Digit;
        } else {
            bool inner = false;
            for (int k = start + 1; k < i && !inner; ++k) {
                inner = m_text[k].isUpper();
            }
            token.flags |= inner ? Mixed : Lower;
        }
        int p = start - 1;
        while (p >= sentence.start && m_text[p].isSpace()) {
            --p;
        }
        if (int(m_tokens.size()) == firstToken || p < sentence.start || isOpeningMark(m_text[p])) {
            token.flags |= SentenceStart;
        }
        if (start < bracketClose) {
            token.flags |= Bracketed;
        }
        if (token.flags & Lower) {
            m_lowerWords.append(folded);
        }
        m_tokens.append(token);
        if (possessiveEnd > 0) {
            i = possessiveEnd;
        }
    }
    const int lastToken = int(m_tokens.size());
    if (lastToken == firstToken) {
        return;
    }
    m_sentenceTokens.append({firstToken, lastToken});

    // A line without closing punctuation whose longer words are mostly capitalised is a headline.
    int p = m_tokens[lastToken - 1].end;
    while (p < end && m_text[p].isSpace()) {
        ++p;
    }
    const QStringView tail = QStringView(m_text).mid(p, end - p).trimmed();
    const bool closed = std::any_of(tail.cbegin(), tail.cend(), [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\u201D' || c == u':' || c == u';';
    });
    if (closed) {
        return;
    }
    int longWords = 0;
    int capitalised = 0;
    for (int t = firstToken; t < lastToken; ++t) {
        if (m_tokens[t].end - m_tokens[t].start >= 4 && !(m_tokens[t].flags & Digit)) {
            ++longWords;
            capitalised += (m_tokens[t].flags & (Upper | Mixed)) ? 1 : 0;
        }
    }
    if (longWords >= 2 && capitalised * 10 >= longWords * 6) {
        for (int t = firstToken; t < lastToken; ++t) {
            m_tokens[t].flags |= Headline;
        }
    }
}

int Scan::knownMatch(int i, int limit, const KnowledgeBase::Entry **entry, int *end) const
{
    const int longest = m_kb.startsLongerName(word(i)) ? std::min({limit - i, m_kb.maxNameWords(), MaxFormWords}) : 1;
    for (int n = longest; n >= 1; --n) {
        const int start = m_tokens[i].start;
        const int stop = m_tokens[i + n - 1].end;
        if (const auto *e = m_kb.lookup(between(start, stop))) {
            *entry = e;
            *end = stop;
            return n;
        }
        // "Microsoft Corp." is listed with its full stop, which the tokenizer leaves outside the word.
        if (stop < m_text.size() && m_text[stop] == u'.') {
            if (const auto *e = m_kb.lookup(between(start, stop + 1))) {
                *entry = e;
                *end = stop + 1;
                return n;
            }
        }
    }
    return 0;
}

int Scan::localMatch(int i, int limit, int *entity) const
{
    const int longest = m_localFirstWords.contains(WordSet::exactHash(word(i))) ? std::min(limit - i, MaxFormWords) : 1;
    for (int n = longest; n >= 1; --n) {
        const QStringView form = between(m_tokens[i].start, m_tokens[i + n - 1].end);
        const size_t h = WordSet::exactHash(form);
        for (auto it = m_localForms.constFind(h); it != m_localForms.cend() && it.key() == h; ++it) {
            if (it.value().first == form) {
                *entity = it.value().second;
                return n;
            }
        }
    }
    return 0;
}

int Scan::runEnd(int i, int limit) const
{
    bool organisational = is(i, WordKind::OrganisationWord);
    // "MKI Government Brokers Inc", "Orbanco Financial Services Corp": a word that would end a run stays inside
    // a company's name when more capitalised words follow and a legal form ends them before any title does.
    const auto legalFormAhead = [&](int from) {
        for (int k = from; k < limit && k < from + 4 && adjacent(k - 1, k) && isCapitalised(k); ++k) {
            if (isLegalForm(k)) {
                return true;
            }
            if (is(k, WordKind::Title)) {
                return false;
            }
        }
        return false;
    };
    int j = i + 1;
    while (j < limit && (adjacent(j - 1, j) || possessiveInName(j - 1, j, limit))) {
        const QStringView w = word(j);
        if (w.compare("and"_L1, Qt::CaseInsensitive) == 0 && andJoinsName(i, j, limit)) {
            ++j;
            continue;
        }
        if (isCapitalised(j)) {
            // "207.7 mln N.Z. Dlrs": money words end a run, they name no company.
            // "Kobe Steel Co Ltd": "Co" there is the company's legal form, not the "co" of a title.
            const bool inside = !is(j, WordKind::Title) && legalFormAhead(j + 1);
            if ((isTitleWord(j) && !isLegalForm(j) && !inside) || is(j, WordKind::Honorific) ||
                (is(j, WordKind::NonEntity) && !isAllCaps(j) && !inside) || is(j, WordKind::CurrencyWord)) {
                break;
            }
            organisational = organisational || is(j, WordKind::OrganisationWord);
            ++j;
            continue;
        }
        // "Bank of America", "Ursula von der Leyen": small words inside a name when a capital follows.
        const bool particle = !w.isEmpty() && w.front().isLower() && m_kb.nameParticles().contains(w);
        // "Ministry of Trade and Industry" joins, "Brightwave Energy and Solara Power" are two companies.
        const bool joiner = particle || (organisational && (w == "of"_L1 || w == "for"_L1 ||
                                                            (w == "and"_L1 && !is(j - 1, WordKind::OrganisationWord))));
        int k = j + 1;
        while (particle && k < limit && adjacent(k - 1, k) && !isCapitalised(k) && k - j < 3) {
            ++k;
        }
        if (joiner && k < limit && adjacent(k - 1, k) && has(k, Upper) && !isTitleWord(k)) {
            j = k;
            continue;
        }
        break;
    }
    return j;
}

int Scan::entityFor(const QString &name, Entity::Type type)
{
    const auto it = m_byName.constFind(name);
    if (it != m_byName.cend()) {
        return it.value();
    }
    m_entities.append(Entity{name, type, {}, {}, {}});
    const int index = int(m_entities.size()) - 1;
    m_byName.insert(name, index);
    addForm(name, index);
    return index;
}

void Scan::addForm(QStringView form, int entity)
{
    const size_t h = WordSet::exactHash(form);
    for (auto it = m_localForms.constFind(h); it != m_localForms.cend() && it.key() == h; ++it) {
        if (it.value().first == form) {
            return;
        }
    }
    m_localForms.insert(h, {form.toString(), entity});
    if (const qsizetype space = form.indexOf(u' '); space > 0) {
        m_localFirstWords.insert(WordSet::exactHash(form.left(space)));
    }
}

void Scan::addMention(int first, int last, int end, int entity)
{
    const TextSpan span{m_tokens[first].start, end};
    m_mentions.append({first, last, entity, span});
    for (int t = first; t < last; ++t) {
        m_owner[t] = int(m_mentions.size()) - 1;
    }
    addForm(m_article.textOf(TextSpan{m_tokens[first].start, m_tokens[last - 1].end}), entity);
}

bool Scan::isLegalForm(int i) const
{
    // "Corp", "Inc", "Ltd", "Plc", "AG", "Corporation": what a company is registered as, not part of what it is called
    // ("Orchard Labs" keeps its "Labs").
    return is(i, WordKind::LegalForm);
}

int Scan::withoutLegalForms(int first, int last) const
{
    // "Renouf Corp Ltd" is Renouf; "Charles Schwab and Co Inc" keeps its "and Co", which names the firm.
    while (last - first > 1 && isLegalForm(last - 1)) {
        const QStringView before = word(last - 2);
        if (before == "and"_L1 || before == "And"_L1 ||
            between(m_tokens[last - 2].end, m_tokens[last - 1].start).contains(u'&')) {
            break;
        }
        --last;
    }
    return last;
}

bool Scan::andJoinsName(int runFirst, int andToken, int limit) const
{
    // "Mitsui and Co Ltd", "Voice Systems and Services Inc", "Savings and Loan Association": "and" inside one name
    // when a legal form or an organisation word ends what follows and the words before end in neither, so that
    // "Brightwave Energy and Solara Power" and "Chevron Corp and Texaco Inc" stay two companies.
    const int before = andToken - 1;
    if (before < runFirst || isLegalForm(before) || is(before, WordKind::OrganisationWord) ||
        !adjacent(before, andToken) || !adjacent(andToken, andToken + 1) || andToken + 1 >= limit ||
        !has(andToken + 1, Upper)) {
        return false;
    }
    const QStringView next = word(andToken + 1);
    if (next == "Co"_L1 || next == "Cos"_L1 || next == "Company"_L1) {
        return true;
    }
    const KnowledgeBase::Entry *entry = nullptr;
    int stop = 0;
    if (knownMatch(runFirst, andToken, &entry, &stop) == andToken - runFirst) {
        return false;
    }
    for (int k = andToken + 1; k < limit && k < andToken + 8 && adjacent(k - 1, k); ++k) {
        const QStringView w = word(k);
        if (w == "and"_L1) {
            continue;
        }
        if (!isCapitalised(k)) {
            return false;
        }
        if (isLegalForm(k) || is(k, WordKind::OrganisationWord)) {
            return true;
        }
    }
    return false;
}

bool Scan::possessiveInName(int before, int after, int limit) const
{
    // "Shaw's Supermarkets Inc": a possessive inside a company's name, which a legal form ends.
    if (after >= limit || m_tokens[before].sentence != m_tokens[after].sentence || !has(after, Upper) ||
        !isCapitalised(before)) {
        return false;
    }
    const QStringView gap = between(m_tokens[before].end, m_tokens[after].start);
    if (gap.size() != 3 || !isApostrophe(gap[0]) || (gap[1] != u's' && gap[1] != u'S') || gap[2] != u' ') {
        return false;
    }
    for (int k = after; k < limit && k < after + 4 && (k == after || adjacent(k - 1, k)) && isCapitalised(k); ++k) {
        if (isLegalForm(k)) {
            return k > after;
        }
    }
    return false;
}

void Scan::addBracketedAlias(int end, int entity)
{
    // "Brierley Investments Ltd>, (BIL)", "Western Mining Corp Holdings Ltd <WMNG.S> (WMC)": the acronym in brackets
    // after the name, past a ticker or a comma, is the same company.
    int p = end;
    const auto skipSpaces = [&] {
        while (p < m_text.size() && m_text[p] == u' ') {
            ++p;
        }
    };
    if (p < m_text.size() && m_text[p] == u'>') {
        ++p;
    }
    skipSpaces();
    if (const int after = tickerEnd(m_text, p, int(m_text.size())); after > 0) {
        p = after;
        skipSpaces();
    }
    if (p < m_text.size() && m_text[p] == u',') {
        ++p;
        skipSpaces();
    }
    if (p >= m_text.size() || m_text[p] != u'(') {
        return;
    }
    int q = p + 1;
    while (q < m_text.size() && q - p <= 8 && (m_text[q].isUpper() || m_text[q].isDigit() || m_text[q] == u'&')) {
        ++q;
    }
    if (q < m_text.size() && m_text[q] == u')' && q - p >= 3) {
        addForm(QStringView(m_text).mid(p + 1, q - p - 1), entity);
    }
}

bool Scan::classifyBracket(int first, int last)
{
    // Wire copy writes an unlisted company's full name in angle brackets: all of it is one organisation's name,
    // whatever small words it holds ("<Banco Portugues de Investmento Sarl>", "<Voice Systems and Services Inc>").
    int from = first;
    if (word(from).compare("The"_L1, Qt::CaseInsensitive) == 0 && last - from > 1) {
        ++from;
    }
    const int to = withoutLegalForms(from, last);
    if (!isCapitalised(from) || to <= from) {
        return false;
    }
    // "<Youghal Carpets (Holdings) Plc>": the name runs to the legal form, brackets inside it included.
    const int nameEnd = to < last ? m_tokens[to].start : m_tokens[last - 1].end;
    QString name = between(m_tokens[from].start, nameEnd).toString().simplified();
    while (name.endsWith(u',') || name.endsWith(u' ')) {
        name.chop(1);
    }
    Entity::Type type = Entity::Type::Organisation;
    if (const KnowledgeBase::Entry *known = m_kb.lookup(name)) {
        name = known->name;
        type = known->type;
    }
    const int entity = entityFor(name, type);
    int end = m_tokens[last - 1].end;
    if (end < m_text.size() && m_text[end] == u'.' && m_kb.abbreviations().contains(word(last - 1))) {
        ++end;
    }
    addMention(first, last, end, entity);
    addBracketedAlias(end, entity);
    return true;
}

void Scan::findInSentence(int first, int last)
{
    const bool headline = has(first, Headline);
    int i = first;
    while (i < last) {
        if (has(i, Bracketed) && m_owner[i] < 0) {
            int k = i + 1;
            while (k < last && has(k, Bracketed) && !between(m_tokens[k - 1].end, m_tokens[k].start).contains(u'>')) {
                ++k;
            }
            if (classifyBracket(i, k)) {
                i = k;
                continue;
            }
        }
        const KnowledgeBase::Entry *entry = nullptr;
        int end = 0;
        // "the Associated Press": some names are listed with their article.
        if (word(i) == "the"_L1 && i + 1 < last && isCapitalised(i + 1) && m_owner[i + 1] < 0) {
            const int n = knownMatch(i, last, &entry, &end);
            if (n > 1) {
                addMention(i, i + n, end, entityFor(entry->name, entry->type));
                i += n;
                continue;
            }
        }
        if (!isCapitalised(i) || m_owner[i] >= 0) {
            ++i;
            continue;
        }
        const int n = knownMatch(i, last, &entry, &end);
        // A known single word opening a sentence is the common word when the article also writes it in lower case.
        const bool commonWord = n == 1 && has(i, SentenceStart) && writtenLower(word(i));
        if (n > 0 && !commonWord) {
            // A known name followed by more capitalised words: "Apple Corps" is another company, while
            // "Mac OS X Lion" stays the known product and its version name is not a separate entity.
            const int tail = (i + n < last && adjacent(i + n - 1, i + n) && isCapitalised(i + n) &&
                              !isTitleWord(i + n) && knownMatch(i + n, last, &entry, &end) == 0)
                                 ? runEnd(i + n, last)
                                 : i + n;
            knownMatch(i, last, &entry, &end);
            if (tail > i + n &&
                (is(tail - 1, WordKind::OrganisationSuffix) || is(tail - 1, WordKind::OrganisationWord))) {
                classifyRun(i, tail);
            } else {
                addMention(i, i + n, end, entityFor(entry->name, entry->type));
            }
            i = tail;
            continue;
        }
        if (headline || isTitleWord(i) || is(i, WordKind::Honorific)) {
            ++i;
            continue;
        }
        const int j = runEnd(i, last);
        int a = i;
        while (a < j && isJunkStart(a, j - a)) {
            ++a;
        }
        // "New York-based Bastian Technologies": the place describes the company; the name follows it.
        for (int t = a; t + 1 < j; ++t) {
            const QStringView w = word(t);
            if (std::any_of(m_kb.descriptorEndings().cbegin(), m_kb.descriptorEndings().cend(),
                            [&](const QString &ending) { return w.endsWith(ending, Qt::CaseInsensitive); })) {
                a = t + 1;
            }
        }
        // "In Hong Kong", "The U.S. markets": after a dropped opener the rest may be a known name.
        if (a > i && a < j) {
            i = a;
            continue;
        }
        int z = j;
        while (z > a && is(z - 1, WordKind::NonEntity) && !isAllCaps(z - 1)) {
            --z;
        }
        // "Fort Pitt Capital Group Charlie Smith": an organisation's name directly before a person's.
        int split = z;
        for (int k = a + 1; k + 1 < z && !is(k - 1, WordKind::FirstName); ++k) {
            if (is(k, WordKind::FirstName) && isNameShaped(k) && isNameShaped(k + 1) && z - k <= 3) {
                split = k;
                break;
            }
        }
        if (split < z) {
            classifyRun(split, z);
            z = split;
        }
        if (z - a == 1) {
            m_deferred.append(a);
        } else if (z > a) {
            classifyRun(a, z);
        }
        i = j;
    }
}

void Scan::classifyRun(int first, int last)
{
    const int count = last - first;
    // "SAN FRANCISCO (Wire) -", "NEW YORK, June 17": a dateline in capitals opening a paragraph is no party.
    const int runStart = m_tokens[first].start;
    if ((runStart == 0 || m_text[runStart - 1] == u'\n') &&
        std::all_of(m_tokens.cbegin() + first, m_tokens.cbegin() + last, [&](const Token &t) {
            const int i = int(&t - m_tokens.constData());
            return isAllCaps(i);
        })) {
        const QStringView after =
            between(m_tokens[last - 1].end, std::min(int(m_text.size()), m_tokens[last - 1].end + 2));
        if (after.startsWith(u',') || after == " ("_L1) {
            return;
        }
    }
    const QStringView lastWord = word(last - 1);
    int end = m_tokens[last - 1].end;
    QString name = between(m_tokens[first].start, end).toString().simplified();
    std::optional<Entity::Type> type;

    const auto legalSuffix = [this](int t) {
        return is(t, WordKind::OrganisationSuffix) && (word(t).size() <= 4 || has(t, Upper));
    };
    if (count >= 2 && legalSuffix(last - 1)) {
        type = Entity::Type::Organisation;
        // "Acme Corp." and a later "Acme" are one company: the canonical name drops the legal forms.
        const int kept = withoutLegalForms(first, last);
        name = between(m_tokens[first].start, m_tokens[kept - 1].end).toString().simplified();
        // "Acme Corp." keeps its abbreviation's full stop; "Castlegate Group." ends a sentence.
        if (end < m_text.size() && m_text[end] == u'.' && m_kb.abbreviations().contains(lastWord)) {
            ++end;
        }
    } else if (last < m_tokens.size() && m_tokens[last].sentence == m_tokens[last - 1].sentence &&
               between(m_tokens[last - 1].end, m_tokens[last].start) == ", "_L1 && legalSuffix(last) &&
               word(last).size() <= 4) {
        type = Entity::Type::Organisation;
        end = m_tokens[last].end + ((m_tokens[last].end < m_text.size() && m_text[m_tokens[last].end] == u'.') ? 1 : 0);
        ++last;
    }

    bool nameShaped = true;
    for (int t = first; t < last && nameShaped; ++t) {
        nameShaped = isNameShaped(t);
    }
    const bool followedByComma = last < m_tokens.size() && m_tokens[last].sentence == m_tokens[last - 1].sentence &&
                                 between(m_tokens[last - 1].end, m_tokens[last].start).trimmed() == ","_L1;

    if (!type) {
        for (int t = first; t < last; ++t) {
            if (is(t, WordKind::OrganisationWord)) {
                type = Entity::Type::Organisation;
                break;
            }
        }
    }
    if (!type && first > 0 && (adjacent(first - 1, first) || afterHonorific(first)) &&
        (is(first - 1, WordKind::Title) || is(first - 1, WordKind::Honorific))) {
        type = Entity::Type::Person;
    }
    if (!type && nameShaped && count <= 4) {
        // "Jean-Claude Trichet" has a known given name before its hyphen; "Lewis W. Teperman" a middle initial.
        const QStringView given = word(first);
        const qsizetype hyphen = given.indexOf(u'-');
        const bool middleInitial = count == 3 && word(first + 1).size() == 2 && word(first + 1).endsWith(u'.');
        if (is(first, WordKind::FirstName) || middleInitial ||
            (hyphen > 0 && m_kb.firstNames().contains(given.left(hyphen)))) {
            type = Entity::Type::Person;
        }
    }
    if (!type && followedByComma) {
        // Apposition: "Jane Roe, chief executive of ...", "Acme, a Paris-based startup, ..."
        int k = last;
        const QStringView det = word(k);
        const bool article = det == "a"_L1 || det == "an"_L1 || det == "the"_L1 || det == "its"_L1;
        if (article) {
            ++k;
        }
        // "Kaoru Yosano, the Japanese minister of fiscal policy": a word or two may qualify the title.
        bool titled = false;
        for (int skip = 0; skip < 3 && !titled && k + skip < m_tokens.size(); ++skip) {
            const int end = titleForward(k + skip, std::min(int(m_tokens.size()), k + skip + 6));
            // Skipped words must be followed by "of ..." or a closing comma, or "Wyoming, the bank chief said"
            // would make a person of the place.
            const bool closed =
                end < m_tokens.size() && (word(end) == "of"_L1 || word(end) == "at"_L1 || word(end) == "for"_L1 ||
                                          between(m_tokens[end - 1].end, m_tokens[end].start).trimmed() == ","_L1);
            titled = end > k + skip && (skip == 0 || closed);
        }
        if (nameShaped && titled) {
            type = Entity::Type::Person;
        } else if (article) {
            for (int t = k; t < std::min(int(m_tokens.size()), k + 5); ++t) {
                if (is(t, WordKind::OrganisationDescription)) {
                    type = Entity::Type::Organisation;
                    break;
                }
            }
        } else if (isCapitalised(last)) {
            const KnowledgeBase::Entry *entry = nullptr;
            int stop = 0;
            if (knownMatch(last, int(m_tokens.size()), &entry, &stop) > 0 && entry->type == Entity::Type::Location) {
                type = Entity::Type::Location;
            }
        }
    }
    if (!type && nameShaped && count >= 2 && count <= 3 && last < m_tokens.size() && adjacent(last - 1, last) &&
        is(last, WordKind::SpeechVerb)) {
        type = Entity::Type::Person;
    }
    if (!type && nameShaped && count >= 2 && count <= 3 && describedAsPerson(first, last)) {
        type = Entity::Type::Person;
    }
    if (!type && count == 1) {
        // A lone capitalised word needs some sign of being a name: an acronym, an inner capital, a possessive.
        const QStringView w = word(first);
        const bool innerCapital = std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper(); });
        const bool possessive = end + 1 < m_text.size() && isApostrophe(m_text[end]) && m_text[end + 1] == u's';
        // "French startup MistralAI", "fellow retailer Target": the noun before says what the name is.
        const bool described =
            first > 0 && adjacent(first - 1, first) && is(first - 1, WordKind::OrganisationDescription);
        // "CEO of Zentrix", "Zentrix CEO Jane Doe": a title's organisation.
        const QStringView link = first > 1 ? word(first - 1) : QStringView();
        const bool titleOf = first > 1 && adjacent(first - 2, first - 1) && adjacent(first - 1, first) &&
                             (link == "of"_L1 || link == "at"_L1) && is(first - 2, WordKind::Title);
        const bool beforeTitle = last + 1 < m_tokens.size() && adjacent(last - 1, last) && is(last, WordKind::Title) &&
                                 adjacent(last, last + 1) && isNameShaped(last + 1);
        // "Deutz of West Germany", "Fiat of Italy": wire copy places a company it names alone by its country.
        // Not a word of a longer name cut at "and" ("Aetna Life and Casualty of Canada Ltd") or a company word
        // ("Financial Corporation of America"), and the place ends the name.
        bool ofPlace = false;
        const QStringView before = first > 0 && adjacent(first - 1, first) ? word(first - 1) : QStringView();
        if (last + 1 < m_tokens.size() && adjacent(last - 1, last) && word(last) == "of"_L1 &&
            adjacent(last, last + 1) && !is(first, WordKind::Title) && !is(first, WordKind::NonEntity) &&
            !is(first, WordKind::OrganisationSuffix) && !is(first, WordKind::OrganisationWord) && before != "and"_L1 &&
            before != "&"_L1 && before != "of"_L1) {
            const KnowledgeBase::Entry *place = nullptr;
            int placeStop = 0;
            const int placeWords = knownMatch(last + 1, int(m_tokens.size()), &place, &placeStop);
            const int next = last + 1 + placeWords;
            const bool nameGoesOn = next < m_tokens.size() && adjacent(next - 1, next) && has(next, Upper);
            ofPlace = placeWords > 0 && place->type == Entity::Type::Location && !nameGoesOn;
        }
        // "agreed to buy Initech", "Stripe raised", "Lumora, a startup": the party of a deal, a described company.
        if (described || titleOf || beforeTitle || ofPlace || inCompanyContext(first, last)) {
            type = Entity::Type::Organisation;
        } else if (has(first, Mixed)) {
            type = Entity::Type::Product;
        } else if ((innerCapital && !isAllCaps(first)) || possessive) {
            // An unknown acronym alone (SDK, USB, LLMs) is a thing the text abbreviates, not a name, unless the
            // text spells it out in brackets, the knowledge base lists it or it owns something ("FDIC's").
            type = Entity::Type::Organisation;
        } else {
            return;
        }
    }
    // "Japan Inc." stripped to a known place keeps its full name; a known name keeps its own canonical form.
    if (const KnowledgeBase::Entry *known = m_kb.lookup(name)) {
        if (known->type == type.value_or(Entity::Type::Organisation)) {
            name = known->name;
        } else {
            name = between(m_tokens[first].start, m_tokens[last - 1].end).toString().simplified();
        }
    }
    const int entity = entityFor(name, type.value_or(Entity::Type::Organisation));
    addMention(first, last, end, entity);
    // "Castlegate Group" is "Castlegate" further on in the story.
    if (count == 2 && legalSuffix(first + 1) &&
        type.value_or(Entity::Type::Organisation) == Entity::Type::Organisation && !is(first, WordKind::NonEntity) &&
        !is(first, WordKind::OrganisationWord) && !isAllCaps(first)) {
        addForm(word(first), entity);
    }

    // "World Wide Developers Conference (WWDC)": the bracketed acronym names the same entity.
    addBracketedAlias(end, entity);
}

void Scan::resolveDeferred()
{
    // Surnames and given names of the article's people, for "Smith" after "Brad Smith".
    QHash<QString, QList<int>> surnames;
    QHash<QString, QList<int>> givenNames;
    for (int e = 0; e < m_entities.size(); ++e) {
        if (m_entities[e].type != Entity::Type::Person) {
            continue;
        }
        const QStringList parts = m_entities[e].name.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2) {
            continue;
        }
        surnames[parts.last()].append(e);
        if (m_kb.firstNames().contains(parts.first())) {
            givenNames[parts.first()].append(e);
        }
    }
    const QSet<int> deferred(m_deferred.cbegin(), m_deferred.cend());
    QSet<size_t> surnameHashes;
    for (auto it = surnames.cbegin(); it != surnames.cend(); ++it) {
        surnameHashes.insert(WordSet::exactHash(it.key()));
    }
    for (auto it = givenNames.cbegin(); it != givenNames.cend(); ++it) {
        surnameHashes.insert(WordSet::exactHash(it.key()));
    }

    for (const auto &[first, last] : std::as_const(m_sentenceTokens)) {
        for (int i = first; i < last; ++i) {
            if (m_owner[i] >= 0 || !isCapitalised(i)) {
                continue;
            }
            int entity = -1;
            const int n = localMatch(i, last, &entity);
            if (n > 1 || (n == 1 && !is(i, WordKind::NonEntity))) {
                addMention(i, i + n, m_tokens[i + n - 1].end, entity);
                i += n - 1;
                continue;
            }
            if (!surnameHashes.contains(WordSet::exactHash(word(i)))) {
                if (deferred.contains(i) && (!has(i, SentenceStart) || inCompanyContext(i, i + 1)) &&
                    !has(i, Headline)) {
                    classifyRun(i, i + 1);
                }
                continue;
            }
            const QString w = word(i).toString();
            const auto bySurname = surnames.constFind(w);
            if (bySurname != surnames.cend()) {
                // Two people sharing the surname: the bare surname stays its own, unmerged person.
                const int target = bySurname->size() == 1 ? bySurname->first() : entityFor(w, Entity::Type::Person);
                addMention(i, i + 1, m_tokens[i].end, target);
                continue;
            }
            const auto byGivenName = givenNames.constFind(w);
            if (byGivenName != givenNames.cend() && byGivenName->size() == 1) {
                addMention(i, i + 1, m_tokens[i].end, byGivenName->first());
                continue;
            }
            if (!deferred.contains(i) || has(i, SentenceStart) || has(i, Headline)) {
                continue;
            }
            classifyRun(i, i + 1);
        }
    }
    // A lone capitalised word that speaks and is nothing else yet is a person ("Okafor said", also opening a
    // sentence); its later bare mentions join it.
    for (const auto &[first, last] : std::as_const(m_sentenceTokens)) {
        for (int i = first; i < last; ++i) {
            if (m_owner[i] >= 0 || !isCapitalised(i) || !speaksAsPerson(i)) {
                continue;
            }
            int entity = -1;
            if (localMatch(i, i + 1, &entity) == 1) {
                addMention(i, i + 1, m_tokens[i].end, entity);
                continue;
            }
            if (const KnowledgeBase::Entry *known = m_kb.lookup(word(i));
                known && known->type != Entity::Type::Person) {
                continue;
            }
            addMention(i, i + 1, m_tokens[i].end, entityFor(word(i).toString(), Entity::Type::Person));
        }
    }
}

int Scan::titleForward(int k, int limit) const
{
    int end = k;
    bool head = false;
    for (int t = k; t < limit && t < m_tokens.size(); ++t) {
        if (t > k && !adjacent(t - 1, t)) {
            break;
        }
        const QStringView w = word(t);
        if (is(t, WordKind::Title)) {
            head = true;
            end = t + 1;
        } else if (is(t, WordKind::TitleModifier) || ((w == "and"_L1 || w == "&"_L1) && head)) {
            continue;
        } else {
            break;
        }
    }
    return head ? end : k;
}

int Scan::titleBackward(int k) const
{
    int start = k + 1;
    bool head = false;
    for (int t = k; t >= 0; --t) {
        if (t < k && !adjacent(t, t + 1)) {
            break;
        }
        const QStringView w = word(t);
        if (is(t, WordKind::Title) && m_owner[t] < 0) {
            head = true;
            start = t;
        } else if (is(t, WordKind::TitleModifier) && m_owner[t] < 0) {
            start = head ? t : start;
        } else if (!(w == "and"_L1 && head)) {
            break;
        }
    }
    return head ? start : k + 1;
}

void Scan::addRole(int entity, int titleFirst, int titleLast, int orgMention, int spanEnd)
{
    Role role;
    role.title = between(m_tokens[titleFirst].start, m_tokens[titleLast - 1].end).toString().simplified();
    if (orgMention >= 0) {
        role.organisation = m_entities[m_mentions[orgMention].entity].name;
    }
    role.span = {std::min(m_tokens[titleFirst].start, orgMention >= 0 ? m_mentions[orgMention].span.start : INT_MAX),
                 spanEnd};
    QList<Role> &roles = m_entities[entity].roles;
    const bool known = std::any_of(roles.cbegin(), roles.cend(), [&role](const Role &r) {
        return r.title.compare(role.title, Qt::CaseInsensitive) == 0 && r.organisation == role.organisation;
    });
    if (!known) {
        roles.append(role);
    }
}

void Scan::findRoles()
{
    const auto isOrganisation = [this](int mention) {
        if (mention < 0) {
            return false;
        }
        const Entity::Type type = m_entities[m_mentions[mention].entity].type;
        return type == Entity::Type::Organisation || type == Entity::Type::Media;
    };
    const qsizetype mentionCount = m_mentions.size();
    for (qsizetype m = 0; m < mentionCount; ++m) {
        const Mention mention = m_mentions[m];
        if (m_entities[mention.entity].type != Entity::Type::Person) {
            continue;
        }
        // After the name: "Arthur Mensch, CEO of MistralAI", "Tim Cook, Apple's chief executive".
        int k = mention.last;
        if (k < m_tokens.size() && m_tokens[k].sentence == m_tokens[mention.first].sentence &&
            between(mention.span.end, m_tokens[k].start).trimmed() == ","_L1) {
            const QStringView det = word(k);
            if (det == "the"_L1 || det == "a"_L1 || det == "an"_L1 || det == "its"_L1) {
                ++k;
            }
            const int titleEnd = titleForward(k, int(m_tokens.size()));
            if (titleEnd > k) {
                const QStringView link = titleEnd < m_tokens.size() ? word(titleEnd) : QStringView();
                const int org = mentionAt(titleEnd + 1);
                if ((link == "of"_L1 || link == "at"_L1 || link == "for"_L1) && adjacent(titleEnd, titleEnd + 1) &&
                    isOrganisation(org) && m_mentions[org].first == titleEnd + 1) {
                    addRole(mention.entity, k, titleEnd, org, m_mentions[org].span.end);
                } else {
                    addRole(mention.entity, k, titleEnd, -1, m_tokens[titleEnd - 1].end);
                }
            } else if (const int org = mentionAt(k); isOrganisation(org) && m_mentions[org].first == k) {
                int t = m_mentions[org].last;
                const int titleStart = t;
                const int end = titleForward(t, int(m_tokens.size()));
                if (end > titleStart && m_tokens[titleStart].start - m_mentions[org].span.end <= 3) {
                    addRole(mention.entity, titleStart, end, org, m_tokens[end - 1].end);
                }
            }
        }
        // Before the name: "Microsoft President Brad Smith", "Apple CEO and co-founder Steve Jobs".
        const int before = mention.first - 1;
        if (before >= 0 && adjacent(before, mention.first)) {
            const int titleStart = titleBackward(before);
            if (titleStart <= before) {
                const int org = mentionAt(titleStart - 1);
                const bool orgAdjacent = isOrganisation(org) && m_mentions[org].last == titleStart &&
                                         m_tokens[titleStart].start - m_mentions[org].span.end <= 3;
                addRole(mention.entity, titleStart, before + 1, orgAdjacent ? org : -1, m_tokens[before].end);
            }
        }
    }
}

void Scan::findReferences()
{
    // "The company said": the description points back at the last organisation that was a subject.
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (word(i).compare("the"_L1, Qt::CaseInsensitive) != 0 || !adjacent(i, i + 1) || !has(i + 1, Lower)) {
            continue;
        }
        const std::optional<Entity::Type> type =
            is(i + 1, WordKind::OrganisationDescription)
                ? std::optional(Entity::Type::Organisation)
                : (is(i + 1, WordKind::MediaDescription) ? std::optional(Entity::Type::Media) : std::nullopt);
        if (!type) {
            continue;
        }
        if (i + 2 < m_tokens.size() && adjacent(i + 1, i + 2) &&
            (word(i + 2) == "of"_L1 || isCapitalised(i + 2) || is(i + 2, WordKind::Title))) {
            continue;
        }
        // "invest in the startup" names an object, which is seldom the last subject.
        if (i > 0 && adjacent(i - 1, i) && isPreposition(i - 1)) {
            continue;
        }
        const int position = m_tokens[i].start;
        // Mentions are sorted: start at the last one before the description, not at the article's last.
        const qsizetype before =
            std::partition_point(m_mentions.cbegin(), m_mentions.cend(),
                                 [position](const Mention &m) { return m.span.start < position; }) -
            m_mentions.cbegin();
        for (qsizetype m = before - 1; m >= 0; --m) {
            const Mention &candidate = m_mentions[m];
            if (candidate.span.start >= position) {
                continue;
            }
            if (position - candidate.span.start > 2000) {
                break;
            }
            const Entity::Type candidateType = m_entities[candidate.entity].type;
            const bool fits = *type == Entity::Type::Media ? candidateType == Entity::Type::Media
                                                           : candidateType == Entity::Type::Organisation;
            if (!fits || (candidate.first > 0 && isPreposition(candidate.first - 1))) {
                continue;
            }
            m_entities[candidate.entity].references.append({position, m_tokens[i + 1].end});
            break;
        }
    }
}

QList<Entity> Scan::run()
{
    tokenize();
    for (const auto &[first, last] : std::as_const(m_sentenceTokens)) {
        findInSentence(first, last);
    }
    resolveDeferred();
    std::sort(m_mentions.begin(), m_mentions.end(),
              [](const Mention &a, const Mention &b) { return a.first < b.first; });
    for (int m = 0; m < m_mentions.size(); ++m) {
        for (int t = m_mentions[m].first; t < m_mentions[m].last; ++t) {
            m_owner[t] = m;
        }
    }
    findRoles();
    findReferences();

    for (const Mention &m : std::as_const(m_mentions)) {
        m_entities[m.entity].mentions.append(m.span);
    }
    QList<Entity> result;
    for (Entity &e : m_entities) {
        if (!e.mentions.isEmpty()) {
            result.append(std::move(e));
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Entity &a, const Entity &b) { return a.mentions.first().start < b.mentions.first().start; });
    return result;
}

} // namespace

EntityFinder::EntityFinder()
    : m_knowledge(KnowledgeBase::instance())
{
}

EntityFinder::EntityFinder(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QList<Entity> EntityFinder::find(const Article &article) const
{
    return Scan(article, m_knowledge).run();
}

} // namespace Newsline
