#pragma once

#include "article.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// Why an input could not be read: one line naming the file (or a feed's item) and the reason.
struct ReadError
{
    QString file;
    QString reason;
    /// The number (from 1) of a feed's item that gave no article while the feed's other items did; 0 when the
    /// whole file could not be read.
    int item = 0;

    /// "file: reason", or "file#N: reason" for a feed's item (named as its article would have been), the line
    /// printed on stderr and shown in the window.
    [[nodiscard]] QString message() const
    {
        return (item > 0 ? file + QLatin1Char('#') + QString::number(item) : file) + QLatin1StringView(": ") + reason;
    }
    /// True for a feed's item rather than a whole file.
    [[nodiscard]] bool isItem() const { return item > 0; }

    /// How many files and feed items could not be read, for people: "2 files", "1 feed item",
    /// "2 files and 1 feed item" (translated); empty when none.
    [[nodiscard]] static QString count(const QList<ReadError> &errors);
};

/// Reads article files into Articles with paragraphs, sentences and boilerplate: plain text with optional front
/// matter (.txt and any other name), saved web pages (.html, .htm, .xhtml), web archives (.mhtml, .mht) and feeds
/// (.rss, .atom, .xml; one article per item).
class ArticleReader
{
public:
    /// Largest article file accepted, in bytes.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    struct Result
    {
        /// The file's article; a feed's first readable item.
        std::optional<Article> article;
        /// Why the file gave no article at all.
        std::optional<ReadError> error;
        /// A feed's further items, in file order; each is named "FILE#N", N its item number from 1.
        QList<Article> moreArticles;
        /// A feed's items that gave no article while others did.
        QList<ReadError> itemErrors;

        /// Every article read, the first one included.
        [[nodiscard]] QList<Article> takeArticles();
    };

    /// What a file holds, by its name.
    enum class Format
    {
        Text,
        Html,
        Mhtml,
        Feed
    };
    /// The format a file is read as, by its suffix.
    [[nodiscard]] static Format formatOf(const QString &path);
    /// File name patterns searched for in folders.
    [[nodiscard]] static QStringList filePatterns();

    /// Publication date for articles whose front matter gives none.
    void setDefaultPublished(const QDate &date) { m_defaultPublished = date; }
    [[nodiscard]] QDate defaultPublished() const { return m_defaultPublished; }

    /// The bytes of one regular file of at most MaxFileSize bytes; nullopt with the reason when it cannot be read.
    /// Never waits: a pipe, device or socket is refused before anything is read from it.
    [[nodiscard]] static std::optional<QByteArray> load(const QString &path, QString *reason);
    /// Reads and segments one file.
    [[nodiscard]] Result read(const QString &path) const;
    /// Parses the bytes of one file; path only names it in the article and in errors.
    [[nodiscard]] Result parse(const QByteArray &bytes, const QString &path) const;

    /// Expands paths: files stay, folders give their article files recursively (sorted; see filePatterns());
    /// problems go to errors.
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths, QList<ReadError> *errors);

    /// Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    [[nodiscard]] Result parseText(const QByteArray &bytes, const QString &path) const;
    [[nodiscard]] Result parseHtml(const QByteArray &bytes, const QString &path, const QByteArray &charset) const;
    [[nodiscard]] Result parseFeed(const QByteArray &bytes, const QString &path) const;
    /// Segments a page read from HTML, keeps its furniture as boilerplate and fills what the page does not give.
    void finishPage(Article &article, const QList<TextSpan> &furniture) const;

    QDate m_defaultPublished;
};

} // namespace Newsline
