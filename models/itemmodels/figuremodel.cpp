#include "figuremodel.h"

#include "moneyformat.h"

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

void FigureModel::rebuild()
{
    // The set of rows changes wholesale with the selection, and bar mappers re-read the model on a reset anyway.
    beginResetModel();
    m_rows.clear();
    if (m_corpus) {
        auto add = [this](const FigureRef &ref, int event) {
            const MoneyFigure *figure = m_corpus->figure(ref);
            // One event reporting the same money twice ("one billion dollars", then "$1 billion") is one bar.
            const bool shown = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) {
                if (row.figure == ref) {
                    return true;
                }
                const MoneyFigure &other = figureOf(row);
                return figure && event >= 0 && row.event == event && other.kind == figure->kind &&
                       figureUsd(other) == figureUsd(*figure);
            });
            if (figure && figureUsd(*figure) > 0 && !shown) {
                m_rows.append({ref, event});
            }
        };
        if (m_showAll) {
            for (qsizetype e = 0; e < m_corpus->events.size(); ++e) {
                for (const FigureRef &ref : m_corpus->events.at(e).figures) {
                    add(ref, int(e));
                }
            }
            // Figures no event claims are still money the articles state.
            QList<FigureRef> claimed;
            for (const Event &event : std::as_const(m_corpus->events)) {
                claimed.append(event.figures);
            }
            for (qsizetype a = 0; a < m_corpus->articles.size(); ++a) {
                for (qsizetype i = 0; i < m_corpus->articles.at(a).figures.size(); ++i) {
                    if (!claimed.contains(FigureRef{int(a), int(i)})) {
                        add({int(a), int(i)}, -1);
                    }
                }
            }
        } else {
            for (int e : std::as_const(m_eventRows)) {
                if (e >= 0 && e < m_corpus->events.size()) {
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
