#include "charts/charts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include "charts/chart_axes.h"
#include "export/figure_export.h"

namespace mrcnn::views {

namespace {
QChartView* wrap(QChart* chart, QWidget* parent) {
    chart->legend()->hide();
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QValueAxis* axis(const QString& title, double lo, double hi, bool integers = false) {
    return niceValueAxis(title, lo, hi, integers);
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
    // On a log axis the bars stand on 0.5: an empty bin stays at the floor, a bin of one shows.
    const double floor = data.logY ? 0.5 : 0;
    int maxCount = 0;
    for (size_t i = 0; i < bins.counts.size(); ++i) {
        const double top = std::max<double>(floor, bins.counts[i]);
        series->append(bins.edges[i], floor);
        series->append(bins.edges[i], top);
        series->append(bins.edges[i + 1], top);
        series->append(bins.edges[i + 1], floor);
        maxCount = std::max(maxCount, bins.counts[i]);
    }
    chart->addSeries(series);
    auto* x = axis(QString(), bins.edges.front(), bins.edges.back());
    const QString count = QCoreApplication::translate("Charts", "Count");
    QAbstractAxis* y = data.logY ? static_cast<QAbstractAxis*>(logAxis(count, floor, maxCount))
                                 : niceValueAxis(count, 0, std::max(1, maxCount) * 1.05, true, 5);
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
