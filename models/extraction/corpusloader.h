#pragma once

#include "articlereader.h"
#include "corpus.h"

#include <QStringList>

#include <functional>

namespace Newsline {

/// Reads many inputs into a corpus and runs the extraction over it.
class CorpusLoader
{
public:
    /// Called after each file with (files done, files in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit CorpusLoader(ArticleReader reader = {})
        : m_reader(std::move(reader))
    {
    }

    /// Reads, segments and extracts every input (files, or folders searched for article files); unreadable ones go to
    /// errors.
    [[nodiscard]] Corpus load(const QStringList &paths, QList<ReadError> *errors, const Progress &progress = {}) const;

    /// Folder of the sample corpus bundled with the program.
    [[nodiscard]] static QString sampleCorpusPath();

private:
    ArticleReader m_reader;
};

} // namespace Newsline
