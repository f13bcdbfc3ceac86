#pragma once

#include "idfilterproxymodel.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Newsline {

class HighlightDelegate;
class WorkspaceQuoteModel;

/// Finds what people said: a search field and a person filter (completing speakers and roles) over a workspace's
/// quotes, a table with speaker, role, quote, date and article; matches are highlighted.
class QuoteSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteSearchPanel(QWidget *parent = nullptr);

    /// Pause after a keystroke before a workspace is searched, so that typing a word runs one query, not one per
    /// letter.
    static constexpr int DebounceMs = 150;

    /// The quotes to search: the fields drive the model's query (after DebounceMs when typed), results keep the
    /// search's rank order until a header is clicked. Not owned; nullptr detaches.
    void setModel(WorkspaceQuoteModel *model);
    /// The model searched; nullptr when none.
    [[nodiscard]] WorkspaceQuoteModel *model() const { return m_model; }
    /// Searches for words (as if typed).
    void setSearchText(const QString &text);
    /// Restricts to a speaker or role (as if typed).
    void setPerson(const QString &person);
    /// Puts the keyboard focus in the search field, its text selected.
    void focusSearch();
    /// Makes the quote at that place of an article (a workspace article id) the current result, clearing the search
    /// and person when they hide it; the list reads on until the quote is there.
    void showQuote(int article, int start);

    [[nodiscard]] QTableView *resultView() const { return m_view; }
    /// The proxy between the model and the table, which sorts by a clicked header.
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Number of quotes matching the search and person, fetched or not.
    [[nodiscard]] int resultCount() const;
    /// Lists only the quotes of these workspace articles (the window's filter); restrict false lists every quote.
    void setArticleFilter(const QSet<int> &articleIds, bool restrict);
    /// Number of quotes listed (fetched and kept by the article filter).
    [[nodiscard]] int listedCount() const;

Q_SIGNALS:
    /// A result was chosen (clicked, or moved to with the keyboard): the quote at [start, end) of an article.
    void quoteChosen(int article, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCompletion();
    void applyQuery();
    void setUpColumns();
    void updateCount();
    void retranslate();

    WorkspaceQuoteModel *m_model = nullptr;
    IdFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_person = nullptr;
    QCompleter *m_completer = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    HighlightDelegate *m_delegate = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Newsline
