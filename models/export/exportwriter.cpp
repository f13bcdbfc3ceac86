#include "exportwriter.h"

#include "csvexport.h"
#include "icsexport.h"
#include "jsonwriter.h"
#include "timelinejsexport.h"

using namespace Qt::StringLiterals;

namespace Newsline::ExportWriter {

QStringList formatNames()
{
    return {u"csv"_s, u"figures-csv"_s, u"quotes-csv"_s, u"json"_s, u"ics"_s, u"timelinejs"_s};
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"csv" || key == u"events-csv") {
        return Format::EventsCsv;
    }
    if (key == u"figures-csv") {
        return Format::FiguresCsv;
    }
    if (key == u"quotes-csv") {
        return Format::QuotesCsv;
    }
    if (key == u"json") {
        return Format::Json;
    }
    if (key == u"ics" || key == u"icalendar") {
        return Format::Ics;
    }
    if (key == u"timelinejs") {
        return Format::TimelineJs;
    }
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::EventsCsv:
    case Format::FiguresCsv:
    case Format::QuotesCsv:
        return u"csv"_s;
    case Format::Json:
    case Format::TimelineJs:
        return u"json"_s;
    case Format::Ics:
        return u"ics"_s;
    }
    return {};
}

QByteArray write(Format format, const Corpus &corpus, const QString &title, const QDateTime &stamp)
{
    switch (format) {
    case Format::EventsCsv:
        return CsvExport::events(corpus);
    case Format::FiguresCsv:
        return CsvExport::figures(corpus);
    case Format::QuotesCsv:
        return CsvExport::quotes(corpus);
    case Format::Json:
        return JsonWriter::corpus(corpus).toJson(QJsonDocument::Indented);
    case Format::Ics:
        return IcsExport::calendar(corpus, stamp);
    case Format::TimelineJs:
        return TimelineJsExport::timeline(corpus, title);
    }
    return {};
}

} // namespace Newsline::ExportWriter
