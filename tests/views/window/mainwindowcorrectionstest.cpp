// The analyst correcting the record in the window: edit, delete and restore, merge, split, add and quote corrections,
// each undone and redone back to the exact earlier state, written to the file as they are made, seen by a second
// window.
#include "mainwindow.h"

#include "articlereader.h"
#include "articletextview.h"
#include "entitymergedialog.h"
#include "eventeditdialog.h"
#include "eventlistmodel.h"
#include "eventtablepanel.h"
#include "extractor.h"
#include "quoteadddialog.h"
#include "quotesearchpanel.h"
#include "testlocale.h"
#include "workspace.h"
#include "workspaceimporter.h"
#include "workspacequotemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

// Invented stories: two deals in two articles, and a quote.
const QByteArray dunmoreArticle = "---\ntitle: Dunmore buys Harwick\nsource: Test Wire\npublished: 2025-03-04\n---\n"
                                  "Dunmore Shipping agreed to acquire Harwick Cranes for $40 million on March 3, "
                                  "2025.\n\n\"The cranes stay in the harbour,\" said Maria Okonkwo, chief executive "
                                  "of Dunmore Shipping.\n";
const QByteArray velmaArticle = "---\ntitle: Velma Foods funds Orchard Labs\nsource: Test Wire\npublished: "
                                "2025-05-06\n---\nVelma Foods invested 12 million euros in Orchard Labs on May 5, "
                                "2025.\n";
// More stories, for a timeline with something in it.
const QList<QByteArray> moreArticles{
    "---\ntitle: Quillon and Brevik Labs team up\nsource: Test Wire\npublished: 2025-07-09\n---\nQuillon Motors "
    "announced a partnership with Brevik Labs on July 8, 2025.\n",
    "---\ntitle: Tarnow Energy raises money\nsource: Test Wire\npublished: 2025-09-16\n---\nCastellan Capital "
    "invested $75 million in Tarnow Energy on September 15, 2025.\n",
    "---\ntitle: Ostara Bank buys Lindqvist Pay\nsource: Test Wire\npublished: 2025-11-04\n---\nOstara Bank "
    "agreed to acquire Lindqvist Pay for $310 million on November 3, 2025.\n"};

} // namespace

class MainWindowCorrectionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testEditUndoRedo_data();
    void testEditUndoRedo();
    void testDeleteKeyAndRestore();
    void testMergeThenSplitThenUndo();
    void testAddEventFromSelectedText();
    void testQuoteSpeakerAndNotAQuote();
    void testDraftQuote_data();
    void testDraftQuote();
    void testAddQuoteFromSelectedText();
    void testMergeAndSplitEntities();
    void testWrittenAtOnceAndSeenBySecondWindow();
    void testHistoryAndDeletedPanels();
    void testRevertToExtracted();
    void testFlaggedCorrectionsWaitForReview();

private:
    QString makeWorkspace(const QString &name, const QList<QByteArray> &more = {});
    static bool waitLoaded(MainWindow &window);
    /// Shows the window and opens the workspace in it, waiting until its events are read.
    static bool showWorkspace(MainWindow &window, const QString &path);
    // What the event table shows, cell by cell.
    static QStringList table(const MainWindow &window);
    static int rowOfActor(const MainWindow &window, const QString &actor);

    QTemporaryDir m_dir;
};

void MainWindowCorrectionsTest::initTestCase()
{
    QVERIFY2(TestLocale::use(), "French asked for but not given: the French re-run would check nothing");
    QCoreApplication::setOrganizationName(u"NewslineTest"_s);
    QCoreApplication::setApplicationName(TestLocale::runName(u"mainwindowcorrectionstest"_s));
    QVERIFY(m_dir.isValid());
}

void MainWindowCorrectionsTest::init()
{
    QSettings().clear();
}

QString MainWindowCorrectionsTest::makeWorkspace(const QString &name, const QList<QByteArray> &more)
{
    const QString folder = m_dir.filePath(name + u"-articles"_s);
    QDir().mkpath(folder);
    for (qsizetype i = 0; i < more.size(); ++i) {
        QFile out(folder + u"/more%1.txt"_s.arg(i));
        if (!out.open(QIODevice::WriteOnly)) {
            return {};
        }
        out.write(more.at(i));
    }
    for (const auto &[file, bytes] : {std::pair{u"dunmore.txt"_s, dunmoreArticle}, {u"velma.txt"_s, velmaArticle}}) {
        QFile out(folder + u'/' + file);
        if (!out.open(QIODevice::WriteOnly)) {
            return {};
        }
        out.write(bytes);
    }
    const QString path = m_dir.filePath(name + u".newsline"_s);
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace || WorkspaceImporter(*workspace).importFiles({folder}).added != 2 + more.size()) {
        qWarning() << error;
        return {};
    }
    return path;
}

bool MainWindowCorrectionsTest::showWorkspace(MainWindow &window, const QString &path)
{
    window.show();
    return window.openWorkspace(path) && waitLoaded(window);
}

bool MainWindowCorrectionsTest::waitLoaded(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    return loaded.wait(30000);
}

QStringList MainWindowCorrectionsTest::table(const MainWindow &window)
{
    QStringList cells;
    const EventListModel *model = window.eventModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model->columnCount(); ++column) {
            line.append(model->index(row, column).data().toString());
        }
        cells.append(line.join(u" | "_s));
    }
    return cells;
}

int MainWindowCorrectionsTest::rowOfActor(const MainWindow &window, const QString &actor)
{
    for (int row = 0; row < window.corpus().events.size(); ++row) {
        if (window.corpus().events.at(row).actors.contains(actor)) {
            return row;
        }
    }
    return -1;
}

void MainWindowCorrectionsTest::testEditUndoRedo_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::newRow("type") << QJsonObject{{u"type"_s, u"partnership"_s}} << int(EventListModel::TypeColumn)
                          << EventListModel::typeDisplayName(Event::Type::Partnership);
    QTest::newRow("date-year") << QJsonObject{{u"date"_s, u"2024-01-01"_s}, {u"precision"_s, u"year"_s}}
                               << int(EventListModel::DateColumn) << u"2024"_s;
    QTest::newRow("parties") << QJsonObject{{u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"Harwick Cranes"_s},
                                                                                  {u"role"_s, u"buyer"_s}}}}}
                             << int(EventListModel::ActorsColumn) << u"Harwick Cranes"_s;
    QTest::newRow("no-amount") << QJsonObject{{u"amount"_s, QString()}} << int(EventListModel::AmountColumn)
                               << QString();
}

void MainWindowCorrectionsTest::testEditUndoRedo()
{
    QFETCH(QJsonObject, values);
    QFETCH(int, column);
    QFETCH(QString, shown);
    const QString path = makeWorkspace(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const int row = rowOfActor(window, u"Dunmore Shipping"_s);
    QVERIFY(row >= 0);
    const QStringList before = table(window);

    QVERIFY(window.correctEvent(row, values));
    QVERIFY(waitLoaded(window));
    const QStringList after = table(window);
    QVERIFY(after != before);
    // The corrected value carries the analyst's mark, in the table and the tooltip.
    const int edited = rowOfActor(window, shown == u"Harwick Cranes"_s ? shown : u"Dunmore Shipping"_s);
    QVERIFY(edited >= 0);
    const QString cell = window.eventModel()->index(edited, column).data().toString();
    QVERIFY2(cell.startsWith(shown) && cell.endsWith(EventListModel::correctedMark()), qPrintable(cell));
    QVERIFY(window.eventModel()->index(edited, 0).data(Qt::ToolTipRole).toString().contains(u"Set by the analyst"_s));
    // Edit > Undo names what it undoes.
    QVERIFY2(window.undoStack()->undoText().startsWith(u"Edit Event: "_s), qPrintable(window.undoStack()->undoText()));

    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
    window.undoStack()->redo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), after);
}

void MainWindowCorrectionsTest::testDeleteKeyAndRestore()
{
    const QString path = makeWorkspace(u"delete"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const QStringList before = table(window);
    const int row = rowOfActor(window, u"Velma Foods"_s);
    QVERIFY(row >= 0);
    window.selectEvent(row);
    // Shortcuts reach an active window only (under a real display as offscreen).
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = window.eventTable()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(waitLoaded(window));
    QCOMPARE(rowOfActor(window, u"Velma Foods"_s), -1);
    QCOMPARE(window.deletedEvents().size(), 1);
    QCOMPARE(window.deletedList()->count(), 1);
    QVERIFY(window.deletedList()->item(0)->text().contains(u"Velma Foods"_s));

    QVERIFY(window.restoreEvent(0));
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
    QCOMPARE(window.deletedList()->count(), 0);
    // Undoing the restore deletes it again; undoing the deletion too gives back the start.
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.deletedEvents().size(), 1);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
}

void MainWindowCorrectionsTest::testMergeThenSplitThenUndo()
{
    const QString path = makeWorkspace(u"merge"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const QStringList before = table(window);
    const int dunmore = rowOfActor(window, u"Dunmore Shipping"_s);
    const int velma = rowOfActor(window, u"Velma Foods"_s);
    QVERIFY(dunmore >= 0 && velma >= 0);
    window.selectEvent(dunmore);
    window.eventSelection()->select(window.eventModel()->index(velma, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.eventTable()->view()->setFocus();
    QTest::keyClick(window.eventTable()->view(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window).size(), before.size() - 1);
    const int merged = rowOfActor(window, u"Dunmore Shipping"_s);
    QCOMPARE(window.corpus().events.at(merged).sources.size(), 2);

    QVERIFY(window.splitEvent(merged, {1}));
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);

    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window).size(), before.size() - 1);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
}

void MainWindowCorrectionsTest::testAddEventFromSelectedText()
{
    const QString path = makeWorkspace(u"add"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const int before = window.eventModel()->rowCount();
    window.openSource(rowOfActor(window, u"Dunmore Shipping"_s));
    ArticleTextView *text = window.textView();
    const QString words = u"said Maria Okonkwo, chief executive of Dunmore Shipping"_s;
    const int start = int(text->article().text.indexOf(words));
    QVERIFY(start > 0);
    text->selectSpan({start, start + int(words.size())});
    QCOMPARE(text->selectedSpan(), (TextSpan{start, start + int(words.size())}));
    QVERIFY(window.addEvent(text->articleIndex(), text->selectedSpan(),
                            {{u"type"_s, u"announcement"_s},
                             {u"date"_s, u"2025-03-04"_s},
                             {u"precision"_s, u"day"_s},
                             {u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"Dunmore Shipping"_s}}}}}));
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.eventModel()->rowCount(), before + 1);
    int added = -1;
    for (int row = 0; row < window.eventModel()->rowCount(); ++row) {
        if (window.eventModel()
                ->index(row, 0)
                .data(EventListModel::CorrectedFieldsRole)
                .toStringList()
                .contains(u"added"_s)) {
            added = row;
        }
    }
    QVERIFY(added >= 0);
    const Event &event = window.corpus().events.at(added);
    QCOMPARE(event.type, Event::Type::Announcement);
    QCOMPARE(event.dateBasis, Event::DateBasis::Analyst);
    QCOMPARE(event.sources.first().start, start);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.eventModel()->rowCount(), before);
}

void MainWindowCorrectionsTest::testQuoteSpeakerAndNotAQuote()
{
    const QString path = makeWorkspace(u"quotes"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    WorkspaceQuoteModel *quotes = window.quoteSearch()->model();
    QTRY_COMPARE(quotes->rowCount(), 1);
    const QModelIndex quote = quotes->index(0, WorkspaceQuoteModel::SpeakerColumn);
    const QString extracted = quote.data(WorkspaceQuoteModel::SpeakerRole).toString();
    QVERIFY(window.setQuoteSpeaker(quote.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                                   quote.data(WorkspaceQuoteModel::StartRole).toInt(),
                                   quote.data(WorkspaceQuoteModel::EndRole).toInt(), u"Ilse Brandt"_s));
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->index(0, WorkspaceQuoteModel::SpeakerColumn).data(WorkspaceQuoteModel::SpeakerRole).toString(),
                 u"Ilse Brandt"_s);
    QVERIFY(quotes->index(0, WorkspaceQuoteModel::SpeakerColumn).data().toString().endsWith(u"\u270E"_s));
    const QModelIndex again = quotes->index(0, 0);
    QVERIFY(window.deleteQuote(again.data(WorkspaceQuoteModel::ArticleRole).toInt(),
                               again.data(WorkspaceQuoteModel::StartRole).toInt(),
                               again.data(WorkspaceQuoteModel::EndRole).toInt()));
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->rowCount(), 0);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->rowCount(), 1);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->index(0, 0).data(WorkspaceQuoteModel::SpeakerRole).toString(), extracted);
}

void MainWindowCorrectionsTest::testDraftQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("kind");
    // The marks, spaces and closing comma the selection took stay outside; the person named beside the words speaks.
    QTest::newRow("whole quotation")
        << u"Grain prices rose again in March.\n\n\u201cWe cannot store another harvest,\u201d said Adaeze Nwosu, "
           "the chief executive of Lakeside Mills, on Thursday.\n"_s
        << u"\u201cWe cannot store another harvest,\u201d "_s << u"We cannot store another harvest"_s
        << u"Adaeze Nwosu"_s << int(Quote::Kind::Direct);
    // A few quoted words inside a sentence reporting speech.
    QTest::newRow("quoted words")
        << u"Tomas Reyes, a trader at Piers Capital, called the offer \"a bargain for anyone with patience\" and "
           "said he would tender his shares before the deadline next month.\n"_s
        << u"a bargain for anyone with patience"_s << u"a bargain for anyone with patience"_s << u"Tomas Reyes"_s
        << int(Quote::Kind::Partial);
    // After a colon the quotation is the statement; closing a clause, the quoted words are part of reported speech.
    QTest::newRow("after a colon")
        << u"Adaeze Nwosu told reporters: \"We will build a second silo before the winter.\"\n"_s
        << u"We will build a second silo before the winter."_s << u"We will build a second silo before the winter."_s
        << u"Adaeze Nwosu"_s << int(Quote::Kind::Direct);
    QTest::newRow("closing a clause")
        << u"Regulators in Lisbon called the merger of the two mills \u201ca threat to every farmer\u201d.\n"_s
        << u"a threat to every farmer"_s << u"a threat to every farmer"_s << QString() << int(Quote::Kind::Partial);
    // A name in another paragraph is not the speaker; a name inside the words is spoken of, not speaking.
    QTest::newRow("nobody named")
        << u"Ingrid Halvorsen left the board in May.\n\n\"Nobody asked Ingrid Halvorsen about the merger.\"\n"_s
        << u"\"Nobody asked Ingrid Halvorsen about the merger.\""_s
        << u"Nobody asked Ingrid Halvorsen about the merger."_s << QString() << int(Quote::Kind::Direct);
}

void MainWindowCorrectionsTest::testDraftQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, words);
    QFETCH(QString, speaker);
    QFETCH(int, kind);
    auto read = ArticleReader().parse(text.toUtf8(), u"draft.txt"_s);
    QVERIFY(read.article);
    Article article = *read.article;
    Extractor().extract(article);
    const int start = int(article.text.indexOf(selected));
    QVERIFY(start >= 0);
    const QuoteDraft draft = draftQuote(article, {start, start + int(selected.size())});
    QVERIFY(draft.span.isValid());
    QCOMPARE(article.text.mid(draft.span.start, draft.span.length()), words);
    QCOMPARE(draft.speaker, speaker);
    QCOMPARE(int(draft.kind), kind);
    // A selection of marks and spaces only holds no quote.
    const int mark =
        int(article.text.indexOf(u'"') >= 0 ? article.text.indexOf(u'"') : article.text.indexOf(u'\u201c'));
    QVERIFY(!draftQuote(article, {mark, mark + 1}).span.isValid());
}

void MainWindowCorrectionsTest::testAddQuoteFromSelectedText()
{
    const QString path = makeWorkspace(u"addquote"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    WorkspaceQuoteModel *quotes = window.quoteSearch()->model();
    QTRY_COMPARE(quotes->rowCount(), 1);
    window.openSource(rowOfActor(window, u"Velma Foods"_s));
    ArticleTextView *text = window.textView();
    const QString words = u"invested 12 million euros in Orchard Labs"_s;
    const int start = int(text->article().text.indexOf(words));
    QVERIFY(start > 0);
    text->selectSpan({start, start + int(words.size())});
    QAction *action = window.findChild<QAction *>(u"addQuote"_s);
    QVERIFY(action && action->isEnabled() && !action->text().isEmpty());
    QVERIFY(window.addQuote(text->articleIndex(), text->selectedSpan(),
                            {{u"speaker"_s, u"Pieter Aalders"_s}, {u"kind"_s, u"direct"_s}}));
    QVERIFY(waitLoaded(window));
    // The quote is listed with the analyst's mark and found by its speaker.
    QTRY_COMPARE(quotes->rowCount(), 2);
    int added = -1;
    for (int row = 0; row < quotes->rowCount(); ++row) {
        if (quotes->index(row, 0).data(WorkspaceQuoteModel::AddedRole).toBool()) {
            added = row;
        }
    }
    QVERIFY(added >= 0);
    QCOMPARE(quotes->index(added, WorkspaceQuoteModel::QuoteColumn).data().toString(), words);
    QVERIFY(quotes->index(added, WorkspaceQuoteModel::SpeakerColumn).data().toString().endsWith(u"\u270E"_s));
    QCOMPARE(window.session()->workspace()->quoteCountOfPerson(u"Aalders"_s), 1);
    // A picture for the README, when asked for: NEWSLINE_SCREENSHOTS=FOLDER.
    if (const QString pictures = qEnvironmentVariable("NEWSLINE_SCREENSHOTS"); !pictures.isEmpty()) {
        const Article &shown = text->article();
        const QuoteDraft draft = draftQuote(shown, {start, start + int(words.size())});
        QuoteAddDialog dialog(draft, words, {u"Pieter Aalders"_s, u"Maria Okonkwo"_s}, &window);
        dialog.speakerBox()->setCurrentText(u"Pieter Aalders"_s);
        dialog.show();
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(pictures + u"/corrections-add-quote.png"_s));
    }
    // One undoable step, named for what it does.
    QVERIFY(window.undoStack()->canUndo());
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->rowCount(), 1);
    QCOMPARE(window.session()->workspace()->quoteCountOfPerson(u"Aalders"_s), 0);
    window.undoStack()->redo();
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->rowCount(), 2);
}

void MainWindowCorrectionsTest::testMergeAndSplitEntities()
{
    const QString path = makeWorkspace(u"entities"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const QStringList before = table(window);
    WorkspaceQuoteModel *quotes = window.quoteSearch()->model();
    QTRY_COMPARE(quotes->rowCount(), 1);
    const QString speaker = quotes->index(0, 0).data(WorkspaceQuoteModel::SpeakerRole).toString();
    QVERIFY(!speaker.isEmpty());
    QStringList names;
    for (const Event &event : window.corpus().events) {
        names += event.actors;
    }
    QVERIFY(names.contains(u"Velma Foods"_s));

    // The dialog checks the names given, proposes the longest and narrows a long list as the analyst types.
    {
        EntityMergeDialog dialog(names, {u"Dunmore Shipping"_s, u"Harwick Cranes"_s});
        QCOMPARE(dialog.names(), (QStringList{u"Dunmore Shipping"_s, u"Harwick Cranes"_s}));
        QCOMPARE(dialog.shownName(), u"Dunmore Shipping"_s);
        dialog.filterEdit()->setText(u"velma"_s);
        int visible = 0;
        for (int i = 0; i < dialog.nameList()->count(); ++i) {
            visible += dialog.nameList()->item(i)->isHidden() ? 0 : 1;
        }
        QCOMPARE(visible, 3);
        if (const QString pictures = qEnvironmentVariable("NEWSLINE_SCREENSHOTS"); !pictures.isEmpty()) {
            dialog.filterEdit()->setText(u"d"_s);
            dialog.show();
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(pictures + u"/corrections-merge-entities.png"_s));
        }
    }

    QVERIFY(window.mergeEntities({u"Dunmore Shipping"_s}, u"Dunmore Group"_s));
    QVERIFY(waitLoaded(window));
    QCOMPARE(rowOfActor(window, u"Dunmore Shipping"_s), -1);
    const int merged = rowOfActor(window, u"Dunmore Group"_s);
    QVERIFY(merged >= 0);
    // The parties cell says the analyst named them.
    QVERIFY(window.eventModel()
                ->index(merged, EventListModel::ActorsColumn)
                .data()
                .toString()
                .endsWith(EventListModel::correctedMark()));
    QVERIFY(window.mergeEntities({speaker}, u"M. Okonkwo"_s));
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(quotes->index(0, 0).data(WorkspaceQuoteModel::SpeakerRole).toString(), u"M. Okonkwo"_s);
    QCOMPARE(window.session()->workspace()->quoteCountOfPerson(speaker), 1);

    // Splitting and undoing give back the table as it was.
    QVERIFY(window.splitEntity(u"Dunmore Shipping"_s));
    QVERIFY(waitLoaded(window));
    QVERIFY(rowOfActor(window, u"Dunmore Shipping"_s) >= 0);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(rowOfActor(window, u"Dunmore Shipping"_s), -1);
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
    QTRY_COMPARE(quotes->index(0, 0).data(WorkspaceQuoteModel::SpeakerRole).toString(), speaker);
}

void MainWindowCorrectionsTest::testWrittenAtOnceAndSeenBySecondWindow()
{
    const QString path = makeWorkspace(u"shared"_s);
    QVERIFY(!path.isEmpty());
    MainWindow first;
    MainWindow second;
    QVERIFY(first.openWorkspace(path));
    QVERIFY(waitLoaded(first));
    QVERIFY(second.openWorkspace(path));
    QVERIFY(waitLoaded(second));
    const int row = rowOfActor(first, u"Velma Foods"_s);
    QVERIFY(first.correctEvent(row, {{u"salience"_s, u"background"_s}, {u"note"_s, u"A recollection."_s}}));
    // In the file at once: a program reading it now, as after a crash, finds the correction.
    {
        QString error;
        auto reader = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->correctionCount(), 1);
    }
    // The other window notices and shows it.
    QTRY_VERIFY_WITH_TIMEOUT(
        second.corpus().events.at(rowOfActor(second, u"Velma Foods"_s)).salience == Event::Salience::Background, 20000);
}

void MainWindowCorrectionsTest::testHistoryAndDeletedPanels()
{
    const QString path = makeWorkspace(u"panels"_s, moreArticles);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1280, 720);
    QVERIFY(showWorkspace(window, path));
    QVERIFY(window.correctEvent(rowOfActor(window, u"Dunmore Shipping"_s),
                                {{u"date"_s, u"2025-03-01"_s}, {u"precision"_s, u"month"_s}}));
    QVERIFY(waitLoaded(window));
    QVERIFY(window.correctEvent(rowOfActor(window, u"Castellan Capital"_s), {{u"type"_s, u"valuation"_s}}));
    QVERIFY(waitLoaded(window));
    QVERIFY(window.deleteEvents({rowOfActor(window, u"Velma Foods"_s)}));
    QVERIFY(waitLoaded(window));
    // The history lists every step under the state as extracted, and goes back to any of them.
    auto *history = window.findChild<QUndoView *>();
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 4);
    QCOMPARE(history->model()->index(3, 0).data().toString(), u"Delete 1 Event(s)"_s);
    QCOMPARE(window.deletedList()->count(), 1);
    window.selectEvent(rowOfActor(window, u"Dunmore Shipping"_s));

    // Pictures for the README, when asked for: NEWSLINE_SCREENSHOTS=FOLDER.
    const QString pictures = qEnvironmentVariable("NEWSLINE_SCREENSHOTS");
    if (!pictures.isEmpty()) {
        window.raisePanel(u"history"_s);
        QTest::qWait(300);
        QVERIFY(window.grab().save(pictures + u"/corrections-history.png"_s));
        window.raisePanel(u"deleted"_s);
        window.deletedList()->setCurrentRow(0);
        QTest::qWait(300);
        QVERIFY(window.grab().save(pictures + u"/corrections-deleted.png"_s));
        const int row = rowOfActor(window, u"Dunmore Shipping"_s);
        EventEditDialog dialog(window.corpus().events.at(row), window.corpus(), {}, {}, &window);
        dialog.show();
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(pictures + u"/corrections-edit-event.png"_s));
    }

    // Going back to the state as extracted undoes every step.
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(window.undoStack()->index(), 0);
    QVERIFY(waitLoaded(window));
    QTRY_COMPARE(window.deletedList()->count(), 0);
}

void MainWindowCorrectionsTest::testRevertToExtracted()
{
    const QString path = makeWorkspace(u"revert"_s);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    const QStringList before = table(window);
    QVERIFY(!window.revertEvent(rowOfActor(window, u"Velma Foods"_s))); // nothing set by the analyst yet
    QVERIFY(window.correctEvent(rowOfActor(window, u"Velma Foods"_s), {{u"type"_s, u"partnership"_s}}));
    QVERIFY(waitLoaded(window));
    QVERIFY(window.correctEvent(rowOfActor(window, u"Velma Foods"_s),
                                {{u"date"_s, u"2025-04-30"_s}, {u"precision"_s, u"day"_s}}));
    QVERIFY(waitLoaded(window));
    const QStringList corrected = table(window);
    QVERIFY(corrected != before);
    // Both edits go in one step, and the step undoes.
    QVERIFY(window.revertEvent(rowOfActor(window, u"Velma Foods"_s)));
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), before);
    QVERIFY2(window.undoStack()->undoText().startsWith(u"Revert to Extracted: Velma Foods"_s),
             qPrintable(window.undoStack()->undoText()));
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(table(window), corrected);
}

void MainWindowCorrectionsTest::testFlaggedCorrectionsWaitForReview()
{
    const QString path = makeWorkspace(u"review"_s);
    QVERIFY(!path.isEmpty());
    {
        MainWindow window;
        QVERIFY(showWorkspace(window, path));
        QVERIFY(window.reviewList()->isHidden());
        QVERIFY(window.correctEvent(rowOfActor(window, u"Velma Foods"_s), {{u"type"_s, u"partnership"_s}}));
        QVERIFY(waitLoaded(window));
    }
    // The story is rewritten and imported again: the sentence the correction relied on is gone.
    const QString story = m_dir.filePath(u"review-articles/velma.txt"_s);
    {
        QFile file(story);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("---\ntitle: Velma Foods opens a plant\npublished: 2025-06-02\n---\nVelma Foods opened a plant "
                   "in Leeds on June 1, 2025.\n");
    }
    {
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(WorkspaceImporter(*workspace).importFiles({story}).updated, 1);
    }
    MainWindow window;
    QVERIFY(showWorkspace(window, path));
    QCOMPARE(window.flaggedCorrections().size(), 1);
    QCOMPARE(window.reviewList()->count(), 1);
    QVERIFY(!window.reviewList()->isHidden());
    QVERIFY2(window.reviewList()->item(0)->text().contains(u"changed"_s),
             qPrintable(window.reviewList()->item(0)->text()));
    QVERIFY(window.discardFlagged(0));
    QVERIFY(waitLoaded(window));
    QVERIFY(window.flaggedCorrections().isEmpty());
    QVERIFY(window.reviewList()->isHidden());
    window.undoStack()->undo();
    QVERIFY(waitLoaded(window));
    QCOMPARE(window.reviewList()->count(), 1);
}

QTEST_MAIN(MainWindowCorrectionsTest)
#include "mainwindowcorrectionstest.moc"
