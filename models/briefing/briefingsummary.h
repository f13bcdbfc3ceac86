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

    /// A title that says what the briefing covers: the companies, types or lanes of the filter and the period
    /// ("Acquisitions, March 1987"); a company's name only when most events name it ("Microsoft's partnerships,
    /// 2019–2024").
    [[nodiscard]] QString defaultTitle() const;
    /// The period as a reader names it: "March 1987", "1987", "2019–2024", "3 March 1987 – 17 April 1987".
    [[nodiscard]] QString periodLabel() const;
    /// The summary: what was read, the period's totals, the largest deal, the most active companies, then the top
    /// events in rank order (at most maxEvents), each with its citation.
    [[nodiscard]] QStringList sentences(int maxEvents = 5) const;
    /// One sentence about one event (an index into the corpus's events), ending with its citation.
    [[nodiscard]] QString eventSentence(int event) const;
    /// The actor named in most selected events (or, without events, the organisation in most articles).
    [[nodiscard]] QString mainActor() const;
    /// Names joined as a reader says them: "A", "A and B", "A, B and C".
    [[nodiscard]] static QString joinNames(const QStringList &names);
    /// The reader's plural word for an event type, capitalised for a title: "Acquisitions", "Partnerships".
    [[nodiscard]] static QString typeTitle(Event::Type type);

private:
    [[nodiscard]] QString datePhrase(const Event &event) const;
    [[nodiscard]] QString dealAmount(int event) const;
    [[nodiscard]] QString figureList(const Event &event, MoneyFigure::Kind preferred, bool *found) const;

    const BriefingSelection &m_selection;
    const BriefingFormat &m_format;
};

} // namespace Newsline
