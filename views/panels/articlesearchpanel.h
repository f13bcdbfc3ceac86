#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace Newsline {

class Workspace;

/// "Find in articles": full-text search over a workspace's articles, listing each hit with its title, date,
/// source and the words around the matches, the matched words emphasised.
class ArticleSearchPanel : public QWidget
{
    Q_OBJECT

public:
    /// Pause after a keystroke before searching, so that typing a word runs one search, not one per letter.
    static constexpr int DebounceMs = 150;
    /// Hits listed, best first.
    static constexpr int ResultLimit = 200;

    /// Roles of the result list's items.
    enum Role
    {
        /// int: workspace article id.
        ArticleIdRole = Qt::UserRole,
        /// QString: the words around the matches, each match between SnippetOpen and SnippetClose.
        SnippetRole,
        /// QString: date and source as shown under the title.
        DetailsRole,
    };
    /// Marks around matched words in SnippetRole (private-use characters, never in article text).
    static constexpr QChar SnippetOpen = QChar(0xE000);
    static constexpr QChar SnippetClose = QChar(0xE001);

    explicit ArticleSearchPanel(QWidget *parent = nullptr);

    /// The workspace to search, which must outlive the panel or be replaced first; nullptr shows how to make one.
    void setWorkspace(const Workspace *workspace);
    /// Searches for text at once (as if typed and Enter pressed).
    void search(const QString &text);
    /// Runs the last search again (after an import changed the workspace).
    void refresh();
    /// Puts the keyboard focus in the search field, its text selected.
    void focusSearch();
    /// The text searched for last.
    [[nodiscard]] QString searchText() const { return m_searched; }
    /// The words searched for last, for highlighting them in the article.
    [[nodiscard]] QStringList searchWords() const;
    /// Number of articles listed for the last search (at most ResultLimit).
    [[nodiscard]] int resultCount() const;
    /// Number of articles matching the last search, listed or not.
    [[nodiscard]] int matchCount() const { return m_matches; }
    /// The list of hits.
    [[nodiscard]] QListView *resultView() const { return m_view; }
    /// The message shown instead of the list (no workspace, nothing typed, nothing found); empty when hits show.
    [[nodiscard]] QString emptyMessage() const;
    /// A snippet as rich text: its text escaped (never markup), the marked matches emphasised in these colours.
    [[nodiscard]] static QString snippetHtml(const QString &snippet, const QColor &background, const QColor &text);

Q_SIGNALS:
    /// A hit was chosen (clicked, activated or moved to): the workspace article and the words to highlight in it.
    void articleChosen(int articleId, const QStringList &words);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Searches for the field's text; unless forced, only when it differs from the last search.
    void runSearch(bool force);
    void updateState();
    void retranslate();
    void choose(const QModelIndex &index);

    const Workspace *m_workspace = nullptr;
    QString m_searched;
    int m_matches = 0;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_view = nullptr;
    QStandardItemModel *m_results = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Newsline
