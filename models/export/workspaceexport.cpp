#include "workspaceexport.h"

#include "workspace.h"

#include <QHash>

namespace Newsline::WorkspaceExport {

Corpus corpus(const Workspace &workspace, const std::function<bool(int, int)> &progress)
{
    const WorkspaceSnapshot snapshot = workspace.snapshot();
    QList<int> ids;
    const int count = workspace.articleCount();
    constexpr int Page = 1000;
    for (int offset = 0; offset < count; offset += Page) {
        for (const ArticleInfo &info : workspace.articles(offset, Page)) {
            ids.append(info.id);
        }
    }
    bool cancelled = false;
    Corpus corpus;
    corpus.articles = workspace.fullArticles(ids, [&](int done, int total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    });
    if (cancelled) {
        return {};
    }
    // The snapshot's events point at its own list of articles; here they point at every article's place.
    QHash<int, int> indexOfId;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        indexOfId.insert(ids.at(i), int(i));
    }
    const auto remap = [&](int snapshotIndex) {
        if (snapshotIndex < 0 || snapshotIndex >= snapshot.articleIds.size()) {
            return -1;
        }
        return indexOfId.value(snapshot.articleIds.at(snapshotIndex), -1);
    };
    corpus.events = snapshot.corpus.events;
    for (Event &event : corpus.events) {
        for (SourceRef &ref : event.sources) {
            ref.article = remap(ref.article);
        }
        for (FigureRef &ref : event.figures) {
            ref.article = remap(ref.article);
        }
        for (EventConflict &conflict : event.conflicts) {
            for (SourceRef &ref : conflict.sources) {
                ref.article = remap(ref.article);
            }
        }
    }
    return corpus;
}

} // namespace Newsline::WorkspaceExport
