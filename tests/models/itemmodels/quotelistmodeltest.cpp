#include "quotelistmodel.h"

#include "fixturecorpus.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class QuoteListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testRows_data();
    void testRows();
    void testSpeakersAndRoles();
    void testRowOf();

private:
    Corpus m_corpus;
};

void QuoteListModelTest::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_corpus = Fixture::sampleCorpus();
}

void QuoteListModelTest::testRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("quoteStart");
    QTest::newRow("organisation-speaker-no-role") << 0 << u"Microsoft"_s << QString() << u"We are announcing"_s;
    QTest::newRow("role-from-entity") << 1 << u"Arthur Mensch"_s << u"CEO of Mistral AI"_s << u"Through MS Azure"_s;
    QTest::newRow("pronoun-resolved-speaker")
        << 3 << u"Brad Smith"_s << u"President of Microsoft"_s << u"It is too early"_s;
}

void QuoteListModelTest::testRows()
{
    QFETCH(int, row);
    QuoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCorpus(&m_corpus);
    QCOMPARE(model.rowCount(), 4);
    QTEST(model.index(row, QuoteListModel::SpeakerColumn).data().toString(), "speaker");
    QTEST(model.index(row, QuoteListModel::RoleColumn).data().toString(), "role");
    QFETCH(QString, quoteStart);
    QVERIFY(model.index(row, QuoteListModel::QuoteColumn).data().toString().startsWith(quoteStart));
    QCOMPARE(model.index(row, QuoteListModel::DateColumn).data().toString(), u"27 Feb 2024"_s);
    const int start = model.index(row, 0).data(QuoteListModel::StartRole).toInt();
    const int end = model.index(row, 0).data(QuoteListModel::EndRole).toInt();
    QVERIFY(m_corpus.articles.at(0).text.mid(start, end - start).startsWith(quoteStart));
}

void QuoteListModelTest::testSpeakersAndRoles()
{
    QuoteListModel model;
    model.setCorpus(&m_corpus);
    const QStringList expected{u"Arthur Mensch"_s, u"Brad Smith"_s, u"CEO of Mistral AI"_s, u"Microsoft"_s,
                               u"President of Microsoft"_s};
    QCOMPARE(model.speakersAndRoles(), expected);
}

void QuoteListModelTest::testRowOf()
{
    QuoteListModel model;
    model.setCorpus(&m_corpus);
    const int start = m_corpus.articles.at(0).quotes.at(2).start;
    QCOMPARE(model.rowOf(0, start), 2);
    QCOMPARE(model.rowOf(0, start + 1), -1);
    QCOMPARE(model.rowOf(1, start), -1);
}

QTEST_GUILESS_MAIN(QuoteListModelTest)
#include "quotelistmodeltest.moc"
