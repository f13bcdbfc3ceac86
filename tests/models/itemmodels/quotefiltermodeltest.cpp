#include "quotefiltermodel.h"
#include "quotelistmodel.h"

#include "fixturecorpus.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class QuoteFilterModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testSearch_data();
    void testSearch();

private:
    Corpus m_corpus;
};

void QuoteFilterModelTest::initTestCase()
{
    m_corpus = Fixture::sampleCorpus();
}

void QuoteFilterModelTest::testSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("speakers");
    QTest::newRow("full-name") << u"Brad Smith"_s << QString() << QStringList{u"Brad Smith"_s, u"Brad Smith"_s};
    QTest::newRow("surname-only") << u"Mensch"_s << QString() << QStringList{u"Arthur Mensch"_s};
    QTest::newRow("lower-case") << u"mensch"_s << QString() << QStringList{u"Arthur Mensch"_s};
    QTest::newRow("words-in-any-order") << u"early too"_s << QString() << QStringList{u"Brad Smith"_s};
    QTest::newRow("word-of-quote-and-person") << u"infrastructure"_s << u"Brad"_s << QStringList{u"Brad Smith"_s};
    QTest::newRow("person-by-role") << QString() << u"CEO"_s << QStringList{u"Arthur Mensch"_s};
    QTest::newRow("empty-shows-all") << QString() << QString()
                                     << QStringList{u"Microsoft"_s, u"Arthur Mensch"_s, u"Brad Smith"_s,
                                                    u"Brad Smith"_s};
    // Must not match:
    QTest::newRow("no-such-person") << u"Satya Nadella"_s << QString() << QStringList{};
    QTest::newRow("person-excludes-others") << u"We are announcing"_s << u"Brad Smith"_s << QStringList{};
    QTest::newRow("all-words-needed") << u"Brad banana"_s << QString() << QStringList{};
}

void QuoteFilterModelTest::testSearch()
{
    QFETCH(QString, search);
    QFETCH(QString, person);
    QuoteListModel source;
    source.setCorpus(&m_corpus);
    QuoteFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    filter.setSearchText(search);
    filter.setPerson(person);
    QStringList speakers;
    for (int row = 0; row < filter.rowCount(); ++row) {
        speakers.append(filter.index(row, QuoteListModel::SpeakerColumn).data().toString());
    }
    QTEST(speakers, "speakers");
}

QTEST_GUILESS_MAIN(QuoteFilterModelTest)
#include "quotefiltermodeltest.moc"
