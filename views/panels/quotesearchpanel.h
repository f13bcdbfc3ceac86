#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QCompleter;
class QLabel;
class QTimer;

namespace Newsline {

class HighlightDelegate;
class QuoteFilterModel;
class QuoteListModel;
class WorkspaceQuoteModel;

/// Finds what people said: a search field and a person filter (completing speakers and roles) over a table of
/// quotes with speaker, role, quote, date and article; matches are highlighted.
class QuoteSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteSearchPanel(QWidget *parent = nullptr);

    /// Pause after a keystroke before a workspace is searched, so that typing a word runs one query, not one per
    /// letter.
    static constexpr int DebounceMs = 150;

    /// The quotes to search; the panel does not own the model.
    void setModel(QuoteListModel *model);
    /// Searches a workspace instead: the fields drive the model's query (after DebounceMs when typed), results
    /// keep the search's rank order, and quoteChosen() carries workspace article ids. Not owned; nullptr detaches.
    void setWorkspaceModel(WorkspaceQuoteModel *model);
    /// The workspace model searched; nullptr in corpus mode.
    [[nodiscard]] WorkspaceQuoteModel *workspaceModel() const { return m_workspaceModel; }
    /// Searches for words (as if typed).
    void setSearchText(const QString &text);
    /// Restricts to a speaker or role (as if typed).
    void setPerson(const QString &person);
    /// Puts the keyboard focus in the search field, its text selected.
    void focusSearch();
    /// Makes the quote at that place of an article the current result (clearing filters that hide it); in
    /// workspace mode, article is a workspace article id and the list reads on until the quote is there.
    void showQuote(int article, int start);

    [[nodiscard]] QTableView *resultView() const { return m_view; }
    [[nodiscard]] QuoteFilterModel *filterModel() const { return m_filter; }
    /// Number of results: the rows shown, or in workspace mode every matching quote, fetched or not.
    [[nodiscard]] int resultCount() const;

Q_SIGNALS:
    /// A result was chosen (clicked, or moved to with the keyboard): the quote at [start, end) of an article.
    void quoteChosen(int article, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCompletion();
    void applyWorkspaceQuery();
    void detachModels();
    void setUpColumns();
    void updateCount();
    void retranslate();

    QuoteListModel *m_model = nullptr;
    WorkspaceQuoteModel *m_workspaceModel = nullptr;
    QuoteFilterModel *m_filter = nullptr;
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
