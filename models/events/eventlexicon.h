#pragma once

#include "event.h"
#include "moneyfigure.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <bitset>

namespace Newsline {

/// The words that make a sentence report an event and the cues around them, from knowledge/events.json.
class EventLexicon
{
public:
    /// What a listed phrase tells about the sentence it occurs in.
    enum class Cue
    {
        Trigger,
        Hedge,
        LeadingExclusion,
        InlineExclusion,
        Affiliation,
        Pronoun,
        SpeakerPronoun,
        GroupPronoun,
        RelativePronoun,
        SameDay,
        SpeechVerb,
        PassiveCue,
        RightStop,
        LaunchObjectSkip,
        NonProduct,
        ObjectEnd,
        Auxiliary,
        CompoundHead,
        RaiseVerb,
        MergerWord,
        DealNoun,
        SaleVerb,
        ReportedFuture,
        SubjectClause,
        Approximator,
        RegulatorWord,
        RegulatorName,
        Possessive,
        BackReference,
        NearHedge,
        StakeWord,
        GoodsUnit,
        BusinessUnit,
        FundingNoun,
        LeadVerb
    };

    /// A word or a punctuation mark of a sentence; start/end index the article text.
    struct Token
    {
        int start = -1;
        int end = -1;
        /// The punctuation character, or a null QChar for a word.
        QChar punct;
        [[nodiscard]] bool isWord() const { return punct.isNull(); }
    };

    /// A listed phrase found at tokens [first, last].
    struct Match
    {
        Cue cue = Cue::Trigger;
        Event::Type type = Event::Type::Other;
        int first = -1;
        int last = -1;
        int start = -1;
        int end = -1;
    };

    /// What an event type needs to be reported and which money figures it takes.
    struct TypeRule
    {
        int minActors = 1;
        int minActorsWithFigure = 1;
        /// Accepted figure kinds, the type's own kind first.
        QList<MoneyFigure::Kind> figureKinds;
        /// Only reported when the sentence reports no more specific event.
        bool fallbackOnly = false;
    };

    /// A lexicon from the JSON object of an events knowledge file.
    explicit EventLexicon(const QJsonObject &json);

    /// The shared lexicon of the bundled knowledge/events.json (loaded once).
    [[nodiscard]] static const EventLexicon &instance();

    /// Words and punctuation of text[span.start, span.end).
    [[nodiscard]] static QList<Token> tokenize(const QString &text, int start, int end);
    /// The same into tokens, whose memory is reused.
    static void tokenize(const QString &text, int start, int end, QList<Token> &tokens);
    /// Every listed phrase in the tokens, in token order (longer phrases first at one position).
    [[nodiscard]] QList<Match> match(const QString &text, const QList<Token> &tokens) const;
    /// True when a word of the tokens may start a trigger phrase (a quick test before match()).
    [[nodiscard]] bool mayHaveTrigger(const QString &text, const QList<Token> &tokens) const;
    /// The same test straight on text[start, end), without tokenizing it.
    [[nodiscard]] bool mayHaveTrigger(const QString &text, int start, int end) const;
    /// True when the single word is listed under cue.
    [[nodiscard]] bool isWord(Cue cue, QStringView word) const;
    /// The rule of an event type.
    [[nodiscard]] TypeRule rule(Event::Type type) const;

private:
    struct Phrase
    {
        QStringList words;
        Cue cue = Cue::Trigger;
        Event::Type type = Event::Type::Other;
    };

    void addPhrases(const QJsonValue &list, Cue cue, Event::Type type = Event::Type::Other, bool whole = false);
    [[nodiscard]] static QString key(QStringView word);
    [[nodiscard]] const QList<int> *phrasesStartingWith(QStringView word) const;

    QList<Phrase> m_phrases;
    /// Phrase indexes by their lower-case first word, longest phrases first.
    QHash<QString, QList<int>> m_byFirstWord;
    QHash<int, TypeRule> m_rules;
    /// Bits set for the hashes of every phrase's first word: most words of a text are ruled out by one test.
    std::bitset<1 << 16> m_firstWordFilter;
    std::bitset<1 << 16> m_triggerFilter;
    /// Single words tested one at a time (speech verbs, stop words...): a bit per cue, kept out of match().
    QHash<QString, quint64> m_singleWords;
};

} // namespace Newsline
