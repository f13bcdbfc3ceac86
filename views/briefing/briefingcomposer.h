#pragma once

#include "briefingformat.h"
#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingselection.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <functional>

namespace Newsline {

/// Puts a briefing's sections into a layout: cover, summary, timeline, figures, quotes, events, sources.
class BriefingComposer
{
    Q_DECLARE_TR_FUNCTIONS(Newsline::BriefingComposer)

public:
    /// Composes the selection with the options into layout.
    BriefingComposer(const BriefingSelection &selection, const BriefingOptions &options, BriefingLayout &layout);

    /// Adds every section in reading order, calling step(done, total) after each; false when step asked to stop.
    bool compose(const std::function<bool(int done, int total)> &step = {});
    /// The title on the cover: the options' title, else one composed from the actors and the period.
    [[nodiscard]] QString title() const;
    /// The font families used, Latin first, then one that has Hangul.
    [[nodiscard]] static QStringList fontFamilies();
    /// The body font at a size in points, bold or not.
    [[nodiscard]] static QFont font(qreal pointSize, bool bold = false);

private:
    /// One line of an entry: text in a font and colour, indented.
    struct Line
    {
        QString text;
        QFont font;
        QColor color = Qt::black;
        qreal indent = 0;
    };

    /// A field the analyst set, named for the reader ("date", "parties", "merged from several events").
    [[nodiscard]] static QString analystFieldName(const QString &field);
    void addCover();
    void addSummary();
    void addTimeline();
    void addFigures();
    void addFigureList(const QList<FigureRef> &figures, bool withChart);
    void addQuotes();
    void addEvents();
    void addSources();
    void addHeading(const QString &text);
    void addEntry(const QList<Line> &lines, qreal spaceBefore, bool keepWithNext = false);
    [[nodiscard]] QString figureLine(const FigureRef &ref) const;
    /// "12. acquisition": an event's number in the event list and its type; the type alone when not listed.
    [[nodiscard]] QString eventReference(int event) const;

    const BriefingSelection &m_selection;
    const BriefingOptions &m_options;
    BriefingLayout &m_layout;
    BriefingFormat m_format;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    qreal m_lineHeight = 0;
};

} // namespace Newsline
