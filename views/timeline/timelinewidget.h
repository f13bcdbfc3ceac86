#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QPointer>
#include <QStaticText>
#include <QWidget>

class QScrollBar;

namespace Newsline {

/// The timeline: one lane per partnership (or per company, or per event type) plus "Other events" and "Undated",
/// events as markers sized by money. Lanes scroll vertically under a fixed column of lane titles; an overview strip
/// under the plot shows where the events are in time and which part is in view.
///
/// A painted QWidget rather than a QGraphicsView: with 100,000 events a scene would hold 100,000 items and
/// their bookkeeping (index, bounding rects, per-item paint calls) even when they are drawn as a few hundred
/// clusters. Here the events live in flat arrays sorted by lane and date; each repaint binary-searches the
/// visible range of every lane and merges markers closer than a few pixels into clusters, so the work per frame
/// grows with what is drawn, not with the corpus (see tests/bench/timelinebench.cpp).
///
/// It reads an EventListModel through its roles and follows (and moves) a shared QItemSelectionModel.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    /// What a lane gathers.
    enum class LaneMode
    {
        /// One lane per partnership ("Microsoft–OpenAI"), as the events name it.
        Partnership,
        /// One lane per company: an event of two companies shows in both their lanes.
        Company,
        /// One lane per event type.
        EventType,
    };
    Q_ENUM(LaneMode)
    /// The order of the lanes from top to bottom ("Other events" and "Undated" stay last).
    enum class LaneOrder
    {
        FirstEvent,
        LastEvent,
        EventCount,
        TotalAmount,
    };
    Q_ENUM(LaneOrder)

    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setLaneMode(LaneMode mode);
    [[nodiscard]] LaneMode laneMode() const { return m_laneMode; }
    void setLaneOrder(LaneOrder order);
    [[nodiscard]] LaneOrder laneOrder() const { return m_laneOrder; }
    /// Shows only the model rows marked true (an empty list shows every row): the window's filter.
    void setRowFilter(const QList<bool> &accepted);

    /// Index of the first lane (partly) in view, and how many lanes fit.
    [[nodiscard]] int firstVisibleLane() const;
    [[nodiscard]] int visibleLaneCount() const;
    /// Scrolls the lanes so that lane is the first in view (clamped).
    void scrollToLane(int lane);
    /// Lane of a model row's event, -1 when not shown.
    [[nodiscard]] int laneOfRow(int row) const;
    /// Pins a lane (by its title) above every other, in the order pinned, or unpins it.
    void setLanePinned(const QString &lane, bool pinned);
    /// Lanes pinned to the top, in the order pinned.
    [[nodiscard]] const QStringList &pinnedLanes() const { return m_pinnedLanes; }
    /// Hides a lane (by its title): its events are drawn in their other lanes only.
    void hideLane(const QString &lane);
    /// Shows every hidden lane again.
    void showHiddenLanes();
    /// Lanes hidden, in the order hidden.
    [[nodiscard]] const QStringList &hiddenLanes() const { return m_hiddenLanes; }
    /// Index of the lane whose title or band is at a point, -1 when none.
    [[nodiscard]] int laneAt(QPoint pos) const;
    /// Where the overview strip is drawn.
    [[nodiscard]] QRect overviewRect() const;

    /// Shows the events of a model that answers EventListModel's roles.
    void setModel(QAbstractItemModel *model);
    /// The shared event selection this timeline shows and moves.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    [[nodiscard]] QItemSelectionModel *selectionModel() const { return m_selectionModel; }

    /// Zooms so every dated event is in view.
    void fitAll();
    /// Zooms in by one step around the centre.
    void zoomIn();
    /// Zooms out by one step around the centre.
    void zoomOut();
    /// Zooms by a factor (above 1 zooms in) keeping the date under x (widget coordinates) in place.
    void zoomAround(double factor, double x);
    /// Shows the dates from first to last (inclusive) across the plot.
    void setVisibleRange(QDate first, QDate last);
    /// Moves the view by a fraction of its width (negative: towards the past).
    void panBy(double fraction);
    /// First and last date in view.
    [[nodiscard]] QDate visibleFirst() const;
    [[nodiscard]] QDate visibleLast() const;
    /// Days shown per pixel.
    [[nodiscard]] double daysPerPixel() const { return m_daysPerPixel; }

    /// Selects the next event in date order (undated events last); wraps nowhere.
    void selectNext();
    /// Selects the previous event in date order.
    void selectPrevious();

    /// Lane titles from top to bottom.
    [[nodiscard]] QStringList laneNames() const;
    /// Names of the event types the legend shows with their colours: every type on show, wrapped onto as many lines
    /// as the width needs.
    [[nodiscard]] QStringList legendTypeNames() const;
    /// Names of the marks the legend explains (new money, running total, dated by publication, year or month), as
    /// far as the width allows five lines.
    [[nodiscard]] QStringList legendMarkNames() const;
    /// Where the event of a model row is drawn (alone or in a cluster); empty when not in view.
    [[nodiscard]] QRect eventRect(int row) const;
    /// Number of events drawn in the marker or cluster at a point; 0 when none.
    [[nodiscard]] int eventCountAt(QPoint pos) const;
    /// Tooltip text (rich text) for the marker at a point; empty when none.
    [[nodiscard]] QString toolTipAt(QPoint pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user asked to open the source of an event (Enter or double-click).
    void activated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        double start;
        double end;
        double usd;
        int row;
        int lane;
        float radius;
        quint8 flags;
        quint8 type;
    };
    /// Something drawn: one marker, a cluster of markers (a run of one lane), or a span.
    struct Item
    {
        QRectF rect;
        int first;
        int count;
        double centre;
        int lane;
        bool span;
        bool selected;
    };

    void reload();
    void invalidateLayout();
    void ensureLayout() const;
    [[nodiscard]] QRectF plotRect() const;
    [[nodiscard]] double laneTop(int lane) const;
    [[nodiscard]] double laneHeight() const;
    [[nodiscard]] double xOf(double day) const;
    [[nodiscard]] double dayAt(double x) const;
    [[nodiscard]] int itemAt(QPoint pos) const;
    [[nodiscard]] int currentRow() const;
    void selectRow(int row, bool toggle = false);
    void ensureVisible(int row);
    void clampView();
    [[nodiscard]] QString markerToolTip(const Marker &marker) const;
    void paintAxis(QPainter &painter, const QRectF &plot) const;
    void paintOverview(QPainter &painter) const;
    /// Where the legend puts one entry: a mark (0 to 3) or an event type's colour, and its name.
    struct LegendEntry
    {
        int type;
        int mark;
        double x;
        int line;
    };
    [[nodiscard]] QList<LegendEntry> legendLayout() const;
    [[nodiscard]] QString legendText(const LegendEntry &entry) const;
    [[nodiscard]] int legendRows() const;
    void updateScrollBar();
    void scrollLanesBy(double pixels);
    void centreOnOverview(double x);
    [[nodiscard]] double overviewX(double day) const;
    void paintLegend(QPainter &painter) const;
    void paintItem(QPainter &painter, const Item &item, double laneCentre) const;
    [[nodiscard]] QPixmap sprite(const Marker &marker, bool selected) const;
    [[nodiscard]] QPixmap clusterSprite(int width, bool selected) const;
    [[nodiscard]] const QStaticText &countText(int count) const;
    void updateSelected();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;

    LaneMode m_laneMode = LaneMode::Partnership;
    LaneOrder m_laneOrder = LaneOrder::FirstEvent;
    QList<bool> m_rowFilter;
    QStringList m_pinnedLanes;
    QStringList m_hiddenLanes;
    int m_namedLanes = 0; // lanes of a partnership, company or type; "Other events" and "Undated" follow them
    QScrollBar *m_laneBar = nullptr;
    double m_laneOffset = 0;
    bool m_overviewDrag = false;
    double m_dataFirst = 0; // first and last day of every shown dated event, for the overview
    double m_dataLast = 1;
    mutable QList<int> m_overviewBins;
    mutable int m_overviewBinsWidth = -1;
    quint32 m_typesPresent = 0; // bit per Event::Type shown

    QStringList m_lanes;
    int m_undatedLane = -1;
    QList<Marker> m_markers;  // sorted by lane, then start
    QList<int> m_laneBegin;   // index of each lane's first marker; one extra entry at the end
    QList<int> m_markerOfRow; // model row -> index of its first marker in m_markers, -1 when filtered out
    QList<int> m_dateOrder;   // model rows in date order, undated last
    QList<int> m_dateRank;    // model row -> position in m_dateOrder
    QList<bool> m_selected;   // model row -> selected, kept so a repaint needs no selection model look-ups
    double m_longestSpan = 1;

    double m_firstDay = 0;
    double m_daysPerPixel = 1;
    bool m_fitPending = true;
    bool m_autoFit = true;

    mutable QRectF m_plot;
    mutable double m_laneHeight = 40;
    mutable bool m_plotValid = false;
    QSize m_plotSize;
    mutable QList<Item> m_items;
    mutable QHash<quint32, QPixmap> m_sprites;
    mutable QHash<quint32, QPixmap> m_clusterSprites;
    mutable QHash<int, QStaticText> m_counts;
    mutable QHash<qint64, QStaticText> m_labels;
    mutable double m_digitWidth = 8;
    mutable bool m_layoutValid = false;

    QPoint m_pressPos;
    double m_pressFirstDay = 0;
    bool m_dragging = false;
};

} // namespace Newsline
