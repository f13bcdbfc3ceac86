#include "eventbuilder.h"

#include "eventlanes.h"
#include "eventmerger.h"
#include "resourcedata.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

using Cue = EventLexicon::Cue;
using Token = EventLexicon::Token;
using Match = EventLexicon::Match;

/// What a date expression of the text dates a report by: the calendar date or reference its TIMEX3 value resolves
/// to (Timex::resolve, the one reader of TIMEX3 values); nothing for durations, times of day and sets.
Timex::Resolved reportDate(const Timex &t)
{
    return t.type == Timex::Type::Date ? t.resolved : Timex::Resolved();
}

/// A reference without a date: "recently" (Past) dates a report on or before its publication, "now" or "soon" on it.
bool isReference(const Timex::Resolved &d)
{
    return d.reference != Timex::Reference::None;
}

/// A calendar date the report can be dated to.
bool isDate(const Timex::Resolved &d)
{
    return !isReference(d) && d.date.isValid();
}

bool isBoundary(const Token &t)
{
    static const QString marks = u",;:!?\u2014\u2013"_s;
    return !t.isWord() && marks.contains(t.punct);
}

bool isClauseEnd(const Token &t)
{
    return !t.isWord() && (t.punct == u',' || t.punct == u';');
}

bool isRightStop(const Token &t)
{
    // A full stop inside a sentence ends an abbreviation ("the U.S. Shaw's Supermarkets"), not the object.
    static const QString marks = u",;:!?()\"\u201C\u201D\u2014\u2013"_s;
    return !t.isWord() && marks.contains(t.punct);
}

bool isQuoteOpen(QChar c)
{
    return c == u'"' || c == u'\u201C';
}

bool isOneOf(QStringView word, std::initializer_list<QLatin1StringView> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](QLatin1StringView w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

/// "Orbanco" and "Orbanco Financial Services": a company named again by the first words of its name.
bool sameCompany(const QString &a, const QString &b)
{
    const auto startsName = [](const QString &whole, const QString &part) {
        return whole.size() > part.size() && whole.startsWith(part) && whole.at(part.size()) == u' ';
    };
    return a == b || startsName(a, b) || startsName(b, a);
}

/// "the shares", "the stake", "the 19.9 pct parcel": what a stake purchase bought, named again.
bool isStakeNoun(QStringView word)
{
    return isOneOf(word, {"shares"_L1, "stake"_L1, "holding"_L1, "parcel"_L1, "interest"_L1});
}

/// "with assets of four billion dlrs", "$9 billion in deposits": the size of a company, never a deal's price.
bool isSizeWord(QStringView word)
{
    return isOneOf(
        word, {"assets"_L1, "assests"_L1, "deposits"_L1, "borrowings"_L1, "liabilities"_L1, "reserves"_L1, "loans"_L1});
}

/// Words that may stand between "for", "its" or "a total of" and the amount they govern: "for about", "some"
/// (knowledge/approximators.json, use "before-amount").
bool isAmountFiller(QStringView word)
{
    static const QStringList fillers = ResourceData::approximatorWords(u"before-amount");
    return std::any_of(fillers.cbegin(), fillers.cend(),
                       [&](const QString &f) { return word.compare(f, Qt::CaseInsensitive) == 0; });
}

/// One entity mention of an article.
struct Mention
{
    int start;
    int end;
    int entity;
};

/// A party named in a sentence.
struct Party
{
    QString name;
    Entity::Type type;
    int start;
};

using Role = EventParty::Role;

// Names that tell one event from another of its type: the parties of the deal itself, sorted; a seller only when
// nothing sold is named ("sold its tire business to Condere"), the others only when the event has no deal roles.
QStringList keyNames(const QList<EventParty> &parties)
{
    QStringList names;
    const bool sold = std::any_of(parties.cbegin(), parties.cend(), [](const EventParty &p) {
        return p.role == Role::Target || p.role == Role::Investee;
    });
    for (const EventParty &p : parties) {
        if ((p.role != Role::Other && (p.role != Role::Seller || !sold)) && !names.contains(p.name)) {
            names.append(p.name);
        }
    }
    if (names.isEmpty()) {
        for (const EventParty &p : parties) {
            if (!names.contains(p.name)) {
                names.append(p.name);
            }
        }
    }
    names.sort();
    return names;
}

/// What one trigger type of one sentence reports, before dating.
struct Candidate
{
    Event::Type type;
    QList<Match> triggers;
    /// The parties in the order they were found; actors() orders them by role.
    QList<EventParty> parties;
    QString founded;
    QString object;
    QStringList places;
    QList<int> figures;
    int timex = -1;
    int timexDistance = 0;
    /// The trigger turned out not to report an event ("released a statement").
    bool rejected = false;
    /// Investment: the subject raised the money; acquisition: the companies merge.
    bool raised = false;
    bool merger = false;
    /// The grammatical subject of the first trigger, what "the company" later means.
    QString subject;

    /// Adds a party; a name already there keeps its role unless that role was Other.
    void add(const QString &name, Role role)
    {
        if (name.isEmpty()) {
            return;
        }
        for (EventParty &p : parties) {
            if (p.name == name) {
                if (p.role == Role::Other) {
                    p.role = role;
                }
                return;
            }
        }
        parties.append({name, role});
    }
    [[nodiscard]] bool has(const QString &name) const
    {
        return std::any_of(parties.cbegin(), parties.cend(), [&](const EventParty &p) { return p.name == name; });
    }
    /// The first party playing role; empty when none does.
    [[nodiscard]] QString first(Role role) const
    {
        for (const EventParty &p : parties) {
            if (p.role == role) {
                return p.name;
            }
        }
        return {};
    }
    /// The parties ordered by role, the buyer or investor first.
    [[nodiscard]] QList<EventParty> ordered() const { return EventParty::ordered(parties); }
    [[nodiscard]] QStringList actors() const
    {
        QStringList names;
        for (const EventParty &p : ordered()) {
            names.append(p.name);
        }
        return names;
    }
    /// The company the deal was about: bought, invested in, funded or valued.
    [[nodiscard]] QString target() const
    {
        for (Role role : {Role::Target, Role::Investee, Role::Valued}) {
            if (const QString name = first(role); !name.isEmpty()) {
                return name;
            }
        }
        return {};
    }
};

/// Words that end a company's own name ("Gates Corp", "Acme Inc").
const QSet<QString> &organisationSuffixes()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &line : ResourceData::lines(u"knowledge/organisation-suffixes.txt"_s)) {
            set.insert(line.toLower());
        }
        return set;
    }();
    return words;
}

/// Given names of people ("Charles"), lower case.
const QSet<QString> &firstNames()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &line : ResourceData::lines(u"knowledge/first-names.txt"_s)) {
            set.insert(line.section(u' ', 0, 0).toLower());
        }
        return set;
    }();
    return words;
}

/// Reads the events of one article, sentence by sentence, keeping what later sentences refer back to.
class ArticleEvents
{
public:
    ArticleEvents(const EventLexicon &lexicon, const Article &article, int articleIndex)
        : m_lexicon(lexicon)
        , m_article(article)
        , m_text(article.text)
        , m_articleIndex(articleIndex)
    {
        for (int e = 0; e < article.entities.size(); ++e) {
            for (const TextSpan &span : article.entities.at(e).mentions) {
                m_mentions.append({span.start, span.end, e});
            }
        }
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.start < b.start; });
        for (int i = 0; i < article.timexes.size(); ++i) {
            m_timexes.append(i);
        }
        std::sort(m_timexes.begin(), m_timexes.end(),
                  [&](int a, int b) { return article.timexes.at(a).start < article.timexes.at(b).start; });
        for (const Entity &e : article.entities) {
            m_types.insert(e.name, e.type);
        }
        canonicalNames();
        m_timexDates.reserve(article.timexes.size());
        for (const Timex &t : article.timexes) {
            m_timexDates.append(reportDate(t));
        }
        for (int i = 0; i < article.figures.size(); ++i) {
            m_figures.append(i);
        }
        std::sort(m_figures.begin(), m_figures.end(),
                  [&](int a, int b) { return article.figures.at(a).start < article.figures.at(b).start; });
    }

    QList<EventMention> run()
    {
        int paragraph = -1;
        for (const TextSpan &sentence : m_article.sentences) {
            if (m_article.isBoilerplate(sentence)) {
                continue;
            }
            const int p = m_article.paragraphAt(sentence.start);
            if (p != paragraph) {
                paragraph = p;
                m_paragraphDate = {};
            }
            readSentence(sentence);
        }
        adoptBuyers();
        return m_result;
    }

private:
    void readSentence(const TextSpan &sentence);
    void rememberSentence(const QString &subject, const QList<int> &sentenceTimexes, bool organisation);
    [[nodiscard]] bool isHeadline(const TextSpan &sentence) const;
    [[nodiscard]] bool excluded(int position) const;
    [[nodiscard]] bool timexAt(int position) const;
    /// Index of the token before a name, "<" of a bracketed name ("from <General Partners>") stepped over.
    [[nodiscard]] int wordBefore(int position) const;
    /// True when the party is named with "'s" right before another party of the list that a unit word follows
    /// ("Control Data Corp's MedTec unit").
    [[nodiscard]] bool ownsNamedUnit(const Party &owner, const QList<Party> &parties) const;
    [[nodiscard]] bool namesOrganisation(const TextSpan &sentence) const;
    [[nodiscard]] bool insideName(int position) const;
    [[nodiscard]] QStringView wordAt(int tokenIndex) const;
    /// True when a trigger names money the subject raised ("in funding", "funding round", "Series B") and no lead
    /// verb before it makes the subject the one who gave it ("Hooli led a funding round in Initech").
    [[nodiscard]] bool raisedFunding(const Match &trigger) const;
    [[nodiscard]] int tokenAt(int position) const;
    [[nodiscard]] bool isWordAt(int tokenIndex, QLatin1StringView word) const;
    [[nodiscard]] bool isSpeaker(const Mention &m) const;
    [[nodiscard]] QList<Party> parties(int from, int to, bool affiliationsToo = false) const;
    [[nodiscard]] int clauseStart(int tokenIndex) const;
    [[nodiscard]] int rightEnd(int tokenIndex) const;
    [[nodiscard]] QStringList resolveLeft(const Match &trigger, int clauseToken) const;
    [[nodiscard]] QString quoteSpeaker(int position) const;
    [[nodiscard]] bool hedged(const Match &trigger) const;
    [[nodiscard]] bool hedgedDate(int position) const;
    [[nodiscard]] bool triggerBetween(int from, int to, Event::Type type, bool sameType) const;
    [[nodiscard]] QString describedCompany(const Match &trigger, const QStringList &doers = {}) const;
    [[nodiscard]] QString lastDealTarget() const;
    [[nodiscard]] bool isRegulator(const QString &name) const;
    [[nodiscard]] bool insideFigure(int position) const;
    [[nodiscard]] bool stakeObject(int from, int to, bool *whole = nullptr) const;
    [[nodiscard]] bool goodsObject(int from, int to) const;
    [[nodiscard]] bool possessiveAt(int start) const;
    void canonicalNames();
    void adoptBuyers();
    void fillActors(Candidate &c) const;
    void dropRegulators(Candidate &c) const;
    void dateMention(EventMention &m, const Candidate &c, const TextSpan &sentence) const;
    [[nodiscard]] int previousWord(int tokenIndex) const;
    [[nodiscard]] bool sizeFigure(const MoneyFigure &figure) const;
    [[nodiscard]] bool runningTotal(const Candidate &c) const;
    [[nodiscard]] static bool unitSized(const MoneyFigure &figure);
    [[nodiscard]] bool datable(Event::Type type, int timexIndex) const;
    [[nodiscard]] bool datable(Event::Type type, const Timex::Resolved &d) const;
    [[nodiscard]] int dealReference() const;
    [[nodiscard]] int followedDeal(const QList<Party> &named, bool stakeNoun) const;
    void foldFollowUp(QList<Candidate> &candidates, const QList<int> &sentenceTimexes, bool dealTold);

    const EventLexicon &m_lexicon;
    const Article &m_article;
    const QString &m_text;
    const int m_articleIndex;
    QList<Mention> m_mentions;
    QHash<QString, Entity::Type> m_types;
    /// "Dairy Farm" after "Dairy Farm International Holdings Ltd": a short form of a company named in full, by index.
    QHash<int, int> m_canonical;
    /// Timex and figure indexes in text order, walked with one cursor each as sentences go by.
    QList<int> m_timexes;
    QList<Timex::Resolved> m_timexDates;
    QList<int> m_figures;
    int m_timexCursor = 0;
    int m_figureCursor = 0;
    QList<EventMention> m_result;
    /// Indexes in m_result of the acquisitions and stake deals told so far that name what was bought.
    QList<int> m_dealMentions;

    // Per sentence.
    QList<Token> m_tokens;
    QList<Match> m_matches;
    QList<TextSpan> m_excluded;
    QList<TextSpan> m_affiliations;
    /// Tokens opening a clause that tells its own deal ("after Globex agreed"): a verb's subject follows them.
    QList<int> m_subjectClauses;
    int m_sentenceStart = 0;
    int m_sentenceEnd = 0;

    // Carried from sentence to sentence.
    QString m_lastSubject;
    /// The company bought, invested in or funded by the last deal reported: what "the startup" later means.
    QString m_lastTarget;
    /// Buyer and bought company of the last acquisition told, which "the deal" later means.
    QList<EventParty> m_lastDeal;
    /// The company bought, invested in or funded by a deal told earlier in the current sentence.
    QString m_sentenceTarget;
    QStringList m_lastGroup;
    Timex::Resolved m_lastDay;
    Timex::Resolved m_paragraphDate;
};

bool ArticleEvents::isHeadline(const TextSpan &sentence) const
{
    // A headline or subheading: a paragraph of its own, in title case, with no closing stop.
    const int p = m_article.paragraphAt(sentence.start);
    if (p < 0 || m_article.paragraphs.at(p) != sentence) {
        return false;
    }
    const QChar last = m_text.at(sentence.end - 1);
    if (last == u'.' || last == u'"' || last == u'\u201D') {
        return false;
    }
    int words = 0;
    int capitalised = 0;
    for (const Token &t : m_tokens) {
        if (t.isWord() && m_text.at(t.start).isLetter()) {
            ++words;
            capitalised += m_text.at(t.start).isUpper() ? 1 : 0;
        }
    }
    return words > 0 && capitalised * 10 >= words * 6;
}

bool ArticleEvents::excluded(int position) const
{
    return std::any_of(m_excluded.cbegin(), m_excluded.cend(), [&](const TextSpan &s) { return s.contains(position); });
}

bool ArticleEvents::namesOrganisation(const TextSpan &sentence) const
{
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), sentence.start,
                               [](const Mention &m, int position) { return m.start < position; });
    for (; it != m_mentions.cend() && it->start < sentence.end; ++it) {
        if (m_article.entities.at(it->entity).type == Entity::Type::Organisation) {
            return true;
        }
    }
    return false;
}

bool ArticleEvents::insideName(int position) const
{
    auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), position,
                               [](int p, const Mention &m) { return p < m.start; });
    // Mentions do not nest, so only the few starting just before position can hold it.
    for (int steps = 0; it != m_mentions.cbegin() && steps < 4; ++steps) {
        --it;
        if (it->end > position) {
            return true;
        }
    }
    return false;
}

QStringView ArticleEvents::wordAt(int i) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).isWord()
               ? QStringView(m_text).mid(m_tokens.at(i).start, m_tokens.at(i).end - m_tokens.at(i).start)
               : QStringView();
}

bool ArticleEvents::raisedFunding(const Match &trigger) const
{
    bool funding = false;
    for (int k = trigger.first; k <= trigger.last && !funding; ++k) {
        funding = m_lexicon.isWord(Cue::FundingNoun, wordAt(k));
    }
    if (!funding) {
        return false;
    }
    // The verb is a few words before: "led a $140 million funding round", "co-led the company's Series B".
    constexpr int reach = 8;
    for (int k = trigger.first - 1; k >= 0 && k >= trigger.first - reach; --k) {
        if (!m_tokens.at(k).isWord()) {
            const QChar c = m_tokens.at(k).punct;
            if (c == u',' || c == u';' || c == u'.') {
                break;
            }
            continue;
        }
        if (m_lexicon.isWord(Cue::LeadVerb, wordAt(k))) {
            return false;
        }
    }
    return true;
}

int ArticleEvents::tokenAt(int position) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                                     [](const Token &t, int p) { return t.start < p; });
    return int(it - m_tokens.cbegin());
}

int ArticleEvents::wordBefore(int position) const
{
    int before = tokenAt(position) - 1;
    if (before >= 0 && !m_tokens.at(before).isWord() && m_text.at(m_tokens.at(before).start) == u'<') {
        --before;
    }
    return before;
}

bool ArticleEvents::isWordAt(int tokenIndex, QLatin1StringView word) const
{
    return wordAt(tokenIndex).compare(word, Qt::CaseInsensitive) == 0;
}

bool ArticleEvents::timexAt(int position) const
{
    // m_timexes is ordered by start: only the expressions starting at or before the position can hold it. Time
    // expressions do not nest, so the few last of those are all that can; a scan of the article's every expression
    // per word made long articles quadratic.
    auto it = std::upper_bound(m_timexes.cbegin(), m_timexes.cend(), position,
                               [&](int p, int index) { return p < m_article.timexes.at(index).start; });
    for (int steps = 0; it != m_timexes.cbegin() && steps < 4; ++steps) {
        --it;
        if (m_article.timexes.at(*it).span().contains(position)) {
            return true;
        }
    }
    return false;
}

bool ArticleEvents::ownsNamedUnit(const Party &owner, const QList<Party> &parties) const
{
    // The owner's mention ends right before "'s" (or "'" after an s); the unit's name starts right after it.
    const auto mention = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), owner.start,
                                          [](const Mention &m, int position) { return m.start < position; });
    if (mention == m_mentions.cend() || mention->start != owner.start) {
        return false;
    }
    const auto apostrophe = [](QChar c) { return c == u'\'' || c == u'\u2019'; };
    int at = mention->end;
    // "Control Data Corp <CDA>'s": a legal form or a ticker may stand between the name and its "'s".
    static const QRegularExpression between(
        u"(?: (?:Corp|Inc|Ltd|Plc|PLC|Co|AG|SA|NV|Corporation|Incorporated)\\.?| <[^<>]{1,12}>)*"_s);
    at += int(between.match(m_text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                  .capturedLength());
    if (at >= m_text.size() || !apostrophe(m_text.at(at))) {
        return false;
    }
    ++at;
    if (at < m_text.size() && (m_text.at(at) == u's' || m_text.at(at) == u'S')) {
        ++at;
    }
    while (at < m_text.size() && (m_text.at(at) == u' ' || m_text.at(at) == u'<')) {
        ++at;
    }
    const auto unit = std::find_if(parties.cbegin(), parties.cend(), [&](const Party &p) { return p.start == at; });
    if (unit == parties.cend() || unit->name == owner.name) {
        return false;
    }
    // The unit word follows the unit's name within a few words: "MedTec unit", "Trotter Treadmills Inc unit".
    int k = tokenAt(unit->start);
    while (k < m_tokens.size() && insideName(m_tokens.at(k).start)) {
        ++k;
    }
    for (int steps = 0; k < m_tokens.size() && steps < 3; ++k, ++steps) {
        if (m_lexicon.isWord(Cue::BusinessUnit, wordAt(k))) {
            return true;
        }
    }
    return false;
}

bool ArticleEvents::isSpeaker(const Mention &m) const
{
    // "Brad Smith said", "Arthur Mensch, CEO of MistralAI, said": the person speaks, the sentence's event is another's.
    auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), m.end,
                               [](const Token &t, int position) { return t.start < position; });
    int commas = 0;
    for (int steps = 0; it != m_tokens.cend() && steps < 10; ++it, ++steps) {
        if (it->isWord()) {
            if (m_lexicon.isWord(Cue::SpeechVerb, QStringView(m_text).mid(it->start, it->end - it->start))) {
                return true;
            }
            if (commas == 0) {
                return false;
            }
        } else if (it->punct == u',') {
            if (++commas == 2) {
                continue;
            }
        } else {
            return false;
        }
    }
    return false;
}

QList<Party> ArticleEvents::parties(int from, int to, bool affiliationsToo) const
{
    QList<Party> result;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), from,
                               [](const Mention &m, int position) { return m.start < position; });
    for (; it != m_mentions.cend() && it->start < to; ++it) {
        const Entity &e = m_article.entities.at(m_canonical.value(it->entity, it->entity));
        if (excluded(it->start)) {
            continue;
        }
        if (!affiliationsToo && std::any_of(m_affiliations.cbegin(), m_affiliations.cend(),
                                            [&](const TextSpan &s) { return s.contains(it->start); })) {
            continue;
        }
        if (e.type == Entity::Type::Person && isSpeaker(*it)) {
            continue;
        }
        const Entity &named = m_article.entities.at(m_canonical.value(it->entity, it->entity));
        result.append({named.name, named.type, it->start});
    }
    return result;
}

int ArticleEvents::clauseStart(int tokenIndex) const
{
    int i = tokenIndex - 1;
    while (i >= 0 && !isBoundary(m_tokens.at(i))) {
        --i;
    }
    return i + 1;
}

int ArticleEvents::rightEnd(int tokenIndex) const
{
    // The object of a trigger follows it closely: stop at punctuation, a new clause or after eight words
    // (numbers not counted: "$2 billion into the chip designer Initech").
    int words = 0;
    int i = tokenIndex + 1;
    for (; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        if (isRightStop(t)) {
            break;
        }
        if (t.isWord()) {
            if (m_lexicon.isWord(Cue::RightStop, QStringView(m_text).mid(t.start, t.end - t.start))) {
                break;
            }
            if (!m_text.at(t.start).isDigit() && !insideFigure(t.start) && ++words > 8) {
                break;
            }
        }
    }
    return i < m_tokens.size() ? m_tokens.at(i).start : m_sentenceEnd;
}

QString ArticleEvents::quoteSpeaker(int position) const
{
    for (const Quote &q : m_article.quotes) {
        if (q.span().contains(position)) {
            return q.speaker;
        }
    }
    // No quote finder result: the last party named before the opening quotation mark speaks.
    int open = -1;
    for (int i = position - 1; i >= m_sentenceStart; --i) {
        if (isQuoteOpen(m_text.at(i))) {
            open = i;
            break;
        }
    }
    if (open < 0) {
        return {};
    }
    const QList<Party> before = parties(m_sentenceStart, open, true);
    for (auto it = before.crbegin(); it != before.crend(); ++it) {
        if (it->type == Entity::Type::Organisation || it->type == Entity::Type::Person) {
            return it->name;
        }
    }
    return {};
}

QStringList ArticleEvents::resolveLeft(const Match &trigger, int clauseToken) const
{
    const int clausePosition = clauseToken < m_tokens.size() ? m_tokens.at(clauseToken).start : trigger.start;
    const auto cueIn = [&](Cue cue) {
        return std::find_if(m_matches.cbegin(), m_matches.cend(), [&](const Match &m) {
            return m.cue == cue && m.first >= clauseToken && m.last < trigger.first && !excluded(m.start);
        });
    };
    const auto isActor = [](const Party &p) {
        return p.type == Entity::Type::Organisation || p.type == Entity::Type::Person;
    };
    if (auto rel = cueIn(Cue::RelativePronoun); rel != m_matches.cend() && rel->first == clauseToken) {
        const QList<Party> before = parties(m_sentenceStart, clausePosition);
        for (auto it = before.crbegin(); it != before.crend(); ++it) {
            if (isActor(*it)) {
                return {it->name};
            }
        }
    }
    if (cueIn(Cue::GroupPronoun) != m_matches.cend()) {
        return m_lastGroup;
    }
    if (cueIn(Cue::SpeakerPronoun) != m_matches.cend()) {
        const QString speaker = quoteSpeaker(trigger.start);
        return speaker.isEmpty() ? QStringList() : QStringList{speaker};
    }
    if (const auto pronoun = cueIn(Cue::Pronoun); pronoun != m_matches.cend()) {
        // "Sosnoff said his bid for Caesars": "his" and "her" are the person last named, though he speaks.
        if (isWordAt(pronoun->first, "his"_L1) || isWordAt(pronoun->first, "her"_L1)) {
            QString person;
            auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), m_sentenceStart,
                                       [](const Mention &m, int position) { return m.start < position; });
            for (; it != m_mentions.cend() && it->start < pronoun->start; ++it) {
                if (m_article.entities.at(it->entity).type == Entity::Type::Person) {
                    person = m_article.entities.at(it->entity).name;
                }
            }
            if (!person.isEmpty()) {
                return {person};
            }
        }
        for (const Party &p : parties(m_sentenceStart, clausePosition)) {
            if (p.type == Entity::Type::Organisation) {
                return {p.name};
            }
        }
        return m_lastSubject.isEmpty() ? QStringList() : QStringList{m_lastSubject};
    }
    // "Globex, which invested in Initech in 2021, partnered with...": the verb's subject opens the sentence.
    int words = 0;
    for (int i = clauseToken; i < trigger.first; ++i) {
        words += m_tokens.at(i).isWord() ? 1 : 0;
    }
    if (clauseToken > 0 && words <= 2) {
        for (const Party &p : parties(m_sentenceStart, clausePosition)) {
            if (isActor(p)) {
                return {p.name};
            }
        }
    }
    return {};
}

bool ArticleEvents::hedged(const Match &trigger) const
{
    // "did not buy", "has not yet agreed to acquire": a negation a few words before the trigger denies it; "does not
    // see any problems with its bid" denies something else.
    for (int i = std::max(0, trigger.first - 4); i < trigger.first; ++i) {
        if (isClauseEnd(m_tokens.at(i))) {
            continue;
        }
        if (m_lexicon.isWord(Cue::NearHedge, wordAt(i))) {
            bool broken = false;
            for (int j = i + 1; j < trigger.first; ++j) {
                broken = broken || isClauseEnd(m_tokens.at(j));
            }
            if (!broken) {
                return true;
            }
        }
    }
    // A hedge earlier in the same clause makes the event hypothetical, expected or denied.
    return std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &m) {
        if (m.cue != Cue::Hedge || m.last >= trigger.first) {
            return false;
        }
        // "Globex said on Monday it would buy Initech": the company told of its own deal.
        const bool reported = std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &r) {
            if (r.cue != Cue::ReportedFuture || r.last != m.last) {
                return false;
            }
            for (int i = std::max(0, r.first - 4); i < r.first; ++i) {
                if (m_lexicon.isWord(Cue::SpeechVerb, wordAt(i))) {
                    return true;
                }
            }
            return false;
        });
        if (reported) {
            return false;
        }
        for (int i = m.last + 1; i < trigger.first; ++i) {
            if (isClauseEnd(m_tokens.at(i))) {
                return false;
            }
        }
        return true;
    });
}

bool ArticleEvents::hedgedDate(int position) const
{
    // "is expected to close next year": the date of something hoped for dates no event of the sentence.
    const auto at =
        std::find_if(m_tokens.cbegin(), m_tokens.cend(), [&](const Token &t) { return t.start >= position; });
    const int first = int(at - m_tokens.cbegin());
    return std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &m) {
        if (m.cue != Cue::Hedge || m.last >= first) {
            return false;
        }
        for (int i = m.last + 1; i < first; ++i) {
            if (isClauseEnd(m_tokens.at(i))) {
                return false;
            }
        }
        return true;
    });
}

bool ArticleEvents::triggerBetween(int from, int to, Event::Type type, bool sameType) const
{
    return std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &m) {
        return m.cue == Cue::Trigger && m.start >= from && m.start < to && (m.type == type) == sameType;
    });
}

QString ArticleEvents::describedCompany(const Match &trigger, const QStringList &doers) const
{
    // "agreed to buy Initech, valuing the software maker at", "values it at": a descriptor or pronoun right after
    // the verb is its object, the company last named before it, else the target of the last deal reported.
    // "invested $2 billion in the startup", "a stake in it": also after "in" or "into" in the verb's object phrase.
    const int end = rightEnd(trigger.last);
    const bool object = std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &m) {
        if (m.cue != Cue::Pronoun || m.first <= trigger.last || m.start >= end) {
            return false;
        }
        const QStringView before = wordAt(m.first - 1);
        return m.first == trigger.last + 1 || before.compare("in"_L1, Qt::CaseInsensitive) == 0 ||
               before.compare("into"_L1, Qt::CaseInsensitive) == 0;
    });
    if (!object) {
        return {};
    }
    if (!m_sentenceTarget.isEmpty() && !doers.contains(m_sentenceTarget)) {
        return m_sentenceTarget;
    }
    const QList<Party> before = parties(m_sentenceStart, trigger.start);
    for (auto it = before.crbegin(); it != before.crend(); ++it) {
        if (it->type == Entity::Type::Organisation && !doers.contains(it->name)) {
            return it->name;
        }
    }
    return m_lastTarget.isEmpty() ? m_lastSubject : m_lastTarget;
}

QString ArticleEvents::lastDealTarget() const
{
    for (const EventParty &p : m_lastDeal) {
        if (p.role == Role::Target) {
            return p.name;
        }
    }
    return {};
}

bool ArticleEvents::isRegulator(const QString &name) const
{
    // "Securities and Exchange Commission", "Federal Reserve Board", "the Bank Board": named for what they oversee;
    // "Department of Transportation", "Ministry of Trade": the same word first, before "of".
    const qsizetype space = name.lastIndexOf(u' ');
    const qsizetype of = name.indexOf(u" of "_s);
    return m_lexicon.isWord(Cue::RegulatorName, name) ||
           (space > 0 && m_lexicon.isWord(Cue::RegulatorWord, QStringView(name).mid(space + 1))) ||
           (of > 0 && !QStringView(name).left(of).contains(u' ') &&
            m_lexicon.isWord(Cue::RegulatorWord, QStringView(name).left(of)));
}

bool ArticleEvents::insideFigure(int position) const
{
    for (int k = m_figureCursor; k < m_figures.size(); ++k) {
        const MoneyFigure &f = m_article.figures.at(m_figures.at(k));
        if (f.start > position) {
            break;
        }
        if (f.end > position) {
            return true;
        }
    }
    return false;
}

bool ArticleEvents::stakeObject(int from, int to, bool *whole) const
{
    // "bought 2.55 mln common shares", "raised its holding in", "purchased the 19.9 pct parcel": a share of a company
    // changes hands; "all outstanding shares", "the remaining shares": the whole company does.
    if (whole) {
        *whole = false;
    }
    for (int i = tokenAt(from); i < m_tokens.size() && m_tokens.at(i).start < to; ++i) {
        // "for 57 mln dlrs worth of common stock": what was paid, not what was bought ("an offer for 22 pct of":
        // right after the trigger, "for" names what is bought).
        if ((i > tokenAt(from) && isWordAt(i, "for"_L1)) || isWordAt(i, "with"_L1) || isWordAt(i, "at"_L1) ||
            isWordAt(i, "through"_L1) || isWordAt(i, "worth"_L1)) {
            break;
        }
        if (!m_lexicon.isWord(Cue::StakeWord, wordAt(i)) || insideName(m_tokens.at(i).start)) {
            continue;
        }
        for (int j = std::max(tokenAt(from), i - 4); j < i; ++j) {
            if (isWordAt(j, "all"_L1) || isWordAt(j, "outstanding"_L1) || isWordAt(j, "remaining"_L1) ||
                isWordAt(j, "rest"_L1)) {
                if (whole) {
                    *whole = true;
                }
                return false;
            }
        }
        return true;
    }
    return false;
}

bool ArticleEvents::possessiveAt(int start) const
{
    // "Waste Management Inc's tender offer", "Globex's purchase": the name owns what follows.
    const auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), start,
                                     [](const Mention &m, int position) { return m.start < position; });
    if (it == m_mentions.cend() || it->start != start) {
        return false;
    }
    const QStringView rest = QStringView(m_text).mid(it->end, std::min<qsizetype>(16, m_text.size() - it->end));
    const auto ownedAt = [&](qsizetype i) {
        return i + 1 < rest.size() && (rest.at(i) == u'\'' || rest.at(i) == u'\u2019') && rest.at(i + 1) == u's' &&
               (i + 2 == rest.size() || !rest.at(i + 2).isLetter());
    };
    if (ownedAt(0)) {
        return true;
    }
    if (rest.isEmpty() || rest.at(0) != u' ') {
        return false;
    }
    qsizetype i = 1;
    while (i < rest.size() && (rest.at(i).isLetter() || rest.at(i) == u'.')) {
        ++i;
    }
    return i > 1 && ownedAt(i);
}

bool ArticleEvents::goodsObject(int from, int to) const
{
    // "sold 1,503 tonnes of wheat": a quantity of goods, not a business.
    for (int i = tokenAt(from) + 1; i < m_tokens.size() && m_tokens.at(i).start < to; ++i) {
        if (!m_lexicon.isWord(Cue::GoodsUnit, wordAt(i))) {
            continue;
        }
        const QStringView before = wordAt(i - 1);
        if (!before.isEmpty() &&
            (before.front().isDigit() || isWordAt(i - 1, "mln"_L1) || isWordAt(i - 1, "million"_L1) ||
             isWordAt(i - 1, "thousand"_L1) || isWordAt(i - 1, "bln"_L1) || isWordAt(i - 1, "billion"_L1))) {
            return true;
        }
    }
    return false;
}

void ArticleEvents::canonicalNames()
{
    // "Dairy Farm" after "Dairy Farm International Holdings Ltd", "Lex" after "Lex Service Plc": one company, named
    // short once it was named in full; not when the short name carries a company ending of its own ("Gates Corp"
    // beside "Gates Learjet": a parent and its subsidiary).
    const QList<Entity> &entities = m_article.entities;
    QList<int> firstMention(entities.size(), INT_MAX);
    for (const Mention &m : m_mentions) {
        firstMention[m.entity] = std::min(firstMention.at(m.entity), m.start);
    }
    for (int a = 0; a < entities.size(); ++a) {
        const Entity &shortName = entities.at(a);
        // "Dairy Farm said" read as a person's name is the company too; "Charles Schwab" beside "Charles Schwab and
        // Co" is its founder.
        if (shortName.type != Entity::Type::Organisation &&
            (shortName.type != Entity::Type::Person ||
             firstNames().contains(shortName.name.section(u' ', 0, 0).toLower()))) {
            continue;
        }
        const qsizetype size = shortName.name.size();
        int best = -1;
        for (int b = 0; b < entities.size(); ++b) {
            const QString &name = entities.at(b).name;
            if (b == a || entities.at(b).type != Entity::Type::Organisation || name.size() <= size + 1 ||
                !name.startsWith(shortName.name) || (name.at(size) != u' ' && name.at(size) != u'\'') ||
                firstMention.at(b) > firstMention.at(a)) {
                continue;
            }
            if (best < 0 || firstMention.at(b) < firstMention.at(best)) {
                best = b;
            }
        }
        if (best < 0) {
            continue;
        }
        bool own = false;
        for (const TextSpan &span : shortName.mentions) {
            int i = span.end;
            while (i < m_text.size() && m_text.at(i) == u' ') {
                ++i;
            }
            int j = i;
            while (j < m_text.size() && m_text.at(j).isLetter()) {
                ++j;
            }
            own = own || (j > i && organisationSuffixes().contains(m_text.mid(i, j - i).toLower()));
        }
        if (!own) {
            m_canonical.insert(a, best);
        }
    }
}

void ArticleEvents::adoptBuyers()
{
    // Both passes look for the first other report (in the article's order) that tells the same deal with what this one
    // lacks. The reports that qualify are indexed by what identifies the deal, kept in order and updated as reports
    // take on a buyer or a date, so a long article is not quadratic in its reports; the choices are the same as a scan.
    const auto firstOther = [](const QList<int> &indices, int self) {
        for (const int index : indices) {
            if (index != self) {
                return index;
            }
        }
        return -1;
    };
    const auto addSorted = [](QList<int> &indices, int index) {
        indices.insert(std::lower_bound(indices.begin(), indices.end(), index) - indices.begin(), index);
    };
    const auto rolesOf = [](Event::Type type) {
        return type == Event::Type::Acquisition ? std::pair{Role::Buyer, Role::Target}
                                                : std::pair{Role::Investor, Role::Investee};
    };
    const auto hasRole = [](const EventMention &m, Role role) {
        return std::any_of(m.parties.cbegin(), m.parties.cend(), [&](const EventParty &p) { return p.role == role; });
    };
    const auto targetKey = [](Event::Type type, const QString &name) -> QString {
        return QString::number(int(type)) + u'\x1f' + name;
    };

    // "The purchase of Orbanco will be effective in 30 days": a later stage of a deal the story told with its buyer.
    // "Sanwa will purchase the shares from IFC": the same for a stake whose buyer the sentence does not name.
    QHash<QString, QList<int>> withBuyer;
    const auto indexBuyer = [&](int index) {
        const EventMention &m = m_result.at(index);
        const Role buyerRole = rolesOf(m.type).first;
        const Role targetRole = rolesOf(m.type).second;
        if (!hasRole(m, buyerRole)) {
            return;
        }
        for (const EventParty &p : m.parties) {
            if (p.role == targetRole) {
                QList<int> &indices = withBuyer[targetKey(m.type, p.name)];
                if (!indices.contains(index)) {
                    addSorted(indices, index);
                }
            }
        }
    };
    for (int i = 0; i < m_result.size(); ++i) {
        const Event::Type type = m_result.at(i).type;
        if (type == Event::Type::Acquisition || type == Event::Type::Investment) {
            indexBuyer(i);
        }
    }
    for (int i = 0; i < m_result.size(); ++i) {
        EventMention &m = m_result[i];
        if ((m.type != Event::Type::Acquisition && m.type != Event::Type::Investment) || m.merger) {
            continue;
        }
        const Role buyerRole = rolesOf(m.type).first;
        const Role targetRole = rolesOf(m.type).second;
        const auto target = std::find_if(m.parties.cbegin(), m.parties.cend(),
                                         [&](const EventParty &p) { return p.role == targetRole; });
        if (hasRole(m, buyerRole) || target == m.parties.cend()) {
            continue;
        }
        const int other = firstOther(withBuyer.value(targetKey(m.type, target->name)), i);
        if (other < 0) {
            continue;
        }
        const EventMention &source = m_result.at(other);
        const EventParty otherBuyer = *std::find_if(source.parties.cbegin(), source.parties.cend(),
                                                    [&](const EventParty &p) { return p.role == buyerRole; });
        m.parties.append(otherBuyer);
        m.parties = EventParty::ordered(m.parties);
        m.actors.clear();
        for (const EventParty &p : m.parties) {
            m.actors.append(p.name);
        }
        m.keyActors = keyNames(m.parties);
        indexBuyer(i);
    }

    // "Last week, Globex made a tender offer for Initech ... Initech rejected Globex's offer": one deal told in
    // stages; an undated stage of the story's news takes the date the text gives the deal.
    const auto dealKey = [](const EventMention &m) -> QString {
        return QString::number(int(m.type)) + u'\x1f' + m.keyActors.join(u'\x1f');
    };
    const auto datedMain = [](const EventMention &m) {
        return m.dateBasis == Event::DateBasis::Text && m.salience == Event::Salience::Main;
    };
    QHash<QString, QList<int>> dated;
    for (int i = 0; i < m_result.size(); ++i) {
        if (datedMain(m_result.at(i))) {
            dated[dealKey(m_result.at(i))].append(i);
        }
    }
    for (int i = 0; i < m_result.size(); ++i) {
        EventMention &m = m_result[i];
        if (m.dateBasis != Event::DateBasis::Published || m.salience != Event::Salience::Main) {
            continue;
        }
        const QString key = dealKey(m);
        const int other = firstOther(dated.value(key), i);
        if (other < 0) {
            continue;
        }
        const EventMention &source = m_result.at(other);
        m.date = source.date;
        m.precision = source.precision;
        m.dateBasis = source.dateBasis;
        m.onOrBefore = source.onOrBefore;
        addSorted(dated[key], i);
    }
}

void ArticleEvents::fillActors(Candidate &c) const
{
    const auto isActor = [](const Party &p) {
        return p.type == Entity::Type::Organisation || p.type == Entity::Type::Person;
    };
    const auto addUnique = [](QStringList &list, const QString &name) {
        if (!name.isEmpty() && !list.contains(name)) {
            list.append(name);
        }
    };
    for (const Match &t : c.triggers) {
        int clauseToken = clauseStart(t.first);
        for (int opener : m_subjectClauses) {
            if (opener > clauseToken && opener < t.first) {
                clauseToken = opener;
            }
        }
        const int clausePosition = clauseToken < m_tokens.size() ? m_tokens.at(clauseToken).start : t.start;
        QList<Party> left;
        for (const Party &p : parties(clausePosition, t.start)) {
            if (isActor(p)) {
                left.append(p);
            }
        }
        // "agreed to take control of Shaw's through share purchases and a tender offer": a party after an earlier
        // trigger of the clause is that trigger's object, not the subject of this one.
        if (const Match &first = c.triggers.constFirst(); first.start < t.start && clausePosition <= first.start) {
            left.removeIf([&](const Party &p) { return p.start > first.start; });
        }
        QStringList leftNames;
        for (const Party &p : left) {
            addUnique(leftNames, p.name);
        }
        // "9.8 pct of Marlowe's stock, which it bought last week from Crestline": the relative pronoun is the
        // object, "it" the subject (the company the sentence opened with), the stake the antecedent.
        bool antecedentStake = false;
        QList<Party> antecedents;
        if (left.isEmpty() && clauseToken > 0 && clauseToken + 1 < t.first &&
            (isWordAt(clauseToken, "which"_L1) || isWordAt(clauseToken, "that"_L1)) &&
            (isWordAt(clauseToken + 1, "it"_L1) || isWordAt(clauseToken + 1, "they"_L1))) {
            const QList<Party> before = parties(m_sentenceStart, clausePosition);
            const auto subject = std::find_if(before.cbegin(), before.cend(),
                                              [](const Party &p) { return p.type == Entity::Type::Organisation; });
            const auto antecedent = std::find_if(before.crbegin(), before.crend(),
                                                 [](const Party &p) { return p.type == Entity::Type::Organisation; });
            // "Halverson said it already holds ...": a name the finder did not take is the company last spoken of.
            const QString subjectName =
                subject != before.cend() && antecedent != before.crend() && subject->name != antecedent->name
                    ? subject->name
                    : m_lastSubject;
            // The company last spoken of is the stake's own: "it" is then the buyer of the story's deal.
            QString dealBuyer;
            for (const EventParty &p : m_lastDeal) {
                dealBuyer = dealBuyer.isEmpty() && p.role == Role::Buyer ? p.name : dealBuyer;
            }
            const QString doer =
                antecedent != before.crend() && subjectName == antecedent->name ? dealBuyer : subjectName;
            if (antecedent != before.crend() && !doer.isEmpty() && doer != antecedent->name) {
                leftNames = {doer};
                antecedents.append(*antecedent);
                antecedentStake = stakeObject(m_tokens.at(clauseStart(clauseToken - 1)).start, clausePosition);
            }
        }
        if (leftNames.isEmpty()) {
            leftNames = resolveLeft(t, clauseToken);
        }
        if (c.subject.isEmpty() && !leftNames.isEmpty() &&
            m_types.value(leftNames.constFirst()) == Entity::Type::Organisation) {
            c.subject = leftNames.constFirst();
        }
        const int end = rightEnd(t.last);
        QList<Party> right = antecedents;
        for (const Party &p : parties(t.end, end)) {
            if (isActor(p)) {
                right.append(p);
            }
        }
        // Places and launched products may sit past the object phrase, up to the clause end.
        int clauseEnd = m_sentenceEnd;
        for (int i = t.last + 1; i < m_tokens.size(); ++i) {
            if (isClauseEnd(m_tokens.at(i)) && m_tokens.at(i).start > end) {
                clauseEnd = m_tokens.at(i).start;
                break;
            }
        }
        for (const Party &p : parties(t.end, clauseEnd)) {
            if (p.type == Entity::Type::Location) {
                addUnique(c.places, p.name);
            }
        }

        // "told the Securities and Exchange Commission it has acquired", "the Bank Board approved the acquisition":
        // a regulator, court or exchange is a party of regulatory news only, never of a deal.
        if (c.type != Event::Type::Regulatory) {
            leftNames.removeIf([&](const QString &name) { return isRegulator(name); });
            left.removeIf([&](const Party &p) { return isRegulator(p.name); });
            right.removeIf([&](const Party &p) { return isRegulator(p.name); });
        }
        switch (c.type) {
        case Event::Type::Valuation: {
            // "in a deal valued at $4.5 billion": the figure is the deal's price, which the deal's event takes.
            if (m_lexicon.isWord(Cue::DealNoun, wordAt(t.first - 1)) &&
                (wordAt(t.last).compare("at"_L1, Qt::CaseInsensitive) == 0 ||
                 wordAt(t.last + 1).compare("at"_L1, Qt::CaseInsensitive) == 0)) {
                c.rejected = true;
                break;
            }
            // "The offer values each Horizon share at 190p", "values TMOC shares at 4.75 dlrs each": a price of one
            // share, which the deal keeps, not what the company is worth.
            bool perShare = false;
            for (int i = t.last + 1; i < m_tokens.size() && m_tokens.at(i).start < end && !perShare; ++i) {
                perShare = isWordAt(i, "share"_L1) || isWordAt(i, "shares"_L1) || isWordAt(i, "each"_L1);
            }
            if (perShare) {
                c.rejected = true;
                break;
            }
            QString valued = right.isEmpty() ? describedCompany(t) : QString();
            for (const Party &p : right) {
                if (p.type == Entity::Type::Organisation) {
                    valued = p.name;
                    break;
                }
            }
            for (auto it = left.crbegin(); valued.isEmpty() && it != left.crend(); ++it) {
                if (it->type == Entity::Type::Organisation) {
                    valued = it->name;
                }
            }
            if (valued.isEmpty() && !leftNames.isEmpty() && left.isEmpty()) {
                valued = leftNames.constFirst();
            }
            if (valued.isEmpty()) {
                // "Valued at 2 billion euros, MistralAI is...": the clause it opens is about the next organisation.
                for (const Party &p : parties(t.end, m_sentenceEnd)) {
                    if (p.type == Entity::Type::Organisation) {
                        valued = p.name;
                        break;
                    }
                }
            }
            // "The deal values Initech at $3 billion": the price of the deal told just before.
            if (!valued.isEmpty() && lastDealTarget() == valued && parties(m_sentenceStart, t.start).isEmpty()) {
                bool dealSubject = false;
                for (int i = 0; i < std::min<int>(3, t.first); ++i) {
                    dealSubject = dealSubject || m_lexicon.isWord(Cue::DealNoun, wordAt(i));
                }
                if (dealSubject) {
                    c.type = Event::Type::Acquisition;
                    for (const EventParty &p : m_lastDeal) {
                        c.add(p.name, p.role);
                    }
                    break;
                }
            }
            c.add(valued, Role::Valued);
            break;
        }
        case Event::Type::Launch: {
            const QStringView before = wordAt(t.first - 1);
            // "figures released by", "a report released": what was released is no product.
            if (m_lexicon.isWord(Cue::NonProduct, before)) {
                c.rejected = true;
                break;
            }
            // "its launch", "the release": a noun, which names its product only with "of".
            int objectToken = t.last + 1;
            if (m_lexicon.isWord(Cue::LaunchObjectSkip, before) ||
                before.compare("this"_L1, Qt::CaseInsensitive) == 0) {
                if (wordAt(t.last + 1).compare("of"_L1, Qt::CaseInsensitive) != 0) {
                    c.rejected = true;
                    break;
                }
                ++objectToken;
            }
            QStringList launchers = leftNames;
            if (launchers.isEmpty()) {
                for (const Party &p : right) {
                    addUnique(launchers, p.name);
                }
            }
            // "Apple CEO Steve Jobs unveiled": the company launches, its chief presents.
            const bool company = std::any_of(launchers.cbegin(), launchers.cend(), [&](const QString &name) {
                return m_types.value(name) == Entity::Type::Organisation;
            });
            for (const QString &name : launchers) {
                if (!company || m_types.value(name) == Entity::Type::Organisation) {
                    c.add(name, Role::Other);
                }
            }
            QString object;
            const int objectStart = objectToken < m_tokens.size() ? m_tokens.at(objectToken).start : m_sentenceEnd;
            // "launched a takeover bid", "launched an investigation": what was launched is another kind of event.
            if (triggerBetween(objectStart, end, Event::Type::Launch, false)) {
                c.rejected = true;
                break;
            }
            for (const Party &p : parties(objectStart, m_sentenceEnd)) {
                if (p.type == Entity::Type::Product) {
                    object = p.name;
                    break;
                }
            }
            if (object.isEmpty() && m_lexicon.isWord(Cue::Auxiliary, before)) {
                // "the original iPhone was released": the product comes first.
                for (const Party &p : parties(clausePosition, t.start)) {
                    if (p.type == Entity::Type::Product) {
                        object = p.name;
                    }
                }
            }
            if (object.isEmpty()) {
                QStringList words;
                for (int i = objectToken; i < m_tokens.size() && m_tokens.at(i).start < end; ++i) {
                    const QStringView w = wordAt(i);
                    if (w.isEmpty() || (words.isEmpty() && m_lexicon.isWord(Cue::LaunchObjectSkip, w))) {
                        continue;
                    }
                    if (m_lexicon.isWord(Cue::ObjectEnd, w) || timexAt(m_tokens.at(i).start) ||
                        (words.isEmpty() && m_lexicon.isWord(Cue::NonProduct, w))) {
                        break;
                    }
                    words.append(w.toString());
                }
                object = words.join(u' ');
            }
            if (object.isEmpty()) {
                c.rejected = true;
            } else if (c.object.isEmpty()) {
                c.object = object;
            }
            break;
        }
        case Event::Type::Acquisition:
        case Event::Type::Announcement: {
            // "shares fell on the announcement": a noun after "the" refers back to news already told.
            if (c.type == Event::Type::Announcement && t.first > 0 &&
                m_lexicon.isWord(Cue::BackReference, wordAt(t.first - 1))) {
                c.rejected = true;
                break;
            }
            // "The Schwab announcement said": the announcement speaks, it is no news of its own.
            if (c.type == Event::Type::Announcement && m_lexicon.isWord(Cue::SpeechVerb, wordAt(t.last + 1))) {
                c.rejected = true;
                break;
            }
            // "at the date of the acquisition", "the merger would": a deal already told, not a new one; a deal told
            // anew names what it is of ("the acquisition of Orbanco").
            if (c.type == Event::Type::Acquisition && t.first == t.last && t.first > 0 &&
                m_lexicon.isWord(Cue::DealNoun, wordAt(t.first)) &&
                m_lexicon.isWord(Cue::BackReference, wordAt(t.first - 1))) {
                const QStringView next = wordAt(t.last + 1);
                static const QStringList links{u"of"_s, u"by"_s, u"from"_s, u"for"_s, u"to"_s, u"with"_s};
                if (std::none_of(links.cbegin(), links.cend(),
                                 [&](const QString &w) { return next.compare(w, Qt::CaseInsensitive) == 0; })) {
                    c.rejected = true;
                    break;
                }
            }
            // "will pay 630 mln dlrs for the corn business of CPC", "paid $35 a share for Initech": the subject buys
            // what follows "for"; paying without a company bought ("pay a dividend") is no deal.
            if (c.type == Event::Type::Acquisition &&
                (isWordAt(t.first, "pay"_L1) || isWordAt(t.first, "pays"_L1) || isWordAt(t.first, "paid"_L1) ||
                 isWordAt(t.first, "paying"_L1))) {
                QString bought;
                // "assets targeted for sale to pay for the acquisition": a purpose, not a payment made.
                static const QStringList promises{u"agreed"_s, u"agree"_s, u"agrees"_s,   u"offered"_s,
                                                  u"offers"_s, u"offer"_s, u"undertook"_s};
                const bool purpose = isWordAt(t.first - 1, "to"_L1) &&
                                     std::none_of(promises.cbegin(), promises.cend(), [&](const QString &w) {
                                         return wordAt(t.first - 2).compare(w, Qt::CaseInsensitive) == 0;
                                     });
                if (!purpose && !m_lexicon.isWord(Cue::Auxiliary, wordAt(t.first - 1))) {
                    for (int i = t.last + 1; i < m_tokens.size() && m_tokens.at(i).start < clauseEnd; ++i) {
                        if (!isWordAt(i, "for"_L1)) {
                            continue;
                        }
                        for (const Party &p : parties(m_tokens.at(i).end, rightEnd(i))) {
                            if (p.type == Entity::Type::Organisation && !leftNames.contains(p.name)) {
                                bought = p.name;
                                break;
                            }
                        }
                        break;
                    }
                }
                if (bought.isEmpty() || leftNames.isEmpty()) {
                    c.rejected = true;
                    break;
                }
                for (const QString &name : leftNames) {
                    c.add(name, Role::Buyer);
                }
                c.add(bought, Role::Target);
                break;
            }
            // "bought a minority stake in Umbrella": a share of the company changed hands, an investment.
            if (c.type == Event::Type::Acquisition &&
                triggerBetween(t.end, right.isEmpty() ? end : right.constFirst().start, Event::Type::Investment,
                               true)) {
                c.rejected = true;
                break;
            }
            if (c.type == Event::Type::Acquisition && m_lexicon.isWord(Cue::MergerWord, wordAt(t.first))) {
                c.merger = true;
            }
            // "sold its tyre unit to Condere", "the sale of Heublein to Grand Metropolitan": the subject sells, the
            // party after "to" buys, a company named before "to" is what was sold.
            if (c.type == Event::Type::Acquisition && m_lexicon.isWord(Cue::SaleVerb, wordAt(t.first))) {
                // "Heublein was sold by RJR to Grand Met", "the stake in Moulinex sold by Scovill": passive, with or
                // without "was"; the party after "by" sells and what stands before the verb was sold.
                const bool byAgent = isWordAt(t.last + 1, "by"_L1);
                const bool soldPassive = byAgent || (m_lexicon.isWord(Cue::Auxiliary, wordAt(t.first - 1)) &&
                                                     !wordAt(t.first).endsWith("ing"_L1, Qt::CaseInsensitive));
                int to = -1;
                for (int i = t.first + 1; i < m_tokens.size() && m_tokens.at(i).start < clauseEnd; ++i) {
                    if (isWordAt(i, "to"_L1)) {
                        to = i;
                        break;
                    }
                }
                const int toPosition = to >= 0 ? m_tokens.at(to).start : clauseEnd;
                QString agent;
                for (int i = t.last + 1; soldPassive && i < m_tokens.size() && m_tokens.at(i).start < toPosition; ++i) {
                    if (!isWordAt(i, "by"_L1)) {
                        continue;
                    }
                    for (const Party &p : parties(m_tokens.at(i).end, toPosition)) {
                        if ((p.type == Entity::Type::Organisation || p.type == Entity::Type::Person) &&
                            !isRegulator(p.name)) {
                            agent = p.name;
                        }
                        break;
                    }
                    break;
                }
                QString buyer;
                if (to >= 0) {
                    for (const Party &p : parties(m_tokens.at(to).end, clauseEnd)) {
                        if (p.type == Entity::Type::Organisation || p.type == Entity::Type::Person) {
                            if (!isRegulator(p.name)) {
                                buyer = p.name;
                            }
                            break;
                        }
                    }
                }
                // "the sale to Dillard of its Joske's stores": what was sold follows the buyer.
                const bool buyerFirst = to == t.last;
                QStringList sold;
                for (const Party &p : parties(t.end, buyerFirst ? clauseEnd : toPosition)) {
                    if (p.type == Entity::Type::Organisation && p.name != buyer && p.name != agent &&
                        !isRegulator(p.name)) {
                        addUnique(sold, p.name);
                    }
                }
                if (soldPassive) {
                    for (const QString &name : leftNames) {
                        addUnique(sold, name);
                    }
                    // "Acme's unit was sold by Acme": the seller is not also what was sold.
                    if (sold.size() > 1) {
                        sold.removeAll(agent);
                    }
                }
                // "sold its tyre unit", "agreed to sell most of its stores": a business of the seller's own.
                bool own = false;
                for (int i = t.last + 1; i < m_tokens.size() && m_tokens.at(i).start < (buyerFirst ? end : toPosition);
                     ++i) {
                    own = own || m_lexicon.isWord(Cue::Possessive, wordAt(i));
                }
                // "sold 1,503 tonnes of wheat to Ruritania": goods, no deal.
                if (goodsObject(t.end, buyerFirst ? clauseEnd : toPosition)) {
                    c.rejected = true;
                    break;
                }
                // "sold 4.6 mln shares of UNC", "sell its shares to a partnership": a stake changes hands.
                // "The 20 pct stake in Moulinex sold by Scovill": in the passive, what was sold stands before the verb.
                const bool stake = stakeObject(t.end, buyerFirst ? clauseEnd : toPosition) ||
                                   (byAgent && stakeObject(clausePosition, t.start));
                if (stake && &t != &c.triggers.constFirst()) {
                    break;
                }
                if (stake) {
                    c.type = Event::Type::Investment;
                }
                for (const QString &name : sold) {
                    c.add(name, stake ? Role::Investee : Role::Target);
                }
                // "signed agreements with Condere for the sale of its plant": the party the seller signed with buys.
                QStringList sellers = leftNames;
                for (const Party &p : left) {
                    if (buyer.isEmpty() && isWordAt(t.first, "sale"_L1) && isWordAt(wordBefore(p.start), "with"_L1)) {
                        buyer = p.name;
                        sellers.removeAll(p.name);
                    }
                }
                // "sold 1,500 tonnes of sugar to Ruritania": no company and nothing of the seller's own, no deal;
                // "teamed up to sell its software": nothing of its own sold to anyone named, no deal either.
                if (sold.isEmpty() && (!own || buyer.isEmpty())) {
                    c.rejected = true;
                    break;
                }
                c.add(buyer, stake ? Role::Investor : Role::Buyer);
                if (!soldPassive) {
                    for (const QString &name : sellers) {
                        c.add(name, Role::Seller);
                    }
                } else if (!agent.isEmpty() && !sold.contains(agent)) {
                    c.add(agent, Role::Seller);
                }
                break;
            }
            // "an offer from Hanson", "the acquisition of South Bay by Standard Pacific": after a deal noun, the
            // party after "from" or "by" bids and the subject ("Ajax received an offer from Hanson") is the target.
            // "will purchase the shares from IFC", "to bid for": a verb, whatever else the word can be.
            const QStringView beforeTrigger = wordAt(t.first - 1);
            static const QStringList verbMarks{u"to"_s, u"will"_s, u"would"_s, u"shall"_s, u"can"_s, u"must"_s};
            const bool verbUse = std::any_of(verbMarks.cbegin(), verbMarks.cend(), [&](const QString &w) {
                return beforeTrigger.compare(w, Qt::CaseInsensitive) == 0;
            });
            const bool dealNoun =
                !verbUse && (m_lexicon.isWord(Cue::DealNoun, wordAt(t.first)) ||
                             m_lexicon.isWord(Cue::DealNoun, wordAt(t.last)) || isWordAt(t.last, "from"_L1));
            if (c.type == Event::Type::Acquisition && dealNoun) {
                QStringList bidders;
                for (const Party &p : right) {
                    const int before = wordBefore(p.start);
                    if (isWordAt(before, "from"_L1) || isWordAt(before, "by"_L1)) {
                        addUnique(bidders, p.name);
                    }
                }
                // "rejected Waste Management Inc's tender offer": the name owning the offer bids.
                if (bidders.isEmpty() && !left.isEmpty() && possessiveAt(left.constLast().start)) {
                    bidders.append(left.constLast().name);
                }
                // "the acquisition of South Bay S and L, a 62.5 mln dlr association, by Standard Pacific": the
                // bidder may follow a description of the target.
                if (bidders.isEmpty() && !right.isEmpty() && leftNames.isEmpty()) {
                    for (const Party &p : parties(end, m_sentenceEnd)) {
                        if (isActor(p) && !isRegulator(p.name) && isWordAt(wordBefore(p.start), "by"_L1)) {
                            addUnique(bidders, p.name);
                            break;
                        }
                    }
                }
                if (!bidders.isEmpty()) {
                    for (const QString &name : bidders) {
                        c.add(name, Role::Buyer);
                    }
                    right.removeIf([&](const Party &p) { return bidders.contains(p.name); });
                    for (const Party &p : right) {
                        c.add(p.name, Role::Target);
                    }
                    if (right.isEmpty()) {
                        for (const QString &name : leftNames) {
                            c.add(name, Role::Target);
                        }
                    }
                    break;
                }
            }
            // "apps have been purchased from Apple", "the results were announced at the exchange": passive without
            // "by" names no buyer and no announcer.
            // "was bidding for": a verb in -ing after "was" is no passive.
            const bool passive = m_lexicon.isWord(Cue::Auxiliary, wordAt(t.first - 1)) &&
                                 !wordAt(t.first).endsWith("ing"_L1, Qt::CaseInsensitive);
            if (passive) {
                bool by = false;
                for (int i = t.last + 1; i < m_tokens.size() && m_tokens.at(i).start < end; ++i) {
                    by = by || wordAt(i).compare("by"_L1, Qt::CaseInsensitive) == 0;
                }
                if (!by) {
                    c.rejected = true;
                    break;
                }
                // "Initech was acquired by Globex": the buyer comes first.
                for (const Party &p : right) {
                    c.add(p.name, c.type == Event::Type::Acquisition ? Role::Buyer : Role::Other);
                }
            }
            if (c.type == Event::Type::Acquisition && !passive && !c.merger) {
                // "purchased the shares from International Finance": the party after "from" sells.
                QList<Party> from;
                for (const Party &p : right) {
                    if (isWordAt(wordBefore(p.start), "from"_L1)) {
                        from.append(p);
                    }
                }
                right.removeIf([&](const Party &p) {
                    return std::any_of(from.cbegin(), from.cend(), [&](const Party &f) { return f.name == p.name; });
                });
                // "acquired two mln Enzon shares", "bought 21 pct of the stock": a stake, an investment; "the stock"
                // or "the shares" with no company named are those of the company the story's deal is about.
                const int objectEnd = from.isEmpty() ? end : from.constFirst().start;
                if (antecedentStake || stakeObject(t.end, objectEnd)) {
                    // "warrants to purchase two mln Valor shares" after the sale of units: part of that deal.
                    if (&t != &c.triggers.constFirst()) {
                        break;
                    }
                    c.type = Event::Type::Investment;
                    for (const QString &name : leftNames) {
                        c.add(name, Role::Investor);
                    }
                    for (const Party &p : right) {
                        if (!leftNames.contains(p.name)) {
                            c.add(p.name, Role::Investee);
                        }
                    }
                    if (c.target().isEmpty() && !m_lastTarget.isEmpty() && !leftNames.contains(m_lastTarget)) {
                        c.add(m_lastTarget, Role::Investee);
                    }
                    for (const Party &p : from) {
                        c.add(p.name, Role::Seller);
                    }
                    break;
                }
                for (const Party &p : from) {
                    c.add(p.name, Role::Seller);
                }
            }
            const Role subject = c.type == Event::Type::Announcement ? Role::Other
                                 : c.merger                          ? Role::Partner
                                 : passive                           ? Role::Target
                                                                     : Role::Buyer;
            const Role object = c.type == Event::Type::Announcement ? Role::Other
                                : c.merger                          ? Role::Partner
                                : passive                           ? Role::Buyer
                                                                    : Role::Target;
            if (c.type == Event::Type::Announcement && c.object.isEmpty()) {
                for (const Party &p : parties(t.end, clauseEnd)) {
                    if (p.type == Entity::Type::Product) {
                        c.object = p.name;
                        break;
                    }
                }
            }
            for (const QString &name : leftNames) {
                c.add(name, subject);
            }
            for (const Party &p : right) {
                // "bought Control Data Corp's MedTec unit": the owner named with "'s" sells the unit named after it.
                const bool owner = object == Role::Target && c.type == Event::Type::Acquisition && !c.merger &&
                                   ownsNamedUnit(p, right);
                c.add(p.name, owner ? Role::Seller : object);
            }
            // "Shares of Initech jumped after Globex agreed to buy the company": the company named before.
            if (c.type == Event::Type::Acquisition && right.isEmpty() && !leftNames.isEmpty()) {
                c.add(describedCompany(t, leftNames), object);
            }
            // "Pending approval is the purchase of Rainier": a deal noun with no buyer is the deal of the company the
            // story is about.
            if (c.type == Event::Type::Acquisition && dealNoun && !c.merger && leftNames.isEmpty() &&
                c.first(Role::Buyer).isEmpty() && !c.first(Role::Target).isEmpty() && !m_lastSubject.isEmpty() &&
                m_types.value(m_lastSubject) == Entity::Type::Organisation && !c.has(m_lastSubject) &&
                !m_lexicon.isWord(Cue::Possessive, wordAt(t.first - 1)) && !isRegulator(m_lastSubject)) {
                c.add(m_lastSubject, Role::Buyer);
            }
            break;
        }
        case Event::Type::Founding: {
            const auto word = [&](int i) {
                return i >= 0 && i < m_tokens.size() && m_tokens.at(i).isWord()
                           ? QStringView(m_text).mid(m_tokens.at(i).start, m_tokens.at(i).end - m_tokens.at(i).start)
                           : QStringView();
            };
            const QStringView next = word(t.last + 1);
            // "was founded", "newly established", "founded last year by": the company is on the left.
            const bool passive = m_lexicon.isWord(Cue::PassiveCue, word(t.first - 1)) ||
                                 next.compare("by"_L1, Qt::CaseInsensitive) == 0 ||
                                 next.compare("in"_L1, Qt::CaseInsensitive) == 0 ||
                                 next.compare("last"_L1, Qt::CaseInsensitive) == 0;
            QString company;
            const auto organisationIn = [](const QList<Party> &list, bool last) {
                QString found;
                for (const Party &p : list) {
                    if (p.type == Entity::Type::Organisation) {
                        found = p.name;
                        if (!last) {
                            break;
                        }
                    }
                }
                return found;
            };
            if (passive) {
                company = organisationIn(left, true);
                if (company.isEmpty() && left.isEmpty() && !leftNames.isEmpty()) {
                    company = leftNames.constFirst();
                }
                if (company.isEmpty() && t.first == clauseToken) {
                    // "Founded in 2016, Tyrell makes robots": the clause it opens is about the next organisation.
                    int comma = t.last + 1;
                    while (comma < m_tokens.size() && !isClauseEnd(m_tokens.at(comma))) {
                        ++comma;
                    }
                    if (comma < m_tokens.size()) {
                        company = organisationIn(parties(m_tokens.at(comma).end, m_sentenceEnd), false);
                    }
                }
            } else {
                company = organisationIn(right, false);
            }
            if (company.isEmpty()) {
                break;
            }
            if (c.founded.isEmpty()) {
                c.founded = company;
            }
            c.add(company, Role::Other);
            for (const Party &p : left + right) {
                if (p.type == Entity::Type::Person) {
                    c.add(p.name, Role::Other);
                }
            }
            break;
        }
        case Event::Type::Investment: {
            // "The offer will bring Dairy Farm's stake in Kwik Save to 25 pct", "compares with the Santos stake", "Its
            // stake rose": a holding stated, not one bought or sold.
            if (c.triggers.size() == 1 && (isWordAt(t.first, "stake"_L1) || isWordAt(t.first, "stakes"_L1))) {
                int d = t.first - 1;
                while (d >= clauseToken &&
                       (insideName(m_tokens.at(d).start) || m_lexicon.isWord(Cue::Possessive, wordAt(d)) ||
                        isWordAt(d, "the"_L1) || isWordAt(d, "pct"_L1) || isWordAt(d, "percent"_L1) ||
                        (!wordAt(d).isEmpty() && wordAt(d).front().isDigit()) ||
                        (!m_tokens.at(d).isWord() && m_tokens.at(d).punct == u'%'))) {
                    --d;
                }
                // "which owns a stake in Warner", "will also have a 10 pct stake": held, not bought.
                static const QStringList holders{u"with"_s, u"of"_s,    u"to"_s,     u"in"_s,      u"from"_s,
                                                 u"on"_s,   u"bring"_s, u"brings"_s, u"brought"_s, u"bringing"_s,
                                                 u"owns"_s, u"own"_s,   u"owned"_s,  u"holds"_s,   u"hold"_s,
                                                 u"held"_s, u"has"_s,   u"have"_s,   u"had"_s,     u"having"_s};
                if (d >= 0 && (isWordAt(d, "a"_L1) || isWordAt(d, "an"_L1))) {
                    --d;
                }
                const bool stated =
                    d < clauseToken || std::any_of(holders.cbegin(), holders.cend(), [&](const QString &w) {
                        return wordAt(d).compare(w, Qt::CaseInsensitive) == 0;
                    });
                if (stated && d < t.first - 1) {
                    c.rejected = true;
                    break;
                }
            }
            bool sold = false;
            for (int i = clauseToken; i < t.first; ++i) {
                sold = sold || m_lexicon.isWord(Cue::SaleVerb, wordAt(i));
            }
            if (sold) {
                // "Umbrella sold a 20% stake to Globex": the buyer of the stake is the investor.
                QString buyer;
                QString company;
                for (const Party &p : right) {
                    const auto first = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                                    [&](const Token &token) { return token.start == p.start; });
                    const QStringView before = wordAt(int(first - m_tokens.cbegin()) - 1);
                    if (buyer.isEmpty() && before.compare("to"_L1, Qt::CaseInsensitive) == 0) {
                        buyer = p.name;
                    } else if (company.isEmpty() && (before.compare("in"_L1, Qt::CaseInsensitive) == 0 ||
                                                     before.compare("of"_L1, Qt::CaseInsensitive) == 0)) {
                        company = p.name;
                    }
                }
                c.add(buyer, Role::Investor);
                // "Glenmore sold its stake in Pagofacil to Quantis": the seller sells, the company is invested in.
                if (!company.isEmpty()) {
                    c.add(company, Role::Investee);
                    for (const QString &name : leftNames) {
                        c.add(name, Role::Seller);
                    }
                    break;
                }
                // "Umbrella sold a 20% stake to Globex": a stake in itself.
                if (!buyer.isEmpty()) {
                    for (const QString &name : leftNames) {
                        c.add(name, Role::Investee);
                    }
                    break;
                }
            }
            // "raised its stake in Initech": the subject put more money in.
            const bool stake = std::any_of(c.triggers.cbegin(), c.triggers.cend(),
                                           [&](const Match &m) {
                                               return wordAt(m.last).startsWith("stake"_L1, Qt::CaseInsensitive);
                                           }) ||
                               stakeObject(t.end, end);
            // "raising its marine diesel posting by 30 cts", "raised the dividend": a figure of its own went up, no
            // money was raised.
            if (!sold && !stake && m_lexicon.isWord(Cue::RaiseVerb, wordAt(t.first)) &&
                (m_lexicon.isWord(Cue::Possessive, wordAt(t.last + 1)) || isWordAt(t.last + 1, "the"_L1))) {
                c.rejected = true;
                break;
            }
            // Funding words tell the direction only alone: "invested $500 million in Cyberdyne's latest funding
            // round" is an investment by the subject.
            const bool funding =
                raisedFunding(t) && std::all_of(c.triggers.cbegin(), c.triggers.cend(), [&](const Match &m) {
                    return raisedFunding(m) || m_lexicon.isWord(Cue::RaiseVerb, wordAt(m.first));
                });
            if (!sold && !stake && (m_lexicon.isWord(Cue::RaiseVerb, wordAt(t.first)) || funding) &&
                !leftNames.isEmpty()) {
                // "Initech raised $60 million in a round led by Hooli", "secured $32 million in funding from Hooli",
                // "closed a $140 million funding round led by Hooli": the money comes from those named after.
                c.raised = true;
                for (const QString &name : leftNames) {
                    c.add(name, Role::Investee);
                }
                for (const Party &p : parties(t.end, clauseEnd)) {
                    if (isActor(p)) {
                        c.add(p.name, Role::Investor);
                    }
                }
                break;
            }
            for (const QString &name : leftNames) {
                c.add(name, Role::Investor);
            }
            // "acquired a 12.5 pct stake in Hapag-Lloyd from Deutsche Bank": the party after "from" sells.
            for (const Party &p : right) {
                c.add(p.name, isWordAt(wordBefore(p.start), "from"_L1) ? Role::Seller : Role::Investee);
            }
            if (right.isEmpty() && !leftNames.isEmpty()) {
                c.add(describedCompany(t, leftNames), Role::Investee);
            }
            // "bought about 21 pct of the stock in 1983": the stock of the company the story's deal is about.
            if (c.target().isEmpty() && stake && !leftNames.isEmpty() && !m_lastTarget.isEmpty() &&
                !leftNames.contains(m_lastTarget)) {
                c.add(m_lastTarget, Role::Investee);
            }
            break;
        }
        case Event::Type::Regulatory: {
            // "regulators in the EU" names its regulator after the noun; "the Commission fined Globex" before the verb.
            const bool noun = m_lexicon.isWord(Cue::RegulatorWord, wordAt(t.last));
            for (const QString &name : leftNames) {
                c.add(name, isRegulator(name) || !noun ? Role::Regulator : Role::Other);
            }
            for (const Party &p : right) {
                c.add(p.name, isRegulator(p.name) || noun ? Role::Regulator : Role::Other);
            }
            break;
        }
        default:
            // "Caltex, a joint venture of Chevron and Texaco,": a description of a company, not news of a deal.
            if (c.type == Event::Type::Partnership && t.first >= 2 && isClauseEnd(m_tokens.at(t.first - 2)) &&
                (isWordAt(t.first - 1, "a"_L1) || isWordAt(t.first - 1, "an"_L1))) {
                c.rejected = true;
                break;
            }
            // "sell its shares to a partnership formed by Cobey", "TMOC is already a partner with AGL": a party of
            // another deal, or a state of things, not a partnership agreed.
            if (c.type == Event::Type::Partnership && t.first >= 2 &&
                (isWordAt(t.first - 1, "a"_L1) || isWordAt(t.first - 1, "an"_L1))) {
                const int before = isWordAt(t.first - 2, "already"_L1) ? t.first - 3 : t.first - 2;
                // "agreed to a partnership with Globex" is one agreed.
                if ((isWordAt(before, "to"_L1) && !isWordAt(t.last + 1, "with"_L1)) || isWordAt(before, "by"_L1) ||
                    isWordAt(before, "from"_L1) || m_lexicon.isWord(Cue::Auxiliary, wordAt(before))) {
                    c.rejected = true;
                    break;
                }
            }
            for (const QString &name : leftNames) {
                c.add(name, Role::Partner);
            }
            for (const Party &p : right) {
                c.add(p.name, Role::Partner);
            }
            break;
        }
    }
}

int ArticleEvents::previousWord(int tokenIndex) const
{
    // The word before tokenIndex in its clause, past "about", "some" and the like; -1 when none.
    for (int i = tokenIndex - 1; i >= 0; --i) {
        if (!m_tokens.at(i).isWord()) {
            return -1;
        }
        if (!isAmountFiller(wordAt(i))) {
            return i;
        }
    }
    return -1;
}

bool ArticleEvents::sizeFigure(const MoneyFigure &figure) const
{
    // "with assets of four billion dlrs", "which holds $9 billion in deposits": how big a company is.
    const int first = tokenAt(figure.start);
    for (int i = first - 1, words = 0; i >= 0 && words < 3; --i) {
        if (!m_tokens.at(i).isWord()) {
            break;
        }
        ++words;
        if (isSizeWord(wordAt(i))) {
            return true;
        }
    }
    const int after = tokenAt(figure.end);
    return isWordAt(after, "in"_L1) && isSizeWord(wordAt(after + 1));
}

bool ArticleEvents::unitSized(const MoneyFigure &figure)
{
    // "exchanged for three dlrs in cash", "quoted at 4,410 francs": under ten thousand dollars a sum is the price of
    // one share the text did not mark as such, never what a company changed hands for.
    const std::optional<Decimal> &value = figure.usd ? figure.usd : figure.amount;
    return !value || *value < Decimal::fromMantissa(10000, 0);
}

bool ArticleEvents::runningTotal(const Candidate &c) const
{
    // "its $13 billion investment in OpenAI", "has invested a total of $40 million", "has invested $2 billion so
    // far": what has been put in until now, not new money.
    if (c.type != Event::Type::Investment) {
        return false;
    }
    const auto isTrigger = [&](int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < m_tokens.size() &&
               std::any_of(c.triggers.cbegin(), c.triggers.cend(),
                           [&](const Match &t) { return t.first == tokenIndex; });
    };
    for (int f : c.figures) {
        const MoneyFigure &figure = m_article.figures.at(f);
        const int first = tokenAt(figure.start);
        const int before = previousWord(first);
        if (m_lexicon.isWord(Cue::Possessive, wordAt(before)) && isTrigger(tokenAt(figure.end))) {
            return true;
        }
        if (before >= 3 && isWordAt(before, "of"_L1) && isWordAt(before - 1, "total"_L1) &&
            isWordAt(before - 2, "a"_L1) && isTrigger(before - 3)) {
            return true;
        }
    }
    for (const Match &t : c.triggers) {
        for (int i = t.last + 1; i + 1 < m_tokens.size() && !isClauseEnd(m_tokens.at(i)); ++i) {
            if ((isWordAt(i, "so"_L1) && isWordAt(i + 1, "far"_L1)) ||
                (isWordAt(i, "to"_L1) && isWordAt(i + 1, "date"_L1)) ||
                (isWordAt(i, "in"_L1) && isWordAt(i + 1, "total"_L1))) {
                return true;
            }
        }
    }
    return false;
}

bool ArticleEvents::datable(Event::Type type, const Timex::Resolved &d) const
{
    // "the offer expires on June 30", "closing is set for next month": a day still to come dates no deal.
    const bool deal = type == Event::Type::Acquisition || type == Event::Type::Investment ||
                      type == Event::Type::Partnership || type == Event::Type::Valuation;
    return !deal || !isDate(d) || !m_article.published.isValid() || d.date <= m_article.published;
}

bool ArticleEvents::datable(Event::Type type, int timexIndex) const
{
    // "has invested $40 million since 1985": where a span began is not when anything happened.
    const int first = tokenAt(m_article.timexes.at(timexIndex).start);
    // "turnover in the year to 31 December 1986": the end of a reporting period is no day a deal was done.
    const bool periodEnd =
        isOneOf(wordAt(first - 1), {"to"_L1, "ended"_L1, "ending"_L1}) &&
        isOneOf(wordAt(first - 2), {"year"_L1, "quarter"_L1, "months"_L1, "period"_L1, "half"_L1, "half-year"_L1});
    return datable(type, m_timexDates.at(timexIndex)) && !isWordAt(first - 1, "since"_L1) && !periodEnd;
}

int ArticleEvents::dealReference() const
{
    // "the purchase", "its bid", "the cash terms": 1; "the shares", "the stake": 2; nothing naming a deal: 0.
    for (int i = 0; i < m_tokens.size(); ++i) {
        // "the", "this", "its", "their": short words only, so the lexicon is asked about few.
        const QStringView word = wordAt(i);
        if (word.isEmpty() || word.size() > 5 ||
            (!m_lexicon.isWord(Cue::BackReference, word) && !m_lexicon.isWord(Cue::Possessive, word))) {
            continue;
        }
        for (int j = i + 1; j <= i + 3 && j < m_tokens.size() && m_tokens.at(j).isWord(); ++j) {
            if (m_lexicon.isWord(Cue::DealNoun, wordAt(j)) || isWordAt(j, "terms"_L1)) {
                return 1;
            }
            if (isStakeNoun(wordAt(j)) && !isWordAt(j + 1, "company"_L1) && !isWordAt(j + 1, "companies"_L1)) {
                return 2;
            }
        }
    }
    return 0;
}

int ArticleEvents::followedDeal(const QList<Party> &named, bool stakeNoun) const
{
    // The deal a sentence naming a deal already told ("the purchase of Orbanco", "the shares were bought", "the sale
    // was made") tells more of: the one whose bought company it names, else the last stake bought when it speaks of
    // shares, else the last deal. Only the last few deals told are looked at: a later sentence tells more of a deal
    // just told, and a story of a hundred deals is not searched whole for each sentence.
    const auto recent = m_dealMentions.crbegin() + std::min<qsizetype>(m_dealMentions.size(), 8);
    for (auto it = m_dealMentions.crbegin(); it != recent; ++it) {
        for (const EventParty &p : m_result.at(*it).parties) {
            const bool bought = p.role == Role::Target || p.role == Role::Investee;
            if (bought && std::any_of(named.cbegin(), named.cend(),
                                      [&](const Party &x) { return sameCompany(x.name, p.name); })) {
                return *it;
            }
        }
    }
    if (stakeNoun) {
        for (auto it = m_dealMentions.crbegin(); it != recent; ++it) {
            if (m_result.at(*it).type == Event::Type::Investment) {
                return *it;
            }
        }
    }
    return m_dealMentions.constLast();
}

void ArticleEvents::foldFollowUp(QList<Candidate> &candidates, const QList<int> &sentenceTimexes, bool dealTold)
{
    // "The purchase of Orbanco, for about 47 mln dlrs, ...", "The shares were bought on October 16 for 1.15 mln
    // dlrs": a later sentence gives the price or the day of a deal told before. It is the same deal, not another:
    // its price and day go to that deal when it lacks them.
    Q_UNUSED(dealTold);
    const bool told = std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) {
        return c.type == Event::Type::Acquisition || c.type == Event::Type::Investment ||
               c.type == Event::Type::Valuation;
    });
    if (m_dealMentions.isEmpty() || m_tokens.isEmpty()) {
        return;
    }
    // Most sentences with a deal tell one of their own, both companies named and no seller "from" anyone: no need to
    // look back.
    const bool from = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [&](const Token &t) {
        return t.isWord() &&
               QStringView(m_text).mid(t.start, t.end - t.start).compare("from"_L1, Qt::CaseInsensitive) == 0;
    });
    if (!from && std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) {
            return (c.type == Event::Type::Acquisition || c.type == Event::Type::Investment ||
                    c.type == Event::Type::Valuation) &&
                   c.parties.size() >= 2;
        })) {
        return;
    }
    const int reference = dealReference();
    if (!told && reference == 0) {
        return;
    }
    const QList<Party> named = parties(m_sentenceStart, m_sentenceEnd);
    const int d = followedDeal(named, reference == 2);
    if (d < 0) {
        return;
    }
    EventMention &deal = m_result[d];
    const auto known = [&](const QString &name) {
        return std::any_of(deal.parties.cbegin(), deal.parties.cend(),
                           [&](const EventParty &p) { return sameCompany(p.name, name); });
    };
    const auto afterFrom = [&](const QString &name) {
        for (const Party &p : named) {
            if (p.name == name && isWordAt(wordBefore(p.start), "from"_L1)) {
                return true;
            }
        }
        return false;
    };
    // "The BIL bid, launched on Monday": a sentence led by a company the deal does not name tells that company's
    // own deal. Regulators where a filing was made and sellers ("from Umbrella") lead nothing.
    for (const Party &p : named) {
        if (p.type != Entity::Type::Organisation || isRegulator(p.name) || isWordAt(wordBefore(p.start), "from"_L1)) {
            continue;
        }
        if (!known(p.name)) {
            return;
        }
        break;
    }
    QList<int> folded;
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (c.type != Event::Type::Acquisition && c.type != Event::Type::Investment &&
            c.type != Event::Type::Valuation) {
            continue;
        }
        // Only a report short of a party is the deal told again: "BankAmerica acquired Schwab in 1983" names both
        // and tells a deal of its own, which merging may join to the first if it is the same.
        // The one party left must be what the deal bought ("the purchase of Orbanco") or who sold it ("bought the
        // shares from Umbrella"); the buyer alone with something new ("MS announced a data centre plan") tells another
        // thing. "Wonka will buy the shares from Umbrella": the buyer again and a seller.
        const auto bought = [&](const QString &name) {
            return std::any_of(deal.parties.cbegin(), deal.parties.cend(), [&](const EventParty &p) {
                return (p.role == Role::Target || p.role == Role::Investee || p.role == Role::Valued ||
                        (deal.merger && p.role != Role::Seller)) &&
                       sameCompany(p.name, name);
            });
        };
        // "The cash terms value Youghal at": a value is the deal's only when the deal is named with it ("valued at
        // $900 million in a funding round last year" is another event).
        if (c.type == Event::Type::Valuation) {
            const int first = c.triggers.constFirst().first;
            bool ofDeal = false;
            for (int i = std::max(0, first - 3); i < first; ++i) {
                ofDeal = ofDeal || m_lexicon.isWord(Cue::DealNoun, wordAt(i)) || isWordAt(i, "terms"_L1);
            }
            if (!ofDeal) {
                return;
            }
        }
        const bool fromSeller =
            std::any_of(c.parties.cbegin(), c.parties.cend(), [&](const EventParty &p) { return afterFrom(p.name); });
        const bool same = (c.parties.size() == 1 && (bought(c.parties.constFirst().name) || fromSeller)) ||
                          (fromSeller && std::all_of(c.parties.cbegin(), c.parties.cend(), [&](const EventParty &p) {
                               return known(p.name) || afterFrom(p.name);
                           }));
        if (!same) {
            // The sentence tells a deal of its own.
            return;
        }
        // "which it bought last week from Crestline for 19.5 mln dlrs" after a 240 mln dlr bid: another price is
        // another deal (the stake bought before the bid).
        const bool otherPrice = deal.amount && std::any_of(c.figures.cbegin(), c.figures.cend(), [&](int f) {
                                    const MoneyFigure &figure = m_article.figures.at(f);
                                    return figure.per.isEmpty() && !sizeFigure(figure) &&
                                           (figure.amount != deal.amount || figure.currency != deal.currency);
                                });
        if (otherPrice) {
            return;
        }
        folded.append(i);
    }
    QList<int> taken;
    for (int i = 0; i < candidates.size(); ++i) {
        if (!folded.contains(i)) {
            taken.append(candidates.at(i).figures);
        }
    }
    for (int k = m_figureCursor; k < m_figures.size(); ++k) {
        const int f = m_figures.at(k);
        const MoneyFigure &figure = m_article.figures.at(f);
        if (figure.start >= m_sentenceEnd) {
            break;
        }
        using Kind = MoneyFigure::Kind;
        if (figure.end > m_sentenceEnd || excluded(figure.start) || taken.contains(f) || sizeFigure(figure) ||
            (figure.kind != Kind::Price && figure.kind != Kind::Investment && figure.kind != Kind::Valuation &&
             figure.kind != Kind::Other)) {
            continue;
        }
        if (!figure.per.isEmpty()) {
            // "a loss of 50 cts per share" is no price of the deal's shares.
            if (!deal.perShare && figure.perShare() && (figure.kind == Kind::Price || figure.kind == Kind::Valuation)) {
                deal.perShare = figure.amount;
                deal.perShareCurrency = figure.currency;
                deal.figures.append({m_articleIndex, f});
            }
        } else if (!deal.amount && !unitSized(figure)) {
            deal.amount = figure.amount;
            deal.currency = figure.currency;
            deal.usd = figure.usd;
            deal.figures.append({m_articleIndex, f});
        }
    }
    // The day in the clause that names the deal again ("the sale was made ... on Friday"), not one across a comma
    // ("..., based on the closing price on Friday").
    // What names the deal again: "the sale", "the BIL bid", "the shares" (not "its bid", which may be another
    // company's), or the trigger of a report folded in.
    QList<int> references;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const bool trigger = std::any_of(folded.cbegin(), folded.cend(), [&](int f) {
            const QList<Match> &triggers = candidates.at(f).triggers;
            return std::any_of(triggers.cbegin(), triggers.cend(), [&](const Match &x) { return x.first == i; });
        });
        bool named = false;
        if (m_lexicon.isWord(Cue::DealNoun, wordAt(i)) || isStakeNoun(wordAt(i))) {
            for (int j = i - 1; j >= 0 && j >= i - 3 && m_tokens.at(j).isWord() && !named; --j) {
                named = m_lexicon.isWord(Cue::BackReference, wordAt(j));
            }
        }
        if (trigger || named) {
            references.append(i);
        }
    }
    // A comma opening a participle ("The BIL bid, launched on Monday,") keeps the clause of the noun.
    const auto sameClause = [&](int timexIndex) {
        const int at = tokenAt(m_article.timexes.at(timexIndex).start);
        return std::any_of(references.cbegin(), references.cend(), [&](int r) {
            for (int i = std::min(at, r); i < std::max(at, r); ++i) {
                if (isClauseEnd(m_tokens.at(i)) && !(r < at && wordAt(i + 1).endsWith("ed"_L1))) {
                    return false;
                }
            }
            return true;
        });
    };
    if (deal.dateBasis == Event::DateBasis::Published) {
        for (int index : sentenceTimexes) {
            const Timex::Resolved &t = m_timexDates.at(index);
            if (isDate(t) && datable(deal.type, index) && sameClause(index)) {
                deal.date = t.date;
                deal.precision = t.precision;
                deal.dateBasis = Event::DateBasis::Text;
                deal.onOrBefore = false;
                if (m_article.published.isValid() && deal.date < m_article.published.addYears(-1)) {
                    deal.salience = Event::Salience::Background;
                }
                break;
            }
        }
    }
    for (auto it = folded.crbegin(); it != folded.crend(); ++it) {
        candidates.removeAt(*it);
    }
}

void ArticleEvents::dropRegulators(Candidate &c) const
{
    // Whatever path named it (a company described, the story's last target), a regulator is no party of a deal.
    if (c.type != Event::Type::Regulatory) {
        c.parties.removeIf([&](const EventParty &p) { return isRegulator(p.name); });
    }
}

void ArticleEvents::dateMention(EventMention &m, const Candidate &c, const TextSpan &sentence) const
{
    const auto fromPublication = [&](bool before) {
        m.date = m_article.published;
        m.precision = m_article.published.isValid() ? Event::Precision::Day : Event::Precision::Unknown;
        m.dateBasis = Event::DateBasis::Published;
        m.onOrBefore = before && m_article.published.isValid();
    };
    const auto fromText = [&](const Timex::Resolved &d) {
        m.date = d.date;
        m.precision = d.precision;
        m.dateBasis = Event::DateBasis::Text;
    };
    if (c.timex >= 0) {
        const Timex::Resolved &d = m_timexDates.at(c.timex);
        if (isDate(d)) {
            fromText(d);
            return;
        }
        if (isReference(d)) {
            fromPublication(d.reference == Timex::Reference::Past);
            return;
        }
    }
    const bool sameDay =
        std::any_of(m_matches.cbegin(), m_matches.cend(), [](const Match &x) { return x.cue == Cue::SameDay; });
    if (sameDay && isDate(m_lastDay) && datable(c.type, m_lastDay)) {
        fromText(m_lastDay);
        return;
    }
    if (isDate(m_paragraphDate) && datable(c.type, m_paragraphDate)) {
        fromText(m_paragraphDate);
        return;
    }
    Q_UNUSED(sentence);
    fromPublication(false);
}

void ArticleEvents::readSentence(const TextSpan &sentence)
{
    m_sentenceStart = sentence.start;
    m_sentenceEnd = sentence.end;
    while (m_timexCursor < m_timexes.size() &&
           m_article.timexes.at(m_timexes.at(m_timexCursor)).start < sentence.start) {
        ++m_timexCursor;
    }
    while (m_figureCursor < m_figures.size() &&
           m_article.figures.at(m_figures.at(m_figureCursor)).start < sentence.start) {
        ++m_figureCursor;
    }
    m_excluded.clear();
    m_affiliations.clear();
    m_subjectClauses.clear();
    m_matches.clear();
    m_tokens.clear();
    // Words and cues matter only where an event may be told or where a later "it" may find its organisation.
    const bool mayReport = m_lexicon.mayHaveTrigger(m_text, sentence.start, sentence.end);
    const bool organisation = namesOrganisation(sentence);
    // "The cash terms value Youghal at 538,000 Irish pounds": a price or a day may tell more of a deal told before.
    const bool followUp =
        !m_dealMentions.isEmpty() &&
        ((m_figureCursor < m_figures.size() &&
          m_article.figures.at(m_figures.at(m_figureCursor)).start < sentence.end) ||
         (m_timexCursor < m_timexes.size() && m_article.timexes.at(m_timexes.at(m_timexCursor)).start < sentence.end));
    if (mayReport || organisation || followUp) {
        EventLexicon::tokenize(m_text, sentence.start, sentence.end, m_tokens);
        if (isHeadline(sentence)) {
            return;
        }
        m_matches = m_lexicon.match(m_text, m_tokens);
    }
    // "GTX said Nippon Steel invested eight mln dlrs in GTX": a company right after a speech verb opens the clause
    // that tells the deal; the speaker is not its subject.
    for (int i = 0; mayReport && i + 1 < m_tokens.size(); ++i) {
        const int next = isWordAt(i + 1, "that"_L1) ? i + 2 : i + 1;
        // The cheap tests first: a capital after the word, then the name, then the verb.
        if (next >= m_tokens.size() || !m_text.at(m_tokens.at(next).start).isUpper() || !m_tokens.at(i).isWord() ||
            !insideName(m_tokens.at(next).start) || !m_lexicon.isWord(Cue::SpeechVerb, wordAt(i)) ||
            parties(m_tokens.at(next).start, m_tokens.at(next).end).isEmpty()) {
            continue;
        }
        m_subjectClauses.append(next);
    }
    for (const Match &x : m_matches) {
        const bool leading = x.first == 0 || isBoundary(m_tokens.at(x.first - 1)) ||
                             (!m_tokens.at(x.first - 1).isWord() && isQuoteOpen(m_tokens.at(x.first - 1).punct));
        // "jumped after Globex agreed to buy": a company right after opens a clause that tells its own deal.
        if (x.cue == Cue::InlineExclusion && x.first == x.last &&
            m_lexicon.isWord(Cue::SubjectClause, wordAt(x.first)) && x.last + 1 < m_tokens.size() &&
            insideName(m_tokens.at(x.last + 1).start) &&
            !parties(m_tokens.at(x.last + 1).start, m_tokens.at(x.last + 1).end).isEmpty()) {
            m_subjectClauses.append(x.last + 1);
            continue;
        }
        // "more than doubles", "more than $1 billion": an amount's size, not a comparison with bystanders.
        if (x.cue == Cue::InlineExclusion && std::any_of(m_matches.cbegin(), m_matches.cend(), [&](const Match &a) {
                return a.cue == Cue::Approximator && a.last == x.last;
            })) {
            continue;
        }
        if ((x.cue == Cue::LeadingExclusion && leading) || x.cue == Cue::InlineExclusion) {
            int end = x.last + 1;
            while (end < m_tokens.size() && !isClauseEnd(m_tokens.at(end))) {
                ++end;
            }
            m_excluded.append({x.start, end < m_tokens.size() ? m_tokens.at(end).start : m_sentenceEnd});
        } else if (x.cue == Cue::Affiliation) {
            const int last = std::min<int>(x.last + 3, int(m_tokens.size()) - 1);
            m_affiliations.append({x.start, m_tokens.at(last).end});
        }
    }
    std::sort(m_subjectClauses.begin(), m_subjectClauses.end());

    QList<int> sentenceTimexes;
    for (int k = m_timexCursor; k < m_timexes.size(); ++k) {
        const int index = m_timexes.at(k);
        const Timex &t = m_article.timexes.at(index);
        if (t.start >= sentence.end) {
            break;
        }
        if (t.end <= sentence.end && !excluded(t.start) &&
            (isDate(m_timexDates.at(index)) || isReference(m_timexDates.at(index))) && !hedgedDate(t.start)) {
            sentenceTimexes.append(index);
        }
    }
    const bool triggered = mayReport && std::any_of(m_matches.cbegin(), m_matches.cend(),
                                                    [](const Match &x) { return x.cue == Cue::Trigger; });
    if (!triggered) {
        QList<Candidate> none;
        foldFollowUp(none, sentenceTimexes, false);
        rememberSentence({}, sentenceTimexes, organisation);
        return;
    }

    // Triggers by type, in sentence order; a bare announcement counts only when nothing more specific is said.
    QList<Candidate> candidates;
    for (const Match &x : m_matches) {
        if (x.cue != Cue::Trigger || excluded(x.start) || hedged(x)) {
            continue;
        }
        // "Best Buy" is a shop, "chief investment officer" a title: neither reports an event.
        if (insideName(x.start) || m_lexicon.isWord(Cue::CompoundHead, wordAt(x.last + 1))) {
            continue;
        }
        auto it =
            std::find_if(candidates.begin(), candidates.end(), [&](const Candidate &c) { return c.type == x.type; });
        if (it == candidates.end()) {
            Candidate c;
            c.type = x.type;
            c.triggers = {x};
            candidates.append(c);
        } else if (std::none_of(it->triggers.cbegin(), it->triggers.cend(),
                                [&](const Match &y) { return y.start < x.end && x.start < y.end; })) {
            it->triggers.append(x);
        }
    }
    const bool specific = std::any_of(candidates.cbegin(), candidates.cend(),
                                      [&](const Candidate &c) { return !m_lexicon.rule(c.type).fallbackOnly; });
    if (specific) {
        candidates.removeIf([&](const Candidate &c) { return m_lexicon.rule(c.type).fallbackOnly; });
    }
    m_sentenceTarget.clear();
    for (Candidate &c : candidates) {
        fillActors(c);
        dropRegulators(c);
        if (c.rejected || (c.type != Event::Type::Acquisition && c.type != Event::Type::Investment)) {
            continue;
        }
        if (const QString target = c.target(); !target.isEmpty()) {
            m_sentenceTarget = target;
        }
    }
    // "agreed to buy Initech, valuing the software maker at €3.2 billion": the target's value is the deal's price.
    for (Candidate &valuation : candidates) {
        if (valuation.type != Event::Type::Valuation || valuation.rejected || valuation.parties.isEmpty()) {
            continue;
        }
        valuation.rejected = std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &c) {
            return c.type == Event::Type::Acquisition && !c.rejected &&
                   c.first(Role::Target) == valuation.parties.constFirst().name;
        });
    }
    const auto distance = [](const Candidate &c, int start, int end) {
        int best = INT_MAX;
        for (const Match &t : c.triggers) {
            best = std::min(best, std::max({0, t.start - end, start - t.end}));
        }
        return best;
    };

    // ", which manages $90 billion in assets,": a figure inside a relative clause belongs to its own verb only.
    QList<TextSpan> relatives;
    for (const Match &x : m_matches) {
        if (x.cue != Cue::RelativePronoun || x.first == 0 || !isClauseEnd(m_tokens.at(x.first - 1))) {
            continue;
        }
        int end = x.last + 1;
        while (end < m_tokens.size() && !isClauseEnd(m_tokens.at(end))) {
            ++end;
        }
        relatives.append({x.start, end < m_tokens.size() ? m_tokens.at(end).start : m_sentenceEnd});
    }
    const auto outsideItsClause = [&](const Candidate &c, const MoneyFigure &figure) {
        return std::any_of(relatives.cbegin(), relatives.cend(), [&](const TextSpan &r) {
            return r.contains(figure.start) && std::none_of(c.triggers.cbegin(), c.triggers.cend(),
                                                            [&](const Match &t) { return r.contains(t.start); });
        });
    };
    // Each money figure goes to the nearest event that takes its kind, an event of its own kind first.
    for (int k = m_figureCursor; k < m_figures.size(); ++k) {
        const int f = m_figures.at(k);
        const MoneyFigure &figure = m_article.figures.at(f);
        if (figure.start >= sentence.end) {
            break;
        }
        if (figure.end > sentence.end || excluded(figure.start)) {
            continue;
        }
        Candidate *best = nullptr;
        int bestScore = INT_MAX;
        for (Candidate &c : candidates) {
            if (c.rejected || outsideItsClause(c, figure)) {
                continue;
            }
            const auto kinds = m_lexicon.rule(c.type).figureKinds;
            if (!kinds.contains(figure.kind) || (c.type != Event::Type::Valuation && sizeFigure(figure))) {
                continue;
            }
            const int score = distance(c, figure.start, figure.end) + (kinds.constFirst() == figure.kind ? 0 : 100000);
            if (score < bestScore) {
                bestScore = score;
                best = &c;
            }
        }
        if (best) {
            best->figures.append(f);
        }
    }
    candidates.removeIf([&](const Candidate &c) {
        const auto rule = m_lexicon.rule(c.type);
        // A price of one share alone ("will pay 45 euros a share for the remaining stake") names no deal's sum.
        const bool sum = std::any_of(c.figures.cbegin(), c.figures.cend(),
                                     [&](int f) { return m_article.figures.at(f).per.isEmpty(); });
        const int needed = sum ? rule.minActorsWithFigure : rule.minActors;
        return c.rejected || c.parties.isEmpty() || c.parties.size() < needed;
    });
    foldFollowUp(candidates, sentenceTimexes, true);

    // Each date of the sentence goes to the event whose trigger is nearest.
    const auto clauseBreaks = [&](int from, int to) {
        int breaks = 0;
        for (const Token &token : m_tokens) {
            breaks += token.start >= std::min(from, to) && token.start < std::max(from, to) && isClauseEnd(token);
        }
        return breaks;
    };
    for (int index : sentenceTimexes) {
        const Timex &t = m_article.timexes.at(index);
        Candidate *best = nullptr;
        int bestDistance = INT_MAX;
        for (Candidate &c : candidates) {
            if (!datable(c.type, index)) {
                continue;
            }
            // A date in the trigger's own clause beats a nearer one across a comma.
            const int d = distance(c, t.start, t.end) + 10000 * clauseBreaks(t.start, c.triggers.constFirst().start);
            if (d < bestDistance) {
                bestDistance = d;
                best = &c;
            }
        }
        if (best && (best->timex < 0 || bestDistance < best->timexDistance)) {
            best->timex = index;
            best->timexDistance = bestDistance;
        }
    }
    // "..., the company said on Tuesday": the date of the telling dates every event the sentence tells.
    for (int index : sentenceTimexes) {
        const Timex &t = m_article.timexes.at(index);
        const auto next =
            std::find_if(m_tokens.cbegin(), m_tokens.cend(), [&](const Token &x) { return x.start >= t.start; });
        int before = int(next - m_tokens.cbegin()) - 1;
        if (wordAt(before).compare("on"_L1, Qt::CaseInsensitive) == 0) {
            --before;
        }
        if (m_lexicon.isWord(Cue::SpeechVerb, wordAt(before))) {
            for (Candidate &c : candidates) {
                if (c.timex < 0 && datable(c.type, index)) {
                    c.timex = index;
                }
            }
        }
    }
    // A date opening the sentence ("On the 26th, ...") governs all of it.
    if (!sentenceTimexes.isEmpty() && m_tokens.size() > 0) {
        const int opening = sentenceTimexes.constFirst();
        const int limit = m_tokens.at(std::min<int>(3, int(m_tokens.size()) - 1)).start;
        if (m_article.timexes.at(opening).start <= limit) {
            for (Candidate &c : candidates) {
                if (c.timex < 0 && datable(c.type, opening)) {
                    c.timex = opening;
                }
            }
        }
    }

    for (const Candidate &c : candidates) {
        EventMention m;
        m.type = c.type;
        m.source = {m_articleIndex, sentence.start, sentence.end};
        m.parties = c.ordered();
        m.actors = c.actors();
        m.founded = c.founded;
        m.object = c.object;
        m.places = c.places;
        m.raised = c.raised;
        m.merger = c.merger;
        if (c.type == Event::Type::Founding && !c.founded.isEmpty()) {
            m.keyActors = {c.founded};
        } else {
            m.keyActors = keyNames(m.parties);
            std::sort(m.keyActors.begin(), m.keyActors.end());
            if (c.type == Event::Type::Launch && !c.object.isEmpty()) {
                m.keyActors.append(u'#' + c.object.toLower());
            }
        }
        for (int f : c.figures) {
            m.figures.append({m_articleIndex, f});
        }
        // The amount is the first figure of the whole deal; a price of one share is kept as that, never the amount.
        for (int f : c.figures) {
            const MoneyFigure &figure = m_article.figures.at(f);
            if (!figure.per.isEmpty()) {
                if (!m.perShare && figure.perShare()) {
                    m.perShare = figure.amount;
                    m.perShareCurrency = figure.currency;
                }
            } else if (!m.amount) {
                m.amount = figure.amount;
                m.currency = figure.currency;
                m.usd = figure.usd;
            }
        }
        m.runningTotal = runningTotal(c);
        dateMention(m, c, sentence);
        // "founded in 1866", "took a stake in 1978": what the text dates more than a year before the story is its
        // background, not its news.
        if (m.dateBasis == Event::DateBasis::Text && m.date.isValid() && m_article.published.isValid() &&
            m.date < m_article.published.addYears(-1)) {
            m.salience = Event::Salience::Background;
        }
        // "The two companies" later means the organisations of the last event that had several.
        QStringList organisations;
        for (const Party &p : parties(sentence.start, sentence.end, true)) {
            if (p.type == Entity::Type::Organisation && c.has(p.name) && !organisations.contains(p.name)) {
                organisations.append(p.name);
            }
        }
        if (c.type == Event::Type::Acquisition && !c.first(Role::Target).isEmpty() &&
            (!c.first(Role::Buyer).isEmpty() || c.merger)) {
            m_lastDeal = m.parties;
        }
        if ((c.type == Event::Type::Acquisition || c.type == Event::Type::Investment) && !c.target().isEmpty()) {
            m_lastTarget = c.target();
        }
        if (organisations.size() >= 2) {
            m_lastGroup = m.actors;
            m_lastGroup.removeIf([&](const QString &name) { return !organisations.contains(name); });
        }
        m_result.append(m);
        if ((c.type == Event::Type::Acquisition || c.type == Event::Type::Investment) &&
            (!c.target().isEmpty() || (c.merger && c.parties.size() >= 2)) && !m.runningTotal) {
            m_dealMentions.append(int(m_result.size()) - 1);
        }
    }

    // "First City said it would sell its units to Valor. ... the company said": the company that spoke, not the buyer.
    QString subject;
    if (!candidates.isEmpty()) {
        subject = candidates.constFirst().subject.isEmpty() ? candidates.constFirst().actors().constFirst()
                                                            : candidates.constFirst().subject;
    }
    rememberSentence(subject, sentenceTimexes, organisation);
}

void ArticleEvents::rememberSentence(const QString &subject, const QList<int> &sentenceTimexes, bool organisation)
{
    // What later sentences may refer back to: the subject, the last day named, the paragraph's date.
    if (!subject.isEmpty()) {
        m_lastSubject = subject;
    } else if (organisation) {
        for (const Party &p : parties(m_sentenceStart, m_sentenceEnd)) {
            if (p.type == Entity::Type::Organisation) {
                m_lastSubject = p.name;
                break;
            }
        }
    }
    for (int index : sentenceTimexes) {
        const Timex::Resolved &d = m_timexDates.at(index);
        if (isDate(d)) {
            m_paragraphDate = d;
            if (d.precision == Event::Precision::Day) {
                m_lastDay = d;
            }
        }
    }
}

} // namespace

EventBuilder::EventBuilder()
    : m_lexicon(&EventLexicon::instance())
{
}

EventBuilder::EventBuilder(const EventLexicon &lexicon)
    : m_lexicon(&lexicon)
{
}

QList<EventMention> EventBuilder::mentions(const Article &article, int articleIndex) const
{
    return ArticleEvents(*m_lexicon, article, articleIndex).run();
}

QList<Event> EventBuilder::build(const QList<Article> &articles) const
{
    QList<EventMention> all;
    QHash<QString, Entity::Type> entityTypes;
    for (int i = 0; i < articles.size(); ++i) {
        all.append(mentions(articles.at(i), i));
        for (const Entity &e : articles.at(i).entities) {
            entityTypes.insert(e.name, e.type);
        }
    }
    QList<Event> events = EventMerger().merge(all);
    EventLanes().assign(events, entityTypes);

    // Ids in date order, undated last; one date by the order the articles report it.
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.date.isValid() != b.date.isValid()) {
            return a.date.isValid();
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        const SourceRef &x = a.sources.constFirst();
        const SourceRef &y = b.sources.constFirst();
        return x.article != y.article ? x.article < y.article : x.start < y.start;
    });
    for (int i = 0; i < events.size(); ++i) {
        events[i].id = u"e"_s + QString::number(i + 1);
    }
    return events;
}

} // namespace Newsline
