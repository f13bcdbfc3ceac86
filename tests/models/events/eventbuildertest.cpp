#include "eventbuilder.h"
#include "articlereader.h"
#include "corpusloader.h"
#include "eventmerger.h"
#include "eventsummary.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

class EventBuilderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSentences_data();
    void testSentences();
    void testNoEvent_data();
    void testNoEvent();
    void testDealSentences_data();
    void testDealSentences();
    void testDealNoEvent_data();
    void testDealNoEvent();
    void testBoilerplateGivesNoEvent();
    void testSalience_data();
    void testSalience();
    void testAmountText_data();
    void testAmountText();
    void testDealFollowUps_data();
    void testDealFollowUps();
    void testDealAmountsAndDates_data();
    void testDealAmountsAndDates();
    void testMergeWindow_data();
    void testMergeWindow();
    void testSampleCorpus();
    void testSampleCorpusPipeline();
    void testDealArticlesPipeline();
    void testReportCorpus();
    void testLanes();
    void testMergeScalesLinearly();
};

namespace {

struct Known
{
    QString name;
    Entity::Type type;
    QStringList aliases;
};

// A small gazetteer standing in for the entity finder, so these tests check events alone.
const QList<Known> &gazetteer()
{
    using T = Entity::Type;
    static const QList<Known> known{
        {u"Microsoft"_s, T::Organisation, {u"Microsoft"_s, u"MS"_s}},
        {u"OpenAI"_s, T::Organisation, {u"OpenAI"_s}},
        {u"Mistral AI"_s, T::Organisation, {u"MistralAI"_s, u"Mistral AI"_s}},
        {u"Google"_s, T::Organisation, {u"Google"_s}},
        {u"Google Cloud"_s, T::Organisation, {u"Google Cloud"_s}},
        {u"Amazon Web Services"_s, T::Organisation, {u"Amazon Web Services"_s}},
        {u"Meta Platforms"_s, T::Organisation, {u"Meta Platforms"_s}},
        {u"Intel"_s, T::Organisation, {u"Intel"_s}},
        {u"AMD"_s, T::Organisation, {u"AMD"_s}},
        {u"Anthropic"_s, T::Organisation, {u"Anthropic"_s}},
        {u"European Union"_s, T::Organisation, {u"European Union"_s, u"EU"_s}},
        {u"Globex"_s, T::Organisation, {u"Globex"_s}},
        {u"Initech"_s, T::Organisation, {u"Initech"_s}},
        {u"Hooli"_s, T::Organisation, {u"Hooli"_s}},
        {u"Acme"_s, T::Organisation, {u"Acme"_s}},
        {u"Best Buy"_s, T::Organisation, {u"Best Buy"_s}},
        {u"Radio Shack"_s, T::Organisation, {u"Radio Shack"_s}},
        {u"Dreman Value Management"_s, T::Organisation, {u"Dreman Value Management"_s}},
        {u"David Dreman"_s, T::Person, {u"David Dreman"_s}},
        {u"IBM"_s, T::Organisation, {u"IBM"_s}},
        {u"Motorola"_s, T::Organisation, {u"Motorola"_s}},
        {u"Tim Cook"_s, T::Person, {u"Tim Cook"_s}},
        {u"Umbrella"_s, T::Organisation, {u"Umbrella"_s}},
        {u"Pied Piper"_s, T::Organisation, {u"Pied Piper"_s}},
        {u"Cyberdyne"_s, T::Organisation, {u"Cyberdyne"_s}},
        {u"Tyrell"_s, T::Organisation, {u"Tyrell"_s}},
        {u"Soylent"_s, T::Organisation, {u"Soylent"_s}},
        {u"Massive Dynamic"_s, T::Organisation, {u"Massive Dynamic"_s}},
        {u"Wonka"_s, T::Organisation, {u"Wonka"_s}},
        {u"Oscorp"_s, T::Organisation, {u"Oscorp"_s}},
        {u"Vandelay Industries"_s, T::Organisation, {u"Vandelay Industries"_s}},
        {u"Vandelay"_s, T::Organisation, {u"Vandelay"_s}},
        {u"Sequoia Capital"_s, T::Organisation, {u"Sequoia Capital"_s}},
        {u"Andreessen Horowitz"_s, T::Organisation, {u"Andreessen Horowitz"_s}},
        {u"SoftBank"_s, T::Organisation, {u"SoftBank"_s}},
        {u"Arthur Mensch"_s, T::Person, {u"Arthur Mensch"_s}},
        {u"Brad Smith"_s, T::Person, {u"Brad Smith"_s}},
        {u"Sam Altman"_s, T::Person, {u"Sam Altman"_s}},
        {u"Jane Roe"_s, T::Person, {u"Jane Roe"_s}},
        {u"Le Chat"_s, T::Product, {u"Le Chat"_s}},
        {u"ChatGPT"_s, T::Product, {u"ChatGPT"_s}},
        {u"Azure"_s, T::Product, {u"Azure"_s}},
        {u"Spark"_s, T::Product, {u"Spark"_s}},
        {u"Widget"_s, T::Product, {u"Widget"_s}},
        {u"Maritime Securities Commission"_s, T::Organisation, {u"Maritime Securities Commission"_s}},
        {u"Department of Shipping"_s, T::Organisation, {u"Department of Shipping"_s}},
        {u"Ruritanian Trade Ministry"_s, T::Organisation, {u"Ruritanian Trade Ministry"_s}},
        {u"Bank of Ruritania"_s, T::Organisation, {u"Bank of Ruritania"_s}},
        {u"Ruritania"_s, T::Organisation, {u"Ruritania"_s}},
        {u"Germany"_s, T::Location, {u"Germany"_s}},
        {u"Spain"_s, T::Location, {u"Spain"_s}},
        {u"Lisbon"_s, T::Location, {u"Lisbon"_s}},
        {u"The Associated Press"_s, T::Media, {u"The Associated Press"_s}},
        {u"TechCrunch"_s, T::Media, {u"TechCrunch"_s}},
    };
    return known;
}

void addEntities(Article &a)
{
    QList<TextSpan> taken;
    for (const Known &k : gazetteer()) {
        Entity e;
        e.name = k.name;
        e.type = k.type;
        for (const QString &alias : k.aliases) {
            const QRegularExpression re(u"(?<![\\w])"_s + QRegularExpression::escape(alias) + u"(?![\\w])"_s);
            for (auto it = re.globalMatch(a.text); it.hasNext();) {
                const auto m = it.next();
                const TextSpan span{int(m.capturedStart()), int(m.capturedEnd())};
                if (std::none_of(taken.cbegin(), taken.cend(), [&](const TextSpan &t) { return t.overlaps(span); })) {
                    e.mentions.append(span);
                    taken.append(span);
                }
            }
        }
        if (!e.mentions.isEmpty()) {
            std::sort(e.mentions.begin(), e.mentions.end(),
                      [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
            a.entities.append(e);
        }
    }
}

// Annotations standing in for the date and money finders: "t:On the 26th=2024-02-26",
// "m:$1 billion=1000000000 USD investment", "m:$42=42 USD price share" for a price of one share (every occurrence of
// the text is annotated).
void annotate(Article &a, const QStringList &annotations)
{
    for (const QString &note : annotations) {
        const QString body = note.mid(2);
        const QString text = body.section(u'=', 0, 0);
        const QString value = body.section(u'=', 1);
        for (qsizetype at = a.text.indexOf(text); at >= 0; at = a.text.indexOf(text, at + text.size())) {
            if (note.startsWith("t:"_L1)) {
                Timex t{int(at), int(at + text.size()), text, Timex::Type::Date};
                t.setValue(value);
                a.timexes.append(t);
            } else {
                const QStringList parts = value.split(u' ');
                MoneyFigure f;
                f.start = int(at);
                f.end = int(at + text.size());
                f.text = text;
                f.amount = Decimal::fromString(parts.value(0));
                f.currency = parts.value(1);
                f.kind = MoneyFigure::kindFromName(parts.value(2));
                // "m:$42=42 USD price share": the price of one share.
                f.per = parts.value(3);
                if (f.currency == "USD"_L1) {
                    f.usd = f.amount;
                }
                a.figures.append(f);
            }
        }
    }
    std::sort(a.timexes.begin(), a.timexes.end(), [](const Timex &x, const Timex &y) { return x.start < y.start; });
    std::sort(a.figures.begin(), a.figures.end(),
              [](const MoneyFigure &x, const MoneyFigure &y) { return x.start < y.start; });
}

Article articleOf(const QString &text, const QDate &published, const QStringList &annotations)
{
    auto result = ArticleReader().parse(text.toUtf8(), u"t.txt"_s);
    Q_ASSERT(result.article);
    Article a = *result.article;
    a.published = published;
    addEntities(a);
    annotate(a, annotations);
    return a;
}

// "type|date|basis|actors|summary|sources", what a reader of the timeline sees of an event.
QString describe(const Event &e)
{
    return QStringList{Event::typeName(e.type), e.dateText(), Event::dateBasisName(e.dateBasis),
                       e.actors.join(u','),     e.summary,    QString::number(e.sources.size())}
        .join(u'|');
}

QStringList describeAll(const QList<Event> &events)
{
    QStringList lines;
    for (const Event &e : events) {
        lines.append(describe(e));
    }
    return lines;
}

const QDate published(2025, 3, 10);

// The events the sample corpus must give, as "type|date|basis|actors|summary|" prefixes.
QStringList sampleEvents()
{
    return {
        u"investment|2019-07-22|published|Microsoft,OpenAI|Microsoft invests $1 billion in OpenAI|"_s,
        u"partnership|2019-07-22|published|Microsoft,OpenAI|Microsoft partners with OpenAI|"_s,
        u"founding|2023|text|Mistral AI,Arthur Mensch|Mistral AI founded by Arthur Mensch|"_s,
        u"partnership|2024-02-26|text|Microsoft,Mistral AI|Microsoft partners with Mistral AI|"_s,
        u"launch|2024-02-26|text|Mistral AI|Mistral AI launches Le Chat|"_s,
        u"valuation|2024-02-26|text|Mistral AI|Mistral AI valued at \u20AC2 billion|"_s,
        u"investment|2024-02-27|published|Microsoft,Mistral AI|Microsoft invests in Mistral AI|"_s,
        u"investment|2024-02-27|published|Microsoft|Microsoft invests $5.6 billion in Germany and Spain (before "
        u"2024-02-27)|"_s,
        u"investment|2024-02-27|published|Microsoft,OpenAI|Microsoft's investment in OpenAI totals $13 billion (as of "
        u"2024-02-27)|"_s,
    };
}

} // namespace

void EventBuilderTest::testSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QStringList>("expected");

    const QString usd50m = u"m:$50 million=50000000 USD investment"_s;
    QTest::newRow("investment-amount-date")
        << u"Acme invested $50 million in Umbrella on March 3."_s << QStringList{usd50m, u"t:March 3=2025-03-03"_s}
        << QStringList{u"investment|2025-03-03|text|Acme,Umbrella|Acme invests $50 million in Umbrella|1"_s};
    QTest::newRow("investment-relative-clause")
        << u"Microsoft (MS), which invested in ChatGPT developer OpenAI, is rapidly expanding its investments."_s
        << QStringList{}
        << QStringList{u"investment|2025-03-10|published|Microsoft,OpenAI|Microsoft invests in OpenAI|1"_s};
    QTest::newRow("investment-injects-into")
        << u"Microsoft injects one billion dollars into OpenAI and becomes its exclusive cloud provider."_s
        << QStringList{u"m:one billion dollars=1000000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Microsoft,OpenAI|Microsoft invests $1 billion in OpenAI|1"_s,
                       u"partnership|2025-03-10|published|Microsoft,OpenAI|Microsoft partners with OpenAI|1"_s};
    QTest::newRow("investment-announced-no-announcement")
        << u"Microsoft has announced a $1 billion investment in OpenAI."_s
        << QStringList{u"m:$1 billion=1000000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Microsoft,OpenAI|Microsoft invests $1 billion in OpenAI|1"_s};
    QTest::newRow("investment-its-possessive")
        << u"Globex is under pressure from regulators in Europe regarding its $13 billion investment in Initech."_s
        << QStringList{u"m:$13 billion=13000000000 USD investment"_s}
        << QStringList{u"regulatory|2025-03-10|published|Globex|Regulatory action involving Globex|1"_s,
                       u"investment|2025-03-10|published|Globex,Initech|Globex's investment in Initech totals $13 "
                       u"billion (as of 2025-03-10)|1"_s};
    QTest::newRow("investment-recently-places")
        << u"Prior to the partnership with Umbrella, Acme recently announced a new data center investment plan worth "
           u"$5.6 billion in Germany and Spain."_s
        << QStringList{u"m:$5.6 billion=5600000000 USD investment"_s, u"t:recently=PAST_REF"_s}
        << QStringList{u"investment|2025-03-10|published|Acme|Acme invests $5.6 billion in Germany and Spain "
                       u"(before 2025-03-10)|1"_s};
    QTest::newRow("investment-small-undisclosed")
        << u"Acme confirmed that it made a small investment in Umbrella but does not yet hold any shares."_s
        << QStringList{} << QStringList{u"investment|2025-03-10|published|Acme,Umbrella|Acme invests in Umbrella|1"_s};
    QTest::newRow("partnership-pronoun-previous-subject")
        << u"Acme reported strong sales. This time, it has partnered with Umbrella."_s << QStringList{}
        << QStringList{u"partnership|2025-03-10|published|Acme,Umbrella|Acme partners with Umbrella|1"_s};
    QTest::newRow("partnership-between")
        << u"The partnership between Globex and Hooli could reduce costs for both."_s << QStringList{}
        << QStringList{u"partnership|2025-03-10|published|Globex,Hooli|Globex partners with Hooli|1"_s};
    QTest::newRow("partnership-we-in-quote")
        << u"On the 3rd (local time), Acme announced in a statement, \"We are announcing a multi-year partnership "
           u"with Umbrella, a leader in the field.\""_s
        << QStringList{u"t:On the 3rd=2025-03-03"_s}
        << QStringList{u"partnership|2025-03-03|text|Acme,Umbrella|Acme partners with Umbrella|1"_s};
    QTest::newRow("partnership-two-companies-merged")
        << u"Acme partnered with Umbrella on Monday. Additionally, the two companies agreed to collaborate on "
           u"research."_s
        << QStringList{u"t:Monday=2025-03-03"_s}
        << QStringList{u"partnership|2025-03-03|text|Acme,Umbrella|Acme partners with Umbrella|2"_s};
    QTest::newRow("partnership-subject-before-relative")
        << u"Globex, which invested $1 billion in Initech in 2021, partnered with Hooli on Monday."_s
        << QStringList{u"m:$1 billion=1000000000 USD investment"_s, u"t:2021=2021"_s, u"t:Monday=2025-03-03"_s}
        << QStringList{u"investment|2021|text|Globex,Initech|Globex invests $1 billion in Initech|1"_s,
                       u"partnership|2025-03-03|text|Globex,Hooli|Globex partners with Hooli|1"_s};
    QTest::newRow("valuation-leading-participle")
        << u"Valued at 2 billion euros, Hooli is a young startup founded last year by Jane Roe, formerly at "
           u"Google, along with two researchers from Meta Platforms."_s
        << QStringList{u"m:2 billion euros=2000000000 EUR valuation"_s, u"t:last year=2024"_s}
        << QStringList{u"founding|2024|text|Hooli,Jane Roe|Hooli founded by Jane Roe|1"_s,
                       u"valuation|2025-03-10|published|Hooli|Hooli valued at \u20AC2 billion|1"_s};
    QTest::newRow("valuation-apposition")
        << u"Hooli, valued at $3 billion, hired 100 engineers."_s
        << QStringList{u"m:$3 billion=3000000000 USD valuation"_s}
        << QStringList{u"valuation|2025-03-10|published|Hooli|Hooli valued at $3 billion|1"_s};
    QTest::newRow("founding-passive-by") << u"Initech was founded in 2019 by Jane Roe."_s
                                         << QStringList{u"t:2019=2019"_s}
                                         << QStringList{
                                                u"founding|2019|text|Initech,Jane Roe|Initech founded by Jane Roe|1"_s};
    QTest::newRow("founding-active") << u"Jane Roe founded Initech in 2019."_s << QStringList{u"t:2019=2019"_s}
                                     << QStringList{
                                            u"founding|2019|text|Initech,Jane Roe|Initech founded by Jane Roe|1"_s};
    QTest::newRow("launch-product-apposition")
        << u"Hooli launched its own chatbot, Spark, on Friday, which works like ChatGPT."_s
        << QStringList{u"t:Friday=2025-03-07"_s}
        << QStringList{u"launch|2025-03-07|text|Hooli|Hooli launches Spark|1"_s};
    QTest::newRow("launch-same-day")
        << u"On the 26th, Acme announced a partnership with Umbrella.\nThe deal is large.\nOn the same day, "
           u"Umbrella also launched its own chatbot, Spark, which has functions similar to ChatGPT."_s
        << QStringList{u"t:On the 26th=2025-02-26"_s}
        << QStringList{u"partnership|2025-02-26|text|Acme,Umbrella|Acme partners with Umbrella|1"_s,
                       u"launch|2025-02-26|text|Umbrella|Umbrella launches Spark|1"_s};
    QTest::newRow("launch-without-product-name")
        << u"Umbrella unveiled a new delivery drone on Friday."_s << QStringList{u"t:Friday=2025-03-07"_s}
        << QStringList{u"launch|2025-03-07|text|Umbrella|Umbrella launches delivery drone|1"_s};
    QTest::newRow("acquisition-price-month")
        << u"Globex acquired Initech for $400 million in January."_s
        << QStringList{u"m:$400 million=400000000 USD price"_s, u"t:January=2025-01"_s}
        << QStringList{u"acquisition|2025-01|text|Globex,Initech|Globex acquires Initech for $400 million|1"_s};
    QTest::newRow("regulatory-fine")
        << u"EU regulators fined Globex $500 million on Monday."_s
        << QStringList{u"m:$500 million=500000000 USD fine"_s, u"t:Monday=2025-03-03"_s}
        << QStringList{u"regulatory|2025-03-03|text|European Union,Globex|Regulatory action involving European "
                       u"Union and Globex ($500 million fine)|1"_s};
    QTest::newRow("announcement-alone") << u"Globex announced a new logo on Monday."_s
                                        << QStringList{u"t:Monday=2025-03-03"_s}
                                        << QStringList{
                                               u"announcement|2025-03-03|text|Globex|Announcement by Globex|1"_s};
    QTest::newRow("paragraph-date-governs")
        << u"On March 3, Globex held its annual meeting. Globex partnered with Hooli."_s
        << QStringList{u"t:On March 3=2025-03-03"_s}
        << QStringList{u"partnership|2025-03-03|text|Globex,Hooli|Globex partners with Hooli|1"_s};
    QTest::newRow("same-investment-repeated-in-article")
        << u"Microsoft injects one billion dollars into OpenAI.\nMicrosoft has announced a $1 billion investment in "
           u"OpenAI.\nThe injected billion dollars is intended to fund research."_s
        << QStringList{u"m:one billion dollars=1000000000 USD investment"_s,
                       u"m:$1 billion=1000000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Microsoft,OpenAI|Microsoft invests $1 billion in OpenAI|2"_s};
    QTest::newRow("acquisition-passive-by")
        << u"Initech was acquired by Globex in January."_s << QStringList{u"t:January=2025-01"_s}
        << QStringList{u"acquisition|2025-01|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("launch-passive-by") << u"The Spark chatbot was released by Hooli on Friday."_s
                                       << QStringList{u"t:Friday=2025-03-07"_s}
                                       << QStringList{u"launch|2025-03-07|text|Hooli|Hooli launches Spark|1"_s};
    QTest::newRow("launch-noun-of") << u"Hooli celebrated the launch of Spark on Friday."_s
                                    << QStringList{u"t:Friday=2025-03-07"_s}
                                    << QStringList{u"launch|2025-03-07|text|Hooli|Hooli launches Spark|1"_s};
    QTest::newRow("announcement-names-product")
        << u"Globex announced its Spark chip on Monday."_s << QStringList{u"t:Monday=2025-03-03"_s}
        << QStringList{u"announcement|2025-03-03|text|Globex|Globex announces Spark|1"_s};
    QTest::newRow("speaker-not-actor")
        << u"Jane Roe said Globex invested $20 million in Hooli."_s
        << QStringList{u"m:$20 million=20000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Globex,Hooli|Globex invests $20 million in Hooli|1"_s};
}

void EventBuilderTest::testSentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QFETCH(QStringList, expected);
    const QList<Event> events = EventBuilder().build({articleOf(text, published, annotations)});
    QCOMPARE(describeAll(events).join(u'\n'), expected.join(u'\n'));
    for (const Event &e : events) {
        for (const SourceRef &s : e.sources) {
            QVERIFY(s.start >= 0 && s.end > s.start);
        }
    }
}

void EventBuilderTest::testNoEvent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");

    QTest::newRow("count-is-not-money")
        << u"MS is currently running 1,600 AI models in its data centers, of which 1,500 "
           u"are based on open source."_s
        << QStringList{u"t:currently=PRESENT_REF"_s};
    QTest::newRow("whether-would-invest")
        << u"Regarding whether MS would invest in a semiconductor venture led by OpenAI CEO Sam Altman in "
           u"partnership with Middle Eastern investors, he responded, \"It is too early to answer.\""_s
        << QStringList{};
    QTest::newRow("expected-to") << u"Globex is expected to invest $1 billion in Hooli soon."_s
                                 << QStringList{u"m:$1 billion=1000000000 USD investment"_s};
    QTest::newRow("could-help") << u"TechCrunch analyzed, \"The strategy could also help with regulatory "
                                   u"investigations into Globex.\""_s
                                << QStringList{};
    QTest::newRow("denied") << u"Globex denied that it had invested in Hooli."_s << QStringList{};
    QTest::newRow("if-acquire") << u"Analysts asked if Globex might acquire Hooli this year."_s << QStringList{};
    QTest::newRow("plan-without-target")
        << u"He also mentioned that MS plans to invest in producing its own semiconductors, similar to Intel and "
           u"AMD."_s
        << QStringList{};
    QTest::newRow("anaphoric-partnership") << u"This strategic partnership aims to accelerate the development of "
                                              u"supercomputers."_s
                                           << QStringList{};
    QTest::newRow("undisclosed-scale") << u"The exact scale of MS's investment has not been disclosed."_s
                                       << QStringList{};
    QTest::newRow("similar-to-past-investment")
        << u"However, outlets reported that MS is expected to secure shares in MistralAI soon, similar to its "
           u"investment in OpenAI."_s
        << QStringList{};
    QTest::newRow("alliance-against-rivals")
        << u"For Microsoft, this alliance represents a strategic opportunity to strengthen Azure against rivals like "
           u"Amazon Web Services and Google Cloud."_s
        << QStringList{};
    QTest::newRow("set-up-a-lab") << u"Globex also set up a research lab in Lisbon last month."_s
                                  << QStringList{u"t:last month=2025-02"_s};
    QTest::newRow("well-established") << u"Globex is a well-established supplier of chips."_s << QStringList{};
    QTest::newRow("founder-is-a-role") << u"Jane Roe, founder of Initech, said sales rose."_s << QStringList{};
    QTest::newRow("released-a-statement")
        << u"Globex released a statement on Monday."_s << QStringList{u"t:Monday=2025-03-03"_s};
    QTest::newRow("investment-without-parties") << u"The injected billion dollars is intended to fund research."_s
                                                << QStringList{u"m:billion dollars=1000000000 USD investment"_s};
    QTest::newRow("valuation-without-figure") << u"Hooli declined to comment on its valuation."_s << QStringList{};
    QTest::newRow("headline-line") << u"OpenAI Investor Microsoft Accelerates AI Investment\nAnalysts were busy."_s
                                   << QStringList{};
    QTest::newRow("scare-quote-known-as")
        << u"Unlike OpenAI, MistralAI, known as the \"European version of OpenAI,\" is based on open models."_s
        << QStringList{};
    QTest::newRow("trigger-inside-a-name")
        << u"Other retailers, including Best Buy and Radio Shack, did not appear to have the same problems."_s
        << QStringList{};
    QTest::newRow("job-title") << u"\"Banks don't lend,\" said David Dreman, the chief investment officer of Dreman "
                                  u"Value Management."_s
                               << QStringList{};
    QTest::newRow("take-over-as-ceo") << u"Tim Cook was chosen to take over as chief executive of Globex."_s
                                      << QStringList{};
    QTest::newRow("figures-released-by") << u"Sales fell, according to figures released on Friday by Initech."_s
                                         << QStringList{u"t:Friday=2025-03-07"_s};
    QTest::newRow("its-launch-no-product")
        << u"Since its launch, Spark has sold more than 3 million units."_s << QStringList{};
    QTest::newRow("passive-purchase-without-buyer")
        << u"Over five billion apps have been purchased from Globex."_s << QStringList{};
    QTest::newRow("ending-a-partnership")
        << u"Globex will use Initech chips, ending the eleven-year partnership with IBM and Motorola."_s
        << QStringList{};
    QTest::newRow("scheduled-release") << u"Hooli said the Spark update is scheduled for release next summer."_s
                                       << QStringList{};
    QTest::newRow("collaborating-with-unnamed")
        << u"Accordingly, MS expects that by collaborating simultaneously with AI companies, it can reduce costs."_s
        << QStringList{};
}

void EventBuilderTest::testNoEvent()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QCOMPARE(describeAll(EventBuilder().build({articleOf(text, published, annotations)})), QStringList());
}

void EventBuilderTest::testDealSentences_data()
{
    // Deal news in the words of wire services: who bought, invested in or valued whom, when, and for how much.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QStringList>("expected");

    const QString tuesday = u"t:on Tuesday=2025-03-04"_s;
    QTest::newRow("agreed-to-acquire-for-cash")
        << u"Globex agreed to acquire Initech for $1.2 billion in cash, the companies said on Tuesday."_s
        << QStringList{u"m:$1.2 billion=1200000000 USD price"_s, tuesday}
        << QStringList{u"acquisition|2025-03-04|text|Globex,Initech|Globex acquires Initech for $1.2 billion|1"_s};
    QTest::newRow("will-buy") << u"Hooli will buy Pied Piper for $250 million, it said on Monday."_s
                              << QStringList{u"m:$250 million=250000000 USD price"_s, u"t:on Monday=2025-03-10"_s}
                              << QStringList{u"acquisition|2025-03-10|text|Hooli,Pied Piper|Hooli acquires Pied Piper "
                                             u"for $250 million|1"_s};
    QTest::newRow("snapped-up") << u"Acme snapped up Umbrella last month for an undisclosed sum."_s
                                << QStringList{u"t:last month=2025-02"_s}
                                << QStringList{u"acquisition|2025-02|text|Acme,Umbrella|Acme acquires Umbrella|1"_s};
    QTest::newRow("completed-acquisition-of")
        << u"Globex completed its acquisition of Initech on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("deal-valued-at")
        << u"Cyberdyne agreed to buy Tyrell in a deal valued at $4.5 billion, including debt."_s
        << QStringList{u"m:$4.5 billion=4500000000 USD valuation"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Cyberdyne,Tyrell|Cyberdyne acquires Tyrell for $4.5 billion|1"_s};
    QTest::newRow("all-stock-merger")
        << u"Soylent will merge with Massive Dynamic in an all-stock deal worth about $8 billion, the companies "
           u"announced on Wednesday."_s
        << QStringList{u"m:$8 billion=8000000000 USD price"_s, u"t:on Wednesday=2025-03-05"_s}
        << QStringList{u"acquisition|2025-03-05|text|Soylent,Massive Dynamic|Soylent merges with Massive Dynamic ($8 "
                       u"billion deal)|1"_s};
    QTest::newRow("price-a-share-and-total")
        << u"Wonka agreed to buy Oscorp for $42 a share in cash, or about $6 billion."_s
        << QStringList{u"m:$42=42 USD price share"_s, u"m:$6 billion=6000000000 USD price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Wonka,Oscorp|Wonka acquires Oscorp for $6 billion ($42 a share)|1"_s};
    QTest::newRow("bought-by") << u"Initech was bought by Globex in 2023."_s << QStringList{u"t:in 2023=2023"_s}
                               << QStringList{u"acquisition|2023|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("valuing-the-target")
        << u"Globex agreed on Tuesday to buy Initech, valuing the software maker at about \u20AC3.2 billion."_s
        << QStringList{u"m:\u20AC3.2 billion=3200000000 EUR valuation"_s, tuesday}
        << QStringList{u"acquisition|2025-03-04|text|Globex,Initech|Globex acquires Initech for \u20AC3.2 billion|1"_s};
    QTest::newRow("launched-a-takeover-bid")
        << u"Vandelay Industries launched a $2 billion takeover bid for Acme on Thursday."_s
        << QStringList{u"m:$2 billion=2000000000 USD price"_s, u"t:on Thursday=2025-03-06"_s}
        << QStringList{u"acquisition|2025-03-06|text|Vandelay Industries,Acme|Vandelay Industries acquires Acme for "
                       u"$2 billion|1"_s};
    QTest::newRow("agreed-to-be-acquired")
        << u"Initech agreed to be acquired by Globex for $900 million."_s
        << QStringList{u"m:$900 million=900000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $900 million|1"_s};
    QTest::newRow("possessive-purchase-of")
        << u"Globex's $3 billion purchase of Initech closed on Monday."_s
        << QStringList{u"m:$3 billion=3000000000 USD other"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|text|Globex,Initech|Globex acquires Initech for $3 billion|1"_s};
    QTest::newRow("said-it-had-acquired")
        << u"Globex said on Monday it had acquired Initech, a maker of payroll software, for $80 million."_s
        << QStringList{u"m:$80 million=80000000 USD price"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|text|Globex,Initech|Globex acquires Initech for $80 million|1"_s};
    QTest::newRow("series-b-led-by")
        << u"Pied Piper raised $60 million in a Series B round led by Sequoia Capital."_s
        << QStringList{u"m:$60 million=60000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|Sequoia Capital,Pied Piper|Pied Piper raises $60 million "
                       u"from Sequoia Capital|1"_s};
    QTest::newRow("led-a-funding-round-in")
        << u"Andreessen Horowitz led a $100 million funding round in Hooli, the companies said on Thursday."_s
        << QStringList{u"m:$100 million=100000000 USD funding"_s, u"t:on Thursday=2025-03-06"_s}
        << QStringList{u"investment|2025-03-06|text|Andreessen Horowitz,Hooli|Andreessen Horowitz invests $100 "
                       u"million in Hooli|1"_s};
    QTest::newRow("closed-a-round-led-by")
        << u"Pied Piper closed a $45 million funding round led by Sequoia Capital."_s
        << QStringList{u"m:$45 million=45000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|Sequoia Capital,Pied Piper|Pied Piper raises "
                       u"$45 million from Sequoia Capital|1"_s};
    QTest::newRow("secured-in-funding-from")
        << u"Initech secured $32 million in funding from Hooli."_s
        << QStringList{u"m:$32 million=32000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|Hooli,Initech|Initech raises $32 million "
                       u"from Hooli|1"_s};
    QTest::newRow("received-in-venture-funding-from")
        << u"Globex received $12 million in venture funding from Umbrella."_s
        << QStringList{u"m:$12 million=12000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|Umbrella,Globex|Globex raises $12 million "
                       u"from Umbrella|1"_s};
    QTest::newRow("seed-round-from-two")
        << u"Cyberdyne completed an $18 million seed round from SoftBank and Sequoia Capital."_s
        << QStringList{u"m:$18 million=18000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|SoftBank,Sequoia Capital,Cyberdyne|Cyberdyne raises $18 "
                       u"million from SoftBank and Sequoia Capital|1"_s};
    QTest::newRow("co-led-a-round-in")
        << u"Sequoia Capital co-led a $45 million funding round in Pied Piper on Thursday."_s
        << QStringList{u"m:$45 million=45000000 USD funding"_s, u"t:on Thursday=2025-03-06"_s}
        << QStringList{u"investment|2025-03-06|text|Sequoia Capital,Pied Piper|Sequoia Capital invests $45 "
                       u"million in Pied Piper|1"_s};
    QTest::newRow("agreed-to-be-taken-private-by")
        << u"Initech agreed to be taken private by Globex for $2.3 billion."_s
        << QStringList{u"m:$2.3 billion=2300000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $2.3 billion|1"_s};
    QTest::newRow("take-private-deal")
        << u"Hooli agreed to a $900 million take-private deal for Pied Piper."_s
        << QStringList{u"m:$900 million=900000000 USD price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Hooli,Pied Piper|Hooli acquires Pied Piper for $900 million|1"_s};
    QTest::newRow("joint-venture-to-explore-a-sea")
        << u"Globex and Initech formed a joint venture to explore the North Sea."_s << QStringList{}
        << QStringList{u"partnership|2025-03-10|published|Globex,Initech|Globex partners with Initech|1"_s};
    QTest::newRow("raised-valuing-the-startup")
        << u"Pied Piper raised $300 million in a Series C round, valuing the startup at $5 billion."_s
        << QStringList{u"m:$300 million=300000000 USD funding"_s, u"m:$5 billion=5000000000 USD valuation"_s}
        << QStringList{u"investment|2025-03-10|published|Pied Piper|Pied Piper raises $300 million|1"_s,
                       u"valuation|2025-03-10|published|Pied Piper|Pied Piper valued at $5 billion|1"_s};
    QTest::newRow("raised-from-investors-including")
        << u"Tyrell has raised $45 million from investors including SoftBank."_s
        << QStringList{u"m:$45 million=45000000 USD funding"_s}
        << QStringList{u"investment|2025-03-10|published|SoftBank,Tyrell|Tyrell raises $45 million from SoftBank|1"_s};
    QTest::newRow("post-money-valuation")
        << u"The funding gives Hooli a post-money valuation of $1.5 billion."_s
        << QStringList{u"m:$1.5 billion=1500000000 USD valuation"_s}
        << QStringList{u"valuation|2025-03-10|published|Hooli|Hooli valued at $1.5 billion|1"_s};
    QTest::newRow("invested-in-latest-round")
        << u"SoftBank invested $500 million in Cyberdyne's latest funding round."_s
        << QStringList{u"m:$500 million=500000000 USD investment"_s}
        << QStringList{
               u"investment|2025-03-10|published|SoftBank,Cyberdyne|SoftBank invests $500 million in Cyberdyne|1"_s};
    QTest::newRow("round-values")
        << u"The round values Cyberdyne at $20 billion."_s << QStringList{u"m:$20 billion=20000000000 USD valuation"_s}
        << QStringList{u"valuation|2025-03-10|published|Cyberdyne|Cyberdyne valued at $20 billion|1"_s};
    QTest::newRow("now-valued-at") << u"Hooli is now valued at $2 billion after the deal."_s
                                   << QStringList{u"m:$2 billion=2000000000 USD valuation"_s, u"t:now=PRESENT_REF"_s}
                                   << QStringList{
                                          u"valuation|2025-03-10|published|Hooli|Hooli valued at $2 billion|1"_s};
    QTest::newRow("valued-last-year-per-sources")
        << u"Initech was valued at $900 million in a funding round last year, according to people familiar with the "
           u"matter."_s
        << QStringList{u"m:$900 million=900000000 USD valuation"_s, u"t:last year=2024"_s}
        << QStringList{u"valuation|2024|text|Initech|Initech valued at $900 million|1"_s};
    QTest::newRow("valuation-possessive")
        << u"Investors put Acme's valuation at $7 billion."_s << QStringList{u"m:$7 billion=7000000000 USD valuation"_s}
        << QStringList{u"valuation|2025-03-10|published|Acme|Acme valued at $7 billion|1"_s};
    QTest::newRow("took-a-stake")
        << u"Globex took a 10% stake in Initech for $150 million on Wednesday."_s
        << QStringList{u"m:$150 million=150000000 USD investment"_s, u"t:on Wednesday=2025-03-05"_s}
        << QStringList{u"investment|2025-03-05|text|Globex,Initech|Globex invests $150 million in Initech|1"_s};
    QTest::newRow("bought-a-minority-stake")
        << u"Acme bought a minority stake in Umbrella last week."_s << QStringList{u"t:last week=2025-W10"_s}
        << QStringList{u"investment|2025-W10|text|Acme,Umbrella|Acme invests in Umbrella|1"_s};
    QTest::newRow("sold-a-stake-to")
        << u"Umbrella sold a 20% stake to Globex for $400 million."_s
        << QStringList{u"m:$400 million=400000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Globex,Umbrella|Globex invests $400 million in Umbrella|1"_s};
    QTest::newRow("signed-a-partnership")
        << u"Globex and Initech signed a partnership to develop chips, the companies said on Monday."_s
        << QStringList{u"t:on Monday=2025-03-10"_s}
        << QStringList{u"partnership|2025-03-10|text|Globex,Initech|Globex partners with Initech|1"_s};
    QTest::newRow("joint-venture-with-figure")
        << u"Cyberdyne and Tyrell formed a $500 million joint venture on Friday."_s
        << QStringList{u"m:$500 million=500000000 USD other"_s, u"t:on Friday=2025-03-07"_s}
        << QStringList{u"partnership|2025-03-07|text|Cyberdyne,Tyrell|Cyberdyne partners with Tyrell|1"_s};
    QTest::newRow("teamed-up-with") << u"Hooli has teamed up with Acme to sell its software in Europe."_s
                                    << QStringList{}
                                    << QStringList{
                                           u"partnership|2025-03-10|published|Hooli,Acme|Hooli partners with Acme|1"_s};
    QTest::newRow("founded-leading-participle")
        << u"Founded in 2016, Tyrell makes robots for warehouses."_s << QStringList{u"t:in 2016=2016"_s}
        << QStringList{u"founding|2016|text|Tyrell|Tyrell founded|1"_s};
    QTest::newRow("launched-product-apposition")
        << u"Hooli launched Spark, a chatbot for banks, on Tuesday."_s << QStringList{tuesday}
        << QStringList{u"launch|2025-03-04|text|Hooli|Hooli launches Spark|1"_s};
    QTest::newRow("said-it-would-acquire")
        << u"Globex said on Monday it would acquire Initech for $2.1 billion in cash."_s
        << QStringList{u"m:$2.1 billion=2100000000 USD price"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|text|Globex,Initech|Globex acquires Initech for $2.1 billion|1"_s};
    QTest::newRow("purchase-of-rival")
        << u"Globex completed its $850 million purchase of rival Initech on Thursday."_s
        << QStringList{u"m:$850 million=850000000 USD other"_s, u"t:on Thursday=2025-03-06"_s}
        << QStringList{u"acquisition|2025-03-06|text|Globex,Initech|Globex acquires Initech for $850 million|1"_s};
    QTest::newRow("taken-over-by") << u"Initech agreed to be taken over by Globex on Friday."_s
                                   << QStringList{u"t:on Friday=2025-03-07"_s}
                                   << QStringList{
                                          u"acquisition|2025-03-07|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("agreed-to-merge")
        << u"Hooli and Acme agreed to merge in an all-stock deal, the companies said on Friday."_s
        << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Hooli,Acme|Hooli merges with Acme|1"_s};
    QTest::newRow("said-on-day-dates-every-event")
        << u"Pied Piper raised $60 million from Sequoia Capital, valuing it at $400 million, the company said on "
           u"Tuesday."_s
        << QStringList{u"m:$60 million=60000000 USD funding"_s, u"m:$400 million=400000000 USD valuation"_s,
                       u"t:on Tuesday=2025-03-04"_s}
        << QStringList{u"investment|2025-03-04|text|Sequoia Capital,Pied Piper|Pied Piper raises $60 million from "
                       u"Sequoia Capital|1"_s,
                       u"valuation|2025-03-04|text|Pied Piper|Pied Piper valued at $400 million|1"_s};
    QTest::newRow("acquired-after-shares-rose")
        << u"Shares of Initech jumped 20% after Globex agreed to buy the company for $12 a share."_s
        << QStringList{u"m:$12=12 USD price share"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $12 a share|1"_s};
    QTest::newRow("descriptor-next-sentence-is-target")
        << u"Globex agreed to buy Initech on Tuesday. The deal values the startup at $1 billion."_s
        << QStringList{tuesday, u"m:$1 billion=1000000000 USD valuation"_s}
        << QStringList{u"acquisition|2025-03-04|text|Globex,Initech|Globex acquires Initech for $1 billion|2"_s};
    QTest::newRow("deal-which-values-expected-to-close")
        << u"Globex has agreed to acquire Initech. The deal, which values Initech at $3 billion, is expected to close "
           u"next year."_s
        << QStringList{u"m:$3 billion=3000000000 USD valuation"_s, u"t:next year=2026"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $3 billion|2"_s};
    QTest::newRow("invested-in-the-startup")
        << u"Initech makes payroll software for banks. Globex invested $2 billion in the startup on Monday."_s
        << QStringList{u"m:$2 billion=2000000000 USD investment"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"investment|2025-03-10|text|Globex,Initech|Globex invests $2 billion in Initech|1"_s};
    QTest::newRow("figure-of-a-relative-clause")
        << u"Globex, which manages about $90 billion in assets, bought Initech for 1.5 billion euros in 2022."_s
        << QStringList{u"m:$90 billion=90000000000 USD price"_s, u"m:1.5 billion euros=1500000000 EUR price"_s,
                       u"t:in 2022=2022"_s}
        << QStringList{u"acquisition|2022|text|Globex,Initech|Globex acquires Initech for \u20AC1.5 billion|1"_s};
    QTest::newRow("more-than-doubles-its-valuation")
        << u"Pied Piper raised $60 million on Monday.\nThe new funding more than doubles Initech's valuation from "
           u"its last round in 2023, when it was valued at $500 million."_s
        << QStringList{u"m:$60 million=60000000 USD funding"_s, u"m:$500 million=500000000 USD valuation"_s,
                       u"t:on Monday=2025-03-10"_s, u"t:in 2023=2023"_s}
        << QStringList{u"valuation|2023|text|Initech|Initech valued at $500 million|1"_s,
                       u"investment|2025-03-10|text|Pied Piper|Pied Piper raises $60 million|1"_s};
    QTest::newRow("will-make-an-agreed-offer-for")
        << u"Hooli will make an agreed 250 mln stg offer for Acme, the companies said on Tuesday."_s
        << QStringList{u"m:250 mln stg=250000000 GBP price"_s, tuesday}
        << QStringList{u"acquisition|2025-03-04|text|Hooli,Acme|Hooli acquires Acme for \u00A3250 million|1"_s};
    QTest::newRow("agreed-to-sell-most-of-its-stores-to")
        << u"Globex agreed to sell most of its stores to Wonka on Tuesday."_s << QStringList{tuesday}
        << QStringList{u"acquisition|2025-03-04|text|Wonka,Globex|Wonka buys a business of Globex|1"_s};
    QTest::newRow("completed-the-sale-of-its-unit-to")
        << u"Umbrella completed the sale of its Initech unit to Tyrell for 120 mln dlrs."_s
        << QStringList{u"m:120 mln dlrs=120000000 USD price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Tyrell,Initech,Umbrella|Tyrell acquires Initech from Umbrella for $120 million|1"_s};
    QTest::newRow("was-bidding-for-the-shares-of")
        << u"Cyberdyne said it was bidding 410 mln stg for the ordinary shares of Oscorp."_s
        << QStringList{u"m:410 mln stg=410000000 GBP price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Cyberdyne,Oscorp|Cyberdyne acquires Oscorp for \u00A3410 million|1"_s};
    QTest::newRow("launched-a-recommended-offer-for")
        << u"Earlier this week Vandelay Industries launched a recommended offer for Soylent."_s
        << QStringList{u"t:Earlier this week=2025-W11"_s}
        << QStringList{
               u"acquisition|2025-W11|text|Vandelay Industries,Soylent|Vandelay Industries acquires Soylent|1"_s};
    QTest::newRow("received-an-offer-from")
        << u"Initech said it received an unsolicited offer from Globex on Monday."_s
        << QStringList{u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("offer-from-bracketed-name")
        << u"Initech chairman Ann Ruiz said the board will study the unsolicited tender offer from <Globex>."_s
        << QStringList{} << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("was-sold-to") << u"Initech was sold to Hooli last month."_s << QStringList{u"t:last month=2025-02"_s}
                                 << QStringList{u"acquisition|2025-02|text|Hooli,Initech|Hooli acquires Initech|1"_s};
    QTest::newRow("regulator-approved-acquisition-of-by")
        << u"The Maritime Securities Commission approved the acquisition of Acme by Hooli on Friday."_s
        << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Hooli,Acme|Hooli acquires Acme|1"_s};
    QTest::newRow("department-of-approved-acquisition-of-by")
        << u"The Department of Shipping approved the acquisition of Acme by Hooli on Friday."_s
        << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Hooli,Acme|Hooli acquires Acme|1"_s};
    QTest::newRow("ministry-cleared-purchase")
        << u"The Ruritanian Trade Ministry cleared the purchase of Initech by Globex on Friday."_s
        << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("bank-of-stays-a-buyer")
        << u"The Bank of Ruritania acquired Acme on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Bank of Ruritania,Acme|Bank of Ruritania acquires Acme|1"_s};
    QTest::newRow("told-the-commission-it-acquired")
        << u"Globex told the Maritime Securities Commission it has acquired 1.2 mln shares of Initech."_s
        << QStringList{}
        << QStringList{u"investment|2025-03-10|published|Globex,Initech|Globex invests in Initech|1"_s};
    QTest::newRow("sale-to-buyer-of-unit")
        << u"Globex signed an agreement for the sale to Hooli of its Acme unit for $90 million."_s
        << QStringList{u"m:$90 million=90000000 USD price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Hooli,Acme,Globex|Hooli acquires Acme from Globex for $90 million|1"_s};
    QTest::newRow("per-share-bid-for")
        << u"Wonka has bid $31 a share for Oscorp, or about $2 billion."_s
        << QStringList{u"m:$31=31 USD price share"_s, u"m:$2 billion=2000000000 USD price"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Wonka,Oscorp|Wonka acquires Oscorp for $2 billion ($31 a share)|1"_s};
    // Stakes, sellers, payments, rejected and withdrawn offers, stages of one deal.
    QTest::newRow("acquired-shares-is-a-stake")
        << u"Umbrella said it acquired 2.5 mln Initech shares for 30 mln dlrs."_s
        << QStringList{u"m:30 mln dlrs=30000000 USD price"_s}
        << QStringList{u"investment|2025-03-10|published|Umbrella,Initech|Umbrella invests $30 million in Initech|1"_s};
    QTest::newRow("sold-shares-of") << u"Hooli sold 3.1 mln shares of Acme on Monday."_s
                                    << QStringList{u"t:on Monday=2025-03-10"_s}
                                    << QStringList{
                                           u"investment|2025-03-10|text|Acme,Hooli|Hooli sells a stake in Acme|1"_s};
    QTest::newRow("bought-pct-from-seller")
        << u"Tyrell bought 4 pct of Initech from Hooli on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{
               u"investment|2025-03-07|text|Tyrell,Initech,Hooli|Tyrell buys a stake in Initech from Hooli|1"_s};
    QTest::newRow("tender-offer-for-pct-of")
        << u"Wonka is making a tender offer for 22 pct of Oscorp, it said on Tuesday."_s << QStringList{tuesday}
        << QStringList{u"investment|2025-03-04|text|Wonka,Oscorp|Wonka invests in Oscorp|1"_s};
    QTest::newRow("offer-for-all-outstanding-shares")
        << u"Wonka made an offer for all outstanding shares of Oscorp on Tuesday."_s << QStringList{tuesday}
        << QStringList{u"acquisition|2025-03-04|text|Wonka,Oscorp|Wonka acquires Oscorp|1"_s};
    QTest::newRow("will-pay-for-the-business-of")
        << u"Wonka will pay 630 mln dlrs for the candy business of Oscorp."_s
        << QStringList{u"m:630 mln dlrs=630000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Wonka,Oscorp|Wonka acquires Oscorp for $630 million|1"_s};
    QTest::newRow("rejected-possessive-offer")
        << u"Initech said its board rejected Globex's $5 billion takeover offer."_s
        << QStringList{u"m:$5 billion=5000000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $5 billion|1"_s};
    QTest::newRow("withdrew-its-offer")
        << u"Globex withdrew its offer to buy Initech on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("negation-of-another-verb")
        << u"Hooli does not see any problems with its bid for Acme, an adviser said."_s << QStringList{}
        << QStringList{u"acquisition|2025-03-10|published|Hooli,Acme|Hooli acquires Acme|1"_s};
    QTest::newRow("her-bid-for") << u"Jane Roe said her bid for Acme still stands."_s << QStringList{}
                                 << QStringList{
                                        u"acquisition|2025-03-10|published|Jane Roe,Acme|Jane Roe acquires Acme|1"_s};
    QTest::newRow("stages-of-one-offer")
        << u"Last week, Globex made a tender offer for Initech.\nInitech said its board rejected Globex's tender "
           u"offer."_s
        << QStringList{u"t:Last week=2025-W10"_s}
        << QStringList{u"acquisition|2025-W10|text|Globex,Initech|Globex acquires Initech|2"_s};
    QTest::newRow("later-stage-takes-the-buyer")
        << u"Globex agreed to buy Initech on Tuesday.\nThe purchase of Initech, for $90 million, will be effective in "
           u"30 days."_s
        << QStringList{tuesday, u"m:$90 million=90000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-04|text|Globex,Initech|Globex acquires Initech for $90 million|2"_s};
    QTest::newRow("short-name-after-full-name")
        << u"Vandelay Industries bought Acme on Monday.\nVandelay's purchase of Acme was its first."_s
        << QStringList{u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|text|Vandelay Industries,Acme|Vandelay Industries acquires Acme|2"_s};
    QTest::newRow("approval-of-acquisition-of-described-by")
        << u"The Maritime Securities Commission approved the acquisition of Acme, a savings bank, by Hooli."_s
        << QStringList{} << QStringList{u"acquisition|2025-03-10|published|Hooli,Acme|Hooli acquires Acme|1"_s};
    QTest::newRow("stock-which-it-bought-from")
        << u"Globex said it holds 9 pct of Initech's stock, which it bought last week from Hooli for 19 mln dlrs."_s
        << QStringList{u"t:last week=2025-W10"_s, u"m:19 mln dlrs=19000000 USD price"_s}
        << QStringList{
               u"investment|2025-W10|text|Globex,Initech,Hooli|Globex buys a stake in Initech from Hooli for $19 "
               u"million|1"_s};
    QTest::newRow("stake-in-from-seller")
        << u"Tyrell said it acquired a 12.5 pct stake in Initech from Hooli last month."_s
        << QStringList{u"t:last month=2025-02"_s}
        << QStringList{u"investment|2025-02|text|Tyrell,Initech,Hooli|Tyrell buys a stake in Initech from Hooli|1"_s};
    QTest::newRow("said-another-company-invested")
        << u"Globex said Hooli invested $5 million in Globex."_s
        << QStringList{u"m:$5 million=5000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Hooli,Globex|Hooli invests $5 million in Globex|1"_s};
    QTest::newRow("said-that-another-company-acquired")
        << u"Acme said that Tyrell acquired Initech on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Tyrell,Initech|Tyrell acquires Initech|1"_s};
    QTest::newRow("bought-owners-named-unit")
        << u"Globex said it acquired Hooli Corp's Initech unit on Friday."_s << QStringList{u"t:on Friday=2025-03-07"_s}
        << QStringList{u"acquisition|2025-03-07|text|Globex,Initech,Hooli|Globex acquires Initech from Hooli|1"_s};
    QTest::newRow("stake-sold-by-reduced-passive")
        << u"The 15 pct stake in Initech sold by Hooli was placed with 40 institutions, a broker said."_s
        << QStringList{}
        << QStringList{u"investment|2025-03-10|published|Initech,Hooli|Hooli sells a stake in Initech|1"_s};
    QTest::newRow("unit-was-sold-by-to")
        << u"Acme's Initech unit was sold by Acme to Hooli for $40 million on Monday."_s
        << QStringList{u"m:$40 million=40000000 USD price"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{
               u"acquisition|2025-03-10|text|Hooli,Initech,Acme|Hooli acquires Initech from Acme for $40 million|1"_s};
    QTest::newRow("sold-its-stake-in-to")
        << u"Acme sold its 20% stake in Initech to Hooli for $600 million on Monday."_s
        << QStringList{u"m:$600 million=600000000 USD investment"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{
               u"investment|2025-03-10|text|Hooli,Initech,Acme|Hooli buys a stake in Initech from Acme for $600 "
               u"million|1"_s};
}

void EventBuilderTest::testDealSentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QFETCH(QStringList, expected);
    const QList<Event> events = EventBuilder().build({articleOf(text, published, annotations)});
    QCOMPARE(describeAll(events).join(u'\n'), expected.join(u'\n'));
}

void EventBuilderTest::testDealNoEvent_data()
{
    // Talks, rumours, denials, offers turned down and analysts' sums: no deal has happened.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");

    QTest::newRow("in-talks-to-buy") << u"Globex is in talks to buy Initech, people familiar with the matter said."_s
                                     << QStringList{};
    QTest::newRow("could-be-valued") << u"Hooli could be valued at as much as $10 billion in a listing."_s
                                     << QStringList{u"m:$10 billion=10000000000 USD valuation"_s};
    QTest::newRow("denied-a-report") << u"Acme denied a report that it had agreed to acquire Umbrella."_s
                                     << QStringList{};
    QTest::newRow("secured-a-contract") << u"Acme Systems secured a contract with Beta Rail worth $40 million."_s
                                        << QStringList{u"m:$40 million=40000000 USD other"_s};
    QTest::newRow("secured-a-loan") << u"Acme Systems secured a $50 million loan from Carver Bank."_s
                                    << QStringList{u"m:$50 million=50000000 USD other"_s};
    QTest::newRow("series-b-preferred-shares")
        << u"Globex will issue Series B preferred shares worth $75 million to Umbrella."_s
        << QStringList{u"m:$75 million=75000000 USD other"_s};
    QTest::newRow("financing-for-a-deal")
        << u"Globex said it has obtained $150 million in financing from Umbrella for the purchase."_s
        << QStringList{u"m:$150 million=150000000 USD other"_s};
    QTest::newRow("a-series-of-vans") << u"Pellor Motors bought a series of vans from Brandt Logistics' fleet."_s
                                      << QStringList{};
    QTest::newRow("analysts-value") << u"Analysts value Initech at about $3 billion."_s
                                    << QStringList{u"m:$3 billion=3000000000 USD other"_s};
    QTest::newRow("analysts-estimate-takeover")
        << u"Analysts estimate the takeover of Initech would cost Globex about $3 billion."_s
        << QStringList{u"m:$3 billion=3000000000 USD price"_s};
    QTest::newRow("would-value") << u"The deal would value Initech at $3 billion."_s
                                 << QStringList{u"m:$3 billion=3000000000 USD price"_s};
    QTest::newRow("plans-to-buy") << u"Shares of Initech rose 12% on reports that Globex plans to buy the company."_s
                                  << QStringList{};
    QTest::newRow("exploring-a-sale-of-stake")
        << u"Globex is exploring a sale of its stake in Initech."_s << QStringList{};
    QTest::newRow("talks-collapsed") << u"Talks for Hooli to acquire Acme collapsed last month."_s
                                     << QStringList{u"t:last month=2025-02"_s};
    QTest::newRow("analysts-said-would") << u"Analysts said Globex would buy Initech within a year."_s << QStringList{};
    QTest::newRow("reportedly-preparing") << u"Hooli is reportedly preparing a bid to acquire Acme."_s << QStringList{};
    QTest::newRow("sold-goods-to-a-company")
        << u"Ruritania agreed to sell more than 30,000 tonnes of sugar to Globex this year."_s << QStringList{};
    QTest::newRow("sold-goods-at-a-price")
        << u"Acme sold 1,500 tonnes of wheat at 117 dlrs a tonne."_s << QStringList{u"m:117 dlrs=117 USD price"_s};
    QTest::newRow("joint-venture-as-description")
        << u"Initech, a joint venture of Globex and Hooli, said its fuel prices were unchanged."_s << QStringList{};
    QTest::newRow("shares-fell-on-the-announcement")
        << u"Shares of Globex fell on the announcement to 410 pence."_s << QStringList{};
    QTest::newRow("would-sell-its-unit") << u"Acme would sell its Initech unit to Hooli if asked."_s << QStringList{};
    // Goods, prices and holdings stated are no deals; a purpose, a state or a back reference is no new one.
    QTest::newRow("sold-tonnes-of-a-company's-goods")
        << u"Hooli sold 20,000 tonnes of Acme wheat to Globex for May shipment."_s << QStringList{};
    QTest::newRow("raising-its-posting")
        << u"Globex said it is raising its posting for heavy fuel oil by 30 cts a barrel."_s << QStringList{};
    QTest::newRow("offer-values-each-share")
        << u"The offer values each Initech share at 190 pence."_s << QStringList{u"m:190 pence=1.9 GBP price share"_s};
    QTest::newRow("stake-stated-after-bring")
        << u"The offer will bring Globex's stake in Initech to 25 pct."_s << QStringList{};
    QTest::newRow("stake-stated-as-subject")
        << u"The Hooli stake of 3.1 pct in Acme compares with 5 pct a year ago."_s << QStringList{};
    QTest::newRow("to-pay-for-a-purpose") << u"Hooli will sell assets to pay for Acme."_s << QStringList{};
    QTest::newRow("already-a-partner") << u"Initech is already a partner with Globex in a gas pipeline."_s
                                       << QStringList{};
    QTest::newRow("investment-companies-hold")
        << u"Half of the votes are held by the group's investment companies Hooli and Acme."_s << QStringList{};
    QTest::newRow("the-announcement-said")
        << u"The Globex announcement said Initech shareholders received cash and notes."_s << QStringList{};
    QTest::newRow("previously-announced-plan")
        << u"Globex said it rescinded its previously announced rights plan."_s << QStringList{};
    QTest::newRow("at-the-date-of-the-acquisition")
        << u"At the date of the acquisition, Initech had borrowings of 50 mln stg, Globex said."_s
        << QStringList{u"m:50 mln stg=50000000 GBP other"_s};
    QTest::newRow("suit-alleges") << u"The suit alleges Globex bought Initech stock before its offer."_s
                                  << QStringList{};
    QTest::newRow("rights-holders-can-buy")
        << u"Rights holders can buy a share of Initech for one dlr if Globex acquires 25 pct of it."_s << QStringList{};
    QTest::newRow("alternatives-considered")
        << u"Alternatives being considered include an attempt to acquire Initech."_s << QStringList{};
    QTest::newRow("price-of-one-share-alone")
        << u"Hooli will also pay 45 euros a share for the remaining stake in the unit."_s
        << QStringList{u"m:45 euros=45 EUR price share"_s};
    QTest::newRow("owns-a-stake") << u"Hooli, which owns a stake in Acme, rose 2 cents."_s << QStringList{};
    QTest::newRow("will-have-a-stake") << u"Globex will also have a 10 pct stake in the Initech copper project."_s
                                       << QStringList{};
    QTest::newRow("does-not-intend-to-raise-its-offer")
        << u"Globex does not intend to raise the price of its planned offer for Initech."_s << QStringList{};
    QTest::newRow("did-not-buy") << u"Hooli did not buy Acme, its chairman said."_s << QStringList{};
}

void EventBuilderTest::testDealNoEvent()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QCOMPARE(describeAll(EventBuilder().build({articleOf(text, published, annotations)})), QStringList());
}

void EventBuilderTest::testSalience_data()
{
    // What the story dates more than a year back is its background; this week's deal is its news.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QString>("expected");

    QTest::newRow("deal-this-week-is-main")
        << u"Globex bought Initech on Monday."_s << QStringList{u"t:on Monday=2025-03-10"_s} << u"main"_s;
    QTest::newRow("undated-deal-is-main") << u"Globex bought Initech."_s << QStringList{} << u"main"_s;
    QTest::newRow("deal-of-years-ago-is-background")
        << u"Globex bought Initech in 2019."_s << QStringList{u"t:in 2019=2019"_s} << u"background"_s;
    QTest::newRow("founding-long-ago-is-background")
        << u"Acme was founded in 1884."_s << QStringList{u"t:in 1884=1884"_s} << u"background"_s;
    QTest::newRow("deal-last-month-is-main")
        << u"Globex bought Initech last month."_s << QStringList{u"t:last month=2025-02"_s} << u"main"_s;
}

void EventBuilderTest::testSalience()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QFETCH(QString, expected);
    const QList<Event> events = EventBuilder().build({articleOf(text, published, annotations)});
    QCOMPARE(events.size(), 1);
    QCOMPARE(Event::salienceName(events.constFirst().salience), expected);
}

void EventBuilderTest::testBoilerplateGivesNoEvent()
{
    const QString prose = u"Shares of Globex rose on Monday after a quiet week of trading in Europe and Asia."_s;
    const Article a =
        articleOf(prose + u"\nHot Picks Today\n\"Globex Bought Hooli for $1 Billion in Cash\"\n- \"Initech "
                          u"Invested $2 Billion in Umbrella Last Year\"\n\u00A9 Globex Daily. All rights "
                          u"reserved."_s,
                  published, {u"m:$1 Billion=1000000000 USD price"_s, u"m:$2 Billion=2000000000 USD investment"_s});
    QVERIFY2(a.boilerplate.size() >= 1 && a.isBoilerplate(int(a.text.indexOf(u"Globex Bought"_s))),
             "the headline block must be marked as boilerplate");
    QCOMPARE(describeAll(EventBuilder().build({a})).join(u'\n'), QString());
}

void EventBuilderTest::testAmountText_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("usd-billion") << u"1000000000"_s << u"USD"_s << u"$1 billion"_s;
    QTest::newRow("usd-decimal-billion") << u"5600000000"_s << u"USD"_s << u"$5.6 billion"_s;
    QTest::newRow("eur-billion") << u"2000000000"_s << u"EUR"_s << u"\u20AC2 billion"_s;
    QTest::newRow("gbp-million") << u"12500000"_s << u"GBP"_s << u"\u00A312.5 million"_s;
    QTest::newRow("chf-thousands") << u"1500"_s << u"CHF"_s << u"1,500 CHF"_s;
    QTest::newRow("cents") << u"1234.5"_s << u"USD"_s << u"$1,234.5"_s;
    QTest::newRow("just-under-a-million") << u"999999.99"_s << u"USD"_s << u"$999,999.99"_s;
    QTest::newRow("trillion") << u"1200000000000"_s << u"USD"_s << u"$1.2 trillion"_s;
    QTest::newRow("none") << QString() << u"USD"_s << QString();
}

void EventBuilderTest::testAmountText()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(EventSummary::amountText(Decimal::fromString(amount), currency), expected);
}

void EventBuilderTest::testDealFollowUps_data()
{
    // A deal told in one sentence and its price or day in a later one: one event, with both.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QStringList>("expected");

    // The sentence naming the bought company again is a report of the same deal of its own: one event, two reports.
    QTest::newRow("the-purchase-of-for")
        << u"Globex said it completed its acquisition of Initech.\nThe purchase of Initech, for about 47 mln dlrs in "
           u"cash and stock, takes effect in 30 days."_s
        << QStringList{u"m:47 mln dlrs=47000000 USD other"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech for $47 million|2"_s};
    QTest::newRow("the-shares-were-bought-on-a-day-for")
        << u"Hooli said it acquired a five pct stake in Acme.\nThe shares were bought from Umbrella on March 3 for "
           u"about 1.2 mln dlrs, Hooli said."_s
        << QStringList{u"t:March 3=2025-03-03"_s, u"m:1.2 mln dlrs=1200000 USD other"_s}
        << QStringList{u"investment|2025-03-03|text|Hooli,Acme|Hooli invests $1.2 million in Acme|1"_s};
    QTest::newRow("will-buy-the-shares-from-for")
        << u"Wonka has agreed to buy a two pct stake in Oscorp.\nWonka will buy the shares from Umbrella, an Oscorp "
           u"shareholder, for 351 mln yen."_s
        << QStringList{u"m:351 mln yen=351000000 JPY other"_s}
        << QStringList{u"investment|2025-03-10|published|Wonka,Oscorp|Wonka invests \u00A5351 million in Oscorp|1"_s};
    QTest::newRow("the-acquisition-took-effect-on")
        << u"Globex said it bought Initech for an undisclosed sum.\nGlobex said the acquisition took effect on "
           u"March 1."_s
        << QStringList{u"t:March 1=2025-03-01"_s}
        << QStringList{u"acquisition|2025-03-01|text|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("the-sale-was-made-on-a-day")
        << u"Cyberdyne said it sold its entire holding of shares in Tyrell.\nBrokers said the sale was made at "
           u"eight dlrs a share on Friday to investors in Europe."_s
        << QStringList{u"t:on Friday=2025-03-07"_s, u"m:eight dlrs=8 USD price share"_s}
        // A holding of shares sold is a stake changing hands, not the company.
        << QStringList{
               u"investment|2025-03-07|text|Tyrell,Cyberdyne|Cyberdyne sells a stake in Tyrell for $8 a share|1"_s};
    QTest::newRow("terms-value-the-target-at")
        << u"Globex and Initech have agreed to merge on the basis of an offer from Globex.\nThe cash terms value "
           u"Initech at 538,000 Irish pounds."_s
        << QStringList{u"m:538,000 Irish pounds=538000 IEP valuation"_s}
        << QStringList{
               u"acquisition|2025-03-10|published|Globex,Initech|Globex merges with Initech (538,000 IEP deal)|1"_s};
    // Must not: a later sentence with a buyer of its own tells another deal; a day to come dates nothing.
    QTest::newRow("later-deal-with-another-buyer-keeps-its-price")
        << u"Globex said it bought Initech.\nHooli bought Acme for $5 million on Monday."_s
        << QStringList{u"m:$5 million=5000000 USD price"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s,
                       u"acquisition|2025-03-10|text|Hooli,Acme|Hooli acquires Acme for $5 million|1"_s};
    QTest::newRow("later-sales-figure-is-no-price")
        << u"Globex said it bought Initech.\nThe company had sales of 200 mln dlrs last year."_s
        << QStringList{u"m:200 mln dlrs=200000000 USD revenue"_s, u"t:last year=2024"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("exchange-terms-per-share-are-no-total")
        << u"Globex agreed to buy Initech.\nUnder the terms, each Initech share will be exchanged for three dlrs in "
           u"cash."_s
        << QStringList{u"m:three dlrs=3 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("loss-per-share-is-no-price")
        << u"Acme said it sold its Initech unit to Hooli.\nAcme said the sale gives it a loss of 50 cts per share."_s
        << QStringList{u"m:50 cts=0.5 USD profit share"_s}
        << QStringList{u"acquisition|2025-03-10|published|Hooli,Initech,Acme|Hooli acquires Initech from Acme|1"_s};
    QTest::newRow("the-offer-expires-later")
        << u"Globex said it bought Initech.\nThe offer expires on March 30."_s
        << QStringList{u"t:March 30=2025-03-30"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s};
}

void EventBuilderTest::testDealFollowUps()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QFETCH(QStringList, expected);
    const QList<Event> events = EventBuilder().build({articleOf(text, published, annotations)});
    QCOMPARE(describeAll(events).join(u'\n'), expected.join(u'\n'));
}

void EventBuilderTest::testDealAmountsAndDates_data()
{
    // The deal's amount is its stated total, never a company's size; a total so far is not new money; a day still
    // to come or the start of a span dates no deal.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("annotations");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("assets-are-not-the-price")
        << u"Globex bought Acme, with assets of four billion dlrs, in the fourth quarter."_s
        << QStringList{u"m:four billion dlrs=4000000000 USD price"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Acme|Globex acquires Acme|1"_s};
    QTest::newRow("deposits-are-not-the-price")
        << u"Hooli agreed to buy Acme, which holds $9 billion in deposits."_s
        << QStringList{u"m:$9 billion=9000000000 USD other"_s}
        << QStringList{u"acquisition|2025-03-10|published|Hooli,Acme|Hooli acquires Acme|1"_s};
    QTest::newRow("its-investment-in-is-a-total")
        << u"Lawmakers questioned Hooli about its $2 billion investment in Acme."_s
        << QStringList{u"m:$2 billion=2000000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Hooli,Acme|Hooli's investment in Acme totals $2 billion (as "
                       u"of 2025-03-10)|1"_s};
    QTest::newRow("invested-a-total-of-since")
        << u"Hooli has invested a total of $40 million in Acme since 2019."_s
        << QStringList{u"m:$40 million=40000000 USD investment"_s, u"t:2019=2019"_s}
        << QStringList{u"investment|2025-03-10|published|Hooli,Acme|Hooli's investment in Acme totals $40 million "
                       u"(as of 2025-03-10)|1"_s};
    QTest::newRow("invested-so-far")
        << u"Globex has invested $300 million in Initech so far."_s
        << QStringList{u"m:$300 million=300000000 USD investment"_s}
        << QStringList{u"investment|2025-03-10|published|Globex,Initech|Globex's investment in Initech totals $300 "
                       u"million (as of 2025-03-10)|1"_s};
    QTest::newRow("new-investment-is-not-a-total")
        << u"Hooli invested $2 billion in Acme on Monday."_s
        << QStringList{u"m:$2 billion=2000000000 USD investment"_s, u"t:on Monday=2025-03-10"_s}
        << QStringList{u"investment|2025-03-10|text|Hooli,Acme|Hooli invests $2 billion in Acme|1"_s};
    QTest::newRow("expiry-day-dates-no-deal")
        << u"Wonka agreed to buy Oscorp in a tender offer that expires on March 28."_s
        << QStringList{u"t:on March 28=2025-03-28"_s}
        << QStringList{u"acquisition|2025-03-10|published|Wonka,Oscorp|Wonka acquires Oscorp|1"_s};
    QTest::newRow("end-of-a-reporting-year-dates-no-deal")
        << u"Globex said it bought Initech, whose sales in the year to 31 December 2024 were $90 million."_s
        << QStringList{u"t:31 December 2024=2024-12-31"_s, u"m:$90 million=90000000 USD revenue"_s}
        << QStringList{u"acquisition|2025-03-10|published|Globex,Initech|Globex acquires Initech|1"_s};
    QTest::newRow("past-day-without-year-dates-the-deal")
        << u"Wonka agreed on February 6 to buy Oscorp."_s << QStringList{u"t:February 6=2025-02-06"_s}
        << QStringList{u"acquisition|2025-02-06|text|Wonka,Oscorp|Wonka acquires Oscorp|1"_s};
    QTest::newRow("last-week-is-a-week") << u"Wonka said last week it bought Oscorp."_s
                                         << QStringList{u"t:last week=2025-W10"_s}
                                         << QStringList{
                                                u"acquisition|2025-W10|text|Wonka,Oscorp|Wonka acquires Oscorp|1"_s};
}

void EventBuilderTest::testDealAmountsAndDates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, annotations);
    QFETCH(QStringList, expected);
    const QList<Event> events = EventBuilder().build({articleOf(text, published, annotations)});
    QCOMPARE(describeAll(events).join(u'\n'), expected.join(u'\n'));
}

void EventBuilderTest::testMergeWindow_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("merged");

    // "precision date basis amount currency" of two reports of Globex investing in Initech.
    QTest::newRow("same-day") << u"day 2025-03-04 text 2000000000 USD"_s << u"day 2025-03-04 text 2000000000 USD"_s
                              << true;
    QTest::newRow("six-days-apart") << u"day 2025-03-04 text - -"_s << u"day 2025-03-10 text - -"_s << true;
    QTest::newRow("eight-days-apart") << u"day 2025-03-04 text - -"_s << u"day 2025-03-12 text - -"_s << false;
    QTest::newRow("month-contains-day") << u"month 2025-03-01 text - -"_s << u"day 2025-03-28 text - -"_s << true;
    QTest::newRow("month-excludes-day") << u"month 2025-03-01 text - -"_s << u"day 2025-04-02 text - -"_s << false;
    QTest::newRow("year-contains-day") << u"year 2019-01-01 text - -"_s << u"day 2019-07-22 published - -"_s << true;
    QTest::newRow("years-apart") << u"day 2019-07-22 published - -"_s << u"day 2024-02-27 published - -"_s << false;
    QTest::newRow("amount-disagrees-a-little")
        << u"day 2025-03-04 text 2000000000 USD"_s << u"day 2025-03-04 text 2500000000 USD"_s << true;
    QTest::newRow("amount-tenfold-other-deal")
        << u"day 2025-03-04 text 2000000000 USD"_s << u"day 2025-03-04 text 200000000 USD"_s << false;
    QTest::newRow("amount-missing-matches")
        << u"day 2025-03-04 text 2000000000 USD"_s << u"day 2025-03-05 published - -"_s << true;
}

void EventBuilderTest::testMergeWindow()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, merged);
    const auto mention = [](const QString &spec, int article) {
        const QStringList p = spec.split(u' ');
        EventMention m;
        m.type = Event::Type::Investment;
        m.actors = {u"Globex"_s, u"Initech"_s};
        m.keyActors = m.actors;
        m.precision = Event::precisionFromName(p.at(0));
        m.date = QDate::fromString(p.at(1), Qt::ISODate);
        m.dateBasis = Event::dateBasisFromName(p.at(2));
        if (p.at(3) != "-"_L1) {
            m.amount = Decimal::fromString(p.at(3));
            m.currency = p.at(4);
            m.usd = m.amount;
        }
        m.source = {article, 0, 10};
        return m;
    };
    const QList<Event> events = EventMerger().merge({mention(first, 0), mention(second, 1)});
    QCOMPARE(events.size(), merged ? 1 : 2);
}

void EventBuilderTest::testSampleCorpus()
{
    // Hand annotations of the dates and money in the two sample articles, as the finders must give them.
    const QStringList annotations{
        u"t:On the 26th=2024-02-26"_s,
        u"t:last year=2023"_s,
        u"t:recently=PAST_REF"_s,
        u"t:currently=PRESENT_REF"_s,
        u"m:2 billion euros=2000000000 EUR valuation"_s,
        u"m:$5.6 billion=5600000000 USD investment"_s,
        u"m:$13 billion=13000000000 USD investment"_s,
        u"m:one billion dollars=1000000000 USD investment"_s,
        u"m:$1 billion=1000000000 USD investment"_s,
    };
    QList<Article> articles;
    const QDir dir(CorpusLoader::sampleCorpusPath());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        auto result = ArticleReader().read(dir.filePath(name));
        QVERIFY(result.article);
        Article a = *result.article;
        addEntities(a);
        annotate(a, annotations);
        articles.append(a);
    }
    QCOMPARE(articles.size(), 2);
    const QList<Event> events = EventBuilder().build(articles);
    const QStringList lines = describeAll(events);
    const auto has = [&](const QString &prefix) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
    };
    const QStringList expected = sampleEvents();
    for (const QString &prefix : expected) {
        QVERIFY2(has(prefix), qPrintable(u"missing: "_s + prefix + u"\ngot:\n"_s + lines.join(u'\n')));
    }
    // Ids follow the date order, and the undisclosed investment carries no invented figure.
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).id, u"e"_s + QString::number(i + 1));
        if (i > 0) {
            QVERIFY(events.at(i - 1).date <= events.at(i).date);
        }
        if (events.at(i).summary == "Microsoft invests in Mistral AI"_L1) {
            QVERIFY(events.at(i).figures.isEmpty());
        }
    }
    // The 2019 article repeats its investment: one event, several sources.
    const auto openAi = std::find_if(events.cbegin(), events.cend(), [](const Event &e) {
        return e.type == Event::Type::Investment && e.date == QDate(2019, 7, 22);
    });
    QVERIFY(openAi != events.cend());
    QVERIFY(openAi->sources.size() >= 2);
    QCOMPARE(openAi->lane, u"Microsoft\u2013OpenAI"_s);
    QVERIFY(openAi->conflicts.isEmpty());
}

void EventBuilderTest::testSampleCorpusPipeline()
{
    // The same events through the real finders: a finder that finds nothing fails here, it is not skipped.
    QList<ReadError> errors;
    const Corpus corpus = CorpusLoader().load({CorpusLoader::sampleCorpusPath()}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(corpus.articles.size(), 2);
    const bool extracted = std::all_of(corpus.articles.cbegin(), corpus.articles.cend(),
                                       [](const Article &a) { return !a.entities.isEmpty() && !a.figures.isEmpty(); });
    QVERIFY2(extracted, "the entity or money finder found nothing in a sample article");
    const QStringList lines = describeAll(corpus.events);
    for (const QString &prefix : sampleEvents()) {
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); }),
                 qPrintable(u"missing: "_s + prefix + u"\ngot:\n"_s + lines.join(u'\n')));
    }
    // Nothing beyond what the articles say: no event from the headline block, none with a count as money.
    for (const Event &e : corpus.events) {
        for (const SourceRef &s : e.sources) {
            QVERIFY(!corpus.articles.at(s.article).isBoilerplate(TextSpan{s.start, s.end}));
        }
        for (const FigureRef &f : e.figures) {
            QVERIFY(corpus.figure(f));
            QVERIFY(!corpus.figure(f)->text.contains(u"1,600"_s));
        }
    }
    const auto mistral = std::find_if(corpus.events.cbegin(), corpus.events.cend(), [](const Event &e) {
        return e.type == Event::Type::Partnership && e.actors.contains(u"Mistral AI"_s);
    });
    QVERIFY(mistral != corpus.events.cend());
    QCOMPARE(mistral->lane, u"Microsoft\u2013Mistral AI"_s);
    QVERIFY2(mistral->sources.size() >= 2, "the partnership is reported by several sentences");
}

void EventBuilderTest::testDealArticlesPipeline()
{
    // Deal news through the real finders: unlisted one-word companies, "valuing the software maker at", "on Tuesday".
    const QString dir = QStringLiteral(NEWSLINE_TEST_DATA) + u"/events/"_s;
    QList<ReadError> errors;
    const Corpus corpus =
        CorpusLoader().load({dir + u"globex-buys-initech.txt"_s, dir + u"quillbot-funding.txt"_s}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(describeAll(corpus.events), (QStringList{
                                             u"founding|2019|text|Quillbot,Jane Roe|Quillbot founded by Jane Roe|1"_s,
                                             u"valuation|2024|text|Initech|Initech valued at $900 million|1"_s,
                                             u"acquisition|2025-03-04|text|Globex,Initech|Globex acquires Initech for "
                                             u"\u20AC3.2 billion|1"_s,
                                             u"investment|2025-03-11|text|Sequoia Capital,Quillbot|Quillbot raises $60 "
                                             u"million from Sequoia Capital|1"_s,
                                             u"valuation|2025-03-11|text|Quillbot|Quillbot valued at $400 million|1"_s,
                                         }));
    // The deal carries the figure the article gives for it, the earlier valuation its own.
    const Event &deal = corpus.events.at(2);
    QCOMPARE(deal.figures.size(), 1);
    QCOMPARE(corpus.figure(deal.figures.constFirst())->text, u"\u20AC3.2 billion"_s);
    QCOMPARE(corpus.figure(corpus.events.at(1).figures.constFirst())->text, u"$900 million"_s);
}

void EventBuilderTest::testReportCorpus()
{
    // Five short articles written for this test: one Globex–Initech deal told four ways.
    const QMap<QString, QStringList> annotations{
        {u"globex-initech-wire.txt"_s,
         {u"t:Tuesday=2025-03-04"_s, u"t:2021=2021"_s, u"m:$2 billion=2000000000 USD investment"_s}},
        {u"globex-initech-daily.txt"_s, {u"t:March 4=2025-03-04"_s, u"m:$2 billion=2000000000 USD investment"_s}},
        {u"globex-initech-amount.txt"_s,
         {u"t:March 4=2025-03-04"_s, u"t:currently=PRESENT_REF"_s, u"m:$2.5 billion=2500000000 USD investment"_s}},
        {u"globex-initech-date.txt"_s,
         {u"t:On March 6=2025-03-06"_s, u"t:Friday=2025-03-07"_s, u"t:last month=2025-02"_s,
          u"m:$2 billion=2000000000 USD investment"_s}},
        {u"hooli-globex-partnership.txt"_s, {u"t:February 7=2025-02-07"_s}},
    };
    QList<Article> articles;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        auto result = ArticleReader().read(QStringLiteral(NEWSLINE_TEST_DATA) + u"/events/"_s + it.key());
        QVERIFY2(result.article, qPrintable(it.key()));
        Article a = *result.article;
        addEntities(a);
        annotate(a, it.value());
        articles.append(a);
    }
    const QList<Event> events = EventBuilder().build(articles);
    const QStringList lines = describeAll(events);
    const QStringList expected{
        u"partnership|2025-02-07|text|Hooli,Globex|Hooli partners with Globex|1"_s,
        u"launch|2025-02-07|text|Globex|Globex launches Spark|1"_s,
        u"investment|2025-03-04|text|Globex,Initech|Globex invests $2 billion in Initech (also reported: 2025-03-06; "
        u"$2.5 billion)|6"_s,
        u"partnership|2025-03-05|published|Globex,Initech|Globex partners with Initech|1"_s,
        u"launch|2025-03-07|text|Initech|Initech launches Widget|1"_s,
    };
    for (int i = 0; i < std::max(lines.size(), expected.size()); ++i) {
        QCOMPARE(lines.value(i), expected.value(i));
    }

    const Event &deal = events.at(2);
    QCOMPARE(deal.conflicts.size(), 2);
    const EventConflict &date = deal.conflicts.at(0);
    QCOMPARE(date.field, u"date"_s);
    QCOMPARE(date.values.size(), date.sources.size());
    QVERIFY(date.values.contains(u"2025-03-04"_s));
    QVERIFY(date.values.contains(u"2025-03-06"_s));
    const EventConflict &amount = deal.conflicts.at(1);
    QCOMPARE(amount.field, u"amount"_s);
    QCOMPARE(amount.values.size(), amount.sources.size());
    QVERIFY(amount.values.contains(u"2000000000 USD"_s));
    QVERIFY(amount.values.contains(u"2500000000 USD"_s));
    // Each value points at the article that gave it.
    const int odd = int(amount.values.indexOf(u"2500000000 USD"_s));
    QCOMPARE(articles.at(amount.sources.at(odd).article).file.section(u'/', -1), u"globex-initech-amount.txt"_s);
    // Both figures are kept, none silently dropped.
    QCOMPARE(deal.figures.size(), 5);
}

void EventBuilderTest::testLanes()
{
    const QList<Article> articles{
        articleOf(u"Hooli and Globex teamed up on cloud services.\nGlobex invested $2 billion in Initech.\nGlobex "
                  u"unveiled a chip called Spark.\nInitech launched its Widget app.\nAcme launched a drone."_s,
                  published, {u"m:$2 billion=2000000000 USD investment"_s})};
    const QList<Event> events = EventBuilder().build(articles);
    QStringList lanes;
    for (const Event &e : events) {
        lanes.append(e.summary + u" => "_s + e.lane);
    }
    lanes.sort();
    QCOMPARE(lanes, (QStringList{
                        u"Acme launches drone => Acme"_s,
                        u"Globex invests $2 billion in Initech => Globex\u2013Initech"_s,
                        u"Globex launches Spark => Globex"_s,
                        u"Hooli partners with Globex => Globex\u2013Hooli"_s,
                        u"Initech launches Widget => Globex\u2013Initech"_s,
                    }));
}

void EventBuilderTest::testMergeScalesLinearly()
{
    // 100,000 reports of 20,000 events: bucketed and swept, merging must not compare every pair.
    QList<EventMention> mentions;
    const QDate start(2020, 1, 1);
    for (int i = 0; i < 100000; ++i) {
        EventMention m;
        m.type = Event::Type::Investment;
        const int event = i % 20000;
        m.actors = {u"Org%1"_s.arg(event % 50), u"Target"_s};
        m.keyActors = m.actors;
        m.keyActors.sort();
        m.date = start.addDays((event / 50) * 30 + i % 3);
        m.precision = Event::Precision::Day;
        m.dateBasis = Event::DateBasis::Text;
        m.source = {i, 0, 1};
        mentions.append(m);
    }
    const QList<QList<int>> groups = EventMerger().group(mentions);
    QCOMPARE(groups.size(), 20000);
}

QTEST_GUILESS_MAIN(EventBuilderTest)
#include "eventbuildertest.moc"
