#include "entityfinder.h"
#include "articlereader.h"
#include "corpusloader.h"
#include "knowledgebase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class EntityFinderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMentions_data();
    void testMentions();
    void testNotEntity_data();
    void testNotEntity();
    void testCompanyNames_data();
    void testCompanyNames();
    void testNotCompany_data();
    void testNotCompany();
    void testRoles_data();
    void testRoles();
    void testSameSurnameNotMerged();
    void testReferences();
    void testBoilerplateSkipped();
    void testSampleArticle();
    void testMeantimeDev();
};

namespace {

Article articleOf(const QString &text)
{
    auto result = ArticleReader().parse(text.toUtf8(), u"t.txt"_s);
    Q_ASSERT(result.article);
    return *result.article;
}

const Entity *findEntity(const QList<Entity> &entities, const QString &name)
{
    for (const Entity &e : entities) {
        if (e.name == name) {
            return &e;
        }
    }
    return nullptr;
}

QStringList mentionTexts(const Article &article, const Entity &entity)
{
    QStringList texts;
    for (const TextSpan &m : entity.mentions) {
        texts.append(article.textOf(m).toString());
    }
    return texts;
}

QString describe(const Article &article, const QList<Entity> &entities)
{
    QStringList lines;
    for (const Entity &e : entities) {
        lines.append(e.name + u" ["_s + Entity::typeName(e.type) + u"] "_s + mentionTexts(article, e).join(u" | "_s));
    }
    return lines.join(u'\n');
}

} // namespace

void EntityFinderTest::testMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("historic-country-is-a-place")
        << u"The plant was sold to a buyer from West Germany, and a West German bank lent the money."_s
        << u"West Germany"_s << u"LOC"_s << QStringList{u"West Germany"_s, u"West German"_s};
    QTest::newRow("alias-ms") << u"Shares of Microsoft rose on Monday. Analysts said MS would gain most."_s
                              << u"Microsoft"_s << u"ORG"_s << QStringList{u"Microsoft"_s, u"MS"_s};
    QTest::newRow("alias-corp")
        << u"Investors cheered as Microsoft Corp. beat forecasts, and Microsoft raised prices."_s << u"Microsoft"_s
        << u"ORG"_s << QStringList{u"Microsoft Corp."_s, u"Microsoft"_s};
    QTest::newRow("alias-mistralai") << u"The deal with MistralAI follows talks with Mistral AI last year."_s
                                     << u"Mistral AI"_s << u"ORG"_s << QStringList{u"MistralAI"_s, u"Mistral AI"_s};
    QTest::newRow("alias-aws") << u"The startup runs on Amazon Web Services and will stay on AWS."_s
                               << u"Amazon Web Services"_s << u"ORG"_s
                               << QStringList{u"Amazon Web Services"_s, u"AWS"_s};
    QTest::newRow("media-ap") << u"The report was confirmed by the Associated Press and later by AP again."_s
                              << u"The Associated Press"_s << u"MEDIA"_s
                              << QStringList{u"the Associated Press"_s, u"AP"_s};
    QTest::newRow("product-sentence-start") << u"ChatGPT gained users. The company said ChatGPT is free."_s
                                            << u"ChatGPT"_s << u"PRODUCT"_s << QStringList{u"ChatGPT"_s, u"ChatGPT"_s};
    QTest::newRow("possessive") << u"Regulators examined Google's search deals and Meta's ads."_s << u"Google"_s
                                << u"ORG"_s << QStringList{u"Google"_s};
    QTest::newRow("unknown-inc") << u"Shares of Zentrix Dynamics Inc. fell after Zentrix Dynamics cut its outlook."_s
                                 << u"Zentrix Dynamics"_s << u"ORG"_s
                                 << QStringList{u"Zentrix Dynamics Inc."_s, u"Zentrix Dynamics"_s};
    QTest::newRow("unknown-comma-ltd") << u"The order went to Harlow Widgets, Ltd. on Friday."_s << u"Harlow Widgets"_s
                                       << u"ORG"_s << QStringList{u"Harlow Widgets, Ltd."_s};
    QTest::newRow("unknown-org-word") << u"A loan from the Bank of Freedonia helped the project."_s
                                      << u"Bank of Freedonia"_s << u"ORG"_s << QStringList{u"Bank of Freedonia"_s};
    QTest::newRow("unknown-person-first-name")
        << u"The fund is run by Laura Kessington, who joined in 2019. Kessington declined to comment."_s
        << u"Laura Kessington"_s << u"PER"_s << QStringList{u"Laura Kessington"_s, u"Kessington"_s};
    QTest::newRow("unknown-person-title-before") << u"Finance Minister Kaoru Yosano said the economy was weak."_s
                                                 << u"Kaoru Yosano"_s << u"PER"_s << QStringList{u"Kaoru Yosano"_s};
    QTest::newRow("unknown-person-apposition")
        << u"The plan was drawn up by Okonkwo Adebayo, chief executive of the bank."_s << u"Okonkwo Adebayo"_s
        << u"PER"_s << QStringList{u"Okonkwo Adebayo"_s};
    QTest::newRow("person-surname-at-sentence-start")
        << u"Apple chief Steve Jobs opened the show. Jobs said sales were strong."_s << u"Steve Jobs"_s << u"PER"_s
        << QStringList{u"Steve Jobs"_s, u"Jobs"_s};
    QTest::newRow("person-given-name-later") << u"The keynote was given by Steve Jobs. Steve then showed a phone."_s
                                             << u"Steve Jobs"_s << u"PER"_s << QStringList{u"Steve Jobs"_s, u"Steve"_s};
    QTest::newRow("acronym-in-brackets")
        << u"He spoke at the Global Mobile Forum (GMF) in March. The GMF drew large crowds."_s
        << u"Global Mobile Forum"_s << u"ORG"_s << QStringList{u"Global Mobile Forum"_s, u"GMF"_s, u"GMF"_s};
    QTest::newRow("location-known") << u"The company plans data centres in Germany and Spain."_s << u"Germany"_s
                                    << u"LOC"_s << QStringList{u"Germany"_s};
    QTest::newRow("location-city-state") << u"The firm moved to Pleasantville, California last year."_s
                                         << u"Pleasantville"_s << u"LOC"_s << QStringList{u"Pleasantville"_s};
    QTest::newRow("headline-known-only") << u"Microsoft Buys Stake In Startup\nMicrosoft said it bought a stake."_s
                                         << u"Microsoft"_s << u"ORG"_s << QStringList{u"Microsoft"_s, u"Microsoft"_s};
    QTest::newRow("organisation-then-person")
        << u"\"The machines took over,\" said Fort Pitt Capital Group Charlie Smith on Friday."_s << u"Charlie Smith"_s
        << u"PER"_s << QStringList{u"Charlie Smith"_s};
    QTest::newRow("organisation-before-person")
        << u"Fort Pitt Capital Group Charlie Smith sold shares."_s << u"Fort Pitt Capital Group"_s << u"ORG"_s
        << QStringList{u"Fort Pitt Capital Group"_s};
    QTest::newRow("hyphenated-given-name")
        << u"Markets waited for Jean-Claude Trichet to speak."_s << u"Jean-Claude Trichet"_s << u"PER"_s
        << QStringList{u"Jean-Claude Trichet"_s};
    QTest::newRow("middle-initial") << u"The surgeon, Lewis W. Teperman, operated on Monday."_s
                                    << u"Lewis W. Teperman"_s << u"PER"_s << QStringList{u"Lewis W. Teperman"_s};
    QTest::newRow("apposition-qualified-title")
        << u"Kaoru Yosano, the Japanese minister of fiscal policy, warned of a downturn."_s << u"Kaoru Yosano"_s
        << u"PER"_s << QStringList{u"Kaoru Yosano"_s};
    QTest::newRow("known-after-opener") << u"In Hong Kong, the index fell. The U.S. markets opened lower."_s
                                        << u"United States"_s << u"LOC"_s << QStringList{u"U.S."_s};
    QTest::newRow("described-by-noun") << u"Fellow retailer Zellmart posted a loss."_s << u"Zellmart"_s << u"ORG"_s
                                       << QStringList{u"Zellmart"_s};
    QTest::newRow("deal-object") << u"Globex agreed on Tuesday to buy Zentrix, valuing it at $3 billion."_s
                                 << u"Zentrix"_s << u"ORG"_s << QStringList{u"Zentrix"_s};
    QTest::newRow("deal-subject-sentence-start")
        << u"Quillbot raised $60 million in a Series B round. Quillbot said the money would pay for hiring."_s
        << u"Quillbot"_s << u"ORG"_s << QStringList{u"Quillbot"_s, u"Quillbot"_s};
    QTest::newRow("deal-stake-in") << u"Hooli Labs took a 10% stake in Zentrix for $150 million."_s << u"Zentrix"_s
                                   << u"ORG"_s << QStringList{u"Zentrix"_s};
    QTest::newRow("apposition-at-sentence-start")
        << u"Lumora, a San Francisco-based artificial intelligence startup, said it had raised $75 million."_s
        << u"Lumora"_s << u"ORG"_s << QStringList{u"Lumora"_s};
    QTest::newRow("describing-noun-opens-sentence")
        << u"Drugmaker Halcyon Therapeutics said on Tuesday it had bought a stake in Cellquest."_s
        << u"Halcyon Therapeutics"_s << u"ORG"_s << QStringList{u"Halcyon Therapeutics"_s};
    QTest::newRow("two-companies-joined-by-and")
        << u"Brightwave Energy and Solara Power announced a partnership to build storage plants."_s
        << u"Brightwave Energy"_s << u"ORG"_s << QStringList{u"Brightwave Energy"_s};
    QTest::newRow("possessive-at-sentence-start") << u"Zentrix's $3 billion purchase of Nordlock closed on Monday."_s
                                                  << u"Zentrix"_s << u"ORG"_s << QStringList{u"Zentrix"_s};
    QTest::newRow("took-a-stake-at-sentence-start") << u"Zentrix took a 10% stake in Hooli Labs for $150 million."_s
                                                    << u"Zentrix"_s << u"ORG"_s << QStringList{u"Zentrix"_s};
    QTest::newRow("short-form-of-group")
        << u"Halverson Partners agreed to buy Castlegate Group. Castlegate had rejected two approaches from Halverson."_s
        << u"Castlegate Group"_s << u"ORG"_s << QStringList{u"Castlegate Group"_s, u"Castlegate"_s};
    QTest::newRow("given-name-then-equity") << u"Dorran Equity agreed to buy Lantern Media for $900 million."_s
                                            << u"Dorran Equity"_s << u"ORG"_s << QStringList{u"Dorran Equity"_s};
    QTest::newRow("a-sea-is-a-place") << u"Halden Energy and Sorrel Oil will drill in the North Sea next year."_s
                                      << u"North Sea"_s << u"LOC"_s << QStringList{u"North Sea"_s};
    QTest::newRow("surname-after-mr") << u"\"I believe the campaign has the money,\" Mr. Hartwell said."_s
                                      << u"Hartwell"_s << u"PER"_s << QStringList{u"Hartwell"_s};
    QTest::newRow("surname-after-ms") << u"Ms. Okafor left early."_s << u"Okafor"_s << u"PER"_s
                                      << QStringList{u"Okafor"_s};
    QTest::newRow("honorific-and-full-name-one-person")
        << u"Mr. Hartwell arrived late. Dan Hartwell, a lawyer, spoke first. Hartwell then left."_s << u"Dan Hartwell"_s
        << u"PER"_s << QStringList{u"Hartwell"_s, u"Dan Hartwell"_s, u"Hartwell"_s};
    QTest::newRow("abbreviated-title-before-name")
        << u"Sen. Harold Whitcombe voted no. Whitcombe said the bill was dead."_s << u"Harold Whitcombe"_s << u"PER"_s
        << QStringList{u"Harold Whitcombe"_s, u"Whitcombe"_s};
    QTest::newRow("reverend-before-name") << u"\"She is a formidable opponent,\" said the Rev. Tom Barnes."_s
                                          << u"Tom Barnes"_s << u"PER"_s << QStringList{u"Tom Barnes"_s};
    QTest::newRow("lone-name-that-speaks") << u"\"Tonight, I want you to vote,\" a smiling Garcia said."_s
                                           << u"Garcia"_s << u"PER"_s << QStringList{u"Garcia"_s};
    QTest::newRow("lone-name-that-speaks-opening-sentence")
        << u"The hearing ran late. Smbatyan added that the talks would go on."_s << u"Smbatyan"_s << u"PER"_s
        << QStringList{u"Smbatyan"_s};
    QTest::newRow("name-described-as-person") << u"Orrin Vask \u2014 Ivy League-trained surgeon and television host "
                                                 u"\u2014 was criticised by doctors. Vask said "
                                                 u"nothing."_s
                                              << u"Orrin Vask"_s << u"PER"_s << QStringList{u"Orrin Vask"_s, u"Vask"_s};
    QTest::newRow("name-then-he") << u"Orrin Vask opened a clinic in Dayton. He hired twelve nurses."_s
                                  << u"Orrin Vask"_s << u"PER"_s << QStringList{u"Orrin Vask"_s};
    QTest::newRow("stock-index-is-no-organisation")
        << u"The Dow Jones Industrial Average fell 300 points, and the Dow Jones fell again on Friday."_s
        << u"Dow Jones Industrial Average"_s << u"PRODUCT"_s
        << QStringList{u"Dow Jones Industrial Average"_s, u"Dow Jones"_s};
    QTest::newRow("ampersand-name") << u"Auditors at Ernst & Young reviewed the books."_s << u"Ernst & Young"_s
                                    << u"ORG"_s << QStringList{u"Ernst & Young"_s};
}

void EntityFinderTest::testMentions()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QStringList, mentions);

    const Article article = articleOf(text);
    const QList<Entity> entities = EntityFinder().find(article);
    const Entity *entity = findEntity(entities, name);
    QVERIFY2(entity, qPrintable(describe(article, entities)));
    QCOMPARE(Entity::typeName(entity->type), type);
    QCOMPARE(mentionTexts(article, *entity), mentions);
}

void EntityFinderTest::testNotEntity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");

    QTest::newRow("series-round-is-no-company")
        << u"Zentrix raised $60 million in a Series B round."_s << u"Series B"_s;
    QTest::newRow("dateline-in-capitals")
        << u"SAN FRANCISCO (Wire) - Ferrobot, a startup that makes robots, said it had raised $150 million."_s
        << u"SAN FRANCISCO"_s;
    QTest::newRow("sentence-start-this") << u"This strategy is new. Microsoft agreed."_s << u"This"_s;
    QTest::newRow("sentence-start-accordingly") << u"Accordingly, Microsoft raised its bet."_s << u"Accordingly"_s;
    QTest::newRow("sentence-start-unlike") << u"Unlike Google, the startup publishes its models."_s << u"Unlike"_s;
    QTest::newRow("sentence-start-adverb")
        << u"Additionally, the two companies agreed to work together."_s << u"Additionally"_s;
    QTest::newRow("sentence-start-participle") << u"Attending the fair, he spoke to reporters."_s << u"Attending"_s;
    QTest::newRow("month") << u"The deal closed in March after talks in February."_s << u"March"_s;
    QTest::newRow("weekday") << u"Shares fell on Monday, traders said."_s << u"Monday"_s;
    QTest::newRow("acronym-ai") << u"The group invests in AI and in R&D across the region."_s << u"AI"_s;
    QTest::newRow("acronym-llms") << u"It provides large language models (LLMs) to customers."_s << u"LLMs"_s;
    QTest::newRow("acronym-rnd") << u"The firm spends heavily on R&D every year."_s << u"R&D"_s;
    QTest::newRow("headline-words") << u"Partnering With French Startup Over Cloud Deals\nThe firm said so."_s
                                    << u"Partnering"_s;
    QTest::newRow("headline-startup") << u"Partnering With French Startup Over Cloud Deals\nThe firm said so."_s
                                      << u"French Startup Over Cloud Deals"_s;
    QTest::newRow("title-alone") << u"The President spoke first, then the CEO answered questions."_s << u"President"_s;
    QTest::newRow("common-word-known-elsewhere")
        << u"Markets were calm. Investors bought markets in Asia."_s << u"Markets"_s;
    QTest::newRow("unknown-acronym") << u"Developers can download the SDK over USB from Monday."_s << u"SDK"_s;
    QTest::newRow("lone-unknown-word") << u"Shares rose after the Frobnication of the index."_s << u"Frobnication"_s;
    QTest::newRow("quote-opening-word") << u"He said, \"Nothing will change for customers.\""_s << u"Nothing"_s;
    QTest::newRow("honorific-not-in-name") << u"\"It's a land grab,\" Mr. Lindqvist said."_s << u"Mr. Lindqvist"_s;
    QTest::newRow("plural-that-speaks") << u"Critics said the plan was rushed. The critics were loud."_s
                                        << u"Critics"_s;
}

void EntityFinderTest::testNotEntity()
{
    QFETCH(QString, text);
    QFETCH(QString, word);

    const Article article = articleOf(text);
    const QList<Entity> entities = EntityFinder().find(article);
    for (const Entity &e : entities) {
        QVERIFY2(!mentionTexts(article, e).contains(word), qPrintable(describe(article, entities)));
    }
}

void EntityFinderTest::testCompanyNames_data()
{
    // Company names as wire copy writes them: full names in angle brackets, legal forms, "and Co", tickers after.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("bracketed-small-words")
        << u"<Banco Nacional de Fomento Sarl> said it sold a stake."_s << u"Banco Nacional de Fomento"_s
        << QStringList{u"Banco Nacional de Fomento Sarl"_s};
    QTest::newRow("bracketed-and") << u"Talks began with <Vantis Tools and Dies Inc> last week."_s
                                   << u"Vantis Tools and Dies"_s << QStringList{u"Vantis Tools and Dies Inc"_s};
    QTest::newRow("bracketed-by") << u"<Harbor Systems by Zenith Inc> was sold to a rival."_s
                                  << u"Harbor Systems by Zenith"_s << QStringList{u"Harbor Systems by Zenith Inc"_s};
    QTest::newRow("bracketed-holdings-in-brackets")
        << u"Tarn Mills said <Kelda Carpets (Holdings) Plc> agreed to the offer."_s << u"Kelda Carpets (Holdings)"_s
        << QStringList{u"Kelda Carpets (Holdings) Plc"_s};
    QTest::newRow("bracketed-lone-word") << u"The unit was sold to <Quorvane> for cash."_s << u"Quorvane"_s
                                         << QStringList{u"Quorvane"_s};
    QTest::newRow("participle-opens-company-name")
        << u"Federated Tanning Corp said it bought the plant."_s << u"Federated Tanning"_s
        << QStringList{u"Federated Tanning Corp"_s};
    QTest::newRow("ordinal-opens-bank-name") << u"First Bank Holloway said it sold its unit."_s
                                             << u"First Bank Holloway"_s << QStringList{u"First Bank Holloway"_s};
    QTest::newRow("old-opens-bancorp-name") << u"The approval of Old Marston Bancorp came on Monday."_s
                                            << u"Old Marston Bancorp"_s << QStringList{u"Old Marston Bancorp"_s};
    QTest::newRow("lone-word-of-country")
        << u"Talks with Braunfels of West Germany ended on Monday."_s << u"Braunfels"_s << QStringList{u"Braunfels"_s};
    QTest::newRow("and-co") << u"Tanaka and Co Ltd of Japan bought a stake in the maker."_s << u"Tanaka and Co"_s
                            << QStringList{u"Tanaka and Co Ltd"_s};
    QTest::newRow("and-co-capitalised") << u"Advisers were Lund, Barrow And Co Inc and others."_s << u"Barrow And Co"_s
                                        << QStringList{u"Barrow And Co Inc"_s};
    QTest::newRow("and-before-legal-form")
        << u"Voltair Systems and Services Inc said it signed the pact."_s << u"Voltair Systems and Services"_s
        << QStringList{u"Voltair Systems and Services Inc"_s};
    QTest::newRow("legal-forms-stripped") << u"Renwick Corp Ltd said Renwick would sell the unit."_s << u"Renwick"_s
                                          << QStringList{u"Renwick Corp Ltd"_s, u"Renwick"_s};
    QTest::newRow("labs-is-no-legal-form")
        << u"Tarrow Foods invested in Quenby Labs on Monday."_s << u"Quenby Labs"_s << QStringList{u"Quenby Labs"_s};
    QTest::newRow("labs-then-legal-form")
        << u"Shares of Pellam Labs Inc rose."_s << u"Pellam Labs"_s << QStringList{u"Pellam Labs Inc"_s};
    QTest::newRow("gmbh-stripped") << u"Auer Werke GmbH said it sold the plant."_s << u"Auer Werke"_s
                                   << QStringList{u"Auer Werke GmbH"_s};
    QTest::newRow("legal-form-co-then-ltd") << u"Shares of Kobara Steel Co Ltd rose sharply."_s << u"Kobara Steel"_s
                                            << QStringList{u"Kobara Steel Co Ltd"_s};
    QTest::newRow("place-based-prefix") << u"Boston-based Carrow Technologies Corp said it bought a stake."_s
                                        << u"Carrow Technologies"_s << QStringList{u"Carrow Technologies Corp"_s};
    QTest::newRow("two-word-place-based-prefix")
        << u"San Diego-based Carrow Technologies Corp said it bought a stake."_s << u"Carrow Technologies"_s
        << QStringList{u"Carrow Technologies Corp"_s};
    QTest::newRow("ordinal-opens-name") << u"First Meridian Industries Inc said it would sell two units."_s
                                        << u"First Meridian Industries"_s
                                        << QStringList{u"First Meridian Industries Inc"_s};
    QTest::newRow("possessive-inside-name") << u"Garland Stores bought Hallam's Markets Inc for cash."_s
                                            << u"Hallam's Markets"_s << QStringList{u"Hallam's Markets Inc"_s};
    QTest::newRow("title-word-inside-name")
        << u"It agreed to buy Orwell Financial Services Corp for cash."_s << u"Orwell Financial Services"_s
        << QStringList{u"Orwell Financial Services Corp"_s};
    QTest::newRow("common-word-inside-name")
        << u"It agreed to buy Tarrant Government Brokers Inc for cash."_s << u"Tarrant Government Brokers"_s
        << QStringList{u"Tarrant Government Brokers Inc"_s};
    QTest::newRow("acronym-after-ticker")
        << u"Westholm Mining Ltd <WMH.S> (WML) sold its stake. WML gave no price."_s << u"Westholm Mining"_s
        << QStringList{u"Westholm Mining Ltd"_s, u"WML"_s, u"WML"_s};
    QTest::newRow("acronym-after-bracket")
        << u"<Oskar Brandt Ltd>, (OBL), said OBL would bid again."_s << u"Oskar Brandt"_s
        << QStringList{u"Oskar Brandt Ltd"_s, u"OBL"_s, u"OBL"_s};
}

void EntityFinderTest::testCompanyNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, mentions);

    const Article article = articleOf(text);
    const QList<Entity> entities = EntityFinder().find(article);
    const Entity *entity = findEntity(entities, name);
    QVERIFY2(entity, qPrintable(describe(article, entities)));
    QCOMPARE(entity->type, Entity::Type::Organisation);
    QCOMPARE(mentionTexts(article, *entity), mentions);
}

void EntityFinderTest::testNotCompany_data()
{
    // Tickers, places describing a company, money words and two companies side by side: no company of their own.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");

    QTest::newRow("ticker") << u"Norwood Mills Inc <NWM> said it bought shares."_s << u"NWM"_s;
    QTest::newRow("title-of-country") << u"He met the Chancellor of West Germany on Monday."_s << u"Chancellor"_s;
    QTest::newRow("ticker-known-as-alias")
        << u"Burlington Mills said it bought Morgan Stanley Group <MS> shares."_s << u"MS"_s;
    QTest::newRow("ticker-with-exchange") << u"Lexmoor Plc <LXM.L> rose 5p in London."_s << u"LXM.L"_s;
    QTest::newRow("ticker-spaced") << u"The arm of Haldane Plc < HLD.L> was sold."_s << u"HLD.L"_s;
    QTest::newRow("ticker-lower-case-exchange") << u"Kvarn AB <kvrn.St> raised its stake."_s << u"kvrn.St"_s;
    QTest::newRow("place-based-alone") << u"It bought a stake in Oporto-based <Banco Nortenho Sarl>."_s
                                       << u"Oporto-based"_s;
    QTest::newRow("currency-words") << u"The stake was sold for 20 mln N.Z. Dlrs in cash."_s << u"N.Z. Dlrs"_s;
    QTest::newRow("two-companies-with-legal-forms")
        << u"Norvik Corp and Tessaly Inc agreed to merge."_s << u"Norvik Corp and Tessaly Inc"_s;
    QTest::newRow("and-after-organisation-word") << u"Brightwave Energy and Solara Power Corp agreed to merge."_s
                                                 << u"Brightwave Energy and Solara Power Corp"_s;
}

void EntityFinderTest::testNotCompany()
{
    QFETCH(QString, text);
    QFETCH(QString, word);

    const Article article = articleOf(text);
    const QList<Entity> entities = EntityFinder().find(article);
    for (const Entity &e : entities) {
        QVERIFY2(!mentionTexts(article, e).contains(word) && e.name != word, qPrintable(describe(article, entities)));
    }
}

void EntityFinderTest::testRoles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("organisation");

    QTest::newRow("title-of-alias") << u"Arthur Mensch, CEO of MistralAI, said the models were open."_s
                                    << u"Arthur Mensch"_s << u"CEO"_s << u"Mistral AI"_s;
    QTest::newRow("president-of-ms") << u"Brad Smith, President of MS, emphasized the point."_s << u"Brad Smith"_s
                                     << u"President"_s << u"Microsoft"_s;
    QTest::newRow("org-title-before") << u"Talks were led by OpenAI CEO Sam Altman in Abu Dhabi."_s << u"Sam Altman"_s
                                      << u"CEO"_s << u"OpenAI"_s;
    QTest::newRow("compound-title-before") << u"Apple Computer CEO and co-founder Steve Jobs gave the keynote."_s
                                           << u"Steve Jobs"_s << u"CEO and co-founder"_s << u"Apple"_s;
    QTest::newRow("unknown-one-word-org-after")
        << u"Growth slowed, said Jane Doe, CEO of Zentrix, on Tuesday."_s << u"Jane Doe"_s << u"CEO"_s << u"Zentrix"_s;
    QTest::newRow("unknown-one-word-org-before")
        << u"Shares rose after Zentrix CEO Jane Doe spoke."_s << u"Jane Doe"_s << u"CEO"_s << u"Zentrix"_s;
    QTest::newRow("possessive-title-after") << u"Satya Nadella, Microsoft's chief executive, spoke first."_s
                                            << u"Satya Nadella"_s << u"chief executive"_s << u"Microsoft"_s;
    QTest::newRow("the-title-of-unknown-org")
        << u"Maria Ostrova, the founder of Kelvin Robotics Ltd., declined to comment."_s << u"Maria Ostrova"_s
        << u"founder"_s << u"Kelvin Robotics"_s;
    QTest::newRow("title-without-org") << u"President Dmitry Medvedev signed the decree."_s << u"Dmitry Medvedev"_s
                                       << u"President"_s << QString();
    QTest::newRow("senior-vice-president") << u"Mark Papermaster, senior vice president of Apple, left the company."_s
                                           << u"Mark Papermaster"_s << u"senior vice president"_s << u"Apple"_s;
}

void EntityFinderTest::testRoles()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    QFETCH(QString, title);
    QFETCH(QString, organisation);

    const Article article = articleOf(text);
    const QList<Entity> entities = EntityFinder().find(article);
    const Entity *entity = findEntity(entities, person);
    QVERIFY2(entity, qPrintable(describe(article, entities)));
    QCOMPARE(Entity::typeName(entity->type), u"PER"_s);
    QVERIFY2(!entity->roles.isEmpty(), qPrintable(describe(article, entities)));
    QCOMPARE(entity->roles.first().title, title);
    QCOMPARE(entity->roles.first().organisation, organisation);
    QVERIFY(entity->roles.first().span.isValid());
}

void EntityFinderTest::testSameSurnameNotMerged()
{
    const Article article = articleOf(u"Brad Smith, President of Microsoft, met John Smith of the central bank. "
                                      u"Later Smith said nothing."_s);
    const QList<Entity> entities = EntityFinder().find(article);
    const Entity *brad = findEntity(entities, u"Brad Smith"_s);
    const Entity *john = findEntity(entities, u"John Smith"_s);
    QVERIFY2(brad && john, qPrintable(describe(article, entities)));
    QCOMPARE(brad->mentions.size(), 1);
    QCOMPARE(john->mentions.size(), 1);

    // With only one Smith, the bare surname joins him.
    const Article single = articleOf(u"Brad Smith, President of Microsoft, spoke. Later Smith said nothing."_s);
    const QList<Entity> singleEntities = EntityFinder().find(single);
    const Entity *only = findEntity(singleEntities, u"Brad Smith"_s);
    QVERIFY(only);
    QCOMPARE(mentionTexts(single, *only), (QStringList{u"Brad Smith"_s, u"Smith"_s}));
}

void EntityFinderTest::testReferences()
{
    const Article article = articleOf(u"Microsoft confirmed the deal with OpenAI. The company said it would invest "
                                      u"more in the startup."_s);
    const QList<Entity> entities = EntityFinder().find(article);
    const Entity *microsoft = findEntity(entities, u"Microsoft"_s);
    QVERIFY(microsoft);
    QCOMPARE(microsoft->references.size(), 1);
    QCOMPARE(article.textOf(microsoft->references.first()), u"The company"_s);

    // "the bank chief" is a person, not the bank.
    const Article chief = articleOf(u"Barclays cut rates. The bank chief said more cuts may follow."_s);
    const QList<Entity> chiefEntities = EntityFinder().find(chief);
    const Entity *barclays = findEntity(chiefEntities, u"Barclays"_s);
    QVERIFY(barclays);
    QVERIFY(barclays->references.isEmpty());
}

void EntityFinderTest::testBoilerplateSkipped()
{
    const Article article =
        articleOf(u"Microsoft signed the deal on Monday, the company said in a statement to investors.\n"
                  u"\u00A9 2024 Contoso Herald Ltd. All rights reserved."_s);
    const QList<Entity> entities = EntityFinder().find(article);
    QVERIFY(findEntity(entities, u"Microsoft"_s));
    QVERIFY2(!findEntity(entities, u"Contoso Herald"_s), qPrintable(describe(article, entities)));
}

void EntityFinderTest::testSampleArticle()
{
    const auto result =
        ArticleReader().read(CorpusLoader::sampleCorpusPath() + u"/microsoft-mistral-partnership.txt"_s);
    QVERIFY(result.article);
    const Article &article = *result.article;
    const QList<Entity> entities = EntityFinder().find(article);

    const Entity *microsoft = findEntity(entities, u"Microsoft"_s);
    QVERIFY(microsoft);
    QVERIFY(mentionTexts(article, *microsoft).contains(u"MS"_s));
    const Entity *mensch = findEntity(entities, u"Arthur Mensch"_s);
    QVERIFY(mensch);
    QVERIFY(!mensch->roles.isEmpty());
    QCOMPARE(mensch->roles.first().title, u"CEO"_s);
    QCOMPARE(mensch->roles.first().organisation, u"Mistral AI"_s);
    const Entity *smith = findEntity(entities, u"Brad Smith"_s);
    QVERIFY(smith);
    QCOMPARE(smith->roles.first().organisation, u"Microsoft"_s);
    QVERIFY(findEntity(entities, u"TechCrunch"_s));
    QCOMPARE(findEntity(entities, u"The Associated Press"_s)->type, Entity::Type::Media);
    // The "Hot Picks Today" headline block is boilerplate.
    for (const Entity &e : entities) {
        for (const TextSpan &m : e.mentions) {
            QVERIFY(!article.isBoilerplate(m));
        }
    }
    for (const QString &junk : {u"Accordingly"_s, u"Unlike"_s, u"This"_s, u"AI"_s, u"LLMs"_s, u"R&D"_s}) {
        QVERIFY2(!findEntity(entities, junk), qPrintable(junk));
    }
}

void EntityFinderTest::testMeantimeDev()
{
    // Named mentions of the MEANTIME development articles: a found mention counts when it overlaps a gold named
    // mention of a compatible type (MEDIA is an ORG there, PRO a PRODUCT). Financial indices (FIN) have no type
    // here and count neither way.
    const QDir dir(QStringLiteral(NEWSLINE_TEST_DATA) + u"/meantime-dev"_s);
    const QStringList golds = dir.entryList({u"*.gold.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(!golds.isEmpty());
    int goldCount = 0;
    int goldFound = 0;
    int foundCount = 0;
    int foundRight = 0;
    int exact = 0;
    int entityCount = 0;
    int entityCorrect = 0;
    // Set NEWSLINE_EVAL_VERBOSE to list every false and missed mention.
    const bool verbose = qEnvironmentVariableIsSet("NEWSLINE_EVAL_VERBOSE");
    for (const QString &goldName : golds) {
        QFile file(dir.filePath(goldName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(file.readAll()).object();
        const QString text = gold.value("text"_L1).toString();
        const auto result = ArticleReader().read(dir.filePath(QString(goldName).replace(u".gold.json"_s, u".txt"_s)));
        QVERIFY(result.article);
        QCOMPARE(result.article->text, text);
        const QList<Entity> entities = EntityFinder().find(*result.article);

        struct GoldMention
        {
            TextSpan span;
            QString type;
        };
        QList<GoldMention> named;
        QList<TextSpan> indices;
        for (const QJsonValue &v : gold.value("entities"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value("named"_L1).toBool()) {
                continue;
            }
            const TextSpan span{o.value("start"_L1).toInt(), o.value("end"_L1).toInt()};
            QString type = o.value("type"_L1).toString();
            if (type == "FIN"_L1) {
                indices.append(span);
                continue;
            }
            named.append({span, type == "PRO"_L1 ? u"PRODUCT"_s : type});
        }
        const auto compatible = [](const QString &goldType, Entity::Type type) {
            const QString name = Entity::typeName(type);
            return name == goldType || (goldType == "ORG"_L1 && name == "MEDIA"_L1);
        };
        QList<bool> matched(named.size(), false);
        for (const Entity &e : entities) {
            bool entityRight = false;
            bool entityNeutral = false;
            for (const TextSpan &m : e.mentions) {
                bool right = false;
                bool neutral = false;
                for (int g = 0; g < named.size(); ++g) {
                    if (named[g].span.overlaps(m) && compatible(named[g].type, e.type)) {
                        right = true;
                        matched[g] = true;
                        exact += named[g].span == m ? 1 : 0;
                    }
                }
                for (const TextSpan &index : std::as_const(indices)) {
                    neutral = neutral || index.overlaps(m);
                }
                if (!right && !neutral && verbose) {
                    qInfo("false %s %s", qPrintable(Entity::typeName(e.type)),
                          qPrintable(result.article->textOf(m).toString()));
                }
                if (right || !neutral) {
                    ++foundCount;
                    foundRight += right ? 1 : 0;
                }
                entityRight = entityRight || right;
                entityNeutral = entityNeutral || neutral;
            }
            if (entityRight || !entityNeutral) {
                ++entityCount;
                entityCorrect += entityRight ? 1 : 0;
            }
        }
        for (int g = 0; g < named.size() && verbose; ++g) {
            if (!matched[g]) {
                qInfo("missed %s %s", qPrintable(named[g].type),
                      qPrintable(text.mid(named[g].span.start, named[g].span.length())));
            }
        }
        goldCount += int(named.size());
        goldFound += int(std::count(matched.cbegin(), matched.cend(), true));
    }
    const double precision = foundCount ? double(foundRight) / foundCount : 0.0;
    const double recall = goldCount ? double(goldFound) / goldCount : 0.0;
    // MEANTIME marks only the mentions that take part in its annotated events, so mention precision is a floor;
    // entity precision asks whether each entity found has at least one gold named mention of its type.
    const double entityPrecision = entityCount ? double(entityCorrect) / entityCount : 0.0;
    qInfo("meantime-dev named mentions: precision %.3f (%d/%d), recall %.3f (%d/%d), exact spans %d; "
          "entity precision %.3f (%d/%d)",
          precision, foundRight, foundCount, recall, goldFound, goldCount, exact, entityPrecision, entityCorrect,
          entityCount);
    // Floors a little under the measured figures, so that a regression fails the suite.
    QVERIFY(precision >= 0.26);
    QVERIFY(entityPrecision >= 0.28);
    QVERIFY(recall >= 0.87);
}

QTEST_GUILESS_MAIN(EntityFinderTest)
#include "entityfindertest.moc"
