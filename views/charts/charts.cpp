#include "charts/charts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include "export/figure_export.h"

namespace mrcnn::views {

namespace {
QChartView* wrap(QChart* chart, QWidget* parent) {
    chart->legend()->hide();
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QValueAxis* axis(const QString& title, double lo, double hi) {
    auto* a = new QValueAxis;
    a->setTitleText(title);
    a->setRange(lo, hi);
    return a;
}
}  // namespace

QChartView* makePrCurveChart(const PrCurveData& data, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("Charts", "Precision-Recall Curve. AP@%1 = %2")
                        .arg(qRound(data.iouThreshold * 100))
                        .arg(data.ap, 0, 'f', 3));
    auto* series = new QLineSeries;
    for (size_t i = 0; i < data.precisions.size() && i < data.recalls.size(); ++i)
        series->append(data.recalls[i], data.precisions[i]);
    chart->addSeries(series);
    auto* x = axis(QCoreApplication::translate("Charts", "Recall"), 0, 1.1);
    auto* y = axis(QCoreApplication::translate("Charts", "Precision"), 0, 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return wrap(chart, parent);
}

QChartView* makeHistogramChart(const HistogramData& data, QWidget* parent) {
    HistogramBins bins = computeHistogram(data.values, data.bins);
    auto* chart = new QChart;
    chart->setTitle(data.title);
    // Bars as a line series outlining each bin keeps the x axis numeric.
    auto* series = new QLineSeries;
    int maxCount = 0;
    for (size_t i = 0; i < bins.counts.size(); ++i) {
        series->append(bins.edges[i], 0);
        series->append(bins.edges[i], bins.counts[i]);
        series->append(bins.edges[i + 1], bins.counts[i]);
        series->append(bins.edges[i + 1], 0);
        maxCount = std::max(maxCount, bins.counts[i]);
    }
    chart->addSeries(series);
    auto* x = axis(QString(), bins.edges.front(), bins.edges.back());
    auto* y = axis(QCoreApplication::translate("Charts", "Count"), 0, std::max(1, maxCount) * 1.05);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return wrap(chart, parent);
}

QChartView* makeScatterChart(const ScatterData& data, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(data.title);
    auto* series = new QScatterSeries;
    series->setMarkerSize(4);
    double xlo = 0, xhi = 1, ylo = 0, yhi = 1;
    bool first = true;
    for (const QPointF& p : data.points) {
        series->append(p);
        if (first) {
            xlo = xhi = p.x();
            ylo = yhi = p.y();
            first = false;
        }
        xlo = std::min(xlo, p.x());
        xhi = std::max(xhi, p.x());
        ylo = std::min(ylo, p.y());
        yhi = std::max(yhi, p.y());
    }
    if (xlo == xhi)
        xhi = xlo + 1;
    if (ylo == yhi)
        yhi = ylo + 1;
    chart->addSeries(series);
    auto* x = axis(data.xLabel, xlo, xhi);
    auto* y = axis(data.yLabel, ylo, yhi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return wrap(chart, parent);
}

bool exportChart(QChartView* view, const QString& path, QString* error, QSize size) {
    view->resize(size);
    QChart* chart = view->chart();
    chart->resize(size);
    auto result = render::exportPainting(path, size, chart->title(), [&](QPainter& p, QSize sz) {
        chart->scene()->render(&p, QRectF(QPointF(0, 0), sz), chart->sceneBoundingRect());
    });
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

}  // namespace mrcnn::views
