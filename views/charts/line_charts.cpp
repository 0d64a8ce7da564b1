// Line and bar charts: the training history, the per-layer change of two weight files and
// the parameters per stage.

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

#include "charts/chart_axes.h"
#include "charts/charts.h"

namespace mrcnn::views {

QColor chartColour(int index) {
    // Qt Charts' light theme order, then a few more that stay apart from it.
    static const QColor colours[] = {"#209fdf", "#99ca53", "#f6a625", "#6d5fd5", "#bf593e",
                                     "#1b9e77", "#e7298a", "#666666", "#a6761d", "#377eb8"};
    const int n = static_cast<int>(std::size(colours));
    return colours[((index % n) + n) % n];
}

namespace {

bool usable(double y, bool logY) {
    return std::isfinite(y) && (!logY || y > 0);
}

// The x axis: round ticks, or labelled bands (stages over layer indices).
QAbstractAxis* xAxis(const LineChartData& data, double lo, double hi) {
    if (data.xBands.empty())
        return niceValueAxis(data.xLabel, lo, hi, data.integerX);
    auto* a = new QCategoryAxis;
    a->setTitleText(data.xLabel);
    a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    double start = lo;
    a->setStartValue(start);
    bool narrow = false;
    for (const AxisBand& band : data.xBands)
        if (band.end > start) {
            a->append(band.label, band.end);
            narrow = narrow || (band.end - start) < 0.05 * (hi - lo);
            start = band.end;
        }
    if (narrow)  // the labels of narrow bands would run into each other side by side
        a->setLabelsAngle(-45);
    a->setRange(lo, std::max(hi, start));
    return a;
}

}  // namespace

QChartView* makeLineChart(const LineChartData& data, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(data.title);
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo;
    double ylo = xlo, yhi = -xlo;
    std::vector<QXYSeries*> made;
    for (size_t i = 0; i < data.series.size(); ++i) {
        const LineSeriesData& d = data.series[i];
        const QColor colour = chartColour(d.colour >= 0 ? d.colour : static_cast<int>(i));
        QXYSeries* series = nullptr;
        if (d.line) {
            series = new QLineSeries;
            QPen pen(colour);
            pen.setWidthF(1.5);
            if (d.dashed)
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->setPointsVisible(d.markers);
        } else {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(6);
            scatter->setColor(colour);
            scatter->setBorderColor(colour);
            series = scatter;
        }
        series->setName(d.name);
        for (const QPointF& p : d.points) {
            if (!usable(p.y(), data.logY) || !std::isfinite(p.x()))
                continue;
            series->append(p);
            xlo = std::min(xlo, p.x());
            xhi = std::max(xhi, p.x());
            ylo = std::min(ylo, p.y());
            yhi = std::max(yhi, p.y());
        }
        chart->addSeries(series);
        made.push_back(series);
    }
    if (!std::isfinite(xlo)) {  // nothing to draw: a unit frame
        xlo = 0, xhi = 1, ylo = data.logY ? 0.1 : 0, yhi = 1;
    }
    if (!data.xBands.empty())  // bands run from -0.5: index 0 sits in the first band's middle
        xlo = std::min(xlo, 0.0) - 0.5;
    for (double m : data.markers)
        if (std::isfinite(m)) {
            xlo = std::min(xlo, m);
            xhi = std::max(xhi, m);
        }
    QAbstractAxis* x = xAxis(data, xlo, xhi);
    QAbstractAxis* y = data.logY ? static_cast<QAbstractAxis*>(logAxis(data.yLabel, ylo, yhi))
                                 : niceValueAxis(data.yLabel, std::min(0.0, ylo), yhi, false, 5);
    // The marker spans the whole y range of the axis.
    double yMin = 0, yMax = 1;
    if (auto* lv = qobject_cast<QLogValueAxis*>(y)) {
        yMin = lv->min();
        yMax = lv->max();
    } else if (auto* vv = qobject_cast<QValueAxis*>(y)) {
        yMin = vv->min();
        yMax = vv->max();
    }
    for (size_t i = 0; i < data.markers.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(i == 0 ? data.markerLabel : QString());
        QPen pen(Qt::black);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->append(data.markers[i], yMin);
        line->append(data.markers[i], yMax);
        chart->addSeries(line);
        made.push_back(line);
        if (i > 0)  // one legend entry for all markers
            for (QLegendMarker* m : chart->legend()->markers(line))
                m->setVisible(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* s : made) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const bool legend = data.legend && (data.series.size() > 1 || !data.markers.empty());
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QChartView* makeBarChart(const BarChartData& data, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(data.title);
    auto* set = new QBarSet(data.yLabel);
    set->setColor(chartColour(0));
    double hi = 0, lo = std::numeric_limits<double>::infinity();
    for (double v : data.values) {
        set->append(data.logY && !(v > 0) ? 0.5 : v);
        hi = std::max(hi, v);
        if (v > 0)
            lo = std::min(lo, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(data.categories);
    QAbstractAxis* y =
        data.logY
            ? static_cast<QAbstractAxis*>(logAxis(data.yLabel, std::isfinite(lo) ? lo : 1, hi))
            : niceValueAxis(data.yLabel, 0, std::max(1.0, hi), true, 5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

}  // namespace mrcnn::views
