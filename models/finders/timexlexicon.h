#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Newsline {

/// What the temporal tagger knows about one lower-case word (from resources/knowledge/timex.json).
struct TimexWord
{
    enum Flag : quint32
    {
        Month = 1u << 0,
        MonthAbbreviation = 1u << 1,
        AmbiguousMonth = 1u << 2,
        Weekday = 1u << 3,
        Number = 1u << 4,
        Ordinal = 1u << 5,
        Unit = 1u << 6,
        Season = 1u << 7,
        VerbSeason = 1u << 8,
        PartOfDay = 1u << 9,
        Deictic = 1u << 10,
        Vague = 1u << 11,
        Set = 1u << 12,
        SetWord = 1u << 13,
        Approximator = 1u << 14,
        Shifter = 1u << 15,
        Position = 1u << 16,
        Direction = 1u << 17,
        DurationAdjective = 1u << 18,
        FuzzyCount = 1u << 19,
        BareUnitPreposition = 1u << 20,
        TimeZone = 1u << 21,
        NamedTime = 1u << 22,
        Fiscal = 1u << 23,
        Future = 1u << 24,
        Past = 1u << 25,
        YearBlocker = 1u << 26,
        YearPreceder = 1u << 27,
        TimeContext = 1u << 28,
        NonTimexDuration = 1u << 29,
        PhraseStart = 1u << 30,
        Half = 1u << 31,
    };
    /// Flags of the second word.
    enum Flag2 : quint32
    {
        NamedDayPrefix = 1u << 0,
        /// The word can open an expression (a month, a unit, "the", "a"...): the tagger looks no further otherwise.
        Trigger = 1u << 1,
        /// "the", "a", "an", "that": they open an expression only with a known word or a number after them.
        Determiner = 1u << 2,
        RankNoun = 1u << 3,
        /// A word whose full stop ends no sentence (Inc., Jan., a.m.), from knowledge/abbreviations.txt.
        Abbreviation = 1u << 4,
        NamedDaySuffix = 1u << 5,
        /// A future marker that is also a noun ("plan", "forecast"): no tense word after a possessive or determiner.
        NounMarker = 1u << 6,
        /// "her", "its", "the": before a noun marker, they make it a noun.
        NounOpener = 1u << 7,
    };

    quint32 flags = 0;
    quint32 flags2 = 0;
    int month = 0;
    int weekday = 0;
    int number = 0;
    int ordinal = 0;
    int shift = 0;
    int deictic = 0;
    int direction = 0;
    /// Unit letter (Y, M, W, D, H, MIN, S, Q, DE, CE, FN, WE).
    QString unit;
    QString season;
    QString partOfDay;
    QString vague;
    QString set;
    QString timezone;
    QString namedTime;
    QString position;
    /// Indexes into TimexLexicon::phrases() of the phrases this word opens.
    QList<int> phrases;

    /// True when the word carries flag.
    [[nodiscard]] bool is(Flag flag) const { return flags & flag; }
    /// True when the word carries flag.
    [[nodiscard]] bool is(Flag2 flag) const { return flags2 & flag; }
};

/// A fixed phrase with a vague value ("at [one point]" -> PAST_REF); the bracketed words are the span.
struct TimexPhrase
{
    QStringList words;
    int spanFirst = 0;
    int spanLast = 0;
    QString value;
};

/// The temporal tagger's word knowledge, loaded once from the bundled knowledge file.
class TimexLexicon
{
public:
    /// Loads resources/knowledge/timex.json.
    TimexLexicon();

    /// The shared instance.
    [[nodiscard]] static const TimexLexicon &instance();

    /// The entry of a word (any case, ASCII letters and apostrophes), or nullptr when the word is unknown.
    [[nodiscard]] const TimexWord *word(QStringView text) const;
    /// All fixed phrases (TimexWord::phrases indexes them).
    [[nodiscard]] const QList<TimexPhrase> &phrases() const { return m_phrases; }
    /// Full length of a unit as a duration ("DE" -> "P10Y"), empty for base units.
    [[nodiscard]] QString unitExpansion(const QString &unit) const;

private:
    TimexWord &entry(const QString &key);
    void buildTable();

    // Open addressing over the lower-case words, hashed while lower-casing: the lookup runs for every word of
    // every article, so it allocates nothing and walks no nodes.
    struct Slot
    {
        std::u16string key;
        int entry = -1;
    };
    std::unordered_map<std::u16string, int> m_index;
    QList<TimexWord> m_entries;
    std::vector<Slot> m_table;
    size_t m_mask = 0;
    // Which (length, first letter, last letter) triples occur: most words of a text fail this test and skip the
    // hash altogether.
    std::vector<bool> m_shapes;
    QList<TimexPhrase> m_phrases;
    QHash<QString, QString> m_unitExpansion;
};

} // namespace Newsline
