#pragma once

#include "article.h"
#include "timex.h"

#include <QDate>
#include <QList>

namespace Newsline {

/// Finds temporal expressions and normalises them to TIMEX3 values against a reference date.
class TimexFinder
{
public:
    /// Timexes of an article's non-boilerplate sentences, resolved against its publication date.
    [[nodiscard]] QList<Timex> find(const Article &article) const;
    /// Timexes of a plain text, resolved against reference (may be invalid: relative values stay unresolved).
    [[nodiscard]] QList<Timex> find(const QString &text, const QDate &reference) const;
};

} // namespace Newsline
