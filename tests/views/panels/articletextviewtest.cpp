#include "articletextview.h"

#include "fixturecorpus.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ArticleTextViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testMetadataOnTop();
    void testMarksAreDistinct();
    void testHighlightExactSentence_data();
    void testHighlightExactSentence();
    void testHighlightScrollsIntoView();
    void testClickFigureAndQuote();
    void testHighlightWords_data();
    void testHighlightWords();
    void testHighlightWordsScrollsAndClears();
    void testHighlightWordsReadableInBothPalettes();
    void testToolTipsShowNamesAsWritten_data();
    void testToolTipsShowNamesAsWritten();

private:
    // An invented article where the searched words come in several cases, accents and inside longer words.
    static Article kilnArticle();
    [[nodiscard]] QTextCharFormat formatAt(const ArticleTextView &view, int offset) const;
    // The text a user reads in a tooltip, decided the way QToolTip decides between rich and plain text.
    static QString shownText(const QString &toolTip);

    Corpus m_corpus;
};

void ArticleTextViewTest::initTestCase()
{
    m_corpus = Fixture::sampleCorpus();
}

QTextCharFormat ArticleTextViewTest::formatAt(const ArticleTextView &view, int offset) const
{
    QTextCursor cursor(view.document());
    cursor.setPosition(view.documentPosition(offset) + 1);
    return cursor.charFormat();
}

void ArticleTextViewTest::testMetadataOnTop()
{
    ArticleTextView view;
    view.setArticle(m_corpus.articles.at(0), 0);
    const QString text = view.toPlainText();
    QVERIFY(text.indexOf(u"The Asia Business Daily"_s) < text.indexOf(u"Microsoft (MS)"_s));
    QVERIFY(text.contains(u"translated from Korean"_s)); // the language named, not its code
    view.setArticle(m_corpus.articles.at(1), 1);
    QVERIFY(view.toPlainText().contains(u"Note: The article prints no date"_s));
}

void ArticleTextViewTest::testMarksAreDistinct()
{
    ArticleTextView view;
    const Article &article = m_corpus.articles.at(0);
    view.setArticle(article, 0);
    const QTextCharFormat date = formatAt(view, Fixture::find(article, u"On the 26th"_s).start);
    const QTextCharFormat figure = formatAt(view, Fixture::find(article, u"2 billion euros"_s).start);
    const QTextCharFormat quote = formatAt(view, Fixture::find(article, u"It is too early"_s).start);
    const QTextCharFormat name = formatAt(view, Fixture::find(article, u"Arthur Mensch"_s).start);
    const QTextCharFormat plain = formatAt(view, Fixture::find(article, u"rapidly expanding"_s).start);
    const QTextCharFormat boilerplate = formatAt(view, Fixture::find(article, u"Hot Picks Today"_s).start);
    QCOMPARE(date.underlineStyle(), QTextCharFormat::DashUnderline);
    QVERIFY(figure.fontWeight() >= QFont::Bold && figure.background().style() != Qt::NoBrush);
    QVERIFY(figure.isAnchor());
    QVERIFY(quote.fontItalic() && quote.isAnchor());
    QVERIFY(name.foreground() != plain.foreground());
    QVERIFY(date.foreground() != name.foreground());
    QVERIFY(!plain.isAnchor() && !plain.fontItalic() && plain.underlineStyle() == QTextCharFormat::NoUnderline);
    QVERIFY(boilerplate.fontItalic());
    QCOMPARE(boilerplate.foreground().color(), view.palette().color(QPalette::PlaceholderText));
}

void ArticleTextViewTest::testHighlightExactSentence_data()
{
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QString>("sentenceStart");
    QTest::addColumn<QString>("sentenceEnd");
    QTest::newRow("date-sentence") << u"On the 26th"_s << u"On the 26th (local time)"_s << u"global markets.\""_s;
    QTest::newRow("quote-in-later-sentence")
        << u"It is too early"_s << u"Regarding whether MS"_s << u"\"It is too early to answer.\""_s;
}

void ArticleTextViewTest::testHighlightExactSentence()
{
    QFETCH(QString, inside);
    QFETCH(QString, sentenceStart);
    QFETCH(QString, sentenceEnd);
    ArticleTextView view;
    const Article &article = m_corpus.articles.at(0);
    view.setArticle(article, 0);
    const TextSpan span = Fixture::find(article, inside);
    view.highlightSentencesOf(span);
    const TextSpan sentence = article.sentences.at(article.sentenceAt(span.start));
    QCOMPARE(view.highlightedSpan(), sentence);
    QVERIFY2(view.highlightedText().startsWith(sentenceStart), qPrintable(view.highlightedText()));
    QVERIFY2(view.highlightedText().endsWith(sentenceEnd), qPrintable(view.highlightedText()));
    // What is lit on screen is that text, character for character.
    const QList<QTextEdit::ExtraSelection> lit = view.extraSelections();
    QCOMPARE(lit.size(), 1);
    QCOMPARE(lit.constFirst().cursor.selectedText(), article.text.mid(sentence.start, sentence.length()));
}

void ArticleTextViewTest::testHighlightScrollsIntoView()
{
    ArticleTextView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Article &article = m_corpus.articles.at(0);
    view.setArticle(article, 0);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    view.highlightSentencesOf(Fixture::find(article, u"It is too early"_s));
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QTextCursor start(view.document());
    start.setPosition(view.documentPosition(view.highlightedSpan().start));
    QVERIFY(view.viewport()->rect().contains(view.cursorRect(start).center()));
}

void ArticleTextViewTest::testClickFigureAndQuote()
{
    ArticleTextView view;
    view.resize(600, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Article &article = m_corpus.articles.at(0);
    view.setArticle(article, 0);
    QSignalSpy figures(&view, &ArticleTextView::figureClicked);
    QSignalSpy quotes(&view, &ArticleTextView::quoteClicked);
    auto clickAt = [&](int offset) {
        QTextCursor cursor(view.document());
        cursor.setPosition(view.documentPosition(offset) + 2);
        const QPoint pos = view.cursorRect(cursor).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pos);
    };
    clickAt(Fixture::find(article, u"2 billion euros"_s).start);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).at(1).toInt(), 0);
    clickAt(Fixture::find(article, u"We are announcing"_s).start);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0).at(1).toInt(), 0);
    clickAt(Fixture::find(article, u"rapidly expanding"_s).start);
    QCOMPARE(figures.size() + quotes.size(), 2);
}

Article ArticleTextViewTest::kilnArticle()
{
    Article article;
    article.file = u"/news/kiln.txt"_s;
    article.title = u"Pellham glassworks relights its kiln"_s;
    article.text = u"Zoë Marchetti relit the kiln on Monday. The ZOE cooperative owns two kilns, and the skiln "
                   "brand is unrelated. Zoe said the KILN runs on hydrogen."_s;
    article.sentences = {{0, 39}, {40, 113}, {114, int(article.text.size())}};
    return article;
}

void ArticleTextViewTest::testHighlightWords_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("marked");
    QTest::newRow("accents-and-case") << QStringList{u"zoe"_s} << QStringList{u"Zoë"_s, u"ZOE"_s, u"Zoe"_s};
    QTest::newRow("accented-search") << QStringList{u"Zoë"_s} << QStringList{u"Zoë"_s, u"ZOE"_s, u"Zoe"_s};
    QTest::newRow("word-beginning-not-middle")
        << QStringList{u"kiln"_s} << QStringList{u"kiln"_s, u"kiln"_s, u"KILN"_s};
    QTest::newRow("two-words") << QStringList{u"hydrogen"_s, u"Marchetti"_s}
                               << QStringList{u"Marchetti"_s, u"hydrogen"_s};
    QTest::newRow("middle-of-word-only") << QStringList{u"iln"_s} << QStringList{};
    QTest::newRow("absent") << QStringList{u"furnace"_s} << QStringList{};
    QTest::newRow("empty-word") << QStringList{QString()} << QStringList{};
}

void ArticleTextViewTest::testHighlightWords()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, marked);
    ArticleTextView view;
    const Article article = kilnArticle();
    view.setArticle(article, 0);
    view.highlightWords(words);
    QStringList found;
    for (const TextSpan &span : view.highlightedWords()) {
        found.append(article.text.mid(span.start, span.length()));
    }
    QCOMPARE(found, marked);
    // What is lit on screen is those characters.
    const QList<QTextEdit::ExtraSelection> lit = view.extraSelections();
    QCOMPARE(lit.size(), marked.size());
    for (qsizetype i = 0; i < lit.size(); ++i) {
        QCOMPARE(lit.at(i).cursor.selectedText(), marked.at(i));
    }
}

void ArticleTextViewTest::testHighlightWordsScrollsAndClears()
{
    ArticleTextView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Article article = kilnArticle();
    article.text = QString(u"Glass is blown in Pellham every day. "_s).repeated(60) + u"The furnace cooled at dawn."_s;
    article.sentences.clear();
    view.setArticle(article, 0);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    view.highlightWords({u"furnace"_s});
    QCOMPARE(view.highlightedWords().size(), 1);
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QTextCursor first(view.document());
    first.setPosition(view.documentPosition(view.highlightedWords().constFirst().start));
    QVERIFY(view.viewport()->rect().contains(view.cursorRect(first).center()));

    // A sentence highlight replaces the words; so does another article.
    view.highlightSentencesOf({0, 5});
    QVERIFY(view.highlightedWords().isEmpty());
    QCOMPARE(view.extraSelections().size(), 1);
    view.highlightWords({u"glass"_s});
    QCOMPARE(view.highlightedWords().size(), 60);
    QVERIFY(!view.highlightedSpan().isValid());
    view.setArticle(kilnArticle(), 1);
    QVERIFY(view.highlightedWords().isEmpty());
    QVERIFY(view.extraSelections().isEmpty());
}

void ArticleTextViewTest::testHighlightWordsReadableInBothPalettes()
{
    ArticleTextView view;
    const Article article = kilnArticle();
    view.setArticle(article, 0);
    view.highlightSentencesOf({0, 5});
    const QColor sentence = view.extraSelections().constFirst().format.background().color();
    for (const bool dark : {false, true}) {
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : QColor(Qt::black));
        view.setPalette(palette);
        view.highlightWords({u"kiln"_s});
        const QTextCharFormat format = view.extraSelections().constFirst().format;
        const QColor background = format.background().color();
        const QColor text = format.foreground().color();
        QVERIFY(background != sentence);
        QVERIFY2(std::abs(background.lightness() - text.lightness()) > 110,
                 qPrintable(u"%1 on %2"_s.arg(text.name(), background.name())));
        // The mark stands out from the page it is on.
        QVERIFY(std::abs(background.lightness() - palette.color(QPalette::Base).lightness()) > 30);
    }
    // The words stay marked when the palette changes under them.
    QPalette light = view.palette();
    light.setColor(QPalette::Base, Qt::white);
    view.setPalette(light);
    QCOMPARE(view.highlightedWords().size(), 3);
}

QTEST_MAIN(ArticleTextViewTest)
QString ArticleTextViewTest::shownText(const QString &toolTip)
{
    QTextDocument document;
    if (Qt::mightBeRichText(toolTip)) {
        document.setHtml(toolTip);
    } else {
        document.setPlainText(toolTip);
    }
    return document.toPlainText().simplified();
}

void ArticleTextViewTest::testToolTipsShowNamesAsWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("styled-and-image")
        << u"<b style=\"color:red;font-size:30px\">Ines Varga</b><img src=\"/tmp/x.png\">"_s;
    QTest::newRow("entity-escape") << u"Varga &lt;Holdings&gt; &amp; Sons"_s;
    QTest::newRow("ampersand") << u"Varga & Sons"_s;
    QTest::newRow("plain") << u"Ines Varga"_s;
}

void ArticleTextViewTest::testToolTipsShowNamesAsWritten()
{
    QFETCH(QString, name);
    // A workspace is handed over by someone else: the names in it are whatever that person wrote.
    Article article;
    article.text = u"Ines Varga said: \"The mill reopens.\" Varga signed."_s;
    Entity entity;
    entity.name = name;
    entity.mentions = {{0, 10}};
    article.entities = {entity};
    Quote quote;
    quote.start = 17;
    quote.end = 37;
    quote.text = article.text.mid(18, 18);
    quote.speaker = name;
    article.quotes = {quote};
    ArticleTextView view;
    view.setArticle(article, 0);
    QCOMPARE(shownText(formatAt(view, 1).toolTip()), name);
    QCOMPARE(shownText(formatAt(view, 20).toolTip()), u"Quote: "_s + name);
    QVERIFY(!formatAt(view, 20).toolTip().contains(u"<img"_s));
}

#include "articletextviewtest.moc"
