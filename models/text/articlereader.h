#pragma once

#include "article.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsline {

/// Why an input could not be read: one line naming the file and the reason.
struct ReadError
{
    QString file;
    QString reason;

    /// "file: reason", the line printed on stderr and shown in the window.
    [[nodiscard]] QString message() const { return file + QLatin1StringView(": ") + reason; }
};

/// Reads article files (plain text, optional front matter) into Articles with paragraphs, sentences and boilerplate.
class ArticleReader
{
public:
    /// Largest article file accepted, in bytes.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    struct Result
    {
        std::optional<Article> article;
        std::optional<ReadError> error;
    };

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

    /// Expands paths: files stay, folders give their *.txt files recursively (sorted); problems go to errors.
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths, QList<ReadError> *errors);

    /// Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    QDate m_defaultPublished;
};

} // namespace Newsline
