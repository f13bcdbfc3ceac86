#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace Newsline {

/// Draws events on a time axis for paper, one horizontal lane per partnership, as vector shapes and text.
class BriefingTimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(Newsline::BriefingTimelinePainter)

public:
    /// One event to draw: its lane, its period (one day or a month or year), its number and label.
    struct Item
    {
        QString lane;
        QDate first;
        QDate last;
        /// Dated from the publication date, not the text: drawn hollow.
        bool approximate = false;
        int number = 0;
        QString label;
    };

    /// Draws items between from and to (widened a little so markers at the ends stay inside).
    BriefingTimelinePainter(QList<Item> items, QStringList lanes, const QDate &from, const QDate &to, const QFont &font,
                            const QLocale &locale);

    /// Places the labels for a width on device and returns the height the drawing needs.
    qreal layout(qreal width, QPaintDevice *device);
    /// Draws into rect (as wide as given to layout()).
    void paint(QPainter &painter, const QRectF &rect) const;
    /// Labels left out because the lane had no room for them (the markers are still drawn).
    [[nodiscard]] int omittedLabels() const { return m_omitted; }

private:
    struct Placed
    {
        int item;
        int row;
        qreal x;
        qreal width;
        bool drawLabel;
    };

    [[nodiscard]] qreal xOf(const QDate &date, qreal left, qreal width) const;

    QList<Item> m_items;
    QStringList m_lanes;
    QDate m_from;
    QDate m_to;
    QFont m_font;
    QLocale m_locale;
    QList<Placed> m_placed;
    QList<int> m_laneRows;
    qreal m_laneLabelWidth = 0;
    qreal m_rowHeight = 0;
    qreal m_markerRow = 0;
    qreal m_axisHeight = 0;
    int m_omitted = 0;
};

} // namespace Newsline
