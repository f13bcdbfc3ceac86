#include "workspacearticlemodel.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// The window shows either model in the same list: the same role means the same thing in both.

class WorkspaceArticleModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testPagesAreFetchedOnDemand();
    void testRowsLookLikeTheCorpusList();
    void testRowOfId();
    void testNoWorkspace();
    void testReloadAfterImport();

private:
    // Dated articles, one a day from 1 March 2022, newest file first so that date order differs from import order.
    static constexpr int DatedCount = 440;
    static constexpr int UndatedCount = 10;
    static constexpr int Total = DatedCount + UndatedCount;
    bool writeArticle(const QString &name, const QByteArray &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

bool WorkspaceArticleModelTest::writeArticle(const QString &name, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(m_dir.filePath(name)).absolutePath());
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

void WorkspaceArticleModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int i = 0; i < DatedCount; ++i) {
        const QDate date = QDate(2022, 3, 1).addDays(DatedCount - 1 - i);
        QVERIFY(writeArticle(u"in/dated-%1.txt"_s.arg(i, 3, 10, QChar(u'0')),
                             "---\ntitle: Ferry timetable " + QByteArray::number(i) +
                                 "\nsource: Pellham Tribune\npublished: " + date.toString(Qt::ISODate).toUtf8() +
                                 "\n---\nThe Pellham ferry changed its timetable again.\n"));
    }
    for (int i = 0; i < UndatedCount; ++i) {
        QVERIFY(
            writeArticle(u"in/undated-%1.txt"_s.arg(i), "---\ntitle: Undated note " + QByteArray::number(i) +
                                                            "\n---\nA note about the ferry, kept without a date.\n"));
    }
    QString error;
    m_workspace = Workspace::create(m_dir.filePath(u"ferries.newsline"_s), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QCOMPARE(WorkspaceImporter(*m_workspace).importFiles({m_dir.filePath(u"in"_s)}).added, Total);
}

void WorkspaceArticleModelTest::testPagesAreFetchedOnDemand()
{
    // No tester on this one: QAbstractItemModelTester itself calls fetchMore() on every change, which would hide
    // what a view sees. The other tests attach one.
    WorkspaceArticleModel model;
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.rowCount(), WorkspaceArticleModel::PageSize);
    QCOMPARE(model.totalCount(), Total);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * WorkspaceArticleModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), Total);
    QVERIFY(!model.canFetchMore({}));
}

void WorkspaceArticleModelTest::testRowsLookLikeTheCorpusList()
{
    WorkspaceArticleModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), Total);
    // Page by page, the same order as the workspace's own article list (dated then undated, across page ends).
    const QList<ArticleInfo> all = m_workspace->articles(0, Total);
    for (int row = 0; row < Total; ++row) {
        QCOMPARE(model.index(row).data(WorkspaceArticleModel::IdRole).toInt(), all.at(row).id);
    }
    // Oldest first: the last file written is the oldest article; undated articles come last.
    QCOMPARE(model.index(0).data().toString(), u"Ferry timetable %1"_s.arg(DatedCount - 1));
    QCOMPARE(model.index(0).data(WorkspaceArticleModel::PublishedRole).toDate(), QDate(2022, 3, 1));
    QCOMPARE(model.index(DatedCount - 1).data().toString(), u"Ferry timetable 0"_s);
    QVERIFY(model.index(Total - 1).data().toString().startsWith(u"Undated note"_s));
    QVERIFY(!model.index(Total - 1).data(WorkspaceArticleModel::PublishedRole).toDate().isValid());

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(WorkspaceArticleModel::SourceRole).toString(), u"Pellham Tribune"_s);
    QVERIFY(first.data(WorkspaceArticleModel::FileRole).toString().endsWith(u"dated-439.txt"_s));
    const QString tip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Pellham Tribune"_s), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(QDate(2022, 3, 1), QLocale::LongFormat)), qPrintable(tip));
    QVERIFY(tip.startsWith(first.data(WorkspaceArticleModel::FileRole).toString()));
    const int id = first.data(WorkspaceArticleModel::IdRole).toInt();
    QCOMPARE(id, m_workspace->articleIdForFile(first.data(WorkspaceArticleModel::FileRole).toString()));
    QCOMPARE(m_workspace->articleInfo(id)->title, first.data().toString());
}

void WorkspaceArticleModelTest::testRowOfId()
{
    WorkspaceArticleModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(m_workspace.get());
    const int id = m_workspace->articleIdForFile(m_dir.filePath(u"in/dated-439.txt"_s));
    QCOMPARE(model.rowOfId(id), 0);
    QCOMPARE(model.rowOfId(-1), -1);

    // The last undated article is on the third page: not fetched, not found, until its page comes.
    WorkspaceArticleModel lazy;
    lazy.setWorkspace(m_workspace.get());
    const int undated = m_workspace->articleIdForFile(m_dir.filePath(u"in/undated-9.txt"_s));
    QCOMPARE(lazy.rowOfId(undated), -1);
    lazy.fetchMore({});
    lazy.fetchMore({});
    QVERIFY(lazy.rowOfId(undated) >= DatedCount);
}

void WorkspaceArticleModelTest::testNoWorkspace()
{
    WorkspaceArticleModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setWorkspace(m_workspace.get());
    QVERIFY(model.rowCount() > 0);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.workspace(), nullptr);
}

void WorkspaceArticleModelTest::testReloadAfterImport()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::create(dir.filePath(u"small.newsline"_s), &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceArticleModel model;
    QAbstractItemModelTester tester(&model);
    model.setWorkspace(workspace.get());
    QCOMPARE(model.rowCount(), 0);

    QFile file(dir.filePath(u"pier.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("The Pellham pier reopened after repairs.\n");
    file.close();
    QCOMPARE(WorkspaceImporter(*workspace).importFiles({file.fileName()}).added, 1);
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0).data(WorkspaceArticleModel::IdRole).toInt(), workspace->articleIdForFile(file.fileName()));
}

QTEST_GUILESS_MAIN(WorkspaceArticleModelTest)
#include "workspacearticlemodeltest.moc"
