#include "quotefinder.h"
#include "articlereader.h"
#include "corpusloader.h"
#include "entityfinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class QuoteFinderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testQuotes_data();
    void testQuotes();
    void testAttribution_data();
    void testAttribution();
    void testNotQuote_data();
    void testNotQuote();
    void testSpansAndText();
    void testSampleArticle();
};

namespace {

Article extracted(const QString &text)
{
    auto result = ArticleReader().parse(text.toUtf8(), u"t.txt"_s);
    Q_ASSERT(result.article);
    Article article = *result.article;
    article.entities = EntityFinder().find(article);
    article.quotes = QuoteFinder().find(article);
    return article;
}

QString describe(const Article &article)
{
    QStringList lines;
    for (const Quote &q : article.quotes) {
        lines.append(u"["_s + q.text + u"] <- "_s + (q.speaker.isEmpty() ? u"(none)"_s : q.speaker) +
                     (q.speakerRole.isEmpty() ? QString() : u", "_s + q.speakerRole));
    }
    return lines.isEmpty() ? u"(no quotes)"_s : lines.join(u'\n');
}

const Quote *quoteWithText(const Article &article, const QString &text)
{
    for (const Quote &q : article.quotes) {
        if (q.text == text) {
            return &q;
        }
    }
    return nullptr;
}

} // namespace

void QuoteFinderTest::testQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("role");

    QTest::newRow("apposition-said-comma")
        << u"Jane Doe, chief executive of Acme Corp., said, \"We will double production next year.\""_s
        << u"We will double production next year."_s << u"Jane Doe"_s << u"Jane Doe"_s << u"chief executive of Acme"_s;
    QTest::newRow("said-name-after")
        << u"\"We will double production next year,\" said Jane Doe, chief executive of Acme Corp."_s
        << u"We will double production next year"_s << u"Jane Doe"_s << u"Jane Doe"_s << u"chief executive of Acme"_s;
    QTest::newRow("name-said-after") << u"\"Prices will rise,\" Jane Doe said."_s << u"Prices will rise"_s
                                     << u"Jane Doe"_s << u"Jane Doe"_s << QString();
    QTest::newRow("pronoun-added-after") << u"Satya Nadella spoke first. \"The cloud is growing fast,\" he added."_s
                                         << u"The cloud is growing fast"_s << u"Satya Nadella"_s << u"he"_s
                                         << QString();
    QTest::newRow("announced-in-statement")
        << u"On Monday, Microsoft announced in a statement, \"We are pleased to welcome the team.\""_s
        << u"We are pleased to welcome the team."_s << u"Microsoft"_s << u"Microsoft"_s << QString();
    QTest::newRow("alias-speaker") << u"On the 26th, MS announced in a statement, \"We are expanding in Europe.\""_s
                                   << u"We are expanding in Europe."_s << u"Microsoft"_s << u"MS"_s << QString();
    QTest::newRow("president-of-alias") << u"Brad Smith, President of MS, said, \"We will keep investing.\""_s
                                        << u"We will keep investing."_s << u"Brad Smith"_s << u"Brad Smith"_s
                                        << u"President of Microsoft"_s;
    QTest::newRow("split-first-half")
        << u"Microsoft said, \"The deal is done,\" adding, \"More news will follow soon.\""_s << u"The deal is done"_s
        << u"Microsoft"_s << u"Microsoft"_s << QString();
    QTest::newRow("split-second-half")
        << u"Microsoft said, \"The deal is done,\" adding, \"More news will follow soon.\""_s
        << u"More news will follow soon."_s << u"Microsoft"_s << u"Microsoft"_s << QString();
    QTest::newRow("partial-calling-it")
        << u"Arthur Mensch said the launch went well, calling it \"a new milestone in expansion.\""_s
        << u"a new milestone in expansion."_s << u"Arthur Mensch"_s << u"Arthur Mensch"_s << QString();
    QTest::newRow("partial-after-quote")
        << u"Arthur Mensch, CEO of MistralAI, said, \"Customers will see results,\" calling it \"a new milestone.\""_s
        << u"a new milestone."_s << u"Arthur Mensch"_s << u"Arthur Mensch"_s << u"CEO of Mistral AI"_s;
    QTest::newRow("pronoun-responded")
        << u"Brad Smith met reporters in Madrid. Asked about chips, he responded, \"It is too early to answer.\""_s
        << u"It is too early to answer."_s << u"Brad Smith"_s << u"he"_s << QString();
    QTest::newRow("pronoun-skips-prepositional-object")
        << u"Brad Smith visited Madrid. Asked about a venture led by OpenAI CEO Sam Altman, he responded, \"It is too "
           u"early to answer.\""_s
        << u"It is too early to answer."_s << u"Brad Smith"_s << u"he"_s << QString();
    QTest::newRow("media-evaluated")
        << u"The Associated Press evaluated, \"The partnership could reduce dependence on OpenAI.\""_s
        << u"The partnership could reduce dependence on OpenAI."_s << u"The Associated Press"_s
        << u"The Associated Press"_s << QString();
    QTest::newRow("media-also-analyzed")
        << u"IT media TechCrunch also analyzed, \"Microsoft is building alternatives to OpenAI.\""_s
        << u"Microsoft is building alternatives to OpenAI."_s << u"TechCrunch"_s << u"TechCrunch"_s << QString();
    QTest::newRow("the-company-said")
        << u"Acme Corp. reported higher sales. The company said, \"Demand remains strong in every region.\""_s
        << u"Demand remains strong in every region."_s << u"Acme"_s << u"The company"_s << QString();
    QTest::newRow("colon") << u"Sundar Pichai told investors: \"We are only getting started.\""_s
                           << u"We are only getting started."_s << u"Sundar Pichai"_s << u"Sundar Pichai"_s
                           << QString();
    QTest::newRow("curly-said-after") << u"\u201COur customers come first,\u201D said Tim Cook."_s
                                      << u"Our customers come first"_s << u"Tim Cook"_s << u"Tim Cook"_s << QString();
    QTest::newRow("curly-wrote-before") << u"Elon Musk wrote, \u201CThe factory will open in March.\u201D"_s
                                        << u"The factory will open in March."_s << u"Elon Musk"_s << u"Elon Musk"_s
                                        << QString();
    QTest::newRow("according-to-after") << u"\"The talks have stalled,\" according to Reuters."_s
                                        << u"The talks have stalled"_s << u"Reuters"_s << u"Reuters"_s << QString();
    QTest::newRow("according-to-before") << u"According to Bloomberg, \"the company is weighing a sale.\""_s
                                         << u"the company is weighing a sale."_s << u"Bloomberg"_s << u"Bloomberg"_s
                                         << QString();
    QTest::newRow("several-sentences") << u"\"We are happy. The numbers speak for themselves,\" said Lisa Su."_s
                                       << u"We are happy. The numbers speak for themselves"_s << u"Lisa Su"_s
                                       << u"Lisa Su"_s << QString();
    QTest::newRow("told-reporters-on-day")
        << u"Jensen Huang told reporters on Tuesday, \"Demand for our chips is insane.\""_s
        << u"Demand for our chips is insane."_s << u"Jensen Huang"_s << u"Jensen Huang"_s << QString();
    QTest::newRow("she-said-after")
        << u"Christine Lagarde spoke in Frankfurt. \"Inflation is coming down,\" she said."_s
        << u"Inflation is coming down"_s << u"Christine Lagarde"_s << u"she"_s << QString();
    QTest::newRow("it-said-organisation") << u"Acme Corp. cut its forecast. \"We expect a better quarter,\" it said."_s
                                          << u"We expect a better quarter"_s << u"Acme"_s << u"it"_s << QString();
    QTest::newRow("split-around-attribution")
        << u"\"We are delighted,\" said Jane Doe. \"This deal doubles our reach.\""_s
        << u"We are delighted,\" said Jane Doe. \"This deal doubles our reach."_s << u"Jane Doe"_s << u"Jane Doe"_s
        << QString();
    QTest::newRow("single-quotes") << u"'We will not sell,' said Warren Buffett."_s << u"We will not sell"_s
                                   << u"Warren Buffett"_s << u"Warren Buffett"_s << QString();
    QTest::newRow("wrote-on-platform") << u"Sam Altman wrote on his blog, \"We are launching a new model today.\""_s
                                       << u"We are launching a new model today."_s << u"Sam Altman"_s << u"Sam Altman"_s
                                       << QString();
    QTest::newRow("emphasized") << u"Margrethe Vestager emphasized, \"Competition rules apply to everyone.\""_s
                                << u"Competition rules apply to everyone."_s << u"Margrethe Vestager"_s
                                << u"Margrethe Vestager"_s << QString();
    QTest::newRow("noted-role-alias")
        << u"\"Margins are under pressure,\" noted Ruth Porat, chief financial officer of Alphabet."_s
        << u"Margins are under pressure"_s << u"Ruth Porat"_s << u"Ruth Porat"_s
        << u"chief financial officer of Google"_s;
    QTest::newRow("unnamed-analyst") << u"\"The market is overheated,\" one analyst said."_s
                                     << u"The market is overheated"_s << QString() << QString() << QString();
    QTest::newRow("said-in-interview") << u"Sundar Pichai said in an interview: \"AI is a profound technology.\""_s
                                       << u"AI is a profound technology."_s << u"Sundar Pichai"_s << u"Sundar Pichai"_s
                                       << QString();
    QTest::newRow("said-name-role-after")
        << u"\"The cloud business keeps growing,\" said Andy Jassy, chief executive of Amazon."_s
        << u"The cloud business keeps growing"_s << u"Andy Jassy"_s << u"Andy Jassy"_s
        << u"chief executive of Amazon"_s;
    QTest::newRow("surname-speaker") << u"Satya Nadella opened the event. Later, \"We are thrilled,\" Nadella said."_s
                                     << u"We are thrilled"_s << u"Satya Nadella"_s << u"Nadella"_s << QString();
    QTest::newRow("question-mark") << u"\"Who will pay for this?\" asked Elizabeth Warren."_s
                                   << u"Who will pay for this?"_s << u"Elizabeth Warren"_s << u"Elizabeth Warren"_s
                                   << QString();
    QTest::newRow("saying-goes-to-clause-subject")
        << u"Jensen Huang started by hinting at the shortage, saying, \"Demand is far ahead of supply.\""_s
        << u"Demand is far ahead of supply."_s << u"Jensen Huang"_s << u"Jensen Huang"_s << QString();
    QTest::newRow("stating-skips-prepositional-object")
        << u"Satya Nadella wrote a letter to Google's board stating, \"We will compete hard.\""_s
        << u"We will compete hard."_s << u"Satya Nadella"_s << u"Satya Nadella"_s << QString();
    QTest::newRow("apposition-without-commas")
        << u"Peter Boockvar an equity strategist for Miller Tabak, commented: \"Europe is a major trading partner.\""_s
        << u"Europe is a major trading partner."_s << u"Peter Boockvar"_s << u"Peter Boockvar"_s << QString();
    QTest::newRow("pronoun-not-possessive")
        << u"Richard Doherty credits Steve Jobs' patience. He states \"Products could have shipped earlier.\""_s
        << u"Products could have shipped earlier."_s << u"Richard Doherty"_s << u"He"_s << QString();
    QTest::newRow("partial-said-was") << u"Brad Smith said the deal was a \"breakthrough\" for Europe."_s
                                      << u"breakthrough"_s << u"Brad Smith"_s << u"Brad Smith"_s << QString();
    QTest::newRow("partial-called-the-plan") << u"Satya Nadella spoke. He called the plan \"ambitious\" and moved on."_s
                                             << u"ambitious"_s << u"Satya Nadella"_s << u"He"_s << QString();
    QTest::newRow("partial-reported-speech")
        << u"Jane Smith said regulators were \"behind the curve\" on AI."_s << u"behind the curve"_s << u"Jane Smith"_s
        << u"Jane Smith"_s << QString();
    QTest::newRow("described-as-partial")
        << u"The update costs what Steve Jobs described as \"a nominal charge\" for owners."_s << u"a nominal charge"_s
        << u"Steve Jobs"_s << u"Steve Jobs"_s << QString();
    QTest::newRow("told-outlet-colon") << u"Jane Doe told Reuters: \"Prices will fall next year.\""_s
                                       << u"Prices will fall next year."_s << u"Jane Doe"_s << u"Jane Doe"_s
                                       << QString();
    QTest::newRow("nested-single-quotes")
        << u"\"We call it 'the cloud' now,\" said Jane Doe."_s << u"We call it 'the cloud' now"_s << u"Jane Doe"_s
        << u"Jane Doe"_s << QString();
    QTest::newRow("single-quotes-apostrophe") << u"'We're ready for it,' he said. Tim Cook smiled."_s
                                              << u"We're ready for it"_s << QString() << QString() << QString();
    QTest::newRow("runs-on-paragraph")
        << u"Lisa Su said, \"We are shipping more chips than ever.\n\"And we will ship more next year.\""_s
        << u"We are shipping more chips than ever.\n\"And we will ship more next year."_s << u"Lisa Su"_s
        << u"Lisa Su"_s << QString();
}

void QuoteFinderTest::testQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    QFETCH(QString, mention);
    QFETCH(QString, role);

    const Article article = extracted(text);
    const Quote *found = quoteWithText(article, quote);
    QVERIFY2(found, qPrintable(describe(article)));
    QCOMPARE(found->speaker, speaker);
    if (!mention.isEmpty()) {
        QCOMPARE(article.textOf(found->speakerMention), mention);
    }
    QCOMPARE(found->speakerRole, role);
}

void QuoteFinderTest::testAttribution_data()
{
    // Attribution forms of English news: the quote found, its kind, who said it and where the text names them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("mention");

    QTest::newRow("mr-surname-said") << u"\"I believe the campaign has the money,\" Mr. Hartwell said."_s
                                     << u"I believe the campaign has the money"_s << u"direct"_s << u"Hartwell"_s
                                     << u"Hartwell"_s;
    QTest::newRow("ms-surname-apostrophe") << u"\"I don't see it coming,\" Ms. Okafor said."_s
                                           << u"I don't see it coming"_s << u"direct"_s << u"Okafor"_s << u"Okafor"_s;
    QTest::newRow("mr-surname-its") << u"\"It's a land grab,\" Mr. Lindqvist said."_s << u"It's a land grab"_s
                                    << u"direct"_s << u"Lindqvist"_s << u"Lindqvist"_s;
    QTest::newRow("exclaimed-pronoun") << u"\"The matter is closed,\" he exclaimed."_s << u"The matter is closed"_s
                                       << u"direct"_s << QString() << u"he"_s;
    QTest::newRow("said-the-reverend") << u"\"She is a formidable opponent,\" said the Rev. Tom Barnes."_s
                                       << u"She is a formidable opponent"_s << u"direct"_s << u"Tom Barnes"_s
                                       << u"Tom Barnes"_s;
    QTest::newRow("described-speaker-curly")
        << u"\u201CTonight, I want you to vote,\u201D a smiling Garcia said before introducing the band."_s
        << u"Tonight, I want you to vote"_s << u"direct"_s << u"Garcia"_s << u"Garcia"_s;
    QTest::newRow("apposition-and-channel")
        << u"\u201CRisk appetite keeps shrinking,\u201D Anna Moreau, chief economist in Paris at Vexa Bank, said in an "
           u"e-mail to clients."_s
        << u"Risk appetite keeps shrinking"_s << u"direct"_s << u"Anna Moreau"_s << u"Anna Moreau"_s;
    QTest::newRow("said-name-apposition")
        << u"\"The deal is good for shareholders,\" said Jane Doe, chief executive of "
           u"Acme."_s
        << u"The deal is good for shareholders"_s << u"direct"_s << u"Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("dr-full-name") << u"\"We will appeal,\" Dr. Priya Raman said."_s << u"We will appeal"_s
                                  << u"direct"_s << u"Priya Raman"_s << u"Priya Raman"_s;
    QTest::newRow("sen-told-reporters")
        << u"\"The numbers do not add up,\" Sen. Harold Whitcombe told reporters on Tuesday."_s
        << u"The numbers do not add up"_s << u"direct"_s << u"Harold Whitcombe"_s << u"Harold Whitcombe"_s;
    QTest::newRow("gov-said-adding") << u"\"It is time to go home,\" Gov. Marisol Vega said, adding that schools "
                                        u"would reopen."_s
                                     << u"It is time to go home"_s << u"direct"_s << u"Marisol Vega"_s
                                     << u"Marisol Vega"_s;
    QTest::newRow("insisted-mrs") << u"\"We don't negotiate with ourselves,\" insisted Mrs. Delacroix."_s
                                  << u"We don't negotiate with ourselves"_s << u"direct"_s << u"Delacroix"_s
                                  << u"Delacroix"_s;
    QTest::newRow("implored-reverend") << u"\"Never again,\" the Rev. Amos Pike implored the crowd."_s
                                       << u"Never again"_s << u"direct"_s << u"Amos Pike"_s << u"Amos Pike"_s;
    QTest::newRow("warned-apposition-channel")
        << u"\"Prices will keep rising,\" warned Tobias Lindgren, chief strategist at Harbor Capital, in a note to "
           u"clients."_s
        << u"Prices will keep rising"_s << u"direct"_s << u"Tobias Lindgren"_s << u"Tobias Lindgren"_s;
    QTest::newRow("told-a-news-agency") << u"\"We're staying put,\" Martin Oduya told a news agency."_s
                                        << u"We're staying put"_s << u"direct"_s << u"Martin Oduya"_s
                                        << u"Martin Oduya"_s;
    QTest::newRow("wrote-on-twitter") << u"\"Vote early,\" Clara Benson wrote on Twitter."_s << u"Vote early"_s
                                      << u"direct"_s << u"Clara Benson"_s << u"Clara Benson"_s;
    QTest::newRow("noted-rep") << u"\"The bill is dead,\" Rep. Dale Fournier noted."_s << u"The bill is dead"_s
                               << u"direct"_s << u"Dale Fournier"_s << u"Dale Fournier"_s;
    QTest::newRow("split-around-he-said") << u"\"We did not expect this,\" Mr. Hartwell said. \"But we are ready.\""_s
                                          << u"We did not expect this,\" Mr. Hartwell said. \"But we are ready."_s
                                          << u"direct"_s << u"Hartwell"_s << u"Hartwell"_s;
    QTest::newRow("split-around-curly")
        << u"\u201CThe first step is money,\u201D said Jane Doe, chief executive of Acme. \u201CThe second is time.\u201D"_s
        << u"The first step is money,\u201D said Jane Doe, chief executive of Acme. \u201CThe second is time."_s
        << u"direct"_s << u"Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("over-two-paragraphs")
        << u"Ms. Okafor spoke for an hour.\n\"The first problem is money.\n\"The second problem is time,\" she said."_s
        << u"The first problem is money.\n\"The second problem is time"_s << u"direct"_s << u"Okafor"_s << u"she"_s;
    QTest::newRow("colon-after-clause") << u"Mayor Lena Ortiz did not hesitate: \"We will rebuild the bridge.\""_s
                                        << u"We will rebuild the bridge."_s << u"direct"_s << u"Lena Ortiz"_s
                                        << u"Lena Ortiz"_s;
    QTest::newRow("colon-closing-paragraph")
        << u"Asked about the budget, Maria Ortiz said:\n\"We have the money and we will spend it.\""_s
        << u"We have the money and we will spend it."_s << u"direct"_s << u"Maria Ortiz"_s << u"Maria Ortiz"_s;
    QTest::newRow("she-skips-nearer-man")
        << u"Maria Ortiz met Paul Renner on Monday. \"We agreed on nothing,\" she told reporters."_s
        << u"We agreed on nothing"_s << u"direct"_s << u"Maria Ortiz"_s << u"she"_s;
    QTest::newRow("she-by-honorific") << u"Mrs. Delacroix thanked Mr. Hartwell. \"He was generous,\" she said."_s
                                      << u"He was generous"_s << u"direct"_s << u"Delacroix"_s << u"she"_s;
    QTest::newRow("the-company-said") << u"Vexa Bank cut its forecast. \"Demand is weak,\" the company said."_s
                                      << u"Demand is weak"_s << u"direct"_s << u"Vexa Bank"_s << u"the company"_s;
    QTest::newRow("paragraph-continues-speaker")
        << u"\"We lost the vote,\" Dan Hartwell said.\n\"We will try again next year.\""_s
        << u"We will try again next year."_s << u"direct"_s << u"Dan Hartwell"_s << u"Dan Hartwell"_s;
    QTest::newRow("dash-signature") << u"\u201CMaybe we can all agree on lunch.\u201D \u2015 Karen Morrow."_s
                                    << u"Maybe we can all agree on lunch."_s << u"direct"_s << u"Karen Morrow"_s
                                    << u"Karen Morrow"_s;
    QTest::newRow("unnamed-spokesman") << u"\"We have no comment,\" a spokesman for the campaign said."_s
                                       << u"We have no comment"_s << u"direct"_s << QString()
                                       << u"a spokesman for the campaign"_s;
    QTest::newRow("the-senator-refers-back")
        << u"Sen. Harold Whitcombe voted no. \"This bill is a mistake,\" the senator said."_s
        << u"This bill is a mistake"_s << u"direct"_s << u"Harold Whitcombe"_s << u"the senator"_s;
    QTest::newRow("partial-called-the-plan")
        << u"Maria Garcia spoke first. Garcia called the plan \"reckless\" and left."_s << u"reckless"_s << u"partial"_s
        << u"Maria Garcia"_s << u"Garcia"_s;
    QTest::newRow("split-around-question")
        << u"\"Is he really that careless?\" Okafor continued. \"Is he ready for the job?\""_s
        << u"Is he really that careless?\" Okafor continued. \"Is he ready for the job?"_s << u"direct"_s << u"Okafor"_s
        << u"Okafor"_s;
    QTest::newRow("sentence-ending-on-speaker")
        << u"Or maybe the governor, pollster Tobias Lindgren says. \"The polls are moving his way.\""_s
        << u"The polls are moving his way."_s << u"direct"_s << u"Tobias Lindgren"_s << u"Tobias Lindgren"_s;
    QTest::newRow("beamed") << u"\"This is fantastic!\" beamed Karen Morrow of Dayton."_s << u"This is fantastic!"_s
                            << u"direct"_s << u"Karen Morrow"_s << u"Karen Morrow"_s;
    QTest::newRow("partial-next-sentence")
        << u"\"It's a stunt,\" Maria Ortiz says. It's \"a cheap trick for the cameras.\""_s
        << u"a cheap trick for the cameras."_s << u"partial"_s << u"Maria Ortiz"_s << u"Maria Ortiz"_s;
    QTest::newRow("partial-said-the-vote-was") << u"Dan Hartwell said the vote was \"a sham\" and vowed to appeal."_s
                                               << u"a sham"_s << u"partial"_s << u"Dan Hartwell"_s << u"Dan Hartwell"_s;
    QTest::newRow("partial-accused-of") << u"Maria Ortiz accused her rival of \"playing games with the budget.\""_s
                                        << u"playing games with the budget."_s << u"partial"_s << u"Maria Ortiz"_s
                                        << u"Maria Ortiz"_s;
    QTest::newRow("partial-relative-who")
        << u"Maria Ortiz, who called the proposal \"a gift to landlords,\" voted against it."_s
        << u"a gift to landlords"_s << u"partial"_s << u"Maria Ortiz"_s << u"Maria Ortiz"_s;
    QTest::newRow("partial-parenthetical-she-said")
        << u"Maria Ortiz spoke next. The council, she said, was \"out of touch with voters.\""_s
        << u"out of touch with voters."_s << u"partial"_s << u"Maria Ortiz"_s << u"she"_s;
    QTest::newRow("partial-passive-by") << u"The senator was labeled \"a spoiler\" by Maria Ortiz."_s << u"a spoiler"_s
                                        << u"partial"_s << u"Maria Ortiz"_s << u"Maria Ortiz"_s;
    QTest::newRow("partial-saying-clause-subject")
        << u"Dan Hartwell criticized the budget on Monday, saying it would \"hurt working families.\""_s
        << u"hurt working families."_s << u"partial"_s << u"Dan Hartwell"_s << u"Dan Hartwell"_s;
    QTest::newRow("partial-two-quotes-one-speaker")
        << u"Maria Ortiz supports \"fair wages\" and opposes \"arbitrary freezes.\""_s << u"arbitrary freezes."_s
        << u"partial"_s << u"Maria Ortiz"_s << u"Maria Ortiz"_s;
}

void QuoteFinderTest::testAttribution()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, kind);
    QFETCH(QString, speaker);
    QFETCH(QString, mention);

    const Article article = extracted(text);
    const Quote *found = quoteWithText(article, quote);
    QVERIFY2(found, qPrintable(describe(article)));
    QCOMPARE(Quote::kindName(found->kind), kind);
    QCOMPARE(found->speaker, speaker);
    QCOMPARE(article.textOf(found->speakerMention), mention);
}

void QuoteFinderTest::testNotQuote_data()
{
    // A quotation that must not be found, or (with a speaker) must not be given to that speaker.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("wrongSpeaker");

    QTest::newRow("scare-known-as") << u"MistralAI, known as the \"European version of OpenAI,\" raised money."_s
                                    << u"European version of OpenAI"_s << QString();
    QTest::newRow("scare-term") << u"The firm is based on \"open-source\" models."_s << u"open-source"_s << QString();
    QTest::newRow("book-title") << u"Satya Nadella wrote the book \"Hit Refresh\" in 2017."_s << u"Hit Refresh"_s
                                << QString();
    QTest::newRow("film-title") << u"The film \"The Social Network\" is about Facebook."_s << u"The Social Network"_s
                                << QString();
    QTest::newRow("headline-line")
        << u"\"Stocks Are Not Taxed, but Crypto Gains Will Be\" Investors Push Back\nThe tax office said nothing."_s
        << u"Stocks Are Not Taxed, but Crypto Gains Will Be"_s << QString();
    QTest::newRow("nickname") << u"The company, nicknamed \"Big Blue,\" cut jobs."_s << u"Big Blue"_s << QString();
    QTest::newRow("so-called") << u"The so-called \"magnificent seven\" stocks fell."_s << u"magnificent seven"_s
                               << QString();
    QTest::newRow("call-it-a") << u"Analysts call it a \"soft landing\" scenario."_s << u"soft landing"_s << QString();
    QTest::newRow("product-name") << u"Apple launched the \"Vision Pro\" headset."_s << u"Vision Pro"_s << QString();
    QTest::newRow("single-scare") << u"Microsoft's 'Copilot' tool and OpenAI's models compete."_s << u"Copilot"_s
                                  << QString();
    QTest::newRow("related-headlines")
        << u"Acme Corp said on Tuesday it would buy Widget Works for $40 million, its largest deal in a decade.\n"
           u"Related Articles\n- \"Why Are Prices Rising?\" Shoppers Ask as Inflation Bites\n"
           u"- Chip Maker Posts Record Quarter as Demand Soars\n"
           u"The company expects the purchase to close in the second quarter, pending approval."_s
        << u"Why Are Prices Rising?"_s << QString();
    QTest::newRow("not-the-addressee") << u"\"It is too early to answer,\" Brad Smith told Sam Altman."_s
                                       << u"It is too early to answer"_s << u"Sam Altman"_s;
    QTest::newRow("pronoun-not-object")
        << u"Brad Smith discussed a venture led by Sam Altman. He said, \"We are not investing.\""_s
        << u"We are not investing."_s << u"Sam Altman"_s;
    QTest::newRow("company-not-object") << u"Microsoft invested in OpenAI. The company said, \"We are pleased.\""_s
                                        << u"We are pleased."_s << u"OpenAI"_s;
    QTest::newRow("essay-title") << u"Her essay \"Why AI Needs Rules\" won a prize."_s << u"Why AI Needs Rules"_s
                                 << QString();
    QTest::newRow("dubbed") << u"The chip, dubbed \"Blackwell,\" ships in March."_s << u"Blackwell"_s << QString();
    QTest::newRow("known-as-gauge") << u"The index, known as the \"fear gauge,\" rose."_s << u"fear gauge"_s
                                    << QString();
    QTest::newRow("decade-apostrophe") << u"The '90s were a boom decade for Microsoft's shares."_s
                                       << u"90s were a boom decade for Microsoft"_s << QString();
    QTest::newRow("unclosed-mark") << u"The sign read \"Open for business and nothing else"_s
                                   << u"Open for business and nothing else"_s << QString();
    QTest::newRow("inch-mark") << u"The 27\" monitor sold well, Dell said, and the 32\" one too."_s
                               << u"monitor sold well, Dell said, and the 32"_s << QString();
    QTest::newRow("email-title") << u"The email, titled \"Quarterly results\", went out Monday."_s
                                 << u"Quarterly results"_s << QString();
    QTest::newRow("slogan") << u"Its slogan \"Think Different\" returned."_s << u"Think Different"_s << QString();
    QTest::newRow("song") << u"The band played \"Yesterday\" at the event."_s << u"Yesterday"_s << QString();
    QTest::newRow("word-as-word") << u"The word \"synergy\" appeared 14 times in the report."_s << u"synergy"_s
                                  << QString();
    QTest::newRow("title-case-headline")
        << u"Microsoft Says \"We Are All In\" on AI Spending\nMicrosoft spends more on AI."_s << u"We Are All In"_s
        << QString();
    QTest::newRow("company-name-in-marks")
        << u"The startup \"Nimbus Labs\" raised funds."_s << u"Nimbus Labs"_s << QString();
    QTest::newRow("not-the-listener") << u"\"Prices will fall,\" Jane Doe told Reuters."_s << u"Prices will fall"_s
                                      << u"Reuters"_s;
    QTest::newRow("not-the-org-in-role-before")
        << u"Arthur Mensch, CEO of MistralAI, said, \"We are growing.\""_s << u"We are growing."_s << u"Mistral AI"_s;
    QTest::newRow("not-the-org-in-role-after")
        << u"\"We are growing,\" said Arthur Mensch, CEO of MistralAI."_s << u"We are growing"_s << u"Mistral AI"_s;
    QTest::newRow("number-in-marks") << u"Shares rose \"10 percent\" by noon."_s << u"10 percent"_s << QString();
    QTest::newRow("commonly-called") << u"Jobs noted that iOS applications, commonly called \"apps,\" sell well."_s
                                     << u"apps"_s << QString();
    QTest::newRow("term-with-parenthetical-said")
        << u"This 'switch', he said, would happen next year."_s << u"switch"_s << QString();
    QTest::newRow("not-the-possessed") << u"Richard Doherty credits Steve Jobs' patience. He said, \"It paid off.\""_s
                                       << u"It paid off."_s << u"Steve Jobs"_s;
    QTest::newRow("so-called-experts") << u"The so-called \"experts\" disagreed with Maria Ortiz."_s << u"experts"_s
                                       << QString();
    QTest::newRow("scare-modifier") << u"Maria Ortiz said voters were tired of the \"reform\" package."_s << u"reform"_s
                                    << QString();
    QTest::newRow("scare-no-speaker") << u"The \"reform\" package passed the House on Monday."_s << u"reform"_s
                                      << QString();
    QTest::newRow("show-title") << u"Dan Hartwell appeared on \"Meet the Voters\" on Sunday."_s << u"Meet the Voters"_s
                                << QString();
    QTest::newRow("book-title-after-said")
        << u"Maria Ortiz said she reads \"The Quiet Harbor\" every summer."_s << u"The Quiet Harbor"_s << QString();
    QTest::newRow("song-title") << u"The band closed with \"Fortunate Son\" as Hartwell waved."_s << u"Fortunate Son"_s
                                << QString();
    QTest::newRow("song-sung") << u"The crowd sang \"Happy Birthday\" to Maria Ortiz."_s << u"Happy Birthday"_s
                               << QString();
    QTest::newRow("headline-with-quote")
        << u"Hartwell Says \"No Deal\" on Budget Talks\nDan Hartwell said talks had failed."_s << u"No Deal"_s
        << QString();
    QTest::newRow("nickname-in-name") << u"Senator James \"Jimmy\" Carlow said nothing."_s << u"Jimmy"_s << QString();
    QTest::newRow("word-as-word-said") << u"Maria Ortiz said the word \"sham\" twice."_s << u"sham"_s << QString();
    QTest::newRow("known-as") << u"The newspaper, known as \"the Ledger,\" endorsed Maria Ortiz."_s << u"the Ledger"_s
                              << QString();
    QTest::newRow("markup-attribute") << u"<tweet author=\"@ledger\" id=\"12\">Polls close at eight</tweet>"_s
                                      << u"@ledger"_s << QString();
    QTest::newRow("not-the-newspaper-spoken-to")
        << u"\"We are tied,\" Dan Hartwell told the Daily Ledger."_s << u"We are tied"_s << u"Daily Ledger"_s;
    QTest::newRow("not-the-radio-show")
        << u"Dan Hartwell's son told a radio show that the race was close. \"It is close,\" he said."_s
        << u"It is close"_s << u"Dan Hartwell"_s;
    QTest::newRow("she-not-the-man") << u"Maria Ortiz met Paul Renner. \"We agreed,\" she said."_s << u"We agreed"_s
                                     << u"Paul Renner"_s;
    QTest::newRow("not-previous-speaker-new-sentence")
        << u"\"We are ready,\" said Jane Doe. Analysts were less sure. Acme later said, \"Costs will rise.\""_s
        << u"Costs will rise."_s << u"Jane Doe"_s;
}

void QuoteFinderTest::testNotQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, wrongSpeaker);

    const Article article = extracted(text);
    for (const Quote &q : article.quotes) {
        if (wrongSpeaker.isEmpty()) {
            QVERIFY2(!q.text.contains(quote), qPrintable(describe(article)));
        } else if (q.text == quote) {
            QVERIFY2(q.speaker != wrongSpeaker, qPrintable(describe(article)));
        }
    }
    if (!wrongSpeaker.isEmpty()) {
        QVERIFY2(quoteWithText(article, quote), qPrintable(describe(article)));
    }
}

void QuoteFinderTest::testSpansAndText()
{
    const Article article = extracted(u"Brad Smith, President of MS, said, \u201CWe will enable MistralAI to train "
                                      u"models.\u201D"_s);
    QCOMPARE(article.quotes.size(), 1);
    const Quote &q = article.quotes.first();
    QCOMPARE(q.text, article.text.mid(q.start, q.end - q.start));
    QCOMPARE(article.text.at(q.start - 1), QChar(u'\u201C'));
    QCOMPARE(article.text.at(q.end), QChar(u'\u201D'));
    QCOMPARE(article.textOf(q.speakerMention), u"Brad Smith"_s);
}

void QuoteFinderTest::testSampleArticle()
{
    const auto result =
        ArticleReader().read(CorpusLoader::sampleCorpusPath() + u"/microsoft-mistral-partnership.txt"_s);
    QVERIFY(result.article);
    Article article = *result.article;
    article.entities = EntityFinder().find(article);
    article.quotes = QuoteFinder().find(article);
    qInfo("%s", qPrintable(describe(article)));

    // A careful reading gives nine direct quotations; the headline block has none.
    const QList<QPair<QString, QString>> expected{{u"We are announcing"_s, u"Microsoft"_s},
                                                  {u"This is to create"_s, u"Microsoft"_s},
                                                  {u"Through MS Azure"_s, u"Arthur Mensch"_s},
                                                  {u"a new milestone in expansion."_s, u"Arthur Mensch"_s},
                                                  {u"The partnership between"_s, u"The Associated Press"_s},
                                                  {u"MS is building"_s, u"TechCrunch"_s},
                                                  {u"The open-source partnership"_s, u"TechCrunch"_s},
                                                  {u"We will enable MistralAI"_s, u"Brad Smith"_s},
                                                  {u"It is too early to answer."_s, u"Brad Smith"_s}};
    QCOMPARE(article.quotes.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(article.quotes[i].text.startsWith(expected[i].first), qPrintable(article.quotes[i].text));
        QCOMPARE(article.quotes[i].speaker, expected[i].second);
        QCOMPARE(article.quotes[i].text,
                 article.text.mid(article.quotes[i].start, article.quotes[i].end - article.quotes[i].start));
        QVERIFY(!article.isBoilerplate(article.quotes[i].span()));
    }
    QCOMPARE(article.quotes[2].speakerRole, u"CEO of Mistral AI"_s);
    QCOMPARE(article.quotes[7].speakerRole, u"President of Microsoft"_s);
}

QTEST_GUILESS_MAIN(QuoteFinderTest)
#include "quotefindertest.moc"
