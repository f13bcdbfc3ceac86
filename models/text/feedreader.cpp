#include "feedreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Newsline::FeedReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::FeedReader", text);
}

constexpr auto AtomNamespace = "http://www.w3.org/2005/Atom"_L1;

// RSS dates are RFC 822 ("Tue, 27 Feb 2024 09:30:00 GMT"), Atom's and Dublin Core's ISO 8601.
QDate parseDate(const QString &value)
{
    static const QRegularExpression iso(u"^\\s*(\\d{4})-(\\d{2})-(\\d{2})"_s);
    if (const auto match = iso.match(value); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    // Only the calendar date counts: a zone by name ("GMT", "EST"), which Qt does not read, is set to UTC.
    static const QRegularExpression namedZone(u"\\s+[A-Za-z]{1,5}$"_s);
    QString rfcText = value.simplified();
    rfcText.replace(namedZone, u" +0000"_s);
    const QDateTime rfc = QDateTime::fromString(rfcText, Qt::RFC2822Date);
    return rfc.isValid() ? rfc.date() : QDate();
}

// Plain text content: paragraphs at blank lines, white space inside them collapsed.
HtmlReader::Page plainText(const QString &text)
{
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    QStringList paragraphs;
    for (const QString &paragraph : text.split(blankLines)) {
        if (const QString simple = paragraph.simplified(); !simple.isEmpty()) {
            paragraphs.append(simple);
        }
    }
    HtmlReader::Page page;
    page.article.text = paragraphs.join(u"\n\n"_s);
    return page;
}

struct RawItem
{
    QString title;
    QString link;
    QString date;
    QString updated;
    QString author;
    QString html;
    QString text;
    QString summaryHtml;
    QString summaryText;
    QString language;
};

struct Feed
{
    QString title;
    QString language;
};

// Reads an Atom text construct: "html" and "xhtml" are markup, anything else plain text.
void readAtomText(QXmlStreamReader &xml, QString *html, QString *text)
{
    const QString type = xml.attributes().value("type"_L1).toString();
    if (type == u"xhtml") {
        // The XHTML's elements are read as text of one block; its paragraphs are kept as lines.
        QString out;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                out += u'<' + xml.name().toString() + u'>';
            } else if (xml.isEndElement()) {
                --depth;
                if (depth > 0) {
                    out += u"</"_s + xml.name().toString() + u'>';
                }
            } else if (xml.isCharacters()) {
                out += xml.text().toString().toHtmlEscaped();
            }
        }
        *html = out;
    } else if (type == u"html" || type == u"text/html") {
        *html = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    } else {
        *text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
}

RawItem readItem(QXmlStreamReader &xml, bool atom)
{
    RawItem item;
    item.language = xml.attributes().value("xml:lang"_L1).toString();
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        const QStringView ns = xml.namespaceUri();
        if (name == u"title") {
            item.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (name == u"link") {
            if (atom || ns == AtomNamespace) {
                const QString rel = xml.attributes().value("rel"_L1).toString();
                if ((rel.isEmpty() || rel == u"alternate") && item.link.isEmpty()) {
                    item.link = xml.attributes().value("href"_L1).toString().trimmed();
                }
                xml.skipCurrentElement();
            } else {
                item.link = xml.readElementText().trimmed();
            }
        } else if (name == u"pubDate" || name == u"published" || (name == u"date" && item.date.isEmpty())) {
            item.date = xml.readElementText().trimmed();
        } else if (name == u"updated") {
            item.updated = xml.readElementText().trimmed();
        } else if (name == u"encoded") {
            item.html = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"description") {
            item.summaryHtml = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"content" && atom) {
            readAtomText(xml, &item.html, &item.text);
        } else if (name == u"summary" && atom) {
            readAtomText(xml, &item.summaryHtml, &item.summaryText);
        } else if (name == u"author" || name == u"creator") {
            if (atom) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"name") {
                        item.author = xml.readElementText().simplified();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                item.author = xml.readElementText().simplified();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return item;
}

Item makeItem(const RawItem &raw, const Feed &feed)
{
    Item item;
    HtmlReader::Page page;
    if (!raw.html.trimmed().isEmpty()) {
        page = HtmlReader::readFragment(raw.html.toUtf8());
    } else if (!raw.text.trimmed().isEmpty()) {
        page = plainText(raw.text);
    } else if (!raw.summaryHtml.trimmed().isEmpty()) {
        page = HtmlReader::readFragment(raw.summaryHtml.toUtf8());
    } else if (!raw.summaryText.trimmed().isEmpty()) {
        page = plainText(raw.summaryText);
    }
    if (page.article.text.trimmed().isEmpty()) {
        item.error = raw.title.isEmpty() ? tr("has no text") : tr("(\"%1\") has no text").arg(raw.title);
        return item;
    }
    Article &article = page.article;
    article.title = raw.title;
    article.url = raw.link;
    article.source = feed.title;
    article.published = parseDate(raw.date.isEmpty() ? raw.updated : raw.date);
    const QString language = raw.language.isEmpty() ? feed.language : raw.language;
    if (!language.isEmpty()) {
        article.language = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    }
    if (!raw.author.isEmpty()) {
        article.extraMetadata.append({u"author"_s, raw.author});
    }
    item.page = std::move(page);
    return item;
}

} // namespace

Result read(const QByteArray &bytes)
{
    Result result;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement()) {
        result.error =
            xml.hasError()
                ? tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString())
                : tr("no XML element in the file");
        return result;
    }
    const bool atom = xml.name() == u"feed";
    if (!atom && xml.name() != u"rss") {
        result.error = tr("not an RSS or Atom feed (its root element is <%1>)").arg(xml.name().toString());
        return result;
    }
    Feed feed;
    feed.language = xml.attributes().value("xml:lang"_L1).toString();
    QList<RawItem> raws;
    const auto readChannel = [&](auto &&self) -> void {
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"channel") {
                self(self);
            } else if (name == u"title" && feed.title.isEmpty()) {
                feed.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else if (name == u"language") {
                feed.language = xml.readElementText().trimmed();
            } else if ((atom && name == u"entry") || (!atom && name == u"item")) {
                raws.append(readItem(xml, atom));
            } else {
                xml.skipCurrentElement();
            }
        }
    };
    readChannel(readChannel);
    if (xml.hasError()) {
        result.error =
            tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return result;
    }
    if (raws.isEmpty()) {
        result.error = atom ? tr("Atom feed holds no entries") : tr("RSS feed holds no items");
        return result;
    }
    for (qsizetype i = 0; i < raws.size(); ++i) {
        result.items.append(makeItem(raws.at(i), feed));
    }
    return result;
}

} // namespace Newsline::FeedReader
