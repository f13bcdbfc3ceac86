#include "articlelistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsline {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleListModel::setCorpus(const Corpus *corpus)
{
    beginResetModel();
    m_corpus = corpus;
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->articles.size());
}

QString ArticleListModel::toolTip(const QString &file, const QString &source, const QDate &published)
{
    QStringList lines{file};
    if (!source.isEmpty()) {
        lines.append(source);
    }
    if (published.isValid()) {
        lines.append(tr("published %1").arg(QLocale().toString(published, QLocale::LongFormat)));
    }
    return lines.join(u'\n');
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Article &article = m_corpus->articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return article.displayTitle();
    case Qt::ToolTipRole:
        return toolTip(article.file, article.source, article.published);
    case FileRole:
        return article.file;
    case SourceRole:
        return article.source;
    case PublishedRole:
        return article.published;
    case FigureCountRole:
        return int(article.figures.size());
    case QuoteCountRole:
        return int(article.quotes.size());
    }
    return {};
}

} // namespace Newsline
