#pragma once

#include "timex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsline {

/// One scored item: a gold timex, a system timex, or both when they overlap.
struct TimexComparison
{
    QString file;
    /// Gold timex (start -1 when the system found something the gold lacks).
    Timex gold;
    /// System timex (start -1 when the system missed the gold one).
    Timex system;
    /// The line of the article the item is on, for reading errors.
    QString context;
};

/// TempEval-3 style scores of a temporal tagger against gold timexes.
struct TimexScores
{
    int articles = 0;
    int gold = 0;
    int system = 0;
    /// Gold timexes overlapped by a system timex (one-to-one).
    int relaxedMatches = 0;
    /// Matches with exactly the same span.
    int strictMatches = 0;
    int typeCorrect = 0;
    int valueCorrect = 0;
    /// Misses, spurious finds and wrong types or values.
    QList<TimexComparison> errors;

    /// Relaxed (any overlap) precision.
    [[nodiscard]] double relaxedPrecision() const { return system ? double(relaxedMatches) / system : 0.0; }
    /// Relaxed recall.
    [[nodiscard]] double relaxedRecall() const { return gold ? double(relaxedMatches) / gold : 0.0; }
    /// Relaxed F1.
    [[nodiscard]] double relaxedF1() const;
    /// Strict (exact span) F1.
    [[nodiscard]] double strictF1() const;
    /// Share of relaxed matches with the right TIMEX3 type.
    [[nodiscard]] double typeAccuracy() const { return relaxedMatches ? double(typeCorrect) / relaxedMatches : 0.0; }
    /// Share of relaxed matches with the right TIMEX3 value.
    [[nodiscard]] double valueAccuracy() const { return relaxedMatches ? double(valueCorrect) / relaxedMatches : 0.0; }
    /// Relaxed F1 x value accuracy: the TempEval-3 ranking measure.
    [[nodiscard]] double valueF1() const { return relaxedF1() * valueAccuracy(); }
    /// Adds another article's counts.
    void add(const TimexScores &other);
};

/// Runs TimexFinder over a folder of articles with gold timexes (<name>.txt beside <name>.gold.json) and scores it.
class TimexEvaluator
{
public:
    /// Scores only the first lines of each text (0: the whole text); MEANTIME annotated the headline, the date line
    /// and the first four sentences, one per line, so finds after line 6 have no gold to agree with.
    void setAnnotatedLines(int lines) { m_annotatedLines = lines; }
    [[nodiscard]] int annotatedLines() const { return m_annotatedLines; }

    /// Scores every article of directory; unreadable articles or gold files are named in problems.
    [[nodiscard]] TimexScores evaluate(const QString &directory, QStringList *problems = nullptr) const;
    /// Scores one text's system timexes against its gold timexes.
    [[nodiscard]] TimexScores score(const QString &text, const QList<Timex> &system, const QList<Timex> &gold,
                                    const QString &file = {}) const;

private:
    int m_annotatedLines = 0;
};

} // namespace Newsline
