#include "briefingchartpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

BriefingChartPainter::BriefingChartPainter(QList<Bar> bars, const QFont &font, std::function<QString(double)> tickText)
    : m_bars(std::move(bars))
    , m_font(font)
    , m_tickText(std::move(tickText))
{
    double largest = 0;
    for (const Bar &bar : std::as_const(m_bars)) {
        largest = std::max(largest, bar.usd);
    }
    // Steps of 1, 2 or 5 times a power of ten give round tick labels; about five of them fit the width.
    const double raw = largest > 0 ? largest / 5 : 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    m_step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    m_max = std::ceil(largest / m_step) * m_step;
    if (m_max <= 0) {
        m_max = m_step;
    }
}

qreal BriefingChartPainter::layout(qreal width, QPaintDevice *device)
{
    const QFontMetricsF metrics(m_font, device);
    m_labelWidth = width * 0.38;
    m_rowHeights.clear();
    qreal height = 0;
    for (const Bar &bar : std::as_const(m_bars)) {
        const QRectF text = metrics.boundingRect(QRectF(0, 0, m_labelWidth - metrics.averageCharWidth() * 2, 1e6),
                                                 Qt::TextWordWrap, bar.label);
        const qreal h = std::max(text.height(), metrics.height()) + metrics.height() * 0.6;
        m_rowHeights.append(h);
        height += h;
    }
    m_axisHeight = metrics.height() * 2;
    return height + m_axisHeight;
}

void BriefingChartPainter::paint(QPainter &painter, const QRectF &rect) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const qreal hairline = metrics.height() * 0.05;
    const qreal plotLeft = rect.left() + m_labelWidth;
    // Room at the right for the value printed after the longest bar.
    qreal valueRoom = 0;
    for (const Bar &bar : m_bars) {
        valueRoom = std::max(valueRoom, metrics.horizontalAdvance(bar.valueText));
    }
    const qreal plotWidth =
        std::max(rect.width() - m_labelWidth - valueRoom - metrics.averageCharWidth() * 2, rect.width() * 0.25);
    const qreal plotBottom = rect.bottom() - m_axisHeight;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);

    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), hairline, Qt::DotLine));
    for (double v = 0; v <= m_max + m_step / 2; v += m_step) {
        const qreal x = plotLeft + plotWidth * v / m_max;
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, plotBottom));
    }
    painter.setPen(QPen(Qt::black, hairline * 1.5));
    painter.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotLeft + plotWidth, plotBottom));
    painter.drawLine(QPointF(plotLeft, rect.top()), QPointF(plotLeft, plotBottom));
    qreal lastRight = -1e9;
    for (double v = 0; v <= m_max + m_step / 2; v += m_step) {
        const qreal x = plotLeft + plotWidth * v / m_max;
        const QString text = m_tickText(v);
        const qreal w = metrics.horizontalAdvance(text);
        const qreal left = std::min(x - w / 2, rect.right() - w);
        painter.drawLine(QPointF(x, plotBottom), QPointF(x, plotBottom + metrics.height() * 0.25));
        if (left > lastRight + metrics.averageCharWidth()) {
            painter.drawText(QPointF(left, plotBottom + metrics.height() * 0.25 + metrics.ascent()), text);
            lastRight = left + w;
        }
    }

    qreal y = rect.top();
    const QColor barColor(0x1f, 0x5f, 0xa8);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const qreal h = m_rowHeights.at(i);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(
            QRectF(rect.left(), y + metrics.height() * 0.3, m_labelWidth - metrics.averageCharWidth() * 2, h),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, bar.label);
        const qreal barHeight = metrics.height() * 0.9;
        const qreal barTop = y + metrics.height() * 0.3;
        const qreal w = plotWidth * std::max(bar.usd, 0.0) / m_max;
        painter.fillRect(QRectF(plotLeft, barTop, w, barHeight), barColor);
        painter.drawText(QPointF(plotLeft + w + metrics.averageCharWidth(),
                                 barTop + (barHeight - metrics.height()) / 2 + metrics.ascent()),
                         bar.valueText);
        y += h;
    }
}

} // namespace Newsline
