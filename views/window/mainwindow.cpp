#include "mainwindow.h"

#include "articlesearchpanel.h"
#include "articletextview.h"
#include "briefingwriter.h"
#include "corpusloader.h"
#include "eventlistmodel.h"
#include "eventtablepanel.h"
#include "figurechartview.h"
#include "figuremodel.h"
#include "messagebar.h"
#include "quotesearchpanel.h"
#include "timelinewidget.h"
#include "workspace.h"
#include "workspacearticlemodel.h"
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
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_articleList->setModel(m_articles);

    m_splitter->setObjectName(u"CentralSplitter"_s);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_eventTable);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

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

    connect(m_eventSelection, &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentEventChanged);
    connect(m_eventSelection, &QItemSelectionModel::selectionChanged, this, &MainWindow::onEventSelectionChanged);
    connect(m_timeline, &TimelineWidget::activated, this, &MainWindow::openSource);
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
    connect(m_session, &WorkspaceSession::busyChanged, this, &MainWindow::onSessionBusy);
    connect(m_session, &WorkspaceSession::progress, this, &MainWindow::onImportProgress);
    connect(m_session, &WorkspaceSession::failed, this, [this](const QString &message) {
        m_messageBar->showMessage(tr("The workspace reported a problem."), {message});
    });

    retranslate();
    resize(1500, 950);
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
    m_figureDock = dock("FigureDock", m_chart, Qt::BottomDockWidgetArea);
    m_quoteDock = dock("QuoteDock", m_quoteSearch, Qt::BottomDockWidgetArea);
    m_searchDock = dock("SearchDock", m_articleSearch, Qt::BottomDockWidgetArea);
    // The article list is the least used way in: a tab behind the source text, which it feeds.
    tabifyDockWidget(m_sourceDock, m_articleDock);
    m_sourceDock->raise();
    // Chart labels ("2 billion euros ≈ $2.17B, ECB 26 Feb 2024") and quotes both need the full width to be read.
    tabifyDockWidget(m_figureDock, m_quoteDock);
    // Found articles open in the source panel beside: the hits stay in view while reading.
    tabifyDockWidget(m_quoteDock, m_searchDock);
    m_figureDock->raise();
    resizeDocks({m_sourceDock}, {540}, Qt::Horizontal);
    resizeDocks({m_figureDock}, {360}, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto action = [this](const char *key, QMenu *menu, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(shortcut);
        menu->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(QLatin1StringView(key), a);
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    action("newWorkspace", m_fileMenu, QKeySequence::New, [this] { newWorkspaceDialog(); });
    action("openWorkspace", m_fileMenu, QKeySequence::Open, [this] { openWorkspaceDialog(); });
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
    m_fileMenu->addSeparator();
    QAction *cancel = action("cancelImport", m_fileMenu, QKeySequence(Qt::Key_Escape), [this] { cancelImport(); });
    cancel->setEnabled(false);
    m_fileMenu->addSeparator();
    QAction *quit = action("quit", m_fileMenu, QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

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
    for (QDockWidget *dock : {m_sourceDock, m_figureDock, m_quoteDock, m_searchDock, m_articleDock}) {
        m_panelMenu->addAction(dock->toggleViewAction());
    }
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QString current = QSettings().value(u"view/language"_s).toString();
    // Each language is named in itself, so that a reader who cannot read the current one still finds theirs.
    const QList<QPair<QString, QString>> languages{
        {u"en"_s, u"English"_s}, {u"fr"_s, u"Fran\u00e7ais"_s}, {u"ko"_s, u"\ud55c\uad6d\uc5b4"_s}};
    for (const auto &[code, name] : languages) {
        auto *a = m_languageMenu->addAction(name);
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
           [this] { m_eventTable->focusFilter(); });
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
    set("saveWorkspaceAs", tr("Save Workspace &As\u2026"),
        tr("Write what is shown to a new workspace file and go on in it"));
    set("openFiles", tr("&Import Files\u2026"), tr("Add article files to the workspace, or to the loose files shown"));
    set("openFolder", tr("Import &Folder\u2026"), tr("Add every .txt article of a folder and its subfolders"));
    set("watchFolder", tr("&Watch Folder\u2026"),
        tr("Import new or changed articles of a folder into the workspace as they appear"));
    set("stopWatching", tr("&Stop Watching"), tr("Stop importing from the watched folder"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    set("exportBriefing", tr("&Export Briefing\u2026"),
        tr("Write a PDF briefing of the selected events (two or more), or of every event"));
    set("cancelImport", tr("&Cancel Import"), tr("Stop reading files; the corpus stays as it was"));
    set("quit", tr("&Quit"));
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
    set("filterEvents", tr("Filter &Events\u2026"));
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
        const QString name = QFileInfo(workspace->path()).fileName();
        // The platform adds the application's name ("… — Newsline").
        QString title = tr("%1 \u2014 %n article(s)", nullptr, workspace->articleCount()).arg(name);
        if (workspace->isReadOnly()) {
            title += u' ' + tr("(read-only)");
        }
        setWindowTitle(title);
        setWindowFilePath(workspace->path());
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
        const QString absolute = QFileInfo(path).absoluteFilePath();
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
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (isWorkspaceFile(path)) {
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
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open Articles"), settings.value(u"import/lastFolder"_s).toString(),
                                      tr("Articles (*.txt);;All files (*)"));
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
        *coverage = tr("the %n event(s) selected in the window", nullptr, int(ids.size()));
        return ids;
    }
    // The table's filter is what the window shows: a briefing of it covers the events it keeps, and says so.
    const QSortFilterProxyModel *proxy = m_eventTable->proxy();
    if (proxy->filterRegularExpression().pattern().isEmpty() || proxy->rowCount() == m_events->rowCount()) {
        return {};
    }
    ids.clear();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        ids.append(m_events->index(source.row(), 0).data(EventListModel::IdRole).toString());
    }
    *coverage = tr("the events the table filter “%1” keeps: %2 of %3")
                    .arg(m_eventTable->filterText())
                    .arg(ids.size())
                    .arg(m_events->rowCount());
    if (ids.isEmpty()) {
        // A filter that keeps nothing briefs nothing, rather than everything.
        ids.append(QString());
    }
    return ids;
}

bool MainWindow::exportBriefing(const QString &path, BriefingOptions options, BriefingScope scope)
{
    QString coverage;
    const QStringList ids = briefingEventIds(scope, &coverage);
    if (!ids.isEmpty()) {
        options.filter.eventIds = ids;
        options.coverage = coverage;
    }
    QProgressDialog progress(tr("Writing the briefing\u2026"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BriefingWriter writer(std::move(options));
    writer.setProgress([&progress](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
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
    const BriefingWriter::Result result = writer.write(corpus, path);
    progress.reset();
    if (result.ok()) {
        statusBar()->showMessage(
            tr("Briefing written to %1 (%n page(s)).", nullptr, result.pages).arg(QDir::toNativeSeparators(path)),
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
    return openWorkspace(target);
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
    QStringList messages;
    for (const ReadError &error : result.errors) {
        messages.append(error.message());
    }
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
    showReadErrors(messages);
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
    Q_EMIT importFinished(result.added, int(messages.size()));
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

void MainWindow::showReadErrors(const QStringList &messages)
{
    if (messages.isEmpty()) {
        return;
    }
    m_messageBar->showMessage(
        tr("%n file(s) could not be read; the others were opened.", nullptr, int(messages.size())), messages);
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
    const QModelIndex index = m_articles->index(m_articles->rowOfId(articleId(article)));
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

} // namespace Newsline
