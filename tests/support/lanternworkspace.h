#pragma once

// A workspace of invented harbour news, imported from article files the way a user imports them: 90 dated articles
// with five quotes each (450 quotes, numbered by date order), so that lists need more than one page.

#include "workspace.h"
#include "workspaceimporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <memory>

namespace Newsline::LanternWorkspace {

using namespace Qt::StringLiterals;

constexpr int ArticleCount = 90;
constexpr int QuotesPerArticle = 5;
constexpr int QuoteCount = ArticleCount * QuotesPerArticle;

struct Speaker
{
    const char *name;
    const char *role;
};

/// Quote n is said by speakers[n % 3]: Brad Smith's are n = 0, 3, 6…
constexpr std::array<Speaker, 3> speakers{{{"Brad Smith", "chief executive of Quillfeather"},
                                           {"Maria Okonkwo", "mayor of Dunmore"},
                                           {"Tomas Reyes", "CEO of Brightwater Mills"}}};

/// The words of quote n (0-based, in date order).
inline QString quoteText(int n)
{
    switch (n) {
    case 7:
        return u"Shipment number 7 leaves the harbour on time, watched by a kestrel from the old pier wall."_s;
    case 400:
        return u"A kestrel and another kestrel nest on the kestrel tower."_s;
    case 420:
        return u"The zeppelin hangar opens next spring."_s;
    }
    return u"Shipment number %1 leaves the harbour on time."_s.arg(n);
}

/// Title of article a (0-based, in date order).
inline QString articleTitle(int a)
{
    return u"Lantern report %1"_s.arg(a);
}

/// Publication date of article a: one a day from New Year 2023.
inline QDate published(int a)
{
    return QDate(2023, 1, 1).addDays(a);
}

/// File name of article a in the folder.
inline QString fileName(int a)
{
    return u"lantern-%1.txt"_s.arg(a, 3, 10, QChar(u'0'));
}

/// Writes the article files into folder; article 42 alone mentions a copper kiln.
inline bool writeArticles(const QString &folder, int count = ArticleCount)
{
    QDir().mkpath(folder);
    for (int a = 0; a < count; ++a) {
        QString text = u"---\ntitle: %1\nsource: %2\npublished: %3\n---\n"_s.arg(
            articleTitle(a), a % 2 == 0 ? u"The Harbour Gazette"_s : u"Dunmore Courier"_s,
            published(a).toString(Qt::ISODate));
        text += u"Quillfeather reported on its lantern works in Dunmore."_s;
        if (a == 42) {
            text += u" The new foundry fires its glass in a copper kiln beside the quay."_s;
        }
        for (int k = 0; k < QuotesPerArticle; ++k) {
            const int n = a * QuotesPerArticle + k;
            const Speaker &speaker = speakers.at(std::size_t(n % 3));
            text += u" %1, %2, said: \"%3\""_s.arg(QString::fromUtf8(speaker.name), QString::fromUtf8(speaker.role),
                                                   quoteText(n));
        }
        QFile file(QDir(folder).filePath(fileName(a)));
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
        file.write(text.toUtf8() + '\n');
    }
    return true;
}

/// Creates the workspace in dir and imports the articles; nullptr on failure.
inline std::unique_ptr<Workspace> create(const QTemporaryDir &dir, int count = ArticleCount)
{
    const QString folder = dir.filePath(u"articles"_s);
    if (!writeArticles(folder, count)) {
        return nullptr;
    }
    QString error;
    auto workspace = Workspace::create(dir.filePath(u"lanterns.newsline"_s), &error);
    if (!workspace) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const ImportResult result = WorkspaceImporter(*workspace).importFiles({folder});
    if (!result.failure.isEmpty() || result.added != count) {
        qWarning("import failed: %s", qPrintable(result.failure));
        return nullptr;
    }
    return workspace;
}

/// Workspace id of article a.
inline int articleId(const Workspace &workspace, const QTemporaryDir &dir, int a)
{
    return workspace.articleIdForFile(QDir(dir.filePath(u"articles"_s)).filePath(fileName(a)));
}

} // namespace Newsline::LanternWorkspace
