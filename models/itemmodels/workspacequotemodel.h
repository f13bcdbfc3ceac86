#pragma once

#include "workspacerows.h"

#include <QAbstractTableModel>

namespace Newsline {

class Workspace;

/// The quotes of a workspace as a table (speaker, role, quote, date, article), read from the database: every quote
/// page by page as the view scrolls, or the best matches of a search.
class WorkspaceQuoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SpeakerColumn,
        RoleColumn,
        QuoteColumn,
        DateColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role
    {
        /// int: workspace id of the quote's article.
        ArticleRole = Qt::UserRole,
        /// int: start of the quoted words in the article.
        StartRole,
        /// int: end of the quoted words in the article.
        EndRole,
        /// QString: canonical speaker name, empty when unknown.
        SpeakerRole,
        /// QString: the speaker's title and organisation, empty when unknown.
        SpeakerTitleRole,
        /// QDate: publication date of the article.
        PublishedRole,
        /// Sorts a column: dates by day, other columns by their text.
        SortRole,
        /// int: Quote::Kind, a direct quotation or quoted words inside reported speech.
        KindRole,
        /// QString: the quote's words around the search matches, each match between SnippetOpen and SnippetClose;
        /// empty when browsing without search words.
        SnippetRole,
        /// double: full-text rank of a search result (lower is better); 0 when browsing.
        RankRole,
        /// bool: the analyst set the speaker.
        CorrectedRole,
        /// bool: the analyst added the quote from selected text.
        AddedRole,
    };
    Q_ENUM(Role)

    /// Quotes read per fetchMore() when browsing.
    static constexpr int PageSize = 200;
    /// Search results kept, best first.
    static constexpr int SearchLimit = 500;
    /// Marks around matched words in SnippetRole (private-use characters, never in article text).
    static constexpr QChar SnippetOpen = QChar(0xE000);
    static constexpr QChar SnippetClose = QChar(0xE001);

    explicit WorkspaceQuoteModel(QObject *parent = nullptr);

    /// Shows the quotes of a workspace, which must outlive the model or be replaced first (nullptr empties); keeps
    /// the query.
    void setWorkspace(const Workspace *workspace);
    /// The workspace shown; nullptr when none.
    [[nodiscard]] const Workspace *workspace() const { return m_workspace; }
    /// Without words, every quote (of the person when given) by date, page by page; with words, the best
    /// SearchLimit matches in rank order. The person matches a speaker name or role ("smith", "brad smith", "CEO").
    void setQuery(const QString &words, const QString &person);
    /// Runs the query again (after an import).
    void reload();

    [[nodiscard]] QString words() const { return m_words; }
    [[nodiscard]] QString person() const { return m_person; }
    /// True when the rows are search results in rank order, false when browsing by date.
    [[nodiscard]] bool isSearch() const { return m_search; }
    /// Number of quotes matching the query, fetched or not (a search shows at most SearchLimit of them).
    [[nodiscard]] int totalCount() const { return m_total; }
    /// Speakers and roles of the whole workspace, sorted, for completing a person field.
    [[nodiscard]] QStringList speakersAndRoles() const;
    /// Row of the quote at that place of a workspace article when it is fetched, else -1.
    [[nodiscard]] int rowOf(int articleId, int start) const;
    /// When browsing, reads on until the quote at that place of a workspace article is fetched and returns its row;
    /// -1 when it is not among the quotes listed (another person's, or the rows are search results).
    int fetchUntil(int articleId, int start);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The workspace was replaced or read again: its speakers and roles may have changed (not sent by setQuery).
    void workspaceReloaded();

private:
    void runQuery();

    const Workspace *m_workspace = nullptr;
    QString m_words;
    QString m_person;
    bool m_search = false;
    int m_total = 0;
    /// True inside fetchMore(): a view or tester reacting to the insertion must not fetch the same page again.
    bool m_fetching = false;
    QList<QuoteHit> m_rows;
};

} // namespace Newsline
