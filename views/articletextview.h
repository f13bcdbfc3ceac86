#pragma once

#include "article.h"

#include <QTextBrowser>

namespace Newsline {

/// Shows an article's text with its metadata on top and its boilerplate dimmed.
class ArticleTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    /// Shows an article (replacing the one shown).
    void setArticle(const Article &article);
    /// Shows nothing.
    void clearArticle();
    /// Document position of an article text offset (the metadata block comes first).
    [[nodiscard]] int documentPosition(int textOffset) const { return m_textStart + textOffset; }

private:
    int m_textStart = 0;
};

} // namespace Newsline
