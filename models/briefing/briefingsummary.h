#pragma once

#include "briefingformat.h"
#include "briefingselection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsline {

/// Writes a briefing's title and summary as plain sentences from the structured data: templates, nothing invented.
class BriefingSummary
{
    Q_DECLARE_TR_FUNCTIONS(Newsline::BriefingSummary)

public:
    /// Composes over a selection, writing amounts and dates with format.
    BriefingSummary(const BriefingSelection &selection, const BriefingFormat &format);

    /// A title from the main actor and the period: "Microsoft's partnerships and investments, 2019–2024".
    [[nodiscard]] QString defaultTitle() const;
    /// The summary: what was read, then one sentence per event (at most maxEvents), each with its citation.
    [[nodiscard]] QStringList sentences(int maxEvents = 8) const;
    /// One sentence about one event (an index into the corpus's events), ending with its citation.
    [[nodiscard]] QString eventSentence(int event) const;
    /// The actor named in most selected events (or, without events, the organisation in most articles).
    [[nodiscard]] QString mainActor() const;
    /// Names joined as a reader says them: "A", "A and B", "A, B and C".
    [[nodiscard]] static QString joinNames(const QStringList &names);

private:
    [[nodiscard]] QString datePhrase(const Event &event) const;
    [[nodiscard]] QString figureList(const Event &event, MoneyFigure::Kind preferred, bool *found) const;

    const BriefingSelection &m_selection;
    const BriefingFormat &m_format;
};

} // namespace Newsline
