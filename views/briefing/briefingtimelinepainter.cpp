#include "briefingtimelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Colours that stay apart on paper and in greyscale print.
const QColor laneColors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xc2, 0x5b, 0x12), QColor(0x2e, 0x7d, 0x32),
                             QColor(0x8e, 0x24, 0xaa), QColor(0xb7, 0x1c, 0x1c), QColor(0x00, 0x83, 0x8f),
                             QColor(0x6d, 0x4c, 0x41), QColor(0x54, 0x6e, 0x7a)};

constexpr int maxLabelRows = 8;
const QColor laneBackground(0xf3, 0xf5, 0xf8);

// "Juniper Motors–Lumina" has no space to break at within the lane column: break it anywhere rather than let it run
// into the plot.
int wrapFlags(const QFontMetricsF &metrics, qreal width, const QString &text)
{
    const QRectF words = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
    return words.width() > width ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
}

// The label with the event's number in the event list in front, when the event is listed there.
QString numbered(const BriefingTimelinePainter::Item &item)
{
    return item.number > 0 ? QString::number(item.number) + u"  "_s + item.label : item.label;
}

} // namespace

BriefingTimelinePainter::BriefingTimelinePainter(QList<Item> items, QStringList lanes, const QDate &from,
                                                 const QDate &to, const QFont &font, const QLocale &locale)
    : m_items(std::move(items))
    , m_lanes(std::move(lanes))
    , m_font(font)
    , m_locale(locale)
{
    // A margin of a twentieth of the span (at least two days) keeps end markers and their labels off the frame; a
    // month's briefing keeps a month's axis.
    const qint64 span = std::max<qint64>(from.daysTo(to), 1);
    const qint64 margin = std::max<qint64>(span / 20, 2);
    m_from = from.addDays(-margin);
    m_to = to.addDays(margin);
}

qreal BriefingTimelinePainter::xOf(const QDate &date, qreal left, qreal width) const
{
    const qreal span = qreal(m_from.daysTo(m_to));
    return left + width * qreal(m_from.daysTo(date)) / span;
}

qreal BriefingTimelinePainter::layout(qreal width, QPaintDevice *device)
{
    const QFontMetricsF metrics(m_font, device);
    m_laneLabelWidth = width * 0.2;
    const qreal plotLeft = m_laneLabelWidth;
    const qreal plotWidth = width - plotLeft;
    m_rowHeight = metrics.height() * 1.2;
    m_markerRow = metrics.height() * 1.5;
    m_axisHeight = metrics.height() * 2.2;
    const qreal gap = metrics.horizontalAdvance(u"  "_s);
    const qreal radius = metrics.height() * 0.3;
    m_placed.clear();
    m_laneRows.clear();
    m_omitted = 0;

    qreal height = 0;
    for (const QString &lane : std::as_const(m_lanes)) {
        QList<int> order;
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).lane == lane) {
                order.append(i);
            }
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return m_items.at(a).first < m_items.at(b).first; });
        // Each row's labels as spans, and the leaders drawn so far (where they go down and to which row): a label is
        // never drawn over a leader, and a leader never runs through a label to reach its own.
        QList<QList<std::pair<qreal, qreal>>> rowSpans;
        QList<std::pair<qreal, int>> leaders;
        for (int i : std::as_const(order)) {
            const Item &item = m_items.at(i);
            const qreal x = xOf(item.first, 0, plotWidth);
            const QString label = metrics.elidedText(numbered(item), Qt::ElideRight, plotWidth * 0.6);
            const qreal labelWidth = metrics.horizontalAdvance(label);
            // Labels start just right of their marker, or end just left of it near the right edge.
            qreal labelX = x + radius;
            if (labelX + labelWidth > plotWidth) {
                labelX = x - radius - labelWidth;
            }
            labelX = std::max<qreal>(labelX, 0);
            const auto covers = [&](int row, qreal at) {
                return std::any_of(rowSpans.at(row).cbegin(), rowSpans.at(row).cend(), [&](const auto &span) {
                    return at >= span.first - gap * 0.25 && at <= span.second + gap * 0.25;
                });
            };
            const auto fits = [&](int row) {
                if (row < rowSpans.size() &&
                    std::any_of(rowSpans.at(row).cbegin(), rowSpans.at(row).cend(), [&](const auto &span) {
                        return labelX < span.second + gap && labelX + labelWidth + gap > span.first;
                    })) {
                    return false;
                }
                // A leader going further down must not pass under this label.
                return std::none_of(leaders.cbegin(), leaders.cend(), [&](const auto &leader) {
                    return leader.second > row && leader.first >= labelX - gap * 0.25 &&
                           leader.first <= labelX + labelWidth + gap * 0.25;
                });
            };
            int row = -1;
            for (int r = 0; r < maxLabelRows; ++r) {
                if (r < rowSpans.size() && covers(r, x)) {
                    // The leader would cross a label of this row to reach any row below it.
                    break;
                }
                if (fits(r)) {
                    row = r;
                    break;
                }
            }
            if (row >= 0) {
                while (rowSpans.size() <= row) {
                    rowSpans.append(QList<std::pair<qreal, qreal>>());
                }
                rowSpans[row].append({labelX, labelX + labelWidth});
                leaders.append({x, row});
            } else {
                ++m_omitted;
            }
            m_placed.append({i, row, plotLeft + labelX, labelWidth, row >= 0});
        }
        const qsizetype rowCount = rowSpans.size();
        const QRectF laneText = metrics.boundingRect(QRectF(0, 0, m_laneLabelWidth - 2 * gap, 1e6),
                                                     wrapFlags(metrics, m_laneLabelWidth - 2 * gap, lane), lane);
        const int rows = std::max(1, int(rowCount));
        m_laneRows.append(rows);
        height += std::max(m_markerRow + rows * m_rowHeight, laneText.height() + m_rowHeight * 0.5);
    }
    m_laneRows.squeeze();
    return height + m_axisHeight;
}

void BriefingTimelinePainter::paint(QPainter &painter, const QRectF &rect) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const qreal plotLeft = rect.left() + m_laneLabelWidth;
    const qreal plotWidth = rect.width() - m_laneLabelWidth;
    const qreal radius = metrics.height() * 0.3;
    const qreal hairline = metrics.height() * 0.05;
    const qreal gap = metrics.horizontalAdvance(u"  "_s);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);

    // Ticks: years when the span is long, months otherwise, thinned so their labels never touch.
    QList<QDate> ticks;
    QList<QString> tickLabels;
    const qint64 days = m_from.daysTo(m_to);
    if (days > 3 * 365) {
        const int years = m_to.year() - m_from.year();
        const int step = years > 24 ? 5 : years > 12 ? 2 : 1;
        for (int y = m_from.year() + 1; y <= m_to.year(); ++y) {
            if (y % step == 0) {
                ticks.append(QDate(y, 1, 1));
                tickLabels.append(QString::number(y));
            }
        }
    } else if (days <= 100) {
        // Within a few months, days: the 1st, 8th, 15th, 22nd and 29th (or every day of a short span).
        const int step = days > 20 ? 7 : 1;
        for (QDate d(m_from.year(), m_from.month(), 1); d <= m_to; d = d.addDays(1)) {
            if (d > m_from && (d.day() - 1) % step == 0 && d.day() < 30) {
                ticks.append(d);
                tickLabels.append(m_locale.toString(d, u"d MMM"_s));
            }
        }
    } else {
        const int months = int(days / 30) + 1;
        const int step = months > 24 ? 6 : months > 12 ? 3 : months > 6 ? 2 : 1;
        for (QDate d(m_from.year(), m_from.month(), 1); d <= m_to; d = d.addMonths(1)) {
            if (d > m_from && (d.month() - 1) % step == 0) {
                ticks.append(d);
                tickLabels.append(m_locale.toString(d, u"MMM yyyy"_s));
            }
        }
    }

    qreal y = rect.top();
    QList<qreal> laneTops;
    for (int l = 0; l < m_lanes.size(); ++l) {
        const QRectF laneText =
            metrics.boundingRect(QRectF(0, 0, m_laneLabelWidth - 2 * gap, 1e6),
                                 wrapFlags(metrics, m_laneLabelWidth - 2 * gap, m_lanes.at(l)), m_lanes.at(l));
        const qreal h = std::max(m_markerRow + m_laneRows.at(l) * m_rowHeight, laneText.height() + m_rowHeight * 0.5);
        laneTops.append(y);
        if (l % 2 == 0) {
            painter.fillRect(QRectF(rect.left(), y, rect.width(), h), laneBackground);
        }
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(rect.left() + gap * 0.5, y + m_rowHeight * 0.25, m_laneLabelWidth - 2 * gap, h),
                         wrapFlags(metrics, m_laneLabelWidth - 2 * gap, m_lanes.at(l)) | Qt::AlignLeft | Qt::AlignTop,
                         m_lanes.at(l));
        painter.setPen(QPen(laneColors[l % std::size(laneColors)].lighter(160), hairline * 2));
        painter.drawLine(QPointF(plotLeft, y + m_markerRow * 0.5), QPointF(rect.right(), y + m_markerRow * 0.5));
        y += h;
    }
    laneTops.append(y);
    const qreal axisY = y;

    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), hairline, Qt::DotLine));
    for (const QDate &tick : std::as_const(ticks)) {
        const qreal x = xOf(tick, plotLeft, plotWidth);
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, axisY));
    }
    painter.setPen(QPen(Qt::black, hairline * 1.5));
    painter.drawLine(QPointF(plotLeft, axisY), QPointF(rect.right(), axisY));
    // A label that would touch the one before it is left out, its tick kept: "29 Mar" and "1 Apr" are three days
    // apart, and a narrow page or a longer month name ("29 mars", "1 avr.") would run them together.
    qreal lastRight = -1e9;
    for (int t = 0; t < ticks.size(); ++t) {
        const qreal x = xOf(ticks.at(t), plotLeft, plotWidth);
        painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + radius));
        const qreal w = metrics.horizontalAdvance(tickLabels.at(t));
        const qreal left = std::clamp(x - w / 2, plotLeft, rect.right() - w);
        if (left < lastRight + gap) {
            continue;
        }
        painter.drawText(QPointF(left, axisY + radius + metrics.ascent() * 1.1), tickLabels.at(t));
        lastRight = left + w;
    }

    // Leaders first, then labels on a patch of their lane's background, then markers: a leader that runs past
    // another label passes behind it instead of striking through its words.
    const auto laneOf = [&](const Placed &placed) { return int(m_lanes.indexOf(m_items.at(placed.item).lane)); };
    for (const Placed &placed : m_placed) {
        if (placed.drawLabel) {
            const int lane = laneOf(placed);
            const qreal x1 = xOf(m_items.at(placed.item).first, plotLeft, plotWidth);
            const qreal labelTop = laneTops.at(lane) + m_markerRow + placed.row * m_rowHeight;
            painter.setPen(QPen(laneColors[lane % std::size(laneColors)], hairline));
            painter.drawLine(QPointF(x1, laneTops.at(lane) + m_markerRow * 0.5),
                             QPointF(x1, labelTop + metrics.height() * 0.5));
        }
    }
    for (const Placed &placed : m_placed) {
        if (placed.drawLabel) {
            const int lane = laneOf(placed);
            const Item &item = m_items.at(placed.item);
            const qreal labelTop = laneTops.at(lane) + m_markerRow + placed.row * m_rowHeight;
            const qreal pad = metrics.averageCharWidth() * 0.3;
            painter.fillRect(QRectF(rect.left() + placed.x - pad, labelTop, placed.width + 2 * pad, metrics.height()),
                             lane % 2 == 0 ? laneBackground : QColor(Qt::white));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            const QString label = metrics.elidedText(numbered(item), Qt::ElideRight, plotWidth * 0.6);
            painter.drawText(QPointF(rect.left() + placed.x, labelTop + metrics.ascent()), label);
        }
    }
    for (const Placed &placed : m_placed) {
        const Item &item = m_items.at(placed.item);
        const int lane = laneOf(placed);
        const QColor color = laneColors[lane % std::size(laneColors)];
        const qreal centerY = laneTops.at(lane) + m_markerRow * 0.5;
        const qreal x1 = xOf(item.first, plotLeft, plotWidth);
        const qreal x2 = std::max(xOf(item.last.addDays(1), plotLeft, plotWidth), x1 + 2 * radius);
        painter.setPen(QPen(color, hairline * 3));
        painter.setBrush(item.approximate ? QBrush(Qt::white) : QBrush(color));
        if (item.first == item.last) {
            painter.drawEllipse(QPointF(x1, centerY), radius, radius);
        } else {
            painter.drawRoundedRect(QRectF(x1, centerY - radius, x2 - x1, 2 * radius), radius * 0.5, radius * 0.5);
        }
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace Newsline
