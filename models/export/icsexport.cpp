#include "icsexport.h"

#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Newsline::IcsExport {

namespace {

QString escaped(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u";"_s, u"\\;"_s);
    text.replace(u","_s, u"\\,"_s);
    text.replace(u"\r\n"_s, u"\\n"_s);
    text.replace(u"\n"_s, u"\\n"_s);
    return text;
}

// Content lines are folded at 75 octets, never inside a UTF-8 sequence.
QByteArray folded(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        const bool continuation = (c & 0xC0) == 0x80;
        if (!continuation && width >= 74) {
            out += "\r\n ";
            width = 1;
        }
        out += char(c);
        ++width;
    }
    return out + "\r\n";
}

QString day(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s);
}

} // namespace

QString uid(const Event &event)
{
    QStringList parties;
    for (const EventParty &party : event.parties) {
        parties.append(party.name + u'/' + EventParty::roleName(party.role));
    }
    parties.sort();
    const QString key = Event::typeName(event.type) + u'|' + event.dateText() + u'|' + parties.join(u'|');
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
           u"@newsline"_s;
}

QByteArray calendar(const Corpus &corpus, const QDateTime &stamp)
{
    QByteArray out;
    out += folded(u"BEGIN:VCALENDAR"_s);
    out += folded(u"VERSION:2.0"_s);
    out += folded(u"PRODID:-//Newsline//Newsline " NEWSLINE_VERSION "//EN"_s);
    out += folded(u"CALSCALE:GREGORIAN"_s);
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QSet<QString> seen;
    for (const Event &event : corpus.events) {
        if (!event.date.isValid()) {
            continue;
        }
        QString id = uid(event);
        // Two events alike in all the UID is made of stay two events.
        for (int n = 2; seen.contains(id); ++n) {
            id = uid(event).replace(u"@newsline"_s, u"-%1@newsline"_s.arg(n));
        }
        seen.insert(id);
        QStringList description{event.summary};
        QString url;
        for (const SourceRef &ref : event.sources) {
            if (ref.article < 0 || ref.article >= corpus.articles.size()) {
                continue;
            }
            const Article &article = corpus.articles.at(ref.article);
            description.append(u"Source: "_s + article.displayTitle() +
                               (article.url.isEmpty() ? QString() : u" <"_s + article.url + u'>') + u" ("_s +
                               article.file + u", characters "_s + QString::number(ref.start) + u'-' +
                               QString::number(ref.end) + u')');
            if (url.isEmpty()) {
                url = article.url;
            }
        }
        out += folded(u"BEGIN:VEVENT"_s);
        out += folded(u"UID:"_s + id);
        out += folded(u"DTSTAMP:"_s + dtstamp);
        out += folded(u"DTSTART;VALUE=DATE:"_s + day(event.date));
        out += folded(u"DTEND;VALUE=DATE:"_s + day(event.lastDay().addDays(1)));
        out += folded(u"SUMMARY:"_s + escaped(event.summary));
        out += folded(u"DESCRIPTION:"_s + escaped(description.join(u'\n')));
        out += folded(u"CATEGORIES:"_s + escaped(Event::typeName(event.type)));
        if (!url.isEmpty()) {
            out += folded(u"URL:"_s + url);
        }
        out += folded(u"END:VEVENT"_s);
    }
    out += folded(u"END:VCALENDAR"_s);
    return out;
}

} // namespace Newsline::IcsExport
