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

// Ticks at multiples of `interval` from 0, labelled with just the digits they need.
void setTicks(QValueAxis* a, double interval, int decimals) {
    a->setTickType(QValueAxis::TicksDynamic);
    a->setTickAnchor(0);
    a->setTickInterval(interval);
    a->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

// An axis over [lo, hi] widened to round ticks (1, 2, 2.5, 5 × 10^k).
QValueAxis* axis(const QString& title, double lo, double hi, bool integers = false) {
    auto* a = new QValueAxis;
    a->setTitleText(title);
    const NiceAxis nice = niceAxis(lo, hi, 8, integers);
    a->setRange(nice.min, nice.max);
    setTicks(a, nice.interval, nice.decimals);
    return a;
}

// plot_precision_recall's fixed 0..1.1, ticked every 0.1.
QValueAxis* unitAxis(const QString& title) {
    auto* a = new QValueAxis;
    a->setTitleText(title);
    a->setRange(0, 1.1);
    setTicks(a, 0.1, 1);
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
    auto* x = unitAxis(QCoreApplication::translate("Charts", "Recall"));
    auto* y = unitAxis(QCoreApplication::translate("Charts", "Precision"));
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
    auto* y =
        axis(QCoreApplication::translate("Charts", "Count"), 0, std::max(1, maxCount) * 1.05, true);
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
