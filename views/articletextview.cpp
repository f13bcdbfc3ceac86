#include "articletextview.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Newsline {

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Article text"));
    setOpenLinks(false);
    setReadOnly(true);
}

void ArticleTextView::clearArticle()
{
    clear();
    m_textStart = 0;
}

void ArticleTextView::setArticle(const Article &article)
{
    clear();
    QTextCursor cursor(document());

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(font().pointSizeF() * 1.3);
    cursor.insertText(article.displayTitle(), titleFormat);

    QTextCharFormat metaFormat;
    metaFormat.setForeground(palette().color(QPalette::PlaceholderText));
    QStringList meta;
    meta.append(article.source.isEmpty() ? tr("Source unknown") : article.source);
    meta.append(article.published.isValid()
                    ? tr("published %1").arg(QLocale().toString(article.published, QLocale::LongFormat))
                    : tr("publication date unknown"));
    if (!article.originalLanguage.isEmpty()) {
        meta.append(tr("translated from %1").arg(article.originalLanguage));
    }
    cursor.insertBlock();
    cursor.insertText(meta.join(u" \u00B7 "_s), metaFormat);
    if (!article.note.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Note: %1").arg(article.note), metaFormat);
    }
    cursor.insertBlock();
    cursor.insertBlock();
    m_textStart = cursor.position();

    cursor.insertText(article.text, QTextCharFormat());

    QTextCharFormat dimmed;
    dimmed.setForeground(palette().color(QPalette::PlaceholderText));
    dimmed.setFontItalic(true);
    for (const TextSpan &span : article.boilerplate) {
        QTextCursor c(document());
        c.setPosition(documentPosition(span.start));
        c.setPosition(documentPosition(span.end), QTextCursor::KeepAnchor);
        c.mergeCharFormat(dimmed);
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Newsline
