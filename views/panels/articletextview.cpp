#include "articletextview.h"

#include "briefingformat.h"
#include "plaintext.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Marks must stay legible on a dark palette too: pick the light or dark variant from the base colour.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

// Case and accents aside, like QuoteFilterModel: each character folded alone, so that a match in the folded text
// maps back to the characters the reader sees (a folded character may become none or several).
QString foldedWithMap(const QString &text, QList<int> *map)
{
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one = QString(text.at(i)).normalized(QString::NormalizationForm_D);
        one.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        one = one.toCaseFolded();
        folded += one;
        if (map) {
            for (qsizetype k = 0; k < one.size(); ++k) {
                map->append(int(i));
            }
        }
    }
    return folded;
}

// Where each word occurs at the start of a word of text, as the full-text search matches words and prefixes.
QList<TextSpan> wordMatches(const QString &text, const QStringList &words)
{
    QList<int> map;
    const QString folded = foldedWithMap(text, &map);
    QList<TextSpan> found;
    for (const QString &word : words) {
        const QString needle = foldedWithMap(word.trimmed(), nullptr);
        if (needle.isEmpty()) {
            continue;
        }
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            if (at > 0 && folded.at(at - 1).isLetterOrNumber()) {
                continue;
            }
            found.append({map.at(at), map.at(at + needle.size() - 1) + 1});
        }
    }
    std::sort(found.begin(), found.end(), [](const TextSpan &a, const TextSpan &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QList<TextSpan> merged;
    for (const TextSpan &span : std::as_const(found)) {
        if (!merged.isEmpty() && span.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, span.end);
        } else {
            merged.append(span);
        }
    }
    return merged;
}

} // namespace

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Article text"));
    setOpenLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleTextView::onAnchor);
}

void ArticleTextView::clearArticle()
{
    clear();
    m_textStart = 0;
    m_articleIndex = -1;
    m_shown = {};
    m_highlight = {};
    m_words.clear();
    m_wordSpans.clear();
    setExtraSelections({});
}

void ArticleTextView::setArticle(const Article &article, int index)
{
    clear();
    setExtraSelections({});
    m_highlight = {};
    m_words.clear();
    m_wordSpans.clear();
    m_shown = article;
    m_articleIndex = index;
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
        meta.append(tr("translated from %1").arg(BriefingFormat().language(article.originalLanguage)));
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
    markSpans();
    moveCursor(QTextCursor::Start);
}

void ArticleTextView::markSpans()
{
    const Article &article = m_shown;
    const QPalette pal = palette();
    auto apply = [this](int start, int end, const QTextCharFormat &format) {
        if (start < 0 || end <= start || end > m_shown.text.size()) {
            return;
        }
        QTextCursor c(document());
        c.setPosition(documentPosition(start));
        c.setPosition(documentPosition(end), QTextCursor::KeepAnchor);
        c.mergeCharFormat(format);
    };

    QTextCharFormat dimmed;
    dimmed.setForeground(pal.color(QPalette::PlaceholderText));
    dimmed.setFontItalic(true);
    for (const TextSpan &span : article.boilerplate) {
        apply(span.start, span.end, dimmed);
    }
    // Widest marks first, so a name or figure inside a quote keeps its own style on top of the quote's.
    for (qsizetype i = 0; i < article.quotes.size(); ++i) {
        const Quote &quote = article.quotes.at(i);
        QTextCharFormat format;
        format.setBackground(pick(pal, 0xfff4dc, 0x4a3b17));
        format.setFontItalic(true);
        format.setAnchor(true);
        format.setAnchorHref(u"quote:%1"_s.arg(i));
        format.setToolTip(PlainText::toolTip(quote.speaker.isEmpty() ? tr("Quote (speaker unknown)")
                                                                     : tr("Quote: %1").arg(quote.speaker)));
        apply(quote.start, quote.end, format);
    }
    QTextCharFormat name;
    name.setForeground(pick(pal, 0x5b2c83, 0xd7b8f3));
    name.setFontWeight(QFont::DemiBold);
    for (const Entity &entity : article.entities) {
        name.setToolTip(PlainText::toolTip(entity.name));
        for (const TextSpan &mention : entity.mentions) {
            apply(mention.start, mention.end, name);
        }
    }
    QTextCharFormat date;
    date.setForeground(pick(pal, 0x0b4f9c, 0x8cc4ff));
    date.setUnderlineStyle(QTextCharFormat::DashUnderline);
    date.setUnderlineColor(pick(pal, 0x0b4f9c, 0x8cc4ff));
    for (const Timex &timex : article.timexes) {
        date.setToolTip(PlainText::toolTip(tr("Date: %1").arg(timex.value)));
        apply(timex.start, timex.end, date);
    }
    for (qsizetype i = 0; i < article.figures.size(); ++i) {
        const MoneyFigure &figure = article.figures.at(i);
        QTextCharFormat format;
        format.setForeground(pick(pal, 0x0a5c33, 0xa8f0c8));
        format.setBackground(pick(pal, 0xd8f3e3, 0x1d4a33));
        format.setFontWeight(QFont::Bold);
        format.setAnchor(true);
        format.setAnchorHref(u"figure:%1"_s.arg(i));
        format.setToolTip(
            PlainText::toolTip(tr("Money: %1 %2").arg(Decimal::toString(figure.amount), figure.currency)));
        apply(figure.start, figure.end, format);
    }
}

void ArticleTextView::highlightSentencesOf(const TextSpan &span)
{
    if (!span.isValid() || span.end > m_shown.text.size()) {
        clearHighlight();
        return;
    }
    TextSpan highlight = span;
    bool found = false;
    for (const TextSpan &sentence : std::as_const(m_shown.sentences)) {
        if (sentence.overlaps(span) || (span.length() == 0 && sentence.contains(span.start))) {
            highlight.start = found ? std::min(highlight.start, sentence.start) : sentence.start;
            highlight.end = found ? std::max(highlight.end, sentence.end) : sentence.end;
            found = true;
        }
    }
    m_highlight = highlight;
    m_words.clear();
    m_wordSpans.clear();
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    selection.cursor.setPosition(documentPosition(highlight.start));
    selection.cursor.setPosition(documentPosition(highlight.end), QTextCursor::KeepAnchor);
    selection.format.setBackground(pick(palette(), 0xffe066, 0x6b5a00));
    selection.format.setProperty(QTextFormat::OutlinePen, QPen(pick(palette(), 0xc9a400, 0xffd800)));
    setExtraSelections({selection});

    // Centre the sentence rather than leaving it at the bottom edge, where ensureCursorVisible puts it.
    QTextCursor start(document());
    start.setPosition(documentPosition(highlight.start));
    const QRect rect = cursorRect(start);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

void ArticleTextView::clearHighlight()
{
    m_highlight = {};
    m_words.clear();
    m_wordSpans.clear();
    setExtraSelections({});
}

void ArticleTextView::highlightWords(const QStringList &words)
{
    m_highlight = {};
    m_words = words;
    applyWordHighlight();
    if (m_wordSpans.isEmpty()) {
        return;
    }
    QTextCursor first(document());
    first.setPosition(documentPosition(m_wordSpans.constFirst().start));
    const QRect rect = cursorRect(first);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

void ArticleTextView::applyWordHighlight()
{
    m_wordSpans = wordMatches(m_shown.text, m_words);
    // A colour of its own, apart from the sentence highlight's yellow and the marks' tints, on either palette.
    QTextCharFormat format;
    format.setBackground(pick(palette(), 0x9fd8ff, 0x1f5f8f));
    format.setForeground(pick(palette(), 0x002a4d, 0xffffff));
    format.setProperty(QTextFormat::OutlinePen, QPen(pick(palette(), 0x2b7bb9, 0x8cc4ff)));
    QList<QTextEdit::ExtraSelection> selections;
    for (const TextSpan &span : std::as_const(m_wordSpans)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(documentPosition(span.start));
        selection.cursor.setPosition(documentPosition(span.end), QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QString ArticleTextView::highlightedText() const
{
    if (!m_highlight.isValid()) {
        return {};
    }
    return m_shown.text.mid(m_highlight.start, m_highlight.length());
}

TextSpan ArticleTextView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (m_articleIndex < 0 && m_shown.text.isEmpty()) {
        return {};
    }
    const int length = int(m_shown.text.size());
    const int start = std::clamp(cursor.selectionStart() - m_textStart, 0, length);
    const int end = std::clamp(cursor.selectionEnd() - m_textStart, 0, length);
    return end > start ? TextSpan{start, end} : TextSpan{};
}

void ArticleTextView::selectSpan(const TextSpan &span)
{
    if (!span.isValid() || span.end > m_shown.text.size()) {
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(documentPosition(span.start));
    cursor.setPosition(documentPosition(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleTextView::onAnchor(const QUrl &url)
{
    const QString link = url.toString();
    bool ok = false;
    if (link.startsWith("figure:"_L1)) {
        const int figure = link.mid(7).toInt(&ok);
        if (ok) {
            Q_EMIT figureClicked(m_articleIndex, figure);
        }
    } else if (link.startsWith("quote:"_L1)) {
        const int quote = link.mid(6).toInt(&ok);
        if (ok) {
            Q_EMIT quoteClicked(m_articleIndex, quote);
        }
    }
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_articleIndex >= 0) {
        const TextSpan highlight = m_highlight;
        const QStringList words = m_words;
        setArticle(Article(m_shown), m_articleIndex);
        if (highlight.isValid()) {
            highlightSentencesOf(highlight);
        } else if (!words.isEmpty()) {
            m_words = words;
            applyWordHighlight();
        }
    }
}

} // namespace Newsline
