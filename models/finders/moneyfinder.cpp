#include "moneyfinder.h"

#include "decimal.h"
#include "resourcedata.h"
#include "sentencesplitter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr quint32 IsNumberWord = 1u << 0;
constexpr quint32 IsScale = 1u << 1;
constexpr quint32 IsShortScale = 1u << 2;
constexpr quint32 IsIsoCode = 1u << 3;
constexpr quint32 IsUpperCaseOnly = 1u << 4;
constexpr quint32 IsDollarPrefix = 1u << 5;
constexpr quint32 IsSpacedDollarPrefix = 1u << 6;
constexpr quint32 IsNameStart = 1u << 7;
constexpr quint32 IsHundred = 1u << 9;
constexpr quint32 IsHalf = 1u << 10;
constexpr quint32 IsQuarter = 1u << 11;
constexpr quint32 IsArticle = 1u << 12;
constexpr quint32 IsAnd = 1u << 13;
constexpr quint32 IsTo = 1u << 14;
constexpr quint32 IsBetween = 1u << 15;
constexpr quint32 IsFrom = 1u << 16;
constexpr quint32 IsScaledCode = 1u << 17;
constexpr quint32 IsPrefixWord = 1u << 18;
constexpr quint32 IsOf = 1u << 19;
constexpr quint32 IsPercent = 1u << 20;
constexpr quint32 IsRateLink = 1u << 21;
constexpr quint32 IsDeterminer = 1u << 22;

struct WordInfo
{
    quint32 flags = 0;
    int number = 0;
    // Power of ten: of a scale word, of a scaled code ("meur"), or of a subunit ("cents": -2).
    int exponent = 0;
    QString code;
    QString prefixCode;
};

struct CurrencyName
{
    QStringList words; // after the first
    QString code;
    bool ambiguous = false;
    bool subunit = false;
    int exponent = 0;
};

struct KindCue
{
    QStringList words;
    bool prefix = false; // the last word matches any word it starts
    MoneyFigure::Kind kind = MoneyFigure::Kind::Other;
};

// A name several currencies share ("francs", "crowns"), told apart by the places the story names.
struct ContextChoice
{
    QString code;
    // The choice holds for stories published before this day only; invalid when always.
    QDate before;
    QStringList cues;
};

struct ContextName
{
    QString fallback;
    QList<ContextChoice> choices;
};

// Figures in a shared name carry this prefix and the name's index until the story picks the currency.
constexpr QChar ContextMark = u'?';

constexpr int BloomBits = 1 << 16;

// The finder's vocabulary, read once from resources/knowledge/currencies.json and figurekinds.json.
class Lexicon
{
public:
    static const Lexicon &instance()
    {
        static const Lexicon lexicon;
        return lexicon;
    }

    const WordInfo *word(QStringView word, char16_t *buffer) const
    {
        const qsizetype n = word.size();
        if (n == 0 || n > MaxWordLength) {
            return nullptr;
        }
        quint32 h = 2166136261u;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = foldCase(word[i]);
            buffer[i] = c;
            h = (h ^ c) * 16777619u;
        }
        if (!m_bloom.test(h & (BloomBits - 1))) {
            return nullptr;
        }
        const auto it = m_words.constFind(QString::fromRawData(reinterpret_cast<const QChar *>(buffer), n));
        return it == m_words.cend() ? nullptr : &*it;
    }

    // word in lower case as a QString over buffer (no allocation); empty when longer than the buffer.
    static QString lowered(QStringView word, char16_t *buffer)
    {
        if (word.size() > MaxWordLength) {
            return {};
        }
        for (qsizetype i = 0; i < word.size(); ++i) {
            buffer[i] = foldCase(word[i]);
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(buffer), word.size());
    }

    static char16_t foldCase(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 128) {
            return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        }
        return c.toLower().unicode();
    }

    // Words between a link ("a", "per") and its unit, or -1 when the word is no link.
    int perUnitLinkGap(const QString &word) const { return m_perLinks.value(word, -1); }
    bool isPerUnitEach(const QString &word) const { return m_perEach.contains(word); }
    // Words that may stand between an amount and its link: "71 dlrs cash per share", "20 dlrs in stock a share".
    bool isPerUnitMedium(const QString &word) const { return m_perMedia.contains(word); }
    // The unit a noun names ("shares" gives "share"); empty when it names none.
    QString perUnitNoun(const QString &word) const { return m_perNouns.value(word); }

    const QList<ContextName> &contextNames() const { return m_contextNames; }

    QString symbolCode(QChar c) const { return m_symbols.value(c.unicode()); }
    bool isSymbol(QChar c) const { return m_symbols.contains(c.unicode()); }
    const QList<CurrencyName> *names(const QString &first) const
    {
        const auto it = m_names.constFind(first);
        return it == m_names.cend() ? nullptr : &*it;
    }
    // Approximation cues ending with word (lower case).
    const QList<QStringList> *approximateCuesEndingWith(const QString &word) const
    {
        const auto it = m_approximateCues.constFind(word);
        return it == m_approximateCues.cend() ? nullptr : &*it;
    }
    const QList<KindCue> &kindCues() const { return m_kindCues; }
    // Indexes of the kind cues whose first word is word (lower case), prefix cues included.
    void kindCuesFor(const QString &word, QList<int> *out) const
    {
        out->clear();
        const auto it = m_cuesByFirst.constFind(word);
        if (it != m_cuesByFirst.cend()) {
            out->append(*it);
        }
        if (word.size() >= PrefixKey) {
            const auto prefixed = m_prefixCues.constFind(word.left(PrefixKey));
            if (prefixed != m_prefixCues.cend()) {
                for (int index : *prefixed) {
                    if (word.startsWith(m_kindCues.at(index).words.first())) {
                        out->append(index);
                    }
                }
            }
        }
    }

    static constexpr qsizetype MaxWordLength = 24;

private:
    Lexicon()
    {
        const QJsonObject root = ResourceData::json(u"knowledge/currencies.json"_s).object();
        auto add = [this](const QString &w, quint32 flags) -> WordInfo & {
            WordInfo &info = m_words[w.toLower()];
            info.flags |= flags;
            return info;
        };
        for (const QJsonValue &v : root.value("currencies"_L1).toArray()) {
            const QJsonObject currency = v.toObject();
            const QString code = currency.value("code"_L1).toString();
            for (const QJsonValue &symbol : currency.value("symbols"_L1).toArray()) {
                const QString s = symbol.toString();
                if (s.size() == 1) {
                    m_symbols.insert(s.at(0).unicode(), code);
                }
            }
            for (const QJsonValue &name : currency.value("names"_L1).toArray()) {
                addName(name.toString(), code, false, 0);
            }
        }
        for (const QJsonValue &v : root.value("contextNames"_L1).toArray()) {
            const QJsonObject group = v.toObject();
            ContextName name;
            name.fallback = group.value("fallback"_L1).toString();
            for (const QJsonValue &c : group.value("choices"_L1).toArray()) {
                const QJsonObject choice = c.toObject();
                name.choices.append({choice.value("code"_L1).toString(),
                                     QDate::fromString(choice.value("before"_L1).toString(), Qt::ISODate),
                                     stringList(choice.value("cues"_L1))});
            }
            const QString mark = ContextMark + QString::number(m_contextNames.size());
            for (const QString &n : stringList(group.value("names"_L1))) {
                addName(n, mark, false, 0);
            }
            m_contextNames.append(name);
        }
        const QStringList upperOnly = stringList(root.value("upperCaseOnlyCodes"_L1));
        const QJsonObject aliases = root.value("codeAliases"_L1).toObject();
        const QJsonObject codeScales = root.value("codeScalePrefixes"_L1).toObject();
        for (const QString &code : stringList(root.value("isoCodes"_L1))) {
            const QString target = aliases.value(code).toString(code);
            WordInfo &info = add(code, IsIsoCode | (upperOnly.contains(code) ? IsUpperCaseOnly : 0));
            info.code = target;
            for (auto it = codeScales.begin(); it != codeScales.end(); ++it) {
                WordInfo &scaled = add(it.key() + code, IsScaledCode);
                scaled.code = target;
                scaled.exponent = it.value().toInt();
            }
        }
        const QJsonObject prefixWords = root.value("prefixWords"_L1).toObject();
        for (auto it = prefixWords.begin(); it != prefixWords.end(); ++it) {
            add(it.key(), IsPrefixWord).code = it.value().toString();
        }
        const QStringList spaced = stringList(root.value("spacedDollarPrefixes"_L1));
        const QJsonObject prefixes = root.value("dollarPrefixes"_L1).toObject();
        for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
            add(it.key(), IsDollarPrefix | (spaced.contains(it.key()) ? IsSpacedDollarPrefix : 0)).prefixCode =
                it.value().toString();
        }
        const QStringList ambiguous = stringList(root.value("ambiguousNames"_L1));
        for (auto it = m_names.begin(); it != m_names.end(); ++it) {
            for (CurrencyName &name : *it) {
                name.ambiguous = name.words.isEmpty() && ambiguous.contains(it.key());
            }
        }
        for (const QJsonValue &v : root.value("subunits"_L1).toArray()) {
            const QJsonObject subunit = v.toObject();
            for (const QString &name : stringList(subunit.value("names"_L1))) {
                addName(name, subunit.value("code"_L1).toString(), true, subunit.value("exponent"_L1).toInt());
            }
        }
        const QJsonObject scales = root.value("scales"_L1).toObject();
        for (auto it = scales.begin(); it != scales.end(); ++it) {
            add(it.key(), IsScale | (it.key().size() == 1 ? IsShortScale : 0)).exponent = it.value().toInt();
        }
        const QJsonObject numbers = root.value("numberWords"_L1).toObject();
        for (auto it = numbers.begin(); it != numbers.end(); ++it) {
            add(it.key(), IsNumberWord).number = it.value().toInt();
        }
        add(u"hundred"_s, IsHundred);
        add(u"half"_s, IsHalf);
        add(u"quarter"_s, IsQuarter);
        add(u"quarters"_s, IsQuarter);
        add(u"a"_s, IsArticle);
        add(u"an"_s, IsArticle);
        add(u"and"_s, IsAnd);
        add(u"to"_s, IsTo | IsRateLink);
        add(u"between"_s, IsBetween);
        // After these words "$2.86 to $77.11" is a change, not a range.
        add(u"from"_s, IsFrom);
        for (const QString &w : stringList(root.value("changeWords"_L1))) {
            add(w, IsFrom);
        }
        add(u"per"_s, IsRateLink);
        add(u"against"_s, IsRateLink);
        add(u"the"_s, IsDeterminer);
        add(u"of"_s, IsOf);
        add(u"percent"_s, IsPercent);
        add(u"pct"_s, IsPercent);
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
            add(it.key(), IsNameStart);
        }
        for (const QString &cue : ResourceData::approximators(u"amount")) {
            const QStringList words = cue.split(u' ', Qt::SkipEmptyParts);
            if (!words.isEmpty()) {
                m_approximateCues[words.last()].append(words);
            }
        }

        const QJsonObject links = root.value("perUnitLinks"_L1).toObject();
        for (auto it = links.begin(); it != links.end(); ++it) {
            m_perLinks.insert(it.key(), it.value().toInt());
        }
        for (const QString &each : stringList(root.value("perUnitEach"_L1))) {
            m_perEach.insert(each);
        }
        for (const QString &medium : stringList(root.value("perUnitMedia"_L1))) {
            m_perMedia.insert(medium);
        }
        const QJsonObject nouns = root.value("perUnitNouns"_L1).toObject();
        for (auto it = nouns.begin(); it != nouns.end(); ++it) {
            m_perNouns.insert(it.key(), it.value().toString());
        }

        const QJsonObject kinds =
            ResourceData::json(u"knowledge/figurekinds.json"_s).object().value("kinds"_L1).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it) {
            const MoneyFigure::Kind kind = MoneyFigure::kindFromName(it.key());
            for (const QString &cue : stringList(it.value())) {
                KindCue c;
                c.kind = kind;
                c.prefix = cue.endsWith(u'*');
                c.words = (c.prefix ? cue.chopped(1) : cue).split(u' ', Qt::SkipEmptyParts);
                if (c.prefix && c.words.size() == 1 && c.words.first().size() >= PrefixKey) {
                    m_prefixCues[c.words.first().left(PrefixKey)].append(int(m_kindCues.size()));
                } else {
                    m_cuesByFirst[c.words.first()].append(int(m_kindCues.size()));
                }
                m_kindCues.append(c);
            }
        }

        for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
            quint32 h = 2166136261u;
            for (QChar c : it.key()) {
                h = (h ^ c.unicode()) * 16777619u;
            }
            m_bloom.set(h & (BloomBits - 1));
        }
    }

    void addName(const QString &phrase, const QString &code, bool subunit, int exponent)
    {
        QStringList words = phrase.toLower().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            return;
        }
        const QString first = words.takeFirst();
        QList<CurrencyName> &list = m_names[first];
        list.append({words, code, false, subunit, exponent});
        // Longest phrase first, so "pounds sterling" wins over "pounds".
        std::stable_sort(list.begin(), list.end(),
                         [](const CurrencyName &a, const CurrencyName &b) { return a.words.size() > b.words.size(); });
    }

    static QStringList stringList(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue &v : value.toArray()) {
            list.append(v.toString());
        }
        return list;
    }

    QHash<QString, WordInfo> m_words;
    QHash<QString, QList<CurrencyName>> m_names;
    QHash<char16_t, QString> m_symbols;
    QHash<QString, QList<QStringList>> m_approximateCues;
    QList<ContextName> m_contextNames;
    QHash<QString, int> m_perLinks;
    QSet<QString> m_perEach;
    QSet<QString> m_perMedia;
    QHash<QString, QString> m_perNouns;
    QList<KindCue> m_kindCues;
    QHash<QString, QList<int>> m_cuesByFirst;
    QHash<QString, QList<int>> m_prefixCues; // by their first PrefixKey letters
    static constexpr qsizetype PrefixKey = 3;
    std::bitset<BloomBits> m_bloom;
};

struct Token
{
    enum Type : quint8
    {
        Word,
        Number,
        Symbol,
        Punct
    };
    int start = 0;
    int end = 0;
    Type type = Punct;
    bool gapBefore = false;
    const WordInfo *info = nullptr;
};

struct NumberValue
{
    Decimal value;
    int last = -1;
    bool scaled = false;
    bool plainDigits = false; // digits only: no grouping, no decimals, no words
    bool words = false;
    int digits = 0;
};

struct Amount
{
    int first = -1;
    int last = -1;
    Decimal low;
    std::optional<Decimal> high;
    QString code;
    bool approximate = false;
};

// One sentence's tokens and the parsing rules over them.
class Scanner
{
public:
    Scanner(const QString &text, const Lexicon &lexicon)
        : m_text(text)
        , m_lexicon(lexicon)
    {
    }

    void scan(TextSpan span, QList<MoneyFigure> &out)
    {
        tokenize(span);
        const int n = int(m_tokens.size());
        int floor = 0;
        std::vector<Amount> found;
        for (int i = 0; i < n; ++i) {
            const Token &t = m_tokens[std::size_t(i)];
            if (t.type == Token::Punct || (t.type == Token::Word && !t.info)) {
                continue;
            }
            if (auto amount = amountAt(i, floor)) {
                amount->approximate = approximateBefore(amount->first);
                found.push_back(*amount);
                floor = amount->last + 1;
                i = amount->last;
            }
        }
        if (!found.empty()) {
            findCues();
        }
        int previousLast = -1;
        for (const Amount &amount : found) {
            MoneyFigure f;
            f.start = tok(amount.first).start;
            f.end = tok(amount.last).end;
            f.text = m_text.mid(f.start, f.end - f.start);
            if (amount.low.isValid()) {
                f.amount = amount.low;
            }
            if (amount.high && amount.high->isValid()) {
                f.amountMax = *amount.high;
            }
            f.currency = amount.code;
            f.approximate = amount.approximate;
            f.kind = kindOf(amount);
            f.per = perUnitAfter(amount.last);
            if (f.per.isEmpty()) {
                f.per = perUnitBefore(amount.first, previousLast);
            }
            previousLast = amount.last;
            out.append(f);
        }
    }

private:
    const Token &tok(int i) const { return m_tokens[std::size_t(i)]; }
    bool valid(int i) const { return i >= 0 && i < int(m_tokens.size()); }
    QStringView textOf(int i) const { return QStringView(m_text).mid(tok(i).start, tok(i).end - tok(i).start); }
    quint32 flags(int i) const
    {
        return valid(i) && tok(i).type == Token::Word && tok(i).info ? tok(i).info->flags : 0;
    }
    bool isPunct(int i, char16_t c) const
    {
        return valid(i) && tok(i).type == Token::Punct && m_text.at(tok(i).start).unicode() == c;
    }
    bool isDash(int i) const { return isPunct(i, u'-') || isPunct(i, u'\u2013'); }
    bool glued(int i) const { return valid(i) && !tok(i).gapBefore; }

    void tokenize(TextSpan span)
    {
        m_tokens.clear();
        const QChar *s = m_text.constData();
        int i = span.start;
        const int end = span.end;
        bool gap = true;
        while (i < end) {
            const QChar c = s[i];
            const char16_t u = c.unicode();
            if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\u00A0' || (u > 127 && c.isSpace())) {
                gap = true;
                ++i;
                continue;
            }
            Token t;
            t.start = i;
            t.gapBefore = gap;
            gap = false;
            if (u >= u'0' && u <= u'9') {
                int j = i + 1;
                for (;;) {
                    while (j < end && s[j].unicode() >= u'0' && s[j].unicode() <= u'9') {
                        ++j;
                    }
                    if (j + 1 < end && (s[j] == u',' || s[j] == u'.') && s[j + 1].unicode() >= u'0' &&
                        s[j + 1].unicode() <= u'9') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                t.type = Token::Number;
                t.end = j;
            } else if (u < 128 ? ((u | 32) >= u'a' && (u | 32) <= u'z') : c.isLetter()) {
                int j = i + 1;
                while (j < end && isLetter(s[j])) {
                    ++j;
                }
                // Initials with points ("U.S.") are one word.
                if (j - i == 1 && j + 1 < end && s[j] == u'.' && isLetter(s[j + 1])) {
                    while (j + 1 < end && s[j] == u'.' && isLetter(s[j + 1])) {
                        j += 2;
                    }
                    if (j < end && s[j] == u'.') {
                        ++j;
                    }
                }
                t.type = Token::Word;
                t.end = j;
                t.info = m_lexicon.word(QStringView(s + i, j - i), m_buffer.data());
            } else if (m_lexicon.isSymbol(c)) {
                t.type = Token::Symbol;
                t.end = i + 1;
            } else {
                t.type = Token::Punct;
                t.end = i + 1;
            }
            i = t.end;
            m_tokens.push_back(t);
        }
    }

    static bool isLetter(QChar c)
    {
        const char16_t u = c.unicode();
        return u < 128 ? ((u | 32) >= u'a' && (u | 32) <= u'z') : c.isLetter();
    }

    bool isUpperCase(int i) const
    {
        for (QChar c : textOf(i)) {
            if (c.isLetter() && !c.isUpper()) {
                return false;
            }
        }
        return true;
    }

    bool isCode(int i) const
    {
        const quint32 f = flags(i);
        if (!(f & IsIsoCode)) {
            return false;
        }
        return !(f & IsUpperCaseOnly) || isUpperCase(i);
    }

    // Digits "1,600", "5.6", "94,000" as a decimal; nullopt for malformed grouping ("1,2345", "12,34").
    std::optional<Decimal> digitsValue(int i, bool *grouped, bool *decimal) const
    {
        const QStringView text = textOf(i);
        QString plain;
        plain.reserve(text.size());
        int groupDigits = -1;
        int leadDigits = 0;
        bool point = false;
        for (QChar c : text) {
            if (c == u',') {
                if (point || (groupDigits < 0 ? leadDigits > 3 : groupDigits != 3)) {
                    return std::nullopt;
                }
                groupDigits = 0;
                *grouped = true;
            } else if (c == u'.') {
                if (point || (groupDigits >= 0 && groupDigits != 3)) {
                    return std::nullopt;
                }
                point = true;
                *decimal = true;
                plain.append(c);
            } else {
                plain.append(c);
                if (!point) {
                    groupDigits >= 0 ? ++groupDigits : ++leadDigits;
                }
            }
        }
        if (groupDigits >= 0 && !point && groupDigits != 3) {
            return std::nullopt;
        }
        return Decimal::fromString(plain);
    }

    // A scale word after token i ("million", "bn", glued "m"), or a hyphen and one ("$5-million"); its index or -1.
    int scaleAfter(int i) const
    {
        int j = i + 1;
        if (isDash(j) && glued(j) && glued(j + 1) && (flags(j + 1) & IsScale)) {
            ++j;
        }
        const quint32 f = flags(j);
        if (!(f & IsScale) || ((f & IsShortScale) && !glued(j))) {
            return -1;
        }
        return j;
    }

    std::optional<NumberValue> numberAt(int i) const
    {
        if (!valid(i)) {
            return std::nullopt;
        }
        if (tok(i).type == Token::Number) {
            NumberValue n;
            bool grouped = false;
            bool decimal = false;
            const auto value = digitsValue(i, &grouped, &decimal);
            if (!value) {
                return std::nullopt;
            }
            n.value = *value;
            n.last = i;
            n.plainDigits = !grouped && !decimal;
            n.digits = int(textOf(i).size());
            const int scale = scaleAfter(i);
            if (scale >= 0) {
                n.value = n.value.scaledByPowerOfTen(tok(scale).info->exponent);
                n.last = scale;
                n.scaled = true;
            }
            return n;
        }
        return wordsAt(i);
    }

    // Number words: "one", "forty-five", "two and a half billion", "a billion", "three quarters billion", "billion".
    std::optional<NumberValue> wordsAt(int i) const
    {
        Decimal total;
        Decimal current;
        bool any = false;
        bool one = false; // "a" standing for one before a multiplier
        int lastNumber = -1;
        bool lastTens = false;
        NumberValue n;
        int j = i;
        for (; valid(j); ++j) {
            const quint32 f = flags(j);
            if (f & IsNumberWord) {
                const int v = tok(j).info->number;
                const bool follows = lastNumber >= 0 && (lastNumber == j - 1 || (lastNumber == j - 2 && isDash(j - 1)));
                // Only "forty five" / "forty-five" put two number words side by side.
                if (follows && !(lastTens && v > 0 && v < 10)) {
                    break;
                }
                current = current + Decimal(v);
                lastNumber = j;
                lastTens = v >= 20 && v % 10 == 0;
                any = true;
                n.last = j;
            } else if (isDash(j) && lastTens && lastNumber == j - 1 && glued(j) && glued(j + 1) &&
                       (flags(j + 1) & IsNumberWord)) {
                continue;
            } else if (f & IsHundred) {
                if (!any && !one) {
                    break;
                }
                current = (current.isZero() ? Decimal(1) : current) * Decimal(100);
                any = true;
                one = false;
                n.last = j;
            } else if ((f & IsScale) && !(f & IsShortScale)) {
                total = total + (current.isZero() ? Decimal(1) : current).scaledByPowerOfTen(tok(j).info->exponent);
                current = Decimal();
                any = true;
                one = false;
                n.scaled = true;
                n.last = j;
            } else if (f & IsHalf) {
                // "half a billion", "two and a half billion", "a half".
                current = current + *Decimal::fromString(u"0.5");
                any = true;
                one = false;
                n.last = j;
                if ((flags(j + 1) & IsArticle) && (flags(j + 2) & IsScale)) {
                    ++j;
                }
            } else if (f & IsQuarter) {
                current = (current.isZero() ? Decimal(1) : current) * *Decimal::fromString(u"0.25");
                any = true;
                one = false;
                n.last = j;
            } else if ((f & IsArticle) && (j == i || (flags(j - 1) & IsAnd))) {
                if (!(flags(j + 1) & (IsHundred | IsScale | IsHalf | IsQuarter)) || (flags(j + 1) & IsShortScale)) {
                    break;
                }
                one = true;
                n.last = j;
            } else if ((f & IsAnd) && any) {
                // Only "and a half" and "hundred and fifty" join numbers; "one and two" are two numbers.
                const bool half = (flags(j + 1) & IsArticle) && (flags(j + 2) & (IsHalf | IsQuarter));
                const bool hundredAnd = (flags(j - 1) & IsHundred) && (flags(j + 1) & IsNumberWord);
                if (!half && !hundredAnd) {
                    break;
                }
            } else {
                break;
            }
        }
        if (!any) {
            return std::nullopt;
        }
        n.value = total + current;
        n.words = true;
        return n;
    }

    // The currency written after a number at j: code, symbol or name; sets code/exponent/last. Ambiguous names
    // need a scaled or grouped number (checked by the caller through *ambiguous).
    bool currencyAfter(int j, QString *code, int *exponent, int *last, bool *ambiguous, bool *subunit) const
    {
        if (isDash(j) && glued(j) && glued(j + 1)) {
            ++j; // "12-cent", "one-yen"
        }
        if (!valid(j)) {
            return false;
        }
        const Token &t = tok(j);
        *exponent = 0;
        *ambiguous = false;
        *subunit = false;
        if (t.type == Token::Symbol) {
            // "10 $" yes; "1 $10" no: that symbol belongs to the next amount.
            if (valid(j + 1) && glued(j + 1) && tok(j + 1).type == Token::Number) {
                return false;
            }
            *code = m_lexicon.symbolCode(m_text.at(t.start));
            *last = j;
            return true;
        }
        if (t.type != Token::Word || !t.info) {
            return false;
        }
        if (isCode(j)) {
            *code = t.info->code;
            *last = j;
            return true;
        }
        if (t.info->flags & IsScaledCode) {
            *code = t.info->code;
            *exponent = t.info->exponent;
            *last = j;
            return true;
        }
        if (t.info->flags & IsNameStart) {
            // A one-letter name ("5p") only counts written against the number.
            if (t.end - t.start == 1 && t.gapBefore) {
                return false;
            }
            return nameAt(j, code, exponent, last, ambiguous, subunit);
        }
        return false;
    }

    bool nameAt(int j, QString *code, int *exponent, int *last, bool *ambiguous, bool *subunit) const
    {
        const QString first = Lexicon::lowered(textOf(j), m_buffer.data());
        const QList<CurrencyName> *names = m_lexicon.names(first);
        if (!names) {
            return false;
        }
        for (const CurrencyName &name : *names) {
            bool match = true;
            for (qsizetype k = 0; k < name.words.size() && match; ++k) {
                const int w = j + 1 + int(k);
                match = valid(w) && tok(w).type == Token::Word &&
                        textOf(w).compare(name.words.at(k), Qt::CaseInsensitive) == 0;
            }
            if (match) {
                *code = name.code;
                *exponent = name.exponent;
                *last = j + int(name.words.size());
                *ambiguous = name.ambiguous;
                *subunit = name.subunit;
                return true;
            }
        }
        return false;
    }

    // The currency written before a number at i: symbol (with C$, US$, HK$ prefixes), code, "Rs"; sets first/next.
    bool currencyBefore(int i, int floor, QString *code, int *exponent, int *first, int *next) const
    {
        const Token &t = tok(i);
        *exponent = 0;
        if (t.type == Token::Symbol) {
            *code = m_lexicon.symbolCode(m_text.at(t.start));
            *first = i;
            *next = i + 1;
            const quint32 prefix = i - 1 >= floor ? flags(i - 1) : 0;
            if (*code == "USD"_L1 && (prefix & IsDollarPrefix) && (glued(i) || (prefix & IsSpacedDollarPrefix))) {
                *code = tok(i - 1).info->prefixCode;
                *first = i - 1;
            } else if (*code == "USD"_L1 && (flags(i + 1) & IsDollarPrefix) && glued(i + 1) && valid(i + 2) &&
                       tok(i + 2).type == Token::Number && isUpperCase(i + 1)) {
                // Australian and New Zealand papers write "$US5 million", "$A1.2 billion".
                *code = tok(i + 1).info->prefixCode;
                *next = i + 2;
            }
            return true;
        }
        if (t.type != Token::Word || !t.info) {
            return false;
        }
        if (t.info->flags & IsDollarPrefix && valid(i + 1) && tok(i + 1).type == Token::Symbol &&
            (glued(i + 1) || (t.info->flags & IsSpacedDollarPrefix)) &&
            m_lexicon.symbolCode(m_text.at(tok(i + 1).start)) == "USD"_L1) {
            *code = t.info->prefixCode;
            *first = i;
            *next = i + 2;
            return true;
        }
        if (isCode(i) || (t.info->flags & (IsScaledCode | IsPrefixWord))) {
            *code = t.info->code;
            *exponent = (t.info->flags & IsScaledCode) ? t.info->exponent : 0;
            *first = i;
            *next = i + 1;
            if ((t.info->flags & IsPrefixWord) && isPunct(i + 1, u'.') && glued(i + 1)) {
                ++*next;
            }
            return true;
        }
        return false;
    }

    // "92.27 yen to the dollar", "$1.30 against the euro": an exchange rate, not an amount of money.
    bool quotesExchangeRate(int last) const
    {
        int j = last + 1;
        if (!(flags(j) & IsRateLink)) {
            return false;
        }
        ++j;
        if (flags(j) & (IsDeterminer | IsArticle)) {
            ++j;
        }
        if (valid(j) && tok(j).type == Token::Symbol) {
            return !(valid(j + 1) && tok(j + 1).type == Token::Number); // "$2.86 to $77.11" is two amounts
        }
        QString code;
        int exponent = 0;
        int end = 0;
        bool ambiguous = false;
        bool subunit = false;
        return (flags(j) & IsNameStart) && nameAt(j, &code, &exponent, &end, &ambiguous, &subunit) && !subunit;
    }

    // A second number after a dash or "to" making a range ("1-2 billion", "$10 billion to $13 billion").
    std::optional<NumberValue> rangeEnd(int j, int first, const QString &code, bool symbolPrefix) const
    {
        const bool dash = isDash(j);
        if (!dash && !((flags(j) & IsTo) && !(flags(first - 1) & IsFrom))) {
            return std::nullopt;
        }
        int k = j + 1;
        if (symbolPrefix && valid(k) && tok(k).type == Token::Symbol &&
            m_lexicon.symbolCode(m_text.at(tok(k).start)) == code) {
            ++k;
        }
        if (!valid(k) || (tok(k).type != Token::Number && !dash && !(flags(k) & IsNumberWord))) {
            return std::nullopt;
        }
        if (tok(k).type != Token::Number && dash) {
            return std::nullopt;
        }
        return numberAt(k);
    }

    // Applies the high end's scale to an unscaled low end when that keeps the range ordered ("$1-2 billion").
    static void orderRange(NumberValue &low, const NumberValue &high, int highScale)
    {
        if (!low.scaled && high.scaled) {
            const Decimal scaled = low.value.scaledByPowerOfTen(highScale);
            if (scaled.isValid() && scaled <= high.value) {
                low.value = scaled;
            }
        }
    }

    int scaleOf(const NumberValue &n) const
    {
        return n.scaled && flags(n.last) & IsScale ? tok(n.last).info->exponent : 0;
    }

    std::optional<Amount> amountAt(int i, int floor) const
    {
        QString code;
        int exponent = 0;
        int first = i;
        int next = i;
        if (currencyBefore(i, floor, &code, &exponent, &first, &next)) {
            return prefixedAmount(first, next, code, exponent);
        }
        if (tok(i).type == Token::Number || (flags(i) & (IsNumberWord | IsArticle | IsHalf | IsQuarter | IsScale))) {
            return suffixedAmount(i);
        }
        if (flags(i) & IsNameStart) {
            // "dollar 22.5 million": a name before the number, only with a scale word to make it unmistakable.
            int last = 0;
            bool ambiguous = false;
            bool subunit = false;
            if (nameAt(i, &code, &exponent, &last, &ambiguous, &subunit) && !ambiguous && !subunit && valid(last + 1) &&
                tok(last + 1).type == Token::Number) {
                const auto n = numberAt(last + 1);
                if (n && n->scaled && !n->words) {
                    Amount a;
                    a.first = i;
                    a.last = n->last;
                    a.low = n->value;
                    a.code = code;
                    return a;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<Amount> prefixedAmount(int first, int next, const QString &code, int exponent) const
    {
        if (!valid(next) || tok(next).type != Token::Number) {
            return std::nullopt;
        }
        auto n = numberAt(next);
        if (!n) {
            return std::nullopt;
        }
        Amount a;
        a.first = first;
        a.code = code;
        a.low = n->value.scaledByPowerOfTen(exponent);
        a.last = n->last;
        const bool symbol = tok(first).type == Token::Symbol || tok(next - 1).type == Token::Symbol;
        std::optional<NumberValue> high = rangeEnd(n->last + 1, first, code, symbol);
        bool between = false;
        if (!high && (flags(first - 1) & IsBetween) && (flags(n->last + 1) & IsAnd) && valid(n->last + 2)) {
            // "between $10 billion and $13 billion": the second amount repeats the currency.
            QString code2;
            int exponent2 = 0;
            int first2 = 0;
            int next2 = 0;
            if (currencyBefore(n->last + 2, n->last + 2, &code2, &exponent2, &first2, &next2) && code2 == code &&
                exponent2 == exponent && valid(next2) && tok(next2).type == Token::Number) {
                high = numberAt(next2);
                between = high.has_value();
            }
        }
        if (high) {
            NumberValue low = *n;
            orderRange(low, *high, scaleOf(*high));
            const Decimal lowValue = low.value.scaledByPowerOfTen(exponent);
            const Decimal highValue = high->value.scaledByPowerOfTen(exponent);
            if (lowValue.isValid() && highValue.isValid() && lowValue < highValue) {
                a.low = lowValue;
                a.high = highValue;
                a.last = high->last;
                a.first = between ? first - 1 : first;
            }
        }
        if (!a.low.isValid() || quotesExchangeRate(a.last)) {
            return std::nullopt;
        }
        return a;
    }

    std::optional<Amount> suffixedAmount(int i) const
    {
        auto n = numberAt(i);
        if (!n) {
            return std::nullopt;
        }
        const bool impliedOne = n->words && n->last == i && (flags(i) & IsScale);
        std::optional<NumberValue> high;
        if (!impliedOne) {
            high = rangeEnd(n->last + 1, i, QString(), false);
            if (!high && (flags(i - 1) & IsBetween) && (flags(n->last + 1) & IsAnd)) {
                high = numberAt(n->last + 2);
            }
        }
        const int afterNumber = high ? high->last + 1 : n->last + 1;
        QString code;
        int exponent = 0;
        int last = 0;
        bool ambiguous = false;
        bool subunit = false;
        if (!currencyAfter(afterNumber, &code, &exponent, &last, &ambiguous, &subunit)) {
            return std::nullopt;
        }
        // "a billion-dollar company" describes a size, it does not state an amount; "one-yen bid" does.
        if ((impliedOne && subunit) || (isDash(afterNumber) && n->words && (impliedOne || n->scaled))) {
            return std::nullopt;
        }
        const NumberValue &top = high ? *high : *n;
        // "in 2019 won the award": a name that is also a word needs a scale or a grouped or decimal number.
        if (ambiguous && !top.scaled && (top.plainDigits || top.words)) {
            return std::nullopt;
        }
        if (quotesExchangeRate(last)) {
            return std::nullopt;
        }
        // "5 million pounds of beef" is a weight.
        if ((flags(last + 1) & IsOf) && textOf(last).startsWith(u"pound", Qt::CaseInsensitive)) {
            return std::nullopt;
        }
        // "75 USD million": a scale word after the code.
        if (!top.scaled && isCode(last)) {
            const int scale = scaleAfter(last);
            if (scale >= 0 && !high) {
                n->value = n->value.scaledByPowerOfTen(tok(scale).info->exponent);
                n->scaled = true;
                last = scale;
            }
        }
        if (high) {
            orderRange(*n, *high, scaleOf(*high));
        }
        Amount a;
        a.first = (high && (flags(i - 1) & IsBetween)) ? i - 1 : i;
        a.code = code;
        a.low = n->value.scaledByPowerOfTen(exponent);
        if (high) {
            a.high = high->value.scaledByPowerOfTen(exponent);
        }
        a.last = last;
        if (!subunit && !n->scaled && !high) {
            addCents(a, *n);
        }
        if (!a.low.isValid() || (a.high && !(a.low < *a.high))) {
            return std::nullopt;
        }
        return a;
    }

    // "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25".
    void addCents(Amount &a, const NumberValue &whole) const
    {
        if (!whole.value.isValid() || whole.value.places() > 0) {
            return;
        }
        int j = a.last + 1;
        const bool withAnd = flags(j) & IsAnd;
        if (withAnd) {
            ++j;
        }
        if (!valid(j) || (tok(j).type != Token::Number && !(flags(j) & IsNumberWord))) {
            return;
        }
        const auto cents = numberAt(j);
        if (!cents || cents->scaled || !(cents->value < Decimal(100))) {
            return;
        }
        QString code;
        int exponent = 0;
        int last = 0;
        bool ambiguous = false;
        bool subunit = false;
        const bool named = currencyAfter(cents->last + 1, &code, &exponent, &last, &ambiguous, &subunit);
        if (named && subunit) {
            a.low = a.low + cents->value.scaledByPowerOfTen(exponent);
            a.last = last;
            return;
        }
        if (withAnd || named || (cents->words ? false : cents->digits != 2)) {
            return;
        }
        const int after = cents->last + 1;
        if (valid(after) && ((!tok(after).gapBefore && tok(after).type == Token::Word) ||
                             tok(after).type == Token::Number || (flags(after) & (IsScale | IsPercent)))) {
            return;
        }
        a.low = a.low + cents->value.scaledByPowerOfTen(-2);
        a.last = cents->last;
    }

    bool approximateBefore(int first)
    {
        if (first < 1 || tok(first - 1).type != Token::Word) {
            return false;
        }
        const QList<QStringList> *cues =
            m_lexicon.approximateCuesEndingWith(Lexicon::lowered(textOf(first - 1), m_buffer.data()));
        if (!cues) {
            return false;
        }
        for (const QStringList &cue : *cues) {
            const int start = first - int(cue.size());
            bool match = start >= 0;
            for (qsizetype k = 0; k + 1 < cue.size() && match; ++k) {
                const int w = start + int(k);
                match = tok(w).type == Token::Word && textOf(w).compare(cue.at(k), Qt::CaseInsensitive) == 0;
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    QString loweredWord(int i) const
    {
        if (!valid(i) || tok(i).type != Token::Word) {
            return {};
        }
        // A copy: lowered() only lends the finder's buffer.
        const QString lowered = Lexicon::lowered(textOf(i), m_buffer.data());
        return QString(lowered.constData(), lowered.size());
    }

    // "27 dlrs a share", "11.50 dlrs per Calny share", "27 dlr-per-share", "11.88 dlrs each": the unit the amount is
    // the price of one of; empty for a whole sum ("50 mln dlrs a year").
    QString perUnitAfter(int last) const
    {
        int j = last + 1;
        const auto skipDash = [&] {
            while (isDash(j)) {
                ++j;
            }
        };
        skipDash();
        // "71 dlrs cash per share", "17.50 dlrs in cash a share": how it is paid may come between the amount and the
        // link; the unit must still follow, so "40 mln dlrs in cash for the unit" stays a whole sum.
        for (int media = 0; media < 2 && m_lexicon.isPerUnitMedium(loweredWord(j)); ++media) {
            ++j;
        }
        const QString link = loweredWord(j);
        if (link.isEmpty()) {
            return {};
        }
        if (m_lexicon.isPerUnitEach(link)) {
            // The unit is the thing counted before the amount: "sold the shares for 11.88 dlrs each".
            for (int k = last - 1; k >= 0; --k) {
                const QString unit = m_lexicon.perUnitNoun(loweredWord(k));
                if (!unit.isEmpty()) {
                    return unit;
                }
            }
            return u"unit"_s;
        }
        const int gap = m_lexicon.perUnitLinkGap(link);
        if (gap < 0) {
            return {};
        }
        ++j;
        for (int words = 0; words <= gap; ++words) {
            skipDash();
            if (!valid(j) || tok(j).type != Token::Word) {
                return {};
            }
            const QString unit = m_lexicon.perUnitNoun(loweredWord(j));
            if (!unit.isEmpty()) {
                return unit;
            }
            ++j;
        }
        return {};
    }

    // "each Horizon share at 190p", "Each share ... will be exchanged for 100 dlrs": a unit named with "each" earlier
    // in the sentence, with no other amount between, prices that one unit.
    QString perUnitBefore(int first, int previousLast) const
    {
        constexpr int Reach = 25;
        for (int k = first - 1; k > previousLast && k >= first - Reach; --k) {
            if (valid(k) && tok(k).type == Token::Punct && (m_text.at(tok(k).start) == u';')) {
                return {};
            }
            if (loweredWord(k) != "each"_L1 && loweredWord(k) != "every"_L1) {
                continue;
            }
            for (int u = k + 1; u <= k + 4 && u < first; ++u) {
                const QString unit = m_lexicon.perUnitNoun(loweredWord(u));
                if (!unit.isEmpty()) {
                    return unit;
                }
            }
            return {};
        }
        return {};
    }

    // Length in tokens of a kind cue starting at token p, or 0.
    int cueLength(const KindCue &cue, int p) const
    {
        for (qsizetype k = 0; k < cue.words.size(); ++k) {
            const int w = p + int(k);
            if (!valid(w) || tok(w).type != Token::Word) {
                return 0;
            }
            const QStringView word = textOf(w);
            const bool lastWord = k == cue.words.size() - 1;
            const bool ok = (lastWord && cue.prefix) ? word.startsWith(cue.words.at(k), Qt::CaseInsensitive)
                                                     : word.compare(cue.words.at(k), Qt::CaseInsensitive) == 0;
            if (!ok) {
                return 0;
            }
        }
        return int(cue.words.size());
    }

    struct CueMatch
    {
        int first;
        int last;
        MoneyFigure::Kind kind;
    };

    // The kind cues of the sentence, longest first at each word, each word in at most one cue.
    void findCues()
    {
        m_cues.clear();
        QList<int> candidates;
        const int n = int(m_tokens.size());
        for (int p = 0; p < n; ++p) {
            if (tok(p).type != Token::Word) {
                continue;
            }
            m_lexicon.kindCuesFor(Lexicon::lowered(textOf(p), m_buffer.data()), &candidates);
            int length = 0;
            MoneyFigure::Kind kind = MoneyFigure::Kind::Other;
            for (int index : std::as_const(candidates)) {
                const KindCue &cue = m_lexicon.kindCues().at(index);
                const int l = cueLength(cue, p);
                if (l > length) {
                    length = l;
                    kind = cue.kind;
                }
            }
            if (length > 0) {
                m_cues.push_back({p, p + length - 1, kind});
                p += length - 1;
            }
        }
    }

    MoneyFigure::Kind kindOf(const Amount &amount) const
    {
        const int start = tok(amount.first).start;
        const int end = tok(amount.last).end;
        MoneyFigure::Kind best = MoneyFigure::Kind::Other;
        int bestDistance = INT_MAX;
        for (const CueMatch &cue : m_cues) {
            if (cue.last >= amount.first && cue.first <= amount.last) {
                continue;
            }
            // A cue before the figure wins a tie: "invested $5 billion in sales" is an investment.
            const int distance =
                cue.last < amount.first ? 2 * (start - tok(cue.last).end) : 2 * (tok(cue.first).start - end) + 1;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cue.kind;
            }
        }
        // "acquired two mln shares for 15 mln dlrs, with loans of", "a loan note ... for 33.4 mln stg": what was
        // given "for" something is its price, whatever the words around say of loans, profits or sales.
        using Kind = MoneyFigure::Kind;
        if ((best == Kind::Funding || best == Kind::Profit || best == Kind::Revenue || best == Kind::Spending) &&
            forBefore(amount.first)) {
            return Kind::Price;
        }
        return best;
    }

    // "for 15 mln dlrs", "for about 47 mln dlrs", "for some 57.5 mln stg": "for" right before the amount.
    bool forBefore(int first) const
    {
        static const QStringList fillers = ResourceData::approximatorWords(u"for-price");
        for (int i = first - 1, steps = 0; valid(i) && tok(i).type == Token::Word && steps < 3; --i, ++steps) {
            const QStringView word = textOf(i);
            if (word.compare("for"_L1, Qt::CaseInsensitive) == 0) {
                return true;
            }
            if (std::none_of(fillers.cbegin(), fillers.cend(),
                             [&](const QString &f) { return word.compare(f, Qt::CaseInsensitive) == 0; })) {
                return false;
            }
        }
        return false;
    }

    const QString &m_text;
    const Lexicon &m_lexicon;
    std::vector<Token> m_tokens;
    std::vector<CueMatch> m_cues;
    mutable std::array<char16_t, Lexicon::MaxWordLength> m_buffer{};
};

} // namespace

// Whole-word occurrences of cue in text[from, to), nearest to position first; -1 when none.
int nearestCue(const QString &text, const QString &cue, int from, int to, int position)
{
    int best = -1;
    // Place names as written, or in a dateline's capitals ("PARIS, March 3 -").
    for (qsizetype at = text.indexOf(cue, from, Qt::CaseInsensitive); at >= 0 && at + cue.size() <= to;
         at = text.indexOf(cue, at + 1, Qt::CaseInsensitive)) {
        const bool startOk = text.at(at).isUpper() && (at == 0 || !text.at(at - 1).isLetterOrNumber());
        const bool endOk = at + cue.size() >= text.size() || !text.at(at + cue.size()).isLetterOrNumber();
        if (startOk && endOk && (best < 0 || std::abs(int(at) - position) < std::abs(best - position))) {
            best = int(at);
        }
    }
    return best;
}

// The currency of a shared name ("francs") in this story: the choice whose cue is nearest in the figure's sentence,
// else the choice the article cues most often; the fallback, or none, when nothing cues any.
QString contextCurrency(const ContextName &name, const Article &article, const MoneyFigure &figure)
{
    QList<const ContextChoice *> open;
    for (const ContextChoice &choice : name.choices) {
        if (!choice.before.isValid() || !article.published.isValid() || article.published < choice.before) {
            open.append(&choice);
        }
    }
    const int sentence = article.sentenceAt(figure.start);
    if (sentence >= 0) {
        const TextSpan span = article.sentences.at(sentence);
        const ContextChoice *nearest = nullptr;
        int nearestDistance = INT_MAX;
        for (const ContextChoice *choice : std::as_const(open)) {
            for (const QString &cue : choice->cues) {
                const int at = nearestCue(article.text, cue, span.start, span.end, figure.start);
                if (at >= 0 && std::abs(at - figure.start) < nearestDistance) {
                    nearestDistance = std::abs(at - figure.start);
                    nearest = choice;
                }
            }
        }
        if (nearest) {
            return nearest->code;
        }
    }
    const ContextChoice *most = nullptr;
    int mostCount = 0;
    int mostFirst = INT_MAX;
    for (const ContextChoice *choice : std::as_const(open)) {
        int count = 0;
        int first = INT_MAX;
        for (const QString &cue : choice->cues) {
            for (qsizetype at = article.text.indexOf(cue, 0, Qt::CaseInsensitive); at >= 0;
                 at = article.text.indexOf(cue, at + 1, Qt::CaseInsensitive)) {
                const bool startOk =
                    article.text.at(at).isUpper() && (at == 0 || !article.text.at(at - 1).isLetterOrNumber());
                const bool endOk =
                    at + cue.size() >= article.text.size() || !article.text.at(at + cue.size()).isLetterOrNumber();
                if (startOk && endOk && !article.isBoilerplate(int(at))) {
                    ++count;
                    first = std::min(first, int(at));
                }
            }
        }
        if (count > mostCount || (count == mostCount && count > 0 && first < mostFirst)) {
            most = choice;
            mostCount = count;
            mostFirst = first;
        }
    }
    return most ? most->code : name.fallback;
}

QList<MoneyFigure> MoneyFinder::find(const Article &article) const
{
    QList<MoneyFigure> figures;
    Scanner scanner(article.text, Lexicon::instance());
    auto scanSpan = [&](TextSpan span) {
        QList<MoneyFigure> found;
        scanner.scan(span, found);
        for (const MoneyFigure &f : found) {
            if (!article.isBoilerplate(f.span())) {
                figures.append(f);
            }
        }
    };
    if (article.sentences.isEmpty()) {
        scanSpan({0, int(article.text.size())});
    }
    for (const TextSpan &sentence : article.sentences) {
        scanSpan(sentence);
    }
    const QList<ContextName> &shared = Lexicon::instance().contextNames();
    for (MoneyFigure &f : figures) {
        if (f.currency.startsWith(ContextMark)) {
            f.currency = contextCurrency(shared.value(f.currency.mid(1).toInt()), article, f);
        }
    }
    figures.removeIf([](const MoneyFigure &f) { return f.currency.isEmpty(); });
    return figures;
}

QList<MoneyFigure> MoneyFinder::find(const QString &text) const
{
    Article article;
    article.text = text;
    article.sentences = SentenceSplitter::instance().split(text);
    return find(article);
}

QDate MoneyFinder::rateDate(const Article &article, const MoneyFigure &figure)
{
    const int sentence = article.sentenceAt(figure.start);
    const int paragraph = article.paragraphAt(figure.start);
    const TextSpan sentenceSpan = sentence >= 0 ? article.sentences.at(sentence) : TextSpan{};
    const TextSpan paragraphSpan = paragraph >= 0 ? article.paragraphs.at(paragraph) : TextSpan{};
    QDate inSentence;
    int sentenceDistance = INT_MAX;
    QDate inParagraph;
    int paragraphStart = -1;
    for (const Timex &t : article.timexes) {
        if (t.type != Timex::Type::Date && t.type != Timex::Type::Time) {
            continue;
        }
        const QDate date = t.day();
        if (!date.isValid()) {
            continue;
        }
        if (sentence >= 0 && sentenceSpan.contains(t.start)) {
            const int distance = t.end <= figure.start ? figure.start - t.end : t.start - figure.end;
            if (distance < sentenceDistance) {
                sentenceDistance = distance;
                inSentence = date;
            }
        } else if (paragraph >= 0 && paragraphSpan.contains(t.start) && t.start < figure.start &&
                   t.start > paragraphStart) {
            paragraphStart = t.start;
            inParagraph = date;
        }
    }
    QDate date = inSentence.isValid() ? inSentence : (inParagraph.isValid() ? inParagraph : article.published);
    // A plan dated after publication had no rate when it was reported: value it as of publication.
    if (date.isValid() && article.published.isValid() && date > article.published) {
        date = article.published;
    }
    return date;
}

QList<QDate> MoneyFinder::rateDates(const Article &article)
{
    // rateDate() walks every date of the article for each figure: quadratic in a long paragraph of figures and dates.
    // Here the dated timexes are listed once; when they come in text order without overlapping (as TimexFinder gives
    // them), the nearest one before and after a figure are found by binary search and give rateDate()'s answer.
    struct Dated
    {
        int start;
        int end;
        QDate date;
    };
    QList<Dated> dated;
    for (const Timex &t : article.timexes) {
        if (t.type == Timex::Type::Date || t.type == Timex::Type::Time) {
            if (const QDate date = t.day(); date.isValid()) {
                dated.append({t.start, t.end, date});
            }
        }
    }
    bool ordered = true;
    for (qsizetype i = 0; ordered && i < dated.size(); ++i) {
        ordered = dated.at(i).start < dated.at(i).end && (i == 0 || dated.at(i - 1).end <= dated.at(i).start);
    }
    const auto firstStartingAt = [&dated](int position) {
        return std::partition_point(dated.cbegin(), dated.cend(),
                                    [position](const Dated &d) { return d.start < position; }) -
               dated.cbegin();
    };
    QList<QDate> dates;
    dates.reserve(article.figures.size());
    for (const MoneyFigure &figure : article.figures) {
        if (!ordered) {
            dates.append(rateDate(article, figure));
            continue;
        }
        const int sentence = article.sentenceAt(figure.start);
        const int paragraph = article.paragraphAt(figure.start);
        QDate date;
        if (sentence >= 0) {
            const TextSpan span = article.sentences.at(sentence);
            const qsizetype lo = firstStartingAt(span.start);
            const qsizetype hi = firstStartingAt(span.end);
            // Dates ending by the figure's start come nearer the later they are; the others the earlier they are.
            const qsizetype after = std::partition_point(dated.cbegin() + lo, dated.cbegin() + hi,
                                                         [&figure](const Dated &d) { return d.end <= figure.start; }) -
                                    dated.cbegin();
            const auto distance = [&figure](const Dated &d) {
                return d.end <= figure.start ? figure.start - d.end : d.start - figure.end;
            };
            if (after > lo && (after == hi || distance(dated.at(after - 1)) <= distance(dated.at(after)))) {
                date = dated.at(after - 1).date;
            } else if (after < hi) {
                date = dated.at(after).date;
            }
        }
        if (!date.isValid() && paragraph >= 0) {
            // The latest date starting before the figure, outside its sentence, inside its paragraph.
            qsizetype k = firstStartingAt(figure.start) - 1;
            if (k >= 0 && sentence >= 0 && article.sentences.at(sentence).contains(dated.at(k).start)) {
                k = firstStartingAt(article.sentences.at(sentence).start) - 1;
            }
            if (k >= 0 && article.paragraphs.at(paragraph).contains(dated.at(k).start)) {
                date = dated.at(k).date;
            }
        }
        if (!date.isValid()) {
            date = article.published;
        }
        // A plan dated after publication had no rate when it was reported: value it as of publication.
        if (date.isValid() && article.published.isValid() && date > article.published) {
            date = article.published;
        }
        dates.append(date);
    }
    return dates;
}

} // namespace Newsline
