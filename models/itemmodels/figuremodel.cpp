#include "figuremodel.h"

#include "eventlistmodel.h"
#include "moneyformat.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr int kindCount = int(MoneyFigure::Kind::Other) + 1;

} // namespace

FigureModel::FigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureModel::setCorpus(const Corpus *corpus)
{
    m_corpus = corpus;
    m_eventRows.clear();
    rebuild();
}

void FigureModel::setEvents(const QList<int> &eventRows)
{
    if (eventRows == m_eventRows) {
        return;
    }
    m_eventRows = eventRows;
    if (!m_showAll) {
        rebuild();
    }
}

void FigureModel::setShowAll(bool all)
{
    if (all == m_showAll) {
        return;
    }
    m_showAll = all;
    rebuild();
}

void FigureModel::setEventFilter(const QList<bool> &accepted)
{
    if (accepted == m_eventFilter) {
        return;
    }
    m_eventFilter = accepted;
    rebuild();
}

void FigureModel::setLimit(int limit)
{
    limit = std::max(0, limit);
    if (limit == m_limit) {
        return;
    }
    m_limit = limit;
    if (showsLargest()) {
        rebuild();
    }
}

bool FigureModel::eventShown(int event) const
{
    return m_eventFilter.isEmpty() || (event >= 0 && event < m_eventFilter.size() && m_eventFilter.at(event));
}

void FigureModel::rebuild()
{
    // The set of rows changes wholesale with the selection, and bar mappers re-read the model on a reset anyway.
    beginResetModel();
    m_rows.clear();
    m_restCount = 0;
    m_restUsd = 0;
    m_noRateCount = 0;
    if (m_corpus) {
        // One event reporting the same money twice ("one billion dollars" in one article, "$1 billion" in another)
        // is one bar: figures are told apart by event and dollar value.
        QSet<QPair<int, qint64>> seen;
        QSet<QPair<int, int>> shownRefs;
        QSet<QPair<int, int>> noRateRefs;
        auto add = [&](const FigureRef &ref, int event) {
            const MoneyFigure *figure = m_corpus->figure(ref);
            if (!figure || shownRefs.contains({ref.article, ref.index})) {
                return;
            }
            if (figureUsd(*figure) <= 0) {
                // Money in another currency on a day without a rate has no bar, and says so: counted, not lost.
                if (figure->amount && figure->amount->isPositive() && figure->currency != "USD"_L1) {
                    noRateRefs.insert({ref.article, ref.index});
                    m_noRateCount = int(noRateRefs.size());
                }
                return;
            }
            const QPair<int, qint64> key{event, std::llround(figureUsd(*figure))};
            if (event >= 0 && seen.contains(key)) {
                return;
            }
            seen.insert(key);
            shownRefs.insert({ref.article, ref.index});
            m_rows.append({ref, event});
        };
        if (showsLargest()) {
            for (qsizetype e = 0; e < m_corpus->events.size(); ++e) {
                if (eventShown(int(e))) {
                    for (const FigureRef &ref : m_corpus->events.at(e).figures) {
                        add(ref, int(e));
                    }
                }
            }
            // Figures no event claims are still money the articles state; a filter on events leaves them out.
            if (m_showAll && m_eventFilter.isEmpty()) {
                QSet<QPair<int, int>> claimed;
                for (const Event &event : std::as_const(m_corpus->events)) {
                    for (const FigureRef &ref : event.figures) {
                        claimed.insert({ref.article, ref.index});
                    }
                }
                for (qsizetype a = 0; a < m_corpus->articles.size(); ++a) {
                    for (qsizetype i = 0; i < m_corpus->articles.at(a).figures.size(); ++i) {
                        if (!claimed.contains({int(a), int(i)})) {
                            add({int(a), int(i)}, -1);
                        }
                    }
                }
            }
            // The largest first, as many as asked; the bars read from the top, and a horizontal bar chart puts its
            // first category at the bottom.
            std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
                return figureUsd(figureOf(a)) > figureUsd(figureOf(b));
            });
            if (m_limit > 0 && m_rows.size() > m_limit) {
                for (qsizetype i = m_limit; i < m_rows.size(); ++i) {
                    m_restUsd += figureUsd(figureOf(m_rows.at(i)));
                }
                m_restCount = int(m_rows.size() - m_limit);
                m_rows.resize(m_limit);
            }
            std::reverse(m_rows.begin(), m_rows.end());
        } else {
            for (int e : std::as_const(m_eventRows)) {
                if (e >= 0 && e < m_corpus->events.size() && eventShown(e)) {
                    for (const FigureRef &ref : m_corpus->events.at(e).figures) {
                        add(ref, e);
                    }
                }
            }
        }
    }
    double largest = 0;
    for (const Row &row : std::as_const(m_rows)) {
        largest = std::max(largest, figureUsd(figureOf(row)));
    }
    m_unit = largest >= 1e9 ? Unit::Billions : largest >= 1e6 ? Unit::Millions : Unit::Dollars;
    m_divisor = m_unit == Unit::Billions ? 1e9 : m_unit == Unit::Millions ? 1e6 : 1.0;
    endResetModel();
}

const MoneyFigure &FigureModel::figureOf(const Row &row) const
{
    return *m_corpus->figure(row.figure);
}

QString FigureModel::unitTitle() const
{
    switch (m_unit) {
    case Unit::Billions:
        return tr("US dollars (billions)");
    case Unit::Millions:
        return tr("US dollars (millions)");
    case Unit::Dollars:
        break;
    }
    return tr("US dollars");
}

int FigureModel::rowOf(const FigureRef &figure) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).figure == figure) {
            return int(i);
        }
    }
    return -1;
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kindCount;
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const MoneyFigure &figure = figureOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return int(figure.kind) == index.column() ? figureUsd(figure) / m_divisor : 0.0;
    case Qt::ToolTipRole:
    case LabelRole:
        return figureLabel(figure);
    case KindRole:
        return int(figure.kind);
    case UsdRole:
        return figureUsd(figure);
    case EventRowRole:
        return row.event;
    case ArticleRole:
        return row.figure.article;
    case StartRole:
        return figure.start;
    case EndRole:
        return figure.end;
    case CaptionRole: {
        QStringList who;
        if (row.event >= 0 && row.event < m_corpus->events.size()) {
            const Event &event = m_corpus->events.at(row.event);
            if (!event.actors.isEmpty()) {
                who.append(event.actors.constFirst());
            }
            who.append(figureKindDisplayName(figure.kind));
            who.append(EventListModel::dateDisplay(event));
        } else {
            who.append(figureKindDisplayName(figure.kind));
        }
        // The article's wording first: a narrow panel cuts the end of a label, and the amount is what is compared.
        return QString(figure.text + u" \u2014 "_s + who.join(u" \u00b7 "_s));
    }
    }
    return {};
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < kindCount ? figureKindDisplayName(MoneyFigure::Kind(section)) : QVariant();
    }
    return section >= 0 && section < m_rows.size() ? figureLabel(figureOf(m_rows.at(section))) : QVariant();
}

} // namespace Newsline
