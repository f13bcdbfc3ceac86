#pragma once

#include "article.h"
#include "event.h"

#include <QList>

namespace Newsline {

/// The articles of a corpus and the events built across them.
struct Corpus
{
    QList<Article> articles;
    QList<Event> events;

    /// The text a source reference points at, or an empty view when it points nowhere.
    [[nodiscard]] QStringView textOf(const SourceRef &ref) const;
    /// The figure a reference points at, or nullptr.
    [[nodiscard]] const MoneyFigure *figure(const FigureRef &ref) const;
};

} // namespace Newsline
