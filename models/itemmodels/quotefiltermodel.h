#pragma once

#include <QSortFilterProxyModel>

namespace Newsline {

/// Filters a QuoteListModel by words (each must appear in the speaker, role or quote) and by a person.
class QuoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuoteFilterModel(QObject *parent = nullptr);

    /// Words that must all appear, case and accents aside; empty shows every quote.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    /// A speaker name or role (or part of one) the quote's speaker must match; empty shows every speaker.
    void setPerson(const QString &person);
    [[nodiscard]] QString person() const { return m_person; }
    /// The search words, for highlighting them in results.
    [[nodiscard]] QStringList searchWords() const { return m_words; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QString m_person;
};

} // namespace Newsline
