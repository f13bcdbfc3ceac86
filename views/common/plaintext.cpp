#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Newsline::PlainText {

QString toolTip(const QString &text)
{
    // Qt guesses whether a tooltip is rich text from its first tag: a name like '<b>x</b>' would render (and an <img>
    // would load a local file). Escaped inside a paragraph it is always rich text whose content is the text itself.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

namespace {

// Answers the viewport's tooltip requests before the delegate does, which would hand the model's text to the guess.
class ItemToolTips : public QObject
{
public:
    explicit ItemToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport()) {
            return false;
        }
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTip(text), m_view->viewport(), m_view->visualRect(index));
        }
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void showItemToolTipsAsWritten(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ItemToolTips(view));
}

} // namespace Newsline::PlainText
