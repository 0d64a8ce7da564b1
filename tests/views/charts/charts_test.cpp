// Chart data and chart views: histogram binning like numpy, PR curve titles, export.

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include "charts/charts.h"
#include "render/overlap_grid.h"

using namespace mrcnn;

namespace {
// 1, 2, 2.5 or 5 × 10^k.
bool isRoundInterval(double interval) {
    const double mantissa = interval / std::pow(10.0, std::floor(std::log10(interval)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (std::abs(mantissa - m) < 1e-9)
            return true;
    return false;
}
bool isMultiple(double value, double interval) {
    const double k = value / interval;
    return std::abs(k - std::round(k)) < 1e-9;
}
QValueAxis* valueAxis(QChartView* view, Qt::Orientation o) {
    return qobject_cast<QValueAxis*>(view->chart()->axes(o).at(0));
}
}  // namespace

class ChartsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void histogramBinsLikeNumpy() {
        auto h = views::computeHistogram({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
        QCOMPARE(h.edges.size(), size_t(6));
        QCOMPARE(h.edges[1], 2.0);
        // [0,2) [2,4) [4,6) [6,8) [8,10] — the last bin includes its right edge
        QCOMPARE(h.counts, (std::vector<int>{2, 2, 2, 2, 3}));
        auto flat = views::computeHistogram({3, 3, 3}, 4);
        QCOMPARE(flat.edges.front(), 2.5);
        QCOMPARE(flat.edges.back(), 3.5);
        auto empty = views::computeHistogram({}, 3);
        QCOMPARE(empty.counts, (std::vector<int>{0, 0, 0}));
        auto nan = views::computeHistogram({1, std::nan(""), 2}, 2);
        QCOMPARE(nan.counts[0] + nan.counts[1], 2);
    }

    void prCurveHasTheOriginalsTitleAndPoints() {
        views::PrCurveData d;
        d.precisions = {0, 1, 1, 0.6667, 0};
        d.recalls = {0, 0.5, 0.5, 1, 1};
        d.ap = 0.8333;
        std::unique_ptr<QChartView> view(views::makePrCurveChart(d));
        QCOMPARE(view->chart()->title(), QString("Precision-Recall Curve. AP@50 = 0.833"));
        auto* series = qobject_cast<QLineSeries*>(view->chart()->series().at(0));
        QCOMPARE(series->count(), 5);
        QCOMPARE(series->at(3), QPointF(1, 0.6667));
    }

    void chartsExport() {
        QTemporaryDir dir;
        views::ScatterData s{"y1, x1", "x1", "y1", {{0.1, 0.2}, {0.5, 0.7}}};
        std::unique_ptr<QChartView> view(views::makeScatterChart(s));
        for (QString ext : {"png", "svg", "pdf"}) {
            QString err;
            QString path = dir.filePath("chart." + ext);
            QVERIFY2(views::exportChart(view.get(), path, &err, {640, 480}), qPrintable(err));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QImage png(dir.filePath("chart.png"));
        QCOMPARE(png.size(), QSize(640, 480));
        QString err;
        QVERIFY(!views::exportChart(view.get(), dir.filePath("chart.bmpx"), &err));
        QVERIFY(err.contains("bmpx"));
        views::HistogramData h{"dy", {0.1, 0.2, 0.2, -1}, 50};
        std::unique_ptr<QChartView> hv(views::makeHistogramChart(h));
        QCOMPARE(hv->chart()->title(), QString("dy"));
    }

    void axesGetRoundTicks_data() {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("interval");
        QTest::addColumn<int>("decimals");
        QTest::newRow("counts to 459.9") << 0.0 << 459.9 << true << 0.0 << 500.0 << 100.0 << 0;
        QTest::newRow("deltas") << -0.28 << 0.31 << false << -0.3 << 0.4 << 0.1 << 1;
        QTest::newRow("unit") << 0.0 << 1.0 << false << 0.0 << 1.0 << 0.2 << 1;
        QTest::newRow("one value") << 3.0 << 3.0 << false << 2.4 << 3.6 << 0.2 << 1;
        QTest::newRow("wide") << -3.7 << 12.2 << false << -5.0 << 12.5 << 2.5 << 1;
        QTest::newRow("quarters") << 0.0 << 18.0 << false << 0.0 << 20.0 << 2.5 << 1;
        QTest::newRow("small counts") << 0.0 << 1.05 << true << 0.0 << 2.0 << 1.0 << 0;
        QTest::newRow("counts, no 2.5") << 0.0 << 18.0 << true << 0.0 << 20.0 << 5.0 << 0;
        QTest::newRow("tiny") << 0.00012 << 0.00087 << false << 0.0001 << 0.0009 << 0.0001 << 4;
    }
    void axesGetRoundTicks() {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(bool, integers);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, interval);
        QFETCH(int, decimals);
        const views::NiceAxis a = views::niceAxis(lo, hi, 8, integers);
        QVERIFY2(std::abs(a.min - min) < 1e-12, qPrintable(QString::number(a.min)));
        QVERIFY2(std::abs(a.max - max) < 1e-12, qPrintable(QString::number(a.max)));
        QVERIFY2(std::abs(a.interval - interval) < 1e-12, qPrintable(QString::number(a.interval)));
        QCOMPARE(a.decimals, decimals);
        QVERIFY(isRoundInterval(a.interval));
        QVERIFY(isMultiple(a.min, a.interval) && isMultiple(a.max, a.interval));
        QVERIFY(a.min <= std::min(lo, hi) && a.max >= std::max(lo, hi));
        QVERIFY((a.max - a.min) / a.interval <= 8 + 1e-9);
    }

    void chartsUseTheRoundTicks() {
        views::HistogramData h{"dy", {}, 50};
        for (int i = 0; i < 460; ++i)
            h.values.push_back(0.1 + 0.00001 * i);  // one tall bin of 460 (0.1 .. 0.1046)
        h.values.push_back(-0.28);
        h.values.push_back(0.31);
        std::unique_ptr<QChartView> view(views::makeHistogramChart(h));
        for (auto o : {Qt::Horizontal, Qt::Vertical}) {
            QValueAxis* a = valueAxis(view.get(), o);
            QVERIFY(a);
            QCOMPARE(a->tickType(), QValueAxis::TicksDynamic);
            QVERIFY2(isRoundInterval(a->tickInterval()),
                     qPrintable(QString::number(a->tickInterval())));
            QVERIFY(isMultiple(a->min(), a->tickInterval()));
            QVERIFY(isMultiple(a->max(), a->tickInterval()));
        }
        QCOMPARE(valueAxis(view.get(), Qt::Vertical)->max(), 500.0);
        QCOMPARE(valueAxis(view.get(), Qt::Horizontal)->min(), -0.3);

        views::PrCurveData d;
        d.precisions = {1, 0.5};
        d.recalls = {0, 1};
        std::unique_ptr<QChartView> pr(views::makePrCurveChart(d));
        for (auto o : {Qt::Horizontal, Qt::Vertical}) {
            QValueAxis* a = valueAxis(pr.get(), o);
            QCOMPARE(a->min(), 0.0);
            QCOMPARE(a->max(), 1.1);  // plot_precision_recall's limits
            QCOMPARE(a->tickInterval(), 0.1);
            QCOMPARE(a->labelFormat(), QString("%.1f"));
        }
    }

    void overlapTagsFollowPlotOverlaps() {
        render::OverlapGridData d;
        d.predClassIds = {1, 2};
        d.gtClassIds = {1, 1};
        d.iou = {{0.9, 0.2}, {0.6, 0.5}};
        d.predLabels = {"a (0.99)", "b (0.80)"};
        d.gtLabels = {"a", "a"};
        QCOMPARE(render::overlapTag(d, 0, 0), QString("match"));
        QCOMPARE(render::overlapTag(d, 0, 1), QString());
        QCOMPARE(render::overlapTag(d, 1, 0), QString("wrong"));
        QCOMPARE(render::overlapTag(d, 1, 1), QString());  // 0.5 is not > 0.5
        QImage img(400, 300, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        render::paintOverlapGrid(p, d, QRectF(0, 0, 400, 300));
        p.end();
        // some cell got the darkest blue (the max IoU cell)
        bool dark = false;
        for (int y = 0; y < 300 && !dark; ++y)
            for (int x = 0; x < 400 && !dark; ++x)
                dark = qBlue(img.pixel(x, y)) > 90 && qRed(img.pixel(x, y)) < 20;
        QVERIFY(dark);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    ChartsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "charts_test.moc"
