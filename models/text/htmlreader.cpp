#include "htmlreader.h"

#include "resourcedata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <gumbo.h>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::HtmlReader", text);
}

// Deeper elements are read as their text only: a page nested this deep is hostile, not news.
constexpr int MaxDepth = 400;

struct Knowledge
{
    QSet<int> skipTags;
    QSet<int> boilerplateTags;
    QSet<int> blockTags;
    QSet<QString> boilerplateWords;
    QSet<QString> articleClasses;
    QStringList titleSeparators;

    static const Knowledge &instance()
    {
        static const Knowledge knowledge = [] {
            Knowledge k;
            const QJsonObject root = ResourceData::json(u"knowledge/html.json"_s).object();
            const auto tags = [&root](const char *key) {
                QSet<int> set;
                for (const QJsonValue &value : root.value(QLatin1StringView(key)).toArray()) {
                    const GumboTag tag = gumbo_tag_enum(value.toString().toUtf8().constData());
                    if (tag != GUMBO_TAG_UNKNOWN) {
                        set.insert(int(tag));
                    }
                }
                return set;
            };
            const auto words = [&root](const char *key) {
                QSet<QString> set;
                for (const QJsonValue &value : root.value(QLatin1StringView(key)).toArray()) {
                    set.insert(value.toString().toLower());
                }
                return set;
            };
            k.skipTags = tags("skipTags");
            k.boilerplateTags = tags("boilerplateTags");
            k.blockTags = tags("blockTags");
            k.boilerplateWords = words("boilerplateWords");
            k.articleClasses = words("articleClasses");
            for (const QJsonValue &value : root.value("titleSeparators"_L1).toArray()) {
                k.titleSeparators.append(value.toString());
            }
            return k;
        }();
        return knowledge;
    }
};

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        return {};
    }
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return node->type == GUMBO_NODE_ELEMENT && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

// Site furniture by its element (nav, aside...) or by a word of its class or id (share-buttons, related_links...).
bool isFurniture(const GumboNode *node)
{
    const Knowledge &k = Knowledge::instance();
    if (k.boilerplateTags.contains(int(tagOf(node)))) {
        return true;
    }
    if (attribute(node, "role") == u"navigation" || attribute(node, "role") == u"complementary" ||
        attribute(node, "role") == u"banner" || attribute(node, "role") == u"contentinfo") {
        return true;
    }
    static const QRegularExpression separators(u"[\\s_\\-]+"_s);
    const QString names = QString(attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    if (names.trimmed().isEmpty()) {
        return false;
    }
    const QStringList parts = names.split(separators, Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&k](const QString &part) { return k.boilerplateWords.contains(part); });
}

bool isHidden(const GumboNode *node)
{
    return hasAttribute(node, "hidden") || attribute(node, "aria-hidden") == u"true";
}

bool marksArticleBody(const GumboNode *node)
{
    if (attribute(node, "itemprop").compare(u"articleBody"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const Knowledge &k = Knowledge::instance();
    const QStringList names =
        QString(attribute(node, "class") + u' ' + attribute(node, "id")).toLower().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(names.cbegin(), names.cend(),
                       [&k](const QString &name) { return k.articleClasses.contains(name); });
}

// Text of a subtree, skipping what is never text; for titles, time elements and paragraph scoring.
void collectText(const GumboNode *node, QString &out, int depth = 0)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth ||
        Knowledge::instance().skipTags.contains(int(tagOf(node)))) {
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        collectText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
        if (Knowledge::instance().blockTags.contains(int(tagOf(static_cast<const GumboNode *>(children.data[i]))))) {
            out += u' ';
        }
    }
}

QString textOf(const GumboNode *node)
{
    QString text;
    collectText(node, text);
    return simplified(text);
}

// Writes the body's text, paragraph by paragraph, and notes which paragraphs are furniture.
class TextBuilder
{
public:
    explicit TextBuilder(QString skipHeading)
        : m_skipHeading(std::move(skipHeading))
    {
    }

    void walk(const GumboNode *node, bool furniture, int depth = 0)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            appendText(QString::fromUtf8(node->v.text.text), furniture);
            return;
        }
        if (node->type == GUMBO_NODE_WHITESPACE) {
            appendText(u" "_s, furniture);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT) {
            return;
        }
        const Knowledge &k = Knowledge::instance();
        const GumboTag tag = tagOf(node);
        if (k.skipTags.contains(int(tag)) || isHidden(node)) {
            return;
        }
        // The headline is the article's title, not its first paragraph.
        if ((tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2) && !m_skipHeading.isEmpty() && textOf(node) == m_skipHeading) {
            m_skipHeading.clear();
            return;
        }
        const bool block = k.blockTags.contains(int(tag));
        const bool inner = furniture || isFurniture(node);
        if (block) {
            breakParagraph();
        }
        if (tag == GUMBO_TAG_PRE) {
            ++m_pre;
        }
        if (depth < MaxDepth) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                walk(static_cast<const GumboNode *>(children.data[i]), inner, depth + 1);
            }
        } else {
            appendText(textOf(node), inner);
        }
        if (tag == GUMBO_TAG_PRE) {
            --m_pre;
        }
        if (block) {
            breakParagraph();
        }
    }

    HtmlReader::Page finish(Article article)
    {
        breakParagraph();
        HtmlReader::Page page;
        page.article = std::move(article);
        page.article.text = m_text;
        page.boilerplate = m_boilerplate;
        return page;
    }

private:
    void appendText(const QString &raw, bool furniture)
    {
        for (const QChar c : raw) {
            if (m_pre > 0 && c == u'\n') {
                breakParagraph();
                continue;
            }
            // No-break spaces stay what they are: "2 billion" with one must read like the text file's.
            if (c.isSpace() && c != QChar(0x00A0)) {
                m_pendingSpace = !m_paragraph.isEmpty();
                continue;
            }
            if (m_pendingSpace) {
                m_paragraph += u' ';
                m_pendingSpace = false;
            }
            m_paragraph += c;
        }
        if (!raw.trimmed().isEmpty()) {
            m_paragraphFurniture = m_paragraphFurniture && furniture;
            m_paragraphHasText = true;
        }
    }

    void breakParagraph()
    {
        m_pendingSpace = false;
        if (!m_paragraph.isEmpty() && m_paragraphHasText) {
            if (!m_text.isEmpty()) {
                m_text += u"\n\n"_s;
            }
            const int start = int(m_text.size());
            m_text += m_paragraph;
            if (m_paragraphFurniture) {
                const int end = int(m_text.size());
                if (!m_boilerplate.isEmpty() && m_boilerplate.last().end + 2 == start) {
                    m_boilerplate.last().end = end;
                } else {
                    m_boilerplate.append({start, end});
                }
            }
        }
        m_paragraph.clear();
        m_paragraphFurniture = true;
        m_paragraphHasText = false;
    }

    QString m_skipHeading;
    QString m_text;
    QString m_paragraph;
    QList<TextSpan> m_boilerplate;
    bool m_pendingSpace = false;
    bool m_paragraphFurniture = true;
    bool m_paragraphHasText = false;
    int m_pre = 0;
};

struct Metadata
{
    QString ogTitle;
    QString titleTag;
    QString h1;
    QString siteName;
    QString canonical;
    QString ogUrl;
    QString language;
    QString author;
    QStringList dates; // best first
    QString ldHeadline;
    QString ldPublisher;
    QString ldAuthor;
    QString ldUrl;
    QStringList ldDates;
    QStringList timeDates;
    QStringList metaDates;
};

QString nameOf(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isObject()) {
        return value.toObject().value("name"_L1).toString();
    }
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = nameOf(item);
            if (!name.isEmpty()) {
                names.append(name);
            }
        }
        return names.join(u", "_s);
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    const auto one = [](const QString &name) { return name.endsWith(u"Article"_s) || name == u"BlogPosting"; };
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [&one](const QJsonValue &v) { return one(v.toString()); });
    }
    return one(type.toString());
}

void readJsonLd(const QJsonValue &value, Metadata &meta, int depth = 0)
{
    if (depth > 8) {
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            readJsonLd(item, meta, depth + 1);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains("@graph"_L1)) {
        readJsonLd(object.value("@graph"_L1), meta, depth + 1);
    }
    if (!isArticleType(object.value("@type"_L1)) || !meta.ldHeadline.isEmpty()) {
        return;
    }
    meta.ldHeadline = object.value("headline"_L1).toString().simplified();
    meta.ldPublisher = nameOf(object.value("publisher"_L1)).simplified();
    meta.ldAuthor = nameOf(object.value("author"_L1)).simplified();
    meta.ldUrl = object.value("url"_L1).toString();
    if (meta.ldUrl.isEmpty()) {
        const QJsonValue page = object.value("mainEntityOfPage"_L1);
        meta.ldUrl = page.isObject() ? page.toObject().value("@id"_L1).toString() : page.toString();
    }
    for (const char *key : {"datePublished", "dateCreated"}) {
        const QString date = object.value(QLatin1StringView(key)).toString();
        if (!date.isEmpty()) {
            meta.ldDates.append(date);
        }
    }
}

void readMetadata(const GumboNode *node, Metadata &meta, int depth = 0)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth) {
        return;
    }
    switch (tagOf(node)) {
    case GUMBO_TAG_HTML:
        meta.language = attribute(node, "lang").trimmed();
        if (meta.language.isEmpty()) {
            meta.language = attribute(node, "xml:lang").trimmed();
        }
        break;
    case GUMBO_TAG_TITLE:
        if (meta.titleTag.isEmpty()) {
            meta.titleTag = textOf(node);
            if (meta.titleTag.isEmpty() && node->v.element.children.length > 0) {
                const auto *text = static_cast<const GumboNode *>(node->v.element.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT) {
                    meta.titleTag = QString::fromUtf8(text->v.text.text).simplified();
                }
            }
        }
        return;
    case GUMBO_TAG_H1:
        if (meta.h1.isEmpty()) {
            meta.h1 = textOf(node);
        }
        break;
    case GUMBO_TAG_META: {
        const QString key = QString(attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop"))
                                .trimmed()
                                .toLower();
        const QString content = attribute(node, "content").trimmed();
        if (content.isEmpty()) {
            return;
        }
        if (key == u"og:title" && meta.ogTitle.isEmpty()) {
            meta.ogTitle = content.simplified();
        } else if (key == u"og:site_name" && meta.siteName.isEmpty()) {
            meta.siteName = content.simplified();
        } else if (key == u"og:url" && meta.ogUrl.isEmpty()) {
            meta.ogUrl = content;
        } else if ((key == u"author" || key == u"article:author") && meta.author.isEmpty()) {
            meta.author = content.simplified();
        } else if (key == u"article:published_time") {
            meta.dates.append(content);
        } else if (key == u"datepublished" || key == u"date" || key == u"pubdate" || key == u"publishdate" ||
                   key == u"dc.date" || key == u"dc.date.issued" || key == u"sailthru.date") {
            meta.metaDates.append(content);
        }
        return;
    }
    case GUMBO_TAG_LINK:
        if (attribute(node, "rel").toLower().split(u' ').contains(u"canonical"_s) && meta.canonical.isEmpty()) {
            meta.canonical = attribute(node, "href").trimmed();
        }
        return;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").trimmed().toLower() == u"application/ld+json") {
            QString json;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
                    json += QString::fromUtf8(child->v.text.text);
                }
            }
            readJsonLd(QJsonDocument::fromJson(json.toUtf8()).isArray()
                           ? QJsonValue(QJsonDocument::fromJson(json.toUtf8()).array())
                           : QJsonValue(QJsonDocument::fromJson(json.toUtf8()).object()),
                       meta);
        }
        return;
    case GUMBO_TAG_TIME: {
        const QString datetime = attribute(node, "datetime").trimmed();
        if (!datetime.isEmpty()) {
            // A <time> marked as the publication comes before the other dates of the page.
            if (hasAttribute(node, "pubdate") ||
                attribute(node, "itemprop").compare(u"datePublished"_s, Qt::CaseInsensitive) == 0) {
                meta.timeDates.prepend(datetime);
            } else {
                meta.timeDates.append(datetime);
            }
        }
        break;
    }
    default:
        break;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        readMetadata(static_cast<const GumboNode *>(children.data[i]), meta, depth + 1);
    }
}

// "2024-02-27", "2024-02-27T09:30:00+09:00", "Tue, 27 Feb 2024 09:30:00 GMT": the calendar date as written.
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

// The body: an element marked as the article body, else the <article> or <main> with most paragraph text, else the
// element whose own paragraphs hold most text.
struct Candidates
{
    QList<QPair<const GumboNode *, qsizetype>> marked;
    QList<QPair<const GumboNode *, qsizetype>> articles;
    QList<QPair<const GumboNode *, qsizetype>> mains;
    QHash<const GumboNode *, qsizetype> paragraphParents;
};

qsizetype scoreParagraphs(const GumboNode *node, Candidates &candidates, int depth = 0)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > MaxDepth) {
        return 0;
    }
    const GumboTag tag = tagOf(node);
    if (Knowledge::instance().skipTags.contains(int(tag)) || isFurniture(node) || isHidden(node)) {
        return 0;
    }
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE) {
        const qsizetype length = textOf(node).size();
        if (node->parent) {
            candidates.paragraphParents[node->parent] += length;
        }
        return length;
    }
    qsizetype total = 0;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        total += scoreParagraphs(static_cast<const GumboNode *>(children.data[i]), candidates, depth + 1);
    }
    if (marksArticleBody(node)) {
        candidates.marked.append({node, total});
    } else if (tag == GUMBO_TAG_ARTICLE) {
        candidates.articles.append({node, total});
    } else if (tag == GUMBO_TAG_MAIN || attribute(node, "role") == u"main") {
        candidates.mains.append({node, total});
    }
    return total;
}

const GumboNode *findBody(const GumboNode *root)
{
    Candidates candidates;
    scoreParagraphs(root, candidates);
    const auto best = [](const QList<QPair<const GumboNode *, qsizetype>> &list) -> const GumboNode * {
        const GumboNode *found = nullptr;
        qsizetype score = 0;
        for (const auto &[node, length] : list) {
            if (length > score) {
                found = node;
                score = length;
            }
        }
        return found;
    };
    for (const auto *list : {&candidates.marked, &candidates.articles, &candidates.mains}) {
        if (const GumboNode *node = best(*list)) {
            return node;
        }
    }
    const GumboNode *found = nullptr;
    qsizetype score = 0;
    for (auto it = candidates.paragraphParents.cbegin(); it != candidates.paragraphParents.cend(); ++it) {
        if (it.value() > score) {
            found = it.key();
            score = it.value();
        }
    }
    return found;
}

const GumboNode *findBodyElement(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        return nullptr;
    }
    if (tagOf(node) == GUMBO_TAG_BODY) {
        return node;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode *body = findBodyElement(static_cast<const GumboNode *>(children.data[i]))) {
            return body;
        }
    }
    return nullptr;
}

// "Orbital Freight raises €40m | The Harbour Ledger" without its site name.
QString stripSiteName(const QString &title, const QString &siteName)
{
    for (const QString &separator : Knowledge::instance().titleSeparators) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at <= 0) {
            continue;
        }
        const QString tail = title.mid(at + separator.size()).trimmed();
        const QString head = title.left(at).trimmed();
        if (siteName.isEmpty() || tail.compare(siteName, Qt::CaseInsensitive) == 0 || tail.size() < head.size()) {
            return head;
        }
    }
    return title;
}

struct GumboDocument
{
    explicit GumboDocument(const QByteArray &utf8)
        : output(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())))
    {
    }
    ~GumboDocument() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
    GumboDocument(const GumboDocument &) = delete;
    GumboDocument &operator=(const GumboDocument &) = delete;
    GumboOutput *output;
};

} // namespace

HtmlReader::Page HtmlReader::readPage(const QByteArray &utf8)
{
    const GumboDocument document(utf8);
    Metadata meta;
    readMetadata(document.output->root, meta);

    Article article;
    article.title = !meta.ogTitle.isEmpty()      ? meta.ogTitle
                    : !meta.ldHeadline.isEmpty() ? meta.ldHeadline
                    : !meta.h1.isEmpty()         ? meta.h1
                                                 : stripSiteName(meta.titleTag, meta.siteName);
    article.source = !meta.siteName.isEmpty() ? meta.siteName : meta.ldPublisher;
    article.url = !meta.canonical.isEmpty() ? meta.canonical : !meta.ogUrl.isEmpty() ? meta.ogUrl : meta.ldUrl;
    if (!meta.language.isEmpty()) {
        article.language = meta.language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    }
    const QString author = !meta.author.isEmpty() ? meta.author : meta.ldAuthor;
    if (!author.isEmpty()) {
        article.extraMetadata.append({u"author"_s, author});
    }
    for (const QStringList *dates : {&meta.dates, &meta.ldDates, &meta.metaDates, &meta.timeDates}) {
        for (const QString &value : *dates) {
            if (const QDate date = parseDate(value); date.isValid()) {
                article.published = date;
                break;
            }
        }
        if (article.published.isValid()) {
            break;
        }
    }

    const GumboNode *body = findBody(document.output->root);
    if (!body) {
        body = findBodyElement(document.output->root);
    }
    TextBuilder builder(article.title);
    if (body) {
        builder.walk(body, false);
    }
    return builder.finish(std::move(article));
}

HtmlReader::Page HtmlReader::readFragment(const QByteArray &utf8)
{
    const GumboDocument document(utf8);
    TextBuilder builder({});
    if (const GumboNode *body = findBodyElement(document.output->root)) {
        builder.walk(body, false);
    }
    return builder.finish({});
}

std::optional<QByteArray> HtmlReader::toUtf8(const QByteArray &bytes, QString *error, const QByteArray &charset)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return bytes.mid(3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            *error = tr("not valid UTF-16 although it starts with a UTF-16 byte order mark");
            return std::nullopt;
        }
        return text.toUtf8();
    }
    QByteArray declared = charset.trimmed().toLower();
    if (declared.isEmpty()) {
        // The charset a page declares in its first bytes, as browsers look for it before parsing.
        const QByteArray head = bytes.left(4096).toLower();
        const qsizetype at = head.indexOf("charset=");
        if (at >= 0) {
            qsizetype start = at + 8;
            while (start < head.size() && (head.at(start) == '"' || head.at(start) == '\'' || head.at(start) == ' ')) {
                ++start;
            }
            qsizetype end = start;
            while (end < head.size() && (std::isalnum(uchar(head.at(end))) || head.at(end) == '-' ||
                                         head.at(end) == '_' || head.at(end) == ':')) {
                ++end;
            }
            declared = head.mid(start, end - start);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = decoder.decode(bytes);
    const bool validUtf8 = !decoder.hasError();
    if (declared.isEmpty() || declared == "utf-8" || declared == "utf8" || declared == "us-ascii" ||
        declared == "ascii") {
        if (validUtf8) {
            return bytes;
        }
        *error = tr("not valid UTF-8 and no other character set declared");
        return std::nullopt;
    }
    // Latin-1 is what pages declaring Western encodings mostly hold; Windows-1252's extra letters are read as Latin-1.
    if (declared == "iso-8859-1" || declared == "latin1" || declared == "latin-1" || declared == "windows-1252" ||
        declared == "cp1252" || declared == "iso-8859-15") {
        return QString::fromLatin1(bytes).toUtf8();
    }
    if (validUtf8) {
        return bytes;
    }
    *error =
        tr("character set \"%1\" is not supported (UTF-8, UTF-16 and Latin-1 are)").arg(QString::fromLatin1(declared));
    return std::nullopt;
}

} // namespace Newsline
