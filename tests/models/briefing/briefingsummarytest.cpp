#include "briefingsummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// The summary says only what the structured data holds, each sentence with its citation.
class BriefingSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEventSentence_data();
    void testEventSentence();
    void testTitle_data();
    void testTitle();
};

namespace {

// Two articles, the second one published later so that it is cited as [2].
Corpus corpus(Event event, const MoneyFigure &figure = {})
{
    Corpus c;
    Article first;
    first.file = u"a.txt"_s;
    first.published = QDate(2019, 7, 22);
    first.text = u"Some text about a deal."_s;
    Article second = first;
    second.file = u"b.txt"_s;
    second.published = QDate(2024, 2, 27);
    if (figure.hasResult()) {
        second.figures.append(figure);
        event.figures = {{1, 0}};
    }
    c.articles = {first, second};
    event.sources = {{1, 0, 4}};
    c.events = {event};
    return c;
}

Event makeEvent(Event::Type type, const QDate &date, Event::Precision precision, const QStringList &actors,
                Event::DateBasis basis = Event::DateBasis::Text)
{
    Event e;
    e.id = u"e1"_s;
    e.type = type;
    e.date = date;
    e.precision = precision;
    e.actors = actors;
    e.dateBasis = basis;
    return e;
}

MoneyFigure money(const char *amount, const char *currency, const char *usd, MoneyFigure::Kind kind)
{
    MoneyFigure f;
    f.start = 0;
    f.end = 4;
    f.text = u"Some"_s;
    f.amount = QString::fromLatin1(amount);
    f.currency = QString::fromLatin1(currency);
    f.usd = QString::fromLatin1(usd);
    f.kind = kind;
    return f;
}

} // namespace

void BriefingSummaryTest::testEventSentence_data()
{
    QTest::addColumn<Corpus>("corpus");
    QTest::addColumn<QString>("expected");
    const QStringList pair{u"Microsoft"_s, u"Mistral AI"_s};
    QTest::newRow("partnership") << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 26),
                                                     Event::Precision::Day, pair))
                                 << u"On 26 February 2024, Microsoft partnered with Mistral AI [2]."_s;
    QTest::newRow("investment-with-amount")
        << corpus(makeEvent(Event::Type::Investment, QDate(2024, 2, 26), Event::Precision::Day, pair),
                  money("2000000000", "EUR", "2170400000", MoneyFigure::Kind::Investment))
        << u"On 26 February 2024, Microsoft invested $2.17 billion (€2 billion) in Mistral AI [2]."_s;
    QTest::newRow("investment-undisclosed")
        << corpus(makeEvent(Event::Type::Investment, QDate(2024, 2, 1), Event::Precision::Month, pair))
        << u"In February 2024, Microsoft invested in Mistral AI; the amount was not disclosed [2]."_s;
    QTest::newRow("date-from-publication")
        << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 27), Event::Precision::Day, pair,
                            Event::DateBasis::Published))
        << u"On 27 February 2024 (date from publication date), Microsoft partnered with Mistral AI [2]."_s;
    QTest::newRow("three-partners") << corpus(makeEvent(Event::Type::Partnership, QDate(2023, 1, 1),
                                                        Event::Precision::Year, {u"A"_s, u"B"_s, u"C"_s}))
                                    << u"In 2023, A partnered with B and C [2]."_s;
    QTest::newRow("unknown-date") << corpus(
                                         makeEvent(Event::Type::Acquisition, QDate(), Event::Precision::Unknown, pair))
                                  << u"On a date the sources do not give, Microsoft acquired Mistral AI [2]."_s;
    // Not a partnership sentence without a partner: the type and the actor are said as they are.
    QTest::newRow("partnership-without-partner")
        << corpus(makeEvent(Event::Type::Partnership, QDate(2024, 2, 26), Event::Precision::Day, {u"Microsoft"_s}))
        << u"On 26 February 2024, partnership: Microsoft announces a partnership [2]."_s;
}

void BriefingSummaryTest::testEventSentence()
{
    QFETCH(Corpus, corpus);
    QFETCH(QString, expected);
    const BriefingSelection selection(corpus, {});
    const BriefingFormat format(QLocale(QLocale::English));
    const QString sentence = BriefingSummary(selection, format).eventSentence(0);
    QCOMPARE(sentence, expected);
    // Nothing the data does not hold: no amount appears unless a figure was cited.
    if (corpus.events.first().figures.isEmpty()) {
        QVERIFY(!sentence.contains(u'$') && !sentence.contains(u'€'));
    }
}

void BriefingSummaryTest::testTitle_data()
{
    QTest::addColumn<Corpus>("corpus");
    QTest::addColumn<QString>("expected");
    const QStringList pair{u"Microsoft"_s, u"OpenAI"_s};
    QTest::newRow("partnerships") << corpus(makeEvent(Event::Type::Partnership, QDate(2019, 7, 22),
                                                      Event::Precision::Day, pair))
                                  << u"Microsoft's partnerships, 2019–2024"_s;
    QTest::newRow("investments") << corpus(makeEvent(Event::Type::Investment, QDate(2019, 7, 22), Event::Precision::Day,
                                                     pair))
                                 << u"Microsoft's investments, 2019–2024"_s;
    QTest::newRow("other-events") << corpus(makeEvent(Event::Type::Launch, QDate(2019, 7, 22), Event::Precision::Day,
                                                      {u"OpenAI"_s}))
                                  << u"OpenAI: events, 2019–2024"_s;
}

void BriefingSummaryTest::testTitle()
{
    QFETCH(Corpus, corpus);
    QFETCH(QString, expected);
    const BriefingSelection selection(corpus, {});
    QCOMPARE(BriefingSummary(selection, BriefingFormat(QLocale(QLocale::English))).defaultTitle(), expected);
}

QTEST_GUILESS_MAIN(BriefingSummaryTest)
#include "briefingsummarytest.moc"
