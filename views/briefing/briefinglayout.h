#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Newsline {

/// Flows measured blocks onto pages: headings stay with what follows, table rows never split, table headers repeat.
class BriefingLayout
{
public:
    /// Something drawn in one piece, as tall as measured.
    struct Block
    {
        qreal height = 0;
        std::function<void(QPainter &painter, const QRectF &rect)> paint;
        /// Never the last block of a page when the next one moves on (headings, table headers).
        bool keepWithNext = false;
        bool pageBreakBefore = false;
        /// Block drawn first when this block begins a page (a table's header row); -1 for none.
        int repeatHeader = -1;
    };
    /// Text wrapped to a width, laid out once, drawn later.
    struct TextBox
    {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
        qreal width = 0;
        /// Draws the text with its top-left corner at (x, y) in the painter's pen, never outside its box.
        void draw(QPainter &painter, qreal x, qreal y) const;
    };
    /// One column of a table: its title, its share of the width and how its cells align.
    struct Column
    {
        QString title;
        qreal weight = 1;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    /// Draws the running header and footer of a page (0-based) of pageCount.
    using Decoration = std::function<void(QPainter &painter, int page, int pageCount)>;
    /// Called after each block painted with (done, total); return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    /// Lays out a body of the given size measured on device (the PDF writer, for its resolution).
    BriefingLayout(QPaintDevice *device, const QSizeF &body);

    /// Wraps text to width, breaking long words (paths, URLs) rather than letting them overflow; text taller than a
    /// third of the page is cut at a line and ends in an ellipsis.
    [[nodiscard]] TextBox text(const QString &text, const QFont &font, qreal width,
                               Qt::Alignment alignment = Qt::AlignLeft) const;
    /// Appends a block and returns its index.
    int add(Block block);
    /// Appends a paragraph of wrapped text, indented, in a colour, with space above.
    int addText(const QString &text, const QFont &font, qreal spaceBefore = 0, qreal indent = 0,
                const QColor &color = Qt::black, bool keepWithNext = false);
    /// Appends a table: a header row that repeats on every page and rows that never split.
    void addTable(const QList<Column> &columns, const QList<QStringList> &rows, const QFont &font,
                  const QFont &headerFont, qreal spaceBefore);
    /// Appends empty space (dropped at the top of a page).
    void addSpace(qreal height);
    /// The device text is measured on.
    [[nodiscard]] QPaintDevice *device() const { return m_device; }
    /// Width of the body.
    [[nodiscard]] qreal width() const { return m_body.width(); }
    /// Places every block on pages and returns the page count.
    int paginate();
    /// Paints the pages onto the device (which must be the painter's), body offset by origin; false when stopped.
    bool paint(QPainter &painter, QPagedPaintDevice &device, const QPointF &origin, const Decoration &decoration,
               const Progress &progress) const;
    /// Number of pages after paginate().
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }

private:
    struct Placement
    {
        int block;
        qreal y;
    };

    QPaintDevice *m_device;
    QSizeF m_body;
    QList<Block> m_blocks;
    QList<bool> m_spacers;
    QList<QList<Placement>> m_pages;
};

} // namespace Newsline
