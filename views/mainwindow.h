#pragma once

#include "corpus.h"

#include <QMainWindow>

class QListWidget;

namespace Newsline {

class ArticleTextView;

/// The main window: the corpus's articles and the selected one's text.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Replaces the shown corpus.
    void setCorpus(Corpus corpus);
    /// Shows problems with inputs (one line each) in a dismissible message.
    void showReadErrors(const QStringList &messages);
    [[nodiscard]] const Corpus &corpus() const { return m_corpus; }

private:
    void showArticle(int row);

    Corpus m_corpus;
    QListWidget *m_articleList = nullptr;
    ArticleTextView *m_textView = nullptr;
};

} // namespace Newsline
