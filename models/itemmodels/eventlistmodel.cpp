#include "eventlistmodel.h"
#include "dateformat.h"
#include "eventsummary.h"

#include "moneyformat.h"

#include <QLocale>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Newsline {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::setCorpus(const Corpus *corpus)
{
    beginResetModel();
    m_corpus = corpus;
    m_largest.clear();
    if (m_corpus) {
        m_largest.reserve(m_corpus->events.size());
        for (const Event &event : m_corpus->events) {
            const MoneyFigure *largest = largestFigure(event);
            int figure = -1;
            for (qsizetype i = 0; largest && i < event.figures.size(); ++i) {
                if (m_corpus->figure(event.figures.at(i)) == largest) {
                    figure = int(i);
                    break;
                }
            }
            m_largest.append({figure, largest ? figureUsd(*largest) : 0.0});
        }
    }
    endResetModel();
}

const EventProvenance *EventListModel::provenance(int row) const
{
    if (!m_corpus || m_provenance.size() != m_corpus->events.size() || row < 0 || row >= m_provenance.size()) {
        return nullptr;
    }
    return &m_provenance.at(row);
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MoneyFigure *EventListModel::largestFigure(const Event &event) const
{
    const MoneyFigure *largest = nullptr;
    for (const FigureRef &ref : event.figures) {
        const MoneyFigure *figure = m_corpus->figure(ref);
        // "$27 a share" says nothing about the size of the deal.
        if (figure && figure->per.isEmpty() && (!largest || figureUsd(*figure) > figureUsd(*largest))) {
            largest = figure;
        }
    }
    return largest;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_corpus) {
        return {};
    }
    const Event &event = m_corpus->events.at(index.row());
    const int largestIndex = m_largest.at(index.row()).figure;
    const MoneyFigure *largest = largestIndex < 0 ? nullptr : m_corpus->figure(event.figures.at(largestIndex));
    const double usd = m_largest.at(index.row()).usd;
    switch (role) {
    case Qt::DisplayRole: {
        // A value the analyst set carries a mark, in the table as in every view reading this text.
        const EventProvenance *corrected = provenance(index.row());
        const auto marked = [corrected](const QString &text, const QString &field) {
            return corrected && corrected->fields.contains(field) ? text + u' ' + correctedMark() : text;
        };
        switch (index.column()) {
        case DateColumn:
            return marked(dateDisplay(event), u"date"_s);
        case TypeColumn:
            return marked(typeDisplayName(event.type), u"type"_s);
        case ActorsColumn:
            // Parties set by the analyst, or named as the analyst merged their entities.
            return marked(event.actors.join(u", "_s),
                          corrected && corrected->fields.contains(u"names"_s) ? u"names"_s : u"parties"_s);
        case AmountColumn:
            // An amount with no dollar rate for its date is shown as written and marked, never as a blank cell that
            // reads like "no amount".
            return marked(usd > 0 ? formatUsd(usd) : largest ? figureLabel(*largest) : QString(), u"amount"_s);
        case SourcesColumn:
            return int(event.sources.size());
        }
        return {};
    }
    case Qt::ToolTipRole: {
        QString tip = EventSummary::text(event);
        const EventProvenance *corrected = provenance(index.row());
        if (corrected && corrected->isCorrected()) {
            tip +=
                u"\n"_s + correctedMark() + u' ' +
                tr("Set by the analyst%1 on %2; as extracted: %3")
                    .arg(corrected->author.isEmpty() ? QString() : u" ("_s + corrected->author + u')',
                         DateFormat::day(corrected->made.toLocalTime().date()),
                         corrected->extracted.id.isEmpty() ? tr("no event") : EventSummary::text(corrected->extracted));
            if (!corrected->note.isEmpty()) {
                tip += u"\n"_s + tr("Note: %1").arg(corrected->note);
            }
        }
        return tip;
    }
    case CorrectedFieldsRole: {
        const EventProvenance *corrected = provenance(index.row());
        return corrected ? corrected->fields : QStringList();
    }
    case KeyRole: {
        const EventProvenance *corrected = provenance(index.row());
        return corrected ? corrected->key.toString() : QString();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == SourcesColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case IdRole:
        return event.id;
    case DateRole:
        return event.date;
    case LastDayRole:
        return event.lastDay();
    case PrecisionRole:
        return int(event.precision);
    case DateBasisRole:
        return int(event.dateBasis);
    case TypeRole:
        return int(event.type);
    case LaneRole:
        return event.lane;
    case ActorsRole:
        return event.actors;
    case UsdRole:
        return usd;
    case FigureKindRole:
        return largest ? int(largest->kind) : -1;
    case FigureLabelsRole: {
        QStringList labels;
        for (const FigureRef &ref : event.figures) {
            if (const MoneyFigure *figure = m_corpus->figure(ref)) {
                labels.append(figureLabel(*figure));
            }
        }
        return labels;
    }
    case SourceCountRole:
        return int(event.sources.size());
    case SummaryRole:
        return EventSummary::text(event);
    case SalienceRole:
        return int(event.salience);
    case RunningTotalRole:
        return event.runningTotal;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            // Undated events sort after every dated one.
            return event.date.isValid() ? event.date.toJulianDay() : std::numeric_limits<qint64>::max();
        case AmountColumn:
            return usd;
        case SourcesColumn:
            return int(event.sources.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case SourceArticleRole:
        return event.sources.isEmpty() ? -1 : event.sources.constFirst().article;
    case SourceStartRole:
        return event.sources.isEmpty() ? -1 : event.sources.constFirst().start;
    case SourceEndRole:
        return event.sources.isEmpty() ? -1 : event.sources.constFirst().end;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case ActorsColumn:
        return tr("Actors");
    case AmountColumn:
        return tr("Amount (USD)");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DateRole, "date");
    names.insert(LaneRole, "lane");
    names.insert(UsdRole, "usd");
    return names;
}

int EventListModel::rowOfFigure(const FigureRef &figure) const
{
    if (!m_corpus) {
        return -1;
    }
    for (qsizetype row = 0; row < m_corpus->events.size(); ++row) {
        if (m_corpus->events.at(row).figures.contains(figure)) {
            return int(row);
        }
    }
    return -1;
}

int EventListModel::rowForSpan(int article, const TextSpan &span, Reach reach) const
{
    if (!m_corpus || article < 0 || article >= m_corpus->articles.size()) {
        return -1;
    }
    const Article &text = m_corpus->articles.at(article);
    const int paragraph = text.paragraphAt(span.start);
    int sameParagraph = -1;
    int nearestEnd = -1;
    for (qsizetype row = 0; row < m_corpus->events.size(); ++row) {
        const Event &event = m_corpus->events.at(row);
        for (const SourceRef &source : event.sources) {
            if (source.article != article) {
                continue;
            }
            if (TextSpan{source.start, source.end}.overlaps(span)) {
                return int(row);
            }
            if (paragraph < 0 || text.paragraphAt(source.start) != paragraph) {
                continue;
            }
            if (reach == Reach::Paragraph && sameParagraph < 0) {
                sameParagraph = int(row);
            } else if (reach == Reach::EarlierInParagraph && source.end <= span.start && source.end > nearestEnd) {
                sameParagraph = int(row);
                nearestEnd = source.end;
            }
        }
    }
    // An event told elsewhere in the article is not what a quote or a figure in another paragraph is about.
    return sameParagraph;
}

QString EventListModel::typeDisplayName(Event::Type type)
{
    static constexpr std::array names{QT_TR_NOOP("partnership"),  QT_TR_NOOP("investment"), QT_TR_NOOP("valuation"),
                                      QT_TR_NOOP("launch"),       QT_TR_NOOP("founding"),   QT_TR_NOOP("acquisition"),
                                      QT_TR_NOOP("announcement"), QT_TR_NOOP("regulatory"), QT_TR_NOOP("other")};
    const auto index = static_cast<std::size_t>(type);
    return index < names.size() ? tr(names[index]) : QString();
}

QString EventListModel::dateDisplay(const Event &event)
{
    if (!event.date.isValid()) {
        return tr("undated");
    }
    const QLocale locale;
    switch (event.precision) {
    case Event::Precision::Day:
        return DateFormat::day(event.date);
    case Event::Precision::Week:
        return tr("week of %1").arg(DateFormat::day(event.date));
    case Event::Precision::Month:
        return DateFormat::month(event.date);
    case Event::Precision::Year:
        return locale.toString(event.date, u"yyyy"_s);
    case Event::Precision::Unknown:
        break;
    }
    return tr("undated");
}

QString EventListModel::dateBasisDisplayName(Event::DateBasis basis)
{
    switch (basis) {
    case Event::DateBasis::Text:
        return tr("date from the text");
    case Event::DateBasis::Published:
        return tr("dated by publication");
    case Event::DateBasis::Analyst:
        return tr("date set by an analyst");
    }
    return {};
}

} // namespace Newsline
