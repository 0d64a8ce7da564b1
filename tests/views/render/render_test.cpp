// The renderer: apply_mask arithmetic, colours, contours, painting and figure export.

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include "export/figure_export.h"
#include "render/colors.h"
#include "render/contours.h"
#include "render/mask_compositor.h"
#include "render/scene_painter.h"

using namespace mrcnn::render;

namespace {
QImage solidImage(int w, int h, QRgb rgb) {
    QImage img(w, h, QImage::Format_RGB888);
    img.fill(rgb);
    return img;
}
QImage squareMask(int w, int h, QRect inside) {
    QImage m(w, h, QImage::Format_Grayscale8);
    m.fill(0);
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            m.scanLine(y)[x] = 255;
    return m;
}
}  // namespace

class RenderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void applyMaskMatchesTheOriginalArithmetic() {
        QImage img = solidImage(8, 8, qRgb(101, 50, 7));
        MaskItem a{0, squareMask(8, 8, QRect(0, 0, 4, 4)), {}, QColor::fromRgbF(1, 0, 0)};
        MaskItem b{1, squareMask(8, 8, QRect(2, 2, 4, 4)), {}, QColor::fromRgbF(0, 1, 0)};
        QImage out = compositeMasks(img, {a, b});
        // outside both masks: unchanged
        QCOMPARE(out.pixel(7, 7), qRgb(101, 50, 7));
        // only a: 101*0.5+127.5 = 178 (178.0), 50*0.5 = 25, 7*0.5 = 3.5 → 3
        QCOMPARE(out.pixel(0, 0), qRgb(178, 25, 3));
        // a then b, accumulated in floats before one truncation:
        // r: 178.0*0.5 = 89; g: 25*0.5+127.5 = 140; b: 3.5*0.5 = 1.75 → 1
        QCOMPARE(out.pixel(2, 2), qRgb(89, 140, 1));
    }

    void randomColorsAreTheHsvWheelShuffledReproducibly() {
        auto c1 = randomColors(6, true, 42);
        auto c2 = randomColors(6, true, 42);
        QCOMPARE(c1.size(), size_t(6));
        for (size_t i = 0; i < c1.size(); ++i)
            QCOMPARE(c1[i], c2[i]);
        // the set is the 6 hues at full saturation/value: each has a channel at 1.0
        int reds = 0;
        for (const auto& c : c1) {
            QVERIFY(std::max({c.redF(), c.greenF(), c.blueF()}) > 0.999);
            if (c.redF() > 0.999 && c.greenF() < 0.001 && c.blueF() < 0.001)
                ++reds;
        }
        QCOMPARE(reds, 1);  // hue 0 appears once
        auto dark = randomColors(3, false, 1);
        for (const auto& c : dark)
            QVERIFY(std::max({c.redF(), c.greenF(), c.blueF()}) < 0.71);
    }

    void contourRunsThroughPixelMidpoints() {
        QImage m = squareMask(5, 5, QRect(1, 1, 3, 3));  // pixels 1..3
        QPainterPath path = maskContour(m, QPoint(10, 20));
        QRectF r = path.boundingRect();
        // find_contours at 0.5 on the padded mask: half a pixel outside the pixel centres
        QCOMPARE(r, QRectF(10 + 0.5, 20 + 0.5, 3, 3));
        QVERIFY(maskContour(QImage(), {}).isEmpty());
        QImage empty(4, 4, QImage::Format_Grayscale8);
        empty.fill(0);
        QVERIFY(maskContour(empty).isEmpty());
    }

    void hitTestingPrefersTheNearestEdge() {
        Scene s;
        s.image = solidImage(100, 100, qRgb(0, 0, 0));
        BoxItem outer;
        outer.id = 1;
        outer.box = QRectF(QPointF(10, 10), QPointF(90, 90));
        BoxItem inner;
        inner.id = 2;
        inner.box = QRectF(QPointF(40, 40), QPointF(60, 60));
        s.boxes = {outer, inner};
        QCOMPARE(hitTestBox(s, QPointF(41, 50), 2), 2);
        QCOMPARE(hitTestBox(s, QPointF(11, 50), 2), 1);
        QCOMPARE(hitTestBox(s, QPointF(99, 99), 2), -1);
    }

    void paintingDrawsBoxesInImageCoordinates() {
        Scene s;
        s.image = solidImage(64, 64, qRgb(0, 0, 0));
        s.margin = 0;
        BoxItem b;
        b.box = QRectF(QPointF(16, 16), QPointF(48, 48));
        b.color = Qt::white;
        b.style = LineStyle::Solid;
        b.alpha = 1.0;
        b.lineWidth = 1;
        s.boxes = {b};
        QImage canvas(64, 64, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        QPainter p(&canvas);
        p.setTransform(fitTransform(s, QRectF(0, 0, 64, 64)));
        RenderOptions o;
        paintScene(p, s, composeBackground(s, o), o);
        p.end();
        // the top edge at y = 16 in pixel-centre coordinates is device row 16.5 → rows 16/17
        QVERIFY(qGray(canvas.pixel(32, 16)) > 60 || qGray(canvas.pixel(32, 17)) > 60);
        QCOMPARE(qGray(canvas.pixel(32, 32)), 0);  // inside stays black
    }

    void identityColoursFollowTheKeyNotThePosition() {
        // the same key, the same colour, whatever else is drawn
        QCOMPARE(identityColor(17), identityColor(17));
        QCOMPARE(identityColor(17, true, 3), identityColor(17, true, 3));
        QVERIFY(identityColor(17, true, 3) != identityColor(17, true, 4));
        // neighbouring keys get hues far apart (golden-ratio steps: > 0.2 of the circle)
        for (int k = 0; k < 50; ++k) {
            double a = identityColor(k).hueF(), b = identityColor(k + 1).hueF();
            double d = std::abs(a - b);
            QVERIFY2(std::min(d, 1 - d) > 0.2, qPrintable(QString::number(k)));
            QVERIFY(std::max({identityColor(k).redF(), identityColor(k).greenF(),
                              identityColor(k).blueF()}) > 0.999);
        }
    }

    void captionsStayInsideTheImage() {
        for (CaptionStyle style : {CaptionStyle::Plain, CaptionStyle::Boxed}) {
            QImage canvas(300, 100, QImage::Format_RGB32);
            canvas.fill(qRgb(0, 0, 255));
            Scene s;
            s.image = solidImage(100, 50, qRgb(60, 60, 60));
            s.margin = 0;
            BoxItem b;
            b.box = QRectF(QPointF(80, 38), QPointF(99, 49));  // bottom-right corner
            b.color = Qt::red;
            b.caption = "triangle 0.999 with a long name";
            b.captionStyle = style;
            s.boxes = {b};
            QPainter p(&canvas);
            p.setTransform(fitTransform(s, QRectF(100, 25, 100, 50)));  // image at 100..200
            RenderOptions o;
            paintScene(p, s, composeBackground(s, o), o);
            p.end();
            // nothing drawn right of or below the image (the box's pen may reach 2 px out)
            for (int y = 0; y < 100; ++y)
                for (int x = 0; x < 300; ++x)
                    if (x >= 203 || y >= 78 || x < 98 || y < 23)
                        QVERIFY2(canvas.pixel(x, y) == qRgb(0, 0, 255),
                                 qPrintable(QString("%1,%2").arg(x).arg(y)));
            // and the caption was drawn: white pixels inside the image
            int white = 0;
            for (int y = 25; y < 75; ++y)
                for (int x = 100; x < 200; ++x)
                    white += qGray(canvas.pixel(x, y)) > 200;
            QVERIFY(white > 20);
        }
    }

    void exportsReadableFiles() {
        QTemporaryDir dir;
        Scene s;
        s.image = solidImage(200, 100, qRgb(30, 60, 90));
        s.title = "Detections";
        BoxItem b;
        b.box = QRectF(QPointF(20, 10), QPointF(120, 80));
        b.color = Qt::red;
        b.caption = "circle 0.987";
        s.boxes = {b};
        s.masks = {MaskItem{0, squareMask(200, 100, QRect(30, 20, 40, 40)), {}, Qt::green}};
        RenderOptions o;
        for (const QString& ext : exportFormats()) {
            QString path = dir.filePath("figure." + ext);
            ExportResult r = exportScene(s, o, path, 800);
            QVERIFY2(r.ok, qPrintable(r.error));
            QFileInfo info(path);
            QVERIFY(info.size() > 200);
            if (ext == "png") {
                QImage back(path);
                QCOMPARE(back.width(), 800);
                QCOMPARE(back.height(),
                         32 + 436);  // round((100 + 2*10) / (200 + 2*10) * 800) + title
            }
            if (ext == "svg") {
                QSvgRenderer svg(path);
                QVERIFY(svg.isValid());
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QByteArray text = f.readAll();
                QVERIFY(text.contains("circle 0.987"));  // captions stay text in vectors
            }
            if (ext == "pdf") {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(f.read(5) == "%PDF-");
            }
        }
        ExportResult bad = exportScene(s, o, dir.filePath("figure.xyz"));
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains("xyz"));
        ExportResult unwritable = exportScene(s, o, "/nonexistent-dir/figure.png");
        QVERIFY(!unwritable.ok);
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    RenderTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "render_test.moc"
