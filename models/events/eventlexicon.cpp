#include "eventlexicon.h"

#include "resourcedata.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Characters that may join two word parts: "co-founded", "R&D", "MS's", "company’s".
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'&' || c == u'\'' || c == u'\u2019';
}

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return u == 0x2019 ? QChar(u'\'') : c.toLower();
}

// FNV-1a over the case-folded word, cut to 16 bits.
std::size_t foldedHash(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word) {
        h = (h ^ fold(c).unicode()) * 16777619u;
    }
    return (h ^ (h >> 16)) & 0xFFFF;
}

// Cues only ever asked about one word (isWord), never searched for in a sentence.
// One bit per cue in a 64-bit mask per word.
static_assert(int(EventLexicon::Cue::LeadVerb) < 64, "cue masks hold 64 cues");

bool singleWordCue(EventLexicon::Cue cue)
{
    using Cue = EventLexicon::Cue;
    return cue == Cue::SpeechVerb || cue == Cue::PassiveCue || cue == Cue::RightStop || cue == Cue::LaunchObjectSkip ||
           cue == Cue::NonProduct || cue == Cue::ObjectEnd || cue == Cue::Auxiliary || cue == Cue::CompoundHead ||
           cue == Cue::RaiseVerb || cue == Cue::MergerWord || cue == Cue::DealNoun || cue == Cue::SaleVerb ||
           cue == Cue::SubjectClause || cue == Cue::RegulatorWord || cue == Cue::RegulatorName ||
           cue == Cue::Possessive || cue == Cue::BackReference || cue == Cue::NearHedge || cue == Cue::StakeWord ||
           cue == Cue::GoodsUnit || cue == Cue::BusinessUnit || cue == Cue::FundingNoun || cue == Cue::LeadVerb;
}

} // namespace

EventLexicon::EventLexicon(const QJsonObject &json)
{
    const QJsonObject triggers = json.value("triggers"_L1).toObject();
    for (auto it = triggers.begin(); it != triggers.end(); ++it) {
        addPhrases(it.value(), Cue::Trigger, Event::typeFromName(it.key()));
    }
    addPhrases(json.value("hedges"_L1), Cue::Hedge);
    addPhrases(json.value("leadingExclusions"_L1), Cue::LeadingExclusion);
    addPhrases(json.value("inlineExclusions"_L1), Cue::InlineExclusion);
    addPhrases(json.value("affiliations"_L1), Cue::Affiliation);
    addPhrases(json.value("pronouns"_L1), Cue::Pronoun);
    addPhrases(json.value("speakerPronouns"_L1), Cue::SpeakerPronoun);
    addPhrases(json.value("groupPronouns"_L1), Cue::GroupPronoun);
    addPhrases(json.value("relativePronouns"_L1), Cue::RelativePronoun);
    addPhrases(json.value("sameDay"_L1), Cue::SameDay);
    addPhrases(json.value("speechVerbs"_L1), Cue::SpeechVerb);
    addPhrases(json.value("passiveCues"_L1), Cue::PassiveCue);
    addPhrases(json.value("rightStops"_L1), Cue::RightStop);
    addPhrases(json.value("launchObjectSkip"_L1), Cue::LaunchObjectSkip);
    addPhrases(json.value("nonProducts"_L1), Cue::NonProduct);
    addPhrases(json.value("objectEnds"_L1), Cue::ObjectEnd);
    addPhrases(json.value("auxiliaries"_L1), Cue::Auxiliary);
    addPhrases(json.value("compoundHeads"_L1), Cue::CompoundHead);
    addPhrases(json.value("raiseVerbs"_L1), Cue::RaiseVerb);
    addPhrases(json.value("mergerWords"_L1), Cue::MergerWord);
    addPhrases(json.value("dealNouns"_L1), Cue::DealNoun);
    addPhrases(json.value("saleVerbs"_L1), Cue::SaleVerb);
    addPhrases(json.value("reportedFuture"_L1), Cue::ReportedFuture);
    addPhrases(json.value("subjectClauses"_L1), Cue::SubjectClause);
    addPhrases(QJsonArray::fromStringList(ResourceData::approximators(u"comparison")), Cue::Approximator);
    addPhrases(json.value("regulatorWords"_L1), Cue::RegulatorWord);
    addPhrases(json.value("possessives"_L1), Cue::Possessive);
    addPhrases(json.value("backReferences"_L1), Cue::BackReference);
    addPhrases(json.value("nearHedges"_L1), Cue::NearHedge);
    addPhrases(json.value("stakeWords"_L1), Cue::StakeWord);
    addPhrases(json.value("goodsUnits"_L1), Cue::GoodsUnit);
    addPhrases(json.value("businessUnits"_L1), Cue::BusinessUnit);
    addPhrases(json.value("fundingNouns"_L1), Cue::FundingNoun);
    addPhrases(json.value("leadVerbs"_L1), Cue::LeadVerb);
    addPhrases(json.value("regulatorNames"_L1), Cue::RegulatorName, Event::Type::Other, true);

    for (auto &indexes : m_byFirstWord) {
        std::stable_sort(indexes.begin(), indexes.end(),
                         [this](int a, int b) { return m_phrases.at(a).words.size() > m_phrases.at(b).words.size(); });
    }

    const QJsonObject types = json.value("types"_L1).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        TypeRule rule;
        rule.minActors = o.value("minActors"_L1).toInt(1);
        rule.minActorsWithFigure = o.value("minActorsWithFigure"_L1).toInt(1);
        rule.fallbackOnly = o.value("fallbackOnly"_L1).toBool(false);
        for (const QJsonValue &kind : o.value("figureKinds"_L1).toArray()) {
            rule.figureKinds.append(MoneyFigure::kindFromName(kind.toString()));
        }
        m_rules.insert(int(Event::typeFromName(it.key())), rule);
    }
}

const EventLexicon &EventLexicon::instance()
{
    static const EventLexicon lexicon(ResourceData::json(u"knowledge/events.json"_s).object());
    return lexicon;
}

void EventLexicon::addPhrases(const QJsonValue &list, Cue cue, Event::Type type, bool whole)
{
    for (const QJsonValue &value : list.toArray()) {
        const QString phrase = value.toString();
        if (whole) {
            // Looked up as one string by isWord(): "European Commission".
            m_singleWords[key(phrase)] |= quint64(1) << int(cue);
            continue;
        }
        QStringList words;
        const auto tokens = tokenize(phrase, 0, int(phrase.size()));
        for (const Token &t : tokens) {
            if (t.isWord()) {
                words.append(key(QStringView(phrase).mid(t.start, t.end - t.start)));
            }
        }
        if (words.isEmpty()) {
            continue;
        }
        if (singleWordCue(cue)) {
            m_singleWords[words.constFirst()] |= quint64(1) << int(cue);
            continue;
        }
        m_byFirstWord[words.constFirst()].append(int(m_phrases.size()));
        m_firstWordFilter.set(foldedHash(words.constFirst()));
        if (cue == Cue::Trigger) {
            m_triggerFilter.set(foldedHash(words.constFirst()));
        }
        m_phrases.append({words, cue, type});
    }
}

QString EventLexicon::key(QStringView word)
{
    QString k = word.toString().toLower();
    k.replace(u'\u2019', u'\'');
    return k;
}

const QList<int> *EventLexicon::phrasesStartingWith(QStringView word) const
{
    // Looked up once per word of every sentence: fold case into a reused buffer instead of a new string.
    if (!m_firstWordFilter.test(foldedHash(word))) {
        return nullptr;
    }
    thread_local QString buffer;
    buffer.resize(word.size());
    QChar *out = buffer.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        out[i] = fold(word.at(i));
    }
    const auto it = m_byFirstWord.constFind(buffer);
    return it == m_byFirstWord.cend() ? nullptr : &*it;
}

QList<EventLexicon::Token> EventLexicon::tokenize(const QString &text, int start, int end)
{
    QList<Token> tokens;
    tokenize(text, start, end, tokens);
    return tokens;
}

void EventLexicon::tokenize(const QString &text, int start, int end, QList<Token> &tokens)
{
    tokens.clear();
    int i = start;
    while (i < end) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            int j = i + 1;
            while (j < end) {
                if (isWordChar(text.at(j))) {
                    ++j;
                } else if (isJoiner(text.at(j)) && j + 1 < end && isWordChar(text.at(j + 1))) {
                    j += 2;
                } else if ((text.at(j) == u'.' || text.at(j) == u',') && j + 1 < end && text.at(j - 1).isDigit() &&
                           text.at(j + 1).isDigit()) {
                    // "2.5", "1,600": one number, not a sentence stop or a clause break.
                    j += 2;
                } else {
                    break;
                }
            }
            tokens.append({i, j, QChar()});
            i = j;
        } else {
            if (!c.isSpace()) {
                tokens.append({i, i + 1, c});
            }
            ++i;
        }
    }
}

QList<EventLexicon::Match> EventLexicon::match(const QString &text, const QList<Token> &tokens) const
{
    QList<Match> matches;
    const int count = int(tokens.size());
    const auto wordAt = [&](int i) {
        return QStringView(text).mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
    };
    for (int i = 0; i < count; ++i) {
        if (!tokens.at(i).isWord()) {
            continue;
        }
        const QList<int> *indexes = phrasesStartingWith(wordAt(i));
        if (!indexes) {
            continue;
        }
        for (int index : *indexes) {
            const Phrase &phrase = m_phrases.at(index);
            const int n = int(phrase.words.size());
            if (i + n > count) {
                continue;
            }
            bool same = true;
            for (int k = 1; k < n && same; ++k) {
                same = tokens.at(i + k).isWord() && wordAt(i + k).compare(phrase.words.at(k), Qt::CaseInsensitive) == 0;
            }
            if (!same) {
                continue;
            }
            // "May" is a month, not a hedge; capitalised modals only count at the sentence start.
            if (phrase.cue == Cue::Hedge && i > 0 && text.at(tokens.at(i).start).isUpper()) {
                continue;
            }
            matches.append({phrase.cue, phrase.type, i, i + n - 1, tokens.at(i).start, tokens.at(i + n - 1).end});
        }
    }
    return matches;
}

bool EventLexicon::mayHaveTrigger(const QString &text, const QList<Token> &tokens) const
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [&](const Token &t) {
        return t.isWord() && m_triggerFilter.test(foldedHash(QStringView(text).mid(t.start, t.end - t.start)));
    });
}

bool EventLexicon::mayHaveTrigger(const QString &text, int start, int end) const
{
    // The word rule of tokenize(), hashing as it goes: most sentences tell no event and need no tokens.
    int i = start;
    while (i < end) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        quint32 h = 2166136261u;
        int j = i;
        while (j < end) {
            const QChar c = text.at(j);
            if (isWordChar(c)) {
                h = (h ^ fold(c).unicode()) * 16777619u;
                ++j;
            } else if (j + 1 < end && isWordChar(text.at(j + 1)) &&
                       (isJoiner(c) ||
                        ((c == u'.' || c == u',') && text.at(j - 1).isDigit() && text.at(j + 1).isDigit()))) {
                h = (h ^ fold(c).unicode()) * 16777619u;
                ++j;
            } else {
                break;
            }
        }
        if (m_triggerFilter.test((h ^ (h >> 16)) & 0xFFFF)) {
            return true;
        }
        i = j;
    }
    return false;
}

bool EventLexicon::isWord(Cue cue, QStringView word) const
{
    if (word.isEmpty()) {
        return false;
    }
    thread_local QString buffer;
    buffer.resize(word.size());
    QChar *out = buffer.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        out[i] = fold(word.at(i));
    }
    return (m_singleWords.value(buffer) & (quint64(1) << int(cue))) != 0;
}

EventLexicon::TypeRule EventLexicon::rule(Event::Type type) const
{
    return m_rules.value(int(type));
}

} // namespace Newsline
