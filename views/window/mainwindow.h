#pragma once

#include "briefingoptions.h"

#include "articlereader.h"
#include "corpus.h"
#include "importresult.h"
#include "workspace.h"
#include "workspacerows.h"

#include <QCache>
#include <QMainWindow>

#include <functional>

class QActionGroup;
class QDockWidget;
class QItemSelectionModel;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace Newsline {

class ArticleSearchPanel;
class ArticleTextView;
class EventListModel;
class EventTablePanel;
class FigureChartView;
class FigureModel;
class MessageBar;
class QuoteSearchPanel;
class TimelineWidget;
class WorkspaceArticleModel;
class WorkspaceQuoteModel;
class WorkspaceSession;

/// The analyst's window: the timeline in the centre over the event list, and docked panels for the source
/// text, the figure comparison, quote search and the articles, all following one shared event selection.
///
/// Everything it shows comes from one workspace: a workspace file, or for articles opened as files (and the bundled
/// sample) a temporary workspace that Save Workspace As keeps.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows articles already read and extracted, with their events as given, in a new temporary workspace (closing
    /// the one open); false, with the reason in the message bar, when it cannot be made.
    bool setCorpus(const Corpus &corpus);
    /// The events shown and the articles they cite (metadata and figures; texts are read when shown).
    [[nodiscard]] const Corpus &corpus() const { return m_corpus; }
    /// Reader settings for files opened later (default publication date).
    void setArticleReader(const ArticleReader &reader) { m_reader = reader; }

    /// Imports files and folders into the workspace shown (a new temporary one when none is open), off the UI thread;
    /// false when an import is running or the workspace is read-only.
    bool openPaths(const QStringList &paths);

    /// Opens a workspace file in place of what is shown; false, with the reason in the message bar, when it cannot.
    bool openWorkspace(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::ReadWrite);
    /// Creates an empty workspace file and shows it; false, with the reason, when it cannot.
    bool newWorkspace(const QString &path);
    /// Writes the workspace shown (a temporary one included) to a new workspace file and goes on in it; false, with
    /// the reason, when it cannot.
    bool saveWorkspaceAs(const QString &path);
    /// The open workspace and its background work.
    [[nodiscard]] WorkspaceSession *session() const { return m_session; }
    /// True when a workspace is open (a temporary one included).
    [[nodiscard]] bool hasWorkspace() const;
    /// Workspace id of an article of corpus(), or -1.
    [[nodiscard]] int articleId(int article) const { return m_articleIds.value(article, -1); }
    /// True while an import runs.
    [[nodiscard]] bool isImporting() const;
    /// Stops a running import after its current batch; the batches stored stay.
    void cancelImport();
    /// Shows problems with inputs (one line each) in one dismissible message bar.
    void showReadErrors(const QStringList &messages);
    /// Files and folders opened into the temporary workspace in this session, for reopening next time.
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
    /// What a briefing covers: what the window shows now, or everything.
    enum class BriefingScope
    {
        Shown,
        Everything
    };
    /// Writes the PDF briefing to path with options, with a progress dialog; in the Shown scope it covers the
    /// selected events when two or more are selected, else the events the table filter keeps, else every event.
    /// Returns false and tells why when nothing was written.
    bool exportBriefing(const QString &path, BriefingOptions options = {}, BriefingScope scope = BriefingScope::Shown);
    /// The ids of the events a briefing of scope covers (empty for every event) and what they are, in words.
    [[nodiscard]] QStringList briefingEventIds(BriefingScope scope, QString *coverage) const;
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
    /// Points the lists and searches at the session's workspace (nullptr while it changes).
    void attachWorkspace(Workspace *workspace);
    /// Empties the window for the workspace the session just opened.
    void showOpenedWorkspace();
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
    /// Corpus article index -> workspace article id, and back.
    QList<int> m_articleIds;
    QHash<int, int> m_indexOfId;
    /// The texts of the articles read last, by workspace id (the corpus holds metadata only).
    QCache<int, Article> m_texts;
    /// The workspace whose events are shown, to keep the reader's place when they are read again.
    QString m_shownWorkspace;
    EventListModel *m_events = nullptr;
    QItemSelectionModel *m_eventSelection = nullptr;
    FigureModel *m_figures = nullptr;
    WorkspaceArticleModel *m_articles = nullptr;
    WorkspaceQuoteModel *m_quotes = nullptr;

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

    QStringList m_importPaths;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QStringList m_openedPaths;
    bool m_followSelection = true;
};

} // namespace Newsline
