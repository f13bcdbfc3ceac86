#pragma once

#include "articlereader.h"
#include "corpus.h"
#include "importresult.h"
#include "workspace.h"
#include "workspacerows.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>

#include <atomic>
#include <memory>

class QActionGroup;
class QDockWidget;
class QItemSelectionModel;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace Newsline {

class ArticleListModel;
class ArticleSearchPanel;
class ArticleTextView;
class EventListModel;
class EventTablePanel;
class FigureChartView;
class FigureModel;
class MessageBar;
class QuoteListModel;
class QuoteSearchPanel;
class TimelineWidget;
class WorkspaceArticleModel;
class WorkspaceQuoteModel;
class WorkspaceSession;

/// The analyst's window: the timeline in the centre over the event list, and docked panels for the source
/// text, the figure comparison, quote search and the articles, all following one shared event selection.
///
/// It shows either a workspace file (articles stored with their extraction; imports go into it) or, without one,
/// the articles of loose files read for this session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a corpus read from loose files (closing the workspace, if one is open).
    void setCorpus(Corpus corpus);
    [[nodiscard]] const Corpus &corpus() const { return m_corpus; }
    /// Reader settings for files opened later (default publication date).
    void setArticleReader(const ArticleReader &reader) { m_reader = reader; }

    /// Adds files and folders (to the workspace when one is open), reading them off the UI thread; false when an
    /// import is running or the workspace is read-only.
    bool openPaths(const QStringList &paths);

    /// Opens a workspace file in place of what is shown; false, with the reason in the message bar, when it cannot.
    bool openWorkspace(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::ReadWrite);
    /// Creates an empty workspace file and shows it; false, with the reason, when it cannot.
    bool newWorkspace(const QString &path);
    /// Writes what is shown to a new workspace file (a copy of the open workspace, or the loose files imported into
    /// it) and goes on in it; false, with the reason, when it cannot.
    bool saveWorkspaceAs(const QString &path);
    /// The open workspace and its background work.
    [[nodiscard]] WorkspaceSession *session() const { return m_session; }
    /// True when a workspace is open.
    [[nodiscard]] bool hasWorkspace() const;
    /// Workspace id of an article of corpus(), or -1 (no workspace, or no such article).
    [[nodiscard]] int articleId(int article) const { return m_articleIds.value(article, -1); }
    /// True while an import runs.
    [[nodiscard]] bool isImporting() const;
    /// Stops a running import; the corpus stays as it was.
    void cancelImport();
    /// Shows problems with inputs (one line each) in one dismissible message bar.
    void showReadErrors(const QStringList &messages);
    /// Paths opened in this session, for reopening next time.
    [[nodiscard]] QStringList openedPaths() const { return m_openedPaths; }

    /// Selects one event (a row of the event model) everywhere; -1 clears the selection.
    void selectEvent(int row);
    /// Shows an event's source sentence in the source panel and moves the keyboard focus there.
    void openSource(int row);

    [[nodiscard]] TimelineWidget *timeline() const { return m_timeline; }
    [[nodiscard]] ArticleTextView *textView() const { return m_textView; }
    [[nodiscard]] FigureChartView *figureChart() const { return m_chart; }
    [[nodiscard]] QuoteSearchPanel *quoteSearch() const { return m_quoteSearch; }
    [[nodiscard]] ArticleSearchPanel *articleSearch() const { return m_articleSearch; }
    [[nodiscard]] EventTablePanel *eventTable() const { return m_eventTable; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messageBar; }
    [[nodiscard]] EventListModel *eventModel() const { return m_events; }
    [[nodiscard]] QItemSelectionModel *eventSelection() const { return m_eventSelection; }
    /// Writes the PDF briefing of what the window shows (the selected events when two or more are selected,
    /// else every event) to path, with a progress dialog; returns false and tells why when nothing was written.
    bool exportBriefing(const QString &path);
    /// Raises a docked panel: "source", "figures", "quotes", "articles" or "search".
    void raisePanel(const QString &name);

Q_SIGNALS:
    /// An import ended: articles added (0 when cancelled) and inputs that could not be read.
    void importFinished(int added, int failed);
    /// The events of the open workspace were read (after opening, an import or a change by someone else).
    void workspaceLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct LooseImport
    {
        Corpus corpus;
        QList<ReadError> errors;
        int added = 0;
        bool cancelled = false;
    };

    void createActions();
    void createDocks();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void updateRecentMenu();
    void addRecent(const QStringList &paths);
    void openFilesDialog();
    void openFolderDialog();
    void exportBriefingDialog();
    void onImportProgress(int done, int total);
    void onImportFinished();
    void onCurrentEventChanged(const QModelIndex &current);
    void onEventSelectionChanged();
    void showEventSource(int row);
    void showArticle(int article);
    void showCorpus(Corpus corpus);
    [[nodiscard]] const Article *fullArticle(int article);
    [[nodiscard]] int indexOfArticleId(int id);
    void onSnapshotReady();
    void onWorkspaceImportFinished(const ImportResult &result, bool fromWatchedFolder);
    void onSessionBusy(bool busy);
    /// Asks where a new workspace file goes (".newsline" added when missing); empty when cancelled.
    [[nodiscard]] QString askWorkspaceFile(const QString &title);
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void saveWorkspaceAsDialog();
    void watchFolderDialog();
    void updateWorkspaceActions();
    void rememberWorkspace(const QString &path);
    [[nodiscard]] Corpus briefingCorpus(const std::function<bool(int, int)> &progress);
    void onFigureClicked(int article, int figure);
    void onQuoteClicked(int article, int quote);
    void showQuoteInContext(int article, int start, int end);
    void setLanguage(const QString &language);
    void updateTitle();

    Corpus m_corpus;
    ArticleReader m_reader;
    WorkspaceSession *m_session = nullptr;
    /// Workspace mode: corpus article index -> workspace article id, and back.
    QList<int> m_articleIds;
    QHash<int, int> m_indexOfId;
    /// Workspace mode: the texts of the articles read last (the corpus holds metadata only).
    QHash<int, Article> m_textCache;
    QList<int> m_textCacheOrder;
    /// The workspace whose events are shown, to keep the reader's place when they are read again.
    QString m_shownWorkspace;
    EventListModel *m_events = nullptr;
    QItemSelectionModel *m_eventSelection = nullptr;
    QuoteListModel *m_quotes = nullptr;
    FigureModel *m_figures = nullptr;
    ArticleListModel *m_articles = nullptr;
    WorkspaceArticleModel *m_workspaceArticles = nullptr;
    WorkspaceQuoteModel *m_workspaceQuotes = nullptr;

    TimelineWidget *m_timeline = nullptr;
    EventTablePanel *m_eventTable = nullptr;
    ArticleTextView *m_textView = nullptr;
    FigureChartView *m_chart = nullptr;
    QuoteSearchPanel *m_quoteSearch = nullptr;
    ArticleSearchPanel *m_articleSearch = nullptr;
    QListView *m_articleList = nullptr;
    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_figureDock = nullptr;
    QDockWidget *m_quoteDock = nullptr;
    QDockWidget *m_articleDock = nullptr;
    QDockWidget *m_searchDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QHash<QString, QAction *> m_actions;

    QFutureWatcher<LooseImport> *m_importWatcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QStringList m_importPaths;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QStringList m_openedPaths;
    bool m_followSelection = true;
};

} // namespace Newsline
