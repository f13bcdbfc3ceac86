#include "corpusgenerator.h"
#include "extractor.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// Events updated in part after an import must be exactly those a full rebuild gives: ids, dates, sources, figures,
// conflicts, lanes.
class WorkspaceEventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testInPartEqualsFull_data();
    void testInPartEqualsFull();
    void testUpdatedArticleDropsEvent();
    void testGeneratedCorpus();
    void testMigratedWorkspaceRebuildsAll();
    void testSnapshotMatchesStore();

private:
    QString writeArticle(const QString &name, const QString &published, const QString &body);
    std::unique_ptr<Workspace> createWorkspace(const QString &name, WorkspaceImporter::EventUpdate mode);
    // An importer of a workspace made by createWorkspace, updating events as that workspace was created to.
    WorkspaceImporter importerOf(Workspace &workspace) const;
    // Every event, refs turned into file names so that two workspaces compare whatever their ids.
    static QStringList describe(Workspace &workspace);
    // What EventBuilder gives over the workspace's stored articles, described the same way.
    static QStringList reference(Workspace &workspace);
    static QString describe(const Event &e, const std::function<QString(int)> &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<const Workspace *, WorkspaceImporter::EventUpdate> m_modes;
};

void WorkspaceEventsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString WorkspaceEventsTest::writeArticle(const QString &name, const QString &published, const QString &body)
{
    const QString path = m_dir->filePath(u"articles/"_s + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write((u"---\nsource: The Test Ledger\npublished: "_s + published + u"\nlanguage: en\n---\n"_s + body + u'\n')
                   .toUtf8());
    return path;
}

std::unique_ptr<Workspace> WorkspaceEventsTest::createWorkspace(const QString &name,
                                                                WorkspaceImporter::EventUpdate mode)
{
    QString error;
    auto workspace = Workspace::create(m_dir->filePath(name), &error);
    if (workspace) {
        m_modes.insert(workspace.get(), mode);
    } else {
        qWarning("%s", qPrintable(error));
    }
    return workspace;
}

WorkspaceImporter WorkspaceEventsTest::importerOf(Workspace &workspace) const
{
    WorkspaceImporter importer(workspace);
    importer.setEventUpdate(m_modes.value(&workspace, WorkspaceImporter::EventUpdate::Auto));
    return importer;
}

QString WorkspaceEventsTest::describe(const Event &e, const std::function<QString(int)> &file)
{
    QStringList parts{e.id,
                      Event::typeName(e.type),
                      e.dateText(),
                      Event::precisionName(e.precision),
                      Event::dateBasisName(e.dateBasis),
                      e.actors.join(u'+'),
                      e.summary,
                      u"lane="_s + e.lane};
    for (const SourceRef &s : e.sources) {
        parts.append(u"source=%1@%2-%3"_s.arg(file(s.article)).arg(s.start).arg(s.end));
    }
    for (const FigureRef &f : e.figures) {
        parts.append(u"figure=%1#%2"_s.arg(file(f.article)).arg(f.index));
    }
    for (const EventConflict &c : e.conflicts) {
        QStringList sources;
        for (const SourceRef &s : c.sources) {
            sources.append(u"%1@%2"_s.arg(file(s.article)).arg(s.start));
        }
        parts.append(u"conflict=%1:%2:%3"_s.arg(c.field, c.values.join(u','), sources.join(u',')));
    }
    return parts.join(u" | "_s);
}

QStringList WorkspaceEventsTest::describe(Workspace &workspace)
{
    auto file = [&workspace](int id) {
        const std::optional<ArticleInfo> info = workspace.articleInfo(id);
        return info ? QFileInfo(info->file).fileName() : u"?"_s;
    };
    QStringList lines;
    for (const Event &e : workspace.events(0, workspace.eventCount())) {
        lines.append(describe(e, file));
    }
    return lines;
}

QStringList WorkspaceEventsTest::reference(Workspace &workspace)
{
    Corpus corpus;
    for (const ArticleInfo &info : workspace.articles(0, workspace.articleCount())) {
        corpus.articles.append(*workspace.article(info.id));
    }
    // Articles in id order, as a full build reads them; ids grow with file names here.
    std::sort(corpus.articles.begin(), corpus.articles.end(), [&workspace](const Article &a, const Article &b) {
        return workspace.articleIdForFile(a.file) < workspace.articleIdForFile(b.file);
    });
    Extractor().buildEvents(corpus);
    auto file = [&corpus](int index) { return QFileInfo(corpus.articles.at(index).file).fileName(); };
    QStringList lines;
    for (const Event &e : corpus.events) {
        lines.append(describe(e, file));
    }
    return lines;
}

void WorkspaceEventsTest::testInPartEqualsFull_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<QString>("shown"); // what the reader sees only once the second import is merged in

    const QString acquisition =
        u"2025-03-04|Globex Corp agreed to acquire Initech Inc. for $2.3 billion on March 3, 2025. "
        "The deal ends a year of talks between the two software makers."_s;
    const QString investment =
        u"2025-03-05|Hooli Labs invested $400 million in Piedmont Robotics on March 4, 2025, the "
        "startup said in a statement."_s;
    QTest::newRow("second-outlet-other-amount")
        << QStringList{acquisition, investment}
        << QStringList{u"2025-03-06|Globex Corp agreed to acquire Initech Inc. for $2.5 billion on March 3, 2025, "
                       u"according "
                       "to people familiar with the matter."_s}
        << u"(also reported: $2.5 billion) | lane=Globex–Initech | source=a00.txt@0-77 | source=a02.txt"_s;
    QTest::newRow("earlier-event-shifts-ids")
        << QStringList{acquisition, investment}
        << QStringList{u"2025-03-07|Initech Inc. signed a partnership with Vandelay Group on January 10, 2024. "
                       "It also invested $20 million in Vandelay Group on February 2, 2024."_s}
        << u"e3 | acquisition | 2025-03-03 | day | text | Globex+Initech | Globex acquires Initech for $2.3 billion | lane=Initech–Globex"_s;
    // Every detail of a stored report must come back: who raised money from whom, a merger rather than a purchase.
    QTest::newRow("raised-from-and-merger") << QStringList{acquisition, investment}
                                            << QStringList{u"2025-03-12|Piedmont Robotics raised $60 million from "
                                                           u"Hooli Labs on March 11, 2025. Soylent Corp "
                                                           "will merge with Massive Dynamic Inc. in an all-stock deal "
                                                           "worth about $8 billion, the companies "
                                                           "said on March 11, 2025."_s}
                                            << u"2025-03-11"_s;
    QTest::newRow("unrelated-later-story")
        << QStringList{acquisition, investment}
        << QStringList{u"2025-04-02|Umbrella Pharma launched a new vaccine platform on April 1, 2025."_s}
        << u"e3 | launch | 2025-04-01"_s;
    QTest::newRow("several-at-once")
        << QStringList{acquisition}
        << QStringList{investment,
                       u"2025-03-09|Hooli Labs invested $410 million in Piedmont Robotics on March 4, 2025, filings show."_s,
                       u"2025-03-10|Initech Inc. agreed to a partnership with Globex Corp on March 8, 2025."_s}
        << u"e3 | partnership | 2025-03-08 | day | text | Initech+Globex | Initech partners with Globex | lane=Globex–Initech"_s;
}

void WorkspaceEventsTest::testInPartEqualsFull()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(QString, shown);
    QStringList firstFiles;
    QStringList allFiles;
    int n = 0;
    for (const QStringList *batch : {&first, &second}) {
        for (const QString &article : *batch) {
            const QString date = article.section(u'|', 0, 0);
            const QString path =
                writeArticle(u"a%1.txt"_s.arg(n++, 2, 10, QChar(u'0')), date, article.section(u'|', 1));
            QVERIFY(!path.isEmpty());
            (batch == &first ? firstFiles : allFiles).append(path);
        }
    }
    allFiles = firstFiles + allFiles;

    auto stepwise = createWorkspace(u"stepwise.newsline"_s, WorkspaceImporter::EventUpdate::InPart);
    auto atOnce = createWorkspace(u"at-once.newsline"_s, WorkspaceImporter::EventUpdate::Full);
    QVERIFY(stepwise && atOnce);
    QCOMPARE(importerOf(*stepwise).importFiles(firstFiles).added, firstFiles.size());
    const QStringList before = describe(*stepwise);
    QVERIFY(!before.isEmpty());
    QCOMPARE(importerOf(*stepwise).importFiles(allFiles).added, allFiles.size() - firstFiles.size());
    QCOMPARE(importerOf(*atOnce).importFiles(allFiles).added, allFiles.size());

    const QStringList expected = describe(*atOnce);
    QCOMPARE(describe(*stepwise), expected);
    QCOMPARE(expected, reference(*atOnce));
    QVERIFY2(!before.join(u'\n').contains(shown), qPrintable(before.join(u'\n')));
    QVERIFY2(expected.join(u'\n').contains(shown), qPrintable(expected.join(u'\n')));
    QVERIFY(!stepwise->eventsOutdated());
}

void WorkspaceEventsTest::testUpdatedArticleDropsEvent()
{
    const QString first =
        writeArticle(u"a1.txt"_s, u"2025-03-04"_s,
                     u"Globex Corp agreed to acquire Initech Inc. for $2.3 billion on March 3, 2025."_s);
    const QString second = writeArticle(
        u"a2.txt"_s, u"2025-03-05"_s,
        u"Globex Corp agreed to acquire Initech Inc. for $2.6 billion on March 3, 2025. Hooli Labs invested $400 "
        "million in Piedmont Robotics on March 4, 2025."_s);
    auto stepwise = createWorkspace(u"stepwise.newsline"_s, WorkspaceImporter::EventUpdate::InPart);
    QVERIFY(stepwise);
    QCOMPARE(importerOf(*stepwise).importFiles({first, second}).added, 2);
    const QStringList before = describe(*stepwise);
    QVERIFY2(before.filter(u"Piedmont Robotics"_s).size() == 1, qPrintable(before.join(u'\n')));
    QVERIFY2(before.filter(u"conflict=amount"_s).size() == 1, qPrintable(before.join(u'\n')));

    // The second outlet corrects its story: no investment any more, and the same amount as the first.
    QTest::qWait(20); // a later modification time, as an editor would leave
    QVERIFY(!writeArticle(
                 u"a2.txt"_s, u"2025-03-05"_s,
                 u"Globex Corp agreed to acquire Initech Inc. for $2.3 billion on March 3, 2025, the companies said."_s)
                 .isEmpty());
    QCOMPARE(importerOf(*stepwise).importFiles({first, second}).updated, 1);
    const QStringList after = describe(*stepwise);
    QVERIFY2(after.filter(u"Piedmont Robotics"_s).isEmpty(), qPrintable(after.join(u'\n')));
    QVERIFY2(after.filter(u"conflict=amount"_s).isEmpty(), qPrintable(after.join(u'\n')));

    auto atOnce = createWorkspace(u"at-once.newsline"_s, WorkspaceImporter::EventUpdate::Full);
    QVERIFY(atOnce);
    QCOMPARE(importerOf(*atOnce).importFiles({first, second}).added, 2);
    QCOMPARE(after, describe(*atOnce));
    QCOMPARE(after, reference(*stepwise));
}

void WorkspaceEventsTest::testGeneratedCorpus()
{
    // Stories told by several outlets, so that events merge across articles and imports.
    CorpusGenerator generator(7);
    generator.setEventCount(60);
    const int count = 240;
    const QString dir = m_dir->filePath(u"generated"_s);
    QVERIFY(generator.write(dir, count) > 0);
    auto fileOf = [&dir](int i) -> QString { return dir + u'/' + CorpusGenerator::fileName(i); };

    auto stepwise = createWorkspace(u"stepwise.newsline"_s, WorkspaceImporter::EventUpdate::InPart);
    QVERIFY(stepwise);
    QStringList imported;
    for (int i = 0; i < 150; ++i) {
        imported.append(fileOf(i));
    }
    QCOMPARE(importerOf(*stepwise).importFiles(imported).added, 150);
    QCOMPARE(describe(*stepwise), reference(*stepwise));

    QRandomGenerator random(11);
    int next = 150;
    for (int step = 0; next < count; ++step) {
        const int size = std::min(count - next, 1 + int(random.bounded(20)));
        for (int i = 0; i < size; ++i) {
            imported.append(fileOf(next++));
        }
        if (step % 2 == 1) {
            // An outlet rewrites a story already imported: it now tells another article's story.
            const int changed = int(random.bounded(next - size));
            QFile file(fileOf(changed));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(generator.article(count + step).toUtf8());
        }
        const ImportResult result = importerOf(*stepwise).importFiles(imported);
        QVERIFY(result.failure.isEmpty());
        QCOMPARE(result.added, size);
        QCOMPARE(describe(*stepwise), reference(*stepwise));
    }
    auto atOnce = createWorkspace(u"at-once.newsline"_s, WorkspaceImporter::EventUpdate::Full);
    QVERIFY(atOnce);
    QCOMPARE(importerOf(*atOnce).importFiles(imported).added, count);
    const QStringList expected = describe(*atOnce);
    QVERIFY(expected.size() > 100);
    QVERIFY(!expected.filter(u"conflict="_s).isEmpty());
    QCOMPARE(describe(*stepwise), expected);
}

void WorkspaceEventsTest::testMigratedWorkspaceRebuildsAll()
{
    // Events written without their merge places (as version 2 stored them) are rebuilt whole, never in part.
    const QString first =
        writeArticle(u"a1.txt"_s, u"2025-03-04"_s,
                     u"Globex Corp agreed to acquire Initech Inc. for $2.3 billion on March 3, 2025."_s);
    auto workspace = createWorkspace(u"old.newsline"_s, WorkspaceImporter::EventUpdate::InPart);
    QVERIFY(workspace);
    QCOMPARE(importerOf(*workspace).importFiles({first}).added, 1);
    const QStringList expected = describe(*workspace);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(workspace->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE events SET bucket = NULL, order_key = NULL"_s));
        QVERIFY(query.exec(u"INSERT INTO meta(key, value) VALUES ('events_rebuild', 'full')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    const QString second = writeArticle(u"a2.txt"_s, u"2025-03-05"_s,
                                        u"Hooli Labs invested $400 million in Piedmont Robotics on March 4, 2025."_s);
    QCOMPARE(importerOf(*workspace).importFiles({first, second}).added, 1);
    const QStringList after = describe(*workspace);
    QCOMPARE(after, reference(*workspace));
    QCOMPARE(after.size(), expected.size() + 1);
}

void WorkspaceEventsTest::testSnapshotMatchesStore()
{
    // The timeline's snapshot reads the store its own fast way: it must show what the article and event queries show.
    CorpusGenerator generator(3);
    generator.setEventCount(40);
    const QString dir = m_dir->filePath(u"generated"_s);
    QVERIFY(generator.write(dir, 120) > 0);
    auto workspace = createWorkspace(u"snapshot.newsline"_s, WorkspaceImporter::EventUpdate::Auto);
    QVERIFY(workspace);
    QCOMPARE(importerOf(*workspace).importFiles({dir}).added, 120);

    const WorkspaceSnapshot snapshot = workspace->snapshot();
    const auto fileOfIndex = [&snapshot](int index) {
        return QFileInfo(snapshot.corpus.articles.at(index).file).fileName();
    };
    const auto fileOfId = [&workspace](int id) { return QFileInfo(workspace->articleInfo(id)->file).fileName(); };
    QStringList fromSnapshot;
    for (const Event &e : snapshot.corpus.events) {
        fromSnapshot.append(describe(e, fileOfIndex));
    }
    QStringList fromEvents;
    for (const Event &e : workspace->events(0, workspace->eventCount())) {
        fromEvents.append(describe(e, fileOfId));
    }
    QVERIFY(fromEvents.size() > 50);
    QCOMPARE(fromSnapshot, fromEvents);

    int figures = 0;
    int dated = 0;
    for (qsizetype i = 0; i < snapshot.articleIds.size(); ++i) {
        const Article &cited = snapshot.corpus.articles.at(i);
        const std::optional<Article> stored = workspace->article(snapshot.articleIds.at(i));
        QVERIFY(stored);
        QCOMPARE(cited.published, stored->published);
        QCOMPARE(cited.title, stored->title);
        QCOMPARE(cited.figures.size(), stored->figures.size());
        for (qsizetype f = 0; f < cited.figures.size(); ++f) {
            const MoneyFigure &a = cited.figures.at(f);
            const MoneyFigure &b = stored->figures.at(f);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.text, b.text);
            QCOMPARE(Decimal::toString(a.amount), Decimal::toString(b.amount));
            QCOMPARE(Decimal::toString(a.amountMax), Decimal::toString(b.amountMax));
            QCOMPARE(a.currency, b.currency);
            QCOMPARE(a.approximate, b.approximate);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(Decimal::toString(a.usd), Decimal::toString(b.usd));
            QCOMPARE(a.usdRateDate, b.usdRateDate);
            ++figures;
            dated += a.usdRateDate.isValid() ? 1 : 0;
        }
    }
    QVERIFY(figures > 100);
    QVERIFY(dated > 0);
}

QTEST_GUILESS_MAIN(WorkspaceEventsTest)
#include "workspaceeventstest.moc"
