#include "workspacequotemodel.h"

#include "dateformat.h"
#include "workspace.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Newsline {

WorkspaceQuoteModel::WorkspaceQuoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkspaceQuoteModel::setWorkspace(const Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void WorkspaceQuoteModel::setQuery(const QString &words, const QString &person)
{
    m_words = words;
    m_person = person.trimmed();
    runQuery();
}

void WorkspaceQuoteModel::reload()
{
    runQuery();
    Q_EMIT workspaceReloaded();
}

void WorkspaceQuoteModel::runQuery()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    // Words that are only punctuation or operators search nothing: browse instead of showing an empty list.
    m_search = !Workspace::ftsQuery(m_words).isEmpty();
    if (m_workspace && m_search) {
        SearchOptions options;
        options.limit = SearchLimit;
        options.openMarker = SnippetOpen;
        options.closeMarker = SnippetClose;
        m_rows = m_workspace->searchQuotesOfPerson(m_words, m_person, options);
        m_total = std::max(int(m_rows.size()), m_workspace->searchQuoteCountOfPerson(m_words, m_person));
    } else if (m_workspace) {
        m_total = m_workspace->quoteCountOfPerson(m_person);
        // The first page comes with the reset, so that the count, rowOf() and a view not yet shown agree.
        for (const QuoteRow &quote : m_workspace->quotesOfPerson(0, PageSize, m_person)) {
            m_rows.append(QuoteHit{quote, {}, 0});
        }
    }
    // Views (and QAbstractItemModelTester) react to the reset by fetching: not before the reset is complete.
    const QScopedValueRollback fetching(m_fetching, true);
    endResetModel();
}

QStringList WorkspaceQuoteModel::speakersAndRoles() const
{
    return m_workspace ? m_workspace->speakersAndRoles() : QStringList();
}

int WorkspaceQuoteModel::rowOf(int articleId, int start) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QuoteRow &quote = m_rows.at(i).quote;
        if (quote.articleId == articleId && quote.start == start) {
            return int(i);
        }
    }
    return -1;
}

int WorkspaceQuoteModel::fetchUntil(int articleId, int start)
{
    const int fetched = rowOf(articleId, start);
    if (fetched >= 0 || !m_workspace || m_search || m_fetching) {
        return fetched;
    }
    const int row = m_workspace->quoteRowOfPerson(articleId, start, m_person);
    if (row < int(m_rows.size())) {
        return -1;
    }
    // The rows up to it in one read and one insertion, rounded up to whole pages as scrolling would fetch them.
    const int wanted = std::min(m_total, (row / PageSize + 1) * PageSize) - int(m_rows.size());
    const QList<QuoteRow> rows = m_workspace->quotesOfPerson(int(m_rows.size()), wanted, m_person);
    if (rows.isEmpty()) {
        return -1;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    for (const QuoteRow &quote : rows) {
        m_rows.append(QuoteHit{quote, {}, 0});
    }
    endInsertRows();
    return rowOf(articleId, start);
}

int WorkspaceQuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkspaceQuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceQuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QuoteHit &hit = m_rows.at(index.row());
    const QuoteRow &quote = hit.quote;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn: {
            const QString speaker = quote.speaker.isEmpty() ? tr("unknown speaker") : quote.speaker;
            // The same mark as a corrected event's field.
            return quote.corrected || quote.added ? speaker + u" \u270E"_s : speaker;
        }
        case RoleColumn:
            return quote.speakerRole;
        case QuoteColumn:
            return quote.text;
        case DateColumn:
            return quote.published.isValid() ? DateFormat::day(quote.published) : QString();
        case ArticleColumn:
            return quote.articleTitle;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SpeakerColumn && quote.corrected) {
            return tr("Speaker set by the analyst; as extracted: %1")
                .arg(quote.extractedSpeaker.isEmpty() ? tr("unknown speaker") : quote.extractedSpeaker);
        }
        if (quote.added && (index.column() == QuoteColumn || index.column() == SpeakerColumn)) {
            return tr("Quote added by the analyst from the article's text: %1").arg(quote.text);
        }
        if (index.column() == QuoteColumn && quote.kind == Quote::Kind::Partial) {
            return tr("Quoted words inside reported speech: %1").arg(quote.text);
        }
        return index.column() == QuoteColumn || index.column() == ArticleColumn ? data(index, Qt::DisplayRole)
                                                                                : QVariant();
    case KindRole:
        return int(quote.kind);
    case ArticleRole:
        return quote.articleId;
    case StartRole:
        return quote.start;
    case EndRole:
        return quote.end;
    case SpeakerRole:
        return quote.speaker;
    case CorrectedRole:
        return quote.corrected;
    case AddedRole:
        return quote.added;
    case SpeakerTitleRole:
        return quote.speakerRole;
    case PublishedRole:
        return quote.published;
    case SortRole:
        if (index.column() == DateColumn) {
            return quote.published.isValid() ? quote.published.toJulianDay() : qint64(0);
        }
        return data(index, Qt::DisplayRole);
    case SnippetRole:
        return hit.snippet;
    case RankRole:
        return hit.rank;
    }
    return {};
}

QVariant WorkspaceQuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
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

bool WorkspaceQuoteModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_workspace && !m_search && m_rows.size() < m_total;
}

void WorkspaceQuoteModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<QuoteRow> page = m_workspace->quotesOfPerson(int(m_rows.size()), PageSize, m_person);
    if (page.isEmpty()) {
        // Quotes went away since counting (another connection): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    for (const QuoteRow &quote : page) {
        m_rows.append(QuoteHit{quote, {}, 0});
    }
    endInsertRows();
}

} // namespace Newsline
