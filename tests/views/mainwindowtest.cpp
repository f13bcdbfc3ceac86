#include "mainwindow.h"
#include "articletextview.h"
#include "corpusloader.h"

#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testShowsSampleCorpus();
};

void MainWindowTest::testShowsSampleCorpus()
{
    QList<ReadError> errors;
    MainWindow window;
    window.setCorpus(CorpusLoader().load({CorpusLoader::sampleCorpusPath()}, &errors));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    auto *view = window.findChild<ArticleTextView *>();
    QVERIFY(view);
    list->setCurrentRow(0);
    QVERIFY(view->toPlainText().contains(u"On the 26th (local time)"_s));
    QVERIFY(view->toPlainText().contains(u"The Asia Business Daily"_s));
    list->setCurrentRow(1);
    QVERIFY(view->toPlainText().contains(u"Microsoft injects one billion dollars"_s));
}

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
