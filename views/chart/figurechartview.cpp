#include "figurechartview.h"

#include "figuremodel.h"
#include "moneyfigure.h"
#include "moneyformat.h"
#include "viewcolors.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

constexpr int kindCount = int(MoneyFigure::Kind::Other) + 1;

} // namespace

FigureChartView::FigureChartView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_logBox(new QCheckBox(this))
    , m_allBox(new QCheckBox(this))
    , m_emptyLabel(new QLabel(this))
    , m_restLabel(new QLabel(this))
    , m_limitLabel(new QLabel(this))
    , m_limitBox(new QSpinBox(this))
    , m_scroll(new QScrollArea(this))
{
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Figure comparison chart"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_categories->setTruncateLabels(false);
    m_series->setBarWidth(0.7);
    m_mapper->setSeries(m_series);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(kindCount - 1);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_limitBox->setRange(1, 500);
    m_limitBox->setValue(20);
    m_limitLabel->setBuddy(m_limitBox);
    m_restLabel->setWordWrap(true);
    m_restLabel->setForegroundRole(QPalette::PlaceholderText);
    // More bars than fit scroll rather than shrink to slivers.
    m_scroll->setWidget(m_chartView);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_allBox);
    controls->addWidget(m_logBox);
    controls->addSpacing(12);
    controls->addWidget(m_limitLabel);
    controls->addWidget(m_limitBox);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_restLabel);
    connect(m_limitBox, &QSpinBox::valueChanged, this, &FigureChartView::setLimit);

    connect(m_logBox, &QCheckBox::toggled, this, &FigureChartView::setLogScale);
    connect(m_allBox, &QCheckBox::toggled, this, &FigureChartView::setShowAll);
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            const int kind = int(m_series->barSets().indexOf(set));
            set->setColor(figureKindColor(MoneyFigure::Kind(kind)));
            set->setBorderColor(figureKindColor(MoneyFigure::Kind(kind)).darker(130));
            // A selected event's bar keeps its kind's colour, darker, so the legend still tells its kind.
            set->setSelectedColor(figureKindColor(MoneyFigure::Kind(kind)).darker(170));
            connect(set, &QBarSet::clicked, this, &FigureChartView::onBarClicked);
            // The chart cuts long labels: the whole one shows over its bar.
            connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
                if (status && m_model && index >= 0 && index < m_model->rowCount()) {
                    QToolTip::showText(QCursor::pos(),
                                       m_model->index(index, 0).data(FigureModel::CaptionRole).toString() + u"\n"_s +
                                           m_model->index(index, 0).data(FigureModel::LabelRole).toString(),
                                       this);
                } else {
                    QToolTip::hideText();
                }
            });
        }
    });
    retranslate();
    rebuildAxes();
}

void FigureChartView::retranslate()
{
    m_allBox->setText(tr("&All figures"));
    m_allBox->setToolTip(tr("Show the figures of every event, not only of the selected ones"));
    m_logBox->setText(tr("&Log scale"));
    m_logBox->setToolTip(tr("A logarithmic dollar scale, for amounts of very different sizes"));
    m_emptyLabel->setText(tr("No money figures among the events shown."));
    m_limitLabel->setText(tr("&Largest:"));
    m_limitBox->setToolTip(tr("How many of the largest figures to show when no event is selected"));
    m_chart->setTitle(tr("Money figures in US dollars"));
}

void FigureChartView::setModel(FigureModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    m_mapper->setModel(model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &FigureChartView::rebuildAxes);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &FigureChartView::rebuildAxes);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FigureChartView::rebuildAxes);
        m_allBox->setChecked(m_model->showAll());
        m_model->setLimit(m_limitBox->value());
    }
    rebuildAxes();
}

void FigureChartView::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
    }
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::currentChanged, this, &FigureChartView::updateSelectedBars);
    }
}

void FigureChartView::setLogScale(bool log)
{
    if (log != m_logScale) {
        m_logScale = log;
        rebuildAxes();
        Q_EMIT logScaleChanged(log);
    }
    m_logBox->setChecked(log);
}

void FigureChartView::setShowAll(bool all)
{
    m_allBox->setChecked(all);
    if (m_model && m_model->showAll() != all) {
        m_model->setShowAll(all);
        Q_EMIT showAllChanged(all);
    }
}

void FigureChartView::setLimit(int limit)
{
    if (m_limitBox->value() != limit) {
        m_limitBox->setValue(limit);
    }
    if (m_model) {
        m_model->setLimit(limit);
    }
}

QString FigureChartView::restText() const
{
    return m_restLabel->isVisible() || !m_restLabel->text().isEmpty() ? m_restLabel->text() : QString();
}

void FigureChartView::rebuildAxes()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList labels;
    m_wordings.clear();
    double largest = 0;
    double smallest = std::numeric_limits<double>::infinity();
    for (int row = 0; row < rows; ++row) {
        m_wordings.append(m_model->headerData(row, Qt::Vertical).toString());
        // Labels get at most about a third of the panel's width (the panel's own: in its resize event the scroll area
        // inside has not been laid out anew yet), cut by this program at a known place; Qt Charts gives its left axis
        // no more and otherwise cuts the labels off at the left edge. Qt Charts lays axis labels out as rich text; a
        // label comes from an article and must show as written.
        QString label = QFontMetrics(m_categories->labelsFont())
                            .elidedText(m_model->index(row, 0).data(FigureModel::CaptionRole).toString(),
                                        Qt::ElideRight, std::max(120, width() * 3 / 10))
                            .toHtmlEscaped();
        // A category axis merges equal labels; two figures written alike must stay two bars.
        while (labels.contains(label)) {
            label += u'\u200B';
        }
        labels.append(label);
        const double usd = m_model->index(row, 0).data(FigureModel::UsdRole).toDouble();
        const double divisor = m_model->unit() == FigureModel::Unit::Billions   ? 1e9
                               : m_model->unit() == FigureModel::Unit::Millions ? 1e6
                                                                                : 1;
        largest = std::max(largest, usd / divisor);
        smallest = std::min(smallest, usd / divisor);
    }
    m_categories->clear();
    m_categories->append(labels);
    // A horizontal bar chart puts its first category at the bottom: the latest event's money reads first.

    if (m_values) {
        m_series->detachAxis(m_values);
        m_chart->removeAxis(m_values);
        m_values->deleteLater();
        m_values = nullptr;
    }
    if (m_logScale) {
        auto *axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setLabelFormat(u"%g"_s);
        const double low =
            std::isfinite(smallest) && smallest > 0 ? std::pow(10, std::floor(std::log10(smallest))) : 0.1;
        const double high = largest > 0 ? std::pow(10, std::ceil(std::log10(largest * 1.05))) : 10;
        axis->setRange(low, std::max(high, low * 10));
        axis->setMinorTickCount(8);
        m_values = axis;
    } else {
        auto *axis = new QValueAxis(this);
        axis->setRange(0, largest > 0 ? largest * 1.08 : 1);
        axis->setLabelFormat(u"%g"_s);
        axis->applyNiceNumbers();
        m_values = axis;
    }
    m_values->setTitleText(m_model ? m_model->unitTitle() : tr("US dollars"));
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);

    // The mapper replaces its bar sets (labelled from the model's headers) on its own turn of the reset; the
    // legend and the selected bars are touched once it has, never through set pointers taken before.
    QMetaObject::invokeMethod(this, &FigureChartView::hideUnusedLegendMarkers, Qt::QueuedConnection);
    // Bars keep a readable height: beyond what the panel holds, the chart grows and scrolls.
    m_chartView->setMinimumHeight(std::max(160, rows * 22 + 130));
    m_scroll->setVisible(rows > 0);
    m_emptyLabel->setVisible(rows == 0);
    QStringList notes;
    if (m_model && m_model->restCount() > 0) {
        notes.append(
            tr("The %n largest figure(s) shown; ", nullptr, rows) +
            tr("%n other figure(s) add up to %1.", nullptr, m_model->restCount()).arg(formatUsd(m_model->restUsd())));
    }
    if (m_model && m_model->noRateCount() > 0) {
        notes.append(tr("%n figure(s) in other currencies have no exchange rate for their date and no bar.", nullptr,
                        m_model->noRateCount()));
    }
    m_restLabel->setText(notes.join(u' '));
    m_restLabel->setVisible(!m_restLabel->text().isEmpty());
}

void FigureChartView::hideUnusedLegendMarkers()
{
    // Kinds with no figure would only crowd the legend.
    const QList<QBarSet *> sets = m_series->barSets();
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        auto *barMarker = qobject_cast<QBarLegendMarker *>(marker);
        QBarSet *set = barMarker ? barMarker->barset() : nullptr;
        if (!set) {
            continue;
        }
        bool used = false;
        for (int i = 0; i < set->count() && !used; ++i) {
            used = set->at(i) > 0;
        }
        marker->setVisible(used);
    }
    updateSelectedBars();
}

void FigureChartView::onBarClicked(int category)
{
    if (!m_model || !m_selection || category < 0 || category >= m_model->rowCount()) {
        return;
    }
    const int event = m_model->index(category, 0).data(FigureModel::EventRowRole).toInt();
    QAbstractItemModel *events = const_cast<QAbstractItemModel *>(m_selection->model());
    if (event < 0 || !events) {
        return;
    }
    const QModelIndex index = events->index(event, 0);
    // With only the selected events' figures on show, replacing the selection would empty the chart under the
    // pointer; the clicked bar's event becomes current instead, which every panel follows.
    if (m_model->showAll()) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

void FigureChartView::updateSelectedBars()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (QBarSet *set : sets) {
        set->deselectAllBars();
    }
    if (!m_model || !m_selection || !m_selection->currentIndex().isValid()) {
        return;
    }
    const int current = m_selection->currentIndex().row();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int kind = index.data(FigureModel::KindRole).toInt();
        if (index.data(FigureModel::EventRowRole).toInt() == current && kind < sets.size()) {
            sets[kind]->selectBar(row);
        }
    }
}

QStringList FigureChartView::barLabels() const
{
    return m_wordings;
}

QStringList FigureChartView::barCaptions() const
{
    QStringList labels = m_categories->categories();
    for (QString &label : labels) {
        label.remove(u'\u200B');
    }
    return labels;
}

QList<double> FigureChartView::barValues() const
{
    QList<double> values;
    const QList<QBarSet *> sets = m_series->barSets();
    const int count = int(m_categories->count());
    for (int category = 0; category < count; ++category) {
        double value = 0;
        for (const QBarSet *set : sets) {
            if (category < set->count()) {
                value += set->at(category);
            }
        }
        values.append(value);
    }
    return values;
}

QRect FigureChartView::barRect(int category) const
{
    const int count = int(m_categories->count());
    if (category < 0 || category >= count || !m_scroll->isVisible()) {
        return {};
    }
    double value = 0;
    for (const QBarSet *set : m_series->barSets()) {
        value += category < set->count() ? set->at(category) : 0;
    }
    const double band = m_chart->plotArea().height() / count;
    const QPointF end = m_chart->mapToPosition(QPointF(value, category), m_series);
    const double left = m_chart->plotArea().left();
    const QRectF scene(left, end.y() - band * 0.3, std::max(2.0, end.x() - left), band * 0.6);
    const QPolygon onView = m_chartView->mapFromScene(m_chart->mapToScene(scene));
    return onView.boundingRect().translated(m_chartView->viewport()->mapTo(this, QPoint(0, 0)));
}

void FigureChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Labels are cut to the width: a wider panel shows more of them.
    if (event->oldSize().width() != width()) {
        rebuildAxes();
    }
}

void FigureChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildAxes();
    }
}

} // namespace Newsline
