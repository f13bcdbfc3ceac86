#pragma once

#include "article.h"

namespace Newsline {

/// Splits an article's text into paragraphs and sentences and marks its boilerplate.
namespace Segmenter {

/// Fills article.paragraphs, article.sentences and article.boilerplate from article.text.
void segment(Article &article);

} // namespace Segmenter

} // namespace Newsline
