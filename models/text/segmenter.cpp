#include "segmenter.h"

#include "boilerplatedetector.h"
#include "sentencesplitter.h"

namespace Newsline::Segmenter {

void segment(Article &article)
{
    const QString &text = article.text;
    article.paragraphs.clear();
    article.sentences.clear();
    const int size = int(text.size());
    int lineStart = 0;
    while (lineStart < size) {
        int lineEnd = int(text.indexOf(u'\n', lineStart));
        if (lineEnd < 0) {
            lineEnd = size;
        }
        int start = lineStart;
        int end = lineEnd;
        while (start < end && text.at(start).isSpace()) {
            ++start;
        }
        while (end > start && text.at(end - 1).isSpace()) {
            --end;
        }
        if (end > start) {
            article.paragraphs.append({start, end});
            article.sentences.append(SentenceSplitter::instance().split(text, {start, end}));
        }
        lineStart = lineEnd + 1;
    }
    article.boilerplate = BoilerplateDetector::instance().detect(text, article.paragraphs);
}

} // namespace Newsline::Segmenter
