#include "mainwindow.h"

#include "articlesearchpanel.h"
#include "articletextview.h"
#include "briefingwriter.h"
#include "corpusloader.h"
#include "correctioncommand.h"
#include "entitymergedialog.h"
#include "eventeditdialog.h"
#include "eventfilterbar.h"
#include "eventfiltermodel.h"
#include "eventlistmodel.h"
#include "eventtablepanel.h"
#include "exportwriter.h"
#include "figurechartview.h"
#include "figuremodel.h"
#include "idfilterproxymodel.h"
#include "messagebar.h"
#include "plaintext.h"
#include "quoteadddialog.h"
#include "quotesearchpanel.h"
#include "ratesdownloader.h"
#include "ratesupdate.h"
#include "teamworkspacedialog.h"
#include "timelinewidget.h"
#include "workspace.h"
#include "workspacearticlemodel.h"
#include "workspacecopy.h"
#include "workspaceexport.h"
#include "workspacequotemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr int maxRecent = 8;
// Articles whose text is kept after being read from the workspace: the reader goes back and forth between a few.
constexpr int textCacheSize = 16;
const QString workspaceSuffix = u".newsline"_s;

bool isWorkspaceFile(const QString &path)
{
    return path.endsWith(workspaceSuffix, Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_texts(textCacheSize)
    , m_events(new EventListModel(this))
    , m_figures(new FigureModel(this))
    , m_articles(new WorkspaceArticleModel(this))
    , m_quotes(new WorkspaceQuoteModel(this))
    , m_timeline(new TimelineWidget(this))
    , m_eventTable(new EventTablePanel(this))
    , m_textView(new ArticleTextView(this))
    , m_chart(new FigureChartView(this))
    , m_quoteSearch(new QuoteSearchPanel(this))
    , m_articleSearch(new ArticleSearchPanel(this))
    , m_articleList(new QListView(this))
    , m_articleProxy(new IdFilterProxyModel(WorkspaceArticleModel::IdRole, this))
    , m_filterBar(new EventFilterBar(this))
    , m_laneMode(new QComboBox(this))
    , m_laneOrder(new QComboBox(this))
    , m_laneModeLabel(new QLabel(this))
    , m_laneOrderLabel(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_eventSelection = new QItemSelectionModel(m_events, this);

    m_events->setCorpus(&m_corpus);
    m_figures->setCorpus(&m_corpus);

    m_timeline->setModel(m_events);
    m_timeline->setSelectionModel(m_eventSelection);
    m_eventTable->setModel(m_events, m_eventSelection);
    m_chart->setModel(m_figures);
    m_chart->setSelectionModel(m_eventSelection);
    m_quoteSearch->setModel(m_quotes);
    m_articleList->setObjectName(u"ArticleList"_s);
    m_articleProxy->setSourceModel(m_articles);
    m_articleList->setModel(m_articleProxy);
    PlainText::showItemToolTipsAsWritten(m_articleList);

    // The timeline with its lane controls above it.
    auto *timelinePane = new QWidget(this);
    auto *laneRow = new QHBoxLayout;
    laneRow->setContentsMargins(6, 2, 6, 2);
    m_laneModeLabel->setBuddy(m_laneMode);
    m_laneOrderLabel->setBuddy(m_laneOrder);
    laneRow->addWidget(m_laneModeLabel);
    laneRow->addWidget(m_laneMode);
    laneRow->addSpacing(12);
    laneRow->addWidget(m_laneOrderLabel);
    laneRow->addWidget(m_laneOrder);
    laneRow->addStretch(1);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addLayout(laneRow);
    timelineLayout->addWidget(m_timeline, 1);
    connect(m_laneMode, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setLaneMode(TimelineWidget::LaneMode(m_laneMode->currentData().toInt())); });
    connect(m_laneOrder, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setLaneOrder(TimelineWidget::LaneOrder(m_laneOrder->currentData().toInt())); });

    m_splitter->setObjectName(u"CentralSplitter"_s);
    m_splitter->addWidget(timelinePane);
    m_splitter->addWidget(m_eventTable);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    // The filter spans the window: it narrows every panel, the docked ones included.
    auto *filterToolBar = new QToolBar(this);
    filterToolBar->setObjectName(u"FilterToolBar"_s);
    filterToolBar->setMovable(false);
    filterToolBar->setFloatable(false);
    filterToolBar->addWidget(m_filterBar);
    filterToolBar->toggleViewAction()->setEnabled(false);
    addToolBar(Qt::TopToolBarArea, filterToolBar);
    setCentralWidget(central);

    m_undo = new QUndoStack(this);
    m_undoView = new QUndoView(m_undo, this);
    m_deletedList = new QListWidget(this);
    m_deletedList->setObjectName(u"DeletedList"_s);
    m_reviewList = new QListWidget(this);
    m_reviewList->setObjectName(u"ReviewList"_s);
    createDocks();
    createActions();

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setDefaultAction(m_actions.value(u"cancelImport"_s));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    // How old the exchange rates are stays in sight: every dollar value of the window is at most as recent.
    m_ratesLabel = new QLabel(this);
    m_ratesLabel->setObjectName(u"RatesAge"_s);
    statusBar()->addPermanentWidget(m_ratesLabel);

    connect(m_eventSelection, &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentEventChanged);
    connect(m_eventSelection, &QItemSelectionModel::selectionChanged, this, &MainWindow::onEventSelectionChanged);
    connect(m_timeline, &TimelineWidget::activated, this, &MainWindow::openSource);
    connect(m_filterBar, &EventFilterBar::filterChanged, this,
            [this](const EventFilter &filter) { m_eventTable->proxy()->setFilter(filter); });
    connect(m_eventTable->proxy(), &EventFilterModel::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_events, &QAbstractItemModel::modelReset, this, &MainWindow::updateCompanies);
    connect(m_eventTable, &EventTablePanel::activated, this, &MainWindow::openSource);
    connect(m_textView, &ArticleTextView::figureClicked, this, &MainWindow::onFigureClicked);
    connect(m_textView, &ArticleTextView::quoteClicked, this, &MainWindow::onQuoteClicked);
    connect(m_quoteSearch, &QuoteSearchPanel::quoteChosen, this, &MainWindow::showQuoteInContext);
    connect(m_articleSearch, &ArticleSearchPanel::articleChosen, this, [this](int id, const QStringList &words) {
        const int index = indexOfArticleId(id);
        if (index < 0) {
            return;
        }
        showArticle(index);
        m_textView->highlightWords(words);
        raisePanel(u"source"_s);
    });
    const auto articleChosen = [this](const QModelIndex &index) {
        showArticle(indexOfArticleId(index.data(WorkspaceArticleModel::IdRole).toInt()));
    };
    connect(m_articleList, &QListView::activated, this, articleChosen);
    connect(m_articleList, &QListView::clicked, this, articleChosen);
    connect(m_session, &WorkspaceSession::snapshotReady, this, &MainWindow::onSnapshotReady);
    connect(m_session, &WorkspaceSession::importFinished, this, &MainWindow::onWorkspaceImportFinished);
    connect(m_session, &WorkspaceSession::reextracted, this, [this](const ImportResult &result) {
        if (result.updated > 0) {
            statusBar()->showMessage(
                tr("%n article(s) extracted again by this version of Newsline.", nullptr, result.updated), 10000);
        }
    });
    connect(m_session, &WorkspaceSession::usdFilled, this, [this](int count) {
        statusBar()->showMessage(tr("%n figure(s) got a dollar value from the updated exchange rates.", nullptr, count),
                                 10000);
    });
    connect(m_session, &WorkspaceSession::busyChanged, this, &MainWindow::onSessionBusy);
    connect(m_session, &WorkspaceSession::progress, this, &MainWindow::onImportProgress);
    connect(m_session, &WorkspaceSession::failed, this, [this](const QString &message) {
        m_messageBar->showMessage(tr("The workspace reported a problem."), {message});
    });

    retranslate();
    // The first start fits the screen it opens on, down to 1280×720, with room for the panels and the status bar.
    QSize size(1500, 950);
    if (const QScreen *screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(QSize(available.width() * 95 / 100, available.height() * 92 / 100));
    }
    resize(size);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    cancelImport();
    // The session's last signals must not reach a window being taken apart.
    disconnect(m_session, nullptr, this, nullptr);
    m_session->close();
}

void MainWindow::createDocks()
{
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    auto dock = [this](const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1StringView(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_sourceDock = dock("SourceDock", m_textView, Qt::RightDockWidgetArea);
    m_articleDock = dock("ArticleDock", m_articleList, Qt::RightDockWidgetArea);
    m_figureDock = dock("FigureDock", m_chart, Qt::RightDockWidgetArea);
    m_quoteDock = dock("QuoteDock", m_quoteSearch, Qt::RightDockWidgetArea);
    m_searchDock = dock("SearchDock", m_articleSearch, Qt::RightDockWidgetArea);
    // The timeline and the event list take the full height at the left, where hundreds of lanes and events need
    // it; the source text and the figures, quotes and found articles share the right, one above the other.
    splitDockWidget(m_sourceDock, m_figureDock, Qt::Vertical);
    // Deleted events and the history of corrections are looked at now and then: tabs beside the quotes.
    auto *deleted = new QWidget(this);
    auto *deletedLayout = new QVBoxLayout(deleted);
    deletedLayout->setContentsMargins(0, 0, 0, 0);
    deletedLayout->addWidget(m_deletedList);
    auto *restore = new QPushButton(deleted);
    restore->setObjectName(u"RestoreButton"_s);
    deletedLayout->addWidget(restore, 0, Qt::AlignRight);
    connect(restore, &QPushButton::clicked, this, [this] { restoreEvent(m_deletedList->currentRow()); });
    connect(m_deletedList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { restoreEvent(m_deletedList->row(item)); });
    // Corrections that no longer apply wait here for the analyst's decision, never dropped unseen.
    auto *reviewLabel = new QLabel(deleted);
    reviewLabel->setObjectName(u"ReviewLabel"_s);
    reviewLabel->setWordWrap(true);
    reviewLabel->setBuddy(m_reviewList);
    deletedLayout->addWidget(reviewLabel);
    deletedLayout->addWidget(m_reviewList);
    auto *discard = new QPushButton(deleted);
    discard->setObjectName(u"DiscardButton"_s);
    deletedLayout->addWidget(discard, 0, Qt::AlignRight);
    connect(discard, &QPushButton::clicked, this, [this] { discardFlagged(m_reviewList->currentRow()); });
    m_deletedDock = dock("DeletedDock", deleted, Qt::RightDockWidgetArea);
    m_historyDock = dock("HistoryDock", m_undoView, Qt::RightDockWidgetArea);
    // The article list is the least used way in: a tab behind the source text, which it feeds.
    tabifyDockWidget(m_sourceDock, m_articleDock);
    m_sourceDock->raise();
    tabifyDockWidget(m_figureDock, m_quoteDock);
    // Found articles open in the source panel above: the hits stay in view while reading.
    tabifyDockWidget(m_quoteDock, m_searchDock);
    tabifyDockWidget(m_searchDock, m_deletedDock);
    tabifyDockWidget(m_deletedDock, m_historyDock);
    m_figureDock->raise();
    resizeDocks({m_sourceDock}, {560}, Qt::Horizontal);
    resizeDocks({m_sourceDock, m_figureDock}, {1, 1}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto action = [this](const char *key, QMenu *menu, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1StringView(key));
        a->setShortcut(shortcut);
        menu->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1StringView(key), a);
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    action("newWorkspace", m_fileMenu, QKeySequence::New, [this] { newWorkspaceDialog(); });
    action("openWorkspace", m_fileMenu, QKeySequence::Open, [this] { openWorkspaceDialog(); });
    action("openTeamWorkspace", m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
           [this] { openTeamWorkspaceDialog(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    // Spelled out: not every platform theme binds QKeySequence::SaveAs.
    action("saveWorkspaceAs", m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
           [this] { saveWorkspaceAsDialog(); });
    m_fileMenu->addSeparator();
    action("openFiles", m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_I), [this] { openFilesDialog(); });
    action("openFolder", m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { openFolderDialog(); });
    action("watchFolder", m_fileMenu, QKeySequence(), [this] { watchFolderDialog(); });
    action("stopWatching", m_fileMenu, QKeySequence(), [this] {
        QString error;
        if (!m_session->setWatchFolder({}, &error)) {
            m_messageBar->showMessage(tr("The folder is still watched."), {error});
        }
        updateWorkspaceActions();
    });
    m_fileMenu->addSeparator();
    action("exportBriefing", m_fileMenu, QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportBriefingDialog(); });
    action("exportData", m_fileMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportDataDialog(); });
    action("updateRates", m_fileMenu, QKeySequence(), [this] { updateRatesDialog(); });
    m_fileMenu->addSeparator();
    QAction *cancel = action("cancelImport", m_fileMenu, QKeySequence(Qt::Key_Escape), [this] { cancelImport(); });
    cancel->setEnabled(false);
    m_fileMenu->addSeparator();
    QAction *quit = action("quit", m_fileMenu, QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    // Undo and Redo name what they undo ("Undo Delete Event"), as the stack words it.
    QAction *undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(u"undo"_s, undo);
    QAction *redo = m_undo->createRedoAction(this);
    // Ctrl+Shift+Z everywhere, and the platform's own Redo (Ctrl+Y on Windows) too.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_actions.insert(u"redo"_s, redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    action("editEvent", m_editMenu, QKeySequence(Qt::Key_F2), [this] { editEventDialog(); });
    action("deleteEvent", m_editMenu, QKeySequence(QKeySequence::Delete),
           [this] { deleteEvents(selectedEventRows()); });
    action("mergeEvents", m_editMenu, QKeySequence(Qt::CTRL | Qt::Key_M), [this] { mergeEvents(selectedEventRows()); });
    action("splitEvent", m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { splitEventDialog(); });
    action("revertEvent", m_editMenu, QKeySequence(), [this] {
        const int row = m_eventSelection->currentIndex().row();
        if (row < 0 || !revertEvent(row)) {
            statusBar()->showMessage(tr("The current event has no field set by the analyst."), 8000);
        }
    });
    action("addEvent", m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addEventDialog(); });
    m_editMenu->addSeparator();
    action("editSpeaker", m_editMenu, QKeySequence(), [this] { editSpeakerDialog(); });
    action("deleteQuote", m_editMenu, QKeySequence(), [this] { deleteCurrentQuote(); });
    action("addQuote", m_editMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), [this] { addQuoteDialog(); });
    m_editMenu->addSeparator();
    action("mergeEntities", m_editMenu, QKeySequence(), [this] { mergeEntitiesDialog(); });
    action("splitEntity", m_editMenu, QKeySequence(), [this] { splitEntityDialog(); });
    m_editMenu->addSeparator();
    action("showDeleted", m_editMenu, QKeySequence(), [this] { raisePanel(u"deleted"_s); });
    action("showHistory", m_editMenu, QKeySequence(), [this] { raisePanel(u"history"_s); });
    // The same corrections from the event lists' and the quote list's context menus.
    for (QWidget *view : {static_cast<QWidget *>(m_eventTable->view()), static_cast<QWidget *>(m_timeline)}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (const char *key : {"editEvent", "deleteEvent", "mergeEvents", "splitEvent", "revertEvent"}) {
            view->addAction(m_actions.value(QLatin1StringView(key)));
        }
    }
    m_quoteSearch->resultView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_quoteSearch->resultView()->addAction(m_actions.value(u"editSpeaker"_s));
    m_quoteSearch->resultView()->addAction(m_actions.value(u"deleteQuote"_s));
    connect(m_eventTable->view(), &QAbstractItemView::doubleClicked, this, [this] { editEventDialog(); });
    // Selected source text can become an event or a quote from its own context menu.
    m_textView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_textView, &QWidget::customContextMenuRequested, this, &MainWindow::showTextMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    action("zoomIn", m_viewMenu, QKeySequence::ZoomIn, [this] { m_timeline->zoomIn(); });
    action("zoomOut", m_viewMenu, QKeySequence::ZoomOut, [this] { m_timeline->zoomOut(); });
    action("fitAll", m_viewMenu, QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_timeline->fitAll(); });
    m_viewMenu->addSeparator();
    QAction *log = action("logScale", m_viewMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                          [this](bool on) { m_chart->setLogScale(on); });
    log->setCheckable(true);
    connect(m_chart, &FigureChartView::logScaleChanged, log, &QAction::setChecked);
    QAction *all = action("allFigures", m_viewMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                          [this](bool on) { m_chart->setShowAll(on); });
    all->setCheckable(true);
    connect(m_chart, &FigureChartView::showAllChanged, all, &QAction::setChecked);
    m_viewMenu->addSeparator();
    m_panelMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock :
         {m_sourceDock, m_figureDock, m_quoteDock, m_searchDock, m_articleDock, m_deletedDock, m_historyDock}) {
        m_panelMenu->addAction(dock->toggleViewAction());
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QString current = QSettings().value(u"view/language"_s).toString();
    // Each language is named in itself, so that a reader who cannot read the current one still finds theirs.
    const QList<QPair<QString, QString>> languages{
        {u"en"_s, u"English"_s}, {u"fr"_s, u"Fran\u00e7ais"_s}, {u"ko"_s, u"\ud55c\uad6d\uc5b4"_s}};
    for (const auto &language : languages) {
        const QString code = language.first;
        auto *a = m_languageMenu->addAction(language.second);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == current || (current.isEmpty() && QLocale().name().startsWith(code)));
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_goMenu = menuBar()->addMenu(QString());
    action("nextEvent", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_BracketRight), [this] { m_timeline->selectNext(); });
    action("previousEvent", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
           [this] { m_timeline->selectPrevious(); });
    action("openSource", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        const QModelIndex current = m_eventSelection->currentIndex();
        if (current.isValid()) {
            openSource(current.row());
        }
    });
    m_goMenu->addSeparator();
    action("findArticles", m_goMenu, QKeySequence::Find, [this] {
        raisePanel(u"search"_s);
        m_articleSearch->focusSearch();
    });
    action("filterEvents", m_goMenu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
           [this] { m_filterBar->focusText(); });
    action("clearFilter", m_goMenu, QKeySequence(), [this] { m_filterBar->clear(); });
    m_goMenu->addSeparator();
    action("focusTimeline", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_timeline->setFocus(); });
    action("focusEvents", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_eventTable->view()->setFocus(); });
    action("focusSource", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        raisePanel(u"source"_s);
        m_textView->setFocus();
    });
    action("focusFigures", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_4), [this] {
        raisePanel(u"figures"_s);
        m_chart->setFocus();
    });
    action("focusQuotes", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_5), [this] {
        raisePanel(u"quotes"_s);
        m_quoteSearch->focusSearch();
    });
    action("focusArticles", m_goMenu, QKeySequence(Qt::CTRL | Qt::Key_6), [this] {
        raisePanel(u"articles"_s);
        m_articleList->setFocus();
    });

    m_helpMenu = menuBar()->addMenu(QString());
    QAction *about = action("about", m_helpMenu, QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Newsline"),
                           tr("<p><b>Newsline</b> %1</p><p>Turns news articles into a verified timeline of dated "
                              "events, money figures and quotes, each traced to its sentence.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    for (QAction *a : std::as_const(m_actions)) {
        addAction(a);
    }
}

void MainWindow::retranslate()
{
    auto set = [this](const char *key, const QString &text, const QString &tip = {}) {
        if (QAction *a = m_actions.value(QLatin1StringView(key))) {
            a->setText(text);
            a->setStatusTip(tip);
        }
    };
    m_fileMenu->setTitle(tr("&File"));
    set("newWorkspace", tr("&New Workspace\u2026"), tr("Create an empty workspace file to import articles into"));
    set("openWorkspace", tr("&Open Workspace\u2026"), tr("Open a workspace file (.newsline)"));
    set("openTeamWorkspace", tr("Open &Team Workspace\u2026"),
        tr("Open a workspace the team shares on a PostgreSQL server"));
    set("saveWorkspaceAs", tr("Save Workspace &As\u2026"),
        tr("Write what is shown to a new workspace file and go on in it"));
    set("openFiles", tr("&Import Files\u2026"), tr("Add article files to the workspace, or to the loose files shown"));
    set("openFolder", tr("Import &Folder\u2026"),
        tr("Add every article of a folder and its subfolders (text, web pages, feeds)"));
    set("watchFolder", tr("&Watch Folder\u2026"),
        tr("Import new or changed articles of a folder into the workspace as they appear"));
    set("stopWatching", tr("&Stop Watching"), tr("Stop importing from the watched folder"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    set("exportBriefing", tr("&Export Briefing\u2026"),
        tr("Write a PDF briefing of the selected events (two or more), or of every event"));
    set("exportData", tr("E&xport\u2026"),
        tr("Write the selected events (two or more), or every event, figure and quote, as CSV, JSON, iCalendar or "
           "TimelineJS"));
    set("updateRates", tr("&Update Exchange Rates\u2026"), RatesUpdate::ageLine());
    showRatesAge();
    set("cancelImport", tr("&Cancel Import"), tr("Stop reading files; the corpus stays as it was"));
    set("quit", tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setUndoLimit(0);
    set("editEvent", tr("&Edit Event\u2026"), tr("Correct the current event's type, date, parties or amount"));
    set("deleteEvent", tr("&Delete Event"), tr("Hide the selected events everywhere; they can be restored"));
    set("mergeEvents", tr("&Merge Events"), tr("Unite the selected events into one, with all their sources"));
    set("splitEvent", tr("&Split Event\u2026"), tr("Move some of the current event's sources into a new event"));
    set("revertEvent", tr("Rever&t to Extracted"), tr("Give the current event back the fields as extracted"));
    set("addEvent", tr("&Add Event from Selection\u2026"),
        tr("Make an event of the text selected in the source panel"));
    set("editSpeaker", tr("Change Quote S&peaker\u2026"), tr("Set who said the current quote"));
    set("deleteQuote", tr("&Not a Quote"), tr("Remove the current quote: it is not a quotation"));
    set("addQuote", tr("Add &Quote from Selection\u2026"),
        tr("Make a quote of the text selected in the source panel, with its speaker"));
    set("mergeEntities", tr("Merge E&ntities\u2026"),
        tr("Make several names one company or person, shown by one name everywhere"));
    set("splitEntity", tr("Spl&it Entity\u2026"), tr("Take a name out of the entity it was merged into"));
    set("showDeleted", tr("Deleted E&vents"), tr("Show the deleted events, to restore them"));
    set("showHistory", tr("Correction &History"), tr("Show every correction, to go back to any of them"));
    m_actions.value(u"undo"_s)->setStatusTip(tr("Undo the last correction"));
    m_actions.value(u"redo"_s)->setStatusTip(tr("Redo the correction undone last"));
    m_undoView->setEmptyLabel(tr("<as extracted>"));
    m_undoView->setAccessibleName(tr("Correction history"));
    m_deletedList->setAccessibleName(tr("Deleted events"));
    if (auto *restore = m_deletedDock->findChild<QPushButton *>(u"RestoreButton"_s)) {
        restore->setText(tr("&Restore"));
        restore->setAccessibleName(tr("Restore the deleted event"));
    }
    if (auto *discard = m_deletedDock->findChild<QPushButton *>(u"DiscardButton"_s)) {
        discard->setText(tr("D&iscard"));
        discard->setAccessibleName(tr("Discard the correction kept for review"));
    }
    if (auto *label = m_deletedDock->findChild<QLabel *>(u"ReviewLabel"_s)) {
        label->setText(tr("Corrections to review (their text changed or their event is gone):"));
    }
    m_reviewList->setAccessibleName(tr("Corrections to review"));
    m_deletedDock->setWindowTitle(tr("Deleted"));
    m_historyDock->setWindowTitle(tr("Correction History"));
    m_viewMenu->setTitle(tr("&View"));
    set("zoomIn", tr("Zoom &In"), tr("Zoom the timeline in"));
    set("zoomOut", tr("Zoom &Out"), tr("Zoom the timeline out"));
    set("fitAll", tr("&Fit All"), tr("Show every dated event on the timeline"));
    set("logScale", tr("&Log Scale for Figures"), tr("Compare figures on a logarithmic dollar scale"));
    set("allFigures", tr("&All Figures"), tr("Compare the figures of every event, not only the selected ones"));
    m_panelMenu->setTitle(tr("&Panels"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    set("nextEvent", tr("&Next Event"), tr("Select the next event in date order"));
    set("previousEvent", tr("&Previous Event"), tr("Select the previous event in date order"));
    set("openSource", tr("Open &Source"), tr("Show the sentence the current event was read from"));
    set("findArticles", tr("F&ind in Articles\u2026"), tr("Search the text of every article of the workspace"));
    set("filterEvents", tr("Filter &Events\u2026"), tr("Filter the events every panel shows"));
    set("clearFilter", tr("Show All E&vents"), tr("Clear the filter"));
    {
        const int mode = std::max(0, m_laneMode->currentIndex());
        const QSignalBlocker blocker(m_laneMode);
        m_laneMode->clear();
        m_laneMode->addItem(tr("by partnership"), int(TimelineWidget::LaneMode::Partnership));
        m_laneMode->addItem(tr("by company"), int(TimelineWidget::LaneMode::Company));
        m_laneMode->addItem(tr("by event type"), int(TimelineWidget::LaneMode::EventType));
        m_laneMode->setCurrentIndex(mode);
        const int order = std::max(0, m_laneOrder->currentIndex());
        const QSignalBlocker orderBlocker(m_laneOrder);
        m_laneOrder->clear();
        m_laneOrder->addItem(tr("first event"), int(TimelineWidget::LaneOrder::FirstEvent));
        m_laneOrder->addItem(tr("latest event"), int(TimelineWidget::LaneOrder::LastEvent));
        m_laneOrder->addItem(tr("number of events"), int(TimelineWidget::LaneOrder::EventCount));
        m_laneOrder->addItem(tr("total amount"), int(TimelineWidget::LaneOrder::TotalAmount));
        m_laneOrder->setCurrentIndex(order);
        m_laneModeLabel->setText(tr("&Lanes:"));
        m_laneOrderLabel->setText(tr("&Order:"));
    }
    set("focusTimeline", tr("&Timeline"));
    set("focusEvents", tr("Event &List"));
    set("focusSource", tr("Sour&ce Text"));
    set("focusFigures", tr("&Figure Comparison"));
    set("focusQuotes", tr("&Quote Search"));
    set("focusArticles", tr("&Articles"));
    m_helpMenu->setTitle(tr("&Help"));
    set("about", tr("&About Newsline"));
    m_sourceDock->setWindowTitle(tr("Source Text"));
    m_figureDock->setWindowTitle(tr("Figure Comparison"));
    m_quoteDock->setWindowTitle(tr("Quote Search"));
    m_articleDock->setWindowTitle(tr("Articles"));
    m_searchDock->setWindowTitle(tr("Find in Articles"));
    m_articleList->setAccessibleName(tr("Articles"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancelButton->setToolTip(tr("Cancel the import (Esc)"));
    updateRecentMenu();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (Workspace *workspace = m_session->workspace()) {
        if (m_session->isScratch()) {
            setWindowFilePath({});
            setWindowTitle(tr("%n article(s), not saved", nullptr, workspace->articleCount()));
            return;
        }
        // A team workspace is named by its address (no password in it), a file by its name.
        const QString name = workspace->isServer() ? workspace->path() : QFileInfo(workspace->path()).fileName();
        // The platform adds the application's name ("… — Newsline").
        QString title = tr("%1 \u2014 %n article(s)", nullptr, workspace->articleCount()).arg(name);
        if (workspace->isReadOnly()) {
            title += u' ' + tr("(read-only)");
        }
        setWindowTitle(title);
        setWindowFilePath(workspace->isServer() ? QString() : workspace->path());
        return;
    }
    setWindowFilePath({});
    setWindowTitle({});
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_chart->setLogScale(settings.value(u"chart/logScale"_s, false).toBool());
    m_chart->setShowAll(settings.value(u"chart/allFigures"_s, false).toBool());
    m_laneMode->setCurrentIndex(std::max(0, m_laneMode->findData(settings.value(u"timeline/laneMode"_s, 0).toInt())));
    m_laneOrder->setCurrentIndex(
        std::max(0, m_laneOrder->findData(settings.value(u"timeline/laneOrder"_s, 0).toInt())));
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"chart/logScale"_s, m_chart->logScale());
    settings.setValue(u"chart/allFigures"_s, m_figures->showAll());
    settings.setValue(u"timeline/laneMode"_s, m_laneMode->currentData().toInt());
    settings.setValue(u"timeline/laneOrder"_s, m_laneOrder->currentData().toInt());
    settings.setValue(u"session/openPaths"_s, m_openedPaths);
}

void MainWindow::addRecent(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(u"import/recent"_s).toStringList();
    for (const QString &path : paths) {
        if (path.startsWith(u':')) {
            continue; // the bundled sample is not something a person opened
        }
        // A team workspace is remembered by its address (which holds no password), a file by its whole path.
        const QString absolute = Workspace::isServerUri(path) ? path : QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > maxRecent) {
        recent.removeLast();
    }
    settings.setValue(u"import/recent"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"import/recent"_s).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        // Alt+1..8 reach the first entries from the keyboard.
        const bool team = Workspace::isServerUri(path);
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(team ? path : QFileInfo(path).fileName()));
        a->setToolTip(PlainText::toolTip(path));
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path, team] {
            if (team) {
                openTeamWorkspace(path);
            } else if (isWorkspaceFile(path)) {
                openWorkspace(path);
            } else {
                openPaths({path});
            }
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(u"import/recent"_s);
            updateRecentMenu();
        });
    }
}

void MainWindow::openFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), settings.value(u"import/lastFolder"_s).toString(),
        tr("Articles (*.txt *.html *.htm *.xhtml *.mhtml *.mht *.rss *.atom *.xml);;All files (*)"));
    if (!files.isEmpty()) {
        settings.setValue(u"import/lastFolder"_s, QFileInfo(files.constFirst()).absolutePath());
        openPaths(files);
    }
}

void MainWindow::openFolderDialog()
{
    QSettings settings;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Folder"), settings.value(u"import/lastFolder"_s).toString());
    if (!folder.isEmpty()) {
        settings.setValue(u"import/lastFolder"_s, folder);
        openPaths({folder});
    }
}

void MainWindow::exportBriefingDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Briefing"));
    auto *form = new QFormLayout;
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("from the period and what is covered"));
    form->addRow(tr("&Title:"), title);
    auto *scope = new QComboBox(&dialog);
    scope->addItem(tr("What the window shows"), int(BriefingScope::Shown));
    scope->addItem(tr("Every event and article"), int(BriefingScope::Everything));
    form->addRow(tr("&Scope:"), scope);
    auto *periodBox = new QCheckBox(tr("Only the period"), &dialog);
    auto *from = new QDateEdit(&dialog);
    auto *to = new QDateEdit(&dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    QDate first;
    QDate last;
    for (const Event &event : std::as_const(m_corpus.events)) {
        if (event.date.isValid()) {
            first = first.isValid() ? std::min(first, event.date) : event.date;
            last = last.isValid() ? std::max(last, event.lastDay()) : event.lastDay();
        }
    }
    from->setDate(first.isValid() ? first : QDate::currentDate());
    to->setDate(last.isValid() ? last : QDate::currentDate());
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(periodBox);
    periodRow->addWidget(from);
    periodRow->addWidget(new QLabel(tr("to"), &dialog));
    periodRow->addWidget(to);
    form->addRow(tr("&Period:"), periodRow);
    auto *language = new QComboBox(&dialog);
    language->addItem(tr("Language of the window"), QString());
    language->addItem(u"English"_s, u"en"_s);
    language->addItem(u"Français"_s, u"fr"_s);
    language->addItem(u"한국어"_s, u"ko"_s);
    form->addRow(tr("&Numbers and dates:"), language);
    auto *paper = new QComboBox(&dialog);
    paper->addItem(u"A4"_s, int(QPageSize::A4));
    paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    paper->setCurrentIndex(BriefingOptions::defaultPageSize() == QPageSize::Letter ? 1 : 0);
    form->addRow(tr("Pa&per:"), paper);
    auto *covers = new QLabel(&dialog);
    covers->setWordWrap(true);
    form->addRow(tr("Covers:"), covers);
    const auto update = [&] {
        from->setEnabled(periodBox->isChecked());
        to->setEnabled(periodBox->isChecked());
        QString coverage;
        const QStringList ids = briefingEventIds(BriefingScope(scope->currentData().toInt()), &coverage);
        QString text = ids.isEmpty() ? tr("every event and article (%1 events)").arg(m_corpus.events.size()) : coverage;
        if (periodBox->isChecked()) {
            text =
                tr("%1, from %2 to %3").arg(text, from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate));
        }
        covers->setText(text);
    };
    connect(scope, &QComboBox::currentIndexChanged, &dialog, update);
    connect(periodBox, &QCheckBox::toggled, &dialog, update);
    connect(from, &QDateEdit::dateChanged, &dialog, update);
    connect(to, &QDateEdit::dateChanged, &dialog, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    BriefingOptions options;
    options.title = title->text().trimmed();
    options.language = language->currentData().toString();
    options.pageSize = QPageSize::PageSizeId(paper->currentData().toInt());
    if (periodBox->isChecked()) {
        options.filter.from = std::min(from->date(), to->date());
        options.filter.to = std::max(from->date(), to->date());
    }

    QSettings settings;
    const QString folder = settings.value(u"export/lastFolder"_s, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Briefing"), QDir(folder).filePath(tr("briefing") + u".pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        path += u".pdf"_s;
    }
    settings.setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
    exportBriefing(path, options, BriefingScope(scope->currentData().toInt()));
}

QStringList MainWindow::briefingEventIds(BriefingScope scope, QString *coverage) const
{
    coverage->clear();
    if (scope == BriefingScope::Everything) {
        return {};
    }
    // One selected event is where the analyst is reading, not a choice of what to brief on: only a
    // selection of two or more narrows the briefing.
    QStringList ids;
    QSet<int> rows;
    for (const QModelIndex &index : m_eventSelection->selectedIndexes()) {
        if (!rows.contains(index.row())) {
            rows.insert(index.row());
            ids.append(m_events->index(index.row(), 0).data(EventListModel::IdRole).toString());
        }
    }
    if (ids.size() > 1) {
        *coverage = tr("the %n selected event(s)", nullptr, int(ids.size()));
        return ids;
    }
    // The filter is what the window shows: a briefing of it covers the events it keeps, and says so.
    const EventFilterModel *proxy = m_eventTable->proxy();
    if (proxy->filter().isEmpty()) {
        return {};
    }
    ids.clear();
    const QList<bool> accepted = proxy->acceptedRows();
    for (int row = 0; row < accepted.size(); ++row) {
        if (accepted.at(row)) {
            ids.append(m_events->index(row, 0).data(EventListModel::IdRole).toString());
        }
    }
    *coverage = tr("the events the filter keeps: %1 of %2").arg(ids.size()).arg(m_events->rowCount());
    if (ids.isEmpty()) {
        // A filter that keeps nothing briefs nothing, rather than everything.
        ids.append(QString());
    }
    return ids;
}

bool MainWindow::exportBriefing(const QString &path, BriefingOptions options, BriefingScope scope)
{
    if (!options.ratesLastDate.isValid()) {
        options.ratesLastDate = RatesUpdate::status().lastDate;
    }
    QString coverage;
    const QStringList ids = briefingEventIds(scope, &coverage);
    if (ids == QStringList{QString()}) {
        m_messageBar->showMessage(tr("The briefing was not written."), {tr("No event matches the filter.")});
        return false;
    }
    if (!ids.isEmpty()) {
        options.filter.eventIds = ids;
        options.coverage = coverage;
    }
    const QString covers = coverage.isEmpty() ? tr("every event") : coverage;
    QProgressDialog progress(tr("Writing the briefing\u2026"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(u"briefingProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The window's corpus holds metadata only: the briefing quotes and cites the texts, read first.
    const Corpus corpus = briefingCorpus([&progress](int done, int total) {
        progress.setLabelText(tr("Reading the articles\u2026"));
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (progress.wasCanceled()) {
        statusBar()->showMessage(tr("Briefing export cancelled; no file was written."), 8000);
        return false;
    }
    progress.setLabelText(tr("Writing the briefing\u2026"));
    progress.setRange(0, 100);
    progress.setValue(0);

    // Laying out and painting the pages runs on a worker thread: the window goes on painting and answering, and the
    // progress dialog follows the writer through two atomics it polls (the worker never touches a widget).
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    BriefingWriter writer(std::move(options));
    writer.setProgress([&done, &cancelled](int step, int total) {
        done.store(step * 100 / std::max(total, 1));
        return !cancelled.load();
    });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled.store(true); });
    QFuture<BriefingWriter::Result> future =
        QtConcurrent::run([&writer, &corpus, path] { return writer.write(corpus, path); });
    QFutureWatcher<BriefingWriter::Result> watcher;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &progress, [&] {
        if (!cancelled.load()) {
            progress.setValue(std::min(done.load(), 99));
        }
    });
    connect(&watcher, &QFutureWatcher<BriefingWriter::Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    poll.start();
    if (!future.isFinished()) {
        loop.exec();
    }
    poll.stop();
    const BriefingWriter::Result result = future.result();
    progress.reset();
    if (result.ok()) {
        statusBar()->showMessage(tr("Briefing of %2 written to %1 (%n page(s)).", nullptr, result.pages)
                                     .arg(QDir::toNativeSeparators(path), covers),
                                 10000);
        return true;
    }
    if (result.status == BriefingWriter::Status::Cancelled) {
        statusBar()->showMessage(tr("Briefing export cancelled; no file was written."), 8000);
    } else {
        m_messageBar->showMessage(tr("The briefing was not written."), {result.message});
    }
    return false;
}

namespace {

struct ExportChoice
{
    ExportWriter::Format format;
    const char *filter;
};

// The file dialog's filters, in the order they are offered.
const ExportChoice exportChoices[] = {
    {ExportWriter::Format::EventsCsv, QT_TRANSLATE_NOOP("Newsline::MainWindow", "Events as CSV (*.csv)")},
    {ExportWriter::Format::FiguresCsv, QT_TRANSLATE_NOOP("Newsline::MainWindow", "Figures as CSV (*.csv)")},
    {ExportWriter::Format::QuotesCsv, QT_TRANSLATE_NOOP("Newsline::MainWindow", "Quotes as CSV (*.csv)")},
    {ExportWriter::Format::Ics, QT_TRANSLATE_NOOP("Newsline::MainWindow", "Calendar, iCalendar (*.ics)")},
    {ExportWriter::Format::TimelineJs, QT_TRANSLATE_NOOP("Newsline::MainWindow", "TimelineJS (*.json)")},
    {ExportWriter::Format::Json, QT_TRANSLATE_NOOP("Newsline::MainWindow", "Newsline extract JSON (*.json)")},
};

} // namespace

void MainWindow::exportDataDialog()
{
    if (!hasWorkspace()) {
        return;
    }
    QStringList filters;
    for (const ExportChoice &choice : exportChoices) {
        filters.append(tr(choice.filter));
    }
    QSettings settings;
    const QString folder = settings.value(u"export/lastFolder"_s, QDir::homePath()).toString();
    QString filter = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(tr("events") + u".csv"_s),
                                                filters.join(u";;"_s), &filter);
    if (path.isEmpty()) {
        return;
    }
    const ExportWriter::Format format = exportChoices[std::max<qsizetype>(0, filters.indexOf(filter))].format;
    const QString suffix = u"."_s + ExportWriter::suffix(format);
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    settings.setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
    exportData(path, format);
}

bool MainWindow::exportData(const QString &path, ExportWriter::Format format)
{
    if (!hasWorkspace()) {
        return false;
    }
    // As for the briefing, a selection of two or more events narrows the export; else everything goes.
    QSet<QString> ids;
    for (const QModelIndex &index : m_eventSelection->selectedRows()) {
        ids.insert(m_events->index(index.row(), 0).data(EventListModel::IdRole).toString());
    }
    QProgressDialog progress(tr("Reading the articles\u2026"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Corpus corpus = WorkspaceExport::corpus(*m_session->workspace(), [&progress](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (progress.wasCanceled()) {
        statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
        return false;
    }
    if (ids.size() > 1) {
        corpus.events.removeIf([&ids](const Event &event) { return !ids.contains(event.id); });
    }
    progress.setLabelText(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()));
    progress.setRange(0, 0);
    const QString title = windowTitle();
    // Writing runs on a worker thread; the window goes on painting and answering meanwhile.
    QFuture<QString> future = QtConcurrent::run([corpus = std::move(corpus), format, title, path] {
        const QByteArray bytes = ExportWriter::write(format, corpus, title);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return file.errorString();
        }
        return QString();
    });
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        loop.exec();
    }
    progress.reset();
    const QString error = future.result();
    if (!error.isEmpty()) {
        m_messageBar->showMessage(tr("The export was not written."),
                                  {tr("%1: %2").arg(QDir::toNativeSeparators(path), error)});
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::updateRatesDialog()
{
    QMessageBox box(QMessageBox::Question, tr("Update Exchange Rates"), RatesUpdate::ageLine(), QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("Download the European Central Bank's full history of reference rates, or read a file "
                              "of it (eurofxref-hist.zip or .csv) you downloaded. The rates bundled with Newsline "
                              "stay as they are."));
    QPushButton *download = box.addButton(tr("&Download from the ECB"), QMessageBox::AcceptRole);
    QPushButton *fromFile = box.addButton(tr("From a &File\u2026"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == fromFile) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Exchange Rates File"), QDir::homePath(),
                                                          tr("ECB exchange rates (*.zip *.csv);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_messageBar->showMessage(tr("The exchange rates were not updated."),
                                      {tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
            return;
        }
        installRates(file.readAll(), QDir::toNativeSeparators(path));
    } else if (box.clickedButton() == download) {
        updateRatesFrom(RatesDownloader::defaultUrl());
    }
}

void MainWindow::updateRatesFrom(const QUrl &url)
{
    auto *downloader = new RatesDownloader(this);
    auto *progress =
        new QProgressDialog(tr("Downloading %1\u2026").arg(url.toDisplayString()), tr("Cancel"), 0, 0, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, downloader, &RatesDownloader::cancel);
    connect(downloader, &RatesDownloader::progress, progress, [progress](qint64 received, qint64 total) {
        if (total > 0) {
            progress->setMaximum(int(total / 1024));
            progress->setValue(int(received / 1024));
        }
    });
    connect(
        downloader, &RatesDownloader::finished, this,
        [this, downloader, progress, url](const QByteArray &bytes, const QString &error) {
            progress->close();
            downloader->deleteLater();
            if (!error.isEmpty()) {
                m_messageBar->showMessage(tr("The exchange rates were not updated."), {error, RatesUpdate::ageLine()});
                return;
            }
            installRates(bytes, url.toDisplayString());
        });
    downloader->start(url);
}

void MainWindow::installRates(const QByteArray &bytes, const QString &source)
{
    const RatesUpdate::Result result = RatesUpdate::install(bytes, source);
    if (!result.error.isEmpty()) {
        m_messageBar->showMessage(tr("The exchange rates were not updated."), {result.error});
        Q_EMIT ratesUpdated(false);
        return;
    }
    m_actions.value(u"updateRates"_s)->setStatusTip(RatesUpdate::ageLine());
    showRatesAge();
    m_messageBar->showMessage(tr("Exchange rates updated to %1; figures without a dollar value get one now where the "
                                 "new rates have it, and articles read from now on use them.")
                                  .arg(QLocale().toString(result.lastDate, QLocale::LongFormat)),
                              {RatesUpdate::ageLine()});
    // The open workspace (a temporary one of loose files included) gets the new dollar values at once.
    if (hasWorkspace()) {
        m_session->reload();
    }
    Q_EMIT ratesUpdated(true);
}

void MainWindow::showRatesAge()
{
    const RatesUpdate::Status rates = RatesUpdate::status();
    const qint64 days = std::max<qint64>(0, rates.lastDate.daysTo(QDate::currentDate()));
    //: %1 the last day of the exchange rates in use; %n how many days ago that was
    m_ratesLabel->setText(tr("ECB rates to %1 (%n day(s) old)", nullptr, int(days))
                              .arg(QLocale().toString(rates.lastDate, QLocale::ShortFormat)));
    m_ratesLabel->setToolTip(RatesUpdate::ageLine());
}

bool MainWindow::isImporting() const
{
    return m_session->job() == WorkspaceSession::Job::Import || m_session->job() == WorkspaceSession::Job::Reextract;
}

bool MainWindow::openPaths(const QStringList &paths)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it (Esc)."), 8000);
        return false;
    }
    QString error;
    if (!hasWorkspace()) {
        // Articles opened as files go into a temporary workspace: one store behind every panel.
        attachWorkspace(nullptr);
        if (!m_session->createScratch(&error)) {
            attachWorkspace(m_session->workspace());
            m_messageBar->showMessage(tr("Nothing was opened."), {error});
            return false;
        }
        showOpenedWorkspace();
        // Reading an empty workspace's events takes a moment; the import starts after it.
        m_session->waitForIdle();
    }
    if (!m_session->importFiles(paths, &error)) {
        m_messageBar->showMessage(tr("Nothing was imported."), {error});
        return false;
    }
    m_importPaths = paths;
    statusBar()->showMessage(m_session->isScratch() ? tr("Reading articles\u2026")
                                                    : tr("Importing articles into the workspace\u2026"));
    return true;
}

void MainWindow::cancelImport()
{
    if (isImporting()) {
        m_session->cancel();
    }
}

void MainWindow::onImportProgress(int done, int total)
{
    if (!isImporting()) {
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

bool MainWindow::setCorpus(const Corpus &corpus)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running; wait for it or cancel it (Esc) first."), 8000);
        return false;
    }
    QString error;
    attachWorkspace(nullptr);
    if (!m_session->createScratch(&error, corpus)) {
        attachWorkspace(m_session->workspace());
        m_messageBar->showMessage(tr("The articles could not be shown."), {error});
        return false;
    }
    m_openedPaths.clear();
    showOpenedWorkspace();
    // Small and already extracted: shown at once, as the caller expects.
    m_session->waitForIdle();
    return true;
}

void MainWindow::showCorpus(Corpus corpus)
{
    // Models point into m_corpus: detach them before it changes under them.
    m_events->setCorpus(nullptr);
    m_figures->setCorpus(nullptr);
    m_corpus = std::move(corpus);
    m_events->setCorpus(&m_corpus);
    m_figures->setCorpus(&m_corpus);
    m_timeline->fitAll();
    if (!m_corpus.articles.isEmpty()) {
        showArticle(0);
    } else {
        m_textView->clearArticle();
    }
    // The corpus holds only the articles its events cite: the count comes from the workspace.
    const int articles = hasWorkspace() ? m_session->workspace()->articleCount() : 0;
    statusBar()->showMessage(tr("%n article(s)", nullptr, articles) + u", "_s +
                             tr("%n event(s)", nullptr, int(m_corpus.events.size())));
    updateTitle();
}

bool MainWindow::hasWorkspace() const
{
    return m_session->isOpen();
}

bool MainWindow::openWorkspace(const QString &path, Workspace::OpenMode mode)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running; wait for it or cancel it (Esc) first."), 8000);
        return false;
    }
    QString error;
    m_session->setDefaultPublished(m_reader.defaultPublished());
    attachWorkspace(nullptr);
    if (!m_session->open(path, &error, mode)) {
        attachWorkspace(m_session->workspace());
        m_messageBar->showMessage(tr("The workspace was not opened; what is shown stays."), {error});
        return false;
    }
    m_openedPaths.clear();
    showOpenedWorkspace();
    return true;
}

void MainWindow::attachWorkspace(Workspace *workspace)
{
    m_articles->setWorkspace(workspace);
    m_quotes->setWorkspace(workspace);
    m_articleSearch->setWorkspace(workspace);
}

void MainWindow::showOpenedWorkspace()
{
    Workspace *workspace = m_session->workspace();
    m_messageBar->hide();
    m_articleIds.clear();
    m_indexOfId.clear();
    m_texts.clear();
    m_shownWorkspace.clear();
    m_articleHashes.clear();
    m_deleted.clear();
    m_deletedProvenance.clear();
    m_flagged.clear();
    m_events->setProvenance({});
    updateCorrectionViews();
    // Corrections of another workspace are not undone in this one; saving under a new name goes on in the copy.
    if (!m_keepUndo) {
        m_undo->clear();
    }
    // Until its events are read, the window shows the workspace's lists and an empty timeline.
    showCorpus({});
    attachWorkspace(workspace);
    if (!m_session->isScratch()) {
        rememberWorkspace(workspace->path());
    }
    if (workspace->isReadOnly()) {
        m_messageBar->showMessage(workspace->readOnlyNotice(), {});
    }
    updateWorkspaceActions();
    updateTitle();
}

bool MainWindow::newWorkspace(const QString &path)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running; wait for it or cancel it (Esc) first."), 8000);
        return false;
    }
    QString error;
    std::unique_ptr<Workspace> created = Workspace::create(path, &error);
    if (!created) {
        m_messageBar->showMessage(tr("The workspace was not created."), {error});
        return false;
    }
    created.reset();
    if (!openWorkspace(path)) {
        return false;
    }
    statusBar()->showMessage(tr("An empty workspace: import articles with File \u2192 Import Files (Ctrl+I)."), 10000);
    return true;
}

bool MainWindow::saveWorkspaceAs(const QString &path)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is running; wait for it or cancel it (Esc) first."), 8000);
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (hasWorkspace() && QFileInfo(m_session->workspace()->path()).absoluteFilePath() == target) {
        statusBar()->showMessage(tr("The workspace is already saved there: every import is stored as it happens."),
                                 8000);
        return true;
    }
    // Written beside the target first: a failure leaves whatever file was there as it was.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QString error;
    if (!hasWorkspace()) {
        if (std::unique_ptr<Workspace> created = Workspace::create(partial, &error)) {
            created.reset();
        }
    } else if (m_session->workspace()->isServer()) {
        // A team workspace is copied into the file (articles, extraction, corrections), which is then shown.
        if (!copyTeamWorkspaceTo(partial)) {
            return false;
        }
    } else if (!m_session->workspace()->saveCopyAs(partial)) {
        error = m_session->workspace()->lastError();
    }
    if (error.isEmpty()) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(target + suffix) && !QFile::remove(target + suffix)) {
                error = tr("%1: cannot be replaced (is it open elsewhere, or read-only?)").arg(target + suffix);
                break;
            }
        }
    }
    if (error.isEmpty() && !QFile::rename(partial, target)) {
        error = tr("%1: cannot be written").arg(target);
    }
    if (!error.isEmpty()) {
        QFile::remove(partial);
        m_messageBar->showMessage(tr("The workspace was not saved."), {error});
        return false;
    }
    m_keepUndo = true;
    const bool opened = openWorkspace(target);
    m_keepUndo = false;
    return opened;
}

void MainWindow::rememberWorkspace(const QString &path)
{
    QSettings().setValue(u"workspace/last"_s, path);
    addRecent({path});
}

void MainWindow::updateWorkspaceActions()
{
    const bool open = hasWorkspace();
    const bool writable = open && !m_session->workspace()->isReadOnly();
    m_actions.value(u"watchFolder"_s)->setEnabled(writable);
    const QString folder = open ? m_session->watchFolder() : QString();
    m_actions.value(u"stopWatching"_s)->setEnabled(writable && !folder.isEmpty());
    m_actions.value(u"stopWatching"_s)
        ->setStatusTip(folder.isEmpty() ? tr("Stop importing from the watched folder")
                                        : tr("Stop importing from %1").arg(QDir::toNativeSeparators(folder)));
    m_actions.value(u"openFiles"_s)->setEnabled(!open || writable);
    m_actions.value(u"openFolder"_s)->setEnabled(!open || writable);
}

QString MainWindow::askWorkspaceFile(const QString &title)
{
    QSettings settings;
    QString path =
        QFileDialog::getSaveFileName(this, title,
                                     QDir(settings.value(u"workspace/lastFolder"_s, QDir::homePath()).toString())
                                         .filePath(tr("articles") + workspaceSuffix),
                                     tr("Newsline workspaces (*.newsline)"));
    if (path.isEmpty()) {
        return {};
    }
    if (!isWorkspaceFile(path)) {
        path += workspaceSuffix;
    }
    settings.setValue(u"workspace/lastFolder"_s, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::newWorkspaceDialog()
{
    const QString path = askWorkspaceFile(tr("New Workspace"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_messageBar->showMessage(tr("The workspace was not created."),
                                  {tr("%1: cannot be replaced").arg(QDir::toNativeSeparators(path))});
        return;
    }
    newWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), settings.value(u"workspace/lastFolder"_s, QDir::homePath()).toString(),
        tr("Newsline workspaces (*.newsline);;All files (*)"));
    if (!path.isEmpty()) {
        settings.setValue(u"workspace/lastFolder"_s, QFileInfo(path).absolutePath());
        openWorkspace(path);
    }
}

void MainWindow::openTeamWorkspaceDialog()
{
    QSettings settings;
    TeamWorkspaceDialog dialog(settings.value(u"workspace/lastTeam"_s).toString(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    settings.setValue(u"workspace/lastTeam"_s, dialog.uri());
    openTeamWorkspace(dialog.uri());
}

bool MainWindow::openTeamWorkspace(const QString &uri)
{
    QString address = uri;
    // What libpq finds first (~/.pgpass, PGPASSWORD, a service); the password is asked only when the server wants one
    // they do not give, and lives in this session's memory only.
    QString error;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const std::unique_ptr<Workspace> probe = Workspace::open(uri, &error, Workspace::OpenMode::ReadOnly);
        QApplication::restoreOverrideCursor();
    }
    if (error.contains("password"_L1)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Open Team Workspace"), tr("Password for %1:").arg(Workspace::isServerUri(uri) ? uri : QString()),
            QLineEdit::Password, {}, &ok);
        if (!ok) {
            return false;
        }
        address = withPassword(uri, password);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = openWorkspace(address);
    QApplication::restoreOverrideCursor();
    return opened;
}

bool MainWindow::copyTeamWorkspaceTo(const QString &path)
{
    Workspace *team = m_session->workspace();
    const QString location = team->location();
    QProgressDialog progress(tr("Copying %1 to %2\u2026").arg(team->path(), QDir::toNativeSeparators(path)),
                             tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = std::make_shared<std::atomic_int>(0);
    auto total = std::make_shared<std::atomic_int>(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    // The worker has connections of its own (QtSql connections belong to their thread); the window goes on painting.
    QFuture<QString> future = QtConcurrent::run([location, path, done, total, cancelled] {
        QString error;
        const std::unique_ptr<Workspace> source = Workspace::open(location, &error, Workspace::OpenMode::ReadOnly);
        std::unique_ptr<Workspace> copy = source ? Workspace::create(path, &error) : nullptr;
        if (!copy) {
            return error;
        }
        copy->setDurable(false);
        const WorkspaceCopy::Result result = WorkspaceCopy::copy(*source, *copy, [&](int d, int t) {
            done->store(d);
            total->store(t);
            return !cancelled->load();
        });
        if (result.cancelled) {
            return tr("the copy was cancelled");
        }
        copy->setDurable(true);
        return result.failure;
    });
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(total->load());
        progress.setValue(done->load());
        if (progress.wasCanceled()) {
            cancelled->store(true);
        }
    });
    poll.start(100);
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        loop.exec();
    }
    poll.stop();
    progress.reset();
    const QString error = future.result();
    if (!error.isEmpty()) {
        QFile::remove(path);
        m_messageBar->showMessage(tr("The workspace was not saved."),
                                  {tr("%1: %2").arg(QDir::toNativeSeparators(path), error)});
        return false;
    }
    return true;
}

void MainWindow::saveWorkspaceAsDialog()
{
    const QString path = askWorkspaceFile(tr("Save Workspace As"));
    if (!path.isEmpty()) {
        saveWorkspaceAs(path);
    }
}

void MainWindow::watchFolderDialog()
{
    if (!hasWorkspace()) {
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Watch Folder"), m_session->watchFolder());
    if (folder.isEmpty()) {
        return;
    }
    QString error;
    if (!m_session->setWatchFolder(folder, &error)) {
        m_messageBar->showMessage(tr("The folder is not watched."), {error});
    } else {
        statusBar()->showMessage(
            tr("Watching %1: new and changed articles there are imported.").arg(QDir::toNativeSeparators(folder)),
            10000);
    }
    updateWorkspaceActions();
}

void MainWindow::onSessionBusy(bool busy)
{
    const WorkspaceSession::Job job = m_session->job();
    const bool importing = job == WorkspaceSession::Job::Import || job == WorkspaceSession::Job::Reextract;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy && importing);
    m_actions.value(u"cancelImport"_s)->setEnabled(busy && importing);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(job == WorkspaceSession::Job::Load ? tr("Reading events\u2026") : tr("Extracting\u2026"));
        if (job == WorkspaceSession::Job::Reextract) {
            statusBar()->showMessage(tr("Articles were extracted by another version of Newsline; extracting them "
                                        "again (what is stored stays readable meanwhile)\u2026"));
        }
    }
}

void MainWindow::onSnapshotReady()
{
    WorkspaceSnapshot snapshot = m_session->takeSnapshot();
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        return;
    }
    // Read again (an import, another window): the reader keeps their place, unless there was nothing to see yet.
    const bool again = m_shownWorkspace == workspace->path() && !m_corpus.events.isEmpty();
    QStringList selectedIds;
    QString currentId;
    int shownId = -1;
    QDate first;
    QDate last;
    if (again) {
        for (const QModelIndex &index : m_eventSelection->selectedRows()) {
            selectedIds.append(index.data(EventListModel::IdRole).toString());
        }
        currentId = m_eventSelection->currentIndex().data(EventListModel::IdRole).toString();
        shownId = articleId(m_textView->articleIndex());
        first = m_timeline->visibleFirst();
        last = m_timeline->visibleLast();
    }
    m_articleIds = std::move(snapshot.articleIds);
    m_indexOfId.clear();
    for (qsizetype i = 0; i < m_articleIds.size(); ++i) {
        m_indexOfId.insert(m_articleIds.at(i), int(i));
    }
    m_texts.clear();
    m_shownWorkspace = workspace->path();
    m_articleHashes = std::move(snapshot.articleHashes);
    m_deleted = std::move(snapshot.deleted);
    m_deletedProvenance = std::move(snapshot.deletedProvenance);
    const bool newlyFlagged = snapshot.flagged.size() > m_flagged.size();
    m_flagged = std::move(snapshot.flagged);
    m_events->setProvenance(std::move(snapshot.provenance));
    updateCorrectionViews();
    if (newlyFlagged) {
        QStringList details;
        for (const FlaggedCorrection &flagged : std::as_const(m_flagged)) {
            details.append(
                flagged.reason == FlaggedCorrection::Reason::EvidenceGone
                    ? tr("%1 of %2: the article's text it relies on changed")
                          .arg(Correction::kindName(flagged.correction.kind),
                               QLocale().toString(flagged.correction.made.toLocalTime(), QLocale::ShortFormat))
                    : tr("%1 of %2: its event is no longer found")
                          .arg(Correction::kindName(flagged.correction.kind),
                               QLocale().toString(flagged.correction.made.toLocalTime(), QLocale::ShortFormat)));
        }
        m_messageBar->showMessage(
            tr("%n correction(s) no longer apply and are kept for review.", nullptr, int(m_flagged.size())), details);
    }
    m_textView->clearArticle();
    m_articles->reload();
    m_quotes->reload();
    m_articleSearch->refresh();
    showCorpus(std::move(snapshot.corpus));
    if (again) {
        m_followSelection = false;
        for (int row = 0; row < m_events->rowCount(); ++row) {
            const QModelIndex index = m_events->index(row, 0);
            const QString id = index.data(EventListModel::IdRole).toString();
            if (id == currentId) {
                m_eventSelection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            } else if (selectedIds.contains(id)) {
                m_eventSelection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        m_followSelection = true;
        if (first.isValid() && last.isValid()) {
            m_timeline->setVisibleRange(first, last);
        }
        if (shownId >= 0) {
            showArticle(indexOfArticleId(shownId));
        }
    }
    updateTitle();
    Q_EMIT workspaceLoaded();
}

void MainWindow::onWorkspaceImportFinished(const ImportResult &result, bool fromWatchedFolder)
{
    QString summary = tr("%n article(s) added", nullptr, result.added);
    if (result.updated > 0) {
        summary += u", "_s + tr("%n updated", nullptr, result.updated);
    }
    if (result.unchanged > 0) {
        summary += u", "_s + tr("%n already in the workspace", nullptr, result.unchanged);
    }
    if (result.cancelled) {
        summary = tr("Import cancelled; the batches already stored stay (%1).").arg(summary);
    } else if (fromWatchedFolder) {
        summary = tr("From the watched folder: %1").arg(summary);
    }
    statusBar()->showMessage(summary, 10000);
    showReadErrors(result.errors);
    if (!fromWatchedFolder && !result.cancelled) {
        // Files opened into a temporary workspace are opened again next time; a workspace file keeps its own.
        for (const QString &path : std::as_const(m_importPaths)) {
            if (m_session->isScratch() && !m_openedPaths.contains(path)) {
                m_openedPaths.append(path);
            }
        }
        addRecent(m_importPaths);
    }
    m_importPaths.clear();
    updateTitle();
    Q_EMIT importFinished(result.added, int(result.errors.size()));
}

const Article *MainWindow::fullArticle(int article)
{
    if (article < 0 || article >= m_corpus.articles.size() || !hasWorkspace()) {
        return nullptr;
    }
    const int id = m_articleIds.value(article, -1);
    if (const Article *cached = m_texts.object(id)) {
        return cached;
    }
    std::optional<Article> loaded = m_session->workspace()->article(id);
    if (!loaded) {
        return nullptr;
    }
    auto *text = new Article(std::move(*loaded));
    m_texts.insert(id, text);
    return text;
}

int MainWindow::indexOfArticleId(int id)
{
    if (const auto it = m_indexOfId.constFind(id); it != m_indexOfId.cend()) {
        return it.value();
    }
    if (!hasWorkspace()) {
        return -1;
    }
    // An article no event cites (found by a search, or in the article list): its metadata joins the corpus so that
    // every panel can name it.
    const std::optional<ArticleInfo> info = m_session->workspace()->articleInfo(id);
    if (!info) {
        return -1;
    }
    Article article;
    article.file = info->file;
    article.title = info->title;
    article.source = info->source;
    article.url = info->url;
    article.published = info->published;
    article.language = info->language;
    const int index = int(m_corpus.articles.size());
    m_corpus.articles.append(article);
    m_articleIds.append(id);
    m_indexOfId.insert(id, index);
    return index;
}

Corpus MainWindow::briefingCorpus(const std::function<bool(int, int)> &progress)
{
    if (!hasWorkspace()) {
        return {};
    }
    Corpus corpus = m_corpus;
    QList<Article> articles = m_session->workspace()->fullArticles(m_articleIds, progress);
    if (articles.size() != corpus.articles.size()) {
        return {};
    }
    corpus.articles = std::move(articles);
    return corpus;
}

void MainWindow::showReadErrors(const QList<ReadError> &errors)
{
    if (errors.isEmpty()) {
        return;
    }
    QStringList messages;
    for (const ReadError &error : errors) {
        messages.append(error.message());
    }
    // A feed's bad item is counted as what it is, not as a file that could not be opened.
    //: %1 counts files and feed items: "2 files", "1 feed item", "2 files and 1 feed item"
    m_messageBar->showMessage(tr("%1 could not be read; the others were opened.").arg(ReadError::count(errors)),
                              messages);
}

void MainWindow::selectEvent(int row)
{
    if (row < 0 || row >= m_events->rowCount()) {
        m_eventSelection->clear();
        return;
    }
    m_eventSelection->setCurrentIndex(m_events->index(row, 0),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::openSource(int row)
{
    if (m_eventSelection->currentIndex().row() != row) {
        selectEvent(row);
    }
    showEventSource(row);
    raisePanel(u"source"_s);
    m_textView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::raisePanel(const QString &name)
{
    QDockWidget *dock = name == "source"_L1     ? m_sourceDock
                        : name == "figures"_L1  ? m_figureDock
                        : name == "quotes"_L1   ? m_quoteDock
                        : name == "articles"_L1 ? m_articleDock
                        : name == "search"_L1   ? m_searchDock
                        : name == "deleted"_L1  ? m_deletedDock
                        : name == "history"_L1  ? m_historyDock
                                                : nullptr;
    if (dock) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::onCurrentEventChanged(const QModelIndex &current)
{
    if (current.isValid() && m_followSelection) {
        showEventSource(current.row());
    }
}

void MainWindow::setLaneMode(int mode)
{
    m_laneMode->setCurrentIndex(std::max(0, m_laneMode->findData(mode)));
}

QAbstractItemModel *MainWindow::articleListModel() const
{
    return m_articleProxy;
}

void MainWindow::updateCompanies()
{
    // Every actor of the events, most active first: the company pick list of the filter.
    QHash<QString, int> count;
    for (const Event &event : std::as_const(m_corpus.events)) {
        for (const QString &actor : event.actors) {
            ++count[actor];
        }
    }
    QStringList companies = count.keys();
    std::sort(companies.begin(), companies.end(), [&](const QString &a, const QString &b) {
        const int ca = count.value(a);
        const int cb = count.value(b);
        return ca != cb ? ca > cb : a.localeAwareCompare(b) < 0;
    });
    m_filterBar->setCompanies(companies);
}

void MainWindow::onFilterChanged()
{
    EventFilterModel *proxy = m_eventTable->proxy();
    const QList<bool> accepted = proxy->acceptedRows();
    m_timeline->setRowFilter(accepted);
    m_figures->setEventFilter(accepted);
    m_filterBar->setCounts(proxy->rowCount(), m_events->rowCount());
    // The quote and article lists keep the articles the kept events were read from.
    if (accepted.isEmpty()) {
        m_quoteSearch->setArticleFilter({}, false);
        m_articleProxy->clearRestriction();
    } else {
        QSet<int> articles;
        for (int row = 0; row < accepted.size() && row < m_corpus.events.size(); ++row) {
            if (accepted.at(row)) {
                for (const SourceRef &source : m_corpus.events.at(row).sources) {
                    articles.insert(articleId(source.article));
                }
            }
        }
        m_quoteSearch->setArticleFilter(articles, true);
        m_articleProxy->restrictTo(articles);
    }
    // A hidden event is never selected: what the other panels and the export follow is what is seen.
    if (!accepted.isEmpty()) {
        QItemSelection hidden;
        for (const QModelIndex &index : m_eventSelection->selectedRows()) {
            if (index.row() >= accepted.size() || !accepted.at(index.row())) {
                hidden.select(index, index.siblingAtColumn(m_events->columnCount() - 1));
            }
        }
        if (!hidden.isEmpty()) {
            m_eventSelection->select(hidden, QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        }
        const QModelIndex current = m_eventSelection->currentIndex();
        if (current.isValid() && (current.row() >= accepted.size() || !accepted.at(current.row()))) {
            m_eventSelection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        }
    }
}

void MainWindow::onEventSelectionChanged()
{
    QList<int> rows;
    const QModelIndexList selected = m_eventSelection->selectedRows();
    for (const QModelIndex &index : selected) {
        rows.append(index.row());
    }

    // Bars follow the order of events in time, which is how the reader compares them.
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        const QDate da = m_corpus.events.at(a).date;
        const QDate db = m_corpus.events.at(b).date;
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        return da != db ? da < db : a < b;
    });
    m_figures->setEvents(rows);
}

void MainWindow::showArticle(int article)
{
    const Article *full = fullArticle(article);
    if (!full) {
        return;
    }
    if (m_textView->articleIndex() != article) {
        m_textView->setArticle(*full, article);
    }
    const QModelIndex index = m_articleProxy->mapFromSource(m_articles->index(m_articles->rowOfId(articleId(article))));
    if (m_articleList->currentIndex() != index) {
        const QSignalBlocker blocker(m_articleList->selectionModel());
        m_articleList->setCurrentIndex(index);
    }
}

void MainWindow::showEventSource(int row)
{
    if (row < 0 || row >= m_corpus.events.size()) {
        return;
    }
    const Event &event = m_corpus.events.at(row);
    if (event.sources.isEmpty()) {
        return;
    }
    const SourceRef &source = event.sources.constFirst();
    showArticle(source.article);
    m_textView->highlightSentencesOf({source.start, source.end});
}

void MainWindow::onFigureClicked(int article, int figure)
{
    const Article *full = fullArticle(article);
    if (!full || figure < 0 || figure >= full->figures.size()) {
        return;
    }
    const MoneyFigure money = full->figures.at(figure);
    int row = m_events->rowOfFigure({article, figure});
    if (row < 0) {
        row = m_events->rowForSpan(article, money.span());
    }
    // The reader clicked in this text: it stays where it is, with the figure's sentence lit.
    m_followSelection = false;
    selectEvent(row);
    m_followSelection = true;
    m_textView->highlightSentencesOf(money.span());
}

void MainWindow::onQuoteClicked(int article, int quote)
{
    const Article *full = fullArticle(article);
    if (!full || quote < 0 || quote >= full->quotes.size()) {
        return;
    }
    const Quote q = full->quotes.at(quote);
    raisePanel(u"quotes"_s);
    // The quote panel knows articles by their workspace id.
    m_quoteSearch->showQuote(articleId(article), q.start);
    showQuoteInContext(article, q.start, q.end);
}

void MainWindow::showQuoteInContext(int article, int start, int end)
{
    article = indexOfArticleId(article);
    if (article < 0 || article >= m_corpus.articles.size()) {
        return;
    }
    m_followSelection = false;
    selectEvent(m_events->rowForSpan(article, {start, end}, EventListModel::Reach::EarlierInParagraph));
    m_followSelection = true;
    showArticle(article);
    m_textView->highlightSentencesOf({start, end});
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(u"view/language"_s, language);
    statusBar()->showMessage(tr("The language will change the next time Newsline starts."), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelImport();
    // Batches already committed stay in the workspace; the one in progress is rolled back whole.
    m_session->close();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); })) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslate();
    }
}

void MainWindow::childEvent(QChildEvent *event)
{
    QMainWindow::childEvent(event);
    // The tabs of panels docked together keep their whole names ("Deleted", not "S…" in French): the tab bar
    // scrolls instead. The bars are made by the window's layout as panels are tabbed, and are complete once polished.
    if (event->polished()) {
        if (auto *bar = qobject_cast<QTabBar *>(event->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    }
}

// --- The analyst's corrections ---

QList<int> MainWindow::selectedEventRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_eventSelection->selectedRows()) {
        rows.append(index.row());
    }
    const int current = m_eventSelection->currentIndex().row();
    // The current event comes first: it is the one a merge keeps.
    std::sort(rows.begin(), rows.end());
    if (rows.removeOne(current)) {
        rows.prepend(current);
    } else if (rows.isEmpty() && current >= 0) {
        rows.append(current);
    }
    return rows;
}

ItemKey MainWindow::eventKey(int row) const
{
    const EventProvenance *provenance = m_events->provenance(row);
    return provenance ? provenance->key : ItemKey();
}

Correction MainWindow::newCorrection(Correction::Kind kind, const ItemKey &target) const
{
    Correction correction;
    correction.kind = kind;
    correction.target = target;
    // Who made it: the account's name (a workspace is a team's file, a correction says whose decision it was).
    correction.author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    correction.made = QDateTime::currentDateTimeUtc();
    return correction;
}

QList<EvidenceSpan> MainWindow::evidenceOf(const Event &event)
{
    QList<EvidenceSpan> evidence;
    for (const SourceRef &source : event.sources) {
        const Article *article = fullArticle(source.article);
        const QString hash = m_articleHashes.value(source.article);
        if (hash.isEmpty()) {
            continue;
        }
        evidence.append({hash, source.start, source.end,
                         article ? article->text.mid(source.start, source.end - source.start) : QString()});
    }
    return evidence;
}

bool MainWindow::pushCorrection(const QString &text, QList<Correction> added, QList<Correction> withdrawn)
{
    if (!hasWorkspace() || m_session->workspace()->isReadOnly()) {
        m_messageBar->showMessage(
            tr("The correction was not made."),
            {hasWorkspace() ? m_session->workspace()->readOnlyNotice() : tr("No workspace is open.")});
        return false;
    }
    auto *command = new CorrectionCommand(m_session, text, std::move(added), std::move(withdrawn));
    m_undo->push(command);
    if (!command->error().isEmpty()) {
        const QString error = command->error();
        // What was stored of the step is taken back, and the step is not kept for undoing.
        command->setObsolete(true);
        m_undo->undo();
        m_messageBar->showMessage(tr("The correction could not be written to the workspace."), {error});
        return false;
    }
    return true;
}

bool MainWindow::correctEvent(int row, const QJsonObject &values)
{
    const ItemKey key = eventKey(row);
    if (!key.isValid() || values.isEmpty()) {
        return false;
    }
    Correction correction = newCorrection(Correction::Kind::EditEvent, key);
    correction.values = values;
    correction.evidence = evidenceOf(m_corpus.events.at(row));
    // The history names the event, so that a step can be found again.
    return pushCorrection(tr("Edit Event: %1").arg(m_corpus.events.at(row).actors.join(u", "_s)), {correction});
}

bool MainWindow::deleteEvents(const QList<int> &rows)
{
    QList<Correction> corrections;
    for (int row : rows) {
        const ItemKey key = eventKey(row);
        if (key.isValid()) {
            Correction correction = newCorrection(Correction::Kind::DeleteEvent, key);
            correction.evidence = evidenceOf(m_corpus.events.at(row));
            corrections.append(correction);
        }
    }
    if (corrections.isEmpty()) {
        return false;
    }
    return pushCorrection(tr("Delete %n Event(s)", nullptr, int(corrections.size())), corrections);
}

bool MainWindow::mergeEvents(const QList<int> &rows)
{
    if (rows.size() < 2) {
        statusBar()->showMessage(tr("Select two or more events to merge (Ctrl+click)."), 8000);
        return false;
    }
    Correction correction = newCorrection(Correction::Kind::MergeEvents, eventKey(rows.first()));
    for (int row : rows) {
        if (row != rows.first()) {
            correction.others.append(eventKey(row));
        }
        correction.evidence += evidenceOf(m_corpus.events.at(row));
    }
    return correction.target.isValid() &&
           pushCorrection(tr("Merge %n Events", nullptr, int(rows.size())), {correction});
}

bool MainWindow::splitEvent(int row, const QList<int> &sources)
{
    const ItemKey key = eventKey(row);
    if (!key.isValid()) {
        return false;
    }
    const Event &event = m_corpus.events.at(row);
    Correction correction = newCorrection(Correction::Kind::SplitEvent, key);
    for (int index : sources) {
        if (index >= 0 && index < event.sources.size()) {
            const SourceRef &source = event.sources.at(index);
            correction.others.append({m_articleHashes.value(source.article), source.start, source.end, QString()});
        }
    }
    if (correction.others.isEmpty() || correction.others.size() >= event.sources.size()) {
        statusBar()->showMessage(tr("Choose some of the event's sources, not all of them, to split off."), 8000);
        return false;
    }
    correction.evidence = evidenceOf(event);
    return pushCorrection(tr("Split Event"), {correction});
}

std::optional<Correction> MainWindow::selectionCorrection(Correction::Kind kind, int article, const TextSpan &span,
                                                          const QString &tag, const QJsonObject &values)
{
    const Article *full = fullArticle(article);
    if (!hasWorkspace() || !full || !span.isValid() || span.end > full->text.size() || span.length() == 0) {
        return std::nullopt;
    }
    const QString hash = m_session->workspace()->articleHash(articleId(article));
    Correction correction = newCorrection(kind, {hash, span.start, span.end, tag});
    correction.values = values;
    correction.evidence = {{hash, span.start, span.end, full->text.mid(span.start, span.length())}};
    return correction;
}

bool MainWindow::addEvent(int article, const TextSpan &span, const QJsonObject &values)
{
    const auto correction = selectionCorrection(Correction::Kind::AddEvent, article, span, u"added"_s, values);
    return correction && pushCorrection(tr("Add Event"), {*correction});
}

bool MainWindow::restoreEvent(int deleted)
{
    if (deleted < 0 || deleted >= m_deletedProvenance.size() || !hasWorkspace()) {
        return false;
    }
    const qint64 id = m_deletedProvenance.at(deleted).deletedBy;
    const QList<Correction> stored = m_session->workspace()->corrections();
    const auto it = std::find_if(stored.cbegin(), stored.cend(), [id](const Correction &c) { return c.id == id; });
    return it != stored.cend() && pushCorrection(tr("Restore Event"), {}, {*it});
}

bool MainWindow::revertEvent(int row)
{
    const EventProvenance *provenance = m_events->provenance(row);
    if (!hasWorkspace() || !provenance || !provenance->isCorrected()) {
        return false;
    }
    QList<Correction> edits;
    for (const Correction &c : m_session->workspace()->corrections()) {
        if (c.kind == Correction::Kind::EditEvent && c.target == provenance->key) {
            edits.append(c);
        }
    }
    return !edits.isEmpty() &&
           pushCorrection(tr("Revert to Extracted: %1").arg(m_corpus.events.at(row).actors.join(u", "_s)), {}, edits);
}

bool MainWindow::discardFlagged(int index)
{
    if (index < 0 || index >= m_flagged.size() || !hasWorkspace()) {
        return false;
    }
    return pushCorrection(tr("Discard Correction"), {}, {m_flagged.at(index).correction});
}

bool MainWindow::setQuoteSpeaker(int articleId, int start, int end, const QString &speaker)
{
    if (!hasWorkspace()) {
        return false;
    }
    const QString hash = m_session->workspace()->articleHash(articleId);
    Correction correction = newCorrection(Correction::Kind::EditQuote, {hash, start, end, u"quote"_s});
    correction.values = {{u"speaker"_s, speaker.trimmed()}};
    correction.evidence = {{hash, start, end, QString()}};
    return !hash.isEmpty() && pushCorrection(tr("Change Quote Speaker"), {correction});
}

bool MainWindow::deleteQuote(int articleId, int start, int end)
{
    if (!hasWorkspace()) {
        return false;
    }
    const QString hash = m_session->workspace()->articleHash(articleId);
    Correction correction = newCorrection(Correction::Kind::DeleteQuote, {hash, start, end, u"quote"_s});
    correction.evidence = {{hash, start, end, QString()}};
    return !hash.isEmpty() && pushCorrection(tr("Not a Quote"), {correction});
}

bool MainWindow::addQuote(int article, const TextSpan &span, const QJsonObject &values)
{
    const auto correction = selectionCorrection(Correction::Kind::AddQuote, article, span, u"quote"_s, values);
    return correction && correction->target.isValid() && pushCorrection(tr("Add Quote"), {*correction});
}

bool MainWindow::mergeEntities(const QStringList &names, const QString &into)
{
    QStringList merged;
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty() && name.trimmed() != into.trimmed() && !merged.contains(name.trimmed())) {
            merged.append(name.trimmed());
        }
    }
    if (!hasWorkspace() || into.trimmed().isEmpty() || merged.isEmpty()) {
        return false;
    }
    Correction correction = newCorrection(Correction::Kind::MergeEntities, ItemKey::ofName(into.trimmed()));
    correction.values = {{u"names"_s, QJsonArray::fromStringList(merged)}};
    return pushCorrection(tr("Merge Entities: %1").arg(into.trimmed()), {correction});
}

bool MainWindow::splitEntity(const QString &name)
{
    if (!hasWorkspace() || name.trimmed().isEmpty()) {
        return false;
    }
    return pushCorrection(tr("Split Entity: %1").arg(name.trimmed()),
                          {newCorrection(Correction::Kind::SplitEntity, ItemKey::ofName(name.trimmed()))});
}

void MainWindow::mergeEntitiesDialog()
{
    // The parties of the events and the speakers of the quotes, the names the current event gives checked.
    QStringList names = entityNames();
    for (const QString &speaker : m_quotes->speakersAndRoles()) {
        if (!names.contains(speaker)) {
            names.append(speaker);
        }
    }
    names.sort(Qt::CaseInsensitive);
    const int row = m_eventSelection->currentIndex().row();
    QStringList checked;
    for (int selected : selectedEventRows()) {
        if (selected >= 0 && selected < m_corpus.events.size()) {
            checked += m_corpus.events.at(selected).actors;
        }
    }
    if (checked.isEmpty() && row >= 0 && row < m_corpus.events.size()) {
        checked = m_corpus.events.at(row).actors;
    }
    EntityMergeDialog dialog(names, checked, this);
    if (dialog.exec() == QDialog::Accepted) {
        mergeEntities(dialog.names(), dialog.shownName());
    }
}

void MainWindow::splitEntityDialog()
{
    const EntityAliases aliases = hasWorkspace() ? m_session->workspace()->entityAliases() : EntityAliases();
    QStringList names = aliases.aliases();
    names.sort(Qt::CaseInsensitive);
    QStringList merged;
    for (const QString &alias : std::as_const(names)) {
        merged.append(tr("%1 (shown as %2)").arg(alias, aliases.shown(alias)));
    }
    if (merged.isEmpty()) {
        statusBar()->showMessage(tr("No names have been merged: there is nothing to split."), 8000);
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Split Entity"), tr("Take this name out of the entity it was merged into:"), merged, 0, false, &ok);
    if (ok && merged.contains(chosen)) {
        splitEntity(names.at(merged.indexOf(chosen)));
    }
}

QStringList MainWindow::entityNames() const
{
    QStringList names;
    for (const Event &event : m_corpus.events) {
        names += event.actors;
    }
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

void MainWindow::editEventDialog()
{
    const int row = m_eventSelection->currentIndex().row();
    if (row < 0 || row >= m_corpus.events.size()) {
        statusBar()->showMessage(tr("Select an event to edit."), 8000);
        return;
    }
    EventEditDialog dialog(m_corpus.events.at(row), m_corpus, m_articleHashes, entityNames(), this);
    if (dialog.exec() == QDialog::Accepted) {
        correctEvent(row, dialog.values());
    }
}

void MainWindow::splitEventDialog()
{
    const int row = m_eventSelection->currentIndex().row();
    if (row < 0 || row >= m_corpus.events.size() || m_corpus.events.at(row).sources.size() < 2) {
        statusBar()->showMessage(tr("Select an event told by two or more sources to split it."), 8000);
        return;
    }
    const Event &event = m_corpus.events.at(row);
    QStringList items;
    for (const SourceRef &source : event.sources) {
        const Article *article = fullArticle(source.article);
        items.append(article ? article->displayTitle() + u": "_s +
                                   article->text.mid(source.start, source.end - source.start).simplified()
                             : QString::number(source.article));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Split Event"),
                                                 tr("Move this source and the others of its article into a new "
                                                    "event:"),
                                                 items, items.size() - 1, false, &ok);
    if (!ok) {
        return;
    }
    const int picked = int(items.indexOf(chosen));
    QList<int> sources;
    for (int i = 0; i < event.sources.size(); ++i) {
        if (event.sources.at(i).article == event.sources.at(picked).article) {
            sources.append(i);
        }
    }
    splitEvent(row, sources);
}

void MainWindow::addEventDialog()
{
    const TextSpan span = m_textView->selectedSpan();
    const int article = m_textView->articleIndex();
    const Article *full = fullArticle(article);
    if (!span.isValid() || !full) {
        raisePanel(u"source"_s);
        statusBar()->showMessage(tr("Select the words that tell the event in the source text first."), 8000);
        return;
    }
    // Prefilled from what the finders saw in the selected words: their first date, the names, the figures.
    Event event;
    event.id = u"new"_s;
    event.dateBasis = Event::DateBasis::Analyst;
    event.sources = {{article, span.start, span.end}};
    for (const Timex &timex : full->timexes) {
        if (timex.type == Timex::Type::Date && span.contains(timex.span())) {
            const QString value = timex.value;
            event.date = QDate::fromString(value.left(10), Qt::ISODate);
            event.precision = Event::Precision::Day;
            if (!event.date.isValid() && value.size() == 7) {
                event.date = QDate::fromString(value + u"-01"_s, Qt::ISODate);
                event.precision = Event::Precision::Month;
            } else if (!event.date.isValid() && value.size() == 4) {
                event.date = QDate::fromString(value + u"-01-01"_s, Qt::ISODate);
                event.precision = Event::Precision::Year;
            }
            if (event.date.isValid()) {
                break;
            }
        }
    }
    if (!event.date.isValid()) {
        event.date = full->published;
        event.precision = Event::Precision::Day;
    }
    for (const Entity &entity : full->entities) {
        if (entity.type != Entity::Type::Person && entity.type != Entity::Type::Location &&
            std::any_of(entity.mentions.cbegin(), entity.mentions.cend(),
                        [&span](const TextSpan &mention) { return span.contains(mention); })) {
            event.actors.append(entity.name);
            event.parties.append({entity.name, EventParty::Role::Other});
        }
    }
    for (int i = 0; i < full->figures.size(); ++i) {
        if (span.contains(TextSpan{full->figures.at(i).start, full->figures.at(i).end})) {
            event.figures.append({article, i});
        }
    }
    // The dialog reads figures through a corpus: the article's own, as it stands.
    Corpus corpus = m_corpus;
    if (article < corpus.articles.size()) {
        corpus.articles[article].figures = full->figures;
    }
    EventEditDialog dialog(event, corpus, m_articleHashes, entityNames(), this);
    dialog.setWindowTitle(tr("Add Event"));
    if (dialog.exec() == QDialog::Accepted) {
        addEvent(article, span, dialog.allValues());
    }
}

void MainWindow::addQuoteDialog()
{
    const int article = m_textView->articleIndex();
    const Article *full = fullArticle(article);
    const QuoteDraft draft = full ? draftQuote(*full, m_textView->selectedSpan()) : QuoteDraft();
    if (!full || !draft.span.isValid()) {
        raisePanel(u"source"_s);
        statusBar()->showMessage(tr("Select the quoted words in the source text first."), 8000);
        return;
    }
    // The speakers already in the workspace first, then the article's other people.
    QStringList speakers = m_quotes->speakersAndRoles();
    for (const Entity &entity : full->entities) {
        if (entity.type == Entity::Type::Person && !speakers.contains(entity.name)) {
            speakers.append(entity.name);
        }
    }
    QuoteAddDialog dialog(draft, full->text.mid(draft.span.start, draft.span.length()), speakers, this);
    if (dialog.exec() == QDialog::Accepted) {
        addQuote(article, draft.span, dialog.values());
    }
}

void MainWindow::showTextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu(m_textView->createStandardContextMenu(position));
    menu->addSeparator();
    menu->addAction(m_actions.value(u"addEvent"_s));
    menu->addAction(m_actions.value(u"addQuote"_s));
    menu->exec(m_textView->viewport()->mapToGlobal(position));
}

void MainWindow::editSpeakerDialog()
{
    const QModelIndex current = m_quoteSearch->resultView()->currentIndex();
    if (!current.isValid()) {
        raisePanel(u"quotes"_s);
        statusBar()->showMessage(tr("Select a quote in the quote list first."), 8000);
        return;
    }
    bool ok = false;
    const QStringList names = m_quotes->speakersAndRoles();
    const QString speaker = QInputDialog::getItem(
        this, tr("Change Quote Speaker"), tr("Who said it:"), names,
        std::max(0, int(names.indexOf(current.data(WorkspaceQuoteModel::SpeakerRole).toString()))), true, &ok);
    if (ok && !speaker.trimmed().isEmpty()) {
        setQuoteSpeaker(current.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                        current.data(WorkspaceQuoteModel::StartRole).toInt(),
                        current.data(WorkspaceQuoteModel::EndRole).toInt(), speaker);
    }
}

void MainWindow::deleteCurrentQuote()
{
    const QModelIndex current = m_quoteSearch->resultView()->currentIndex();
    if (!current.isValid()) {
        raisePanel(u"quotes"_s);
        statusBar()->showMessage(tr("Select a quote in the quote list first."), 8000);
        return;
    }
    deleteQuote(current.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                current.data(WorkspaceQuoteModel::StartRole).toInt(),
                current.data(WorkspaceQuoteModel::EndRole).toInt());
}

void MainWindow::updateCorrectionViews()
{
    m_deletedList->clear();
    for (qsizetype i = 0; i < m_deleted.size(); ++i) {
        const Event &event = m_deleted.at(i);
        const EventProvenance &provenance = m_deletedProvenance.at(i);
        auto *item =
            new QListWidgetItem(tr("%1 \u2014 %2, %3 (deleted %4)")
                                    .arg(EventListModel::dateDisplay(event),
                                         EventListModel::typeDisplayName(event.type), event.actors.join(u", "_s),
                                         QLocale().toString(provenance.made.toLocalTime(), QLocale::ShortFormat)),
                                m_deletedList);
        item->setToolTip(tr("Double-click or press Restore to show it again"));
    }
    m_reviewList->clear();
    for (const FlaggedCorrection &flagged : std::as_const(m_flagged)) {
        const Correction &c = flagged.correction;
        const QString made = QLocale().toString(c.made.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(
            flagged.reason == FlaggedCorrection::Reason::EvidenceGone
                ? tr("%1 of %2: the article's text it relies on changed").arg(Correction::kindName(c.kind), made)
                : tr("%1 of %2: its event is no longer found").arg(Correction::kindName(c.kind), made),
            m_reviewList);
        QStringList evidence;
        for (const EvidenceSpan &span : c.evidence) {
            if (!span.text.isEmpty()) {
                evidence.append(span.text);
            }
        }
        item->setToolTip(evidence.isEmpty() ? tr("Press Discard to drop it (undoable)")
                                            : tr("It relied on: %1").arg(evidence.join(u" \u2026 "_s)));
    }
    const bool reviewing = !m_flagged.isEmpty();
    m_reviewList->setVisible(reviewing);
    for (const char *name : {"ReviewLabel", "DiscardButton"}) {
        if (auto *widget = m_deletedDock->findChild<QWidget *>(QLatin1StringView(name))) {
            widget->setVisible(reviewing);
        }
    }
    const bool writable = hasWorkspace() && !m_session->workspace()->isReadOnly();
    for (const char *key : {"editEvent", "deleteEvent", "mergeEvents", "splitEvent", "revertEvent", "addEvent",
                            "editSpeaker", "deleteQuote", "addQuote", "mergeEntities", "splitEntity"}) {
        m_actions.value(QLatin1StringView(key))->setEnabled(writable);
    }
}

} // namespace Newsline
