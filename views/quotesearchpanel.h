#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QCompleter;
class QLabel;

namespace Newsline {

class HighlightDelegate;
class QuoteFilterModel;
class QuoteListModel;

/// Finds what people said: a search field and a person filter (completing speakers and roles) over a table of
/// quotes with speaker, role, quote, date and article; matches are highlighted.
class QuoteSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteSearchPanel(QWidget *parent = nullptr);

    /// The quotes to search; the panel does not own the model.
    void setModel(QuoteListModel *model);
    /// Searches for words (as if typed).
    void setSearchText(const QString &text);
    /// Restricts to a speaker or role (as if typed).
    void setPerson(const QString &person);
    /// Puts the keyboard focus in the search field, its text selected.
    void focusSearch();
    /// Makes the quote at that place of an article the current result (clearing filters that hide it).
    void showQuote(int article, int start);

    [[nodiscard]] QTableView *resultView() const { return m_view; }
    [[nodiscard]] QuoteFilterModel *filterModel() const { return m_filter; }
    /// Number of results shown.
    [[nodiscard]] int resultCount() const;

Q_SIGNALS:
    /// A result was chosen (clicked, or moved to with the keyboard): the quote at [start, end) of an article.
    void quoteChosen(int article, int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCompletion();
    void updateCount();
    void retranslate();

    QuoteListModel *m_model = nullptr;
    QuoteFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_person = nullptr;
    QCompleter *m_completer = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    HighlightDelegate *m_delegate = nullptr;
};

} // namespace Newsline
