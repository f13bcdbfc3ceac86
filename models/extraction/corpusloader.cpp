#include "corpusloader.h"

#include "extractor.h"

using namespace Qt::StringLiterals;

namespace Newsline {

QString CorpusLoader::sampleCorpusPath()
{
    return u":/newsline/sample-corpus"_s;
}

Corpus CorpusLoader::load(const QStringList &paths, QList<ReadError> *errors, const Progress &progress) const
{
    Corpus corpus;
    const QStringList files = ArticleReader::collectFiles(paths, errors);
    const Extractor extractor;
    int done = 0;
    for (const QString &file : files) {
        ArticleReader::Result result = m_reader.read(file);
        if (errors) {
            if (result.error) {
                errors->append(*result.error);
            }
            errors->append(result.itemErrors);
        }
        for (Article &article : result.takeArticles()) {
            extractor.extract(article);
            corpus.articles.append(std::move(article));
        }
        ++done;
        if (progress && !progress(done, int(files.size()))) {
            break;
        }
    }
    extractor.buildEvents(corpus);
    return corpus;
}

} // namespace Newsline
