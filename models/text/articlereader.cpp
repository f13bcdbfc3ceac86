#include "articlereader.h"

#include "feedreader.h"
#include "htmlreader.h"
#include "mhtmlreader.h"
#include "segmenter.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::ArticleReader", text);
}

ArticleReader::Result makeError(const QString &path, const QString &reason)
{
    return {std::nullopt, ReadError{path, reason}, {}, {}};
}

// Normalises line ends to "\n" and drops a leading BOM; nothing else of the text changes.
QString normalise(QString text)
{
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool looksLikeHeadline(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 160) {
        return false;
    }
    const QChar last = trimmed.back();
    return last != u'.' && last != u',' && last != u';' && last != u':';
}

} // namespace

using Result = ArticleReader::Result;

qsizetype ArticleReader::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80) {
                return i;
            }
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (code < minimum || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
            return i;
        }
        i += extra + 1;
    }
    return -1;
}

namespace {

QString notRegular()
{
    return tr("is not a regular file (a pipe, device or socket); only article files are read");
}

QString tooLarge(qint64 size)
{
    const QLocale locale;
    return size > 0 ? tr("file is %1 bytes, over the limit of %2 bytes (%3 MiB) for one article")
                          .arg(locale.toString(size), locale.toString(ArticleReader::MaxFileSize))
                          .arg(ArticleReader::MaxFileSize / (1024 * 1024))
                    : tr("file grew past the limit of %1 bytes (%2 MiB) for one article while it was read")
                          .arg(locale.toString(ArticleReader::MaxFileSize))
                          .arg(ArticleReader::MaxFileSize / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> ArticleReader::load(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *reason = info.isSymLink() ? tr("symbolic link that leads nowhere (its target is missing or a loop)")
                                   : tr("no such file or folder");
        return std::nullopt;
    }
    if (info.isDir()) {
        *reason = tr("is a folder, not an article file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *reason = notRegular();
        return std::nullopt;
    }
    if (info.size() > MaxFileSize) {
        *reason = tooLarge(info.size());
        return std::nullopt;
    }
    QFile file;
    if (path.startsWith(u':')) {
        // Articles bundled in the program's resources (the sample corpus): never a pipe.
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *reason = tr("cannot be opened: %1").arg(file.errorString());
            return std::nullopt;
        }
    } else {
        // Opened without waiting and checked on the open descriptor: a file swapped for a pipe after the checks above
        // must not block the program (opening a pipe with no writer waits forever).
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            *reason = tr("cannot be opened: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return std::nullopt;
        }
        struct stat st = {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            *reason = notRegular();
            return std::nullopt;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *reason = tr("cannot be opened: %1").arg(file.errorString());
            return std::nullopt;
        }
    }
    // Read one byte past the limit so that a file growing while read is still refused.
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        *reason = tooLarge(0);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *reason = tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

Result ArticleReader::read(const QString &path) const
{
    QString reason;
    const std::optional<QByteArray> bytes = load(path, &reason);
    if (!bytes) {
        return makeError(path, reason);
    }
    return parse(*bytes, path);
}

QList<Article> ArticleReader::Result::takeArticles()
{
    QList<Article> articles;
    if (article) {
        articles.append(std::move(*article));
        article.reset();
    }
    articles.append(std::move(moreArticles));
    moreArticles.clear();
    return articles;
}

ArticleReader::Format ArticleReader::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") {
        return Format::Html;
    }
    if (suffix == u"mhtml" || suffix == u"mht") {
        return Format::Mhtml;
    }
    if (suffix == u"rss" || suffix == u"atom" || suffix == u"xml") {
        return Format::Feed;
    }
    return Format::Text;
}

QStringList ArticleReader::filePatterns()
{
    // Folders are not searched for *.xml: other XML (annotations, settings) lies in folders of articles.
    return {u"*.txt"_s, u"*.html"_s, u"*.htm"_s, u"*.xhtml"_s, u"*.mhtml"_s, u"*.mht"_s, u"*.rss"_s, u"*.atom"_s};
}

Result ArticleReader::parse(const QByteArray &bytes, const QString &path) const
{
    if (bytes.trimmed().isEmpty()) {
        return makeError(path, bytes.isEmpty() ? tr("empty file") : tr("file holds only white space"));
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return makeError(path, tr("binary file, not text (NUL byte at byte offset %1)").arg(nul));
    }
    switch (formatOf(path)) {
    case Format::Html:
        return parseHtml(bytes, path, {});
    case Format::Mhtml: {
        QString error;
        const auto part = MhtmlReader::htmlPart(bytes, &error);
        if (!part) {
            return makeError(path, error);
        }
        if (part->html.indexOf('\0') >= 0) {
            return makeError(path, tr("binary data in the web archive's HTML part"));
        }
        return parseHtml(part->html, path, part->charset);
    }
    case Format::Feed:
        return parseFeed(bytes, path);
    case Format::Text:
        break;
    }
    return parseText(bytes, path);
}

void ArticleReader::finishPage(Article &article, const QList<TextSpan> &furniture) const
{
    if (!article.published.isValid()) {
        article.published = m_defaultPublished;
    }
    Segmenter::segment(article);
    if (!furniture.isEmpty()) {
        article.boilerplate.append(furniture);
        std::sort(article.boilerplate.begin(), article.boilerplate.end(),
                  [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
        // Overlapping spans become one, so that every position lies in at most one.
        QList<TextSpan> merged;
        for (const TextSpan &span : std::as_const(article.boilerplate)) {
            if (!merged.isEmpty() && span.start <= merged.last().end) {
                merged.last().end = std::max(merged.last().end, span.end);
            } else {
                merged.append(span);
            }
        }
        article.boilerplate = merged;
    }
}

QString ReadError::count(const QList<ReadError> &errors)
{
    const auto items =
        int(std::count_if(errors.cbegin(), errors.cend(), [](const ReadError &e) { return e.isItem(); }));
    const int files = int(errors.size()) - items;
    const QString fileText = QCoreApplication::translate("Newsline::ArticleReader", "%n file(s)", nullptr, files);
    const QString itemText = QCoreApplication::translate("Newsline::ArticleReader", "%n feed item(s)", nullptr, items);
    if (files > 0 && items > 0) {
        //: %1 a number of files, %2 a number of items of RSS or Atom feeds
        return QCoreApplication::translate("Newsline::ArticleReader", "%1 and %2").arg(fileText, itemText);
    }
    return files > 0 ? fileText : items > 0 ? itemText : QString();
}

Result ArticleReader::parseHtml(const QByteArray &bytes, const QString &path, const QByteArray &charset) const
{
    QString error;
    const auto utf8 = HtmlReader::toUtf8(bytes, &error, charset);
    if (!utf8) {
        return makeError(path, error);
    }
    HtmlReader::Page page = HtmlReader::readPage(*utf8);
    if (page.article.text.trimmed().isEmpty()) {
        return makeError(path, tr("web page holds no article text"));
    }
    if (page.boilerplate.size() == 1 && page.boilerplate.constFirst().start == 0 &&
        page.boilerplate.constFirst().end == int(page.article.text.size())) {
        return makeError(path, tr("web page holds only site furniture (menus, links, notices), no article text"));
    }
    page.article.file = path;
    finishPage(page.article, page.boilerplate);
    return {std::move(page.article), std::nullopt, {}, {}};
}

Result ArticleReader::parseFeed(const QByteArray &bytes, const QString &path) const
{
    FeedReader::Result feed = FeedReader::read(bytes);
    if (!feed.error.isEmpty()) {
        return makeError(path, feed.error);
    }
    Result result;
    for (qsizetype i = 0; i < feed.items.size(); ++i) {
        FeedReader::Item &item = feed.items[i];
        const QString name = path + u'#' + QString::number(i + 1);
        if (!item.error.isEmpty()) {
            result.itemErrors.append({path, item.error, int(i + 1)});
            continue;
        }
        item.page.article.file = name;
        finishPage(item.page.article, item.page.boilerplate);
        if (!result.article) {
            result.article = std::move(item.page.article);
        } else {
            result.moreArticles.append(std::move(item.page.article));
        }
    }
    if (!result.article) {
        // No item gave an article: the feed is one bad file, as a page without text is.
        const ReadError first = result.itemErrors.constFirst();
        return makeError(path, result.itemErrors.size() == 1
                                   ? tr("its only item %1").arg(first.reason)
                                   : tr("none of the feed's %1 items has text").arg(result.itemErrors.size()));
    }
    return result;
}

Result ArticleReader::parseText(const QByteArray &bytes, const QString &path) const
{
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return makeError(path, tr("not valid UTF-8 (invalid byte 0x%1 at byte offset %2)")
                                   .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                                   .arg(bad));
    }

    const QString all = normalise(QString::fromUtf8(bytes));
    Article article;
    article.file = path;
    article.published = m_defaultPublished;

    qsizetype bodyStart = 0;
    bool hasTitle = false;
    if (all.startsWith(u"---\n"_s) || all == u"---"_s) {
        static const QRegularExpression closing(u"\\n---[ \\t]*(\\n|$)"_s);
        if (!closing.match(all, 3).hasMatch()) {
            return makeError(path, tr("front matter opened on line 1 is never closed with \"---\""));
        }
        qsizetype pos = 4;
        int lineNumber = 1;
        bool closed = false;
        while (pos < all.size()) {
            qsizetype eol = all.indexOf(u'\n', pos);
            if (eol < 0) {
                eol = all.size();
            }
            ++lineNumber;
            const QStringView line = QStringView(all).mid(pos, eol - pos);
            pos = eol + 1;
            if (line.trimmed() == u"---") {
                closed = true;
                break;
            }
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#')) {
                continue;
            }
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0) {
                return makeError(path, tr("line %1: front matter line is not \"key: value\"").arg(lineNumber));
            }
            const QString key = line.left(colon).trimmed().toString().toLower();
            QString value = line.mid(colon + 1).trimmed().toString();
            if (value.size() >= 2 && ((value.startsWith(u'"') && value.endsWith(u'"')) ||
                                      (value.startsWith(u'\'') && value.endsWith(u'\'')))) {
                value = value.mid(1, value.size() - 2);
            }
            if (key == u"title") {
                article.title = value;
                hasTitle = !value.isEmpty();
            } else if (key == u"source") {
                article.source = value;
            } else if (key == u"url") {
                article.url = value;
            } else if (key == u"published" || key == u"date") {
                if (value.isEmpty()) {
                    continue;
                }
                static const QRegularExpression isoDate(
                    u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$"_s);
                const auto match = isoDate.match(value);
                const QDate date = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                                            match.captured(3).toInt())
                                                    : QDate();
                if (!date.isValid()) {
                    return makeError(path, tr("line %1: malformed date \"%2\" for %3 (expected YYYY-MM-DD)")
                                               .arg(lineNumber)
                                               .arg(value, key));
                }
                article.published = date;
            } else if (key == u"language") {
                article.language = value.isEmpty() ? u"en"_s : value;
            } else if (key == u"original_language") {
                article.originalLanguage = value;
            } else if (key == u"note") {
                article.note = value;
            } else {
                article.extraMetadata.append({key, value});
            }
        }
        if (!closed) {
            return makeError(path, tr("front matter opened on line 1 is never closed with \"---\""));
        }
        bodyStart = std::min(pos, all.size());
    }

    article.text = all.mid(bodyStart);
    if (article.text.trimmed().isEmpty()) {
        return makeError(path, tr("article has no text after its front matter"));
    }

    Segmenter::segment(article);

    if (!hasTitle && !article.paragraphs.isEmpty()) {
        const TextSpan first = article.paragraphs.constFirst();
        const bool more = article.paragraphs.size() > 1;
        if (more && looksLikeHeadline(article.textOf(first))) {
            article.title = article.textOf(first).trimmed().toString();
        }
    }
    return {std::move(article), std::nullopt, {}, {}};
}

QStringList ArticleReader::collectFiles(const QStringList &paths, QList<ReadError> *errors)
{
    QStringList files;
    auto problem = [errors](const QString &path, const QString &reason) {
        if (errors) {
            errors->append({path, reason});
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problem(path, info.isSymLink() ? tr("symbolic link that leads nowhere (its target is missing or a loop)")
                                           : tr("no such file or folder"));
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        // System entries too (pipes, devices, sockets named *.txt) and unreadable files: each is named as a problem
        // rather than left out without a word.
        QStringList found;
        const qsizetype problemsBefore = errors ? errors->size() : 0;
        QDirIterator it(path, filePatterns(), QDir::Files | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo entry = it.fileInfo();
            if (entry.isSymLink() && !entry.exists()) {
                problem(file, tr("symbolic link that leads nowhere (its target is missing or a loop)"));
            } else if (!entry.isFile()) {
                problem(file, notRegular());
            } else if (!entry.isReadable()) {
                problem(file, tr("cannot be read: permission denied"));
            } else {
                found.append(file);
            }
        }
        if (found.isEmpty()) {
            if (!errors || errors->size() == problemsBefore) {
                problem(path, tr("folder holds no article files (%1)").arg(filePatterns().join(u", "_s)));
            }
            continue;
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

} // namespace Newsline
