#include "eventfiltermodel.h"

#include "eventlistmodel.h"
#include "eventsummary.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// A day, a month or a year written as ISO dates are: the period it covers.
bool parseOnePeriod(const QString &text, QDate *from, QDate *to)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return false;
    }
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty()) {
        *from = QDate(year, 1, 1);
        *to = QDate(year, 12, 31);
    } else if (match.captured(3).isEmpty()) {
        *from = QDate(year, match.captured(2).toInt(), 1);
        *to = from->isValid() ? from->addMonths(1).addDays(-1) : QDate();
    } else {
        *from = QDate(year, match.captured(2).toInt(), match.captured(3).toInt());
        *to = *from;
    }
    return from->isValid() && to->isValid();
}

} // namespace

bool EventFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && type < 0 && company.isEmpty() && !from.isValid() && !to.isValid() &&
           minUsd < 0 && maxUsd < 0 && !mainOnly;
}

bool EventFilter::parsePeriod(const QString &text, QDate *from, QDate *to)
{
    static const QRegularExpression separator(u"\\s*(?:\\.\\.|\u2013|\\s+to\\s+|\\s+-\\s+)\\s*"_s);
    const QStringList parts = text.trimmed().split(separator);
    QDate a;
    QDate b;
    QDate c;
    QDate d;
    if (parts.size() == 1) {
        return parseOnePeriod(parts.at(0), from, to);
    }
    if (parts.size() == 2 && parseOnePeriod(parts.at(0), &a, &b) && parseOnePeriod(parts.at(1), &c, &d) && a <= d) {
        *from = a;
        *to = d;
        return true;
    }
    return false;
}

double EventFilter::parseAmount(QString text)
{
    // Filter syntax, not language: digits with an optional dollar sign and a K, M, B (or bn) or T multiplier.
    static const QRegularExpression pattern(u"^\\$?(\\d+(?:[.,]\\d+)?)\\s*(k|m|mn|b|bn|t)?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    text.remove(u'\u00a0');
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return -1;
    }
    QString number = match.captured(1);
    number.replace(u',', u'.');
    double value = number.toDouble();
    const QString unit = match.captured(2).toLower();
    if (unit == u"k"_s) {
        value *= 1e3;
    } else if (unit == u"m"_s || unit == u"mn"_s) {
        value *= 1e6;
    } else if (unit == u"b"_s || unit == u"bn"_s) {
        value *= 1e9;
    } else if (unit == u"t"_s) {
        value *= 1e12;
    }
    return value;
}

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventListModel::SortRole);
    // New events: the rows kept may differ, once the proxy has read them.
    connect(this, &QAbstractItemModel::modelReset, this, &EventFilterModel::filterChanged);
}

void EventFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    m_haystacksValid = false;
    m_haystacks.clear();
    // Connected before the base class connects: the texts are stale before the proxy filters again.
    if (model) {
        auto stale = [this] {
            m_haystacksValid = false;
            m_haystacks.clear();
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, stale),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, stale),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale),
            connect(model, &QAbstractItemModel::dataChanged, this, stale),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

const EventListModel *EventFilterModel::events() const
{
    return qobject_cast<const EventListModel *>(sourceModel());
}

void EventFilterModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    parseText();
    invalidateFilter();
    Q_EMIT filterChanged();
}

void EventFilterModel::parseText()
{
    m_words.clear();
    // "> 1B" is one condition written with a space: an operator alone joins the word after it.
    QStringList tokens = m_filter.text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        static const QRegularExpression operatorOnly(u"^(?:>=|<=|>|<|=|\u2265|\u2264)$"_s);
        if (operatorOnly.match(tokens.at(i)).hasMatch()) {
            tokens[i] += tokens.at(i + 1);
            tokens.removeAt(i + 1);
        }
    }
    static const QRegularExpression comparison(u"^(>=|<=|>|<|=|\u2265|\u2264)(.+)$"_s);
    for (const QString &token : std::as_const(tokens)) {
        Word word;
        word.text = token.toLower();
        const QRegularExpressionMatch match = comparison.match(token);
        if (match.hasMatch()) {
            const double amount = EventFilter::parseAmount(match.captured(2));
            if (amount >= 0) {
                const QString op = match.captured(1);
                word.amount = amount;
                word.kind = op == u">="_s || op == u"\u2265"_s   ? Word::Kind::AtLeast
                            : op == u">"_s                       ? Word::Kind::Above
                            : op == u"<="_s || op == u"\u2264"_s ? Word::Kind::AtMost
                            : op == u"<"_s                       ? Word::Kind::Below
                                                                 : Word::Kind::About;
                m_words.append(word);
                continue;
            }
        }
        if (EventFilter::parsePeriod(token, &word.from, &word.to)) {
            word.kind = Word::Kind::Period;
            m_words.append(word);
            continue;
        }
        // A number with a multiplier ("2.17B") is an amount; bare words are searched as text.
        static const QRegularExpression multiplied(u"^\\$?\\d+(?:[.,]\\d+)?(?:k|m|mn|b|bn|t)$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (multiplied.match(token).hasMatch()) {
            word.kind = Word::Kind::About;
            word.amount = EventFilter::parseAmount(token);
        }
        m_words.append(word);
    }
}

void EventFilterModel::buildHaystacks() const
{
    if (m_haystacksValid) {
        return;
    }
    m_haystacksValid = true;
    m_haystacks.clear();
    const EventListModel *model = events();
    if (!model || !model->corpus()) {
        return;
    }
    const Corpus &corpus = *model->corpus();
    m_haystacks.reserve(corpus.events.size());
    for (qsizetype row = 0; row < corpus.events.size(); ++row) {
        const Event &event = corpus.events.at(row);
        QString text = event.actors.join(u'\n') + u'\n' + event.lane + u'\n' + Event::typeName(event.type) + u'\n' +
                       EventListModel::typeDisplayName(event.type) + u'\n' + event.dateText() + u'\n' +
                       EventListModel::dateDisplay(event) + u'\n' + EventSummary::text(event);
        for (const FigureRef &ref : event.figures) {
            if (const MoneyFigure *figure = corpus.figure(ref)) {
                text += u'\n' + figure->text + u'\n' + figure->currency;
            }
        }
        const QString amount = model->index(int(row), EventListModel::AmountColumn).data().toString();
        if (!amount.isEmpty()) {
            text += u'\n' + amount;
        }
        m_haystacks.append(text.toLower());
    }
}

bool EventFilterModel::accepts(int sourceRow) const
{
    const EventListModel *model = events();
    if (!model || !model->corpus() || sourceRow < 0 || sourceRow >= model->corpus()->events.size()) {
        return false;
    }
    if (m_filter.isEmpty()) {
        return true;
    }
    const Event &event = model->corpus()->events.at(sourceRow);
    if (m_filter.type >= 0 && int(event.type) != m_filter.type) {
        return false;
    }
    if (m_filter.mainOnly && event.salience != Event::Salience::Main) {
        return false;
    }
    if (!m_filter.company.isEmpty() && std::none_of(event.actors.cbegin(), event.actors.cend(), [&](const QString &a) {
            return a.compare(m_filter.company, Qt::CaseInsensitive) == 0;
        })) {
        return false;
    }
    const QDate first = event.date;
    const QDate last = event.lastDay();
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        if (!first.isValid() || (m_filter.from.isValid() && last < m_filter.from) ||
            (m_filter.to.isValid() && first > m_filter.to)) {
            return false;
        }
    }
    const double usd = model->index(sourceRow, 0).data(EventListModel::UsdRole).toDouble();
    if ((m_filter.minUsd >= 0 && (usd <= 0 || usd < m_filter.minUsd)) ||
        (m_filter.maxUsd >= 0 && (usd <= 0 || usd > m_filter.maxUsd))) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    buildHaystacks();
    const QString &haystack = m_haystacks.value(sourceRow);
    for (const Word &word : m_words) {
        bool ok = false;
        switch (word.kind) {
        case Word::Kind::Text:
            ok = haystack.contains(word.text);
            break;
        case Word::Kind::Period:
            // A period as written also matches text ("2024" in a summary); as a date it matches overlapping events.
            ok = (first.isValid() && last >= word.from && first <= word.to) || haystack.contains(word.text);
            break;
        case Word::Kind::AtLeast:
            ok = usd > 0 && usd >= word.amount;
            break;
        case Word::Kind::Above:
            ok = usd > 0 && usd > word.amount;
            break;
        case Word::Kind::AtMost:
            ok = usd > 0 && usd <= word.amount;
            break;
        case Word::Kind::Below:
            ok = usd > 0 && usd < word.amount;
            break;
        case Word::Kind::About:
            ok = (usd > 0 && std::abs(usd - word.amount) <= 0.05 * word.amount) || haystack.contains(word.text);
            break;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow);
}

QList<bool> EventFilterModel::acceptedRows() const
{
    if (m_filter.isEmpty() || !sourceModel()) {
        return {};
    }
    const int rows = sourceModel()->rowCount();
    QList<bool> accepted(rows, false);
    for (int row = 0; row < rows; ++row) {
        accepted[row] = accepts(row);
    }
    return accepted;
}

} // namespace Newsline
