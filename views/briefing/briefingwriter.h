#pragma once

#include "briefingoptions.h"
#include "corpus.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Newsline {

/// Writes a briefing of a corpus as a PDF: vector timeline and chart, citations, sources, fonts embedded.
class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(Newsline::BriefingWriter)

public:
    enum class Status
    {
        Written,
        EmptyCorpus,
        NothingSelected,
        CannotWrite,
        Cancelled
    };
    /// What happened: the status, a one-line message naming the problem, and the pages written.
    struct Result
    {
        Status status = Status::Written;
        QString message;
        int pages = 0;

        /// True when the file was written.
        [[nodiscard]] bool ok() const { return status == Status::Written; }
    };
    /// Called as the work advances with (done, total); return false to cancel (no file is left behind).
    using Progress = std::function<bool(int done, int total)>;

    /// A writer with the options to apply.
    explicit BriefingWriter(BriefingOptions options = {});

    /// Reports progress to callback, which may cancel.
    void setProgress(Progress callback) { m_progress = std::move(callback); }
    /// Writes the briefing of corpus to path, atomically: the file appears whole or not at all.
    [[nodiscard]] Result write(const Corpus &corpus, const QString &path) const;

private:
    BriefingOptions m_options;
    Progress m_progress;
};

} // namespace Newsline
