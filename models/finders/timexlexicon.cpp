#include "timexlexicon.h"

#include "resourcedata.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Longest word the lexicon holds; longer words are never looked up, which keeps the lookup allocation-free.
constexpr int MaxWordLength = 24;

constexpr quint32 fnvStep(quint32 hash, char16_t c)
{
    return (hash ^ c) * 16777619u;
}

constexpr quint32 FnvSeed = 2166136261u;

int letterIndex(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    return -1;
}

// Index of a word's shape in TimexLexicon::m_shapes, -1 when it has none (non-ASCII ends).
int shapeIndex(qsizetype length, char16_t first, char16_t last)
{
    const int a = letterIndex(first);
    const int b = letterIndex(last);
    if (a < 0 || b < 0 || length < 1 || length > MaxWordLength) {
        return -1;
    }
    return int(length - 1) * 26 * 26 + a * 26 + b;
}

} // namespace

TimexLexicon::TimexLexicon()
{
    const QJsonObject root = ResourceData::json(u"knowledge/timex.json"_s).object();
    const auto forObject = [&](const char *name, auto apply) {
        const QJsonObject object = root.value(QLatin1StringView(name)).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            apply(entry(it.key()), it.value());
        }
    };
    const auto forArray = [&](const char *name, TimexWord::Flag flag) {
        for (const QJsonValue &value : root.value(QLatin1StringView(name)).toArray()) {
            entry(value.toString()).flags |= flag;
        }
    };
    forObject("months", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Month;
        w.month = v.toInt();
    });
    forObject("monthAbbreviations", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Month | TimexWord::MonthAbbreviation;
        w.month = v.toInt();
    });
    forArray("ambiguousMonths", TimexWord::AmbiguousMonth);
    forArray("timeContext", TimexWord::TimeContext);
    forObject("weekdays", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Weekday;
        w.weekday = v.toInt();
    });
    forObject("numbers", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Number;
        w.number = v.toInt();
    });
    forObject("ordinals", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Ordinal;
        w.ordinal = v.toInt();
    });
    forObject("units", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Unit;
        w.unit = v.toString();
    });
    forObject("seasons", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Season;
        w.season = v.toString();
    });
    forArray("verbSeasons", TimexWord::VerbSeason);
    forObject("partsOfDay", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::PartOfDay;
        w.partOfDay = v.toString();
    });
    forObject("deictic", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Deictic;
        w.deictic = v.toInt();
    });
    forObject("vague", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Vague;
        w.vague = v.toString();
    });
    forObject("sets", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Set;
        w.set = v.toString();
    });
    forArray("setWords", TimexWord::SetWord);
    for (const QString &word : ResourceData::approximators(u"duration")) {
        entry(word).flags |= TimexWord::Approximator;
    }
    forObject("shifters", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Shifter;
        w.shift = v.toInt();
    });
    forObject("positions", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Position;
        w.position = v.toString();
    });
    forObject("relativeDirections", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::Direction;
        w.direction = v.toInt();
    });
    forArray("durationAdjectives", TimexWord::DurationAdjective);
    forArray("fuzzyCounts", TimexWord::FuzzyCount);
    forArray("bareUnitPrepositions", TimexWord::BareUnitPreposition);
    forObject("timezones", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::TimeZone;
        w.timezone = v.toString();
    });
    forObject("namedTimes", [](TimexWord &w, const QJsonValue &v) {
        w.flags |= TimexWord::NamedTime;
        w.namedTime = v.toString();
    });
    forArray("fiscal", TimexWord::Fiscal);
    forObject("halves", [](TimexWord &w, const QJsonValue &) { w.flags |= TimexWord::Half; });
    forArray("futureMarkers", TimexWord::Future);
    forArray("pastMarkers", TimexWord::Past);
    forArray("yearBlockers", TimexWord::YearBlocker);
    forArray("yearPreceders", TimexWord::YearPreceder);
    forArray("nonTimexDurations", TimexWord::NonTimexDuration);
    for (const QJsonValue &value : root.value("nounMarkers"_L1).toArray()) {
        entry(value.toString()).flags2 |= TimexWord::NounMarker;
    }
    for (const QJsonValue &value : root.value("nounOpeners"_L1).toArray()) {
        entry(value.toString()).flags2 |= TimexWord::NounOpener;
    }
    for (const QJsonValue &value : root.value("namedDayPrefixes"_L1).toArray()) {
        entry(value.toString()).flags2 |= TimexWord::NamedDayPrefix;
    }
    // The sentence splitter's list: the tagger needs the same clause ends for its tense window.
    for (const QString &abbreviation : ResourceData::lines(u"knowledge/abbreviations.txt"_s)) {
        entry(abbreviation).flags2 |= TimexWord::Abbreviation;
    }
    for (const QJsonValue &value : root.value("namedDaySuffixes"_L1).toArray()) {
        entry(value.toString()).flags2 |= TimexWord::NamedDaySuffix;
    }
    for (const QJsonValue &value : root.value("rankNouns"_L1).toArray()) {
        entry(value.toString()).flags2 |= TimexWord::RankNoun;
    }

    const QJsonObject phrases = root.value("vaguePhrases"_L1).toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        TimexPhrase phrase;
        phrase.value = it.value().toString();
        const QStringList words = it.key().split(u' ', Qt::SkipEmptyParts);
        for (QString word : words) {
            if (word.startsWith(u'[')) {
                phrase.spanFirst = int(phrase.words.size());
                word.remove(0, 1);
            }
            if (word.endsWith(u']')) {
                phrase.spanLast = int(phrase.words.size());
                word.chop(1);
            }
            phrase.words.append(word);
        }
        if (!phrase.words.isEmpty()) {
            TimexWord &first = entry(phrase.words.first());
            first.flags |= TimexWord::PhraseStart;
            first.phrases.append(int(m_phrases.size()));
            m_phrases.append(phrase);
        }
    }
    for (const char *determiner : {"the", "a", "an", "that"}) {
        entry(QLatin1StringView(determiner)).flags2 |= TimexWord::Determiner | TimexWord::Trigger;
    }
    entry(u"half"_s).flags2 |= TimexWord::Trigger;
    constexpr quint32 triggers = TimexWord::Month | TimexWord::Weekday | TimexWord::Number | TimexWord::Ordinal |
                                 TimexWord::Unit | TimexWord::Season | TimexWord::Deictic | TimexWord::Vague |
                                 TimexWord::Set | TimexWord::SetWord | TimexWord::Approximator | TimexWord::Shifter |
                                 TimexWord::Position | TimexWord::FuzzyCount | TimexWord::Fiscal | TimexWord::NamedTime;
    for (TimexWord &word : m_entries) {
        if (word.flags & triggers) {
            word.flags2 |= TimexWord::Trigger;
        }
    }
    const QJsonObject expansions = root.value("unitExpansion"_L1).toObject();
    for (auto it = expansions.begin(); it != expansions.end(); ++it) {
        m_unitExpansion.insert(it.key(), it.value().toString());
    }
    buildTable();
}

void TimexLexicon::buildTable()
{
    size_t size = 64;
    while (size < m_index.size() * 4) {
        size *= 2;
    }
    m_table.assign(size, Slot{});
    m_mask = size - 1;
    m_shapes.assign(MaxWordLength * 26 * 26, false);
    for (const auto &[key, index] : m_index) {
        const int shape = key.empty() ? -1 : shapeIndex(qsizetype(key.size()), key.front(), key.back());
        if (shape >= 0) {
            m_shapes[size_t(shape)] = true;
        }
        quint32 hash = FnvSeed;
        for (char16_t c : key) {
            hash = fnvStep(hash, c);
        }
        size_t slot = hash & m_mask;
        while (m_table[slot].entry >= 0) {
            slot = (slot + 1) & m_mask;
        }
        m_table[slot] = Slot{key, index};
    }
}

const TimexLexicon &TimexLexicon::instance()
{
    static const TimexLexicon lexicon;
    return lexicon;
}

TimexWord &TimexLexicon::entry(const QString &key)
{
    const QString lower = key.toLower();
    const std::u16string text(reinterpret_cast<const char16_t *>(lower.utf16()), size_t(lower.size()));
    const auto it = m_index.find(text);
    if (it != m_index.end()) {
        return m_entries[it->second];
    }
    m_index.emplace(text, int(m_entries.size()));
    m_entries.append(TimexWord{});
    return m_entries.last();
}

const TimexWord *TimexLexicon::word(QStringView text) const
{
    if (text.isEmpty() || text.size() > MaxWordLength) {
        return nullptr;
    }
    const int shape = shapeIndex(text.size(), text.front().unicode(), text.back().unicode());
    if (shape >= 0 && !m_shapes[size_t(shape)]) {
        return nullptr;
    }
    char16_t buffer[MaxWordLength];
    quint32 hash = FnvSeed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z') {
            c = char16_t(c + 32);
        } else if (c == u'\u2019') {
            c = u'\'';
        }
        buffer[i] = c;
        hash = fnvStep(hash, c);
    }
    const std::u16string_view key(buffer, size_t(text.size()));
    for (size_t slot = hash & m_mask; m_table[slot].entry >= 0; slot = (slot + 1) & m_mask) {
        if (m_table[slot].key == key) {
            return &m_entries[m_table[slot].entry];
        }
    }
    return nullptr;
}

QString TimexLexicon::unitExpansion(const QString &unit) const
{
    return m_unitExpansion.value(unit);
}

} // namespace Newsline
