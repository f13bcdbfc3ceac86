#include "extractor.h"

#include "entityfinder.h"
#include "eventbuilder.h"
#include "exchangerates.h"
#include "moneyfinder.h"
#include "quotefinder.h"
#include "timexfinder.h"

namespace Newsline {

void Extractor::extract(Article &article) const
{
    article.timexes = TimexFinder().find(article);
    article.figures = MoneyFinder().find(article);
    // After the timexes, so a figure can take the day its sentence (or paragraph) names.
    const ExchangeRates &rates = ExchangeRates::instance();
    for (MoneyFigure &figure : article.figures) {
        rates.fillUsd(figure, MoneyFinder::rateDate(article, figure));
    }
    article.entities = EntityFinder().find(article);
    article.quotes = QuoteFinder().find(article);
}

void Extractor::buildEvents(Corpus &corpus) const
{
    corpus.events = EventBuilder().build(corpus.articles);
}

void Extractor::extract(Corpus &corpus) const
{
    for (Article &article : corpus.articles) {
        extract(article);
    }
    buildEvents(corpus);
}

} // namespace Newsline
