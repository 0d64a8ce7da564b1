// The scene canvas: fit, zoom about a point, pan, click selection and hover text.

#include <QApplication>
#include <QSignalSpy>
#include <QtTest>

#include "canvas/scene_canvas.h"

using namespace mrcnn;

namespace {
render::Scene sceneWithBoxes() {
    render::Scene s;
    s.image = QImage(200, 100, QImage::Format_RGB888);
    s.image.fill(qRgb(10, 20, 30));
    s.margin = 0;
    render::BoxItem a;
    a.id = 7;
    a.box = QRectF(QPointF(20, 20), QPointF(60, 80));
    a.caption = "square 0.950";
    a.color = Qt::red;
    s.boxes = {a};
    return s;
}
}  // namespace

class SceneCanvasTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fitsTheImageIntoTheWidget() {
        views::SceneCanvas canvas;
        canvas.resize(400, 400);
        canvas.setScene(sceneWithBoxes());
        QVERIFY(canvas.fitsWindow());
        QCOMPARE(canvas.zoom(), 2.0);  // 200 px wide into 400
        // centre of the widget is the centre of the image bounds
        QPointF c = canvas.widgetToImage(QPointF(200, 200));
        QVERIFY(std::abs(c.x() - 99.5) < 1e-9);
        QVERIFY(std::abs(c.y() - 49.5) < 1e-9);
    }

    void zoomKeepsThePointUnderTheCursor() {
        views::SceneCanvas canvas;
        canvas.resize(400, 400);
        canvas.setScene(sceneWithBoxes());
        QPointF anchor(123, 211);
        QPointF before = canvas.widgetToImage(anchor);
        canvas.setZoom(5.0, anchor);
        QPointF after = canvas.widgetToImage(anchor);
        QVERIFY((before - after).manhattanLength() < 1e-9);
        QVERIFY(!canvas.fitsWindow());
        canvas.fitToWindow();
        QCOMPARE(canvas.zoom(), 2.0);
    }

    void clickingABoxSelectsIt() {
        views::SceneCanvas canvas;
        canvas.resize(400, 400);
        canvas.setScene(sceneWithBoxes());
        canvas.show();
        QSignalSpy spy(&canvas, &views::SceneCanvas::boxClicked);
        QPoint onEdge = canvas.imageToWidget(QPointF(20, 50)).toPoint();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, onEdge);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 7);
        QPoint empty = canvas.imageToWidget(QPointF(150, 10)).toPoint();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, empty);
        QCOMPARE(spy.at(1).at(0).toInt(), -1);
    }

    void dragPansWithoutSelecting() {
        views::SceneCanvas canvas;
        canvas.resize(400, 400);
        canvas.setScene(sceneWithBoxes());
        canvas.show();
        QSignalSpy spy(&canvas, &views::SceneCanvas::boxClicked);
        QPointF before = canvas.widgetToImage(QPointF(100, 100));
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(150, 130),
                         canvas.mapToGlobal(QPointF(150, 130)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(150, 130));
        QCOMPARE(spy.count(), 0);
        QPointF after = canvas.widgetToImage(QPointF(150, 130));
        QVERIFY((before - after).manhattanLength() < 1e-9);
    }

    void tooltipNamesPixelAndBox() {
        views::SceneCanvas canvas;
        canvas.resize(400, 400);
        canvas.setScene(sceneWithBoxes());
        QString t = canvas.tooltipAt(canvas.imageToWidget(QPointF(20, 40)));
        QVERIFY2(t.contains("x 20, y 40"), qPrintable(t));
        QVERIFY(t.contains("RGB 10 20 30"));
        QVERIFY(t.contains("square 0.950"));
        QString outside = canvas.tooltipAt(canvas.imageToWidget(QPointF(150, 90)));
        QVERIFY(!outside.contains("square"));
    }

    void zeroBoxSceneDrawsWithoutCrashing() {
        views::SceneCanvas canvas;
        canvas.resize(100, 100);
        render::Scene s;
        s.image = QImage(10, 10, QImage::Format_RGB888);
        s.image.fill(Qt::black);
        canvas.setScene(s);
        QImage shot = canvas.grab().toImage();
        QCOMPARE(shot.size(), QSize(100, 100));
        canvas.setScene(render::Scene{});  // no image at all
        QCOMPARE(canvas.grab().toImage().size(), QSize(100, 100));
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    SceneCanvasTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "scene_canvas_test.moc"
