#include "csvexport.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Newsline::CsvExport {

namespace {

QByteArray withBom(const QByteArray &table)
{
    return QByteArray("\xEF\xBB\xBF") + table;
}

QString sourceList(const Corpus &corpus, const Event &event, const std::function<QString(const Article &)> &field)
{
    QStringList values;
    for (const SourceRef &ref : event.sources) {
        if (ref.article >= 0 && ref.article < corpus.articles.size()) {
            values.append(field(corpus.articles.at(ref.article)));
        }
    }
    return values.join(u"; "_s);
}

// The figure that states the event's amount, for its dollar value and rate date.
const MoneyFigure *leadFigure(const Corpus &corpus, const Event &event)
{
    const MoneyFigure *first = nullptr;
    for (const FigureRef &ref : event.figures) {
        const MoneyFigure *figure = corpus.figure(ref);
        if (!figure) {
            continue;
        }
        if (figure->amount == event.wording.amount && figure->currency == event.wording.currency) {
            return figure;
        }
        if (!first) {
            first = figure;
        }
    }
    return event.wording.amount ? first : nullptr;
}

} // namespace

QByteArray record(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        const QString &field = fields.at(i);
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(u"\""_s, u"\"\""_s);
            line += '"' + quoted.toUtf8() + '"';
        } else {
            line += field.toUtf8();
        }
    }
    return line + "\r\n";
}

QByteArray events(const Corpus &corpus)
{
    QByteArray out = record({u"id"_s,
                             u"date"_s,
                             u"end_date"_s,
                             u"precision"_s,
                             u"date_basis"_s,
                             u"type"_s,
                             u"parties"_s,
                             u"amount"_s,
                             u"currency"_s,
                             u"usd"_s,
                             u"usd_rate_date"_s,
                             u"summary"_s,
                             u"lane"_s,
                             u"salience"_s,
                             u"source_titles"_s,
                             u"source_urls"_s,
                             u"source_files"_s,
                             u"source_offsets"_s,
                             u"set_by_analyst"_s,
                             u"analyst_day"_s,
                             u"analyst_note"_s});
    for (const Event &event : corpus.events) {
        QStringList parties;
        for (const EventParty &party : event.parties) {
            parties.append(party.name + u" ("_s + EventParty::roleName(party.role) + u')');
        }
        const MoneyFigure *figure = leadFigure(corpus, event);
        QStringList offsets;
        for (const SourceRef &ref : event.sources) {
            offsets.append(QString::number(ref.start) + u'-' + QString::number(ref.end));
        }
        out += record({event.id,
                       event.date.isValid() ? event.date.toString(Qt::ISODate) : QString(),
                       event.lastDay().isValid() ? event.lastDay().toString(Qt::ISODate) : QString(),
                       Event::precisionName(event.precision),
                       Event::dateBasisName(event.dateBasis),
                       Event::typeName(event.type),
                       parties.join(u"; "_s),
                       Decimal::toString(event.wording.amount),
                       event.wording.currency,
                       figure ? Decimal::toString(figure->usd) : QString(),
                       figure && figure->usdRateDate.isValid() ? figure->usdRateDate.toString(Qt::ISODate) : QString(),
                       event.summary,
                       event.lane,
                       Event::salienceName(event.salience),
                       sourceList(corpus, event, [](const Article &a) { return a.displayTitle(); }),
                       sourceList(corpus, event, [](const Article &a) { return a.url; }),
                       sourceList(corpus, event, [](const Article &a) { return a.file; }),
                       offsets.join(u"; "_s),
                       event.analystFields.join(u"; "_s),
                       event.analystDay.isValid() ? event.analystDay.toString(Qt::ISODate) : QString(),
                       event.analystNote});
    }
    return withBom(out);
}

QByteArray figures(const Corpus &corpus)
{
    QByteArray out = record({u"article_title"_s, u"article_file"_s, u"article_url"_s, u"published"_s, u"text"_s,
                             u"amount"_s, u"amount_max"_s, u"currency"_s, u"approximate"_s, u"per"_s, u"kind"_s,
                             u"usd"_s, u"usd_rate_date"_s, u"start"_s, u"end"_s});
    for (const Article &article : corpus.articles) {
        for (const MoneyFigure &figure : article.figures) {
            out += record({article.displayTitle(), article.file, article.url,
                           article.published.isValid() ? article.published.toString(Qt::ISODate) : QString(),
                           figure.text, Decimal::toString(figure.amount), Decimal::toString(figure.amountMax),
                           figure.currency, figure.approximate ? u"true"_s : u"false"_s, figure.per,
                           MoneyFigure::kindName(figure.kind), Decimal::toString(figure.usd),
                           figure.usdRateDate.isValid() ? figure.usdRateDate.toString(Qt::ISODate) : QString(),
                           QString::number(figure.start), QString::number(figure.end)});
        }
    }
    return withBom(out);
}

QByteArray quotes(const Corpus &corpus)
{
    QByteArray out = record({u"speaker"_s, u"role"_s, u"text"_s, u"kind"_s, u"article_title"_s, u"article_file"_s,
                             u"article_url"_s, u"published"_s, u"start"_s, u"end"_s});
    for (const Article &article : corpus.articles) {
        for (const Quote &quote : article.quotes) {
            out += record({quote.speaker, quote.speakerRole, quote.text, Quote::kindName(quote.kind),
                           article.displayTitle(), article.file, article.url,
                           article.published.isValid() ? article.published.toString(Qt::ISODate) : QString(),
                           QString::number(quote.start), QString::number(quote.end)});
        }
    }
    return withBom(out);
}

} // namespace Newsline::CsvExport
