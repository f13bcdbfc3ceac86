#include "timelinejsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsline::TimelineJsExport {

namespace {

// TimelineJS leaves out what a date does not know: a year alone, or a year and a month.
QJsonObject date(const QDate &day, Event::Precision precision)
{
    QJsonObject object{{"year"_L1, QString::number(day.year())}};
    if (precision != Event::Precision::Year) {
        object.insert("month"_L1, QString::number(day.month()));
    }
    if (precision == Event::Precision::Day || precision == Event::Precision::Week) {
        object.insert("day"_L1, QString::number(day.day()));
    }
    return object;
}

} // namespace

QByteArray timeline(const Corpus &corpus, const QString &title)
{
    QJsonArray events;
    for (const Event &event : corpus.events) {
        if (!event.date.isValid()) {
            continue;
        }
        QJsonObject slide{
            {"start_date"_L1, date(event.date, event.precision)}, {"unique_id"_L1, event.id}, {"group"_L1, event.lane}};
        if (event.precision == Event::Precision::Week) {
            slide.insert("end_date"_L1, date(event.lastDay(), event.precision));
        }
        QString text = u"<p>"_s + event.summary.toHtmlEscaped() + u"</p><ul>"_s;
        for (const SourceRef &ref : event.sources) {
            if (ref.article < 0 || ref.article >= corpus.articles.size()) {
                continue;
            }
            const Article &article = corpus.articles.at(ref.article);
            const QString name = article.displayTitle().toHtmlEscaped();
            text +=
                u"<li>"_s +
                (article.url.isEmpty() ? name
                                       : u"<a href=\""_s + article.url.toHtmlEscaped() + u"\">"_s + name + u"</a>"_s) +
                u" <small>("_s + article.file.toHtmlEscaped() + u", characters "_s + QString::number(ref.start) +
                u"–"_s + QString::number(ref.end) + u")</small></li>"_s;
        }
        text += u"</ul>"_s;
        slide.insert("text"_L1, QJsonObject{{"headline"_L1, event.summary}, {"text"_L1, text}});
        events.append(slide);
    }
    const QJsonObject document{{"title"_L1, QJsonObject{{"text"_L1, QJsonObject{{"headline"_L1, title}}}}},
                               {"events"_L1, events}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace Newsline::TimelineJsExport
