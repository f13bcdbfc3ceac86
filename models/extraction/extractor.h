#pragma once

#include "article.h"
#include "corpus.h"

namespace Newsline {

/// The whole extraction pipeline: dates, money (with US dollar equivalents), entities, quotes, then events.
class Extractor
{
public:
    /// Fills an article's timexes, figures, entities and quotes (it must be segmented already).
    void extract(Article &article) const;
    /// Rebuilds the corpus's events from its extracted articles.
    void buildEvents(Corpus &corpus) const;
    /// Extracts every article, then builds events.
    void extract(Corpus &corpus) const;
    /// Gives the article's figures that have no dollar value one with the exchange rates in use now, at the date
    /// extraction would take (after an update of the rates: no finder runs again); the indices of the figures that
    /// got one.
    [[nodiscard]] static QList<int> fillMissingUsd(Article &article);
    /// The last day of the exchange rates in use (ExchangeRates::instance()).
    [[nodiscard]] static QDate ratesLastDate();
    /// Version of the extraction code and knowledge files: output stored by another version is stale.
    [[nodiscard]] static QString version();
    /// Revision of the extraction code, which grows whenever its output changes (part of version()).
    [[nodiscard]] static int revision();
    /// The revision a version() string names; -1 when it names none.
    [[nodiscard]] static int revisionOf(const QString &version);
};

} // namespace Newsline
