#include "timelinewidget.h"
#include "dateformat.h"

#include "eventlistmodel.h"
#include "moneyformat.h"
#include "viewcolors.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStaticText>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

enum MarkerFlag : quint8
{
    RunningTotal = 1,
    DatedByPublication = 2,
    DatedByAnalyst = 4,
    Period = 8,
    HasMoney = 16,
    // Only recalled by its articles (a founding decades ago): drawn, but no reason to stretch "fit all".
    Background = 32,
};

// Markers whose centres come closer than this merge into a cluster; a cluster stops growing at its width limit
// so that a dense stretch shows as several counted clusters, which reads as density.
constexpr double clusterGap = 16;
constexpr double clusterWidth = 36;
// Below this width a year or month reads better as a point than as a sliver.
constexpr double minSpanWidth = 10;
constexpr double minDaysPerPixel = 1.0 / 400;
constexpr double maxDaysPerPixel = 365.25 * 400 / 600;
constexpr double zoomStep = 1.25;
constexpr double minLaneHeight = 26;
constexpr int overviewStripHeight = 24;

float radiusFor(double usd)
{
    if (usd <= 0) {
        return 5;
    }
    // Logarithmic: $1M and $13B must both be visible and still differ.
    const double r = 6 + 2.2 * std::log10(std::max(usd, 1e6) / 1e6);
    return float(std::min(r, 16.0));
}

double julian(const QDate &date)
{
    return double(date.toJulianDay());
}

QDate dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

struct TickStep
{
    int days;
    int months;
};

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_laneBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events by partnership, company or event type over time. Left and Right select the "
                                "previous or next event, Enter opens its source, plus and minus zoom, Shift with Left "
                                "or Right pans, Up, Down, Page Up and Page Down scroll the lanes."));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(false);
    m_laneBar->hide();
    m_laneBar->setFocusPolicy(Qt::NoFocus);
    connect(m_laneBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (std::abs(value - m_laneOffset) >= 1) {
            m_laneOffset = value;
            invalidateLayout();
        }
    });
}

TimelineWidget::~TimelineWidget() = default;

QSize TimelineWidget::sizeHint() const
{
    return {900, 360};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {300, 160};
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections)) {
        disconnect(connection);
    }
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        auto reloadAndFit = [this] {
            reload();
            m_fitPending = true;
            if (isVisible() && width() > 0) {
                fitAll();
            }
        };
        m_modelConnections = {
            connect(m_model, &QAbstractItemModel::modelReset, this, reloadAndFit),
            connect(m_model, &QAbstractItemModel::rowsInserted, this, reloadAndFit),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, reloadAndFit),
            connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { reload(); }),
            connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { reload(); }),
        };
    }
    reload();
    m_fitPending = true;
    fitAll();
}

void TimelineWidget::setSelectionModel(QItemSelectionModel *selectionModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections)) {
        disconnect(connection);
    }
    m_selectionModel = selectionModel;
    m_selectionConnections.clear();
    if (m_selectionModel) {
        m_selectionConnections = {
            connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this, [this] { updateSelected(); }),
            connect(m_selectionModel, &QItemSelectionModel::currentChanged, this,
                    [this](const QModelIndex &current) {
                        if (current.isValid()) {
                            ensureVisible(current.row());
                        }
                        update();
                    }),
        };
    }
    updateSelected();
}

void TimelineWidget::updateSelected()
{
    m_selected.fill(false, m_markerOfRow.size());
    if (m_selectionModel && m_model) {
        const QModelIndexList rows = m_selectionModel->selectedRows();
        for (const QModelIndex &index : rows) {
            if (index.row() < m_selected.size()) {
                m_selected[index.row()] = true;
            }
        }
        // A current event without a selected row (selection set by keyboard in another view) still shows.
        const QModelIndex current = m_selectionModel->currentIndex();
        if (current.isValid() && current.row() < m_selected.size() && m_selectionModel->isRowSelected(current.row())) {
            m_selected[current.row()] = true;
        }
    }
    invalidateLayout();
}

void TimelineWidget::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode) {
        return;
    }
    m_laneMode = mode;
    m_laneOffset = 0;
    reload();
}

void TimelineWidget::setLaneOrder(LaneOrder order)
{
    if (order == m_laneOrder) {
        return;
    }
    m_laneOrder = order;
    m_laneOffset = 0;
    reload();
}

void TimelineWidget::setRowFilter(const QList<bool> &accepted)
{
    m_rowFilter = accepted;
    reload();
    if (m_autoFit) {
        fitAll();
    }
}

void TimelineWidget::reload()
{
    m_plotValid = false;
    m_markers.clear();
    m_lanes.clear();
    m_laneBegin.clear();
    m_markerOfRow.clear();
    m_dateOrder.clear();
    m_dateRank.clear();
    m_overviewBinsWidth = -1;
    m_typesPresent = 0;
    m_undatedLane = -1;
    m_longestSpan = 1;
    const int rows = m_model ? m_model->rowCount() : 0;
    m_markers.reserve(rows);

    // Lanes in the chosen order, then the dated events of no lane, then undated.
    struct LaneStats
    {
        double first = std::numeric_limits<double>::infinity();
        double last = -std::numeric_limits<double>::infinity();
        int count = 0;
        double usd = 0;
    };
    QHash<QString, int> laneOfName;
    QList<LaneStats> stats;
    QList<QString> laneNames;
    bool hasOther = false;
    bool hasUndated = false;
    QList<int> rowStart(rows);
    // Each marker's lane, before lanes are ordered: an index into laneNames, -2 for "Other events", -1 undated.
    QList<int> markerLane;
    markerLane.reserve(rows);
    QList<double> rowStartDay(rows, std::numeric_limits<double>::infinity());
    m_dataFirst = std::numeric_limits<double>::infinity();
    m_dataLast = -m_dataFirst;
    QStringList keys;
    for (int row = 0; row < rows; ++row) {
        if (!m_rowFilter.isEmpty() && (row >= m_rowFilter.size() || !m_rowFilter.at(row))) {
            continue;
        }
        const QModelIndex index = m_model->index(row, 0);
        const QDate date = index.data(EventListModel::DateRole).toDate();
        const QDate last = index.data(EventListModel::LastDayRole).toDate();
        const auto precision = Event::Precision(index.data(EventListModel::PrecisionRole).toInt());
        const auto basis = Event::DateBasis(index.data(EventListModel::DateBasisRole).toInt());
        const int kind = index.data(EventListModel::FigureKindRole).toInt();
        Marker marker{};
        marker.row = row;
        marker.usd = index.data(EventListModel::UsdRole).toDouble();
        marker.radius = radiusFor(marker.usd);
        marker.type = quint8(index.data(EventListModel::TypeRole).toInt());
        marker.flags =
            (marker.usd > 0 ? HasMoney : 0) |
            ((kind >= 0 && isRunningTotal(MoneyFigure::Kind(kind))) ||
                     index.data(EventListModel::RunningTotalRole).toBool()
                 ? RunningTotal
                 : 0) |
            (index.data(EventListModel::SalienceRole).toInt() == int(Event::Salience::Background) ? Background : 0) |
            (basis == Event::DateBasis::Published ? DatedByPublication : 0) |
            (basis == Event::DateBasis::Analyst ? DatedByAnalyst : 0);
        m_typesPresent |= 1u << std::min<int>(marker.type, 31);
        const bool dated = date.isValid() && precision != Event::Precision::Unknown;
        if (!dated) {
            marker.start = marker.end = std::numeric_limits<double>::infinity();
            hasUndated = true;
            m_markers.append(marker);
            markerLane.append(-1);
            continue;
        }
        marker.start = julian(date);
        marker.end = last.isValid() ? julian(last) : marker.start;
        rowStartDay[row] = marker.start;
        m_dataFirst = std::min(m_dataFirst, marker.start);
        m_dataLast = std::max(m_dataLast, marker.end + 1);
        if (precision == Event::Precision::Year || precision == Event::Precision::Month ||
            precision == Event::Precision::Week) {
            marker.flags |= Period;
            m_longestSpan = std::max(m_longestSpan, marker.end - marker.start + 1);
        }
        keys.clear();
        switch (m_laneMode) {
        case LaneMode::Partnership:
            keys.append(index.data(EventListModel::LaneRole).toString());
            break;
        case LaneMode::Company: {
            const QStringList actors = index.data(EventListModel::ActorsRole).toStringList();
            for (const QString &actor : actors) {
                if (!actor.isEmpty() && !keys.contains(actor)) {
                    keys.append(actor);
                }
            }
            break;
        }
        case LaneMode::EventType:
            keys.append(EventListModel::typeDisplayName(Event::Type(marker.type)));
            break;
        }
        if (keys.isEmpty()) {
            keys.append(QString());
        }
        // A hidden lane takes no marker; an event with no other lane is not drawn.
        if (!m_hiddenLanes.isEmpty()) {
            keys.removeIf([this](const QString &key) { return !key.isEmpty() && m_hiddenLanes.contains(key); });
            if (keys.isEmpty()) {
                continue;
            }
        }
        for (const QString &key : std::as_const(keys)) {
            int lane = -2;
            if (key.isEmpty()) {
                hasOther = true;
            } else {
                auto it = laneOfName.constFind(key);
                if (it == laneOfName.cend()) {
                    it = laneOfName.insert(key, int(laneNames.size()));
                    laneNames.append(key);
                    stats.append(LaneStats());
                }
                lane = *it;
                LaneStats &s = stats[lane];
                s.first = std::min(s.first, marker.start);
                s.last = std::max(s.last, marker.end);
                ++s.count;
                s.usd += marker.usd;
            }
            m_markers.append(marker);
            markerLane.append(lane);
        }
    }
    if (!std::isfinite(m_dataFirst)) {
        m_dataFirst = 0;
        m_dataLast = 1;
    }
    QList<int> laneOrder(laneNames.size());
    std::iota(laneOrder.begin(), laneOrder.end(), 0);
    std::stable_sort(laneOrder.begin(), laneOrder.end(), [&](int a, int b) {
        // Pinned lanes first, in the order the analyst pinned them; the chosen order below them.
        const qsizetype pinA = m_pinnedLanes.indexOf(laneNames[a]);
        const qsizetype pinB = m_pinnedLanes.indexOf(laneNames[b]);
        if ((pinA >= 0) != (pinB >= 0)) {
            return pinA >= 0;
        }
        if (pinA >= 0) {
            return pinA < pinB;
        }
        const LaneStats &x = stats[a];
        const LaneStats &y = stats[b];
        switch (m_laneOrder) {
        case LaneOrder::FirstEvent:
            break;
        case LaneOrder::LastEvent:
            if (x.last != y.last) {
                return x.last > y.last;
            }
            break;
        case LaneOrder::EventCount:
            if (x.count != y.count) {
                return x.count > y.count;
            }
            break;
        case LaneOrder::TotalAmount:
            if (x.usd != y.usd) {
                return x.usd > y.usd;
            }
            break;
        }
        return x.first < y.first;
    });
    QList<int> laneIndex(laneNames.size());
    for (int i = 0; i < laneOrder.size(); ++i) {
        laneIndex[laneOrder[i]] = i;
        m_lanes.append(laneNames[laneOrder[i]]);
    }
    m_namedLanes = int(m_lanes.size());
    const int otherLane = hasOther ? int(m_lanes.size()) : -1;
    if (hasOther) {
        m_lanes.append(tr("Other events"));
    }
    if (hasUndated) {
        m_undatedLane = int(m_lanes.size());
        m_lanes.append(tr("Undated"));
    }
    for (int i = 0; i < m_markers.size(); ++i) {
        const int lane = markerLane[i];
        m_markers[i].lane = lane == -1 ? m_undatedLane : lane == -2 ? otherLane : laneIndex[lane];
    }

    // Date order for Left/Right: the shown rows, undated last.
    for (int row = 0; row < rows; ++row) {
        if (m_rowFilter.isEmpty() || (row < m_rowFilter.size() && m_rowFilter.at(row))) {
            m_dateOrder.append(row);
        }
    }
    std::stable_sort(m_dateOrder.begin(), m_dateOrder.end(),
                     [&](int a, int b) { return rowStartDay[a] < rowStartDay[b]; });
    m_dateRank.fill(-1, rows);
    for (int i = 0; i < m_dateOrder.size(); ++i) {
        m_dateRank[m_dateOrder[i]] = i;
    }

    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) {
        return a.lane != b.lane ? a.lane < b.lane : a.start < b.start;
    });
    m_markerOfRow.fill(-1, rows);
    m_laneBegin.fill(int(m_markers.size()), m_lanes.size() + 1);
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
        m_markerOfRow[m_markers[i].row] = i;
        m_laneBegin[m_markers[i].lane] = i;
    }
    for (int lane = int(m_lanes.size()) - 1; lane >= 0; --lane) {
        m_laneBegin[lane] = std::min(m_laneBegin[lane], m_laneBegin[lane + 1]);
    }
    updateSelected();
    updateScrollBar();
}

int TimelineWidget::laneOfRow(int row) const
{
    if (row < 0 || row >= m_markerOfRow.size() || m_markerOfRow[row] < 0) {
        return -1;
    }
    return m_markers[m_markerOfRow[row]].lane;
}

void TimelineWidget::invalidateLayout()
{
    m_layoutValid = false;
    m_plotValid = m_plotValid && m_plotSize == size();
    m_plotSize = size();
    // The lane scroll bar is a child over the right edge: repainting it with every frame of a drag or a zoom would
    // cost more than the lanes themselves. It repaints itself when it moves.
    if (m_laneBar && m_laneBar->isVisible()) {
        update(QRegion(rect()) - QRegion(m_laneBar->geometry()));
    } else {
        update();
    }
}

QRectF TimelineWidget::plotRect() const
{
    // Every coordinate goes through the plot's edges: measured once per size, font and set of lanes.
    if (m_plotValid) {
        return m_plot;
    }
    const QFontMetrics metrics(font());
    // Lane titles are measured up to a point: thousands of companies need no exact widest title.
    int labelWidth = 80;
    const int measured = std::min<int>(int(m_lanes.size()), 2000);
    for (int i = 0; i < measured; ++i) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_lanes[i]) + 20);
    }
    labelWidth = std::min(labelWidth, std::max(120, width() / 4));
    const double axisHeight = metrics.height() * 2 + 8;
    const double overviewHeight = overviewStripHeight;
    const double legendHeight = (metrics.height() + 5) * legendRows() + 5;
    const double plotHeight = std::max(1.0, height() - axisHeight - overviewHeight - legendHeight - 4);
    const int lanes = std::max<int>(1, int(m_lanes.size()));
    m_laneHeight = std::clamp(plotHeight / lanes, minLaneHeight, 120.0);
    // Lanes that do not fit scroll; the scroll bar takes its width from the plot.
    const bool scrolls = lanes * m_laneHeight > plotHeight + 0.5;
    const int barWidth = scrolls ? m_laneBar->sizeHint().width() : 0;
    m_plot = QRectF(labelWidth, axisHeight, std::max(1, width() - labelWidth - 8 - barWidth), plotHeight);
    m_digitWidth = QFontMetricsF(font()).horizontalAdvance(u'0');
    m_plotValid = true;
    return m_plot;
}

double TimelineWidget::laneHeight() const
{
    (void)plotRect();
    return m_laneHeight;
}

void TimelineWidget::setLanePinned(const QString &lane, bool pinned)
{
    if (pinned == m_pinnedLanes.contains(lane)) {
        return;
    }
    if (pinned) {
        m_pinnedLanes.append(lane);
    } else {
        m_pinnedLanes.removeAll(lane);
    }
    reload();
}

void TimelineWidget::hideLane(const QString &lane)
{
    if (lane.isEmpty() || m_hiddenLanes.contains(lane)) {
        return;
    }
    m_hiddenLanes.append(lane);
    m_pinnedLanes.removeAll(lane);
    reload();
}

void TimelineWidget::showHiddenLanes()
{
    if (m_hiddenLanes.isEmpty()) {
        return;
    }
    m_hiddenLanes.clear();
    reload();
}

int TimelineWidget::laneAt(QPoint pos) const
{
    const QRectF plot = plotRect();
    if (pos.y() < plot.top() || pos.y() >= plot.bottom() || m_lanes.isEmpty()) {
        return -1;
    }
    const int lane = int(std::floor((pos.y() - plot.top() + m_laneOffset) / laneHeight()));
    return lane >= 0 && lane < m_lanes.size() ? lane : -1;
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const int lane = laneAt(event->pos());
    // "Other events" and "Undated" gather what has no lane: they are neither pinned nor hidden.
    const bool ownLane = lane >= 0 && lane < m_namedLanes;
    QMenu menu(this);
    if (ownLane) {
        const QString name = m_lanes.at(lane);
        const bool pinned = m_pinnedLanes.contains(name);
        menu.addAction(pinned ? tr("Unpin Lane “%1”").arg(name) : tr("Pin Lane “%1” to the Top").arg(name), this,
                       [this, name, pinned] { setLanePinned(name, !pinned); });
        menu.addAction(tr("Hide Lane “%1”").arg(name), this, [this, name] { hideLane(name); });
    }
    QAction *show =
        menu.addAction(tr("Show Hidden Lanes (%1)").arg(m_hiddenLanes.size()), this, [this] { showHiddenLanes(); });
    show->setEnabled(!m_hiddenLanes.isEmpty());
    menu.exec(event->globalPos());
}

double TimelineWidget::laneTop(int lane) const
{
    return plotRect().top() + lane * laneHeight() - m_laneOffset;
}

int TimelineWidget::firstVisibleLane() const
{
    return std::clamp(int(m_laneOffset / laneHeight()), 0, std::max(0, int(m_lanes.size()) - 1));
}

int TimelineWidget::visibleLaneCount() const
{
    return std::max(1, int(plotRect().height() / laneHeight()));
}

void TimelineWidget::updateScrollBar()
{
    m_plotValid = false;
    const QRectF plot = plotRect();
    const double content = m_lanes.size() * laneHeight();
    const int maximum = std::max(0, int(std::ceil(content - plot.height())));
    m_laneOffset = std::clamp(m_laneOffset, 0.0, double(maximum));
    const QSignalBlocker blocker(m_laneBar);
    m_laneBar->setRange(0, maximum);
    m_laneBar->setPageStep(std::max(1, int(plot.height())));
    m_laneBar->setSingleStep(std::max(1, int(laneHeight())));
    m_laneBar->setValue(int(m_laneOffset));
    if (maximum > 0) {
        const int barWidth = m_laneBar->sizeHint().width();
        m_laneBar->setGeometry(width() - barWidth, int(plot.top()), barWidth, int(plot.height()));
        m_laneBar->show();
    } else {
        m_laneBar->hide();
    }
    invalidateLayout();
}

void TimelineWidget::scrollLanesBy(double pixels)
{
    m_laneOffset = std::clamp(m_laneOffset + pixels, 0.0, double(m_laneBar->maximum()));
    const QSignalBlocker blocker(m_laneBar);
    m_laneBar->setValue(int(std::lround(m_laneOffset)));
    invalidateLayout();
}

void TimelineWidget::scrollToLane(int lane)
{
    scrollLanesBy(lane * laneHeight() - m_laneOffset);
}

double TimelineWidget::xOf(double day) const
{
    return plotRect().left() + (day - m_firstDay) / m_daysPerPixel;
}

double TimelineWidget::dayAt(double x) const
{
    return m_firstDay + (x - plotRect().left()) * m_daysPerPixel;
}

void TimelineWidget::clampView()
{
    m_daysPerPixel = std::clamp(m_daysPerPixel, minDaysPerPixel, maxDaysPerPixel);
    // Julian day 0 is 4713 BC; stay well inside QDate's range.
    m_firstDay = std::clamp(m_firstDay, julian(QDate(1, 1, 1)), julian(QDate(9000, 1, 1)));
}

void TimelineWidget::fitAll()
{
    double first = std::numeric_limits<double>::infinity();
    double last = -first;
    // The events the articles are about; what they only recall counts when there is nothing else.
    for (const bool background : {false, true}) {
        QList<double> starts;
        for (const Marker &marker : std::as_const(m_markers)) {
            if (marker.lane != m_undatedLane && (background || !(marker.flags & Background))) {
                starts.append(marker.start);
            }
        }
        if (starts.isEmpty()) {
            continue;
        }
        std::sort(starts.begin(), starts.end());
        // The bulk of the events: the shortest period holding nineteen in twenty of them, widened to the events
        // close to it. A few far from the rest (a founding a century before the deals, a date misread decades
        // ahead) stay reachable by panning but do not squeeze the rest into a few pixels.
        const qsizetype n = starts.size();
        const qsizetype m = n - n / 20;
        qsizetype lo = 0;
        for (qsizetype i = 1; i + m <= n; ++i) {
            if (starts[i + m - 1] - starts[i] < starts[lo + m - 1] - starts[lo]) {
                lo = i;
            }
        }
        qsizetype hi = lo + m - 1;
        const double near = std::max(starts[hi] - starts[lo], 365.0) * 0.25;
        while (lo > 0 && starts[lo] - starts[lo - 1] <= near) {
            --lo;
        }
        while (hi + 1 < n && starts[hi + 1] - starts[hi] <= near) {
            ++hi;
        }
        // The last day of the periods that start in the bulk.
        double bulkEnd = starts[hi] + 1;
        for (const Marker &marker : std::as_const(m_markers)) {
            if (marker.lane != m_undatedLane && (background || !(marker.flags & Background)) &&
                marker.start >= starts[lo] && marker.start <= starts[hi]) {
                bulkEnd = std::max(bulkEnd, marker.end + 1);
            }
        }
        first = starts[lo];
        last = bulkEnd;
        break;
    }
    if (!std::isfinite(first)) {
        const double today = julian(QDate::currentDate());
        first = today - 365;
        last = today + 1;
    }
    // Room at the left for a marker's radius and at the right for the last marker's amount.
    const double length = std::max(last - first, 60.0);
    const double width = plotRect().width();
    m_daysPerPixel = length / std::max(1.0, width - 110);
    m_firstDay = first - 30 * m_daysPerPixel;
    m_fitPending = width <= 1;
    m_autoFit = true;
    clampView();
    invalidateLayout();
}

void TimelineWidget::zoomIn()
{
    zoomAround(zoomStep, plotRect().center().x());
}

void TimelineWidget::zoomOut()
{
    zoomAround(1 / zoomStep, plotRect().center().x());
}

void TimelineWidget::zoomAround(double factor, double x)
{
    const double anchor = dayAt(x);
    m_daysPerPixel /= factor;
    clampView();
    m_firstDay = anchor - (x - plotRect().left()) * m_daysPerPixel;
    clampView();
    m_fitPending = false;
    m_autoFit = false;
    invalidateLayout();
}

void TimelineWidget::setVisibleRange(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return;
    }
    m_firstDay = julian(first);
    m_daysPerPixel = (julian(last) + 1 - m_firstDay) / std::max(1.0, plotRect().width());
    clampView();
    m_fitPending = false;
    m_autoFit = false;
    invalidateLayout();
}

void TimelineWidget::panBy(double fraction)
{
    m_autoFit = false;
    m_firstDay += fraction * plotRect().width() * m_daysPerPixel;
    clampView();
    invalidateLayout();
}

QDate TimelineWidget::visibleFirst() const
{
    return dateOf(m_firstDay);
}

QDate TimelineWidget::visibleLast() const
{
    return dateOf(dayAt(plotRect().right()));
}

QStringList TimelineWidget::laneNames() const
{
    return m_lanes;
}

int TimelineWidget::currentRow() const
{
    if (!m_selectionModel) {
        return -1;
    }
    const QModelIndex current = m_selectionModel->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TimelineWidget::selectRow(int row, bool toggle)
{
    if (!m_selectionModel || !m_model || row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    if (toggle) {
        m_selectionModel->setCurrentIndex(index, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
    } else {
        m_selectionModel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void TimelineWidget::selectNext()
{
    if (m_dateOrder.isEmpty()) {
        return;
    }
    const int row = currentRow();
    const int rank = row >= 0 && row < m_dateRank.size() ? m_dateRank[row] + 1 : 0;
    if (rank < m_dateOrder.size()) {
        selectRow(m_dateOrder[rank]);
    }
}

void TimelineWidget::selectPrevious()
{
    if (m_dateOrder.isEmpty()) {
        return;
    }
    const int row = currentRow();
    const int rank = row >= 0 && row < m_dateRank.size() ? m_dateRank[row] - 1 : int(m_dateOrder.size()) - 1;
    if (rank >= 0) {
        selectRow(m_dateOrder[rank]);
    }
}

void TimelineWidget::ensureVisible(int row)
{
    if (row < 0 || row >= m_markerOfRow.size() || m_markerOfRow[row] < 0) {
        return;
    }
    const Marker &marker = m_markers[m_markerOfRow[row]];
    const QRectF plot = plotRect();
    // The lane first: an event in lane 300 is no use off the bottom of the view.
    const double top = laneTop(marker.lane);
    if (top < plot.top() || top + laneHeight() > plot.bottom()) {
        scrollLanesBy(top - plot.top() - (plot.height() - laneHeight()) / 2);
    }
    if (marker.lane == m_undatedLane) {
        return;
    }
    const double margin = 8;
    const double x1 = xOf(marker.start);
    const double x2 = xOf(marker.end + 1);
    if (x1 < plot.left() + margin || x2 > plot.right() - margin) {
        m_autoFit = false;
        // A year or a month wider than the view is shown whole, not one day of it.
        const double length = marker.end + 1 - marker.start;
        if (length / m_daysPerPixel > plot.width() - 2 * margin) {
            m_daysPerPixel = length * 1.2 / std::max(1.0, plot.width());
        }
        m_firstDay = (marker.start + marker.end + 1) / 2 - plot.width() / 2 * m_daysPerPixel;
        clampView();
        invalidateLayout();
    }
}

void TimelineWidget::ensureLayout() const
{
    if (m_layoutValid) {
        return;
    }
    m_layoutValid = true;
    m_items.clear();
    const QRectF plot = plotRect();
    const double laneH = laneHeight();
    const double lastDay = dayAt(plot.right()) + 1;
    const QFontMetricsF metrics(font());
    // Only the lanes in view: with thousands of companies the others cost nothing.
    for (int lane = firstVisibleLane(); lane < m_lanes.size(); ++lane) {
        const double centre = laneTop(lane) + laneH / 2;
        if (laneTop(lane) > plot.bottom()) {
            break;
        }
        const int begin = m_laneBegin[lane];
        const int end = m_laneBegin[lane + 1];
        if (lane == m_undatedLane) {
            // Undated events have no place in time: they line up from the left, in model order.
            const double spacing = 22;
            const int fits = std::max(1, int((plot.width() - 60) / spacing));
            for (int i = begin; i < end; ++i) {
                const int k = i - begin;
                const double x = plot.left() + 14 + k * spacing;
                const bool rest = k == fits - 1 && end - i > 1;
                Item item{};
                item.first = i;
                item.count = rest ? end - i : 1;
                item.centre = x;
                item.lane = lane;
                const double r = rest ? 9 : m_markers[i].radius;
                item.rect = rest ? QRectF(x - 9, centre - 9,
                                          std::max(30.0, metrics.horizontalAdvance(u"+%1"_s.arg(item.count)) + 12), 18)
                                 : QRectF(x - r, centre - r, 2 * r, 2 * r);
                for (int j = i; j < i + item.count; ++j) {
                    item.selected = item.selected || m_selected[m_markers[j].row];
                }
                m_items.append(item);
                if (rest) {
                    break;
                }
            }
            continue;
        }
        // Periods that start before the view may still reach into it.
        const auto from =
            std::lower_bound(m_markers.cbegin() + begin, m_markers.cbegin() + end, m_firstDay - m_longestSpan,
                             [](const Marker &m, double day) { return m.start < day; });
        Item cluster{};
        cluster.count = 0;
        double clusterFirstX = 0;
        double clusterLastX = 0;
        float clusterRadius = 0;
        auto close = [&] {
            if (cluster.count == 0) {
                return;
            }
            if (cluster.count == 1) {
                cluster.rect =
                    QRectF(clusterFirstX - clusterRadius, centre - clusterRadius, 2 * clusterRadius, 2 * clusterRadius);
            } else {
                const QString text = QString::number(cluster.count);
                // Digits share one width in the fonts we ship: no text shaping per cluster per frame.
                const double w = std::max(clusterLastX - clusterFirstX + 18, text.size() * m_digitWidth + 12);
                const double mid = (clusterFirstX + clusterLastX) / 2;
                cluster.rect = QRectF(mid - w / 2, centre - 9, w, 18);
            }
            cluster.centre = cluster.rect.center().x();
            m_items.append(cluster);
            cluster = Item{};
        };
        const double dayWidth = 1 / m_daysPerPixel;
        int sameDay = 0;
        double sameDayStart = -1;
        for (auto it = from; it != m_markers.cbegin() + end && it->start <= lastDay; ++it) {
            const Marker &marker = *it;
            const int index = int(it - m_markers.cbegin());
            double x;
            if (marker.flags & Period) {
                const double x1 = xOf(marker.start);
                const double x2 = xOf(marker.end + 1);
                if (x2 < plot.left()) {
                    continue;
                }
                if (x2 - x1 >= minSpanWidth) {
                    close();
                    // Many events of one year in one lane are one bar with a count, not a pile of bars.
                    if (!m_items.isEmpty()) {
                        Item &last = m_items.last();
                        const Marker &previous = m_markers[last.first + last.count - 1];
                        if (last.span && last.lane == lane && last.first + last.count == index &&
                            previous.start == marker.start && previous.end == marker.end) {
                            ++last.count;
                            last.selected = last.selected || m_selected[marker.row];
                            continue;
                        }
                    }
                    Item span{};
                    span.rect = QRectF(x1, centre - 7, x2 - x1, 14);
                    span.first = index;
                    span.count = 1;
                    span.centre = (std::max(x1, plot.left()) + std::min(x2, plot.right())) / 2;
                    span.lane = lane;
                    span.span = true;
                    span.selected = m_selected[marker.row];
                    m_items.append(span);
                    continue;
                }
                x = (x1 + x2) / 2;
            } else if (dayWidth >= 2 * clusterGap) {
                // Zoomed in to days: events of one day stand side by side inside it instead of on one spot.
                sameDay = marker.start == sameDayStart ? sameDay + 1 : 0;
                sameDayStart = marker.start;
                x = xOf(marker.start) + std::min(clusterGap * 0.75 + sameDay * (clusterGap + 2), dayWidth - 4);
            } else {
                x = xOf(marker.start + 0.5);
            }
            if (x < plot.left() - marker.radius) {
                continue;
            }
            if (cluster.count > 0 && x - clusterLastX < clusterGap && x - clusterFirstX < clusterWidth) {
                ++cluster.count;
                clusterLastX = x;
                clusterRadius = std::max(clusterRadius, marker.radius);
                cluster.selected = cluster.selected || m_selected[marker.row];
                continue;
            }
            close();
            cluster.first = index;
            cluster.count = 1;
            cluster.lane = lane;
            cluster.selected = m_selected[marker.row];
            clusterFirstX = clusterLastX = x;
            clusterRadius = marker.radius;
        }
        close();
    }
}

int TimelineWidget::itemAt(QPoint pos) const
{
    ensureLayout();
    int best = -1;
    double bestDistance = 1e9;
    for (int i = 0; i < m_items.size(); ++i) {
        const QRectF hit = m_items[i].rect.adjusted(-3, -3, 3, 3);
        if (hit.contains(pos)) {
            const double distance = std::abs(m_items[i].centre - pos.x());
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
    }
    return best;
}

QRect TimelineWidget::eventRect(int row) const
{
    if (row < 0 || row >= m_markerOfRow.size()) {
        return {};
    }
    ensureLayout();
    const int index = m_markerOfRow[row];
    if (index < 0) {
        return {};
    }
    // An event of two companies has a marker in each of their lanes: the first one in view.
    const QRect plot = plotRect().toAlignedRect();
    for (const Item &item : std::as_const(m_items)) {
        for (int k = item.first; k < item.first + item.count; ++k) {
            if (m_markers[k].row == row) {
                const QRect r = item.rect.toAlignedRect().intersected(plot);
                if (!r.isEmpty()) {
                    return r;
                }
            }
        }
    }
    return {};
}

int TimelineWidget::eventCountAt(QPoint pos) const
{
    const int item = itemAt(pos);
    return item >= 0 ? m_items[item].count : 0;
}

QString TimelineWidget::markerToolTip(const Marker &marker) const
{
    const QModelIndex index = m_model->index(marker.row, 0);
    auto column = [&](int c) { return m_model->index(marker.row, c).data().toString().toHtmlEscaped(); };
    const auto basis = Event::DateBasis(index.data(EventListModel::DateBasisRole).toInt());
    QString html = u"<b>%1</b> \u2014 %2<br/>%3 <i>(%4)</i>"_s.arg(
        column(EventListModel::TypeColumn), column(EventListModel::ActorsColumn), column(EventListModel::DateColumn),
        EventListModel::dateBasisDisplayName(basis).toHtmlEscaped());
    const QString summary = index.data(EventListModel::SummaryRole).toString();
    if (!summary.isEmpty()) {
        html += u"<br/>"_s + summary.toHtmlEscaped();
    }
    const QStringList figures = index.data(EventListModel::FigureLabelsRole).toStringList();
    for (const QString &figure : figures) {
        html += u"<br/>\u2022 "_s + figure.toHtmlEscaped();
    }
    return html;
}

QString TimelineWidget::toolTipAt(QPoint pos) const
{
    const int i = itemAt(pos);
    if (i < 0 || !m_model) {
        return {};
    }
    const Item &item = m_items[i];
    if (item.count == 1) {
        return markerToolTip(m_markers[item.first]);
    }
    QString html = u"<b>%1</b>"_s.arg(tr("%n event(s)", nullptr, item.count));
    const int shown = std::min(item.count, 6);
    for (int k = 0; k < shown; ++k) {
        const int row = m_markers[item.first + k].row;
        html += u"<br/>%1 \u2014 %2 \u2014 %3"_s.arg(
            m_model->index(row, EventListModel::DateColumn).data().toString().toHtmlEscaped(),
            m_model->index(row, EventListModel::TypeColumn).data().toString().toHtmlEscaped(),
            m_model->index(row, EventListModel::ActorsColumn).data().toString().toHtmlEscaped());
    }
    if (item.count > shown) {
        html += u"<br/>\u2026"_s;
    }
    html += u"<br/><i>%1</i>"_s.arg(tr("Click or zoom in to expand").toHtmlEscaped());
    return html;
}

void TimelineWidget::paintAxis(QPainter &painter, const QRectF &plot) const
{
    const QFontMetricsF metrics(font());
    const double minSpacing = metrics.horizontalAdvance(u"00 May 0000"_s) + 16;
    static constexpr TickStep steps[] = {{1, 0},  {2, 0},  {7, 0},  {14, 0},  {0, 1},   {0, 2},   {0, 3},   {0, 6},
                                         {0, 12}, {0, 24}, {0, 60}, {0, 120}, {0, 240}, {0, 600}, {0, 1200}};
    TickStep step = steps[std::size(steps) - 1];
    for (const TickStep &candidate : steps) {
        const double days = candidate.days > 0 ? candidate.days : candidate.months * 30.44;
        if (days / m_daysPerPixel >= minSpacing) {
            step = candidate;
            break;
        }
    }
    const QDate first = dateOf(m_firstDay);
    const QDate last = dateOf(dayAt(plot.right())).addDays(1);
    QDate tick;
    if (step.days > 0) {
        tick = step.days == 7 || step.days == 14 ? first.addDays(1 - first.dayOfWeek()) : first;
    } else if (step.months < 12) {
        tick = QDate(first.year(), first.month() - (first.month() - 1) % step.months, 1);
    } else {
        const int years = step.months / 12;
        const int year = first.year() - ((first.year() % years) + years) % years;
        tick = QDate(year == 0 ? 1 : year, 1, 1);
    }
    const QLocale locale;
    const QColor gridColor = palette().color(QPalette::Mid);
    QColor faintGrid = gridColor;
    faintGrid.setAlpha(70);
    painter.setPen(palette().color(QPalette::Text));
    const double baseline = plot.top() - 6;
    bool firstLabel = true;
    int guard = 0;
    while (tick.isValid() && tick <= last && ++guard < 2000) {
        const double x = xOf(julian(tick));
        if (x >= plot.left() - 1) {
            painter.setPen(QPen(faintGrid, 1));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter.setPen(QPen(gridColor, 1));
            painter.drawLine(QPointF(x, plot.top() - 5), QPointF(x, plot.top()));
            QString label;
            if (step.days > 0) {
                label = (firstLabel || (tick.day() == 1 && tick.month() == 1)) ? DateFormat::day(tick)
                                                                               : DateFormat::dayInYear(tick);
            } else if (step.months < 12) {
                label = (firstLabel || tick.month() == 1) ? DateFormat::month(tick) : DateFormat::monthInYear(tick);
            } else {
                label = QString::number(tick.year());
            }
            painter.setPen(palette().color(QPalette::Text));
            const double w = metrics.horizontalAdvance(label);
            if (x + 3 + w <= width()) {
                painter.drawText(QPointF(x + 3, baseline - 2), label);
            }
            firstLabel = false;
        }
        tick = step.days > 0 ? tick.addDays(step.days) : tick.addMonths(step.months);
    }
    painter.setPen(QPen(gridColor, 1));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
}

QRect TimelineWidget::overviewRect() const
{
    const QRectF plot = plotRect();
    return QRectF(plot.left(), plot.bottom() + 3, plot.width(), overviewStripHeight - 4).toAlignedRect();
}

double TimelineWidget::overviewX(double day) const
{
    const QRect strip = overviewRect();
    const double span = std::max(1.0, m_dataLast - m_dataFirst);
    return strip.left() + (day - m_dataFirst) / span * strip.width();
}

void TimelineWidget::centreOnOverview(double x)
{
    const QRect strip = overviewRect();
    const double span = std::max(1.0, m_dataLast - m_dataFirst);
    const double day = m_dataFirst + (x - strip.left()) / std::max(1, strip.width()) * span;
    m_autoFit = false;
    m_firstDay = day - plotRect().width() / 2 * m_daysPerPixel;
    clampView();
    invalidateLayout();
}

void TimelineWidget::paintOverview(QPainter &painter) const
{
    const QRect strip = overviewRect();
    if (m_markers.isEmpty() || strip.width() < 10) {
        return;
    }
    const QPalette pal = palette();
    painter.fillRect(strip, pal.color(QPalette::AlternateBase));
    // How many events fall in each few pixels of the whole period: counted once per reload and width.
    const int binWidth = 2;
    const int bins = std::max(1, strip.width() / binWidth);
    if (m_overviewBinsWidth != strip.width()) {
        m_overviewBins.fill(0, bins);
        const double span = std::max(1.0, m_dataLast - m_dataFirst);
        int previousRow = -1;
        for (const Marker &marker : std::as_const(m_markers)) {
            if (marker.lane == m_undatedLane || marker.row == previousRow) {
                continue;
            }
            const int bin = std::clamp(int((marker.start - m_dataFirst) / span * bins), 0, bins - 1);
            ++m_overviewBins[bin];
        }
        m_overviewBinsWidth = strip.width();
    }
    const int most = std::max(1, *std::max_element(m_overviewBins.cbegin(), m_overviewBins.cend()));
    QColor ink = pal.color(QPalette::Text);
    ink.setAlpha(150);
    for (int i = 0; i < m_overviewBins.size(); ++i) {
        if (m_overviewBins[i] == 0) {
            continue;
        }
        // Square root: one event in a year still shows beside a hundred on one day.
        const double h = std::max(2.0, std::sqrt(double(m_overviewBins[i]) / most) * (strip.height() - 2));
        painter.fillRect(QRectF(strip.left() + i * binWidth, strip.bottom() + 1 - h, binWidth - 0.5, h), ink);
    }
    // The part in view.
    const double x1 = std::clamp(overviewX(m_firstDay), double(strip.left()), double(strip.right()));
    const double x2 = std::clamp(overviewX(dayAt(plotRect().right())), double(strip.left()), double(strip.right()));
    QColor view = pal.color(QPalette::Highlight);
    view.setAlpha(60);
    painter.fillRect(QRectF(x1, strip.top(), std::max(3.0, x2 - x1), strip.height()), view);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x1, strip.top(), std::max(3.0, x2 - x1), strip.height() - 1));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QString from = QString::number(dateOf(m_dataFirst).year());
    const QString to = QString::number(dateOf(m_dataLast - 1).year());
    const QFontMetricsF metrics(font());
    painter.drawText(QRectF(0, strip.top(), strip.left() - 6, strip.height()), Qt::AlignRight | Qt::AlignVCenter,
                     from == to ? from : from + u"\u2013"_s + to);
}

QString TimelineWidget::legendText(const LegendEntry &entry) const
{
    if (entry.mark < 0) {
        return EventListModel::typeDisplayName(Event::Type(entry.type));
    }
    switch (entry.mark) {
    case 0:
        return tr("new money (size: US$)");
    case 1:
        return tr("valuation or running total");
    case 2:
        return tr("dated by publication");
    default:
        return tr("year or month");
    }
}

QList<TimelineWidget::LegendEntry> TimelineWidget::legendLayout() const
{
    // The four marks, then the colours of the event types on show: on one line when they fit there, else the types
    // start a line of their own; any entry that does not fit wraps onto the next line (at most maxLegendLines, so
    // that a narrow window keeps its lanes).
    constexpr int maxLegendLines = 5;
    constexpr std::array<double, 4> markGlyphs{14, 16, 16, 28};
    const QFontMetricsF metrics(font());
    const double right = width() - 8;
    QList<LegendEntry> entries;
    double x = 10;
    int line = 0;
    auto place = [&](LegendEntry entry, double glyph, double gap) {
        const double w = glyph + metrics.horizontalAdvance(legendText(entry));
        if (x + w > right && x > 10) {
            if (line + 1 == maxLegendLines) {
                return false;
            }
            ++line;
            x = 10;
        }
        entry.x = x;
        entry.line = line;
        entries.append(entry);
        x += w + gap;
        return true;
    };
    for (int mark = 0; mark < int(markGlyphs.size()); ++mark) {
        place({-1, mark, 0, 0}, markGlyphs[std::size_t(mark)], 18);
    }
    QList<int> types;
    double typesWidth = 6;
    for (int type = 0; type <= int(Event::Type::Other); ++type) {
        if (m_typesPresent & (1u << type)) {
            types.append(type);
            typesWidth += 26 + metrics.horizontalAdvance(EventListModel::typeDisplayName(Event::Type(type)));
        }
    }
    if (!types.isEmpty() && (line > 0 || x + typesWidth > right) && line + 1 < maxLegendLines) {
        ++line;
        x = 10;
    } else {
        x += 6;
    }
    for (int type : std::as_const(types)) {
        if (!place({type, -1, 0, 0}, 14, 12)) {
            break;
        }
    }
    return entries;
}

int TimelineWidget::legendRows() const
{
    const QList<LegendEntry> entries = legendLayout();
    return 1 + (entries.isEmpty() ? 0 : entries.constLast().line);
}

QStringList TimelineWidget::legendTypeNames() const
{
    QStringList names;
    for (const LegendEntry &entry : legendLayout()) {
        if (entry.mark < 0) {
            names.append(legendText(entry));
        }
    }
    return names;
}

QStringList TimelineWidget::legendMarkNames() const
{
    QStringList names;
    for (const LegendEntry &entry : legendLayout()) {
        if (entry.mark >= 0) {
            names.append(legendText(entry));
        }
    }
    return names;
}

void TimelineWidget::paintLegend(QPainter &painter) const
{
    const QFontMetricsF metrics(font());
    const QList<LegendEntry> entries = legendLayout();
    const int rows = 1 + (entries.isEmpty() ? 0 : entries.constLast().line);
    const double firstLine = height() - metrics.height() * rows - 5 * rows + metrics.height() / 2;
    const QColor text = palette().color(QPalette::Text);
    const QColor ink = eventTypeColor(Event::Type::Investment);
    painter.setRenderHint(QPainter::Antialiasing, true);
    double end = 0;
    for (const LegendEntry &entry : entries) {
        const double x = entry.x;
        const double y = firstLine + entry.line * (metrics.height() + 5);
        double glyph = 14;
        switch (entry.mark) {
        case 0:
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawEllipse(QPointF(x + 5, y), 5, 5);
            break;
        case 1: {
            QPainterPath diamond;
            diamond.moveTo(x + 5, y - 6);
            diamond.lineTo(x + 11, y);
            diamond.lineTo(x + 5, y + 6);
            diamond.lineTo(x - 1, y);
            diamond.closeSubpath();
            painter.setBrush(palette().color(QPalette::Base));
            painter.setPen(QPen(eventTypeColor(Event::Type::Valuation), 2));
            painter.drawPath(diamond);
            glyph = 16;
            break;
        }
        case 2:
            painter.setBrush(ink);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(x + 5, y), 4, 4);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(text, 1.2, Qt::DashLine));
            painter.drawEllipse(QPointF(x + 5, y), 7, 7);
            glyph = 16;
            break;
        case 3: {
            painter.setPen(QPen(ink, 1));
            QColor fill = ink;
            fill.setAlpha(90);
            painter.setBrush(fill);
            painter.drawRect(QRectF(x, y - 5, 22, 10));
            glyph = 28;
            break;
        }
        default:
            painter.setPen(Qt::NoPen);
            painter.setBrush(eventTypeColor(Event::Type(entry.type)));
            painter.drawEllipse(QPointF(x + 5, y), 5, 5);
            break;
        }
        const QString label = legendText(entry);
        painter.setPen(text);
        painter.drawText(QPointF(x + glyph, y + metrics.ascent() / 2 - 1), label);
        end = x + glyph + metrics.horizontalAdvance(label);
    }
    const int shownTypes =
        int(std::count_if(entries.cbegin(), entries.cend(), [](const LegendEntry &e) { return e.mark < 0; }));
    if (!entries.isEmpty() && std::popcount(m_typesPresent) > shownTypes) {
        // Only a window too narrow for five lines leaves some types out; the table still names every type.
        const double y = firstLine + entries.constLast().line * (metrics.height() + 5);
        painter.drawText(QPointF(end + 2, y + metrics.ascent() / 2 - 1), u"\u2026"_s);
    }
}

QPixmap TimelineWidget::sprite(const Marker &marker, bool selected) const
{
    // Antialiased ellipses, diamonds and dashed rings cost more than anything else in a frame; each distinct
    // look (type, size, flags, selection) is drawn once into a pixmap and then only copied.
    const int r2 = int(std::lround(marker.radius * 2));
    const quint32 key = quint32(marker.type) | quint32(r2) << 4 | quint32(marker.flags) << 10 | quint32(selected) << 16;
    if (const auto it = m_sprites.constFind(key); it != m_sprites.cend()) {
        return *it;
    }
    const double r = marker.radius;
    const int side = int(std::ceil(2 * (r + 7)));
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(side / 2.0, side / 2.0);
    const QColor color = eventTypeColor(Event::Type(marker.type));
    if (selected) {
        painter.setPen(Qt::NoPen);
        QColor halo = palette().color(QPalette::Highlight);
        halo.setAlpha(110);
        painter.setBrush(halo);
        painter.drawEllipse(centre, r + 5, r + 5);
    }
    if (marker.flags & RunningTotal) {
        // A total is not new money: an outline diamond, so it does not read as another investment.
        QPainterPath diamond;
        diamond.moveTo(centre.x(), centre.y() - r - 1);
        diamond.lineTo(centre.x() + r + 1, centre.y());
        diamond.lineTo(centre.x(), centre.y() + r + 1);
        diamond.lineTo(centre.x() - r - 1, centre.y());
        diamond.closeSubpath();
        painter.setPen(QPen(color, 2.5));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawPath(diamond);
    } else {
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.setBrush(color);
        painter.drawEllipse(centre, r, r);
    }
    if (marker.flags & (DatedByPublication | DatedByAnalyst)) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Text), 1.2,
                            (marker.flags & DatedByPublication) ? Qt::DashLine : Qt::DotLine));
        painter.drawEllipse(centre, r + 3, r + 3);
    }
    painter.end();
    m_sprites.insert(key, pixmap);
    return pixmap;
}

QPixmap TimelineWidget::clusterSprite(int width, bool selected) const
{
    const quint32 key = quint32(width) | quint32(selected) << 16;
    if (const auto it = m_clusterSprites.constFind(key); it != m_clusterSprites.cend()) {
        return *it;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(width + 6, 24) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(selected ? QPen(palette().color(QPalette::Highlight), 3) : QPen(palette().color(QPalette::Base), 1));
    painter.setBrush(QColor(0x45, 0x50, 0x5c));
    painter.drawRoundedRect(QRectF(3, 3, width, 18), 9, 9);
    painter.end();
    m_clusterSprites.insert(key, pixmap);
    return pixmap;
}

const QStaticText &TimelineWidget::countText(int count) const
{
    auto it = m_counts.constFind(count);
    if (it == m_counts.cend()) {
        if (m_counts.size() > 20000) {
            m_counts.clear();
        }
        QStaticText text(QString::number(count));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font());
        it = m_counts.insert(count, text);
    }
    return *it;
}

void TimelineWidget::paintItem(QPainter &painter, const Item &item, double laneCentre) const
{
    const Marker &marker = m_markers[item.first];
    if (item.span) {
        const QColor color = eventTypeColor(Event::Type(marker.type));
        QColor fill = color;
        fill.setAlpha(item.count > 1 ? 140 : 90);
        // Plain rectangles: a decade view can hold hundreds of year bars, and rounded corners cost more than
        // everything else in such a frame.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(item.selected ? QPen(palette().color(QPalette::Highlight), 3) : QPen(color, 1));
        painter.setBrush(fill);
        painter.drawRect(item.rect);
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (item.count > 1 && item.rect.width() > 28) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(item.rect, Qt::AlignCenter, u"\u00d7%1"_s.arg(item.count));
        }
        return;
    }
    if (item.count > 1) {
        const int width = int(std::lround(item.rect.width()));
        painter.drawPixmap(QPointF(item.rect.left() - 3, laneCentre - 12), clusterSprite(width, item.selected));
        const QStaticText &count = countText(item.count);
        painter.setPen(Qt::white);
        painter.drawStaticText(
            QPointF(item.rect.center().x() - count.size().width() / 2, laneCentre - count.size().height() / 2), count);

        return;
    }
    const QPixmap pixmap = sprite(marker, item.selected);
    const double half = pixmap.width() / pixmap.devicePixelRatio() / 2;
    painter.drawPixmap(QPointF(item.rect.center().x() - half, laneCentre - half), pixmap);
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (m_fitPending) {
        fitAll();
    }
    ensureLayout();
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotRect();
    const double laneH = laneHeight();
    const QFontMetricsF metrics(font());

    // Lane bands and titles: the titles stay at the left while time pans, and scroll with their lanes.
    painter.save();
    painter.setClipRect(QRectF(0, plot.top(), width(), plot.height()));
    for (int lane = firstVisibleLane(); lane < m_lanes.size(); ++lane) {
        const QRectF band(0, laneTop(lane), width(), laneH);
        if (band.top() > plot.bottom()) {
            break;
        }
        if (lane % 2 == 1) {
            painter.fillRect(band, pal.color(QPalette::AlternateBase));
        }
        painter.setPen(pal.color(lane == m_undatedLane ? QPalette::PlaceholderText : QPalette::Text));
        const QString title = metrics.elidedText(m_lanes[lane], Qt::ElideRight, plot.left() - 16);
        painter.drawText(QRectF(8, band.top(), plot.left() - 12, laneH), Qt::AlignVCenter | Qt::AlignLeft, title);
    }
    painter.restore();
    if (m_lanes.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter,
                         m_rowFilter.isEmpty() ? tr("No events. Import articles with File \u2192 Import Files.")
                                               : tr("No event matches the filter."));
    }
    painter.setClipRect(QRectF(0, 0, width(), plot.bottom()));
    paintAxis(painter, plot);

    painter.setClipRect(QRectF(plot.left(), plot.top(), width() - plot.left(), plot.height()));
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Guide from the selected event to the axis, so its date can be read off.
    for (const Item &item : std::as_const(m_items)) {
        if (item.selected && item.count == 1 && item.lane != m_undatedLane) {
            QColor guide = pal.color(QPalette::Highlight);
            guide.setAlpha(120);
            painter.setPen(QPen(guide, 1, Qt::DashLine));
            painter.drawLine(QPointF(item.centre, plot.top()), QPointF(item.centre, item.rect.top()));
        }
    }
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF labelMetrics(labelFont);
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items[i];
        const double centre = laneTop(item.lane) + laneH / 2;
        paintItem(painter, item, centre);
        if (item.count != 1) {
            continue;
        }
        const Marker &marker = m_markers[item.first];
        if (!(marker.flags & HasMoney)) {
            continue;
        }
        // The amount goes to the right of the marker when the next one leaves room for it.
        const double room =
            (i + 1 < m_items.size() && m_items[i + 1].lane == item.lane ? m_items[i + 1].rect.left() : plot.right()) -
            item.rect.right() - 6;
        // Amounts repeat across events; each is laid out once and kept, as shaping text dominates a dense frame.
        const qint64 key = std::llround(marker.usd);
        auto label = m_labels.constFind(key);
        if (label == m_labels.cend()) {
            if (m_labels.size() > 20000) {
                m_labels.clear();
                m_counts.clear();
            }
            QStaticText text(formatUsd(marker.usd));
            text.setTextFormat(Qt::PlainText);
            text.prepare(QTransform(), labelFont);
            label = m_labels.insert(key, text);
        }
        if (label->size().width() <= room) {
            painter.setFont(labelFont);
            painter.setPen(pal.color(QPalette::Text));
            painter.drawStaticText(QPointF(item.rect.right() + 5, centre - label->size().height() / 2), *label);
            painter.setFont(font());
        }
    }
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    painter.drawLine(QPointF(0, plot.bottom()), QPointF(width(), plot.bottom()));
    if (m_laneBar->isVisible()) {
        // Which lanes are in view, out of how many: the reader scrolling through hundreds of companies.
        const int firstLane = firstVisibleLane();
        const int lastLane = std::min<int>(int(m_lanes.size()), firstLane + visibleLaneCount());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        // On the axis's upper line, which the dates below leave free.
        painter.drawText(QRectF(8, 2, plot.right() - 8, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("lanes %1\u2013%2 of %3").arg(firstLane + 1).arg(lastLane).arg(m_lanes.size()));
    }
    paintOverview(painter);
    paintLegend(painter);
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_plotValid = false;
    updateScrollBar();
    // A view the user has not moved keeps showing everything as the window changes size.
    if (m_fitPending || m_autoFit) {
        fitAll();
    }
    invalidateLayout();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && overviewRect().contains(event->position().toPoint())) {
        m_overviewDrag = true;
        centreOnOverview(event->position().x());
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressFirstDay = m_firstDay;
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_overviewDrag && (event->buttons() & Qt::LeftButton)) {
        centreOnOverview(event->position().x());
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->position().toPoint() - m_pressPos;
        if (!m_dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_autoFit = false;
            m_firstDay = m_pressFirstDay - delta.x() * m_daysPerPixel;
            clampView();
            invalidateLayout();
        }
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (m_overviewDrag) {
        m_overviewDrag = false;
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int i = itemAt(event->position().toPoint());
    if (i < 0) {
        return;
    }
    const Item item = m_items[i];
    if (item.count == 1 || item.span) {
        selectRow(m_markers[item.first].row, event->modifiers() & Qt::ControlModifier);
        return;
    }
    if (item.lane == m_undatedLane) {
        selectRow(m_markers[item.first].row);
        return;
    }
    // A cluster opens up: zoom in on its dates until its events stand apart.
    double first = std::numeric_limits<double>::infinity();
    double last = -first;
    for (int k = item.first; k < item.first + item.count; ++k) {
        first = std::min(first, m_markers[k].start);
        last = std::max(last, m_markers[k].end + 1);
    }
    const double width = plotRect().width();
    const double spread = std::max(last - first, clusterGap * 3 * minDaysPerPixel);
    m_daysPerPixel = spread / (width * 0.6);
    m_autoFit = false;
    clampView();
    m_firstDay = (first + last) / 2 - width / 2 * m_daysPerPixel;
    clampView();
    invalidateLayout();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = itemAt(event->position().toPoint());
    if (i >= 0 && m_items[i].count == 1) {
        const int row = m_markers[m_items[i].first].row;
        selectRow(row);
        Q_EMIT activated(row);
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    // As in other timeline tools: the wheel scrolls the lanes, Ctrl+wheel zooms time around the pointer,
    // Shift+wheel (or a sideways wheel) pans time.
    const QPoint angle = event->angleDelta();
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers & Qt::ControlModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        zoomAround(std::pow(zoomStep, delta / 120.0), event->position().x());
    } else if ((modifiers & Qt::ShiftModifier) || (angle.x() != 0 && std::abs(angle.x()) > std::abs(angle.y()))) {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        panBy(-delta / 120.0 * 0.1);
    } else {
        scrollLanesBy(-angle.y() / 120.0 * 3 * laneHeight());
    }
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        shift ? panBy(0.2) : selectNext();
        break;
    case Qt::Key_Left:
        shift ? panBy(-0.2) : selectPrevious();
        break;
    case Qt::Key_Home:
        if (!m_dateOrder.isEmpty()) {
            selectRow(m_dateOrder.constFirst());
        }
        break;
    case Qt::Key_End:
        if (!m_dateOrder.isEmpty()) {
            selectRow(m_dateOrder.constLast());
        }
        break;
    case Qt::Key_Up:
        scrollLanesBy(-laneHeight());
        break;
    case Qt::Key_Down:
        scrollLanesBy(laneHeight());
        break;
    case Qt::Key_PageUp:
        shift ? panBy(-0.8) : scrollLanesBy(-plotRect().height() + laneHeight());
        break;
    case Qt::Key_PageDown:
        shift ? panBy(0.8) : scrollLanesBy(plotRect().height() - laneHeight());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentRow() >= 0) {
            Q_EMIT activated(currentRow());
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        setAccessibleName(tr("Timeline"));
        reload();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
        m_plotValid = false;
        m_sprites.clear();
        m_clusterSprites.clear();
        m_labels.clear();
        m_counts.clear();
        invalidateLayout();
        break;
    default:
        break;
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

} // namespace Newsline
