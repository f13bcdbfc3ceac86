#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator64>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

struct Pools
{
    QStringList companyStems, companySuffixes, firstNames, lastNames, roles, cities, sectors, products;
    QStringList headlines, openers, body, quotes, boilerplate;

    static const Pools &instance()
    {
        static const Pools pools = [] {
            QFile file(u":/newsline-bench/corpustemplates.json"_s);
            Pools p;
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("corpus templates missing");
            }
            const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            auto list = [&o](const char *key) {
                QStringList l;
                for (const QJsonValue &v : o.value(QLatin1StringView(key)).toArray()) {
                    l.append(v.toString());
                }
                return l;
            };
            p.companyStems = list("companyStems");
            p.companySuffixes = list("companySuffixes");
            p.firstNames = list("firstNames");
            p.lastNames = list("lastNames");
            p.roles = list("roles");
            p.cities = list("cities");
            p.sectors = list("sectors");
            p.products = list("products");
            p.headlines = list("headlines");
            p.openers = list("openers");
            p.body = list("body");
            p.quotes = list("quotes");
            p.boilerplate = list("boilerplate");
            return p;
        }();
        return pools;
    }
};

const QStringList sources{u"The Example Wire"_s, u"Daily Ledger"_s,  u"The Asia Business Daily"_s,
                          u"Market Courier"_s,   u"Tech Observer"_s, u"Euro Finance Review"_s};
const QStringList numberWords{u"one"_s, u"two"_s,   u"three"_s, u"four"_s, u"five"_s,
                              u"six"_s, u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s};
const QStringList quarters{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};

QString grouped(qint64 value);

// One article being written: its random source, its cast and its dates.
class Writer
{
public:
    Writer(quint64 articleSeed, quint64 eventSeed)
        : m_pools(Pools::instance())
        , m_random(articleSeed)
    {
        QRandomGenerator64 event(eventSeed);
        m_company = company(event);
        do {
            m_company2 = company(event);
        } while (m_company2 == m_company);
        m_sector = pick(event, m_pools.sectors);
        m_eventDate = QDate(2015, 1, 1).addDays(qint64(event.bounded(3770)));
        m_headlineAmount = amount(event, false);
        m_headline = pick(event, m_pools.headlines);
        m_city = pick(event, m_pools.cities);
        m_eventPerson = pick(event, m_pools.firstNames) + u' ' + pick(event, m_pools.lastNames);
        m_published = m_eventDate.addDays(qint64(m_random.bounded(4)));
    }

    QString write(int index)
    {
        QString out;
        out.reserve(4096);
        out += u"---\ntitle: "_s + fill(m_headline, true) + u"\nsource: "_s + pick(m_random, sources) +
               u"\npublished: "_s + m_published.toString(Qt::ISODate) +
               u"\nlanguage: en\nurl: https://news.example/"_s + QString::number(index) + u"\n---\n"_s;
        const int paragraphs = 5 + int(m_random.bounded(7));
        const int boilerplateAt = m_random.bounded(10) < 3 ? 2 + int(m_random.bounded(paragraphs - 2)) : -1;
        for (int p = 0; p < paragraphs; ++p) {
            if (p == boilerplateAt) {
                for (int k = 0; k < 4; ++k) {
                    out += fill(m_pools.boilerplate.at(k), false) + u'\n';
                }
            }
            QStringList sentences;
            if (p == 0) {
                sentences.append(fill(pick(m_random, m_pools.openers), false));
            }
            const int count = 2 + int(m_random.bounded(3));
            for (int s = 0; s < count; ++s) {
                const bool quote = m_random.bounded(5) == 0;
                sentences.append(fill(pick(m_random, quote ? m_pools.quotes : m_pools.body), false));
            }
            out += sentences.join(u' ') + u'\n';
        }
        if (m_random.bounded(2) == 0) {
            out += fill(m_pools.boilerplate.last(), false) + u'\n';
        }
        return out;
    }

private:
    static QString pick(QRandomGenerator64 &random, const QStringList &list)
    {
        return list.at(int(random.bounded(quint64(list.size()))));
    }

    QString company(QRandomGenerator64 &random) const
    {
        return pick(random, m_pools.companyStems) + u' ' + pick(random, m_pools.companySuffixes);
    }

    QString person() { return pick(m_random, m_pools.firstNames) + u' ' + pick(m_random, m_pools.lastNames); }

    // An amount written in one of many news styles and currencies.
    QString amount(QRandomGenerator64 &random, bool allowApproximate)
    {
        const int whole = 1 + int(random.bounded(999));
        const int tenth = int(random.bounded(10));
        const QString number = (random.bounded(3) == 0 && whole < 100)
                                   ? QString::number(whole) + u'.' + QString::number(tenth)
                                   : QString::number(whole);
        static const QStringList scales{u"million"_s, u"billion"_s, u"thousand"_s};
        const QString scale = scales.at(int(random.bounded(whole < 20 ? 2 : 3)));
        const QString shortScale = scale == "million"_L1 ? u"m"_s : scale == "billion"_L1 ? u"bn"_s : u"k"_s;
        QString text;
        switch (random.bounded(24)) {
        case 0:
        case 1:
        case 2:
            text = u"$"_s + number + u' ' + scale;
            break;
        case 3:
            text = u"$"_s + number + shortScale;
            break;
        case 4:
            text = u"US$"_s + number + u' ' + scale;
            break;
        case 5:
            text = number + u' ' + scale + u" dollars"_s;
            break;
        case 6:
            text = u"$"_s + grouped(whole * 1000 + tenth * 100);
            break;
        case 7:
            text = number + u' ' + (scale == "billion"_L1 ? u"bln"_s : u"mln"_s) + u" dlrs"_s;
            break;
        case 8:
            text = u"USD "_s + number + u' ' + scale;
            break;
        case 9:
            text = (whole <= 10 ? numberWords.at(whole - 1) : u"a"_s) + u" billion dollars"_s;
            break;
        case 10:
        case 11:
            text = u"\u20AC"_s + number + u' ' + scale;
            break;
        case 12:
            text = number + u' ' + scale + u" euros"_s;
            break;
        case 13:
            text = QString::number(whole) + u"m EUR"_s;
            break;
        case 14:
            text = u"\u00A3"_s + number + shortScale;
            break;
        case 15:
            text = number + u" million pounds"_s;
            break;
        case 16:
            text = QString::number(whole) + u" mln stg"_s;
            break;
        case 17:
            text = number + u' ' + scale + u" yen"_s;
            break;
        case 18:
            text = number + u" billion yuan"_s;
            break;
        case 19:
            text = number + u" billion won"_s;
            break;
        case 20:
            text = u"\u20A9"_s + number + u" trillion"_s;
            break;
        case 21:
            text = number + u" billion Swiss francs"_s;
            break;
        case 22:
            text = u"HK$"_s + number + u' ' + scale;
            break;
        default:
            text = u"Rs "_s + QString::number(whole) + u" crore"_s;
            break;
        }
        if (allowApproximate && random.bounded(6) == 0) {
            static const QStringList cues{u"about "_s, u"nearly "_s, u"more than "_s, u"up to "_s, u"roughly "_s};
            text.prepend(pick(random, cues));
        }
        return text;
    }

    // A date or time reference in one of many written forms, relative to the event and publication dates.
    QString date()
    {
        const QDate d = m_eventDate;
        const QLocale c = QLocale::c();
        switch (m_random.bounded(18)) {
        case 0:
            return u"on "_s + c.toString(d, u"MMMM d, yyyy"_s);
        case 1:
            return u"on "_s + c.toString(d, u"d MMMM yyyy"_s);
        case 2:
            return u"on "_s + d.toString(Qt::ISODate);
        case 3:
            return u"on "_s + c.toString(d, u"dddd"_s);
        case 4:
            return u"last week"_s;
        case 5:
            return u"on the "_s + QString::number(d.day()) +
                   (d.day() % 10 == 1 && d.day() != 11   ? u"st"_s
                    : d.day() % 10 == 2 && d.day() != 12 ? u"nd"_s
                    : d.day() % 10 == 3 && d.day() != 13 ? u"rd"_s
                                                         : u"th"_s);
        case 6:
            return u"in the "_s + quarters.at((d.month() - 1) / 3) + u" quarter"_s;
        case 7:
            return u"in "_s + c.toString(d, u"MMMM"_s);
        case 8:
            return u"earlier this month"_s;
        case 9:
            return u"last year"_s;
        case 10:
            return u"in "_s + QString::number(d.year() - int(m_random.bounded(6)));
        case 11:
            return u"in mid-"_s + QString::number(d.year() - 1);
        case 12:
            return u"in the first half of "_s + QString::number(d.year());
        case 13:
            return u"yesterday"_s;
        case 14:
            return u"two weeks ago"_s;
        case 15:
            return u"next year"_s;
        case 16:
            return u"at 3 p.m. on "_s + c.toString(d, u"MMM. d"_s);
        default:
            return u"on "_s + c.toString(d, u"dd/MM/yyyy"_s);
        }
    }

    QString fill(const QString &pattern, bool headline)
    {
        QString out;
        out.reserve(pattern.size() + 64);
        qsizetype i = 0;
        while (i < pattern.size()) {
            const qsizetype open = pattern.indexOf(u'{', i);
            if (open < 0) {
                out += QStringView(pattern).mid(i);
                break;
            }
            const qsizetype close = pattern.indexOf(u'}', open);
            out += QStringView(pattern).mid(i, open - i);
            out += slot(QStringView(pattern).mid(open + 1, close - open - 1), headline);
            i = close + 1;
        }
        if (!headline && !out.isEmpty() && out.at(0).isLower()) {
            out[0] = out.at(0).toUpper();
        }
        return out;
    }

    QString slot(QStringView name, bool headline)
    {
        if (name == "co"_L1) {
            return m_company;
        }
        if (name == "co2"_L1) {
            return m_company2;
        }
        if (name == "amount"_L1) {
            return headline || m_random.bounded(4) == 0 ? m_headlineAmount : amount(m_random, true);
        }
        if (name == "amount2"_L1) {
            return amount(m_random, false);
        }
        if (name == "date"_L1) {
            return date();
        }
        if (name == "person"_L1) {
            return headline ? m_eventPerson : person();
        }
        if (name == "role"_L1) {
            return pick(m_random, m_pools.roles);
        }
        if (name == "city"_L1) {
            return m_city;
        }
        if (name == "city2"_L1) {
            return pick(m_random, m_pools.cities);
        }
        if (name == "sector"_L1) {
            return m_sector;
        }
        if (name == "product"_L1) {
            return pick(m_random, m_pools.products);
        }
        if (name == "pct"_L1) {
            return QString::number(1 + m_random.bounded(60)) + (m_random.bounded(2) ? u"%"_s : u" percent"_s);
        }
        if (name == "count"_L1 || name == "count2"_L1) {
            return grouped(qint64(50 + m_random.bounded(25000)));
        }
        if (name == "count3"_L1) {
            return QString::number(3 + m_random.bounded(40));
        }
        if (name == "count4"_L1) {
            return QString::number(1000 + m_random.bounded(9000));
        }
        if (name == "year"_L1) {
            return QString::number(m_eventDate.year() - int(m_random.bounded(8)));
        }
        if (name == "version"_L1) {
            return QString::number(1 + m_random.bounded(9)) + u'.' + QString::number(m_random.bounded(10));
        }
        if (name == "years"_L1) {
            return numberWords.at(1 + int(m_random.bounded(6)));
        }
        return name.toString();
    }

    const Pools &m_pools;
    QRandomGenerator64 m_random;
    QString m_company;
    QString m_company2;
    QString m_sector;
    QString m_city;
    QString m_headline;
    QString m_headlineAmount;
    QString m_eventPerson;
    QDate m_eventDate;
    QDate m_published;
};

// "25,000": news groups thousands with commas whatever the locale.
QString grouped(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, u',');
    }
    return digits;
}

quint64 mix(quint64 seed, quint64 value)
{
    // splitmix64: neighbouring indexes get unrelated random streams.
    quint64 z = seed * 0x9E3779B97F4A7C15ull + value + 0x632BE59BD9B4E019ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

CorpusGenerator::CorpusGenerator(quint64 seed)
    : m_seed(seed)
{
}

QString CorpusGenerator::article(int index) const
{
    const quint64 event = m_eventCount > 0 ? quint64(index % m_eventCount) : quint64(index);
    Writer writer(mix(m_seed, quint64(index) * 2 + 1), mix(m_seed, event * 2));
    return writer.write(index);
}

QString CorpusGenerator::fileName(int index)
{
    return u"article-%1.txt"_s.arg(index, 5, 10, QChar(u'0'));
}

qint64 CorpusGenerator::write(const QString &dir, int count) const
{
    if (!QDir().mkpath(dir)) {
        return -1;
    }
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        QFile file(QDir(dir).filePath(fileName(i)));
        const QByteArray bytes = article(i).toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            return -1;
        }
        total += bytes.size();
    }
    return total;
}

} // namespace Newsline
