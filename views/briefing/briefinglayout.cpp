#include "briefinglayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace Newsline {

BriefingLayout::BriefingLayout(QPaintDevice *device, const QSizeF &body)
    : m_device(device)
    , m_body(body)
{
}

void BriefingLayout::TextBox::draw(QPainter &painter, qreal x, qreal y) const
{
    if (layout) {
        painter.save();
        // Wrapping keeps lines inside the width; the clip keeps any glyph overhang inside the box as well.
        const qreal slack = height * 0.05 + 1;
        painter.setClipRect(QRectF(x - slack, y, width + 2 * slack, height + slack), Qt::IntersectClip);
        layout->draw(&painter, QPointF(x, y));
        painter.restore();
    }
}

namespace {

// Lays text out in lines of width; the height of the lines and the start of the last line that fits in maxHeight when
// more lines follow it (-1 if every line fits), where an elided rest of the text goes instead.
qreal layOut(QTextLayout &layout, qreal width, qreal maxHeight, int *cut)
{
    qreal y = 0;
    *cut = -1;
    int lastStart = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (y > 0 && y + line.height() > maxHeight && *cut < 0) {
            *cut = lastStart;
        }
        lastStart = line.textStart();
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

BriefingLayout::TextBox BriefingLayout::text(const QString &text, const QFont &font, qreal width,
                                             Qt::Alignment alignment) const
{
    QTextOption option(alignment);
    // Paths and URLs are single long words: breaking them is better than letting them run off the paper.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const auto make = [&](const QString &shown) {
        auto layout = std::make_shared<QTextLayout>(shown, font, m_device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        return layout;
    };
    // A 5,000-character title or a 2,000-character company name must not fill pages or run over the footer.
    const qreal maxHeight = m_body.height() / 3;
    auto layout = make(text);
    int cut = -1;
    qreal height = layOut(*layout, width, maxHeight, &cut);
    if (cut >= 0) {
        // The lines that fit but the last, then one line of what follows, elided.
        const QFontMetricsF metrics(font, m_device);
        QString rest = text.mid(cut);
        rest.replace(u'\n', u' ');
        rest.replace(QChar::LineSeparator, u' ');
        rest.replace(QChar::ParagraphSeparator, u' ');
        const QString lastLine = metrics.elidedText(rest.left(4096), Qt::ElideRight, width * 0.98);
        QString shown = text.left(cut);
        shown.append(lastLine);
        layout = make(shown);
        height = std::min(layOut(*layout, width, maxHeight, &cut), maxHeight);
    }
    return {std::move(layout), height, width};
}

int BriefingLayout::add(Block block)
{
    m_blocks.append(std::move(block));
    m_spacers.append(false);
    return int(m_blocks.size()) - 1;
}

int BriefingLayout::addText(const QString &text, const QFont &font, qreal spaceBefore, qreal indent,
                            const QColor &color, bool keepWithNext)
{
    const TextBox box = this->text(text, font, m_body.width() - indent);
    Block block;
    block.height = spaceBefore + box.height;
    block.keepWithNext = keepWithNext;
    block.paint = [box, spaceBefore, indent, color](QPainter &painter, const QRectF &rect) {
        painter.setPen(color);
        box.draw(painter, rect.left() + indent, rect.top() + spaceBefore);
    };
    return add(std::move(block));
}

void BriefingLayout::addTable(const QList<Column> &columns, const QList<QStringList> &rows, const QFont &font,
                              const QFont &headerFont, qreal spaceBefore)
{
    qreal totalWeight = 0;
    for (const Column &column : columns) {
        totalWeight += column.weight;
    }
    const qreal padding = QFontMetricsF(font, m_device).height() * 0.25;
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal x = 0;
    for (const Column &column : columns) {
        const qreal w = m_body.width() * column.weight / totalWeight;
        lefts.append(x);
        widths.append(w);
        x += w;
    }
    const auto rowBlock = [&](const QStringList &cells, const QFont &cellFont, bool header, bool shaded) {
        QList<TextBox> boxes;
        qreal height = 0;
        for (int c = 0; c < columns.size(); ++c) {
            boxes.append(text(cells.value(c), cellFont, widths.at(c) - 2 * padding,
                              header ? Qt::AlignLeft : columns.at(c).alignment));
            height = std::max(height, boxes.last().height);
        }
        Block block;
        block.height = height + 2 * padding;
        block.paint = [boxes, lefts, widths, padding, header, shaded](QPainter &painter, const QRectF &rect) {
            if (header || shaded) {
                painter.fillRect(rect, header ? QColor(0xdd, 0xe4, 0xee) : QColor(0xf4, 0xf6, 0xf9));
            }
            painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb4), padding * 0.12));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
            painter.setPen(Qt::black);
            for (int c = 0; c < boxes.size(); ++c) {
                boxes.at(c).draw(painter, rect.left() + lefts.at(c) + padding, rect.top() + padding);
            }
        };
        return block;
    };
    addSpace(spaceBefore);
    QStringList titles;
    for (const Column &column : columns) {
        titles.append(column.title);
    }
    Block header = rowBlock(titles, headerFont, true, false);
    header.keepWithNext = true;
    const int headerIndex = add(std::move(header));
    for (int r = 0; r < rows.size(); ++r) {
        Block row = rowBlock(rows.at(r), font, false, r % 2 == 1);
        row.repeatHeader = headerIndex;
        add(std::move(row));
    }
}

void BriefingLayout::addSpace(qreal height)
{
    Block block;
    block.height = height;
    m_blocks.append(std::move(block));
    m_spacers.append(true);
}

int BriefingLayout::paginate()
{
    m_pages = {QList<Placement>()};
    qreal y = 0;
    int lastPlaced = -1;
    const qreal pageHeight = m_body.height();
    const auto newPage = [&] {
        m_pages.append(QList<Placement>());
        y = 0;
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        if (m_spacers.at(i)) {
            if (y > 0 && y + block.height <= pageHeight) {
                y += block.height;
            }
            continue;
        }
        if (block.pageBreakBefore && y > 0) {
            newPage();
        }
        // A heading moves on with the first lines it introduces; the chain is capped at a page so it cannot loop.
        qreal chain = block.height;
        for (int j = i; j + 1 < m_blocks.size() && chain < pageHeight; ++j) {
            // Spacers between a heading and its text do not break the chain.
            if (!m_blocks.at(j).keepWithNext && !m_spacers.at(j)) {
                break;
            }
            chain += m_blocks.at(j + 1).height;
        }
        if (y > 0 && y + std::min(chain, pageHeight) > pageHeight) {
            newPage();
        }
        if (y == 0 && block.repeatHeader >= 0 && lastPlaced != block.repeatHeader) {
            m_pages.last().append(Placement{block.repeatHeader, y});
            y += m_blocks.at(block.repeatHeader).height;
        }
        m_pages.last().append(Placement{i, y});
        y += block.height;
        lastPlaced = i;
    }
    return int(m_pages.size());
}

bool BriefingLayout::paint(QPainter &painter, QPagedPaintDevice &device, const QPointF &origin,
                           const Decoration &decoration, const Progress &progress) const
{
    const int total = int(m_blocks.size());
    int done = 0;
    for (int p = 0; p < m_pages.size(); ++p) {
        if (p > 0) {
            device.newPage();
        }
        if (decoration) {
            painter.save();
            decoration(painter, p, int(m_pages.size()));
            painter.restore();
        }
        for (const Placement &placement : m_pages.at(p)) {
            const Block &block = m_blocks.at(placement.block);
            if (block.paint) {
                painter.save();
                block.paint(painter, QRectF(origin.x(), origin.y() + placement.y, m_body.width(), block.height));
                painter.restore();
            }
            ++done;
            if (progress && done % 16 == 0 && !progress(std::min(done, total), total)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace Newsline
