#pragma once

#include "corpus.h"

#include <QAbstractTableModel>

namespace Newsline {

/// Every quote of a corpus as a table: speaker, role, quote, date, article.
class QuoteListModel : public QAbstractTableModel
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
        /// int: index of the article in the corpus.
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
        /// QString: speaker, role and quote together, what a search looks through.
        SearchTextRole,
        SortRole,
        /// int: Quote::Kind, a direct quotation or quoted words inside reported speech.
        KindRole,
    };
    Q_ENUM(Role)

    explicit QuoteListModel(QObject *parent = nullptr);

    /// Shows the quotes of a corpus; the corpus must outlive the model or be replaced first (nullptr empties).
    void setCorpus(const Corpus *corpus);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Speakers and their roles, sorted and without repeats, for completing a person filter.
    [[nodiscard]] QStringList speakersAndRoles() const;
    /// Row of the quote at that place of an article, or -1.
    [[nodiscard]] int rowOf(int article, int start) const;

private:
    struct Row
    {
        int article;
        int quote;
        QString title;
    };

    [[nodiscard]] QString speakerTitle(const Row &row) const;

    const Corpus *m_corpus = nullptr;
    QList<Row> m_rows;
};

} // namespace Newsline
