#include "quotefiltermodel.h"

#include "quotelistmodel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Accents aside, so that "Francois" finds "François": decompose and drop the combining marks.
QString folded(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D);
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed.toCaseFolded();
}

} // namespace

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteListModel::SortRole);
}

void QuoteFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    static const QRegularExpression separators(u"\\s+"_s);
    m_words = text.split(separators, Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void QuoteFilterModel::setPerson(const QString &person)
{
    if (person == m_person) {
        return;
    }
    m_person = person.trimmed();
    invalidateRowsFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_person.isEmpty()) {
        const QString person = folded(m_person);
        const QString speaker = folded(index.data(QuoteListModel::SpeakerRole).toString());
        const QString title = folded(index.data(QuoteListModel::SpeakerTitleRole).toString());
        if (!speaker.contains(person) && !title.contains(person)) {
            return false;
        }
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = folded(index.data(QuoteListModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(folded(word)); });
}

} // namespace Newsline
