// Golden images for a few panels of the micro reference run. A figure is compared with
// tests/data/golden/<name>.png within a tolerance (fonts and antialiasing may differ by a
// few grey levels); on failure the rendering and a diff image are written next to the test
// binary. Set MRCNN_ACCEPT_GOLDEN=1 to accept the current renderings as the new goldens.

#include <QApplication>
#include <QDir>
#include <QtTest>

#include "figures/figure_catalog.h"
#include "pipeline/model.h"
#include "render/scene_painter.h"
#include "utils/image_io.h"

using namespace mrcnn;

namespace {
QString dataPath(const QString& rel) {
    return QString(MRCNN_TEST_DATA_DIR) + "/" + rel;
}

QImage renderFigure(const views::Figure& f) {
    QImage img(512, 512, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setTransform(render::fitTransform(f.scene, QRectF(0, 0, 512, 512)));
    render::RenderOptions o;
    o.showCaptions = false;  // text rendering varies across font versions
    render::paintScene(p, f.scene, render::composeBackground(f.scene, o), o);
    p.end();
    return img;
}

struct Diff {
    double meanAbs = 0;
    double fractionOff = 0;  // pixels differing by more than 32 in any channel
    QImage image;
};

Diff compare(const QImage& a, const QImage& b) {
    Diff d;
    d.image = QImage(a.size(), QImage::Format_RGB32);
    double sum = 0;
    int64_t off = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            int dr = std::abs(qRed(p) - qRed(q)), dg = std::abs(qGreen(p) - qGreen(q)),
                db = std::abs(qBlue(p) - qBlue(q));
            sum += dr + dg + db;
            off += std::max({dr, dg, db}) > 32;
            d.image.setPixel(
                x, y, qRgb(std::min(255, dr * 4), std::min(255, dg * 4), std::min(255, db * 4)));
        }
    d.meanAbs = sum / (3.0 * a.width() * a.height());
    d.fractionOff = double(off) / (a.width() * a.height());
    return d;
}
}  // namespace

class GoldenFiguresTest : public QObject {
    Q_OBJECT
private:
    figures::FigureInput m_input;

private Q_SLOTS:
    void initTestCase() {
        Config config = loadConfigFile(dataPath("runs/shapes_micro.json").toStdString());
        Model model = Model::load(dataPath("runs/shapes_micro_seed3.h5").toStdString(), config);
        m_input.inspection =
            model.run(loadImageRgb(dataPath("images/shapes_001.png").toStdString()));
        m_input.config = config;
        m_input.options.seed = 7;
    }

    void panelsMatchTheirGoldens_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"input", "rpn_refinement", "detection_nms", "instances"})
            QTest::newRow(n) << QString(n);
    }

    void panelsMatchTheirGoldens() {
        QFETCH(QString, name);
        views::Figure f = figures::buildFigure(name.toStdString(), m_input);
        QVERIFY(f.available);
        QImage actual = renderFigure(f);
        const QString golden = dataPath("golden/" + name + ".png");
        if (qEnvironmentVariableIntValue("MRCNN_ACCEPT_GOLDEN") == 1) {
            QDir().mkpath(dataPath("golden"));
            QVERIFY(actual.save(golden));
            QSKIP("golden accepted");
        }
        QImage expected(golden);
        QVERIFY2(!expected.isNull(),
                 qPrintable("missing golden " + golden + " (run with MRCNN_ACCEPT_GOLDEN=1)"));
        expected = expected.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(expected.size(), actual.size());
        Diff d = compare(actual, expected);
        if (d.meanAbs > 1.5 || d.fractionOff > 0.005) {
            actual.save(name + "_actual.png");
            d.image.save(name + "_diff.png");
            QFAIL(qPrintable(QString("%1 differs from its golden: mean %2, %3% of pixels off; see "
                                     "%1_actual.png and %1_diff.png")
                                 .arg(name)
                                 .arg(d.meanAbs)
                                 .arg(d.fractionOff * 100)));
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    GoldenFiguresTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "golden_figures_test.moc"
