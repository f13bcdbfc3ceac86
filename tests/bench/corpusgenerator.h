#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Newsline {

/// Writes varied synthetic news articles (front matter and body) for benchmarks; the same seed gives the same text.
///
/// Articles mix many templates: deals, rounds, results, fines, launches, quotes; company and person names; dates in
/// many written forms; amounts in a dozen currencies and styles; counts, percentages, phone numbers and site
/// boilerplate that must not be read as money or dates. With an event count, article i reports event i % count
/// (same companies, date and headline figure) in its own words, as several outlets would.
class CorpusGenerator
{
public:
    /// A generator for the given seed.
    explicit CorpusGenerator(quint64 seed = 1);

    /// Makes article i report event i % count (0: every article is its own story).
    void setEventCount(int count) { m_eventCount = count; }
    /// Number of distinct events, 0 when every article is its own story.
    [[nodiscard]] int eventCount() const { return m_eventCount; }

    /// The whole file text of article number index: front matter, then the body.
    [[nodiscard]] QString article(int index) const;
    /// The file name of article number index ("article-00042.txt").
    [[nodiscard]] static QString fileName(int index);
    /// Writes articles 0..count-1 into dir (created when missing); the bytes written, or -1 on an error.
    [[nodiscard]] qint64 write(const QString &dir, int count) const;

private:
    quint64 m_seed;
    int m_eventCount = 0;
};

} // namespace Newsline
