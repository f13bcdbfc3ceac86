#pragma once

// A hand-built corpus over the two sample articles: what the extraction is meant to find in them, written out
// by hand, so the window's tests do not depend on how far the extractors have come.

#include "articlereader.h"
#include "corpus.h"

#include <QDir>
#include <QTest>

namespace Newsline::Fixture {

using namespace Qt::StringLiterals;

/// Span of the n-th occurrence of needle in an article's text; fails the test when absent.
inline TextSpan find(const Article &article, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = article.text.indexOf(needle, at + 1);
    }
    if (at < 0) {
        qFatal("fixture text not found: %s", qPrintable(needle));
    }
    return {int(at), int(at + needle.size())};
}

/// The sentence containing a needle.
inline SourceRef sentenceOf(const Corpus &corpus, int article, const QString &needle)
{
    const Article &a = corpus.articles.at(article);
    const int index = a.sentenceAt(find(a, needle).start);
    const TextSpan sentence = index >= 0 ? a.sentences.at(index) : find(a, needle);
    return {article, sentence.start, sentence.end};
}

inline MoneyFigure figure(const Article &article, const QString &text, const char *amount, const char *currency,
                          MoneyFigure::Kind kind, const char *usd = nullptr, QDate rateDate = {})
{
    MoneyFigure f;
    const TextSpan span = find(article, text);
    f.start = span.start;
    f.end = span.end;
    f.text = text;
    f.amount = Decimal::fromString(QString::fromLatin1(amount));
    f.currency = QLatin1StringView(currency);
    f.kind = kind;
    f.usd = usd ? Decimal::fromString(QString::fromLatin1(usd)) : std::nullopt;
    f.usdRateDate = rateDate;
    return f;
}

inline Timex timex(const Article &article, const QString &text, const QString &value)
{
    Timex t;
    const TextSpan span = find(article, text);
    t.start = span.start;
    t.end = span.end;
    t.text = text;
    t.setValue(value);
    return t;
}

inline Quote quote(const Article &article, const QString &text, const QString &speaker, const QString &mention,
                   const QString &role = {})
{
    Quote q;
    const TextSpan span = find(article, text);
    q.start = span.start;
    q.end = span.end;
    q.text = text;
    q.speaker = speaker;
    q.speakerMention = find(article, mention);
    q.speakerRole = role;
    return q;
}

inline Entity entity(const Article &article, const QString &name, Entity::Type type, const QStringList &mentions)
{
    Entity e;
    e.name = name;
    e.type = type;
    for (const QString &mention : mentions) {
        for (qsizetype at = article.text.indexOf(mention); at >= 0; at = article.text.indexOf(mention, at + 1)) {
            e.mentions.append({int(at), int(at + mention.size())});
        }
    }
    return e;
}

inline Event event(const char *id, Event::Type type, QDate date, Event::Precision precision, Event::DateBasis basis,
                   const QStringList &actors, const QString &lane, const QString &summary)
{
    Event e;
    e.id = QLatin1StringView(id);
    e.type = type;
    e.date = date;
    e.precision = precision;
    e.dateBasis = basis;
    e.actors = actors;
    e.lane = lane;
    e.summary = summary;
    return e;
}

/// Rows of the fixture's events: in date order (undated last), as a workspace and the window list them.
enum EventRow
{
    OpenAiBillion,
    MistralFounding,
    MistralPartnership,
    LeChatLaunch,
    OpenAiThirteen,
    DataCentres,
};

/// The two sample articles (0: Microsoft–Mistral AI, 1: Microsoft–OpenAI) with their facts written by hand.
inline Corpus sampleCorpus()
{
    Corpus corpus;
    const ArticleReader reader;
    for (const char *name : {"microsoft-mistral-partnership.txt", "microsoft-openai-investment.txt"}) {
        ArticleReader::Result result = reader.read(u":/newsline/sample-corpus/"_s + QLatin1StringView(name));
        if (!result.article) {
            qFatal("sample article unreadable: %s", name);
        }
        corpus.articles.append(*result.article);
    }
    Article &mistral = corpus.articles[0];
    Article &openai = corpus.articles[1];
    using K = MoneyFigure::Kind;

    mistral.timexes = {timex(mistral, u"On the 26th"_s, u"2024-02-26"_s), timex(mistral, u"last year"_s, u"2023"_s)};
    mistral.figures = {
        figure(mistral, u"2 billion euros"_s, "2000000000", "EUR", K::Valuation, "2170400000", QDate(2024, 2, 26)),
        figure(mistral, u"$5.6 billion"_s, "5600000000", "USD", K::Spending, "5600000000"),
        figure(mistral, u"$13 billion"_s, "13000000000", "USD", K::Investment, "13000000000")};
    Entity brad = entity(mistral, u"Brad Smith"_s, Entity::Type::Person, {u"Brad Smith"_s});
    brad.roles = {{u"President"_s, u"Microsoft"_s, find(mistral, u"President of MS"_s)}};
    Entity arthur = entity(mistral, u"Arthur Mensch"_s, Entity::Type::Person, {u"Arthur Mensch"_s});
    arthur.roles = {{u"CEO"_s, u"Mistral AI"_s, find(mistral, u"CEO of MistralAI"_s)}};
    mistral.entities = {entity(mistral, u"Microsoft"_s, Entity::Type::Organisation, {u"Microsoft"_s, u"MS"_s}),
                        entity(mistral, u"Mistral AI"_s, Entity::Type::Organisation, {u"MistralAI"_s}),
                        entity(mistral, u"OpenAI"_s, Entity::Type::Organisation, {u"OpenAI"_s}), brad, arthur};
    mistral.quotes = {
        quote(mistral,
              u"We are announcing a multi-year partnership with MistralAI, a recognized leader in the AI field,"_s,
              u"Microsoft"_s, u"MS announced"_s),
        quote(mistral,
              u"Through MS Azure's cutting-edge AI infrastructure, we can showcase innovative research and practical "
              "applications to customers everywhere,"_s,
              u"Arthur Mensch"_s, u"Arthur Mensch, CEO"_s, u"CEO of Mistral AI"_s),
        quote(mistral,
              u"We will enable MistralAI to train and deploy next-generation AI models on our AI data center "
              "infrastructure."_s,
              u"Brad Smith"_s, u"he explained"_s, u"President of Microsoft"_s),
        quote(mistral, u"It is too early to answer."_s, u"Brad Smith"_s, u"he responded"_s,
              u"President of Microsoft"_s),
    };
    openai.figures = {figure(openai, u"one billion dollars"_s, "1000000000", "USD", K::Investment, "1000000000"),
                      figure(openai, u"$1 billion"_s, "1000000000", "USD", K::Investment, "1000000000")};
    openai.entities = {entity(openai, u"Microsoft"_s, Entity::Type::Organisation, {u"Microsoft"_s}),
                       entity(openai, u"OpenAI"_s, Entity::Type::Organisation, {u"OpenAI"_s})};

    using T = Event::Type;
    using P = Event::Precision;
    using B = Event::DateBasis;
    Event partnership =
        event("e1", T::Partnership, QDate(2024, 2, 26), P::Day, B::Text, {u"Microsoft"_s, u"Mistral AI"_s},
              u"Microsoft\u2013Mistral AI"_s, u"Microsoft announces a multi-year partnership with Mistral AI"_s);
    partnership.sources = {sentenceOf(corpus, 0, u"On the 26th"_s)};
    partnership.figures = {{0, 0}};
    Event billion = event("e2", T::Investment, QDate(2019, 7, 22), P::Day, B::Published, {u"Microsoft"_s, u"OpenAI"_s},
                          u"Microsoft\u2013OpenAI"_s, u"Microsoft invests $1 billion in OpenAI"_s);
    billion.sources = {sentenceOf(corpus, 1, u"Microsoft has announced a $1 billion"_s)};
    billion.figures = {{1, 1}, {1, 0}};
    Event thirteen = event("e3", T::Investment, QDate(2024, 2, 27), P::Day, B::Published, {u"Microsoft"_s, u"OpenAI"_s},
                           u"Microsoft\u2013OpenAI"_s, u"Microsoft's investment in OpenAI stands at $13 billion"_s);
    thirteen.sources = {sentenceOf(corpus, 0, u"$13 billion"_s)};
    thirteen.figures = {{0, 2}};
    Event leChat = event("e4", T::Launch, QDate(2024, 2, 26), P::Day, B::Text, {u"Mistral AI"_s}, {},
                         u"Mistral AI launches its chatbot Le Chat"_s);
    leChat.sources = {sentenceOf(corpus, 0, u"launched its own chatbot"_s)};
    Event dataCentres = event("e5", T::Announcement, {}, P::Unknown, B::Published, {u"Microsoft"_s}, {},
                              u"Microsoft plans $5.6 billion of AI data centres in Germany and Spain"_s);
    dataCentres.sources = {sentenceOf(corpus, 0, u"$5.6 billion"_s)};
    dataCentres.figures = {{0, 1}};
    Event founding = event("e6", T::Founding, QDate(2023, 1, 1), P::Year, B::Text,
                           {u"Mistral AI"_s, u"Arthur Mensch"_s}, {}, u"Arthur Mensch founds Mistral AI"_s);
    founding.sources = {sentenceOf(corpus, 0, u"founded last year"_s)};
    corpus.events = {billion, founding, partnership, leChat, thirteen, dataCentres};
    return corpus;
}

} // namespace Newsline::Fixture
