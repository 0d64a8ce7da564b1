// Chart data and chart views: histogram binning like numpy, PR curve titles, export.

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

#include "charts/charts.h"
#include "render/overlap_grid.h"

using namespace mrcnn;

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
