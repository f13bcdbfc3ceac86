#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPaintDevice;

namespace Newsline {

/// Draws money figures as horizontal bars of their US dollar equivalents, for paper, as vector shapes and text.
class BriefingChartPainter
{
public:
    /// One bar: what it is, its US dollar value and the text printed at its end.
    struct Bar
    {
        QString label;
        double usd = 0;
        QString valueText;
    };

    /// Draws bars (largest first as given) with axis ticks written by tickText (a US dollar amount).
    BriefingChartPainter(QList<Bar> bars, const QFont &font, std::function<QString(double)> tickText);

    /// The height the chart needs at a width on device.
    qreal layout(qreal width, QPaintDevice *device);
    /// Draws into rect (as wide as given to layout()).
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    QList<Bar> m_bars;
    QFont m_font;
    std::function<QString(double)> m_tickText;
    QList<qreal> m_rowHeights;
    qreal m_labelWidth = 0;
    qreal m_axisHeight = 0;
    double m_max = 1;
    double m_step = 1;
};

} // namespace Newsline
