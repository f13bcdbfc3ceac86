#include "briefingcomposer.h"

#include "briefingchartpainter.h"
#include "briefingsummary.h"
#include "briefingtimelinepainter.h"
#include "eventsummary.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

const QColor grey(0x55, 0x5b, 0x66);

// Lanes per drawing: more would squeeze each lane below what a reader can follow on paper.
constexpr int lanesPerTimeline = 6;
// Beyond this many lanes of their own, the timeline has one lane per company among the most active.
constexpr int maxLanes = 12;
constexpr int companyLanes = 10;
constexpr int companyLanesPerDrawing = 5;
// Bars per chart: the table below lists every figure; the chart compares the largest.
constexpr int barsPerChart = 20;
// Days after the rates' last day on which they still count (ExchangeRates::MaxDaysAfterTable).
constexpr int ExchangeRatesGrace = 14;
// Passages quoted under an event in the event list.
constexpr int maxPassages = 3;
// Other amounts (no deal's) listed in a table of their own up to this many.
constexpr int maxOtherFigures = 15;
// Rows of the deal table: the largest amounts with a dollar rate, then a few without one; the rest is counted.
constexpr int maxDealRows = 25;
constexpr int maxDealRowsWithoutRate = 5;
// Rows of a table of figures that are no deal's, largest first, when there are more.
constexpr int maxFigureRows = 25;
// Quotes shown: those of the stories behind the events that rank first, a few per speaker.
constexpr int maxQuotes = 12;
constexpr int maxQuotesPerSpeaker = 3;

QString quoted(const QString &text)
{
    return BriefingComposer::tr("“%1”", "a quotation").arg(text);
}

QString excerpt(QStringView text, int maxLength)
{
    QString result = text.toString().simplified();
    if (result.size() > maxLength) {
        result = result.left(maxLength - 1).trimmed() + u'…';
    }
    return result;
}

} // namespace

BriefingComposer::BriefingComposer(const BriefingSelection &selection, const BriefingOptions &options,
                                   BriefingLayout &layout)
    : m_selection(selection)
    , m_options(options)
    , m_layout(layout)
    , m_format(options.locale())
    , m_body(font(9.5))
    , m_small(font(8))
    , m_bold(font(9.5, true))
    , m_heading(font(14, true))
{
    m_lineHeight = m_layout.text(u"X"_s, m_body, m_layout.width()).height;
}

QStringList BriefingComposer::fontFamilies()
{
    // DejaVu first: its digits and currency signs survive text extraction; Noto CJK adds Hangul where DejaVu has none.
    static const QStringList families = [] {
        QStringList result;
        const QStringList available = QFontDatabase::families();
        for (const auto &family : {"DejaVu Sans"_L1, "Noto Sans CJK KR"_L1, "Noto Sans KR"_L1, "NanumGothic"_L1,
                                   "Noto Sans CJK JP"_L1, "Noto Sans CJK SC"_L1}) {
            if (available.contains(QString(family))) {
                result.append(QString(family));
            }
        }
        if (result.isEmpty()) {
            result.append(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
        }
        return result;
    }();
    return families;
}

QFont BriefingComposer::font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    // Any letter spacing turns ligatures off: an "fi" ligature would extract as "ﬁ" and break a reader's search.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    // Hinting snaps outlines to a screen's pixel grid; on paper it only costs time (a tenth of a large export).
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString BriefingComposer::title() const
{
    if (!m_options.title.isEmpty()) {
        return m_options.title;
    }
    return BriefingSummary(m_selection, m_format).defaultTitle();
}

bool BriefingComposer::compose(const std::function<bool(int done, int total)> &step)
{
    const std::function<void()> sections[] = {
        [this] { addCover(); },  [this] { addSummary(); }, [this] { addTimeline(); }, [this] { addFigures(); },
        [this] { addQuotes(); }, [this] { addEvents(); },  [this] { addSources(); },
    };
    const int total = int(std::size(sections));
    for (int i = 0; i < total; ++i) {
        sections[i]();
        if (step && !step(i + 1, total)) {
            return false;
        }
    }
    return true;
}

void BriefingComposer::addHeading(const QString &text)
{
    m_layout.addText(text, m_heading, m_lineHeight * 1.6, 0, QColor(0x1f, 0x3a, 0x5f), true);
    m_layout.addSpace(m_lineHeight * 0.3);
}

void BriefingComposer::addEntry(const QList<Line> &lines, qreal spaceBefore, bool keepWithNext)
{
    QList<BriefingLayout::TextBox> boxes;
    qreal height = spaceBefore;
    for (const Line &line : lines) {
        boxes.append(m_layout.text(line.text, line.font, m_layout.width() - line.indent));
        height += boxes.last().height;
    }
    BriefingLayout::Block block;
    block.height = height;
    block.keepWithNext = keepWithNext;
    block.paint = [boxes, lines, spaceBefore](QPainter &painter, const QRectF &rect) {
        qreal y = rect.top() + spaceBefore;
        for (int i = 0; i < boxes.size(); ++i) {
            painter.setPen(lines.at(i).color);
            boxes.at(i).draw(painter, rect.left() + lines.at(i).indent, y);
            y += boxes.at(i).height;
        }
    };
    m_layout.add(std::move(block));
}

void BriefingComposer::addCover()
{
    const QFont titleFont = font(20, true);
    m_layout.addText(tr("Newsline briefing"), font(9, true), 0, 0, grey);
    m_layout.addText(title(), titleFont, m_lineHeight * 0.3, 0, QColor(0x1f, 0x3a, 0x5f));
    const int events = int(m_selection.events().size());
    QString selection = tr("all events and articles");
    if (!m_options.filter.lanes.isEmpty()) {
        selection = tr("the lanes %1").arg(BriefingSummary::joinNames(m_options.filter.lanes));
    } else if (!m_options.filter.eventIds.isEmpty()) {
        selection = tr("events picked by the analyst");
    } else if (m_options.filter.hasPeriod()) {
        selection = tr("the events and articles of the period");
    }
    if (!m_options.coverage.isEmpty()) {
        selection = m_options.coverage;
    }
    QList<Line> lines{
        {tr("Period: %1").arg(m_format.period(m_selection.firstDate(), m_selection.lastDate())), m_body},
        {tr("Generated: %1").arg(m_format.date(m_options.generated)), m_body},
        {tr("Articles: %1 · Sources: %2 · Events: %3")
             .arg(m_selection.articles().size())
             .arg(m_selection.sourceCount())
             .arg(events),
         m_body},
        {tr("Covers: %1").arg(selection), m_body},
    };
    if (m_options.ratesLastDate.isValid()) {
        // Dollar values are no more recent than the rates: the reader sees how old they are.
        const auto days = int(std::max<qint64>(0, m_options.ratesLastDate.daysTo(m_options.generated)));
        lines.append({tr("Exchange rates: ECB reference rates to %1, %n day(s) before this briefing; the ECB has "
                         "none before 1999.",
                         nullptr, days)
                          .arg(m_format.date(m_options.ratesLastDate)),
                      m_body});
    }
    addEntry(lines, m_lineHeight * 0.8);
    BriefingLayout::Block rule;
    rule.height = m_lineHeight;
    rule.paint = [](QPainter &painter, const QRectF &rect) {
        painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), rect.height() * 0.06));
        painter.drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()));
    };
    m_layout.add(std::move(rule));
}

void BriefingComposer::addSummary()
{
    addHeading(tr("Summary"));
    const QStringList sentences = BriefingSummary(m_selection, m_format).sentences();
    for (const QString &sentence : sentences) {
        m_layout.addText(sentence, m_body, m_lineHeight * 0.35);
    }
}

void BriefingComposer::addTimeline()
{
    addHeading(tr("Timeline"));
    const Corpus &corpus = m_selection.corpus();
    // Lanes of their own while they fit on two pages; beyond that, one lane per company among the most active, and the
    // rest summarised, so that hundreds of companies still give a timeline one can read.
    QStringList lanes;
    for (int e : m_selection.events()) {
        const QString lane = BriefingSelection::laneOf(corpus.events.at(e));
        if (corpus.events.at(e).date.isValid() && !lane.isEmpty() && !lanes.contains(lane)) {
            lanes.append(lane);
        }
    }
    const bool byCompany = lanes.size() > maxLanes;
    if (byCompany) {
        lanes.clear();
        for (const auto &company : m_selection.activeCompanies()) {
            if (lanes.size() == companyLanes) {
                break;
            }
            lanes.append(company.first);
        }
    }
    const auto laneOf = [&](const Event &event) -> QString {
        if (!byCompany) {
            const QString lane = BriefingSelection::laneOf(event);
            return lane.isEmpty() ? tr("Other events") : lane;
        }
        for (const QString &name : BriefingSelection::dealParties(event)) {
            if (lanes.contains(name)) {
                return name;
            }
        }
        return {};
    };

    QList<BriefingTimelinePainter::Item> items;
    QDate first = m_selection.filter().from;
    QDate last = m_selection.filter().to;
    int undated = 0;
    int left = 0;
    QSet<QString> leftCompanies;
    QStringList drawnLanes;
    for (int e : m_selection.events()) {
        const Event &event = corpus.events.at(e);
        if (!event.date.isValid()) {
            ++undated;
            continue;
        }
        const QString lane = laneOf(event);
        if (lane.isEmpty()) {
            ++left;
            for (const QString &name : BriefingSelection::dealParties(event)) {
                leftCompanies.insert(name);
            }
            continue;
        }
        if (!drawnLanes.contains(lane)) {
            drawnLanes.append(lane);
        }
        QString label =
            (byCompany ? QString() : m_format.eventDate(event) + tr(" · ")) + BriefingFormat::eventType(event.type);
        // A lane's label names the deal's own amount: share prices and other figures of the story are not its worth.
        if (const MoneyFigure *deal = m_selection.dealFigure(e)) {
            label += tr(" · ") + (deal->usd ? m_format.usd(*deal) : m_format.original(*deal));
        }
        if (byCompany) {
            const QStringList others = BriefingSelection::dealParties(event);
            QStringList with;
            for (const QString &name : others) {
                if (name != lane) {
                    with.append(name);
                }
            }
            if (!with.isEmpty()) {
                label += tr(" · ") + with.join(tr(", "));
            }
        }
        items.append({lane, event.date, event.lastDay(), event.dateBasis == Event::DateBasis::Published,
                      m_selection.eventNumber(e), label});
        if (!m_selection.filter().from.isValid()) {
            first = first.isValid() ? std::min(first, event.date) : event.date;
        }
        if (!m_selection.filter().to.isValid()) {
            last = last.isValid() ? std::max(last, event.lastDay()) : event.lastDay();
        }
    }
    if (byCompany) {
        // Lanes in the order of the companies' activity, as the summary names them.
        QStringList ordered;
        for (const QString &lane : std::as_const(lanes)) {
            if (drawnLanes.contains(lane)) {
                ordered.append(lane);
            }
        }
        drawnLanes = ordered;
    }
    if (items.isEmpty()) {
        m_layout.addText(tr("No dated events to draw; the sections below list what the articles give."), m_body,
                         m_lineHeight * 0.3);
        return;
    }
    if (byCompany) {
        m_layout.addText(tr("The %1 companies with the most deals of the period, one lane each.")
                             .arg(m_format.locale().toString(qsizetype(drawnLanes.size()))),
                         m_body, m_lineHeight * 0.2, 0, Qt::black, true);
    }
    const int perDrawing = byCompany ? companyLanesPerDrawing : lanesPerTimeline;
    int omitted = 0;
    for (int start = 0; start < drawnLanes.size(); start += perDrawing) {
        const QStringList chunk = drawnLanes.mid(start, perDrawing);
        QList<BriefingTimelinePainter::Item> chunkItems;
        for (const auto &item : std::as_const(items)) {
            if (chunk.contains(item.lane)) {
                chunkItems.append(item);
            }
        }
        auto painter =
            std::make_shared<BriefingTimelinePainter>(chunkItems, chunk, first, last, m_small, m_format.locale());
        BriefingLayout::Block block;
        block.height = painter->layout(m_layout.width(), m_layout.device()) + m_lineHeight * 0.5;
        omitted += painter->omittedLabels();
        block.paint = [painter, spacing = m_lineHeight * 0.5](QPainter &p, const QRectF &rect) {
            painter->paint(p, rect.adjusted(0, spacing, 0, 0));
        };
        m_layout.add(std::move(block));
    }
    QString legend = tr("Numbers refer to the event list. Filled marker: date stated in an article; hollow marker: "
                        "date from the publication date; bar: an event dated to a month or a year.");
    if (left > 0) {
        const QLocale &locale = m_format.locale();
        legend += u' ' + tr("Not drawn: %1 more companies, %2 events; see the event list.")
                             .arg(locale.toString(qsizetype(leftCompanies.size())), locale.toString(left));
    }
    if (omitted > 0 && m_selection.listed().size() < m_selection.events().size()) {
        legend +=
            u' ' + tr("Labels left out where markers crowd: %1; the window's timeline shows every event.").arg(omitted);
    } else if (omitted > 0) {
        legend += u' ' + tr("Labels left out where markers crowd: %1; every event is in the event list.").arg(omitted);
    }
    if (undated > 0) {
        legend += u' ' + tr("Events without a date, not drawn: %1.").arg(undated);
    }
    m_layout.addText(legend, m_small, m_lineHeight * 0.4, 0, grey);
}

QString BriefingComposer::eventReference(int event) const
{
    const QString type = BriefingFormat::eventType(m_selection.corpus().events.at(event).type);
    const int number = m_selection.eventNumber(event);
    // An event the shortened event list leaves out is named by its type alone.
    return number > 0 ? tr("%1. %2", "event number and type").arg(number).arg(type) : type;
}

QString BriefingComposer::figureLine(const FigureRef &ref) const
{
    const MoneyFigure *figure = m_selection.corpus().figure(ref);
    return tr("%1, %2 %3")
        .arg(m_format.usdWithOriginal(*figure), BriefingFormat::kind(figure->kind),
             m_selection.citationText({ref.article}));
}

void BriefingComposer::addFigures()
{
    addHeading(tr("Money figures"));
    const Corpus &corpus = m_selection.corpus();
    if (m_selection.figures().isEmpty()) {
        m_layout.addText(tr("No money figures were found in the selected articles."), m_body, m_lineHeight * 0.3);
        return;
    }

    // One row per real deal amount: the same amount of the same deal told by several stories (or by two events
    // not merged) is one row with every citation.
    struct DealRow
    {
        int event = -1;
        const MoneyFigure *figure = nullptr;
        double usd = 0;
        QStringList parties;
        QList<int> articles;
    };
    QList<DealRow> deals;
    QHash<QString, int> rowOf;
    QSet<quint64> dealFigures;
    for (int e : m_selection.ranked()) {
        const QList<FigureRef> refs = m_selection.dealFigureRefs(e);
        if (refs.isEmpty()) {
            continue;
        }
        const Event &event = corpus.events.at(e);
        QStringList parties = BriefingSelection::dealParties(event);
        QStringList sorted = parties;
        sorted.sort();
        const QString key =
            Decimal::toString(event.wording.amount) + u'|' + event.wording.currency + u'|' + sorted.join(u'|');
        int row = rowOf.value(key, -1);
        if (row < 0) {
            row = int(deals.size());
            rowOf.insert(key, row);
            deals.append({e, m_selection.dealFigure(e), m_selection.dealUsd(e), parties, {}});
        }
        // Every mention of the deal's amount is the deal's ("$1 billion", "one billion dollars"), not another amount.
        for (const FigureRef &ref : event.figures) {
            const MoneyFigure *figure = corpus.figure(ref);
            if (figure && figure->amount == event.wording.amount && figure->currency == event.wording.currency) {
                dealFigures.insert((quint64(quint32(ref.article)) << 32) | quint32(ref.index));
            }
        }
        for (const FigureRef &ref : refs) {
            if (!deals[row].articles.contains(ref.article)) {
                deals[row].articles.append(ref.article);
            }
        }
    }
    QList<FigureRef> others;
    for (const FigureRef &ref : m_selection.figures()) {
        if (!dealFigures.contains((quint64(quint32(ref.article)) << 32) | quint32(ref.index))) {
            others.append(ref);
        }
    }
    if (deals.isEmpty()) {
        addFigureList(m_selection.figures(), true);
        return;
    }
    // Amounts with a dollar rate first, largest first; amounts without one after them, marked.
    std::stable_sort(deals.begin(), deals.end(), [](const DealRow &a, const DealRow &b) {
        if ((a.usd > 0) != (b.usd > 0)) {
            return a.usd > 0;
        }
        return a.usd > b.usd;
    });
    const int withRate = int(std::count_if(deals.cbegin(), deals.cend(), [](const DealRow &r) { return r.usd > 0; }));
    QString intro = tr("Deal amounts, largest first, in US dollars at the exchange rate of the deal's date; the amount "
                       "as the story gives it and the price of one share stay beside. Deals: %1.")
                        .arg(m_format.locale().toString(qsizetype(deals.size())));
    if (withRate > maxDealRows) {
        intro +=
            u' ' +
            tr("The chart compares the %1 largest; the table lists the %2 largest.").arg(barsPerChart).arg(maxDealRows);
    } else if (withRate > barsPerChart) {
        intro += u' ' + tr("The chart compares the %1 largest; the table lists all.").arg(barsPerChart);
    }
    if (deals.size() - withRate > maxDealRowsWithoutRate) {
        intro += u' ' + tr("Amounts without a known dollar rate: %1; the first %2 close the table.")
                            .arg(m_format.locale().toString(qsizetype(deals.size() - withRate)))
                            .arg(maxDealRowsWithoutRate);
    } else if (withRate < deals.size()) {
        intro += u' ' + tr("Amounts without a known dollar rate, at the end of the table: %1.")
                            .arg(m_format.locale().toString(qsizetype(deals.size() - withRate)));
    }
    m_layout.addText(intro, m_body, m_lineHeight * 0.2, 0, Qt::black, withRate > 0);
    const auto dealName = [&](const DealRow &row) {
        return row.parties.isEmpty() ? BriefingFormat::eventType(corpus.events.at(row.event).type)
                                     : BriefingSummary::joinNames(row.parties);
    };
    if (withRate > 0) {
        QList<BriefingChartPainter::Bar> bars;
        for (int i = 0; i < withRate && bars.size() < barsPerChart; ++i) {
            const DealRow &row = deals.at(i);
            bars.append({tr("%1 %2").arg(dealName(row), m_selection.citationText(row.articles)), row.usd,
                         m_format.roundedUsd(row.figure->dollars().value_or(Decimal()))});
        }
        const BriefingFormat format = m_format;
        auto chart = std::make_shared<BriefingChartPainter>(
            bars, m_small, [format](double value) { return format.roundedUsd(value); });
        BriefingLayout::Block block;
        block.height = chart->layout(m_layout.width(), m_layout.device()) + m_lineHeight * 0.6;
        block.paint = [chart, spacing = m_lineHeight * 0.6](QPainter &p, const QRectF &rect) {
            chart->paint(p, rect.adjusted(0, spacing, 0, 0));
        };
        m_layout.add(std::move(block));
    }
    const QList<BriefingLayout::Column> columns{
        {tr("Deal"), 2.4, Qt::AlignLeft},           {tr("Amount"), 1.5, Qt::AlignLeft},
        {tr("USD equivalent"), 1.3, Qt::AlignLeft}, {tr("Per share"), 1.0, Qt::AlignLeft},
        {tr("Event"), 1.0, Qt::AlignLeft},          {tr("Sources"), 1.0, Qt::AlignLeft},
    };
    // The largest deals with a dollar rate, then the first few without one: a month of hundreds of deals keeps a
    // table of one page, and says how many it leaves out.
    QList<DealRow> shown = deals.mid(0, std::min(withRate, maxDealRows));
    shown.append(deals.mid(withRate, maxDealRowsWithoutRate));
    const int leftOut = int(deals.size() - shown.size());
    QList<QStringList> rows;
    for (const DealRow &row : std::as_const(shown)) {
        const Event &event = corpus.events.at(row.event);
        const QString perShare = event.wording.perShare
                                     ? m_format.money(*event.wording.perShare, event.wording.perShareCurrency)
                                     : tr("not stated");
        const QString usd = row.usd > 0 ? m_format.usd(*row.figure) : tr("no dollar rate known (not compared)");
        rows.append({dealName(row), m_format.original(*row.figure), usd, perShare, eventReference(row.event),
                     m_selection.citationText(row.articles)});
    }
    m_layout.addTable(columns, rows, font(7.5), font(7.5, true), m_lineHeight * 0.6);
    if (leftOut > 0) {
        m_layout.addText(tr("Not in the table: %1 more deals with a smaller amount or without a dollar rate. The "
                            "workspace lists every one, and File → Export… or newsline export writes them all.")
                             .arg(m_format.locale().toString(leftOut)),
                         m_small, m_lineHeight * 0.3, 0, grey);
    }

    if (others.isEmpty()) {
        return;
    }
    // Assets, turnover and prices of the stories are what a deal is compared against, not deals: a short list is
    // shown apart, a long one is left to the event list.
    if (others.size() <= maxOtherFigures) {
        m_layout.addText(tr("Other amounts the articles cite (no deal's amount)"), m_bold, m_lineHeight * 1.0, 0,
                         Qt::black, true);
        addFigureList(others, false);
    } else {
        m_layout.addText(tr("Other amounts the articles cite, no deal's amount (assets, earnings, prices): %1; the "
                            "workspace lists every one.")
                             .arg(m_format.locale().toString(qsizetype(others.size()))),
                         m_body, m_lineHeight * 0.8);
    }
}

void BriefingComposer::addFigureList(const QList<FigureRef> &figures, bool withChart)
{
    const Corpus &corpus = m_selection.corpus();
    QList<std::pair<double, FigureRef>> convertible;
    int withoutRate = 0;
    for (const FigureRef &ref : figures) {
        if (const std::optional<Decimal> usd = corpus.figure(ref)->usd) {
            convertible.append({usd->toDouble(), ref});
        } else {
            ++withoutRate;
        }
    }
    std::stable_sort(convertible.begin(), convertible.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QString intro = tr("US dollar equivalents at the exchange rate of the date shown; the amount as the article "
                       "gives it stays beside.");
    if (figures.size() > maxFigureRows) {
        intro += u' ' + tr("The table lists the %1 largest of %2 figures.").arg(maxFigureRows).arg(figures.size());
    } else if (withChart && convertible.size() > barsPerChart) {
        intro += u' ' + tr("The chart compares the %1 largest of %2 figures; the table lists all.")
                            .arg(barsPerChart)
                            .arg(figures.size());
    }
    if (withoutRate > 0) {
        intro += u' ' + tr("Figures without a known dollar rate, only in the table: %1.").arg(withoutRate);
    }
    m_layout.addText(intro, m_body, m_lineHeight * 0.2, 0, Qt::black, true);
    if (withChart && !convertible.isEmpty()) {
        QList<BriefingChartPainter::Bar> bars;
        for (int i = 0; i < convertible.size() && bars.size() < barsPerChart; ++i) {
            const MoneyFigure *figure = corpus.figure(convertible.at(i).second);
            const QString label = tr("%1, %2 %3")
                                      .arg(m_format.original(*figure), BriefingFormat::kind(figure->kind),
                                           m_selection.citationText({convertible.at(i).second.article}));
            // One bar per amount, kind and source: an article that repeats its figure does not get two bars.
            const bool repeated = std::any_of(bars.cbegin(), bars.cend(), [&](const BriefingChartPainter::Bar &bar) {
                return bar.label == label && bar.usd == convertible.at(i).first;
            });
            if (!repeated) {
                bars.append({label, convertible.at(i).first, m_format.usd(*figure)});
            }
        }
        const BriefingFormat format = m_format;
        auto chart = std::make_shared<BriefingChartPainter>(
            bars, m_small, [format](double value) { return format.roundedUsd(value); });
        BriefingLayout::Block block;
        block.height = chart->layout(m_layout.width(), m_layout.device()) + m_lineHeight * 0.6;
        block.paint = [chart, spacing = m_lineHeight * 0.6](QPainter &p, const QRectF &rect) {
            chart->paint(p, rect.adjusted(0, spacing, 0, 0));
        };
        m_layout.add(std::move(block));
    }

    const QList<BriefingLayout::Column> columns{
        {tr("Original text"), 2.1, Qt::AlignLeft},  {tr("Amount"), 1.4, Qt::AlignLeft},
        {tr("USD equivalent"), 1.3, Qt::AlignLeft}, {tr("Rate date"), 1.1, Qt::AlignLeft},
        {tr("Kind"), 1.0, Qt::AlignLeft},           {tr("Event"), 1.1, Qt::AlignLeft},
        {tr("Source"), 0.7, Qt::AlignLeft},
    };
    // A long list keeps its largest figures; the others are counted, not printed.
    QList<FigureRef> listed = figures;
    if (figures.size() > maxFigureRows) {
        listed.clear();
        for (int i = 0; i < convertible.size() && listed.size() < maxFigureRows; ++i) {
            listed.append(convertible.at(i).second);
        }
        int withoutRateShown = 0;
        for (const FigureRef &ref : figures) {
            if (!corpus.figure(ref)->usd && withoutRateShown++ < maxDealRowsWithoutRate) {
                listed.append(ref);
            }
        }
    }
    QList<QStringList> rows;
    for (const FigureRef &ref : std::as_const(listed)) {
        const MoneyFigure *figure = corpus.figure(ref);
        QString rateDate;
        if (figure->currency == "USD"_L1) {
            rateDate = tr("none needed");
        } else if (figure->usdRateDate.isValid()) {
            rateDate = figure->usdRateDate.toString(Qt::ISODate);
        } else if (const QDate published = corpus.articles.at(ref.article).published;
                   published.isValid() && published.year() < 1999) {
            // The euro and its reference rates begin in 1999: an older amount never has one.
            rateDate = tr("no ECB rate before 1999");
        } else if (published.isValid() && m_options.ratesLastDate.isValid() &&
                   published > m_options.ratesLastDate.addDays(ExchangeRatesGrace)) {
            rateDate = tr("newer than the rates (to %1)").arg(m_options.ratesLastDate.toString(Qt::ISODate));
        } else {
            rateDate = tr("no rate known");
        }
        const int event = m_selection.eventOfFigure(ref);
        const QString eventText = event < 0 ? tr("none") : eventReference(event);
        rows.append({quoted(figure->text),
                     tr("%1 (%2)", "amount and currency code").arg(m_format.original(*figure), figure->currency),
                     m_format.usd(*figure), rateDate, BriefingFormat::kind(figure->kind), eventText,
                     m_selection.citationText({ref.article})});
    }
    m_layout.addTable(columns, rows, font(7.5), font(7.5, true), m_lineHeight * 0.6);
    if (listed.size() < figures.size()) {
        m_layout.addText(tr("Not in the table: %1 smaller figures or figures without a dollar rate. The workspace "
                            "lists every one, and File → Export… or newsline export writes them all.")
                             .arg(m_format.locale().toString(qsizetype(figures.size() - listed.size()))),
                         m_small, m_lineHeight * 0.3, 0, grey);
    }
}

void BriefingComposer::addQuotes()
{
    addHeading(tr("Key quotes"));
    const Corpus &corpus = m_selection.corpus();
    if (m_selection.quotes().isEmpty()) {
        m_layout.addText(tr("No direct quotations were found in the selected articles."), m_body, m_lineHeight * 0.3);
        return;
    }
    // Many stories give many quotes: the ones kept are those of the stories behind the events that rank first, named
    // speakers before unnamed ones, a few per speaker.
    QList<QuoteRef> chosen = m_selection.quotes();
    if (chosen.size() > maxQuotes) {
        QHash<int, int> articleRank;
        int rank = 0;
        for (int e : m_selection.ranked()) {
            for (const SourceRef &source : corpus.events.at(e).sources) {
                if (!articleRank.contains(source.article)) {
                    articleRank.insert(source.article, rank++);
                }
            }
        }
        const auto rankOf = [&](const QuoteRef &ref) { return articleRank.value(ref.article, rank); };
        const auto named = [&](const QuoteRef &ref) {
            return !corpus.articles.at(ref.article).quotes.at(ref.index).speaker.isEmpty();
        };
        std::stable_sort(chosen.begin(), chosen.end(), [&](const QuoteRef &a, const QuoteRef &b) {
            if (named(a) != named(b)) {
                return named(a);
            }
            return rankOf(a) < rankOf(b);
        });
        QList<QuoteRef> kept;
        QHash<QString, int> perSpeaker;
        for (const QuoteRef &ref : std::as_const(chosen)) {
            const QString &speaker = corpus.articles.at(ref.article).quotes.at(ref.index).speaker;
            if (kept.size() < maxQuotes && perSpeaker.value(speaker) < maxQuotesPerSpeaker) {
                ++perSpeaker[speaker];
                kept.append(ref);
            }
        }
        // Shown in citation order, as the articles are.
        std::sort(kept.begin(), kept.end(), [](const QuoteRef &a, const QuoteRef &b) {
            return a.article != b.article ? a.article < b.article : a.index < b.index;
        });
        chosen = kept;
        m_layout.addText(tr("%1 of %2 quotations, from the stories behind the events that rank first; the "
                            "window's quote search finds every one.")
                             .arg(m_format.locale().toString(qsizetype(chosen.size())),
                                  m_format.locale().toString(qsizetype(m_selection.quotes().size()))),
                         m_body, m_lineHeight * 0.2);
    }
    QStringList speakers;
    QHash<QString, QList<QuoteRef>> bySpeaker;
    for (const QuoteRef &ref : std::as_const(chosen)) {
        const QString speaker = corpus.articles.at(ref.article).quotes.at(ref.index).speaker;
        if (!bySpeaker.contains(speaker)) {
            speakers.append(speaker);
        }
        bySpeaker[speaker].append(ref);
    }
    // People quoted most come first; quotes whose speaker the text does not name come last.
    std::stable_sort(speakers.begin(), speakers.end(), [&](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty()) {
            return b.isEmpty();
        }
        return bySpeaker.value(a).size() > bySpeaker.value(b).size();
    });
    for (const QString &speaker : std::as_const(speakers)) {
        const QList<QuoteRef> refs = bySpeaker.value(speaker);
        QStringList roles;
        // Organisations and outlets that speak (a statement, an analysis) hold no role; only a person's is missed.
        bool person = false;
        for (const QuoteRef &ref : refs) {
            const Article &article = corpus.articles.at(ref.article);
            const Entity *speakerEntity = article.entity(speaker);
            person = person || !speakerEntity || speakerEntity->type == Entity::Type::Person;
            QString role = article.quotes.at(ref.index).speakerRole;
            if (role.isEmpty()) {
                if (const Entity *entity = speakerEntity) {
                    for (const Role &r : entity->roles) {
                        role = r.organisation.isEmpty() ? r.title : tr("%1 of %2").arg(r.title, r.organisation);
                        break;
                    }
                }
            }
            if (!role.isEmpty() && !roles.contains(role)) {
                roles.append(role);
            }
        }
        const QString name = speaker.isEmpty() ? tr("Speaker not named") : speaker;
        const QString roleText = !roles.isEmpty()               ? roles.join(tr("; "))
                                 : speaker.isEmpty() || !person ? QString()
                                                                : tr("role not stated");
        QList<Line> heading{{name, font(10.5, true)}};
        if (!roleText.isEmpty()) {
            heading.append({roleText, m_small, grey});
        }
        addEntry(heading, m_lineHeight * 0.8, true);
        for (const QuoteRef &ref : refs) {
            const Article &article = corpus.articles.at(ref.article);
            const Quote &quote = article.quotes.at(ref.index);
            const QString outlet = article.source.isEmpty() ? tr("outlet not named") : article.source;
            const QString date =
                article.published.isValid() ? m_format.date(article.published) : tr("publication date unknown");
            const QString meta = tr("— %1, %2, %3 %4").arg(name, date, outlet, m_selection.citationText({ref.article}));
            addEntry({{quoted(quote.text), m_body, Qt::black, m_lineHeight}, {meta, m_small, grey, m_lineHeight * 2}},
                     m_lineHeight * 0.4);
        }
    }
}

QString BriefingComposer::analystFieldName(const QString &field)
{
    if (field == "type"_L1) {
        return tr("type");
    }
    if (field == "date"_L1) {
        return tr("date");
    }
    if (field == "parties"_L1) {
        return tr("parties");
    }
    if (field == "amount"_L1) {
        return tr("amount");
    }
    if (field == "salience"_L1) {
        return tr("main or background");
    }
    if (field == "note"_L1) {
        return tr("note");
    }
    if (field == "merged"_L1) {
        return tr("merged from several events");
    }
    if (field == "split"_L1) {
        return tr("split from another event");
    }
    if (field == "added"_L1) {
        return tr("added from the text");
    }
    if (field == "names"_L1) {
        return tr("names of merged entities");
    }
    return field;
}

void BriefingComposer::addEvents()
{
    addHeading(tr("Events"));
    const Corpus &corpus = m_selection.corpus();
    if (m_selection.events().isEmpty()) {
        m_layout.addText(tr("No events were extracted from the selected articles."), m_body, m_lineHeight * 0.3);
        return;
    }
    const qreal indent = m_lineHeight * 1.2;
    const QList<int> &listed = m_selection.listed();
    if (listed.size() < m_selection.events().size()) {
        m_layout.addText(tr("The %1 events that rank first, of %2: main deals before events recalled in passing, by "
                            "dollar amount, by number of sources and by recency; listed by date. The workspace and its "
                            "exports hold every event.")
                             .arg(m_format.locale().toString(qsizetype(listed.size())),
                                  m_format.locale().toString(qsizetype(m_selection.events().size()))),
                         m_body, m_lineHeight * 0.2);
    }
    for (int e : listed) {
        const Event &event = corpus.events.at(e);
        QList<Line> lines;
        lines.append({tr("%1. %2 · %3 %4")
                          .arg(m_selection.eventNumber(e))
                          .arg(m_format.eventDate(event), BriefingFormat::eventType(event.type),
                               m_selection.citationText(event)),
                      m_bold});
        if (!event.actors.isEmpty()) {
            lines.append({tr("Actors: %1").arg(event.actors.join(tr(", "))), m_body, Qt::black, indent});
        }
        if (const QString summary = EventSummary::text(event); !summary.isEmpty()) {
            lines.append({summary, m_body, Qt::black, indent});
        }
        QString dateNote;
        switch (event.dateBasis) {
        case Event::DateBasis::Text:
            dateNote = tr("date stated in the article");
            break;
        case Event::DateBasis::Published:
            dateNote = tr("date from publication date");
            break;
        case Event::DateBasis::Analyst:
            dateNote = tr("date set by the analyst");
            break;
        }
        if (!event.date.isValid()) {
            dateNote = tr("date unknown");
        }
        QString meta = tr("Date: %1").arg(dateNote);
        if (!event.lane.isEmpty()) {
            meta += tr(" · ") + tr("Lane: %1").arg(event.lane);
        }
        lines.append({meta, m_small, grey, indent});
        if (!event.analystFields.isEmpty()) {
            // What the analyst changed is told as such: the reader knows which facts are a person's decision.
            QStringList fields;
            for (const QString &field : event.analystFields) {
                fields.append(analystFieldName(field));
            }
            const QString day = event.analystDay.isValid() ? m_format.date(event.analystDay) : tr("unknown");
            lines.append({tr("\u270e Set by the analyst on %1: %2").arg(day, fields.join(tr(", "))), m_small,
                          QColor(0x5b, 0x3a, 0x8c), indent});
            if (!event.analystNote.isEmpty()) {
                lines.append({tr("\u270e Analyst's note: %1").arg(event.analystNote), m_small, QColor(0x5b, 0x3a, 0x8c),
                              indent});
            }
        }
        QStringList money;
        for (const FigureRef &ref : event.figures) {
            if (corpus.figure(ref) && !money.contains(figureLine(ref))) {
                money.append(figureLine(ref));
            }
        }
        if (!money.isEmpty()) {
            lines.append({tr("Money: %1").arg(money.join(tr("; "))), m_body, Qt::black, indent});
        } else if (event.type == Event::Type::Investment || event.type == Event::Type::Acquisition) {
            lines.append({tr("Money: amount not disclosed"), m_body, Qt::black, indent});
        }
        for (const EventConflict &conflict : event.conflicts) {
            QStringList values;
            for (int v = 0; v < conflict.values.size(); ++v) {
                const SourceRef source = conflict.sources.value(v);
                values.append(conflict.values.at(v) + u' ' + m_selection.citationText({source.article}));
            }
            const QString field = conflict.field == "date"_L1 ? tr("date") : tr("amount");
            lines.append({tr("Sources disagree on the %1: %2").arg(field, values.join(tr("; "))), m_body,
                          QColor(0xb7, 0x1c, 0x1c), indent});
        }
        // A few passages show where the event was read; the citations in its heading already name every source.
        int passages = 0;
        QStringList shown;
        for (const SourceRef &source : event.sources) {
            const QString cite = m_selection.citationText({source.article});
            const QStringView text = corpus.textOf(source);
            if (cite.isEmpty() || text.isEmpty()) {
                continue;
            }
            // The same sentence can report an event twice (two triggers in it): show it once.
            const QString line = tr("%1 %2", "citation and excerpt").arg(cite, quoted(excerpt(text, 240)));
            if (shown.contains(line) || ++passages > maxPassages) {
                continue;
            }
            shown.append(line);
            lines.append({line, m_small, grey, indent});
        }
        if (passages > maxPassages) {
            lines.append({tr("Further passages reporting it: %1").arg(passages - maxPassages), m_small, grey, indent});
        }
        addEntry(lines, m_lineHeight * 0.6);
    }
}

void BriefingComposer::addSources()
{
    addHeading(tr("Sources"));
    const Corpus &corpus = m_selection.corpus();
    // The articles the briefing cites; the others were read and counted, and stay in the workspace.
    const QSet<int> cited = m_selection.citedArticles();
    const bool citedOnly = m_selection.articles().size() > BriefingSelection::listAllUpTo;
    if (citedOnly) {
        m_layout.addText(tr("The %1 articles cited above, of %2 read; every article is in the workspace.")
                             .arg(m_format.locale().toString(qsizetype(cited.size())),
                                  m_format.locale().toString(qsizetype(m_selection.articles().size()))),
                         m_body, m_lineHeight * 0.2);
    }
    for (int a : m_selection.articles()) {
        if (citedOnly && !cited.contains(a)) {
            continue;
        }
        const Article &article = corpus.articles.at(a);
        QList<Line> lines;
        lines.append({tr("[%1] %2").arg(m_selection.citation(a)).arg(article.displayTitle()), m_bold});
        const QString outlet = article.source.isEmpty() ? tr("not named") : article.source;
        const QString published = article.published.isValid() ? m_format.date(article.published) : tr("unknown");
        const QString original = article.originalLanguage.isEmpty() ? article.language : article.originalLanguage;
        lines.append({tr("Outlet: %1 · Published: %2 · Original language: %3")
                          .arg(outlet, published, m_format.language(original)),
                      m_body, Qt::black, m_lineHeight * 1.2});
        QString where;
        if (!article.url.isEmpty()) {
            where = tr("URL: %1").arg(article.url);
        } else if (article.file.startsWith(":/"_L1)) {
            // A resource path means nothing outside the program: the reader is told what the article is.
            where = tr("Sample article bundled with Newsline: %1").arg(QFileInfo(article.file).fileName());
        } else if (!article.file.isEmpty()) {
            where = tr("File: %1").arg(QDir::toNativeSeparators(article.file));
        }
        if (!where.isEmpty()) {
            lines.append({where, m_small, grey, m_lineHeight * 1.2});
        }
        if (!article.note.isEmpty()) {
            lines.append({tr("Note: %1").arg(article.note), m_small, grey, m_lineHeight * 1.2});
        }
        addEntry(lines, m_lineHeight * 0.5);
    }
}

} // namespace Newsline
