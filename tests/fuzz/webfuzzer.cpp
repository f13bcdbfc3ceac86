// libFuzzer target: the bytes of a saved web page, a web archive or a feed, read by the reader the file's name picks
// (chosen from how the bytes begin, as a file would be named), then fully extracted as `newsline extract` does.
#include "articlereader.h"
#include "extractor.h"

#include <QCoreApplication>

#include <algorithm>
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
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 512)).toLower();
    QString name = u"fuzz.html"_s;
    if (head.contains("mime-version")) {
        name = u"fuzz.mhtml"_s;
    } else if (head.contains("<rss")) {
        name = u"fuzz.rss"_s;
    } else if (head.contains("<feed")) {
        name = u"fuzz.atom"_s;
    }
    Newsline::ArticleReader::Result result = Newsline::ArticleReader().parse(bytes, name);
    Newsline::Corpus corpus;
    corpus.articles = result.takeArticles();
    if (!corpus.articles.isEmpty()) {
        Newsline::Extractor().extract(corpus);
    }
    return 0;
}
