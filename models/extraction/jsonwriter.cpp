#include "jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Newsline::JsonWriter {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject span(const TextSpan &span)
{
    return {{"start"_L1, span.start}, {"end"_L1, span.end}};
}

QJsonArray spans(const QList<TextSpan> &list)
{
    QJsonArray array;
    for (const TextSpan &s : list) {
        array.append(span(s));
    }
    return array;
}

QJsonObject timex(const Timex &t)
{
    return {{"start"_L1, t.start},
            {"end"_L1, t.end},
            {"text"_L1, t.text},
            {"type"_L1, Timex::typeName(t.type)},
            {"value"_L1, t.value}};
}

QJsonObject figure(const MoneyFigure &f)
{
    QJsonObject o{{"start"_L1, f.start},
                  {"end"_L1, f.end},
                  {"text"_L1, f.text},
                  {"amount"_L1, Decimal::toString(f.amount)},
                  {"currency"_L1, f.currency},
                  {"approximate"_L1, f.approximate},
                  {"kind"_L1, MoneyFigure::kindName(f.kind)},
                  {"usd"_L1, stringOrNull(Decimal::toString(f.usd))},
                  {"usdRateDate"_L1, f.usd ? dateOrNull(f.usdRateDate) : QJsonValue(QJsonValue::Null)}};
    if (f.amountMax) {
        o.insert("amountMax"_L1, f.amountMax->toString());
    }
    if (!f.per.isEmpty()) {
        o.insert("per"_L1, f.per);
    }
    return o;
}

QJsonObject entity(const Entity &e)
{
    QJsonObject o{{"name"_L1, e.name}, {"type"_L1, Entity::typeName(e.type)}, {"mentions"_L1, spans(e.mentions)}};
    if (!e.roles.isEmpty()) {
        QJsonArray roles;
        for (const Role &r : e.roles) {
            roles.append(QJsonObject{{"title"_L1, r.title},
                                     {"organisation"_L1, stringOrNull(r.organisation)},
                                     {"start"_L1, r.span.start},
                                     {"end"_L1, r.span.end}});
        }
        o.insert("roles"_L1, roles);
    }
    if (!e.references.isEmpty()) {
        o.insert("references"_L1, spans(e.references));
    }
    return o;
}

QJsonObject quote(const Quote &q)
{
    QJsonObject o{{"start"_L1, q.start},
                  {"end"_L1, q.end},
                  {"text"_L1, q.text},
                  {"kind"_L1, Quote::kindName(q.kind)},
                  {"speaker"_L1, stringOrNull(q.speaker)},
                  {"speakerMention"_L1, q.speakerMention.isValid() && q.speakerMention.length() > 0
                                            ? QJsonValue(span(q.speakerMention))
                                            : QJsonValue(QJsonValue::Null)}};
    if (!q.speakerRole.isEmpty()) {
        o.insert("speakerRole"_L1, q.speakerRole);
    }
    return o;
}

template <typename T, typename F>
QJsonArray arrayOf(const QList<T> &list, F convert)
{
    QJsonArray array;
    for (const T &item : list) {
        array.append(convert(item));
    }
    return array;
}

} // namespace

QJsonObject article(const Article &a)
{
    return {{"file"_L1, a.file},
            {"title"_L1, stringOrNull(a.title)},
            {"source"_L1, stringOrNull(a.source)},
            {"published"_L1, dateOrNull(a.published)},
            {"language"_L1, a.language},
            {"text"_L1, a.text},
            {"boilerplate"_L1, spans(a.boilerplate)},
            {"sentences"_L1, spans(a.sentences)},
            {"timexes"_L1, arrayOf(a.timexes, timex)},
            {"figures"_L1, arrayOf(a.figures, figure)},
            {"entities"_L1, arrayOf(a.entities, entity)},
            {"quotes"_L1, arrayOf(a.quotes, quote)}};
}

QJsonObject event(const Event &e)
{
    QJsonObject o{
        {"id"_L1, e.id},
        {"type"_L1, Event::typeName(e.type)},
        {"date"_L1, stringOrNull(e.dateText())},
        {"precision"_L1, Event::precisionName(e.precision)},
        {"dateBasis"_L1, Event::dateBasisName(e.dateBasis)},
        {"actors"_L1, QJsonArray::fromStringList(e.actors)},
        {"parties"_L1, arrayOf(e.parties,
                               [](const EventParty &p) {
                                   return QJsonObject{{"name"_L1, p.name}, {"role"_L1, EventParty::roleName(p.role)}};
                               })},
        {"salience"_L1, Event::salienceName(e.salience)},
        {"summary"_L1, e.summary},
        {"figures"_L1, arrayOf(e.figures,
                               [](const FigureRef &f) {
                                   return QJsonObject{{"article"_L1, f.article}, {"index"_L1, f.index}};
                               })},
        {"sources"_L1, arrayOf(e.sources, [](const SourceRef &s) {
             return QJsonObject{{"article"_L1, s.article}, {"start"_L1, s.start}, {"end"_L1, s.end}};
         })}};
    if (!e.lane.isEmpty()) {
        o.insert("lane"_L1, e.lane);
    }
    if (e.runningTotal) {
        o.insert("runningTotal"_L1, true);
    }
    if (e.onOrBefore) {
        o.insert("onOrBefore"_L1, true);
    }
    if (!e.analystFields.isEmpty()) {
        // Only exports of a workspace have these: `newsline extract` writes what was extracted.
        QJsonObject analyst{{"fields"_L1, QJsonArray::fromStringList(e.analystFields)},
                            {"day"_L1, dateOrNull(e.analystDay)}};
        if (!e.analystNote.isEmpty()) {
            analyst.insert("note"_L1, e.analystNote);
        }
        o.insert("analyst"_L1, analyst);
    }
    if (!e.conflicts.isEmpty()) {
        o.insert(
            "conflicts"_L1, arrayOf(e.conflicts, [](const EventConflict &c) {
                QJsonArray sources;
                for (const SourceRef &s : c.sources) {
                    sources.append(QJsonObject{{"article"_L1, s.article}, {"start"_L1, s.start}, {"end"_L1, s.end}});
                }
                return QJsonObject{{"field"_L1, c.field},
                                   {"values"_L1, QJsonArray::fromStringList(c.values)},
                                   {"sources"_L1, sources}};
            }));
    }
    return o;
}

QJsonDocument corpus(const Corpus &c)
{
    return QJsonDocument(
        QJsonObject{{"articles"_L1, arrayOf(c.articles, article)}, {"events"_L1, arrayOf(c.events, event)}});
}

} // namespace Newsline::JsonWriter
