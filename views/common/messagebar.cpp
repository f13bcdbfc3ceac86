#include "messagebar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Newsline {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc7));
    pal.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(pal);
    m_label->setWordWrap(true);
    // Lines come from files and workspaces; they are escaped into this rich text, never guessed at.
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &headline, const QStringList &lines)
{
    m_headline = headline;
    m_lines = lines;
    QString html = u"<b>%1</b>"_s.arg(headline.toHtmlEscaped());
    // A long list would push the window's content away; the rest is counted.
    const int shown = std::min<int>(int(lines.size()), 8);
    for (int i = 0; i < shown; ++i) {
        html += u"<br/>"_s + lines.at(i).toHtmlEscaped();
    }
    if (lines.size() > shown) {
        html += u"<br/>"_s + tr("and %n more", nullptr, int(lines.size()) - shown).toHtmlEscaped();
    }
    m_label->setText(html);
    show();
}

QString MessageBar::headline() const
{
    return m_headline;
}

void MessageBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Newsline
