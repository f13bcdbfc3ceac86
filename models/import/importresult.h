#pragma once

#include "articlereader.h"

#include <QList>
#include <QString>

namespace Newsline {

/// What an import did.
struct ImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    /// Inputs that could not be read, one line each.
    QList<ReadError> errors;
    /// True when the progress callback asked to stop (committed batches stay).
    bool cancelled = false;
    /// A database failure that stopped the import; empty when none.
    QString failure;

    /// True when the import stored something new or changed.
    [[nodiscard]] bool changedAnything() const { return added > 0 || updated > 0; }
};

} // namespace Newsline
