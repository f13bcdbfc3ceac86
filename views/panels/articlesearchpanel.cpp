#include "articlesearchpanel.h"

#include "articletextview.h"
#include "dateformat.h"
#include "plaintext.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Title in bold, date and source dimmed, then the snippet: one small rich-text document per hit.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        QTextDocument document;
        layout(document, option, index);
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text,
                                 opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size() - QSize(2 * Margin, 2 * Margin)));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        layout(document, option, index);
        return {int(document.idealWidth()) + 2 * Margin, int(document.size().height()) + 2 * Margin};
    }

private:
    static constexpr int Margin = 3;

    static void layout(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const QPalette &palette = option.palette;
        const QString dim = palette.color(QPalette::PlaceholderText).name();
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setHtml(u"<div><b>%1</b></div><div style=\"color:%2\">%3</div><div>%4</div>"_s.arg(
            index.data(Qt::DisplayRole).toString().toHtmlEscaped(), dim,
            index.data(ArticleSearchPanel::DetailsRole).toString().toHtmlEscaped(),
            ArticleSearchPanel::snippetHtml(index.data(ArticleSearchPanel::SnippetRole).toString(),
                                            isDark(palette) ? QColor(0x6b5a00) : QColor(0xffe066),
                                            isDark(palette) ? QColor(0xfff7d1) : QColor(0x201a00))));
        const QWidget *view = option.widget;
        const int width = option.rect.width() > 0 ? option.rect.width() : (view ? view->width() : 400);
        document.setTextWidth(std::max(100, width - 2 * Margin));
    }
};

} // namespace

ArticleSearchPanel::ArticleSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
    , m_view(new QListView(m_stack))
    , m_results(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(m_results);
    PlainText::showItemToolTipsAsWritten(m_view);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Each hit's height follows the width its snippet wraps to.
    m_view->setResizeMode(QListView::Adjust);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_searchLabel, 0, 0);
    layout->addWidget(m_search, 0, 1);
    layout->addWidget(m_count, 0, 2);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_stack, 1, 0, 1, 3);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { runSearch(false); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch(false);
        // Enter again on the same words goes to the best hit.
        if (m_results->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_results->index(0, 0));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArticleSearchPanel::choose);
    // A click on the hit already current still means "show me this one".
    connect(m_view, &QListView::clicked, this, &ArticleSearchPanel::choose);
    connect(m_view, &QListView::activated, this, &ArticleSearchPanel::choose);
    retranslate();
}

void ArticleSearchPanel::retranslate()
{
    setAccessibleName(tr("Article search"));
    m_searchLabel->setText(tr("&Find in articles:"));
    m_search->setPlaceholderText(tr("words or \"a phrase\""));
    m_search->setAccessibleName(tr("Search articles"));
    m_view->setAccessibleName(tr("Articles found"));
    updateState();
}

void ArticleSearchPanel::setWorkspace(const Workspace *workspace)
{
    m_workspace = workspace;
    runSearch(true);
}

void ArticleSearchPanel::search(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    runSearch(true);
}

void ArticleSearchPanel::refresh()
{
    runSearch(true);
}

void ArticleSearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QStringList ArticleSearchPanel::searchWords() const
{
    return Workspace::searchWords(m_searched);
}

int ArticleSearchPanel::resultCount() const
{
    return m_results->rowCount();
}

QString ArticleSearchPanel::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ArticleSearchPanel::runSearch(bool force)
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    // Enter after the pause has already searched: keep the list and its current hit.
    if (!force && text == m_searched) {
        return;
    }
    m_searched = text;
    m_results->clear();
    m_matches = 0;
    if (m_workspace && !text.isEmpty()) {
        SearchOptions options;
        options.limit = ResultLimit;
        options.openMarker = SnippetOpen;
        options.closeMarker = SnippetClose;
        const QList<ArticleHit> hits = m_workspace->searchArticles(text, options);
        for (const ArticleHit &hit : hits) {
            auto *item = new QStandardItem(hit.article.displayTitle());
            QStringList details;
            if (hit.article.published.isValid()) {
                details.append(DateFormat::day(hit.article.published));
            }
            details.append(hit.article.source.isEmpty() ? ArticleTextView::tr("Source unknown") : hit.article.source);
            item->setData(hit.article.id, ArticleIdRole);
            item->setData(hit.snippet, SnippetRole);
            item->setData(details.join(u" \u00B7 "_s), DetailsRole);
            item->setToolTip(hit.article.file);
            m_results->appendRow(item);
        }
        m_matches = hits.size() < ResultLimit ? int(hits.size()) : m_workspace->searchArticleCount(text);
    }
    updateState();
}

void ArticleSearchPanel::updateState()
{
    if (!m_workspace) {
        m_empty->setText(tr("Article search works on a workspace. To make one from the articles you have open, "
                            "choose File \u2192 Save Workspace As\u2026"));
    } else if (m_searched.isEmpty()) {
        m_empty->setText(tr("Type words to find the articles that contain them; put \"quotes\" around a phrase."));
    } else if (m_results->rowCount() == 0) {
        m_empty->setText(tr("No article contains \u201C%1\u201D.").arg(m_searched));
    }
    const bool hits = m_results->rowCount() > 0;
    m_stack->setCurrentWidget(hits ? static_cast<QWidget *>(m_view) : m_empty);
    if (!m_workspace || m_searched.isEmpty()) {
        m_count->clear();
    } else if (m_matches > m_results->rowCount()) {
        m_count->setText(tr("%n article(s), the best %1 shown", nullptr, m_matches).arg(m_results->rowCount()));
    } else {
        m_count->setText(tr("%n article(s)", nullptr, m_results->rowCount()));
    }
}

void ArticleSearchPanel::choose(const QModelIndex &index)
{
    if (index.isValid()) {
        Q_EMIT articleChosen(index.data(ArticleIdRole).toInt(), searchWords());
    }
}

// Article text is escaped before it becomes rich text; only the search's own markers turn into tags, and an
// unmatched marker is ignored, so that no article can inject markup.
QString ArticleSearchPanel::snippetHtml(const QString &snippet, const QColor &background, const QColor &text)
{
    const QString open =
        u"<span style=\"font-weight:600; background-color:%1; color:%2\">"_s.arg(background.name(), text.name());
    QString html;
    QString run;
    bool inside = false;
    for (const QChar c : snippet) {
        if (c == SnippetOpen || c == SnippetClose) {
            const bool opening = c == SnippetOpen;
            if (opening != inside) {
                html += run.toHtmlEscaped() + (opening ? open : u"</span>"_s);
                run.clear();
                inside = opening;
            }
            continue;
        }
        run += c;
    }
    html += run.toHtmlEscaped();
    if (inside) {
        html += u"</span>"_s;
    }
    return html;
}

bool ArticleSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search field goes on to the hits, as in a browser's find bar.
    if (watched != m_search || event->type() != QEvent::KeyPress ||
        static_cast<QKeyEvent *>(event)->key() != Qt::Key_Down) {
        return QWidget::eventFilter(watched, event);
    }
    runSearch(false);
    if (m_results->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_results->index(0, 0));
        }
    }
    return true;
}

void ArticleSearchPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace Newsline
