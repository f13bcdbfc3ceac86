#include "mainwindow.h"

#include "articletextview.h"

#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Newsline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articleList(new QListWidget(this))
    , m_textView(new ArticleTextView(this))
{
    setWindowTitle(tr("Newsline"));
    m_articleList->setAccessibleName(tr("Articles"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_articleList);
    splitter->addWidget(m_textView);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    connect(m_articleList, &QListWidget::currentRowChanged, this, &MainWindow::showArticle);
    resize(1200, 800);
}

void MainWindow::setCorpus(Corpus corpus)
{
    m_corpus = std::move(corpus);
    m_articleList->clear();
    for (const Article &article : std::as_const(m_corpus.articles)) {
        m_articleList->addItem(article.displayTitle());
    }
    statusBar()->showMessage(tr("%n article(s)", nullptr, int(m_corpus.articles.size())));
    if (!m_corpus.articles.isEmpty()) {
        m_articleList->setCurrentRow(0);
    } else {
        m_textView->clearArticle();
    }
}

void MainWindow::showReadErrors(const QStringList &messages)
{
    if (messages.isEmpty()) {
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Some files could not be read"),
                        tr("%n file(s) could not be read.", nullptr, int(messages.size())), QMessageBox::Close, this);
    box->setDetailedText(messages.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showArticle(int row)
{
    if (row < 0 || row >= m_corpus.articles.size()) {
        m_textView->clearArticle();
        return;
    }
    m_textView->setArticle(m_corpus.articles.at(row));
}

} // namespace Newsline
