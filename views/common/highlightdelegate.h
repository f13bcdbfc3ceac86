#pragma once

#include <QStyledItemDelegate>

namespace Newsline {

/// Draws an item's text with the given words highlighted (search matches), case and accents aside.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject *parent = nullptr);

    /// Words to highlight; empty highlights nothing.
    void setWords(const QStringList &words);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Start and length of each match of the words in text, sorted and merged.
    [[nodiscard]] static QList<QPair<int, int>> matches(const QString &text, const QStringList &words);

private:
    QStringList m_words;
};

} // namespace Newsline
