#pragma once

#include "corpus.h"

#include <QAbstractListModel>
#include <QDate>

namespace Newsline {

/// The articles of a corpus as a list of titles.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        FileRole = Qt::UserRole,
        SourceRole,
        /// QDate.
        PublishedRole,
        /// int: number of quotes, figures and events found, for a reader's sense of what is in it.
        FigureCountRole,
        QuoteCountRole,
    };
    Q_ENUM(Role)

    explicit ArticleListModel(QObject *parent = nullptr);

    /// Shows the articles of a corpus; the corpus must outlive the model or be replaced first (nullptr empties).
    void setCorpus(const Corpus *corpus);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// What a list of articles shows when the pointer rests on one: its file, source and publication date.
    [[nodiscard]] static QString toolTip(const QString &file, const QString &source, const QDate &published);

private:
    const Corpus *m_corpus = nullptr;
};

} // namespace Newsline
