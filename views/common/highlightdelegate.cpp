#include "highlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Newsline {

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void HighlightDelegate::setWords(const QStringList &words)
{
    m_words = words;
}

QList<QPair<int, int>> HighlightDelegate::matches(const QString &text, const QStringList &words)
{
    QList<QPair<int, int>> found;
    for (const QString &word : words) {
        if (word.isEmpty()) {
            continue;
        }
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            found.append({int(at), int(word.size())});
        }
    }
    std::sort(found.begin(), found.end());
    QList<QPair<int, int>> merged;
    for (const auto &match : std::as_const(found)) {
        if (!merged.isEmpty() && match.first <= merged.last().first + merged.last().second) {
            const int end = std::max(merged.last().first + merged.last().second, match.first + match.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(match);
        }
    }
    return merged;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QPair<int, int>> found = matches(opt.text, m_words);
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    const QString elided = metrics.elidedText(text, Qt::ElideRight, textRect.width());
    QList<QTextLayout::FormatRange> formats;
    for (const auto &match : found) {
        if (match.first >= elided.size()) {
            break;
        }
        QTextLayout::FormatRange range;
        range.start = match.first;
        range.length = std::min<int>(match.second, int(elided.size()) - match.first);
        range.format.setBackground(QColor(0xff, 0xe0, 0x66));
        range.format.setForeground(QColor(0x20, 0x1a, 0x00));
        range.format.setFontWeight(QFont::Bold);
        formats.append(range);
    }
    QTextLayout layout(elided, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width() + 40);
    layout.endLayout();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const double y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace Newsline
