#pragma once

#include "briefingoptions.h"

#include "articlereader.h"
#include "corpus.h"
#include "correction.h"
#include "exportwriter.h"
#include "importresult.h"
#include "workspace.h"
#include "workspacerows.h"

#include <QCache>
#include <QJsonObject>
#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QActionGroup;
class QComboBox;
class QLabel;
class QDockWidget;
class QItemSelectionModel;
class QListView;
class QListWidget;
class QUndoStack;
class QUndoView;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace Newsline {

class ArticleSearchPanel;
class ArticleTextView;
class EventFilterBar;
class EventListModel;
class IdFilterProxyModel;
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
    /// Opens a team workspace (postgresql://...), asking for the password when the server wants one that libpq finds
    /// nowhere (it is kept for this session's connections only); false, with the reason shown, when it cannot.
    bool openTeamWorkspace(const QString &uri);
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
    void showReadErrors(const QList<ReadError> &errors);
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
    [[nodiscard]] EventFilterBar *filterBar() const { return m_filterBar; }
    /// Lanes by partnership (0), company (1) or event type (2), as chosen in the lane list above the timeline.
    void setLaneMode(int mode);
    /// The article list's model as shown (narrowed by the filter).
    [[nodiscard]] QAbstractItemModel *articleListModel() const;
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
    /// Writes the export of what the window shows (the selected events when two or more are selected, else every
    /// event, figure and quote) to path, reading with a progress dialog and writing on a worker thread; returns false
    /// and tells why when nothing was written.
    bool exportData(const QString &path, ExportWriter::Format format);
    /// Downloads exchange rates from url (File > Update Exchange Rates uses the ECB's), checks and stores them;
    /// ratesUpdated() tells the outcome.
    void updateRatesFrom(const QUrl &url);
    /// Raises a docked panel: "source", "figures", "quotes", "articles", "search", "deleted" or "history".
    void raisePanel(const QString &name);

    /// The analyst's corrections of this window, undoable (Edit > Undo, Redo).
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    /// Sets fields of an event (a row of the event model) as a correction (values as Correction::values); false, with
    /// the reason shown, when it was not stored.
    bool correctEvent(int row, const QJsonObject &values);
    /// Deletes events (rows): hidden everywhere, listed under Deleted, restorable.
    bool deleteEvents(const QList<int> &rows);
    /// Merges two or more events (rows) into the first: sources and figures united.
    bool mergeEvents(const QList<int> &rows);
    /// Moves sources of an event (indexes in its sources) into a new event.
    bool splitEvent(int row, const QList<int> &sources);
    /// Adds an event told by a span of an article of corpus() (its evidence), with fields as Correction::values.
    bool addEvent(int article, const TextSpan &span, const QJsonObject &values);
    /// Restores a deleted event (an index of deletedEvents()).
    bool restoreEvent(int deleted);
    /// Gives an event (a row of the event model) back its extracted fields: withdraws the edits made to it, as one
    /// undoable step; false when it has none.
    bool revertEvent(int row);
    /// Discards a correction kept for review (an index of flaggedCorrections()), as an undoable step.
    bool discardFlagged(int index);
    /// Sets the speaker of the quote at that place of a workspace article.
    bool setQuoteSpeaker(int articleId, int start, int end, const QString &speaker);
    /// Marks the quote at that place of a workspace article as no quote.
    bool deleteQuote(int articleId, int start, int end);
    /// Adds a quote the finders missed: the words at span of an article (an index of corpus().articles), with the
    /// values of QuoteAddDialog ("speaker", "role", "kind"); false when there is no such text.
    bool addQuote(int article, const TextSpan &span, const QJsonObject &values);
    /// Makes names one entity shown as into, everywhere (parties, lanes, speakers, quote search by person).
    bool mergeEntities(const QStringList &names, const QString &into);
    /// Takes a name out of the entity it was merged into.
    bool splitEntity(const QString &name);
    /// Events the analyst deleted; refs index corpus().articles.
    [[nodiscard]] const QList<Event> &deletedEvents() const { return m_deleted; }
    /// Corrections that no longer apply (their text changed or their event is gone), for review.
    [[nodiscard]] const QList<FlaggedCorrection> &flaggedCorrections() const { return m_flagged; }
    /// The list of deleted events in the Deleted panel.
    [[nodiscard]] QListWidget *deletedList() const { return m_deletedList; }
    [[nodiscard]] QListWidget *reviewList() const { return m_reviewList; }

Q_SIGNALS:
    /// An import ended: articles added (0 when cancelled) and inputs that could not be read.
    void importFinished(int added, int failed);
    /// The events of the open workspace were read (after opening, an import or a change by someone else).
    void workspaceLoaded();
    /// An update of the exchange rates ended, stored or refused.
    void ratesUpdated(bool stored);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;

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
    void exportDataDialog();
    void updateRatesDialog();
    void installRates(const QByteArray &bytes, const QString &source);
    /// Shows in the status bar how old the exchange rates in use are.
    void showRatesAge();
    void onImportProgress(int done, int total);
    /// Points the lists and searches at the session's workspace (nullptr while it changes).
    void attachWorkspace(Workspace *workspace);
    /// Empties the window for the workspace the session just opened.
    void showOpenedWorkspace();
    void onCurrentEventChanged(const QModelIndex &current);
    void onEventSelectionChanged();
    /// Makes every panel show the events the filter keeps, and drops hidden events from the selection.
    void onFilterChanged();
    void updateCompanies();
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
    void openTeamWorkspaceDialog();
    /// Copies the team workspace shown into a new file in a worker (with progress), then shows the file.
    bool copyTeamWorkspaceTo(const QString &path);
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
    void editEventDialog();
    void splitEventDialog();
    void addEventDialog();
    void addQuoteDialog();
    void mergeEntitiesDialog();
    void splitEntityDialog();
    void editSpeakerDialog();
    void deleteCurrentQuote();
    void showTextMenu(const QPoint &position);
    /// Pushes one undoable correction step; false, with the reason shown, when it was not stored.
    bool pushCorrection(const QString &text, QList<Correction> added, QList<Correction> withdrawn = {});
    [[nodiscard]] Correction newCorrection(Correction::Kind kind, const ItemKey &target) const;
    /// A correction made from words selected in an article (an index of the corpus's articles): keyed by the span
    /// with tag, the words as its evidence; none when there is no workspace or no such text.
    [[nodiscard]] std::optional<Correction> selectionCorrection(Correction::Kind kind, int article,
                                                                const TextSpan &span, const QString &tag,
                                                                const QJsonObject &values);
    /// The spans of article text an event relies on: its sources, with their characters.
    [[nodiscard]] QList<EvidenceSpan> evidenceOf(const Event &event);
    [[nodiscard]] ItemKey eventKey(int row) const;
    [[nodiscard]] QList<int> selectedEventRows() const;
    /// The names of the entities of the articles shown, for the parties of an event.
    [[nodiscard]] QStringList entityNames() const;
    void updateCorrectionViews();

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
    IdFilterProxyModel *m_articleProxy = nullptr;
    EventFilterBar *m_filterBar = nullptr;
    QComboBox *m_laneMode = nullptr;
    QComboBox *m_laneOrder = nullptr;
    QLabel *m_laneModeLabel = nullptr;
    QLabel *m_laneOrderLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_figureDock = nullptr;
    QDockWidget *m_quoteDock = nullptr;
    QDockWidget *m_articleDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_deletedDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoStack *m_undo = nullptr;
    QUndoView *m_undoView = nullptr;
    QListWidget *m_reviewList = nullptr;
    QListWidget *m_deletedList = nullptr;
    QStringList m_articleHashes;
    QList<Event> m_deleted;
    QList<EventProvenance> m_deletedProvenance;
    QList<FlaggedCorrection> m_flagged;
    QMenu *m_editMenu = nullptr;

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
    /// Saving under another name goes on in the copy: the corrections made stay undoable.
    bool m_keepUndo = false;
};

} // namespace Newsline
