// libFuzzer target: the bytes of a workspace file someone handed over, opened as the window opens one, every table
// read, and the item models of the window filled from it and asked for every cell.
#include "eventlistmodel.h"
#include "figuremodel.h"
#include "workspace.h"
#include "workspacearticlemodel.h"
#include "workspacequotemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTemporaryDir *folder = nullptr;

// Asks a model for every role of every cell, and its headers, as views do.
void readAll(const QAbstractItemModel &model)
{
    const int rows = std::min(model.rowCount(), 200);
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        Q_UNUSED(model.headerData(c, Qt::Horizontal));
    }
    for (int r = 0; r < rows; ++r) {
        Q_UNUSED(model.headerData(r, Qt::Vertical));
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role = 0; role < Qt::UserRole + 24; role = role == Qt::ToolTipRole ? Qt::UserRole : role + 1) {
                Q_UNUSED(model.data(index, role));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(u"fuzz.newsline"_s);
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s}) {
        QFile::remove(file);
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) < 0) {
            return 0;
        }
    }
    QString error;
    // Read-write, as the window opens a workspace: the guard must hold before anything is written.
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        return 0;
    }
    Q_UNUSED(workspace->articleCount());
    Q_UNUSED(workspace->eventCount());
    Q_UNUSED(workspace->quoteCount());
    Q_UNUSED(workspace->speakersAndRoles());
    Q_UNUSED(workspace->extractorVersions());
    for (const ArticleInfo &info : workspace->articles(0, 20)) {
        Q_UNUSED(workspace->article(info.id));
        Q_UNUSED(workspace->eventsOfArticle(info.id));
    }
    Q_UNUSED(workspace->events(0, 100));
    Q_UNUSED(workspace->quotes(0, 100));
    Q_UNUSED(workspace->searchQuotes(u"said"_s));
    Q_UNUSED(workspace->searchArticles(u"deal"_s));

    WorkspaceArticleModel articles;
    articles.setWorkspace(workspace.get());
    readAll(articles);
    WorkspaceQuoteModel quotes;
    quotes.setWorkspace(workspace.get());
    readAll(quotes);
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    EventListModel events;
    events.setCorpus(&snapshot.corpus);
    readAll(events);
    FigureModel figures;
    figures.setCorpus(&snapshot.corpus);
    figures.setShowAll(true);
    readAll(figures);
    return 0;
}
