#include "quotelistmodel.h"
#include "dateformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsline {

QuoteListModel::QuoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteListModel::setCorpus(const Corpus *corpus)
{
    beginResetModel();
    m_corpus = corpus;
    m_rows.clear();
    if (m_corpus) {
        for (qsizetype a = 0; a < m_corpus->articles.size(); ++a) {
            for (qsizetype q = 0; q < m_corpus->articles.at(a).quotes.size(); ++q) {
                Row row{int(a), int(q), {}};
                row.title = speakerTitle(row);
                m_rows.append(row);
            }
        }
    }
    endResetModel();
}

QString QuoteListModel::speakerTitle(const Row &row) const
{
    const Article &article = m_corpus->articles.at(row.article);
    const Quote &quote = article.quotes.at(row.quote);
    if (!quote.speakerRole.isEmpty()) {
        return quote.speakerRole;
    }
    // The quote may not carry the role itself when the article states it once, elsewhere.
    const Entity *speaker = quote.speaker.isEmpty() ? nullptr : article.entity(quote.speaker);
    if (!speaker || speaker->roles.isEmpty()) {
        return {};
    }
    const Newsline::Role &role = speaker->roles.constFirst();
    return role.organisation.isEmpty() ? role.title : tr("%1 of %2").arg(role.title, role.organisation);
}

int QuoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Article &article = m_corpus->articles.at(row.article);
    const Quote &quote = article.quotes.at(row.quote);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return quote.speaker.isEmpty() ? tr("unknown speaker") : quote.speaker;
        case RoleColumn:
            return row.title;
        case QuoteColumn:
            return quote.text;
        case DateColumn:
            return article.published.isValid() ? DateFormat::day(article.published) : QString();
        case ArticleColumn:
            return article.displayTitle();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn && quote.kind == Quote::Kind::Partial) {
            return tr("Quoted words inside reported speech: %1").arg(quote.text);
        }
        return index.column() == QuoteColumn || index.column() == ArticleColumn ? data(index, Qt::DisplayRole)
                                                                                : QVariant();
    case KindRole:
        return int(quote.kind);
    case ArticleRole:
        return row.article;
    case StartRole:
        return quote.start;
    case EndRole:
        return quote.end;
    case SpeakerRole:
        return quote.speaker;
    case SpeakerTitleRole:
        return row.title;
    case PublishedRole:
        return article.published;
    case SearchTextRole:
        return QString(quote.speaker + u'\n' + row.title + u'\n' + quote.text);
    case SortRole:
        if (index.column() == DateColumn) {
            return article.published.isValid() ? article.published.toJulianDay() : qint64(0);
        }
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case RoleColumn:
        return tr("Role");
    case QuoteColumn:
        return tr("Quote");
    case DateColumn:
        return tr("Date");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

QStringList QuoteListModel::speakersAndRoles() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        const Quote &quote = m_corpus->articles.at(row.article).quotes.at(row.quote);
        if (!quote.speaker.isEmpty()) {
            names.append(quote.speaker);
        }
        if (!row.title.isEmpty()) {
            names.append(row.title);
        }
    }
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

int QuoteListModel::rowOf(int article, int start) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.article == article && m_corpus->articles.at(article).quotes.at(row.quote).start == start) {
            return int(i);
        }
    }
    return -1;
}

} // namespace Newsline
