#pragma once

#include <QItemSelectionModel>
#include <QPointer>
#include <QWidget>

class QBarCategoryAxis;
class QAbstractAxis;
class QChart;
class QChartView;
class QCheckBox;
class QHorizontalStackedBarSeries;
class QLabel;
class QScrollArea;
class QSpinBox;
class QVBarModelMapper;

namespace Newsline {

class FigureModel;

/// Compares money figures on one bar chart in US dollars: one bar per figure, labelled with who, what kind and when
/// beside the article's wording, coloured by kind, on a linear or log scale; fed from a FigureModel through a
/// QVBarModelMapper. Without selected events it shows the largest figures of the events shown, the rest summed up
/// below; more bars than fit scroll.
class FigureChartView : public QWidget
{
    Q_OBJECT

public:
    explicit FigureChartView(QWidget *parent = nullptr);

    /// The figures to draw; the view does not own the model.
    void setModel(FigureModel *model);
    /// The shared event selection: a clicked bar makes its event current; the current event's bars stand out.
    void setSelectionModel(QItemSelectionModel *selection);

    /// Switches between a linear and a logarithmic dollar scale.
    void setLogScale(bool log);
    [[nodiscard]] bool logScale() const { return m_logScale; }
    /// Shows all figures of the corpus (true) or those of the selected events.
    void setShowAll(bool all);

    [[nodiscard]] QChart *chart() const { return m_chart; }
    /// Each bar's figure as the model labels it (the article's wording and rate), in category order.
    [[nodiscard]] QStringList barLabels() const;
    /// The labels drawn beside the bars (who, kind, when and wording), in category order.
    [[nodiscard]] QStringList barCaptions() const;
    /// The line under the chart saying what is left out ("the other 850 figures add up to …"); empty when none.
    [[nodiscard]] QString restText() const;
    /// How many of the largest figures are shown when no event is selected.
    void setLimit(int limit);
    /// The dollar amount of each bar, top to bottom, as the chart holds it (in the model's unit).
    [[nodiscard]] QList<double> barValues() const;
    /// Where the bar of a category is drawn, in this widget's coordinates; empty when none.
    [[nodiscard]] QRect barRect(int category) const;

Q_SIGNALS:
    /// The log-scale switch changed.
    void logScaleChanged(bool log);
    /// The all-figures switch changed.
    void showAllChanged(bool all);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildAxes();
    void onBarClicked(int category);
    void updateSelectedBars();
    void hideUnusedLegendMarkers();
    void retranslate();

    QPointer<FigureModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QAbstractAxis *m_values = nullptr;
    QCheckBox *m_logBox = nullptr;
    QCheckBox *m_allBox = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_restLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
    QSpinBox *m_limitBox = nullptr;
    QScrollArea *m_scroll = nullptr;
    QStringList m_wordings;
    bool m_logScale = false;
};

} // namespace Newsline
