#pragma once

#include "article.h"

#include <QTextBrowser>

namespace Newsline {

/// Shows an article's text with its metadata on top and its boilerplate dimmed; dates, money figures, quotes
/// and names are marked in distinct styles, and one span (an event's sentence, a quote) can be highlighted.
class ArticleTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    /// Shows an article (replacing the one shown); index is its place in the corpus, passed back in signals.
    void setArticle(const Article &article, int index = -1);
    /// Shows nothing.
    void clearArticle();
    /// Corpus index of the article shown, -1 when none.
    [[nodiscard]] int articleIndex() const { return m_articleIndex; }
    /// Document position of an article text offset (the metadata block comes first).
    [[nodiscard]] int documentPosition(int textOffset) const { return m_textStart + textOffset; }

    /// Highlights the sentences a span of the article touches and scrolls them into view.
    void highlightSentencesOf(const TextSpan &span);
    /// Removes the highlight.
    void clearHighlight();
    /// The highlighted span in article offsets; invalid when none.
    [[nodiscard]] TextSpan highlightedSpan() const { return m_highlight; }
    /// The highlighted text as the reader sees it.
    [[nodiscard]] QString highlightedText() const;
    /// The span of the article text the reader selected, clipped to the text; invalid when none of it is selected.
    [[nodiscard]] TextSpan selectedSpan() const;
    /// Selects a span of the article text, as a reader dragging over it would.
    void selectSpan(const TextSpan &span);
    /// The article shown (empty when none).
    [[nodiscard]] const Article &article() const { return m_shown; }
    /// Marks every occurrence of the words (case and accents aside, at the beginning of a word, as the full-text
    /// search matches them) and scrolls to the first; replaced by a sentence highlight or another article.
    void highlightWords(const QStringList &words);
    /// Spans of the article text marked by highlightWords(), in text order.
    [[nodiscard]] QList<TextSpan> highlightedWords() const { return m_wordSpans; }

Q_SIGNALS:
    /// A marked money figure was clicked: articles[article].figures[figure].
    void figureClicked(int article, int figure);
    /// A marked quote was clicked: articles[article].quotes[quote].
    void quoteClicked(int article, int quote);

protected:
    void changeEvent(QEvent *event) override;

private:
    void markSpans();
    void onAnchor(const QUrl &url);
    void applyWordHighlight();

    Article m_shown;
    int m_articleIndex = -1;
    int m_textStart = 0;
    TextSpan m_highlight;
    QStringList m_words;
    QList<TextSpan> m_wordSpans;
};

} // namespace Newsline
