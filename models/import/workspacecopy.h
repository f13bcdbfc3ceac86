#pragma once

#include "workspace.h"

#include <QString>

#include <functional>

namespace Newsline {

/// Copies one workspace into another, file or server either way: a file's articles to a team workspace, a team
/// workspace to a file an analyst takes away. Articles go with their text, extraction and reports of events (read, not
/// extracted again), one transaction per batch, the same article content once; the analyst's corrections follow, each
/// once; the destination's events are then built from the reports as an import builds them.
class WorkspaceCopy
{
public:
    /// What a copy did.
    struct Result
    {
        int added = 0;
        /// Articles updated in place (the destination held another content under the same file name).
        int updated = 0;
        /// Articles the destination held already (the same content).
        int alreadyThere = 0;
        int corrections = 0;
        bool cancelled = false;
        /// Empty when everything was copied; else why it stopped (the batches before are kept).
        QString failure;
    };
    /// Called with (articles done, total); return false to stop after the current batch.
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int DefaultBatchSize = 200;

    /// Copies source into destination (which must be writable); a copy cut short keeps its finished batches, and
    /// copying again goes on where it stopped.
    [[nodiscard]] static Result copy(const Workspace &source, Workspace &destination, const Progress &progress = {},
                                     int batchSize = DefaultBatchSize);
};

} // namespace Newsline
