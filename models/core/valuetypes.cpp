#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "event.h"
#include "moneyfigure.h"
#include "quote.h"
#include "timex.h"

#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<QLatin1StringView, N> &names, Enum value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString(names[index]) : QString();
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<QLatin1StringView, N> &names, QStringView name, Enum fallback)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0) {
            return static_cast<Enum>(i);
        }
    }
    return fallback;
}

constexpr std::array timexTypeNames{"DATE"_L1, "TIME"_L1, "DURATION"_L1, "SET"_L1};
constexpr std::array figureKindNames{"investment"_L1, "valuation"_L1, "funding"_L1, "revenue"_L1, "profit"_L1,
                                     "spending"_L1,   "price"_L1,     "fine"_L1,    "tax"_L1,     "other"_L1};
constexpr std::array entityTypeNames{"PER"_L1, "ORG"_L1, "LOC"_L1, "PRODUCT"_L1, "MEDIA"_L1};
constexpr std::array eventTypeNames{"partnership"_L1, "investment"_L1,   "valuation"_L1,  "launch"_L1, "founding"_L1,
                                    "acquisition"_L1, "announcement"_L1, "regulatory"_L1, "other"_L1};
constexpr std::array precisionNames{"day"_L1, "week"_L1, "month"_L1, "year"_L1, "unknown"_L1};
constexpr std::array salienceNames{"main"_L1, "background"_L1};
constexpr std::array roleNames{"buyer"_L1,   "target"_L1, "seller"_L1,    "investor"_L1, "investee"_L1,
                               "partner"_L1, "valued"_L1, "regulator"_L1, "other"_L1};
constexpr std::array dateBasisNames{"text"_L1, "published"_L1, "analyst"_L1};
constexpr std::array quoteKindNames{"direct"_L1, "partial"_L1};

int indexContaining(const QList<TextSpan> &spans, int position)
{
    // Spans are sorted and disjoint: binary search for the last span starting at or before position.
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), position,
                               [](int pos, const TextSpan &span) { return pos < span.start; });
    if (it == spans.cbegin()) {
        return -1;
    }
    --it;
    return it->contains(position) ? int(it - spans.cbegin()) : -1;
}

} // namespace

QString Timex::typeName(Type type)
{
    return nameOf(timexTypeNames, type);
}

Timex::Resolved Timex::resolve(QStringView value)
{
    if (value == u"PAST_REF") {
        return {{}, DatePrecision::Unknown, Reference::Past};
    }
    if (value == u"PRESENT_REF") {
        return {{}, DatePrecision::Unknown, Reference::Present};
    }
    if (value == u"FUTURE_REF") {
        return {{}, DatePrecision::Unknown, Reference::Future};
    }
    // Digits at [from, from + count), as a number; -1 when any is no digit or the value is too short.
    const auto number = [value](qsizetype from, qsizetype count) {
        if (from + count > value.size()) {
            return -1;
        }
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = value.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int year = number(0, 4);
    if (year < 0) {
        return {};
    }
    const bool dash = value.size() > 4 && value.at(4) == u'-';
    if (const int month = dash ? number(5, 2) : -1; month >= 0) {
        const bool withDay = value.size() > 7 && value.at(7) == u'-';
        if (const int day = withDay ? number(8, 2) : -1; day >= 0) {
            const QDate date(year, month, day);
            return date.isValid() ? Resolved{date, DatePrecision::Day, Reference::None} : Resolved{};
        }
        const QDate date(year, month, 1);
        return date.isValid() ? Resolved{date, DatePrecision::Month, Reference::None} : Resolved{};
    }
    // "2013-W05": the week, Monday first; 4 January is always in week 1 of its ISO year.
    if (dash && value.size() > 5 && value.at(5) == u'W') {
        const int week = number(6, 2);
        const QDate fourth(year, 1, 4);
        const QDate monday = fourth.addDays(1 - fourth.dayOfWeek() + 7 * (week - 1));
        if (week >= 1 && week <= 53 && monday.isValid()) {
            return {monday, DatePrecision::Week, Reference::None};
        }
    }
    // A year, or a quarter, half or season of it, dated to the year.
    const QDate date(year, 1, 1);
    return date.isValid() ? Resolved{date, DatePrecision::Year, Reference::None} : Resolved{};
}

QString MoneyFigure::kindName(Kind kind)
{
    return nameOf(figureKindNames, kind);
}

MoneyFigure::Kind MoneyFigure::kindFromName(QStringView name)
{
    return valueOf(figureKindNames, name, Kind::Other);
}

QString Entity::typeName(Type type)
{
    return nameOf(entityTypeNames, type);
}

Entity::Type Entity::typeFromName(QStringView name)
{
    return valueOf(entityTypeNames, name, Type::Organisation);
}

QString Quote::kindName(Kind kind)
{
    return nameOf(quoteKindNames, kind);
}

Quote::Kind Quote::kindFromName(QStringView name)
{
    return valueOf(quoteKindNames, name, Kind::Direct);
}

QString Event::typeName(Type type)
{
    return nameOf(eventTypeNames, type);
}

Event::Type Event::typeFromName(QStringView name)
{
    return valueOf(eventTypeNames, name, Type::Other);
}

QString Event::precisionName(Precision precision)
{
    return nameOf(precisionNames, precision);
}

Event::Precision Event::precisionFromName(QStringView name)
{
    return valueOf(precisionNames, name, Precision::Unknown);
}

QString Event::dateBasisName(DateBasis basis)
{
    return nameOf(dateBasisNames, basis);
}

Event::DateBasis Event::dateBasisFromName(QStringView name)
{
    return valueOf(dateBasisNames, name, DateBasis::Published);
}

QString Event::salienceName(Salience salience)
{
    return nameOf(salienceNames, salience);
}

Event::Salience Event::salienceFromName(QStringView name)
{
    return valueOf(salienceNames, name, Salience::Main);
}

QString EventParty::roleName(Role role)
{
    return nameOf(roleNames, role);
}

EventParty::Role EventParty::roleFromName(QStringView name)
{
    return valueOf(roleNames, name, Role::Other);
}

int EventParty::rank(Role role)
{
    switch (role) {
    case Role::Buyer:
    case Role::Investor:
        return 0;
    case Role::Partner:
    case Role::Regulator:
        return 1;
    case Role::Target:
    case Role::Investee:
    case Role::Valued:
        return 2;
    case Role::Seller:
        return 3;
    case Role::Other:
        break;
    }
    return 4;
}

QList<EventParty> EventParty::ordered(QList<EventParty> parties)
{
    std::stable_sort(parties.begin(), parties.end(),
                     [](const EventParty &a, const EventParty &b) { return rank(a.role) < rank(b.role); });
    return parties;
}

QString Event::dateText() const
{
    if (!date.isValid()) {
        return {};
    }
    switch (precision) {
    case Precision::Day:
        return date.toString(Qt::ISODate);
    case Precision::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QString::number(year) + u"-W"_s + QString::number(week).rightJustified(2, u'0');
    }
    case Precision::Month:
        return date.toString(u"yyyy-MM"_s);
    case Precision::Year:
        return date.toString(u"yyyy"_s);
    case Precision::Unknown:
        break;
    }
    return {};
}

QDate Event::lastDay() const
{
    if (!date.isValid()) {
        return {};
    }
    switch (precision) {
    case Precision::Day:
        return date;
    case Precision::Week:
        return date.addDays(7 - date.dayOfWeek());
    case Precision::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case Precision::Year:
        return QDate(date.year(), 12, 31);
    case Precision::Unknown:
        break;
    }
    return {};
}

bool Article::isBoilerplate(int position) const
{
    return indexContaining(boilerplate, position) >= 0;
}

bool Article::isBoilerplate(const TextSpan &span) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(), [&](const TextSpan &b) { return b.overlaps(span); });
}

int Article::sentenceAt(int position) const
{
    return indexContaining(sentences, position);
}

int Article::paragraphAt(int position) const
{
    return indexContaining(paragraphs, position);
}

const Entity *Article::entity(const QString &name) const
{
    for (const Entity &e : entities) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

QString Article::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(file).fileName() : title;
}

QStringView Corpus::textOf(const SourceRef &ref) const
{
    if (ref.article < 0 || ref.article >= articles.size()) {
        return {};
    }
    const QString &text = articles.at(ref.article).text;
    if (ref.start < 0 || ref.end > text.size() || ref.end < ref.start) {
        return {};
    }
    return QStringView(text).mid(ref.start, ref.end - ref.start);
}

const MoneyFigure *Corpus::figure(const FigureRef &ref) const
{
    if (ref.article < 0 || ref.article >= articles.size()) {
        return nullptr;
    }
    const auto &figures = articles.at(ref.article).figures;
    return ref.index >= 0 && ref.index < figures.size() ? &figures.at(ref.index) : nullptr;
}

} // namespace Newsline
