#include "articlelistmodel.h"

#include "fixturecorpus.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ArticleListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRows();
};

void ArticleListModelTest::testRows()
{
    const Corpus corpus = Fixture::sampleCorpus();
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&corpus);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ArticleListModel::SourceRole).toString(), u"The Asia Business Daily"_s);
    QCOMPARE(model.index(1).data(ArticleListModel::PublishedRole).toDate(), QDate(2019, 7, 22));
    QCOMPARE(model.index(0).data(ArticleListModel::QuoteCountRole).toInt(), 4);
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"The Asia Business Daily"_s));
    // An article without a title is listed by its file name.
    QCOMPARE(model.index(1).data().toString(), corpus.articles.at(1).displayTitle());
    QVERIFY(!model.index(1).data().toString().isEmpty());
    model.setCorpus(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(ArticleListModelTest)
#include "articlelistmodeltest.moc"
