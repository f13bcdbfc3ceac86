#include "sentencesplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class SentenceSplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSplit_data();
    void testSplit();
    void testLongRun_data();
    void testLongRun();
};

void SentenceSplitterTest::testSplit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    // Rows that must split.
    QTest::newRow("two-sentences") << u"Acme grew. Rivals shrank."_s
                                   << QStringList{u"Acme grew."_s, u"Rivals shrank."_s};
    QTest::newRow("question-exclaim") << u"Why now? Because! It works."_s
                                      << QStringList{u"Why now?"_s, u"Because!"_s, u"It works."_s};
    QTest::newRow("quote-closes-sentence")
        << u"He said, \"It is too early to answer.\" Then he left."_s
        << QStringList{u"He said, \"It is too early to answer.\""_s, u"Then he left."_s};
    QTest::newRow("curly-quote-closes") << u"She said: \u201CWe won.\u201D The board agreed."_s
                                        << QStringList{u"She said: \u201CWe won.\u201D"_s, u"The board agreed."_s};
    QTest::newRow("headline-line") << u"Acme Buys Widgets\nAcme bought Widgets on Monday."_s
                                   << QStringList{u"Acme Buys Widgets"_s, u"Acme bought Widgets on Monday."_s};
    QTest::newRow("section-heading") << u"First part ends here.\nWhat Comes Next\nMore text follows."_s
                                     << QStringList{u"First part ends here."_s, u"What Comes Next"_s,
                                                    u"More text follows."_s};
    QTest::newRow("number-starts-next") << u"Sales fell. 2024 was hard."_s
                                        << QStringList{u"Sales fell."_s, u"2024 was hard."_s};
    QTest::newRow("parenthesis-closes") << u"It rose (by a lot.) Then it fell."_s
                                        << QStringList{u"It rose (by a lot.)"_s, u"Then it fell."_s};
    QTest::newRow("bracketed-company-starts-next")
        << u"The bid lapsed. <Norvik Holdings Ltd> said it would wait."_s
        << QStringList{u"The bid lapsed."_s, u"<Norvik Holdings Ltd> said it would wait."_s};

    // Rows that must not split.
    QTest::newRow("less-than-sign") << u"Margins fell to 3. <5 pct was the goal."_s
                                    << QStringList{u"Margins fell to 3. <5 pct was the goal."_s};
    QTest::newRow("us") << u"Sales in the U.S. Market rose."_s << QStringList{u"Sales in the U.S. Market rose."_s};
    QTest::newRow("inc") << u"Acme Inc. Said nothing more."_s << QStringList{u"Acme Inc. Said nothing more."_s};
    QTest::newRow("mr") << u"Mr. Smith agreed."_s << QStringList{u"Mr. Smith agreed."_s};
    QTest::newRow("dr-ms") << u"Dr. Lee met Ms. Park."_s << QStringList{u"Dr. Lee met Ms. Park."_s};
    QTest::newRow("decimal") << u"It cost 5.6 billion dollars."_s << QStringList{u"It cost 5.6 billion dollars."_s};
    QTest::newRow("initials") << u"J. P. Morgan advised the deal."_s
                              << QStringList{u"J. P. Morgan advised the deal."_s};
    QTest::newRow("middle-initial") << u"Gordon E. Moore wrote it."_s << QStringList{u"Gordon E. Moore wrote it."_s};
    QTest::newRow("quote-with-stop") << u"He said, \"We grew. We hired,\" adding that more would come."_s
                                     << QStringList{u"He said, \"We grew. We hired,\" adding that more would come."_s};
    QTest::newRow("curly-quote-with-stop") << u"\u201CIt is done. Finally,\u201D she said."_s
                                           << QStringList{u"\u201CIt is done. Finally,\u201D she said."_s};
    QTest::newRow("lowercase-after") << u"See e.g. the report."_s << QStringList{u"See e.g. the report."_s};
    QTest::newRow("month-abbrev") << u"On Jan. 5 the deal closed."_s << QStringList{u"On Jan. 5 the deal closed."_s};
    QTest::newRow("version") << u"It runs version 2.1.3 now."_s << QStringList{u"It runs version 2.1.3 now."_s};
    QTest::newRow("ellipsis-lower") << u"It was... fine."_s << QStringList{u"It was... fine."_s};
}

void SentenceSplitterTest::testSplit()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList actual;
    for (const TextSpan &span : SentenceSplitter::instance().split(text)) {
        actual.append(text.mid(span.start, span.length()));
    }
    QCOMPARE(actual, sentences);
}

void SentenceSplitterTest::testLongRun_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstEnd");

    const auto repeated = [](const QString &piece, int length) {
        QString text;
        while (text.size() < length) {
            text += piece;
        }
        return text;
    };
    // A paragraph of clauses and no full stop is cut after a clause, a run of words after a word.
    QTest::newRow("clauses") << repeated(u"Harwick paid $4 million to Olsen Partners on 3 May, "_s, 200000)
                             << u"on 3 May,"_s;
    QTest::newRow("words") << repeated(u"Harwick paid Olsen Partners "_s, 200000) << u"Partners"_s;
    QTest::newRow("unclosed-quote") << u"He said: \u201C"_s + repeated(u"It grew. Then it shrank; "_s, 200000)
                                    << u"shrank;"_s;
    QTest::newRow("no-space") << repeated(u"\U0001F4C8abcdefg"_s, 200000) << QString();
    // Dots between letters: no word is walked back from each of its dots.
    QTest::newRow("dotted-run") << repeated(u"a.b."_s, 400000) << QString();
}

void SentenceSplitterTest::testLongRun()
{
    QFETCH(QString, text);
    QFETCH(QString, firstEnd);
    const QList<TextSpan> sentences = SentenceSplitter::instance().split(text);
    QVERIFY(sentences.size() > 1);
    int covered = 0;
    for (const TextSpan &span : sentences) {
        QVERIFY(span.length() <= SentenceSplitter::MaxSentenceLength);
        QVERIFY(span.start >= covered);
        QVERIFY(!text.at(span.start).isLowSurrogate());
        covered = span.end;
    }
    QCOMPARE(sentences.constLast().end, int(text.trimmed().size()));
    const TextSpan first = sentences.constFirst();
    QVERIFY(first.length() > SentenceSplitter::MaxSentenceLength / 2);
    if (!firstEnd.isEmpty()) {
        QVERIFY2(text.mid(first.start, first.length()).endsWith(firstEnd), qPrintable(text.mid(first.end - 40, 40)));
    }
}

QTEST_GUILESS_MAIN(SentenceSplitterTest)
#include "sentencesplittertest.moc"
