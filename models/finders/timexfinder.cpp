#include "timexfinder.h"

#include "resourcedata.h"
#include "timexlexicon.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

using W = TimexWord;

struct Token
{
    enum Kind : quint8
    {
        Word,
        Number,
        Punct
    };
    int start = 0;
    int end = 0;
    Kind kind = Punct;
    bool space = false;    // white space before the token
    bool sentence = false; // the token opens a clause for tense purposes (line start, after . ! ? ;)
    bool line = false;     // the token opens a line
    bool capital = false;
    bool ordinal = false; // 26th, 1st: the suffix is part of the token
    bool plural = false;  // 1990s: the s is part of the token
    int digits = 0;
    int value = -1;
    const TimexWord *word = nullptr;
};

enum class Granularity
{
    None,
    Year,
    Month,
    Day
};

struct Hit
{
    int first = -1;
    int last = -1;
    Timex::Type type = Timex::Type::Date;
    QString value;
    // What the expression points at, for the anchor of later "the same day" / "a year later".
    QDate date;
    Granularity granularity = Granularity::None;
};

QString pad(int number, int width)
{
    QString text = QString::number(number);
    while (text.size() < width) {
        text.prepend(u'0');
    }
    return text;
}

QString yearValue(const QDate &date)
{
    return date.isValid() ? pad(date.year(), 4) : u"XXXX"_s;
}

QString monthValue(const QDate &date)
{
    return date.isValid() ? pad(date.year(), 4) + u'-' + pad(date.month(), 2) : u"XXXX-XX"_s;
}

QString dayValue(const QDate &date)
{
    return date.isValid() ? monthValue(date) + u'-' + pad(date.day(), 2) : u"XXXX-XX-XX"_s;
}

QString weekValue(const QDate &date)
{
    if (!date.isValid()) {
        return u"XXXX-WXX"_s;
    }
    int year = 0;
    const int week = date.weekNumber(&year);
    return pad(year, 4) + u"-W"_s + pad(week, 2);
}

QString quarterValue(const QDate &date)
{
    return date.isValid() ? yearValue(date) + u"-Q"_s + QString::number((date.month() - 1) / 3 + 1) : u"XXXX-QX"_s;
}

// A count of units as a TIMEX3 duration: time units take a T, fractions keep their decimals.
QString durationValue(const QString &count, const QString &unit)
{
    const TimexLexicon &lexicon = TimexLexicon::instance();
    if (unit == "H"_L1 || unit == "MIN"_L1 || unit == "S"_L1) {
        return u"PT"_s + count + (unit == "MIN"_L1 ? u"M"_s : unit);
    }
    const QString expansion = lexicon.unitExpansion(unit);
    if (!expansion.isEmpty()) {
        if (count == "X"_L1) {
            return u"PX"_s + expansion.right(1);
        }
        // P10Y for a decade, P6M for two quarters: scale the number of the expansion.
        const double factor = expansion.mid(1, expansion.size() - 2).toDouble();
        return u'P' + QString::number(count.toDouble() * factor) + expansion.right(1);
    }
    return u'P' + count + unit;
}

QDate shiftDate(const QDate &date, const QString &unit, int count)
{
    if (unit == "Y"_L1) {
        return date.addYears(count);
    }
    if (unit == "M"_L1) {
        return date.addMonths(count);
    }
    if (unit == "W"_L1) {
        return date.addDays(7 * count);
    }
    if (unit == "D"_L1) {
        return date.addDays(count);
    }
    if (unit == "Q"_L1) {
        return date.addMonths(3 * count);
    }
    if (unit == "DE"_L1) {
        return date.addYears(10 * count);
    }
    if (unit == "CE"_L1) {
        return date.addYears(100 * count);
    }
    if (unit == "FN"_L1) {
        return date.addDays(14 * count);
    }
    return {};
}

// The value of a point in time at the granularity of a unit (last month -> 2024-01).
std::optional<std::pair<QString, Granularity>> valueAtUnit(const QDate &date, const QString &unit)
{
    if (unit == "Y"_L1) {
        return std::pair{yearValue(date), Granularity::Year};
    }
    if (unit == "M"_L1) {
        return std::pair{monthValue(date), Granularity::Month};
    }
    if (unit == "W"_L1 || unit == "FN"_L1) {
        return std::pair{weekValue(date), Granularity::None};
    }
    if (unit == "D"_L1) {
        return std::pair{dayValue(date), Granularity::Day};
    }
    if (unit == "Q"_L1) {
        return std::pair{quarterValue(date), Granularity::None};
    }
    if (unit == "DE"_L1) {
        return std::pair{date.isValid() ? QString::number(date.year() / 10) : u"XXX"_s, Granularity::None};
    }
    if (unit == "CE"_L1) {
        return std::pair{date.isValid() ? QString::number(date.year() / 100) : u"XX"_s, Granularity::None};
    }
    if (unit == "WE"_L1) {
        return std::pair{weekValue(date) + u"-WE"_s, Granularity::None};
    }
    return std::nullopt;
}

class Tagger
{
public:
    Tagger(const QString &text, const QDate &reference, TimexFinder::DateOrder order)
        : m_text(text)
        , m_reference(reference)
        , m_order(order)
        , m_lexicon(TimexLexicon::instance())
        , m_anchor(reference)
        , m_anchorDay(reference)
        , m_pivot(reference.isValid() ? reference.year() % 100 + 10 : 30)
    {
    }

    void tag(const TextSpan &range, QList<Timex> &out);

private:
    void tokenize(const TextSpan &range);
    [[nodiscard]] std::optional<Hit> matchAt(int i) const;
    void remember(const Hit &hit);

    // Token access.
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < int(m_tokens.size()); }
    [[nodiscard]] const Token &tok(int i) const { return m_tokens[i]; }
    [[nodiscard]] QStringView view(int i) const
    {
        return QStringView(m_text).mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    [[nodiscard]] const TimexWord *word(int i) const { return valid(i) ? m_tokens[i].word : nullptr; }
    [[nodiscard]] bool has(int i, W::Flag flag) const
    {
        const TimexWord *w = word(i);
        return w && w->is(flag);
    }
    [[nodiscard]] bool has(int i, W::Flag2 flag) const
    {
        const TimexWord *w = word(i);
        return w && w->is(flag);
    }
    [[nodiscard]] bool is(int i, QLatin1StringView literal) const
    {
        if (!valid(i) || m_tokens[i].kind != Token::Word || m_tokens[i].end - m_tokens[i].start != literal.size()) {
            return false;
        }
        // ASCII case folding: every literal the tagger asks about is a plain English word.
        const QChar *text = m_text.constData() + m_tokens[i].start;
        for (qsizetype k = 0; k < literal.size(); ++k) {
            char16_t c = text[k].unicode();
            if (c >= u'A' && c <= u'Z') {
                c = char16_t(c + 32);
            }
            if (c != char16_t(literal[k].unicode())) {
                return false;
            }
        }
        return true;
    }
    [[nodiscard]] bool isPunct(int i, char16_t c) const
    {
        return valid(i) && m_tokens[i].kind == Token::Punct && m_text[m_tokens[i].start] == QChar(c);
    }
    [[nodiscard]] bool isNumber(int i) const { return valid(i) && m_tokens[i].kind == Token::Number; }
    [[nodiscard]] bool glued(int i) const { return valid(i) && !m_tokens[i].space && !m_tokens[i].sentence; }
    [[nodiscard]] bool isApostrophe(int i) const { return isPunct(i, u'\'') || isPunct(i, u'\u2019'); }

    // Pieces.
    enum class Tense
    {
        Past,
        Future,
        Unknown
    };
    [[nodiscard]] Tense tense(int first, int last) const;
    [[nodiscard]] bool isFuture(int first, int last) const { return tense(first, last) == Tense::Future; }
    [[nodiscard]] bool isYear(int i) const;
    [[nodiscard]] std::optional<int> count(int i, int *last, QString *text) const;
    [[nodiscard]] bool monthAllowed(int i, bool followedByDate) const;
    [[nodiscard]] int dayNumber(int i, int month) const;
    [[nodiscard]] QDate resolveMonthDay(int month, int day, Tense tense) const;
    [[nodiscard]] int resolveMonthYear(int month, Tense tense) const;
    [[nodiscard]] QDate resolveWeekday(int weekday, int direction) const;

    // Families.
    [[nodiscard]] std::optional<Hit> phrase(int i) const;
    [[nodiscard]] std::optional<Hit> numeric(int i) const;
    [[nodiscard]] std::optional<Hit> clockTime(int i) const;
    [[nodiscard]] std::optional<Hit> dayMonth(int i) const;
    [[nodiscard]] std::optional<Hit> calendar(int i) const;
    [[nodiscard]] std::optional<Hit> year(int i) const;
    [[nodiscard]] std::optional<Hit> counted(int i) const;
    [[nodiscard]] std::optional<Hit> shifted(int i) const;
    [[nodiscard]] std::optional<Hit> definite(int i) const;
    [[nodiscard]] std::optional<Hit> ordinalPeriod(int i, int k) const;
    [[nodiscard]] std::optional<Hit> positioned(int i) const;
    [[nodiscard]] std::optional<Hit> deictic(int i) const;
    [[nodiscard]] std::optional<Hit> frequency(int i) const;
    [[nodiscard]] std::optional<Hit> vague(int i) const;
    [[nodiscard]] std::optional<Hit> periodCode(int i) const;
    [[nodiscard]] std::optional<Hit> season(int i) const;
    [[nodiscard]] std::optional<Hit> bareUnit(int i) const;
    [[nodiscard]] std::optional<Hit> unitEnd(int i) const;
    [[nodiscard]] std::optional<Hit> weekdayAlone(int i) const;

    const QString &m_text;
    QDate m_reference;
    TimexFinder::DateOrder m_order;
    const TimexLexicon &m_lexicon;
    QList<Token> m_tokens;
    // For each token, the index of the first token at or after it that opens a line (the token count when none):
    // tense() asks where a line ends for every date, which must not mean walking a long paragraph each time.
    QList<int> m_lineStarts;

    // The date the text last mentioned (TimeML anchors "the same day", "a year later" to it).
    QDate m_anchor;
    Granularity m_anchorGranularity = Granularity::Day;
    // The day the text last mentioned, for "the same day", "the day" and clock times.
    QDate m_anchorDay;
    // Two-digit years up to this one are in this century ('24), later ones in the last ('82).
    int m_pivot = 30;
    // A year named earlier in the same sentence lends itself to a month without one ("in 2008, between April
    // and June").
    int m_sentenceYear = 0;
    int m_sentenceStart = 0;
};

bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    }
    return c.isLetter();
}

void Tagger::tokenize(const TextSpan &range)
{
    m_tokens.clear();
    m_tokens.reserve((range.end - range.start) / 4 + 16);
    const QChar *data = m_text.constData();
    bool space = true;
    bool sentence = true;
    bool line = true;
    int i = range.start;
    while (i < range.end) {
        const QChar c = data[i];
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\r' || u == u'\u00a0') {
            space = true;
            ++i;
            continue;
        }
        if (u == u'\n') {
            space = true;
            sentence = true;
            line = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.space = space;
        token.sentence = sentence;
        token.line = line;
        line = false;
        if (u >= u'0' && u <= u'9') {
            token.kind = Token::Number;
            int value = 0;
            while (i < range.end && data[i].unicode() >= u'0' && data[i].unicode() <= u'9') {
                if (token.digits < 9) {
                    value = value * 10 + (data[i].unicode() - u'0');
                }
                ++token.digits;
                ++i;
            }
            token.value = token.digits <= 9 ? value : -1;
            // Glued suffixes: 26th, 1st, 1990s.
            int j = i;
            while (j < range.end && isLetter(data[j])) {
                ++j;
            }
            const QStringView suffix = QStringView(m_text).mid(i, j - i);
            if (suffix.compare("th"_L1, Qt::CaseInsensitive) == 0 ||
                suffix.compare("st"_L1, Qt::CaseInsensitive) == 0 ||
                suffix.compare("nd"_L1, Qt::CaseInsensitive) == 0 ||
                suffix.compare("rd"_L1, Qt::CaseInsensitive) == 0) {
                token.ordinal = true;
                i = j;
            } else if (suffix == "s"_L1) {
                token.plural = true;
                i = j;
            }
        } else if (isLetter(c)) {
            token.kind = Token::Word;
            token.capital = u < 128 ? (u >= u'A' && u <= u'Z') : c.isUpper();
            while (i < range.end && isLetter(data[i])) {
                ++i;
            }
        } else {
            token.kind = Token::Punct;
            ++i;
        }
        token.end = i;
        if (token.kind == Token::Word) {
            token.word = m_lexicon.word(QStringView(m_text).mid(token.start, token.end - token.start));
        }
        sentence = token.kind == Token::Punct && (u == u'.' || u == u'!' || u == u'?' || u == u';');
        space = false;
        m_tokens.append(token);
    }
    // A full stop ends a clause only before white space and a capital or a quote (not in 4.2, U.S. or Jan. 5).
    for (qsizetype k = 1; k < m_tokens.size(); ++k) {
        Token &t = m_tokens[k];
        if (t.sentence && !t.line) {
            const bool quote = t.kind == Token::Punct && (m_text[t.start] == u'"' || m_text[t.start] == u'\u201c');
            // The word before the full stop: an initial, a.m., Inc. or Jan. does not end the sentence.
            const Token *before = k >= 2 ? &m_tokens[k - 2] : nullptr;
            const bool abbreviation =
                before && before->kind == Token::Word &&
                (before->end - before->start == 1 || (before->word && before->word->is(W::Abbreviation)) ||
                 (before->word && before->word->is(W::MonthAbbreviation)));
            if (!t.space || !(t.capital || quote) || (abbreviation && m_text[m_tokens[k - 1].start] == u'.')) {
                t.sentence = false;
            }
        }
    }
    if (!m_tokens.isEmpty()) {
        m_tokens[0].sentence = true;
    }
    m_lineStarts.resize(m_tokens.size() + 1);
    m_lineStarts[m_tokens.size()] = int(m_tokens.size());
    for (qsizetype k = m_tokens.size() - 1; k >= 0; --k) {
        m_lineStarts[k] = m_tokens.at(k).line ? int(k) : m_lineStarts.at(k + 1);
    }
}

// The tense of the clause around a span: the nearest tense word wins; without one, news reports the past.
Tagger::Tense Tagger::tense(int first, int last) const
{
    constexpr int Window = 14;
    int futureDistance = Window + 1;
    int pastDistance = Window + 1;
    // A line without a closing full stop, question or exclamation mark is a headline.
    bool headline = false;
    {
        const int k = m_lineStarts.at(std::min(last + 1, int(m_tokens.size())));
        const Token &end = m_tokens[k - 1];
        const QChar c = m_text[end.start];
        headline = !(end.kind == Token::Punct &&
                     (c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u')' || c == u'\u201d'));
    }
    const auto look = [&](int k, int distance) {
        const Token &t = m_tokens[k];
        if (t.kind != Token::Word) {
            return;
        }
        // "to be held", "will be announced": a participle after "be" takes the tense of what comes before it.
        const bool afterBe = is(k - 1, "be"_L1) || is(k - 1, "been"_L1) || is(k - 1, "being"_L1);
        // A headline writes the future as "Acme to open store on Friday".
        const bool headlineTo = is(k, "to"_L1) && headline && valid(k + 1) && tok(k + 1).kind == Token::Word &&
                                !tok(k + 1).capital && !has(k + 1, W::Determiner) && !view(k + 1).endsWith("ing"_L1);
        // "her spending plan", "the forecast": a noun, which puts nothing in the future.
        const auto opener = [&](int j) {
            return valid(j) && m_tokens[j].word && (m_tokens[j].word->flags2 & TimexWord::NounOpener);
        };
        const bool noun = t.word && (t.word->flags2 & TimexWord::NounMarker) && !is(k + 1, "to"_L1) &&
                          (opener(k - 1) || (opener(k - 2) && view(k - 1).endsWith("ing"_L1)));
        if ((t.word && t.word->is(W::Future) && !noun) || (is(k, "be"_L1) && is(k - 1, "to"_L1)) || headlineTo) {
            futureDistance = std::min(futureDistance, distance);
        } else if (!afterBe && ((t.word && t.word->is(W::Past)) ||
                                (t.end - t.start > 4 && view(k).endsWith("ed"_L1, Qt::CaseInsensitive)))) {
            pastDistance = std::min(pastDistance, distance);
        }
    };
    for (int k = first - 1, d = 1; k >= 0 && d <= Window; --k, ++d) {
        look(k, d);
        if (m_tokens[k].sentence) {
            break;
        }
    }
    for (int k = last + 1, d = 1; valid(k) && d <= Window && !m_tokens[k].sentence; ++k, ++d) {
        look(k, d);
    }
    // "to be held on", "to remain closed until": an infinitive right before is future too.
    if (futureDistance > Window && pastDistance > Window) {
        return Tense::Unknown;
    }
    return futureDistance < pastDistance ? Tense::Future : Tense::Past;
}

bool Tagger::isYear(int i) const
{
    if (!isNumber(i) || tok(i).digits != 4 || tok(i).ordinal) {
        return false;
    }
    const int value = tok(i).value;
    if (value < 1000 || value > 2099) {
        return false;
    }
    // Part of a longer number: 555-1987, 2019.1, 1,600.
    if (glued(i) && (isPunct(i - 1, u'-') || isPunct(i - 1, u'.') || isPunct(i - 1, u',') || isPunct(i - 1, u'/') ||
                     isPunct(i - 1, u':'))) {
        if (isNumber(i - 2) && glued(i - 1)) {
            return false;
        }
    }
    if (glued(i + 1) &&
        (isPunct(i + 1, u'.') || isPunct(i + 1, u',') || isPunct(i + 1, u':') || isPunct(i + 1, u'/')) &&
        isNumber(i + 2) && glued(i + 2)) {
        return false;
    }
    if (glued(i + 1) && isPunct(i + 1, u'-') && isNumber(i + 2) && glued(i + 2) && tok(i + 2).digits != 2 &&
        tok(i + 2).digits != 4) {
        return false;
    }
    if (glued(i + 1) && isPunct(i + 1, u'%')) {
        return false;
    }
    // Money, hashtags, and words glued to the number (A2019, FY2019 is a period code).
    if (valid(i - 1) && glued(i)) {
        const Token &before = tok(i - 1);
        if (before.kind == Token::Word) {
            return false;
        }
        if (before.kind == Token::Punct) {
            const QChar c = m_text[before.start];
            if (ResourceData::moneySymbols().contains(c) || c == u'#' || c == u'+') {
                return false;
            }
        }
    }
    if (has(i - 1, W::YearPreceder) || (isPunct(i - 1, u'.') && has(i - 2, W::YearPreceder))) {
        return false;
    }
    if (has(i + 1, W::YearBlocker) || is(i + 1, "million"_L1) || is(i + 1, "billion"_L1) || is(i + 1, "thousand"_L1)) {
        return false;
    }
    if (value < 1800 && !has(i - 1, W::TimeContext)) {
        return false;
    }
    // Between two capitalised words a number is part of a name (Russell 2000 Index, Windows 2000 Server).
    const auto nameWord = [&](int k) {
        return valid(k) && tok(k).kind == Token::Word && tok(k).capital && !has(k, W::Month) &&
               !has(k, W::TimeContext) && !has(k, W::Season);
    };
    if (nameWord(i - 1) && !tok(i - 1).sentence && nameWord(i + 1)) {
        return false;
    }
    return true;
}

// A count before a unit: 18, 2.5, three, twenty-five, a, an, two and a half, several. Returns the number
// (-1 for an unknown count) and its text for the value.
std::optional<int> Tagger::count(int i, int *last, QString *text) const
{
    if (isNumber(i) && !tok(i).ordinal && !tok(i).plural) {
        // $2019, 5,000: money and long numbers count no time.
        if (glued(i) && valid(i - 1) && tok(i - 1).kind == Token::Punct) {
            const QChar c = m_text[tok(i - 1).start];
            if (ResourceData::moneySymbols().contains(c) || c == u',' || c == u'.') {
                return std::nullopt;
            }
        }
        if (glued(i + 1) && isPunct(i + 1, u'.') && isNumber(i + 2) && glued(i + 2)) {
            *last = i + 2;
            *text = view(i).toString() + u'.' + view(i + 2).toString();
            return tok(i).value;
        }
        if (glued(i + 1) && isPunct(i + 1, u',') && isNumber(i + 2)) {
            return std::nullopt;
        }
        if (tok(i).value <= 0 || tok(i).digits > 4) {
            return std::nullopt;
        }
        *last = i;
        *text = QString::number(tok(i).value);
        return tok(i).value;
    }
    if (has(i, W::Number)) {
        int value = word(i)->number;
        int end = i;
        // twenty-five, twenty five
        if (value >= 20 && value < 100 && value % 10 == 0) {
            int next = glued(i + 1) && isPunct(i + 1, u'-') ? i + 2 : i + 1;
            if (has(next, W::Number) && word(next)->number < 10) {
                value += word(next)->number;
                end = next;
            }
        }
        *last = end;
        *text = QString::number(value);
        if (is(end + 1, "and"_L1) && is(end + 2, "a"_L1) && is(end + 3, "half"_L1)) {
            *last = end + 3;
            *text = QString::number(value) + u".5"_s;
        }
        return value;
    }
    if (is(i, "a"_L1) || is(i, "an"_L1)) {
        *last = i;
        *text = u"1"_s;
        return 1;
    }
    if (is(i, "half"_L1) && (is(i + 1, "a"_L1) || is(i + 1, "an"_L1))) {
        *last = i + 1;
        *text = u"0.5"_s;
        return 0;
    }
    if (has(i, W::FuzzyCount)) {
        int end = i;
        if (is(i, "couple"_L1) && is(i + 1, "of"_L1)) {
            end = i + 1;
        }
        if (is(i, "a"_L1) && has(i + 1, W::FuzzyCount)) {
            end = i + 1;
        }
        *last = end;
        *text = u"X"_s;
        return -1;
    }
    return std::nullopt;
}

bool Tagger::monthAllowed(int i, bool followedByDate) const
{
    const TimexWord *w = word(i);
    if (!w || !w->is(W::Month) || !tok(i).capital) {
        return false;
    }
    if (followedByDate) {
        return true;
    }
    if (w->is(W::MonthAbbreviation)) {
        return false;
    }
    const bool context = has(i - 1, W::TimeContext) || (glued(i) && isPunct(i - 1, u'-') && has(i - 2, W::Position));
    if (w->is(W::AmbiguousMonth)) {
        return context;
    }
    if (context) {
        return true;
    }
    // A capitalised word next to it makes a name (April Smith, Mary June).
    if (valid(i + 1) && tok(i + 1).kind == Token::Word && tok(i + 1).capital && !has(i + 1, W::Month)) {
        return false;
    }
    if (valid(i - 1) && tok(i - 1).kind == Token::Word && tok(i - 1).capital && !tok(i).sentence) {
        return false;
    }
    return !tok(i).sentence;
}

int Tagger::dayNumber(int i, int month) const
{
    if (!isNumber(i) || tok(i).digits > 2 || tok(i).plural) {
        return 0;
    }
    const int day = tok(i).value;
    if (day < 1 || day > 31 || !QDate::isValid(2000, month > 0 ? month : 1, day)) {
        return 0;
    }
    // 22:30, 5.6, 3-2 are not days; March 19-20 is a range of days and keeps its first.
    if (glued(i + 1) &&
        (isPunct(i + 1, u':') || isPunct(i + 1, u'.') || isPunct(i + 1, u'-') || isPunct(i + 1, u'/') ||
         isPunct(i + 1, u',')) &&
        isNumber(i + 2) && glued(i + 2)) {
        const bool range = isPunct(i + 1, u'-') && tok(i + 2).digits <= 2 && tok(i + 2).value > day &&
                           tok(i + 2).value <= 31 && has(i - 1, W::Month);
        if (!range) {
            return 0;
        }
    }
    if (glued(i + 1) && isPunct(i + 1, u'%')) {
        return 0;
    }
    return day;
}

QDate Tagger::resolveMonthDay(int month, int day, Tense tense) const
{
    if (m_sentenceYear > 0) {
        return QDate(m_sentenceYear, month, day);
    }
    if (!m_reference.isValid()) {
        return {};
    }
    if (tense == Tense::Unknown) {
        // No tense word near it ("goes on sale on 5 June"): the nearest such day.
        QDate best;
        for (int year = m_reference.year() - 1; year <= m_reference.year() + 1; ++year) {
            const QDate candidate(year, month, day);
            if (candidate.isValid() &&
                (!best.isValid() || qAbs(candidate.daysTo(m_reference)) < qAbs(best.daysTo(m_reference)))) {
                best = candidate;
            }
        }
        return best;
    }
    const bool future = tense == Tense::Future;
    QDate date(m_reference.year(), month, day);
    if (!date.isValid()) {
        date = QDate(m_reference.year() + (future ? 1 : -1), month, day);
    }
    if (future && date < m_reference) {
        date = QDate(m_reference.year() + 1, month, day);
    } else if (!future && date > m_reference) {
        date = QDate(m_reference.year() - 1, month, day);
    }
    return date;
}

int Tagger::resolveMonthYear(int month, Tense tense) const
{
    if (m_sentenceYear > 0) {
        return m_sentenceYear;
    }
    if (!m_reference.isValid()) {
        return 0;
    }
    const int year = m_reference.year();
    if (tense == Tense::Unknown) {
        // The nearest such month: within six months either way.
        const int offset = month - m_reference.month();
        return offset > 6 ? year - 1 : offset < -6 ? year + 1 : year;
    }
    const bool future = tense == Tense::Future;
    if (future) {
        return month >= m_reference.month() ? year : year + 1;
    }
    return month <= m_reference.month() ? year : year - 1;
}

// direction: -1 the latest on or before the reference, +1 the next on or after, -2/+2 strictly before/after.
QDate Tagger::resolveWeekday(int weekday, int direction) const
{
    if (!m_reference.isValid()) {
        return {};
    }
    const int today = m_reference.dayOfWeek();
    if (direction < 0) {
        int back = (today - weekday + 7) % 7;
        if (back == 0 && direction == -2) {
            back = 7;
        }
        return m_reference.addDays(-back);
    }
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0 && direction == 2) {
        ahead = 7;
    }
    return m_reference.addDays(ahead);
}

std::optional<Hit> Tagger::phrase(int i) const
{
    if (!has(i, W::PhraseStart)) {
        return std::nullopt;
    }
    std::optional<Hit> best;
    for (const int index : word(i)->phrases) {
        const TimexPhrase &p = m_lexicon.phrases()[index];
        bool match = true;
        for (qsizetype k = 0; k < p.words.size() && match; ++k) {
            const int t = i + int(k);
            match = valid(t) && tok(t).kind == Token::Word && view(t).compare(p.words[k], Qt::CaseInsensitive) == 0 &&
                    (k == 0 || !tok(t).sentence);
        }
        if (match && (!best || i + p.spanLast > best->last)) {
            best = Hit{i + p.spanFirst, i + p.spanLast, Timex::Type::Date, p.value, {}, Granularity::None};
        }
    }
    return best;
}

// 2019-07-22, 22/07/2019, 07/22/2019, 2019/07/22, 22.07.2019.
std::optional<Hit> Tagger::numeric(int i) const
{
    if (!isNumber(i) || tok(i).ordinal || tok(i).plural) {
        return std::nullopt;
    }
    const auto separated = [&](int k) {
        return glued(k) && glued(k + 1) && isNumber(k + 1) && valid(k) && tok(k).kind == Token::Punct &&
               !tok(k + 1).ordinal && !tok(k + 1).plural;
    };
    if (!separated(i + 1) || !separated(i + 3)) {
        return std::nullopt;
    }
    const char16_t s1 = m_text[tok(i + 1).start].unicode();
    const char16_t s2 = m_text[tok(i + 3).start].unicode();
    if (s1 != s2 || (s1 != u'-' && s1 != u'/' && s1 != u'.')) {
        return std::nullopt;
    }
    // Longer digit chains are phone numbers, IP addresses or versions.
    if ((glued(i) && valid(i - 1) && tok(i - 1).kind == Token::Punct && isNumber(i - 2) && glued(i - 1)) ||
        (glued(i + 5) && valid(i + 5) && tok(i + 5).kind == Token::Punct && isNumber(i + 6) && glued(i + 6))) {
        return std::nullopt;
    }
    const Token &a = tok(i);
    const Token &b = tok(i + 2);
    const Token &c = tok(i + 4);
    QDate date;
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2 && s1 != u'.') {
        date = QDate(a.value, b.value, c.value);
    } else if (a.digits <= 2 && b.digits <= 2 && c.digits == 4) {
        const QDate dayFirst(c.value, b.value, a.value);
        const QDate monthFirst(c.value, a.value, b.value);
        if (s1 == u'.' || m_order == TimexFinder::DateOrder::DayFirst) {
            date = dayFirst.isValid() ? dayFirst : (s1 == u'.' ? QDate() : monthFirst);
        } else {
            date = monthFirst.isValid() ? monthFirst : dayFirst;
        }
    }
    if (!date.isValid() || date.year() < 1000) {
        return std::nullopt;
    }
    return Hit{i, i + 4, Timex::Type::Date, dayValue(date), date, Granularity::Day};
}

// 14:00 GMT, 3 p.m., 3:30pm, 0800 UTC, noon.
std::optional<Hit> Tagger::clockTime(int i) const
{
    int hour = -1;
    int minute = 0;
    int last = i;
    if (has(i, W::NamedTime)) {
        const QString named = word(i)->namedTime;
        hour = named.left(2).toInt();
        minute = named.mid(3).toInt();
    } else if (isNumber(i) && !tok(i).ordinal && !tok(i).plural) {
        if (glued(i) && (isPunct(i - 1, u':') || isPunct(i - 1, u'.') || isPunct(i - 1, u'$'))) {
            return std::nullopt;
        }
        if (tok(i).digits <= 2 && glued(i + 1) && isPunct(i + 1, u':') && isNumber(i + 2) && glued(i + 2) &&
            tok(i + 2).digits == 2) {
            hour = tok(i).value;
            minute = tok(i + 2).value;
            last = i + 2;
            if (glued(i + 3) && isPunct(i + 3, u':') && isNumber(i + 4) && tok(i + 4).digits == 2) {
                last = i + 4; // seconds are dropped from the value
            }
            if (glued(last + 1) && isPunct(last + 1, u':')) {
                return std::nullopt;
            }
        } else if (tok(i).digits <= 2 && glued(i + 1) && isPunct(i + 1, u'.') && isNumber(i + 2) && glued(i + 2) &&
                   tok(i + 2).digits == 2 &&
                   (is(i + 3, "am"_L1) || is(i + 3, "pm"_L1) || is(i + 3, "a"_L1) || is(i + 3, "p"_L1))) {
            // British style: 11.30am, 3.45 p.m.
            hour = tok(i).value;
            minute = tok(i + 2).value;
            last = i + 2;
        } else if (tok(i).digits <= 2) {
            hour = tok(i).value;
        } else if (tok(i).digits == 4 && has(i + 1, W::TimeZone)) {
            hour = tok(i).value / 100;
            minute = tok(i).value % 100;
        } else {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (hour < 0 || hour > 24 || minute > 59) {
        return std::nullopt;
    }
    // a.m. / p.m. / am / pm, glued or not.
    bool meridiem = false;
    int k = last + 1;
    if ((is(k, "a"_L1) || is(k, "p"_L1)) && isPunct(k + 1, u'.') && glued(k + 1) && is(k + 2, "m"_L1) && glued(k + 2)) {
        meridiem = true;
        if (hour > 12 || hour == 0) {
            return std::nullopt;
        }
        if (is(k, "p"_L1) && hour < 12) {
            hour += 12;
        } else if (is(k, "a"_L1) && hour == 12) {
            hour = 0;
        }
        last = k + 2;
        if (isPunct(last + 1, u'.') && glued(last + 1)) {
            // The full stop of "p.m." belongs to the span unless it ends the sentence.
            if (!(valid(last + 2) && tok(last + 2).sentence)) {
                last = last + 1;
            }
        }
    } else if (is(k, "am"_L1) || is(k, "pm"_L1)) {
        meridiem = true;
        if (hour > 12 || hour == 0) {
            return std::nullopt;
        }
        if (is(k, "pm"_L1) && hour < 12) {
            hour += 12;
        } else if (is(k, "am"_L1) && hour == 12) {
            hour = 0;
        }
        last = k;
    }
    QString zone;
    if (has(last + 1, W::TimeZone) && tok(last + 1).kind == Token::Word &&
        (tok(last + 1).capital || view(last + 1).size() > 1)) {
        zone = word(last + 1)->timezone;
        last = last + 1;
    }
    const bool colon = last > i && isPunct(i + 1, u':');
    if (!meridiem && !colon && zone.isEmpty() && !has(i, W::NamedTime)) {
        return std::nullopt;
    }
    if (!meridiem && colon && zone.isEmpty()) {
        // A bare 10:30 is a time only next to a time word (at 10:30, 10:30 local time); ratios and scores are not.
        if (!(is(i - 1, "at"_L1) || is(i - 1, "by"_L1) || is(i - 1, "until"_L1) || is(i - 1, "from"_L1) ||
              is(last + 1, "local"_L1) || is(last + 1, "hours"_L1) || is(last + 1, "on"_L1))) {
            return std::nullopt;
        }
    }
    if (has(i, W::NamedTime) && !(is(i - 1, "at"_L1) || is(i - 1, "by"_L1) || is(i - 1, "until"_L1) ||
                                  is(i - 1, "before"_L1) || is(i - 1, "after"_L1) || is(i - 1, "around"_L1))) {
        return std::nullopt;
    }
    // "10 a.m. on Thursday, Feb. 29": the day named right after the time is its day; otherwise the day last
    // mentioned.
    QDate day = m_anchorDay;
    int next = last + 1;
    if (is(next, "on"_L1) || isPunct(next, u',')) {
        ++next;
    }
    for (const auto family : {&Tagger::calendar, &Tagger::weekdayAlone, &Tagger::deictic}) {
        const std::optional<Hit> date = valid(next) ? (this->*family)(next) : std::nullopt;
        if (date && date->granularity == Granularity::Day && date->date.isValid()) {
            day = date->date;
            break;
        }
    }
    const QString value = dayValue(day) + u'T' + pad(hour, 2) + u':' + pad(minute, 2) + zone;
    return Hit{i, last, Timex::Type::Time, value, {}, Granularity::None};
}

// 22 July 2019, 22nd of July, 22 July.
std::optional<Hit> Tagger::dayMonth(int i) const
{
    if (!isNumber(i)) {
        return std::nullopt;
    }
    int k = i + 1;
    if (is(k, "of"_L1)) {
        ++k;
    }
    const TimexWord *m = word(k);
    if (!m || !m->is(W::Month) || !tok(k).capital) {
        return std::nullopt;
    }
    const int month = m->month;
    int last = k;
    if (m->is(W::MonthAbbreviation) && isPunct(k + 1, u'.') && glued(k + 1)) {
        ++last;
    }
    const int day = dayNumber(i, month);
    if (day == 0 || (glued(i) && valid(i - 1) && tok(i - 1).kind != Token::Word && !isPunct(i - 1, u'('))) {
        return std::nullopt;
    }
    int yearToken = last + 1;
    if (isPunct(yearToken, u',')) {
        ++yearToken;
    }
    if (isNumber(yearToken) && tok(yearToken).digits == 4 && isYear(yearToken)) {
        const QDate date(tok(yearToken).value, month, day);
        if (date.isValid()) {
            return Hit{i, yearToken, Timex::Type::Date, dayValue(date), date, Granularity::Day};
        }
    }
    const QDate date = resolveMonthDay(month, day, tense(i, last));
    const QString value = date.isValid() ? dayValue(date) : u"XXXX-"_s + pad(month, 2) + u'-' + pad(day, 2);
    return Hit{i, last, Timex::Type::Date, value, date, Granularity::Day};
}

// [Tuesday,] July 22[nd][,] [2019]; July 2019; July; Tuesday [morning].
std::optional<Hit> Tagger::calendar(int i) const
{
    int k = i;
    int weekday = 0;
    if (has(k, W::Weekday) && tok(k).capital) {
        weekday = word(k)->weekday;
        ++k;
        if (isPunct(k, u',')) {
            ++k;
        }
        if (!has(k, W::Month)) {
            if (isNumber(k) && has(k + 1, W::Month)) {
                std::optional<Hit> inner = dayMonth(k);
                if (inner) {
                    inner->first = i;
                    return inner;
                }
            }
            return std::nullopt;
        }
    }
    const TimexWord *m = word(k);
    if (!m || !m->is(W::Month) || !tok(k).capital) {
        return std::nullopt;
    }
    const int month = m->month;
    int after = k + 1;
    if (m->is(W::MonthAbbreviation) && isPunct(after, u'.') && glued(after)) {
        ++after;
    }
    // Month day [year]
    if (isNumber(after) && tok(after).digits <= 2) {
        const int day = dayNumber(after, month);
        if (day > 0) {
            int yearToken = after + 1;
            if (isPunct(yearToken, u',')) {
                ++yearToken;
            }
            if (isNumber(yearToken) && tok(yearToken).digits == 4 && !tok(yearToken).ordinal) {
                const QDate date(tok(yearToken).value, month, day);
                if (date.isValid()) {
                    return Hit{i, yearToken, Timex::Type::Date, dayValue(date), date, Granularity::Day};
                }
            }
            if (!monthAllowed(k, true)) {
                return std::nullopt;
            }
            const QDate date = resolveMonthDay(month, day, tense(i, after));
            const QString value = date.isValid() ? dayValue(date) : u"XXXX-"_s + pad(month, 2) + u'-' + pad(day, 2);
            return Hit{i, after, Timex::Type::Date, value, date, Granularity::Day};
        }
    }
    // "on March six", "on February Six": a day written as a word, only after "on" (not "in March two firms...").
    if (is(i - 1, "on"_L1) && has(after, W::Number) && !has(after + 1, W::Unit)) {
        const int day = word(after)->number;
        if (day >= 1 && day <= 31 && QDate::isValid(2000, month, day) && monthAllowed(k, true)) {
            const QDate date = resolveMonthDay(month, day, tense(i, after));
            const QString value = date.isValid() ? dayValue(date) : u"XXXX-"_s + pad(month, 2) + u'-' + pad(day, 2);
            return Hit{i, after, Timex::Type::Date, value, date, Granularity::Day};
        }
    }
    if (weekday) {
        return std::nullopt;
    }
    // Month [of|,] year
    int yearToken = after;
    if (is(yearToken, "of"_L1) || isPunct(yearToken, u',')) {
        ++yearToken;
    }
    if (isNumber(yearToken) && tok(yearToken).digits == 4 && isYear(yearToken) && tok(k).capital) {
        const QDate date(tok(yearToken).value, month, 1);
        return Hit{i, yearToken, Timex::Type::Date, monthValue(date), date, Granularity::Month};
    }
    if (isApostrophe(yearToken) && isNumber(yearToken + 1) && tok(yearToken + 1).digits == 2 && tok(k).capital) {
        const int two = tok(yearToken + 1).value;
        const QDate date(two <= m_pivot ? 2000 + two : 1900 + two, month, 1);
        return Hit{i, yearToken + 1, Timex::Type::Date, monthValue(date), date, Granularity::Month};
    }
    if (!monthAllowed(k, false)) {
        return std::nullopt;
    }
    const int year = resolveMonthYear(month, tense(i, after - 1));
    if (year == 0) {
        return Hit{i, after - 1, Timex::Type::Date, u"XXXX-"_s + pad(month, 2), {}, Granularity::None};
    }
    const QDate date(year, month, 1);
    return Hit{i, after - 1, Timex::Type::Date, monthValue(date), date, Granularity::Month};
}

std::optional<Hit> Tagger::weekdayAlone(int i) const
{
    if (!has(i, W::Weekday) || !tok(i).capital || has(i - 1, W::NamedDayPrefix) ||
        (has(i + 1, W::NamedDaySuffix) && tok(i + 1).capital)) {
        return std::nullopt;
    }
    const int weekday = word(i)->weekday;
    const QDate date = resolveWeekday(weekday, isFuture(i, i) ? 1 : -1);
    const QString value = date.isValid() ? dayValue(date) : u"XXXX-WXX-"_s + QString::number(weekday);
    if (has(i + 1, W::PartOfDay)) {
        return Hit{i, i + 1, Timex::Type::Time, value + u'T' + word(i + 1)->partOfDay, date, Granularity::Day};
    }
    return Hit{i, i, Timex::Type::Date, value, date, Granularity::Day};
}

// 2019; the 1990s; '82; the '90s.
std::optional<Hit> Tagger::year(int i) const
{
    int k = i;
    const bool the = is(i, "the"_L1);
    if (the) {
        ++k;
    }
    const int pivot = m_pivot;
    if (isApostrophe(k) && isNumber(k + 1) && glued(k + 1) && tok(k + 1).digits == 2) {
        const int two = tok(k + 1).value;
        const int full = two <= pivot ? 2000 + two : 1900 + two;
        if (tok(k + 1).plural) {
            return Hit{i, k + 1, Timex::Type::Date, QString::number(full / 10), {}, Granularity::None};
        }
        // '82 after a product name is a model year (iLife '11); after a preposition it is a year.
        if (the || has(k - 1, W::TimeContext)) {
            const QDate date(full, 1, 1);
            return Hit{k, k + 1, Timex::Type::Date, QString::number(full), date, Granularity::Year};
        }
        return std::nullopt;
    }
    if (!isNumber(k)) {
        return std::nullopt;
    }
    if (tok(k).plural) {
        if (tok(k).digits == 4 && tok(k).value % 10 == 0 && tok(k).value >= 1000 && tok(k).value < 2100) {
            return Hit{i, k, Timex::Type::Date, QString::number(tok(k).value / 10), {}, Granularity::None};
        }
        if (the && tok(k).digits == 2 && tok(k).value % 10 == 0) {
            const int full = tok(k).value <= pivot ? 2000 + tok(k).value : 1900 + tok(k).value;
            return Hit{i, k, Timex::Type::Date, QString::number(full / 10), {}, Granularity::None};
        }
        return std::nullopt;
    }
    if (the || !isYear(k)) {
        return std::nullopt;
    }
    const QDate date(tok(k).value, 1, 1);
    return Hit{k, k, Timex::Type::Date, QString::number(tok(k).value), date, Granularity::Year};
}

// three years, 18 months, a 20 year low, five-year, two weeks ago, a year later, the past five trading days.
std::optional<Hit> Tagger::counted(int i) const
{
    int first = i;
    int k = i;
    bool approximate = false;
    if (has(k, W::Approximator) && !is(k, "some"_L1)) {
        approximate = true;
        ++k;
    }
    QString number;
    int countLast = -1;
    const std::optional<int> value = count(k, &countLast, &number);
    if (!value) {
        return std::nullopt;
    }
    // "a" / "an" alone before a unit is a duration only with a preposition or an approximator before it, or a
    // direction after it (for a year, over a decade, a year later).
    const bool article = is(k, "a"_L1) || is(k, "an"_L1);
    if (article && number == "1"_L1 && has(k + 1, W::FuzzyCount)) {
        countLast = k + 1;
        number = u"X"_s;
    }
    int u = countLast + 1;
    bool hyphen = false;
    if (glued(u) && isPunct(u, u'-') && has(u + 1, W::Unit)) {
        hyphen = true;
        ++u;
    }
    // The "3" of "3 Years" stands for nothing without its unit; an adjective between is allowed.
    if (!has(u, W::Unit) && has(u, W::DurationAdjective) && has(u + 1, W::Unit)) {
        ++u;
    }
    if (!has(u, W::Unit)) {
        return std::nullopt;
    }
    const QString unit = word(u)->unit;
    if (unit == "WE"_L1) {
        return std::nullopt;
    }
    // "a 30-year-old man": an age, not a stretch of time the article dates anything by.
    if ((glued(u + 1) && isPunct(u + 1, u'-') && is(u + 2, "old"_L1)) || is(u + 1, "old"_L1)) {
        return std::nullopt;
    }
    // "three quarters of its value" is a fraction, not nine months.
    if (unit == "Q"_L1 && is(u + 1, "of"_L1) &&
        (is(u + 2, "its"_L1) || is(u + 2, "their"_L1) || is(u + 2, "the"_L1) || is(u + 2, "all"_L1) ||
         is(u + 2, "his"_L1) || is(u + 2, "her"_L1) || is(u + 2, "our"_L1) || is(u + 2, "a"_L1)) &&
        !is(u + 3, "year"_L1) && !has(u + 3, W::Fiscal)) {
        return std::nullopt;
    }
    // "multi-year": a unit glued to a word that takes its length away.
    if (glued(k) && isPunct(k - 1, u'-') && has(k - 2, W::NonTimexDuration)) {
        return std::nullopt;
    }
    int last = u;
    // decades-long, year-long
    if (glued(last + 1) && isPunct(last + 1, u'-') && is(last + 2, "long"_L1)) {
        last += 2;
    }
    if (article && number != "X"_L1) {
        const bool preposition = approximate || has(k - 1, W::BareUnitPreposition) || is(k - 1, "than"_L1) ||
                                 is(k - 1, "least"_L1) || is(k - 1, "of"_L1) || is(k - 1, "under"_L1) ||
                                 is(k - 1, "within"_L1) || has(last + 1, W::Direction);
        if (!preposition && !has(u - 1, W::DurationAdjective)) {
            return std::nullopt;
        }
    }
    if (approximate) {
        first = i;
    } else {
        first = k;
    }
    // Relative dates: two weeks ago (from the publication date), three years earlier (from the last date).
    if (has(last + 1, W::Direction) && !hyphen) {
        const int direction = word(last + 1)->direction;
        const bool ago = is(last + 1, "ago"_L1);
        const bool before = is(last + 1, "before"_L1) || is(last + 1, "after"_L1);
        // "five years after its launch" is a duration between two events; "two days before" likewise.
        const bool eventFollows =
            before && valid(last + 2) && tok(last + 2).kind == Token::Word && !is(last + 2, "that"_L1);
        if (!eventFollows) {
            if (*value < 0) {
                const QString vagueValue = direction < 0 ? u"PAST_REF"_s : u"FUTURE_REF"_s;
                return Hit{first, last + 1, Timex::Type::Date, vagueValue, {}, Granularity::None};
            }
            const QDate base = ago ? m_reference : m_anchor;
            const int n = number.contains(u'.') ? 0 : number.toInt();
            QDate date = shiftDate(base, unit, direction * n);
            if (unit == "H"_L1 || unit == "MIN"_L1) {
                return Hit{first, last + 1, Timex::Type::Date, dayValue(m_reference), m_reference, Granularity::Day};
            }
            // A count of weeks or days lands on a day; months on a month; years on a year.
            // A decade or a century ago lands on a year.
            const QString dayUnit = unit == "W"_L1 || unit == "FN"_L1    ? u"D"_s
                                    : unit == "DE"_L1 || unit == "CE"_L1 ? u"Y"_s
                                                                         : unit;
            const std::optional<std::pair<QString, Granularity>> at = valueAtUnit(date, dayUnit);
            if (at && n > 0) {
                return Hit{first, last + 1, Timex::Type::Date, at->first, date, at->second};
            }
        }
    }
    return Hit{first, last, Timex::Type::Duration, durationValue(number, unit), {}, Granularity::None};
}

// this week, last year, next month, the past decade, last Monday, next spring, this morning, the past five days.
std::optional<Hit> Tagger::shifted(int i) const
{
    int k = i;
    const bool the = is(k, "the"_L1);
    if (the) {
        ++k;
    }
    if (!has(k, W::Shifter) || (is(k, "current"_L1) && !the)) {
        return std::nullopt;
    }
    const int shift = word(k)->shift;
    const bool pastOrLast = is(k, "past"_L1) || is(k, "last"_L1);
    const bool nextLike = is(k, "next"_L1) || is(k, "coming"_L1) || is(k, "following"_L1);
    const int s = k + 1;
    // the past five days, the next six months: a duration.
    if ((pastOrLast || nextLike) && !has(s, W::Unit)) {
        QString number;
        int countLast = -1;
        int start = s;
        if (has(start, W::Approximator)) {
            ++start;
        }
        if (count(start, &countLast, &number) && !(is(start, "a"_L1) || is(start, "an"_L1))) {
            int u = countLast + 1;
            if (has(u, W::DurationAdjective) && has(u + 1, W::Unit)) {
                ++u;
            }
            if (has(u, W::Unit)) {
                const QString unit = word(u)->unit;
                return Hit{i, u, Timex::Type::Duration, durationValue(number, unit), {}, Granularity::None};
            }
        }
    }
    if (has(s, W::Unit)) {
        const QString unit = word(s)->unit;
        const bool plural = view(s).endsWith(u's');
        if (plural) {
            return std::nullopt;
        }
        // "the past year", "the last decade", "over the next decade": a stretch of time from now, not a
        // calendar unit ("the next day" and "the following year" stay dates).
        const bool ahead = is(k, "next"_L1) || is(k, "coming"_L1);
        if (the && (pastOrLast || (ahead && unit != "D"_L1)) && unit != "Q"_L1) {
            return Hit{i, s, Timex::Type::Duration, durationValue(u"1"_s, unit), {}, Granularity::None};
        }
        // "the following day", "the previous year": one after or before the date last mentioned ("In 2019 profit
        // rose from the previous year" is 2018); "last year" without the article counts from publication.
        const QDate base = the && (nextLike || is(k, "previous"_L1)) ? m_anchor : m_reference;
        int n = shift;
        if (the && is(k, "previous"_L1)) {
            n = -1;
        }
        if (unit == "WE"_L1) {
            const QDate date = base.addDays(7 * n);
            return Hit{i, s, Timex::Type::Date, weekValue(date) + u"-WE"_s, {}, Granularity::None};
        }
        const QDate date = the && (nextLike || is(k, "previous"_L1)) && unit == "D"_L1 ? (m_anchorDay).addDays(n)
                                                                                       : shiftDate(base, unit, n);
        const std::optional<std::pair<QString, Granularity>> at = valueAtUnit(date, unit);
        if (!at) {
            return std::nullopt;
        }
        return Hit{i, s, Timex::Type::Date, at->first, date, at->second};
    }
    if (the) {
        return std::nullopt;
    }
    if (has(s, W::Weekday) && tok(s).capital) {
        const int weekday = word(s)->weekday;
        const int direction = shift < 0 ? -2 : shift > 0 ? 2 : (isFuture(i, s) ? 1 : -1);
        const QDate date = resolveWeekday(weekday, direction);
        return Hit{i, s, Timex::Type::Date, dayValue(date), date, Granularity::Day};
    }
    if (has(s, W::Month) && tok(s).capital && !word(s)->is(W::MonthAbbreviation)) {
        const int month = word(s)->month;
        if (!m_reference.isValid()) {
            return Hit{i, s, Timex::Type::Date, u"XXXX-"_s + pad(month, 2), {}, Granularity::None};
        }
        int year = m_reference.year();
        if (shift < 0) {
            year = month < m_reference.month() ? year : year - 1;
        } else if (shift > 0) {
            year = month > m_reference.month() ? year : year + 1;
        }
        const QDate date(year, month, 1);
        return Hit{i, s, Timex::Type::Date, monthValue(date), date, Granularity::Month};
    }
    if (has(s, W::Season)) {
        const QString code = word(s)->season;
        if (!m_reference.isValid()) {
            return Hit{i, s, Timex::Type::Date, u"XXXX-"_s + code, {}, Granularity::None};
        }
        // Seasons as quarters of the year: winter starts it (December counts to the next year's winter).
        const int month = m_reference.month();
        const int current = month == 12 ? 0 : month / 3;
        const int target = code == "WI"_L1 ? 0 : code == "SP"_L1 ? 1 : code == "SU"_L1 ? 2 : 3;
        int year = m_reference.year() + (month == 12 ? 1 : 0);
        if (shift < 0 && target >= current) {
            --year;
        } else if (shift > 0 && target <= current) {
            ++year;
        }
        return Hit{i, s, Timex::Type::Date, QString::number(year) + u'-' + code, QDate(year, 1, 1), Granularity::Year};
    }
    if (has(s, W::PartOfDay) && shift == 0) {
        return Hit{
            i, s, Timex::Type::Date, dayValue(m_reference) + u'T' + word(s)->partOfDay, m_reference, Granularity::Day};
    }
    return std::nullopt;
}

// the 26th [of February]; the same day; the day; the third quarter [of 2009]; the first half of 2024; the weekend;
// the end of the year.
std::optional<Hit> Tagger::definite(int i) const
{
    const bool the = is(i, "the"_L1);
    const bool that = is(i, "that"_L1);
    if (!the && !that) {
        return std::nullopt;
    }
    const int k = i + 1;
    const QDate anchorDay = m_anchorDay;
    // the 20th century, the 21st century
    if (the && isNumber(k) && tok(k).ordinal && is(k + 1, "century"_L1) && tok(k).value >= 1 && tok(k).value <= 21) {
        return Hit{i, k + 1, Timex::Type::Date, pad(tok(k).value - 1, 2), {}, Granularity::None};
    }
    // the 26th
    if (the && isNumber(k) && tok(k).ordinal && tok(k).digits <= 2) {
        const int day = tok(k).value;
        if (day < 1 || day > 31) {
            return std::nullopt;
        }
        if (is(k + 1, "of"_L1) && has(k + 2, W::Month) && tok(k + 2).capital) {
            std::optional<Hit> inner = dayMonth(k);
            if (inner) {
                inner->first = i;
                return inner;
            }
        }
        // A unit, a superlative or a ranked noun after the ordinal makes it a rank (the 26th year, the 3rd
        // largest, the 10th anniversary).
        if (valid(k + 1) && tok(k + 1).kind == Token::Word && !tok(k + 1).capital &&
            (has(k + 1, W::Unit) || has(k + 1, W::RankNoun) || view(k + 1).endsWith("est"_L1))) {
            return std::nullopt;
        }
        const bool future = isFuture(i, k);
        QDate date;
        if (m_reference.isValid()) {
            QDate month(m_reference.year(), m_reference.month(), 1);
            for (int step = 0; step < 13 && !date.isValid(); ++step) {
                const QDate candidate(month.year(), month.month(), day);
                if (candidate.isValid() && (future ? candidate >= m_reference : candidate <= m_reference)) {
                    date = candidate;
                }
                month = month.addMonths(future ? 1 : -1);
            }
        }
        const QString value = date.isValid() ? dayValue(date) : u"XXXX-XX-"_s + pad(day, 2);
        return Hit{i, k, Timex::Type::Date, value, date, Granularity::Day};
    }
    // the same day / that day / the day (the date last mentioned)
    if (is(k, "same"_L1) && has(k + 1, W::Unit)) {
        const QString unit = word(k + 1)->unit;
        const QDate base = unit == "D"_L1 ? anchorDay : m_anchor;
        const std::optional<std::pair<QString, Granularity>> at = valueAtUnit(base, unit);
        if (at) {
            return Hit{i, k + 1, Timex::Type::Date, at->first, base, at->second};
        }
    }
    if (is(k, "day"_L1) && !view(k).endsWith(u's')) {
        if (that && !(is(i - 1, "on"_L1) || is(i - 1, "of"_L1) || is(i - 1, "for"_L1))) {
            return std::nullopt;
        }
        int last = k;
        QDate date = anchorDay;
        if (is(k + 1, "before"_L1) && !(valid(k + 2) && tok(k + 2).kind == Token::Word)) {
            date = date.addDays(-1);
            last = k + 1;
        } else if (is(k + 1, "after"_L1) && !(valid(k + 2) && tok(k + 2).kind == Token::Word)) {
            date = date.addDays(1);
            last = k + 1;
        } else if (is(k + 1, "of"_L1) || is(k + 1, "when"_L1) || is(k + 1, "that"_L1) || is(k + 1, "before"_L1) ||
                   is(k + 1, "after"_L1) || is(i - 1, "all"_L1) || is(i - 1, "one"_L1)) {
            // "the day of the vote", "the day when": an event names that day, not the text before.
            return std::nullopt;
        }
        return Hit{i, last, Timex::Type::Date, dayValue(date), date, Granularity::Day};
    }
    if (!the) {
        return std::nullopt;
    }
    // the third quarter [of 2009 | of this year | 2009]; the first half [of 2024]
    if (std::optional<Hit> period = ordinalPeriod(i, k)) {
        return period;
    }
    // the weekend
    if (is(k, "weekend"_L1)) {
        return Hit{i, k, Timex::Type::Date, weekValue(m_reference) + u"-WE"_s, {}, Granularity::None};
    }
    // the fall of 2008, the spring
    if (has(k, W::Season)) {
        const QString code = word(k)->season;
        int y = k + 1;
        if (is(y, "of"_L1)) {
            ++y;
        }
        if (isNumber(y) && isYear(y)) {
            return Hit{i,
                       y,
                       Timex::Type::Date,
                       view(y).toString() + u'-' + code,
                       QDate(tok(y).value, 1, 1),
                       Granularity::Year};
        }
        // "in the fall" is autumn; "the fall in prices" is a drop.
        const bool prepositional = is(i - 1, "in"_L1) || is(i - 1, "during"_L1) || is(i - 1, "by"_L1) ||
                                   is(i - 1, "until"_L1) || is(i - 1, "this"_L1);
        if (has(k, W::VerbSeason) &&
            (!prepositional || (valid(k + 1) && tok(k + 1).kind == Token::Word && !tok(k + 1).sentence &&
                                !is(k + 1, "and"_L1) && !is(k + 1, "when"_L1)))) {
            return std::nullopt;
        }
        const int year = m_sentenceYear > 0 ? m_sentenceYear : m_reference.isValid() ? m_reference.year() : 0;
        return Hit{i, k, Timex::Type::Date, (year > 0 ? pad(year, 4) : u"XXXX"_s) + u'-' + code, {}, Granularity::None};
    }
    return std::nullopt;
}

// first quarter, the third quarter of 2009, first-half, the second half of this year (k: the ordinal).
std::optional<Hit> Tagger::ordinalPeriod(int i, int k) const
{
    if (!has(k, W::Ordinal)) {
        return std::nullopt;
    }
    // first quarter, first-quarter, first half
    const int p = glued(k + 1) && isPunct(k + 1, u'-') ? k + 2 : k + 1;
    if (is(p, "quarter"_L1) || has(p, W::Half)) {
        const int n = word(k)->ordinal;
        const bool quarter = is(p, "quarter"_L1);
        if (n < 1 || n > (quarter ? 4 : 2)) {
            return std::nullopt;
        }
        int last = p;
        int year = 0;
        int y = last + 1;
        if (is(y, "of"_L1) || isPunct(y, u',')) {
            ++y;
        }
        if (isNumber(y) && tok(y).digits == 4 && isYear(y)) {
            year = tok(y).value;
            last = y;
        } else if (is(y, "fiscal"_L1) && isNumber(y + 1) && tok(y + 1).digits == 4) {
            year = tok(y + 1).value;
            last = y + 1;
        } else if (is(y - 1, "of"_L1) && (has(y, W::Shifter) || is(y, "the"_L1)) && is(y + 1, "year"_L1)) {
            year = m_reference.year() + (is(y, "the"_L1) ? 0 : word(y)->shift);
            last = y + 1;
        } else if (m_sentenceYear > 0) {
            year = m_sentenceYear;
        } else if (m_reference.isValid()) {
            // Without a year, the latest such period that has begun (past) or the next one to come (future).
            const int startMonth = quarter ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
            year = m_reference.year();
            const bool future = isFuture(i, last);
            if (!future && startMonth > m_reference.month()) {
                --year;
            } else if (future && startMonth + (quarter ? 2 : 5) < m_reference.month()) {
                ++year;
            }
        }
        const QString prefix = year > 0 ? pad(year, 4) : u"XXXX"_s;
        return Hit{i,
                   last,
                   Timex::Type::Date,
                   prefix + (quarter ? u"-Q"_s : u"-H"_s) + QString::number(n),
                   year > 0 ? QDate(year, 1, 1) : QDate(),
                   Granularity::None};
    }
    return std::nullopt;
}

// early 2009, mid-2023, late March, early next year, the end of the year, the start of the day, earlier this month.
std::optional<Hit> Tagger::positioned(int i) const
{
    int k = i;
    const bool the = is(k, "the"_L1);
    if (the) {
        ++k;
    }
    if (!has(k, W::Position)) {
        return std::nullopt;
    }
    int inner = k + 1;
    const bool noun = is(k, "end"_L1) || is(k, "beginning"_L1) || is(k, "start"_L1) || is(k, "middle"_L1);
    // "the late 1990s", "the early 2000s": an adjective between the article and a decade.
    const bool decade = the && !noun && isNumber(inner) && tok(inner).plural;
    if (!decade && (the || noun)) {
        if (glued(inner) && isPunct(inner, u'-')) {
            ++inner; // end-2019
        } else if (is(inner, "of"_L1)) {
            ++inner;
        } else {
            return std::nullopt;
        }
    } else if (glued(inner) && isPunct(inner, u'-')) {
        ++inner; // mid-2023, mid-March
    } else if (is(inner, "in"_L1) && is(inner + 1, "the"_L1) && is(inner + 2, "day"_L1)) {
        // late in the day
        const QDate day = m_anchorDay;
        return Hit{i, inner + 2, Timex::Type::Date, dayValue(day), day, Granularity::Day};
    }
    if (is(inner, "the"_L1) && has(inner + 1, W::Unit) && !is(inner + 2, "of"_L1)) {
        const QString unit = word(inner + 1)->unit;
        // "the end of the year" is this year's end; "the start of the day" the day last mentioned.
        const QDate base = unit == "D"_L1 ? m_anchorDay : m_reference;
        const std::optional<std::pair<QString, Granularity>> at = valueAtUnit(base, unit);
        if (!at || view(inner + 1).endsWith(u's')) {
            return std::nullopt;
        }
        return Hit{i, inner + 1, Timex::Type::Date, at->first, base, at->second};
    }
    std::optional<Hit> hit;
    for (const auto family : {&Tagger::calendar, &Tagger::year, &Tagger::shifted, &Tagger::definite,
                              &Tagger::periodCode, &Tagger::season, &Tagger::deictic, &Tagger::weekdayAlone}) {
        std::optional<Hit> candidate = (this->*family)(inner);
        if (candidate && candidate->first == inner && (!hit || candidate->last > hit->last)) {
            hit = candidate;
        }
    }
    if (!hit || hit->type != Timex::Type::Date) {
        return std::nullopt;
    }
    // "earlier" / "later" alone before a date are positions only with this/today ("earlier this month").
    if ((is(k, "earlier"_L1) || is(k, "later"_L1)) && !(has(inner, W::Shifter) || has(inner, W::Deictic))) {
        return std::nullopt;
    }
    hit->first = i;
    return hit;
}

// today, yesterday, tomorrow, tonight, earlier today, yesterday morning.
std::optional<Hit> Tagger::deictic(int i) const
{
    if (!has(i, W::Deictic)) {
        return std::nullopt;
    }
    const QDate date = m_reference.isValid() ? m_reference.addDays(word(i)->deictic) : QDate();
    QString value = dayValue(date);
    if (is(i, "tonight"_L1)) {
        return Hit{i, i, Timex::Type::Date, value + u"TNI"_s, date, Granularity::Day};
    }
    if (has(i + 1, W::PartOfDay)) {
        return Hit{i, i + 1, Timex::Type::Time, value + u'T' + word(i + 1)->partOfDay, date, Granularity::Day};
    }
    return Hit{i, i, Timex::Type::Date, value, date, Granularity::Day};
}

// annually, every year, each month, per year, every Monday, twice a year, $5 million a year.
std::optional<Hit> Tagger::frequency(int i) const
{
    if (has(i, W::Set)) {
        // "annual" before a number is a ranking (annual 3% growth stays a set); "daily" as a newspaper name is rare.
        return Hit{i, i, Timex::Type::Set, word(i)->set, {}, Granularity::None};
    }
    int k = i;
    const bool setWord = has(k, W::SetWord);
    const bool article =
        (is(k, "a"_L1) || is(k, "an"_L1)) &&
        (is(k - 1, "twice"_L1) || is(k - 1, "times"_L1) || is(k - 1, "once"_L1) || is(k - 1, "million"_L1) ||
         is(k - 1, "billion"_L1) || is(k - 1, "percent"_L1) || isPunct(k - 1, u'%'));
    if (!setWord && !article) {
        return std::nullopt;
    }
    ++k;
    if (setWord && is(k, "other"_L1)) {
        ++k;
    }
    QString number = u"1"_s;
    if (setWord && !is(i, "per"_L1)) {
        int countLast = -1;
        QString counted;
        if (count(k, &countLast, &counted) && !(is(k, "a"_L1) || is(k, "an"_L1)) && has(countLast + 1, W::Unit)) {
            number = counted;
            k = countLast + 1;
        }
    }
    if (is(i + 1, "other"_L1)) {
        number = u"2"_s;
    }
    if (has(k, W::Unit)) {
        const QString unit = word(k)->unit;
        if (unit == "WE"_L1) {
            return Hit{i, k, Timex::Type::Set, u"XXXX-WXX-WE"_s, {}, Granularity::None};
        }
        return Hit{i, k, Timex::Type::Set, durationValue(number, unit), {}, Granularity::None};
    }
    if (setWord && has(k, W::Weekday)) {
        return Hit{i, k, Timex::Type::Set, u"XXXX-WXX-"_s + QString::number(word(k)->weekday), {}, Granularity::None};
    }
    if (setWord && has(k, W::Month) && tok(k).capital) {
        return Hit{i, k, Timex::Type::Set, u"XXXX-"_s + pad(word(k)->month, 2), {}, Granularity::None};
    }
    if (is(i, "per"_L1) && is(k, "annum"_L1)) {
        return Hit{i, k, Timex::Type::Set, u"P1Y"_s, {}, Granularity::None};
    }
    return std::nullopt;
}

// recently, now, currently, soon, recent, current.
std::optional<Hit> Tagger::vague(int i) const
{
    if (!has(i, W::Vague)) {
        return std::nullopt;
    }
    // "now-defunct", "current account", "current of": adjectives that name no time.
    if (glued(i + 1) && isPunct(i + 1, u'-')) {
        return std::nullopt;
    }
    if ((is(i, "current"_L1) || is(i, "recent"_L1)) &&
        !(valid(i + 1) && tok(i + 1).kind == Token::Word && !tok(i + 1).capital)) {
        return std::nullopt;
    }
    if (is(i, "recent"_L1) && (is(i - 1, "most"_L1) || is(i - 1, "more"_L1))) {
        return std::nullopt;
    }
    if (is(i, "now"_L1) && (is(i + 1, "that"_L1) || is(i - 1, "from"_L1))) {
        return std::nullopt;
    }
    int first = i;
    if (is(i, "recently"_L1) && (is(i - 1, "more"_L1) || is(i - 1, "most"_L1) || is(i - 1, "very"_L1))) {
        first = i - 1;
    }
    return Hit{first, i, Timex::Type::Date, word(i)->vague, {}, Granularity::None};
}

// Q3 2019, Q3, 3Q, H1 2024, FY2023, FY 2023, fiscal 2023, fiscal year 2023.
std::optional<Hit> Tagger::periodCode(int i) const
{
    if (!valid(i) || tok(i).kind != Token::Word) {
        return std::nullopt;
    }
    const bool q = view(i) == "Q"_L1;
    const bool h = view(i) == "H"_L1;
    if ((q || h) && isNumber(i + 1) && glued(i + 1) && tok(i + 1).digits == 1) {
        const int n = tok(i + 1).value;
        if (n < 1 || n > (q ? 4 : 2)) {
            return std::nullopt;
        }
        int last = i + 1;
        int year = 0;
        int y = last + 1;
        if (isPunct(y, u'-') || isPunct(y, u'/')) {
            ++y;
        }
        if (isNumber(y) && tok(y).digits == 4 && isYear(y)) {
            year = tok(y).value;
            last = y;
        } else if (m_sentenceYear > 0) {
            year = m_sentenceYear;
        } else if (m_reference.isValid()) {
            const int startMonth = q ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
            year = m_reference.year();
            if (!isFuture(i, last) && startMonth > m_reference.month()) {
                --year;
            }
        }
        const QString prefix = year > 0 ? pad(year, 4) : u"XXXX"_s;
        return Hit{
            i, last, Timex::Type::Date, prefix + (q ? u"-Q"_s : u"-H"_s) + QString::number(n), {}, Granularity::None};
    }
    if (has(i, W::Fiscal)) {
        int k = i + 1;
        if (is(i, "fy"_L1) && !tok(i).capital) {
            return std::nullopt;
        }
        if (is(k, "year"_L1)) {
            ++k;
        }
        if (isNumber(k) && (tok(k).digits == 4 || (tok(k).digits == 2 && is(i, "fy"_L1)))) {
            int year = tok(k).value;
            if (tok(k).digits == 2) {
                year += 2000;
            }
            if (year < 1900 || year > 2099) {
                return std::nullopt;
            }
            return Hit{i, k, Timex::Type::Date, u"FY"_s + QString::number(year), QDate(year, 1, 1), Granularity::Year};
        }
    }
    return std::nullopt;
}

// spring 2024, summer of 2019, in spring.
std::optional<Hit> Tagger::season(int i) const
{
    if (!has(i, W::Season)) {
        return std::nullopt;
    }
    const QString code = word(i)->season;
    int y = i + 1;
    if (is(y, "of"_L1)) {
        ++y;
    }
    if (isNumber(y) && isYear(y)) {
        return Hit{
            i, y, Timex::Type::Date, view(y).toString() + u'-' + code, QDate(tok(y).value, 1, 1), Granularity::Year};
    }
    if (word(i)->is(W::VerbSeason) || !(is(i - 1, "in"_L1) || is(i - 1, "during"_L1) || is(i - 1, "by"_L1) ||
                                        is(i - 1, "until"_L1) || is(i - 1, "their"_L1) || is(i - 1, "its"_L1))) {
        return std::nullopt;
    }
    const int year = m_sentenceYear > 0 ? m_sentenceYear : m_reference.isValid() ? m_reference.year() : 0;
    return Hit{i, i, Timex::Type::Date, (year > 0 ? pad(year, 4) : u"XXXX"_s) + u'-' + code, {}, Granularity::None};
}

// for years, in minutes, decades-long: a unit without a count.
std::optional<Hit> Tagger::bareUnit(int i) const
{
    if (!has(i, W::Unit) || !view(i).endsWith(u's')) {
        return std::nullopt;
    }
    const QString unit = word(i)->unit;
    if (unit == "WE"_L1) {
        return std::nullopt;
    }
    int last = i;
    if (glued(i + 1) && isPunct(i + 1, u'-') && is(i + 2, "long"_L1)) {
        last = i + 2;
    } else if (!(has(i - 1, W::BareUnitPreposition) || is(i - 1, "just"_L1) || is(i - 1, "mere"_L1))) {
        return std::nullopt;
    } else if (is(i + 1, "of"_L1) || is(i + 1, "ago"_L1)) {
        return std::nullopt;
    }
    return Hit{i, last, Timex::Type::Duration, durationValue(u"X"_s, unit), {}, Granularity::None};
}

// year-end, year end, quarter-end, month-end: the end of the current one.
std::optional<Hit> Tagger::unitEnd(int i) const
{
    if (!has(i, W::Unit) || view(i).endsWith(u's')) {
        return std::nullopt;
    }
    const int end = glued(i + 1) && isPunct(i + 1, u'-') ? i + 2 : i + 1;
    if (!is(end, "end"_L1) || isNumber(i - 1) || has(i - 1, W::Number)) {
        return std::nullopt;
    }
    const QString unit = word(i)->unit;
    if (unit != "Y"_L1 && unit != "M"_L1 && unit != "Q"_L1) {
        return std::nullopt;
    }
    const std::optional<std::pair<QString, Granularity>> at = valueAtUnit(m_reference, unit);
    return Hit{i, end, Timex::Type::Date, at->first, m_reference, at->second};
}

std::optional<Hit> Tagger::matchAt(int i) const
{
    const Token &t = tok(i);
    if (t.kind == Token::Word) {
        const bool code = t.end - t.start == 1 && (m_text[t.start] == u'Q' || m_text[t.start] == u'H');
        if (!code && (!t.word || !t.word->is(W::Trigger))) {
            if (t.word && t.word->is(W::PhraseStart)) {
                return phrase(i);
            }
            return std::nullopt;
        }
        // A determiner opens an expression only before a known word, a number or an apostrophe ('90s).
        if (t.word && t.word->is(W::Determiner) && !t.word->is(W::PhraseStart) &&
            !(valid(i + 1) && (tok(i + 1).word || tok(i + 1).kind == Token::Number || isApostrophe(i + 1)))) {
            return std::nullopt;
        }
    }
    if (t.kind == Token::Punct && !(m_text[t.start] == u'\'' || m_text[t.start] == u'\u2019')) {
        return std::nullopt;
    }
    std::optional<Hit> best;
    const auto consider = [&](std::optional<Hit> candidate) {
        if (!candidate || candidate->first < 0 || candidate->last < candidate->first) {
            return;
        }
        // No expression runs over a clause break (a headline's weekday and the date line under it).
        for (int k = candidate->first + 1; k <= candidate->last; ++k) {
            if (m_tokens[k].sentence) {
                return;
            }
        }
        if (!best || candidate->last > best->last) {
            best = std::move(candidate);
        }
    };
    consider(phrase(i));
    if (t.kind == Token::Number) {
        consider(numeric(i));
        consider(clockTime(i));
        consider(dayMonth(i));
        consider(year(i));
        consider(counted(i));
        return best;
    }
    if (t.kind == Token::Punct) {
        consider(year(i));
        return best;
    }
    consider(calendar(i));
    consider(weekdayAlone(i));
    consider(year(i));
    consider(counted(i));
    consider(shifted(i));
    consider(definite(i));
    consider(ordinalPeriod(i, i));
    consider(positioned(i));
    consider(deictic(i));
    consider(frequency(i));
    consider(vague(i));
    consider(periodCode(i));
    consider(season(i));
    consider(bareUnit(i));
    consider(unitEnd(i));
    consider(clockTime(i));
    return best;
}

void Tagger::remember(const Hit &hit)
{
    if (hit.type != Timex::Type::Date || !hit.date.isValid()) {
        return;
    }
    if (hit.granularity == Granularity::Day || hit.granularity == Granularity::Month ||
        hit.granularity == Granularity::Year) {
        m_anchor = hit.date;
        m_anchorGranularity = hit.granularity;
    }
    if (hit.granularity == Granularity::Day) {
        m_anchorDay = hit.date;
    }
    // Only a date that opens the sentence ("In 2019, ...") sets the year of the months after it; a year
    // further in ("since its launch in 2003 and as of February") is about something else.
    if (hit.first <= m_sentenceStart + 1 &&
        (hit.granularity == Granularity::Year || hit.granularity == Granularity::Month ||
         hit.granularity == Granularity::Day)) {
        m_sentenceYear = hit.date.year();
    }
}

void Tagger::tag(const TextSpan &range, QList<Timex> &out)
{
    tokenize(range);
    for (int i = 0; i < int(m_tokens.size());) {
        if (m_tokens[i].sentence) {
            m_sentenceYear = 0;
            m_sentenceStart = i;
        }
        std::optional<Hit> hit = matchAt(i);
        if (!hit) {
            ++i;
            continue;
        }
        // "in [the past]" must not hide "the past decade" starting inside it.
        if (hit->first > i) {
            std::optional<Hit> inner = matchAt(hit->first);
            if (inner && inner->last > hit->last) {
                hit = inner;
            }
        }
        Timex timex;
        timex.start = m_tokens[hit->first].start;
        timex.end = m_tokens[hit->last].end;
        timex.text = m_text.mid(timex.start, timex.end - timex.start);
        timex.type = hit->type;
        timex.setValue(hit->value);
        out.append(timex);
        remember(*hit);
        for (int k = i + 1; k <= hit->last; ++k) {
            if (m_tokens[k].sentence) {
                m_sentenceYear = 0;
                m_sentenceStart = k;
            }
        }
        i = hit->last + 1;
    }
}

} // namespace

TimexFinder::DateOrder TimexFinder::dateOrder(const QString &language)
{
    // US usage writes the month first; English elsewhere and the other languages put the day first.
    const QString tag = language.toLower().replace(u'_', u'-');
    if (tag.isEmpty() || tag == "en"_L1 || tag == "en-us"_L1 || tag == "en-ph"_L1 || tag == "en-um"_L1) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::DayFirst;
}

QList<Timex> TimexFinder::find(const Article &article) const
{
    QList<TextSpan> ranges;
    QList<TextSpan> boilerplate = article.boilerplate;
    std::sort(boilerplate.begin(), boilerplate.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    int position = 0;
    for (const TextSpan &span : std::as_const(boilerplate)) {
        if (span.start > position) {
            ranges.append({position, span.start});
        }
        position = std::max(position, span.end);
    }
    if (position < article.text.size()) {
        ranges.append({position, int(article.text.size())});
    }
    return find(article.text, ranges, article.published, dateOrder(article.language));
}

QList<Timex> TimexFinder::find(const QString &text, const QDate &reference) const
{
    return find(text, reference, DateOrder::MonthFirst);
}

QList<Timex> TimexFinder::find(const QString &text, const QDate &reference, DateOrder order) const
{
    return find(text, QList<TextSpan>{{0, int(text.size())}}, reference, order);
}

QList<Timex> TimexFinder::find(const QString &text, const QList<TextSpan> &ranges, const QDate &reference,
                               DateOrder order) const
{
    QList<Timex> result;
    Tagger tagger(text, reference, order);
    for (const TextSpan &range : ranges) {
        tagger.tag(range, result);
    }
    return result;
}

} // namespace Newsline
