// The analyst's corrections in a workspace: stored at once, applied when events and quotes are read, undone exactly,
// kept when the extractor changes, flagged when the text they rely on is gone.
#include "correction.h"
#include "craftedworkspace.h"
#include "storeschema.h"
#include "teststore.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class CorrectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testKeyRoundTrip_data();
    void testKeyRoundTrip();
    void testKeyRejects_data();
    void testKeyRejects();
    void testEditEachField_data();
    void testEditEachField();
    void testStoredAtOnce();
    void testNoLostUpdate();
    void testDeleteAndRestore();
    void testMergeThenSplitReturnsOriginals();
    void testAddEventFromText();
    void testReextractionKeepsCorrections();
    void testChangedArticleFlagsCorrection();
    void testQuoteSpeakerAndDelete();
    void testAddQuoteFromText();
    void testEntityAliases();
    void testMergeAndSplitEntities();
    void testMigrationFromVersion6();

private:
    // Imports the invented stories; the workspace.
    std::unique_ptr<Workspace> makeWorkspace();
    // The event of the snapshot whose first source lies in the article of that file; -1 when none.
    static int eventOfFile(const Workspace &workspace, const WorkspaceSnapshot &snapshot, const QString &file);
    static Correction correction(Correction::Kind kind, const ItemKey &target, const QJsonObject &values = {});
    // What a reader sees of an event, for comparing states.
    static QString shown(const Event &event);
    static QStringList shownAll(const WorkspaceSnapshot &snapshot);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_acme;
    QString m_globex;
};

void CorrectionTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Workspace> CorrectionTest::makeWorkspace()
{
    const QStringList files = CraftedWorkspace::writeArticles(
        m_dir->filePath(u"in"_s),
        {"---\ntitle: Acme grows\npublished: 2024-03-04\n---\nAcme Corp bought Widgets Ltd for $5 million on 3 March "
         "2024.\n\nBelinda Oyelaran, chief executive of Acme Corp, said: \"We wanted their engineers.\"\n",
         "---\ntitle: Globex funds a startup\npublished: 2024-04-06\n---\nGlobex Inc invested $20 million in Initech "
         "on 5 April 2024.\n"});
    m_acme = files.value(0);
    m_globex = files.value(1);
    QString error;
    auto workspace = TestStore::create(m_dir->filePath(u"corrections.newsline"_s), &error);
    if (!workspace) {
        qWarning("%s", qPrintable(error));
        return workspace;
    }
    const ImportResult result = WorkspaceImporter(*workspace).importFiles(files);
    if (!result.failure.isEmpty() || result.added != 2) {
        qWarning("import: %s", qPrintable(result.failure));
        return nullptr;
    }
    return workspace;
}

int CorrectionTest::eventOfFile(const Workspace &workspace, const WorkspaceSnapshot &snapshot, const QString &file)
{
    const int id = workspace.articleIdForFile(file);
    for (int i = 0; i < snapshot.corpus.events.size(); ++i) {
        const Event &event = snapshot.corpus.events.at(i);
        if (!event.sources.isEmpty() && snapshot.articleIds.value(event.sources.first().article) == id) {
            return i;
        }
    }
    return -1;
}

Correction CorrectionTest::correction(Correction::Kind kind, const ItemKey &target, const QJsonObject &values)
{
    Correction c;
    c.kind = kind;
    c.target = target;
    c.values = values;
    c.author = u"Tomasz Wierzbicki"_s;
    c.made = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    return c;
}

QString CorrectionTest::shown(const Event &event)
{
    QStringList sources;
    for (const SourceRef &s : event.sources) {
        sources.append(u"%1:%2-%3"_s.arg(s.article).arg(s.start).arg(s.end));
    }
    return u"%1|%2|%3|%4|%5|%6|%7 figures|%8"_s
        .arg(Event::typeName(event.type), event.dateText(), Event::dateBasisName(event.dateBasis),
             event.actors.join(u','), Event::salienceName(event.salience), Decimal::toString(event.wording.amount))
        .arg(event.figures.size())
        .arg(sources.join(u' '));
}

QStringList CorrectionTest::shownAll(const WorkspaceSnapshot &snapshot)
{
    QStringList all;
    for (const Event &event : snapshot.corpus.events) {
        all.append(shown(event));
    }
    return all;
}

void CorrectionTest::testKeyRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("extracted-event") << u"ab12:10:52:acquisition"_s;
    QTest::newRow("added-event") << u"ff00:0:7:added"_s;
    QTest::newRow("empty-span") << u"ff00:3:3:split"_s;
}

void CorrectionTest::testKeyRoundTrip()
{
    QFETCH(QString, text);
    const ItemKey key = ItemKey::fromString(text);
    QVERIFY(key.isValid());
    QCOMPARE(key.toString(), text);
}

void CorrectionTest::testKeyRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no-hash") << u":1:2:added"_s;
    QTest::newRow("letters-for-start") << u"ab:x:2:added"_s;
    QTest::newRow("end-before-start") << u"ab:5:2:added"_s;
    QTest::newRow("too-few-parts") << u"ab:1:2"_s;
    QTest::newRow("negative") << u"ab:-1:2:added"_s;
}

void CorrectionTest::testKeyRejects()
{
    QFETCH(QString, text);
    QVERIFY(!ItemKey::fromString(text).isValid());
}

void CorrectionTest::testEditEachField_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("type") << QJsonObject{{u"type"_s, u"investment"_s}} << u"type"_s << u"investment|"_s;
    QTest::newRow("date-month") << QJsonObject{{u"date"_s, u"2024-02-01"_s}, {u"precision"_s, u"month"_s}} << u"date"_s
                                << u"|2024-02|analyst|"_s;
    QTest::newRow("undated") << QJsonObject{{u"date"_s, QString()}} << u"date"_s << u"||analyst|"_s;
    QTest::newRow("parties")
        << QJsonObject{{u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"Widgets Ltd"_s}, {u"role"_s, u"buyer"_s}},
                                                 QJsonObject{{u"name"_s, u"Acme Corp"_s}, {u"role"_s, u"target"_s}}}}}
        << u"parties"_s << u"|Widgets Ltd,Acme Corp|"_s;
    QTest::newRow("amount-none") << QJsonObject{{u"amount"_s, QString()}} << u"amount"_s << u"||0 figures|"_s;
    QTest::newRow("background") << QJsonObject{{u"salience"_s, u"background"_s}} << u"salience"_s << u"|background|"_s;
    QTest::newRow("note") << QJsonObject{{u"note"_s, u"Checked with the filing."_s}} << u"note"_s << QString();
}

void CorrectionTest::testEditEachField()
{
    QFETCH(QJsonObject, values);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const WorkspaceSnapshot before = workspace->snapshot();
    const int row = eventOfFile(*workspace, before, m_acme);
    QVERIFY(row >= 0);
    QVERIFY(!before.provenance.at(row).isCorrected());
    const qint64 id =
        workspace->addCorrection(correction(Correction::Kind::EditEvent, before.provenance.at(row).key, values));
    QVERIFY2(id > 0, qPrintable(workspace->lastError()));

    const WorkspaceSnapshot after = workspace->snapshot();
    const int edited = eventOfFile(*workspace, after, m_acme);
    QVERIFY(edited >= 0);
    const EventProvenance &provenance = after.provenance.at(edited);
    QCOMPARE(provenance.fields, QStringList{field});
    QCOMPARE(provenance.author, u"Tomasz Wierzbicki"_s);
    QCOMPARE(provenance.made.date(), QDate(2026, 1, 15));
    // The extracted value stays one step away.
    QCOMPARE(shown(provenance.extracted), shown(before.corpus.events.at(row)));
    // The event itself says what the analyst set and when, for exports and briefings.
    QCOMPARE(after.corpus.events.at(edited).analystFields, QStringList{field});
    QCOMPARE(after.corpus.events.at(edited).analystDay, QDate(2026, 1, 15));
    QVERIFY(before.corpus.events.at(row).analystFields.isEmpty());
    const QString text = shown(after.corpus.events.at(edited));
    if (!expected.isEmpty()) {
        QVERIFY2(text.contains(expected), qPrintable(text));
    } else {
        QCOMPARE(provenance.note, u"Checked with the filing."_s);
        QCOMPARE(after.corpus.events.at(edited).analystNote, u"Checked with the filing."_s);
    }
    // The page reads and the count agree with the snapshot.
    QCOMPARE(workspace->eventCount(), int(after.corpus.events.size()));

    // Undoing gives back exactly the state before.
    QVERIFY(workspace->removeCorrection(id));
    QCOMPARE(shownAll(workspace->snapshot()), shownAll(before));
}

void CorrectionTest::testStoredAtOnce()
{
    QString path;
    ItemKey key;
    {
        auto workspace = makeWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        const WorkspaceSnapshot snapshot = workspace->snapshot();
        key = snapshot.provenance.at(eventOfFile(*workspace, snapshot, m_acme)).key;
        QVERIFY(workspace->addCorrection(correction(Correction::Kind::EditEvent, key, {{u"type"_s, u"launch"_s}})) > 0);
        // Another program on the same workspace, while this one still runs: the correction is already stored.
        QString error;
        auto other = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->correctionCount(), 1);
    }
    QString error;
    auto reopened = Workspace::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    const QList<Correction> stored = reopened->corrections();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().target, key);
    QCOMPARE(stored.first().values.value("type"_L1).toString(), u"launch"_s);
    const WorkspaceSnapshot snapshot = reopened->snapshot();
    QCOMPARE(snapshot.corpus.events.at(eventOfFile(*reopened, snapshot, m_acme)).type, Event::Type::Launch);
}

void CorrectionTest::testNoLostUpdate()
{
    // Two analysts on one workspace (two connections): each read the events, then both correct the Acme deal.
    auto mine = makeWorkspace();
    QVERIFY(mine);
    QString error;
    auto theirs = Workspace::open(mine->location(), &error);
    QVERIFY2(theirs, qPrintable(error));
    const WorkspaceSnapshot seen = mine->snapshot();
    CorrectionBasis basis{seen.newestCorrection, {}};
    const ItemKey acme = seen.provenance.at(eventOfFile(*mine, seen, m_acme)).key;
    Correction date = correction(Correction::Kind::EditEvent, acme, {{u"date"_s, u"2024-03-02"_s}});
    date.author = u"Ruth Abebe"_s;
    QVERIFY(theirs->addCorrection(date) > 0);

    // Mine on the same field, made over what I saw before theirs: refused, saying who set what, and nothing stored.
    const int before = mine->correctionCount();
    QCOMPARE(mine->addCorrection(correction(Correction::Kind::EditEvent, acme, {{u"date"_s, u"2024-03-05"_s}}), basis),
             -1);
    QVERIFY2(mine->lastError().contains(u"Ruth Abebe"_s) && mine->lastError().contains(u"date is now 2024-03-02"_s),
             qPrintable(mine->lastError()));
    QCOMPARE(mine->correctionCount(), before);
    // Another field of the same event is kept beside theirs: both apply.
    const qint64 type =
        mine->addCorrection(correction(Correction::Kind::EditEvent, acme, {{u"type"_s, u"launch"_s}}), basis);
    QVERIFY2(type > 0, qPrintable(mine->lastError()));
    basis.own.insert(type);
    // My own later change of a field I set is no one else's: kept.
    QVERIFY(mine->addCorrection(correction(Correction::Kind::EditEvent, acme, {{u"type"_s, u"investment"_s}}), basis) >
            0);
    const WorkspaceSnapshot now = mine->snapshot();
    const Event &merged = now.corpus.events.at(eventOfFile(*mine, now, m_acme));
    QCOMPARE(merged.date, QDate(2024, 3, 2));
    QCOMPARE(merged.type, Event::Type::Investment);
    // Read again, the same change goes through.
    QVERIFY(mine->addCorrection(correction(Correction::Kind::EditEvent, acme, {{u"date"_s, u"2024-03-05"_s}}),
                                CorrectionBasis{now.newestCorrection, {}}) > 0);
    // An event deleted since it was read is not edited unseen.
    Correction deletion = correction(Correction::Kind::DeleteEvent, acme);
    deletion.author = u"Ruth Abebe"_s;
    const qint64 newest = mine->snapshot().newestCorrection;
    QVERIFY(theirs->addCorrection(deletion) > 0);
    QCOMPARE(mine->addCorrection(correction(Correction::Kind::EditEvent, acme, {{u"type"_s, u"launch"_s}}),
                                 CorrectionBasis{newest, {}}),
             -1);
    QVERIFY2(mine->lastError().contains(u"deleted"_s), qPrintable(mine->lastError()));
}

void CorrectionTest::testDeleteAndRestore()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const WorkspaceSnapshot before = workspace->snapshot();
    const int row = eventOfFile(*workspace, before, m_globex);
    QVERIFY(row >= 0);
    const qint64 id =
        workspace->addCorrection(correction(Correction::Kind::DeleteEvent, before.provenance.at(row).key));
    QVERIFY(id > 0);
    const WorkspaceSnapshot after = workspace->snapshot();
    QCOMPARE(after.corpus.events.size(), before.corpus.events.size() - 1);
    QCOMPARE(eventOfFile(*workspace, after, m_globex), -1);
    QCOMPARE(after.deleted.size(), 1);
    QCOMPARE(after.deletedProvenance.first().deletedBy, id);
    QCOMPARE(workspace->eventCount(), int(before.corpus.events.size()) - 1);
    QCOMPARE(workspace->eventsOfArticle(workspace->articleIdForFile(m_globex)).size(), 0);
    QVERIFY(workspace->removeCorrection(id));
    QCOMPARE(shownAll(workspace->snapshot()), shownAll(before));
}

void CorrectionTest::testMergeThenSplitReturnsOriginals()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const WorkspaceSnapshot before = workspace->snapshot();
    const int acme = eventOfFile(*workspace, before, m_acme);
    const int globex = eventOfFile(*workspace, before, m_globex);
    QVERIFY(acme >= 0 && globex >= 0);
    Correction merge = correction(Correction::Kind::MergeEvents, before.provenance.at(acme).key);
    merge.others = {before.provenance.at(globex).key};
    QVERIFY(workspace->addCorrection(merge) > 0);
    const WorkspaceSnapshot merged = workspace->snapshot();
    QCOMPARE(merged.corpus.events.size(), before.corpus.events.size() - 1);
    const int united = eventOfFile(*workspace, merged, m_acme);
    QCOMPARE(merged.corpus.events.at(united).sources.size(), 2);
    QVERIFY(merged.provenance.at(united).fields.contains(u"merged"_s));
    // The merged event keeps the figures of both.
    QCOMPARE(merged.corpus.events.at(united).figures.size(),
             before.corpus.events.at(acme).figures.size() + before.corpus.events.at(globex).figures.size());

    // Splitting off Globex's source gives back the two events as extracted.
    Correction split = correction(Correction::Kind::SplitEvent, merged.provenance.at(united).key);
    const SourceRef &moved = merged.corpus.events.at(united).sources.at(1);
    split.others = {{merged.articleHashes.at(moved.article), moved.start, moved.end, QString()}};
    QVERIFY(workspace->addCorrection(split) > 0);
    const WorkspaceSnapshot back = workspace->snapshot();
    QCOMPARE(shownAll(back), shownAll(before));
    QVERIFY(!back.provenance.at(eventOfFile(*workspace, back, m_acme)).isCorrected());
}

void CorrectionTest::testAddEventFromText()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const int article = workspace->articleIdForFile(m_acme);
    const QString text = workspace->article(article)->text;
    const QString words = u"Belinda Oyelaran, chief executive of Acme Corp"_s;
    const int start = int(text.indexOf(words));
    QVERIFY(start > 0);
    const QString hash = workspace->articleHash(article);
    Correction add = correction(Correction::Kind::AddEvent, {hash, start, start + int(words.size()), u"added"_s},
                                {{u"type"_s, u"announcement"_s},
                                 {u"date"_s, u"2024-03-04"_s},
                                 {u"precision"_s, u"day"_s},
                                 {u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"Acme Corp"_s}}}}});
    add.evidence = {{hash, start, start + int(words.size()), words}};
    const int before = workspace->eventCount();
    const qint64 id = workspace->addCorrection(add);
    QVERIFY(id > 0);
    QCOMPARE(workspace->eventCount(), before + 1);
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    const auto it = std::find_if(snapshot.provenance.cbegin(), snapshot.provenance.cend(),
                                 [](const EventProvenance &p) { return p.fields.contains(u"added"_s); });
    QVERIFY(it != snapshot.provenance.cend());
    const Event &added = snapshot.corpus.events.at(it - snapshot.provenance.cbegin());
    QCOMPARE(added.type, Event::Type::Announcement);
    QCOMPARE(added.dateBasis, Event::DateBasis::Analyst);
    QCOMPARE(added.sources.size(), 1);
    // The new event cites the characters it was made from.
    QCOMPARE(snapshot.articleIds.at(added.sources.first().article), article);
    QCOMPARE(added.sources.first().start, start);
    QCOMPARE(workspace->corrections().first().evidence.first().text, words);
    QVERIFY(workspace->removeCorrection(id));
    QCOMPARE(workspace->eventCount(), before);
}

void CorrectionTest::testReextractionKeepsCorrections()
{
    QString path;
    {
        auto workspace = makeWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
        const WorkspaceSnapshot snapshot = workspace->snapshot();
        const ItemKey acme = snapshot.provenance.at(eventOfFile(*workspace, snapshot, m_acme)).key;
        const ItemKey globex = snapshot.provenance.at(eventOfFile(*workspace, snapshot, m_globex)).key;
        QVERIFY(workspace->addCorrection(correction(Correction::Kind::EditEvent, acme,
                                                    {{u"date"_s, u"2024-03-01"_s}, {u"precision"_s, u"month"_s}})) > 0);
        QVERIFY(workspace->addCorrection(correction(Correction::Kind::DeleteEvent, globex)) > 0);
    }
    // A newer extractor: every article is extracted again and every event built again, with new row ids.
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(QSqlQuery(workspace->database()).exec(u"UPDATE articles SET extractor_version = 'older'"_s));
    const ImportResult result = WorkspaceImporter(*workspace).reextract();
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.updated, 2);
    // Whatever row ids and keys the events get now, the corrections name them by their text.
    const QStringList renumber{u"UPDATE event_sources SET event_id = event_id + 1000"_s,
                               u"UPDATE events SET id = id + 1000, key = 'renumbered-' || key"_s};
    if (TestStore::onServer()) {
        // PostgreSQL checks each foreign key at once: the test's superuser sets the checks aside meanwhile.
        QSqlQuery q(workspace->database());
        QVERIFY(q.exec(u"SET session_replication_role = replica"_s));
        for (const QString &statement : renumber) {
            QVERIFY(q.exec(statement));
        }
        QVERIFY(q.exec(u"SET session_replication_role = origin"_s));
    } else {
        QCOMPARE(CraftedWorkspace::alter(path, renumber), QString());
    }

    const WorkspaceSnapshot snapshot = workspace->snapshot();
    QVERIFY(snapshot.flagged.isEmpty());
    const int acme = eventOfFile(*workspace, snapshot, m_acme);
    QVERIFY(acme >= 0);
    QCOMPARE(snapshot.corpus.events.at(acme).dateText(), u"2024-03"_s);
    QCOMPARE(snapshot.corpus.events.at(acme).dateBasis, Event::DateBasis::Analyst);
    QCOMPARE(eventOfFile(*workspace, snapshot, m_globex), -1);
    QCOMPARE(snapshot.deleted.size(), 1);
}

void CorrectionTest::testChangedArticleFlagsCorrection()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    const ItemKey key = snapshot.provenance.at(eventOfFile(*workspace, snapshot, m_globex)).key;
    Correction edit = correction(Correction::Kind::EditEvent, key, {{u"type"_s, u"partnership"_s}});
    edit.evidence = {{key.articleHash, key.start, key.end, u"Globex Inc invested $20 million in Initech"_s}};
    QVERIFY(workspace->addCorrection(edit) > 0);
    // A correction of an event no longer found (its article is still there) waits for review too, with its words.
    const int acme = workspace->articleIdForFile(m_acme);
    const QString acmeHash = workspace->articleHash(acme);
    const QString words = u"We wanted their engineers."_s;
    const int start = int(workspace->article(acme)->text.indexOf(words));
    QVERIFY(start > 0);
    Correction lost =
        correction(Correction::Kind::DeleteEvent, {acmeHash, start, start + int(words.size()), u"other"_s});
    lost.evidence = {{acmeHash, start, start + int(words.size()), words}};
    QVERIFY(workspace->addCorrection(lost) > 0);
    // The story is rewritten: the sentence the correction relies on is gone.
    QFile file(m_globex);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("---\ntitle: Globex funds a startup\npublished: 2024-04-06\n---\nGlobex Inc opened an office in "
               "Lagos on 5 April 2024.\n");
    file.close();
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_globex}).updated, 1);
    const WorkspaceSnapshot after = workspace->snapshot();
    // Never dropped in silence: the corrections are kept and listed for review, with the words they relied on.
    QCOMPARE(after.flagged.size(), 2);
    QCOMPARE(after.flagged.at(0).reason, FlaggedCorrection::Reason::EvidenceGone);
    QCOMPARE(after.flagged.at(0).correction.evidence.value(0).text, u"Globex Inc invested $20 million in Initech"_s);
    QCOMPARE(after.flagged.at(1).reason, FlaggedCorrection::Reason::TargetGone);
    QCOMPARE(after.flagged.at(1).correction.evidence.value(0).text, words);
    QCOMPARE(workspace->correctionCount(), 2);
    for (const Event &event : after.corpus.events) {
        QVERIFY(event.type != Event::Type::Partnership);
    }
}

void CorrectionTest::testQuoteSpeakerAndDelete()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const QList<QuoteRow> quotes = workspace->quotes(0, 10);
    QCOMPARE(quotes.size(), 1);
    const QuoteRow quote = quotes.first();
    const ItemKey key{workspace->articleHash(quote.articleId), quote.start, quote.end, u"quote"_s};
    const qint64 speaker =
        workspace->addCorrection(correction(Correction::Kind::EditQuote, key, {{u"speaker"_s, u"Ivo Marangoni"_s}}));
    QVERIFY(speaker > 0);
    QCOMPARE(workspace->quotes(0, 10).first().speaker, u"Ivo Marangoni"_s);
    QVERIFY(workspace->quotes(0, 10).first().corrected);
    QCOMPARE(workspace->quotes(0, 10).first().extractedSpeaker, quote.speaker);
    // Quote search by person follows the analyst: the new speaker finds the quote (by a word's beginning, as typed),
    // the extracted one no longer does; counts, pages, rows and ranked search agree.
    const QString extractedName = quote.speaker.split(u' ').constLast();
    QVERIFY(!extractedName.isEmpty() && !u"Ivo Marangoni"_s.contains(extractedName));
    QCOMPARE(workspace->quoteCountOfPerson(u"Marangoni"_s), 1);
    QCOMPARE(workspace->quotesOfPerson(0, 10, u"maran"_s).size(), 1);
    QCOMPARE(workspace->quoteRowOfPerson(quote.articleId, quote.start, u"Ivo Marangoni"_s), 0);
    QCOMPARE(workspace->searchQuotesOfPerson(u"engineers"_s, u"Marangoni"_s).size(), 1);
    QCOMPARE(workspace->searchQuoteCountOfPerson(u"engineers"_s, u"Marangoni"_s), 1);
    QCOMPARE(workspace->quoteCountOfPerson(extractedName), 0);
    QCOMPARE(workspace->quotesOfPerson(0, 10, extractedName).size(), 0);
    QCOMPARE(workspace->quoteRowOfPerson(quote.articleId, quote.start, extractedName), -1);
    QCOMPARE(workspace->searchQuotesOfPerson(u"engineers"_s, extractedName).size(), 0);
    QCOMPARE(workspace->searchQuoteCountOfPerson(u"engineers"_s, extractedName), 0);
    const qint64 removed = workspace->addCorrection(correction(Correction::Kind::DeleteQuote, key));
    QVERIFY(removed > 0);
    QCOMPARE(workspace->quoteCount(), 0);
    QCOMPARE(workspace->quotes(0, 10).size(), 0);
    QCOMPARE(workspace->searchQuotes(u"engineers"_s).size(), 0);
    QVERIFY(workspace->removeCorrection(removed));
    QVERIFY(workspace->removeCorrection(speaker));
    QCOMPARE(workspace->quoteCount(), 1);
    QCOMPARE(workspace->quotes(0, 10).first().speaker, quote.speaker);
    QVERIFY(!workspace->quotes(0, 10).first().corrected);
    QCOMPARE(workspace->quoteCountOfPerson(extractedName), 1);
    QCOMPARE(workspace->quoteCountOfPerson(u"Marangoni"_s), 0);
}

void CorrectionTest::testAddQuoteFromText()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const int article = workspace->articleIdForFile(m_globex);
    const QString words = u"invested $20 million in Initech"_s;
    const int start = int(workspace->article(article)->text.indexOf(words));
    QVERIFY(start > 0);
    const QString hash = workspace->articleHash(article);
    const auto add = [&] {
        Correction c = correction(Correction::Kind::AddQuote, {hash, start, start + int(words.size()), u"quote"_s},
                                  {{u"speaker"_s, u"Hana Kowalczyk"_s},
                                   {u"role"_s, u"treasurer of Globex Inc"_s},
                                   {u"kind"_s, u"partial"_s}});
        c.evidence = {{hash, start, start + int(words.size()), words}};
        return workspace->addCorrection(c);
    };
    // The added quote is listed, counted and found like the extracted one, by its words and by its speaker.
    const auto found = [&](int expected) {
        QCOMPARE(workspace->quoteCount(), 1 + expected);
        QCOMPARE(workspace->quoteCountOfPerson(u"Kowal"_s), expected);
        QCOMPARE(workspace->quotesOfPerson(0, 10, u"Hana"_s).size(), expected);
        QCOMPARE(workspace->searchQuotes(u"Initech"_s).size(), expected);
        QCOMPARE(workspace->searchQuotesOfPerson(u"Initech"_s, u"Kowalczyk"_s).size(), expected);
        QCOMPARE(workspace->searchQuoteCountOfPerson(u"Initech"_s, u"Kowalczyk"_s), expected);
    };
    const qint64 id = add();
    QVERIFY2(id > 0, qPrintable(workspace->lastError()));
    found(1);
    const QList<QuoteRow> rows = workspace->quotesOfPerson(0, 10, u"Hana Kowalczyk"_s);
    QCOMPARE(rows.first().text, words);
    QCOMPARE(rows.first().start, start);
    QCOMPARE(rows.first().speakerRole, u"treasurer of Globex Inc"_s);
    QCOMPARE(rows.first().kind, Quote::Kind::Partial);
    QVERIFY(rows.first().added);
    const QList<QuoteRow> all = workspace->quotes(0, 10);
    QCOMPARE(std::count_if(all.cbegin(), all.cend(), [](const QuoteRow &row) { return row.added; }), 1);

    // Extracting again (a newer extractor) and importing the same file again keep it.
    QVERIFY(QSqlQuery(workspace->database()).exec(u"UPDATE articles SET extractor_version = 'older'"_s));
    QCOMPARE(WorkspaceImporter(*workspace).reextract().updated, 2);
    found(1);
    QVERIFY(workspace->snapshot().flagged.isEmpty());

    // Undoing it takes it out of every list and of the index.
    QVERIFY(workspace->removeCorrection(id));
    found(0);
    QVERIFY(add() > 0);
    found(1);

    // The story is rewritten: the quote leaves with its text, and the correction waits for review.
    QFile file(m_globex);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("---\ntitle: Globex funds a startup\npublished: 2024-04-06\n---\nGlobex Inc opened an office in "
               "Lagos on 5 April 2024.\n");
    file.close();
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({m_globex}).updated, 1);
    found(0);
    const WorkspaceSnapshot after = workspace->snapshot();
    QCOMPARE(after.flagged.size(), 1);
    QCOMPARE(after.flagged.first().correction.kind, Correction::Kind::AddQuote);
    QCOMPARE(after.flagged.first().reason, FlaggedCorrection::Reason::EvidenceGone);
}

void CorrectionTest::testEntityAliases()
{
    EntityAliases aliases;
    QVERIFY(aliases.isEmpty());
    QCOMPARE(aliases.shown(u"Nordvik Telecom"_s), u"Nordvik Telecom"_s);
    aliases.merge({u"NVT"_s, u"Nordvik Telecom ASA"_s}, u"Nordvik Telecom"_s);
    QCOMPARE(aliases.shown(u"NVT"_s), u"Nordvik Telecom"_s);
    QCOMPARE(aliases.shown(u"Nordvik Telecom"_s), u"Nordvik Telecom"_s);
    QCOMPARE(aliases.names(u"NVT"_s), (QStringList{u"Nordvik Telecom"_s, u"NVT"_s, u"Nordvik Telecom ASA"_s}));
    // A later merge with any of the names takes the whole entity, shown by the name it keeps.
    aliases.merge({u"Nordvik"_s, u"NVT"_s}, u"Nordvik Group"_s);
    QCOMPARE(aliases.shown(u"Nordvik Telecom"_s), u"Nordvik Group"_s);
    QCOMPARE(aliases.names(u"Nordvik"_s).size(), 5);
    // An alias leaves alone; the name shown leaves and the entity is shown by its first name merged.
    aliases.split(u"Nordvik Telecom ASA"_s);
    QCOMPARE(aliases.shown(u"Nordvik Telecom ASA"_s), u"Nordvik Telecom ASA"_s);
    aliases.split(u"Nordvik Group"_s);
    QCOMPARE(aliases.shown(u"Nordvik Group"_s), u"Nordvik Group"_s);
    QCOMPARE(aliases.shown(u"Nordvik"_s), aliases.shown(u"NVT"_s));
    QVERIFY(aliases.shown(u"NVT"_s) != u"Nordvik Group"_s);
    // Keys of names keep names with colons whole.
    QCOMPARE(ItemKey::fromString(ItemKey::ofName(u"Studio: North"_s).toString()).tag, u"Studio: North"_s);
    QVERIFY(ItemKey::ofName(u"Studio: North"_s).isName());
}

void CorrectionTest::testMergeAndSplitEntities()
{
    auto workspace = makeWorkspace();
    QVERIFY(workspace);
    const WorkspaceSnapshot before = workspace->snapshot();
    const int acme = eventOfFile(*workspace, before, m_acme);
    QVERIFY(acme >= 0);
    const QString buyer = before.corpus.events.at(acme).actors.value(0);
    QVERIFY(!buyer.isEmpty());
    const QString speaker = workspace->quotes(0, 10).first().speaker;
    QVERIFY(!speaker.isEmpty());

    // The analyst says the buyer is the group, and the speaker a name the wires also use.
    Correction company = correction(Correction::Kind::MergeEntities, ItemKey::ofName(u"Acme Group"_s),
                                    {{u"names"_s, QJsonArray{buyer}}});
    const qint64 merged = workspace->addCorrection(company);
    QVERIFY2(merged > 0, qPrintable(workspace->lastError()));
    const qint64 person = workspace->addCorrection(correction(Correction::Kind::MergeEntities,
                                                              ItemKey::ofName(u"Belinda Adeyemi-Oyelaran"_s),
                                                              {{u"names"_s, QJsonArray{speaker}}}));
    QVERIFY(person > 0);
    const WorkspaceSnapshot after = workspace->snapshot();
    QVERIFY(after.flagged.isEmpty());
    const int shown = eventOfFile(*workspace, after, m_acme);
    QVERIFY(after.corpus.events.at(shown).actors.contains(u"Acme Group"_s));
    QVERIFY(!after.corpus.events.at(shown).actors.contains(buyer));
    QVERIFY(after.provenance.at(shown).fields.contains(u"names"_s));
    QVERIFY(after.provenance.at(shown).extracted.actors.contains(buyer));
    // The quote is shown by the kept name, and found by any of the person's names.
    const QuoteRow quote = workspace->quotes(0, 10).first();
    QCOMPARE(quote.speaker, u"Belinda Adeyemi-Oyelaran"_s);
    QVERIFY(quote.corrected);
    QCOMPARE(quote.extractedSpeaker, speaker);
    QCOMPARE(workspace->quoteCountOfPerson(u"Adeyemi"_s), 1);
    QCOMPARE(workspace->searchQuotesOfPerson(u"engineers"_s, u"Adeyemi"_s).size(), 1);
    QCOMPARE(workspace->quoteCountOfPerson(speaker), 1);

    // Splitting the name off gives back what was extracted.
    QVERIFY(workspace->addCorrection(correction(Correction::Kind::SplitEntity, ItemKey::ofName(speaker))) > 0);
    QVERIFY(workspace->addCorrection(correction(Correction::Kind::SplitEntity, ItemKey::ofName(buyer))) > 0);
    const WorkspaceSnapshot split = workspace->snapshot();
    QCOMPARE(shownAll(split), shownAll(before));
    QCOMPARE(workspace->quotes(0, 10).first().speaker, speaker);
    QCOMPARE(workspace->quoteCountOfPerson(u"Adeyemi"_s), 0);
}

void CorrectionTest::testMigrationFromVersion6()
{
    if (TestStore::onServer()) {
        QSKIP("a file of an older format");
    }
    QString path;
    {
        auto workspace = makeWorkspace();
        QVERIFY(workspace);
        path = workspace->location();
    }
    // The file as version 6 wrote it.
    QCOMPARE(CraftedWorkspace::alter(path,
                                     {u"DROP TABLE correction_evidence"_s, u"DROP TABLE corrections"_s,
                                      u"DROP INDEX quotes_by_correction"_s,
                                      u"ALTER TABLE quotes DROP COLUMN correction_id"_s, u"PRAGMA user_version = 6"_s}),
             QString());
    QString error;
    {
        // Read-only, it is read as it is, with no corrections.
        auto readOnly = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(error));
        QCOMPARE(readOnly->correctionCount(), 0);
        QCOMPARE(readOnly->quoteCount(), 1);
        QVERIFY(readOnly->snapshot().corpus.events.size() > 0);
    }
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(CraftedWorkspace::value(path, u"PRAGMA user_version"_s).toInt(), StoreSchema::CurrentVersion);
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    QVERIFY(workspace->addCorrection(correction(Correction::Kind::DeleteEvent, snapshot.provenance.at(0).key)) > 0);
    QCOMPARE(workspace->eventCount(), int(snapshot.corpus.events.size()) - 1);
}

QTEST_GUILESS_MAIN(CorrectionTest)
#include "correctiontest.moc"
