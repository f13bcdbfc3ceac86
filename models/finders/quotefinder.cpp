#include "quotefinder.h"

#include "knowledgebase.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

struct Candidate
{
    int open = 0;
    // Index of the closing mark, or the paragraph's end when the quotation runs on into the next paragraph.
    int close = 0;
    bool runsOn = false;
    TextSpan content;
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
    // Where the attributing verb starts when no subject stands right before it ("..., saying, "..."").
    int verbStart = -1;
};

struct Word
{
    int start = -1;
    int end = -1;
    [[nodiscard]] bool isValid() const { return start >= 0 && end > start; }
};

bool isOpeningDouble(QChar c)
{
    return c == u'\u201C' || c == u'\u201E';
}

bool isClosingDouble(QChar c)
{
    return c == u'\u201D';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'\'' || c == u'\u2019';
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';';
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
    QStringView view(const Word &w) const { return view(w.start, w.end); }
    Word wordBefore(int pos, int floor) const;
    Word wordAfter(int pos, int ceiling) const;
    int skipSpacesBack(int pos, int floor) const;
    int skipSpacesForward(int pos, int ceiling) const;

    void collectCandidates(const TextSpan &paragraph);
    bool isHeadline(const TextSpan &paragraph) const;
    bool isVerb(const Word &w, int floor) const;
    bool isPreposition(QStringView w) const;
    bool insideCandidate(const TextSpan &span) const;

    Speaker subjectEndingAt(int pos, int floor) const;
    Speaker subjectStartingAt(int pos, int ceiling, int *after) const;
    Speaker resolvePronoun(const Word &pronoun) const;
    Speaker resolveDescription(const Word &article, const Word &noun) const;
    int lastEntityBefore(int pos, const QList<Entity::Type> &types) const;
    bool isSubject(const MentionRef &ref) const;
    Speaker nearestSubject(int pos, int floor) const;

    bool attributeBefore(const Candidate &c, int floor, Speaker *speaker, bool *verbOnly) const;
    bool attributeAfter(const Candidate &c, int ceiling, Speaker *speaker, bool *verbOnly) const;
    int partialLead(const Candidate &c, int floor) const;
    QString roleOf(const Speaker &speaker) const;

    const Article &m_article;
    const QString &m_text;
    const KnowledgeBase &m_kb;
    QList<Candidate> m_candidates;
    QList<MentionRef> m_mentions;
    QList<MentionRef> m_references;
};

int Finder::skipSpacesBack(int pos, int floor) const
{
    while (pos > floor && m_text[pos - 1].isSpace()) {
        --pos;
    }
    return pos;
}

int Finder::skipSpacesForward(int pos, int ceiling) const
{
    while (pos < ceiling && m_text[pos].isSpace()) {
        ++pos;
    }
    return pos;
}

Word Finder::wordBefore(int pos, int floor) const
{
    const int end = skipSpacesBack(pos, floor);
    int start = end;
    while (start > floor && isWordChar(m_text[start - 1])) {
        --start;
    }
    return start < end ? Word{start, end} : Word{};
}

Word Finder::wordAfter(int pos, int ceiling) const
{
    const int start = skipSpacesForward(pos, ceiling);
    int end = start;
    while (end < ceiling && isWordChar(m_text[end])) {
        ++end;
    }
    // The possessive is not part of the word.
    if (end - start > 2 && (m_text[end - 2] == u'\'' || m_text[end - 2] == u'\u2019') && m_text[end - 1] == u's') {
        end -= 2;
    }
    return start < end ? Word{start, end} : Word{};
}

bool Finder::isHeadline(const TextSpan &paragraph) const
{
    const QStringView text = view(paragraph.start, paragraph.end).trimmed();
    if (text.isEmpty()) {
        return true;
    }
    const QChar last = text.back();
    if (isSentenceEnd(last) || last == u'"' || isClosingDouble(last) || last == u':' || text.size() > 200) {
        return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (int i = 0; i < text.size();) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && isWordChar(text[j])) {
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

void Finder::collectCandidates(const TextSpan &paragraph)
{
    int open = -1;
    QChar openMark;
    for (int i = paragraph.start; i < paragraph.end; ++i) {
        const QChar c = m_text[i];
        if (open < 0) {
            const bool before = i == paragraph.start || !m_text[i - 1].isLetterOrNumber();
            const bool after = i + 1 < paragraph.end && !m_text[i + 1].isSpace();
            // A straight single quote only opens after a space, so that apostrophes (don't, MS's) never do.
            if (isOpeningDouble(c) || (c == u'"' && after) || ((c == u'\u2018' || c == u'\'') && before && after)) {
                open = i;
                openMark = c;
            }
            continue;
        }
        bool closes = false;
        if (openMark == u'"' || isOpeningDouble(openMark)) {
            closes = c == u'"' || isClosingDouble(c);
        } else {
            // A single closing mark is followed by a space or punctuation, never by a letter (it's, MS's).
            closes = (c == u'\'' || c == u'\u2019') && (i + 1 >= paragraph.end || !m_text[i + 1].isLetterOrNumber());
        }
        if (closes) {
            m_candidates.append({open, i, false, {open + 1, i}});
            open = -1;
        }
    }
    // News style leaves a quotation open at a paragraph's end when the next paragraph carries on with it.
    if (open >= 0 && (openMark == u'"' || isOpeningDouble(openMark))) {
        m_candidates.append({open, paragraph.end, true, {open + 1, paragraph.end}});
    }
}

bool Finder::isVerb(const Word &w, int floor) const
{
    if (!w.isValid()) {
        return false;
    }
    const QStringView text = view(w);
    if (text.compare("to"_L1, Qt::CaseInsensitive) == 0) {
        const Word before = wordBefore(w.start, floor);
        return before.isValid() && view(before).compare("according"_L1, Qt::CaseInsensitive) == 0;
    }
    return text.front().isLower() && m_kb.speechVerbs().contains(text);
}

bool Finder::isPreposition(QStringView w) const
{
    static const QList<QLatin1StringView> prepositions{
        "by"_L1,      "with"_L1, "to"_L1,   "of"_L1,   "from"_L1, "for"_L1,   "in"_L1,      "on"_L1, "at"_L1,
        "against"_L1, "into"_L1, "than"_L1, "over"_L1, "like"_L1, "about"_L1, "between"_L1, "as"_L1, "whether"_L1};
    return std::any_of(prepositions.cbegin(), prepositions.cend(),
                       [w](QLatin1StringView p) { return w.compare(p, Qt::CaseInsensitive) == 0; });
}

bool Finder::insideCandidate(const TextSpan &span) const
{
    return std::any_of(m_candidates.cbegin(), m_candidates.cend(),
                       [&span](const Candidate &c) { return c.content.contains(span); });
}

int Finder::lastEntityBefore(int pos, const QList<Entity::Type> &types) const
{
    // The nearest earlier mention of a fitting type that is not the object of a preposition
    // ("a venture led by OpenAI CEO Sam Altman" does not make Sam Altman the next "he").
    for (qsizetype m = m_mentions.size() - 1; m >= 0; --m) {
        const MentionRef &ref = m_mentions[m];
        if (ref.span.end > pos) {
            continue;
        }
        if (pos - ref.span.start > 4000) {
            break;
        }
        if (!types.contains(m_article.entities[ref.entity].type) || insideCandidate(ref.span)) {
            continue;
        }
        if (isSubject(ref)) {
            return ref.entity;
        }
    }
    return -1;
}

bool Finder::isSubject(const MentionRef &ref) const
{
    // "Richard Doherty attributes Steve Jobs' success": a possessive is not who acts.
    const int end = ref.span.end;
    if (end < m_text.size() && (m_text[end] == u'\'' || m_text[end] == u'\u2019') &&
        (end + 1 >= m_text.size() || !m_text[end + 1].isLetter() || m_text[end + 1] == u's')) {
        return false;
    }
    int p = ref.span.start;
    Word before = wordBefore(p, 0);
    for (int steps = 0; steps < 4 && before.isValid() && before.end == skipSpacesBack(p, 0); ++steps) {
        const QStringView w = view(before);
        if (!w.front().isUpper() && !m_kb.titles().contains(w) && !m_kb.titleModifiers().contains(w)) {
            break;
        }
        p = before.start;
        before = wordBefore(p, 0);
    }
    return !(before.isValid() && before.end == skipSpacesBack(p, 0) && isPreposition(view(before)));
}

Speaker Finder::nearestSubject(int pos, int floor) const
{
    // "Jobs started by hinting at the incident, saying, "..."": the clause's subject speaks.
    static const QList<Entity::Type> speakers{Entity::Type::Person, Entity::Type::Organisation, Entity::Type::Media};
    int p = pos;
    while (p > floor) {
        while (p > floor && !isWordChar(m_text[p - 1])) {
            --p;
        }
        if (p <= floor) {
            break;
        }
        for (const MentionRef &ref : m_mentions) {
            if (ref.span.end == p && ref.span.start >= floor &&
                speakers.contains(m_article.entities[ref.entity].type) && isSubject(ref)) {
                return Speaker{ref.entity, ref.span, {}};
            }
        }
        const Word w = wordBefore(p, floor);
        if (!w.isValid()) {
            break;
        }
        if (m_text[w.start].isLower() && !m_kb.pronounTypes(view(w)).isEmpty()) {
            const Speaker pronoun = resolvePronoun(w);
            if (pronoun.entity >= 0) {
                return pronoun;
            }
        }
        p = w.start;
    }
    return {};
}

Speaker Finder::resolvePronoun(const Word &pronoun) const
{
    const QList<Entity::Type> types = m_kb.pronounTypes(view(pronoun));
    Speaker speaker;
    speaker.entity = lastEntityBefore(pronoun.start, types);
    speaker.mention = {pronoun.start, pronoun.end};
    return speaker;
}

Speaker Finder::resolveDescription(const Word &article, const Word &noun) const
{
    Speaker speaker;
    speaker.mention = {article.start, noun.end};
    for (const MentionRef &ref : m_references) {
        if (ref.span == speaker.mention) {
            speaker.entity = ref.entity;
            return speaker;
        }
    }
    const std::optional<Entity::Type> type = m_kb.descriptionType(view(noun));
    if (type) {
        speaker.entity = lastEntityBefore(article.start, {*type});
    }
    return speaker;
}

Speaker Finder::subjectEndingAt(int pos, int floor) const
{
    static const QList<QLatin1StringView> fillers{
        "also"_L1,         "then"_L1,       "later"_L1,       "further"_L1,        "again"_L1,    "previously"_L1,
        "recently"_L1,     "has"_L1,        "had"_L1,         "have"_L1,           "was"_L1,      "is"_L1,
        "would"_L1,        "will"_L1,       "once"_L1,        "separately"_L1,     "earlier"_L1,  "reportedly"_L1,
        "publicly"_L1,     "repeatedly"_L1, "simply"_L1,      "only"_L1,           "had"_L1,      "not"_L1,
        "spokesperson"_L1, "spokesman"_L1,  "spokeswoman"_L1, "representative"_L1, "official"_L1, "officials"_L1,
        "statement"_L1,    "executives"_L1};
    Speaker speaker;
    int p = skipSpacesBack(pos, floor);
    for (int steps = 0; steps < 3; ++steps) {
        const Word w = wordBefore(p, floor);
        if (!w.isValid() || w.end != p) {
            break;
        }
        const QStringView text = view(w);
        if (!std::any_of(fillers.cbegin(), fillers.cend(), [text](QLatin1StringView f) { return text == f; })) {
            break;
        }
        p = skipSpacesBack(w.start, floor);
        // "a Microsoft spokesperson", "MS's statement": the organisation behind them speaks.
        if (p - 2 >= floor && (m_text[p - 2] == u'\'' || m_text[p - 2] == u'\u2019') && m_text[p - 1] == u's') {
            p -= 2;
        }
    }
    // "Arthur Mensch, CEO of MistralAI, said": step over the apposition to the name.
    if (p > floor && m_text[p - 1] == u',') {
        int comma = p - 2;
        // "Acme Corp.," keeps its full stop inside the apposition; only a stop before a space ends the sentence.
        while (comma > floor && m_text[comma] != u',' && m_text[comma] != u'"' && !isClosingDouble(m_text[comma]) &&
               !(isSentenceEnd(m_text[comma]) && m_text[comma + 1].isSpace())) {
            --comma;
        }
        if (comma > floor && m_text[comma] == u',') {
            const int nameEnd = skipSpacesBack(comma, floor);
            for (const MentionRef &ref : m_mentions) {
                if (ref.span.end == nameEnd) {
                    speaker.entity = ref.entity;
                    speaker.mention = ref.span;
                    speaker.apposition = {comma + 1, p - 1};
                    return speaker;
                }
            }
        }
        return speaker;
    }
    for (const MentionRef &ref : m_mentions) {
        if (ref.span.end == p && ref.span.start >= floor) {
            speaker.entity = ref.entity;
            speaker.mention = ref.span;
            return speaker;
        }
    }
    const Word last = wordBefore(p, floor);
    if (!last.isValid() || last.end != p) {
        return speaker;
    }
    if (!m_kb.pronounTypes(view(last)).isEmpty()) {
        return resolvePronoun(last);
    }
    const Word determiner = wordBefore(last.start, floor);
    if (determiner.isValid() && view(determiner).compare("the"_L1, Qt::CaseInsensitive) == 0 &&
        m_kb.descriptionType(view(last))) {
        return resolveDescription(determiner, last);
    }
    return speaker;
}

Speaker Finder::subjectStartingAt(int pos, int ceiling, int *after) const
{
    Speaker speaker;
    const int start = skipSpacesForward(pos, ceiling);
    for (const MentionRef &ref : m_mentions) {
        if (ref.span.start == start && ref.span.end <= ceiling) {
            speaker.entity = ref.entity;
            speaker.mention = ref.span;
            *after = ref.span.end;
            const int comma = skipSpacesForward(ref.span.end, ceiling);
            if (comma < ceiling && m_text[comma] == u',') {
                int end = comma + 1;
                while (end < ceiling && m_text[end] != u',' && !isSentenceEnd(m_text[end])) {
                    ++end;
                }
                speaker.apposition = {comma + 1, end};
            }
            return speaker;
        }
    }
    const Word first = wordAfter(start, ceiling);
    if (!first.isValid() || first.start != start) {
        return speaker;
    }
    if (!m_kb.pronounTypes(view(first)).isEmpty()) {
        *after = first.end;
        return resolvePronoun(first);
    }
    if (view(first).compare("the"_L1, Qt::CaseInsensitive) == 0) {
        const Word noun = wordAfter(first.end, ceiling);
        if (noun.isValid() && m_kb.descriptionType(view(noun))) {
            *after = noun.end;
            return resolveDescription(first, noun);
        }
    }
    return speaker;
}

bool Finder::attributeBefore(const Candidate &c, int floor, Speaker *speaker, bool *verbOnly) const
{
    int p = skipSpacesBack(c.open, floor);
    bool punctuated = false;
    if (p > floor && (m_text[p - 1] == u',' || m_text[p - 1] == u':')) {
        punctuated = true;
        p = skipSpacesBack(p - 1, floor);
    }
    // The verb is the last word before the quotation, or a few words before it when a comma or colon
    // closes the attribution: "MS announced in a statement, "...""; never "said the move was a "breakthrough"".
    int cursor = p;
    for (int k = 0; k < 6; ++k) {
        const Word w = wordBefore(cursor, floor);
        if (!w.isValid() || w.end != skipSpacesBack(cursor, floor)) {
            return false;
        }
        if (isVerb(w, floor)) {
            if (k > 0 && !punctuated) {
                return false;
            }
            int verbStart = w.start;
            if (view(w).compare("to"_L1, Qt::CaseInsensitive) == 0) {
                // "According to Reuters, "..."": the speaker follows the phrase.
                int after = 0;
                *speaker = subjectStartingAt(w.end, c.open, &after);
                *verbOnly = speaker->entity < 0;
                return true;
            }
            *speaker = subjectEndingAt(verbStart, floor);
            *verbOnly = speaker->entity < 0 && !speaker->mention.isValid();
            speaker->verbStart = verbStart;
            return true;
        }
        if (!punctuated) {
            return false;
        }
        cursor = w.start;
    }
    return false;
}

bool Finder::attributeAfter(const Candidate &c, int ceiling, Speaker *speaker, bool *verbOnly) const
{
    if (c.runsOn) {
        return false;
    }
    // "This 'switch', he said, would happen": a word or two set off without its own punctuation is a term
    // the sentence uses, and the attribution belongs to the whole sentence.
    const QStringView content = view(c.content.start, c.content.end).trimmed();
    if (!content.isEmpty() && content.count(u' ') < 2 && !isSentenceEnd(content.back()) && content.back() != u',' &&
        content.back() != u'!') {
        return false;
    }
    int p = skipSpacesForward(c.close + 1, ceiling);
    if (p < ceiling && m_text[p] == u',') {
        p = skipSpacesForward(p + 1, ceiling);
    }
    Word first = wordAfter(p, ceiling);
    if (!first.isValid() || first.start != p) {
        return false;
    }
    if (isVerb(first, p) || view(first).compare("according"_L1, Qt::CaseInsensitive) == 0) {
        // ""...," said Brad Smith" and ""...," according to Reuters".
        int from = first.end;
        if (view(first).compare("according"_L1, Qt::CaseInsensitive) == 0) {
            const Word to = wordAfter(first.end, ceiling);
            if (!to.isValid() || view(to) != "to"_L1) {
                return false;
            }
            from = to.end;
        }
        int after = 0;
        *speaker = subjectStartingAt(from, ceiling, &after);
        *verbOnly = speaker->entity < 0 && !speaker->mention.isValid();
        return true;
    }
    int after = 0;
    const Speaker subject = subjectStartingAt(p, ceiling, &after);
    if (!subject.mention.isValid()) {
        // ""The market is overheated," one analyst said": attributed, to no one the text names. Only after a
        // quotation that ends as speech does ("...," / "...?"), so that ""open-source" models said" is not one.
        const QChar last = m_text[c.close - 1];
        const bool spoken = last == u',' || last == u'?' || last == u'!' ||
                            (c.close + 1 < m_text.size() && m_text[c.close + 1] == u',');
        int q = p;
        for (int k = 0; k < 4 && spoken; ++k) {
            const Word w = wordAfter(q, ceiling);
            if (!w.isValid() || !m_text[w.start].isLower()) {
                return false;
            }
            if (k > 0 && isVerb(w, p)) {
                *speaker = Speaker{};
                *verbOnly = false;
                return true;
            }
            q = w.end;
        }
        return false;
    }
    // ""...," Brad Smith, President of MS, said" and ""...," he added".
    int q = after;
    if (subject.apposition.isValid()) {
        q = subject.apposition.end + 1;
    }
    for (int k = 0; k < 3; ++k) {
        const Word w = wordAfter(q, ceiling);
        if (!w.isValid()) {
            return false;
        }
        if (isVerb(w, p)) {
            *speaker = subject;
            *verbOnly = false;
            return true;
        }
        const QStringView text = view(w);
        if (text != "also"_L1 && text != "later"_L1 && text != "then"_L1 && text != "has"_L1 && text != "had"_L1) {
            return false;
        }
        q = w.end;
    }
    return false;
}

int Finder::partialLead(const Candidate &c, int floor) const
{
    const int p = skipSpacesBack(c.open, floor);
    const QStringView before = view(floor, p);
    for (const QString &lead : m_kb.partialQuoteLeads()) {
        if (before.size() >= lead.size() && before.endsWith(lead, Qt::CaseInsensitive) &&
            (before.size() == lead.size() || !before[before.size() - lead.size() - 1].isLetter())) {
            return p - int(lead.size());
        }
    }
    return -1;
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

    QList<TextSpan> paragraphs = m_article.paragraphs;
    if (paragraphs.isEmpty()) {
        paragraphs.append({0, int(m_text.size())});
    }
    QList<int> paragraphOf;
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (m_article.isBoilerplate(paragraphs[p]) || isHeadline(paragraphs[p])) {
            continue;
        }
        const qsizetype before = m_candidates.size();
        collectCandidates(paragraphs[p]);
        paragraphOf.insert(paragraphOf.size(), m_candidates.size() - before, p);
    }

    QList<Quote> quotes;
    Speaker previous;
    int previousIndex = -1;
    bool previousAccepted = false;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates[i];
        const TextSpan &paragraph = paragraphs[paragraphOf[i]];
        const bool samePrevious = i > 0 && paragraphOf[i - 1] == paragraphOf[i];
        // The attribution before a quotation lies within its sentence, after any earlier quotation.
        int floor = samePrevious ? m_candidates[i - 1].close + 1 : paragraph.start;
        for (int k = c.open - 1; k > floor; --k) {
            if (isSentenceEnd(m_text[k]) && k + 1 < m_text.size() && m_text[k + 1].isSpace()) {
                const Word w = wordBefore(k, floor);
                // Initials and abbreviations ("Mr.", "Corp.") do not end the sentence.
                if (!(w.isValid() && w.end == k && (w.end - w.start == 1 || m_kb.abbreviations().contains(view(w))))) {
                    floor = k + 1;
                    break;
                }
            }
        }
        const int ceiling = (i + 1 < m_candidates.size() && paragraphOf[i + 1] == paragraphOf[i])
                                ? m_candidates[i + 1].open
                                : paragraph.end;

        int start = c.content.start;
        int end = c.content.end;
        while (start < end && m_text[start].isSpace()) {
            ++start;
        }
        while (end > start && (m_text[end - 1].isSpace() || m_text[end - 1] == u',' || m_text[end - 1] == u';')) {
            --end;
        }
        if (end <= start) {
            previousAccepted = false;
            continue;
        }

        Speaker speaker;
        bool verbOnly = false;
        bool accepted = attributeBefore(c, floor, &speaker, &verbOnly);
        if (!accepted || verbOnly) {
            Speaker afterSpeaker;
            bool afterVerbOnly = false;
            if (attributeAfter(c, ceiling, &afterSpeaker, &afterVerbOnly) && !afterVerbOnly) {
                speaker = afterSpeaker;
                verbOnly = false;
                accepted = true;
            }
        }
        const bool follows = previousAccepted && previousIndex == i - 1 &&
                             (samePrevious || m_candidates[i - 1].runsOn) &&
                             view(m_candidates[i - 1].close + 1, c.open).trimmed().size() < 40;
        if (accepted && verbOnly && follows) {
            // ""...," adding, "..."": the same speaker carries on.
            speaker = previous;
        } else if (accepted && speaker.entity < 0 && speaker.verbStart >= 0) {
            speaker = nearestSubject(speaker.verbStart, floor);
        } else if (!accepted && follows && partialLead(c, floor) >= 0) {
            speaker = previous;
            accepted = true;
        } else if (const int lead = accepted ? -1 : partialLead(c, floor); lead >= 0) {
            // "what Steve Jobs described as "a nominal charge"", "calling it "a new milestone"": the subject of
            // the clause speaks.
            speaker = subjectEndingAt(lead, floor);
            accepted = speaker.entity >= 0;
            int cursor = lead;
            for (int k = 0; k < 10 && !accepted; ++k) {
                const Word w = wordBefore(cursor, floor);
                if (!w.isValid()) {
                    const int comma = skipSpacesBack(cursor, floor);
                    if (comma > floor && m_text[comma - 1] == u',') {
                        cursor = comma - 1;
                        continue;
                    }
                    break;
                }
                if (isVerb(w, floor)) {
                    speaker = subjectEndingAt(w.start, floor);
                    accepted = speaker.entity >= 0;
                }
                cursor = w.start;
            }
        } else if (!accepted && previousAccepted && previousIndex == i - 1 &&
                   (m_candidates[i - 1].runsOn ||
                    (samePrevious && floor > m_candidates[i - 1].close && skipSpacesForward(floor, c.open) == c.open &&
                     m_text[start].isUpper() && view(c.close + 1, ceiling).trimmed().size() <= 1))) {
            // A whole sentence in quotation marks right after an attributed quotation continues it.
            speaker = previous;
            accepted = true;
        }
        if (!accepted) {
            previousAccepted = false;
            continue;
        }
        Quote quote;
        quote.start = start;
        quote.end = end;
        quote.text = m_text.mid(start, end - start);
        if (speaker.entity >= 0) {
            quote.speaker = m_article.entities[speaker.entity].name;
            quote.speakerMention = speaker.mention;
            quote.speakerRole = roleOf(speaker);
        }
        quotes.append(quote);
        previous = speaker;
        previousIndex = i;
        previousAccepted = true;
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
