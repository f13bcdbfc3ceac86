#include "quotesearchpanel.h"

#include "highlightdelegate.h"
#include "idfilterproxymodel.h"
#include "plaintext.h"
#include "workspace.h"
#include "workspacequotemodel.h"

#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Newsline {

QuoteSearchPanel::QuoteSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new IdFilterProxyModel(WorkspaceQuoteModel::ArticleRole, this))
    , m_search(new QLineEdit(this))
    , m_person(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_personLabel(new QLabel(this))
    , m_delegate(new HighlightDelegate(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &QuoteSearchPanel::applyQuery);
    m_search->setClearButtonEnabled(true);
    m_person->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_personLabel->setBuddy(m_person);
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_person->setCompleter(m_completer);

    // The database filters and ranks; the proxy only sorts when a header is clicked.
    m_proxy->setSortRole(WorkspaceQuoteModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    PlainText::showItemToolTipsAsWritten(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setItemDelegateForColumn(WorkspaceQuoteModel::SpeakerColumn, m_delegate);
    m_view->setItemDelegateForColumn(WorkspaceQuoteModel::RoleColumn, m_delegate);
    m_view->setItemDelegateForColumn(WorkspaceQuoteModel::QuoteColumn, m_delegate);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_searchLabel, 0, 0);
    layout->addWidget(m_search, 0, 1);
    layout->addWidget(m_personLabel, 0, 2);
    layout->addWidget(m_person, 0, 3);
    layout->addWidget(m_count, 0, 4);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(3, 2);
    layout->addWidget(m_view, 1, 0, 1, 5);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_person, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    Q_EMIT quoteChosen(current.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                                       current.data(WorkspaceQuoteModel::StartRole).toInt(),
                                       current.data(WorkspaceQuoteModel::EndRole).toInt());
                }
            });
    // A click on the row already current still means "show me this one".
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT quoteChosen(index.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                           index.data(WorkspaceQuoteModel::StartRole).toInt(),
                           index.data(WorkspaceQuoteModel::EndRole).toInt());
    });
    retranslate();
}

void QuoteSearchPanel::retranslate()
{
    setAccessibleName(tr("Quote search"));
    m_searchLabel->setText(tr("&Search:"));
    m_personLabel->setText(tr("&Person:"));
    m_search->setPlaceholderText(tr("words in a quote or a name"));
    m_search->setAccessibleName(tr("Search quotes"));
    m_person->setPlaceholderText(tr("speaker or role"));
    m_person->setAccessibleName(tr("Filter by person"));
    m_view->setAccessibleName(tr("Quotes found"));
    updateCount();
}

void QuoteSearchPanel::setModel(WorkspaceQuoteModel *model)
{
    m_debounce->stop();
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    m_proxy->setSourceModel(model);
    setUpColumns();
    if (m_model) {
        connect(m_model, &WorkspaceQuoteModel::workspaceReloaded, this, &QuoteSearchPanel::updateCompletion);
        connect(m_model, &QAbstractItemModel::modelReset, this, &QuoteSearchPanel::updateCount);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuoteSearchPanel::updateCount);
        applyQuery();
    } else {
        m_delegate->setWords({});
    }
    updateCompletion();
    updateCount();
}

void QuoteSearchPanel::setUpColumns()
{
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(WorkspaceQuoteModel::SpeakerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WorkspaceQuoteModel::QuoteColumn, QHeaderView::Stretch);
    // The quote is what is read; the other columns get what identifies it and no more.
    m_view->setColumnWidth(WorkspaceQuoteModel::SpeakerColumn, 110);
    m_view->setColumnWidth(WorkspaceQuoteModel::RoleColumn, 120);
    // Dates are as wide as the language writes them ("22 Jul 2019", "2019년 7월 22일").
    header->setSectionResizeMode(WorkspaceQuoteModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(WorkspaceQuoteModel::ArticleColumn, 110);
    header->setMinimumSectionSize(40);
}

void QuoteSearchPanel::applyQuery()
{
    m_debounce->stop();
    if (!m_model) {
        return;
    }
    if (m_model->words() != m_search->text() || m_model->person() != m_person->text().trimmed()) {
        m_model->setQuery(m_search->text(), m_person->text());
    }
    m_delegate->setWords(Workspace::searchWords(m_search->text()));
    // A new search comes in rank order (or date order when browsing) until a header is clicked again.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_view->viewport()->update();
    updateCount();
}

void QuoteSearchPanel::updateCompletion()
{
    auto *list = static_cast<QStringListModel *>(m_completer->model());
    list->setStringList(m_model ? m_model->speakersAndRoles() : QStringList());
}

void QuoteSearchPanel::updateCount()
{
    const int total = resultCount();
    const int shown = m_proxy->rowCount();
    if (m_proxy->isRestricted()) {
        m_count->setText(tr("%n quote(s) in the articles of the filtered events", nullptr, shown) +
                         (m_model && m_model->canFetchMore({}) ? u"\u2026"_s : QString()));
    } else if (m_model && m_model->isSearch() && total > shown) {
        m_count->setText(tr("%n quote(s), the best %1 shown", nullptr, total).arg(shown));
    } else {
        m_count->setText(tr("%n quote(s)", nullptr, total));
    }
}

int QuoteSearchPanel::resultCount() const
{
    return m_model ? m_model->totalCount() : 0;
}

void QuoteSearchPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyQuery();
}

void QuoteSearchPanel::setPerson(const QString &person)
{
    m_person->setText(person);
    applyQuery();
}

void QuoteSearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuoteSearchPanel::showQuote(int article, int start)
{
    if (!m_model) {
        return;
    }
    int row = m_model->fetchUntil(article, start);
    const Workspace *workspace = m_model->workspace();
    // Only a quote that exists is worth the reader's search and person filter.
    if (row < 0 && (!m_search->text().isEmpty() || !m_person->text().isEmpty()) && workspace &&
        workspace->quoteRowOfPerson(article, start, {}) >= 0) {
        m_search->clear();
        m_person->clear();
        applyQuery();
        row = m_model->fetchUntil(article, start);
    }
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        m_view->viewport()->update();
    }
}

void QuoteSearchPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace Newsline

namespace Newsline {

void QuoteSearchPanel::setArticleFilter(const QSet<int> &articleIds, bool restrict)
{
    if (restrict) {
        m_proxy->restrictTo(articleIds);
    } else {
        m_proxy->clearRestriction();
    }
    // Few quotes may pass: read on so that the list is not left short of what the workspace holds.
    for (int pages = 0; restrict && m_model && m_proxy->rowCount() < 50 && m_model->canFetchMore({}) && pages < 20;
         ++pages) {
        m_model->fetchMore({});
    }
    updateCount();
}

int QuoteSearchPanel::listedCount() const
{
    return m_proxy->rowCount();
}

} // namespace Newsline
