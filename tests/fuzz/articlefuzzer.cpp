// libFuzzer target: the bytes of an article file, read, segmented and fully extracted (dates, money, entities, quotes),
// then events built, as `newsline extract` does with one file.
#include "articlereader.h"
#include "extractor.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // Loads the knowledge files once, outside the measured runs.
    Q_UNUSED(Newsline::Extractor::version());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Newsline::ArticleReader reader;
    Newsline::ArticleReader::Result result = reader.parse(bytes, u"fuzz.txt"_s);
    if (!result.article) {
        return 0;
    }
    Newsline::Corpus corpus;
    corpus.articles.append(std::move(*result.article));
    Newsline::Extractor().extract(corpus);
    return 0;
}
