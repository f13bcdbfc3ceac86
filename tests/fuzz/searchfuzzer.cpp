// libFuzzer target: a search query as typed into the window or given to `newsline search`, run against a small
// workspace through SQLite's FTS5: no query may fail with a syntax error, crash or run long.
#include "workspace.h"
#include "workspaceimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

Workspace *workspace = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir folder;
    QStringList files;
    const QList<QByteArray> texts{
        "---\ntitle: Harbour deal\npublished: 2023-03-02\n---\nDunmore Shipping bought Harwick Cranes for $12 million "
        "on 2 March 2023. \"The cranes stay in the harbour,\" said Maria Okonkwo, mayor of Dunmore.\n",
        "---\ntitle: Mill reopens\npublished: 2023-04-11\n---\nKestrel Mills raised €4 million from Ines Varga's fund. "
        "Varga said: \"The mill reopens in May.\" The deal closes next week, according to a filing.\n"};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString path = folder.filePath(u"article%1.txt"_s.arg(i));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(texts.at(i));
            files.append(path);
        }
    }
    QString error;
    static std::unique_ptr<Workspace> made = Workspace::create(folder.filePath(u"search.newsline"_s), &error);
    if (!made) {
        qFatal("search fuzzer: %s", qPrintable(error));
    }
    WorkspaceImporter(*made).importFiles(files);
    workspace = made.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Q_UNUSED(Workspace::ftsQuery(query));
    Q_UNUSED(Workspace::searchWords(query));
    Q_UNUSED(workspace->searchQuotes(query));
    Q_UNUSED(workspace->searchArticles(query));
    Q_UNUSED(workspace->searchArticleCount(query));
    Q_UNUSED(workspace->quoteCountOfPerson(query));
    Q_UNUSED(workspace->searchQuotesOfPerson(query, u"Varga"_s));
    // A query that SQLite refused would be a syntax error shown to the user.
    if (!workspace->lastError().isEmpty()) {
        qFatal("search fuzzer: the query %s failed: %s", qPrintable(query), qPrintable(workspace->lastError()));
    }
    return 0;
}
