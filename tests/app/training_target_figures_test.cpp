// The training-target figures (detection_targets, mask_targets) of the micro reference run on
// shapes_001.png, with the ground truth from the shapes dataset specs, checked against
// DetectionTargetLayer computed directly from the trainer's own load_image_gt: same sample,
// same boxes, one grid cell per positive ROI.

#include <QApplication>
#include <QtTest>

#include <random>

#include "app_test_support.h"
#include "data/open_dataset.h"
#include "figures/figure_catalog.h"
#include "pipeline/model.h"
#include "render/colormaps.h"
#include "render/colors.h"
#include "training/detection_targets.h"
#include "training/image_gt.h"
#include "utils/boxes.h"
#include "utils/image_io.h"

using namespace mrcnn;

namespace {
QString dataPath(const QString& rel) {
    return QString(MRCNN_TEST_DATA_DIR) + "/" + rel;
}

int countIf(const views::Figure& f, const std::function<bool(const render::BoxItem&)>& pred) {
    return static_cast<int>(std::count_if(f.scene.boxes.begin(), f.scene.boxes.end(), pred));
}

QRectF pixelRect(const torch::Tensor& box) {
    auto b = box.to(torch::kFloat64);
    return QRectF(QPointF(b[1].item<double>(), b[0].item<double>()),
                  QPointF(b[3].item<double>(), b[2].item<double>()));
}
}  // namespace

class TrainingTargetFiguresTest : public QObject {
    Q_OBJECT
private:
    figures::FigureInput m_input;
    training::DetectionTargets m_expected;
    int64_t m_height = 0, m_width = 0;

    QString classNameOf(int64_t row) const {
        return QString::fromStdString(
            m_input.config.className(static_cast<int>(m_expected.classIds[row].item<int64_t>())));
    }

private Q_SLOTS:
    void initTestCase() {
        Config config = loadConfigFile(dataPath("runs/shapes_micro.json").toStdString());
        Model model = Model::load(dataPath("runs/shapes_micro_seed3.h5").toStdString(), config);
        auto image = loadImageRgb(dataPath("images/shapes_001.png").toStdString());
        m_input.inspection = model.run(image);
        m_input.config = model.config();
        m_input.config.CLASS_NAMES = {"BG", "square", "circle", "triangle"};
        m_input.options.seed = 7;

        // The image's record in the dataset is the one drawn with exactly its pixels.
        auto dataset = openDataset(dataPath("datasets/shapes/shapes_specs.json").toStdString(), {});
        int64_t imageId = -1;
        for (int64_t id : dataset->imageIds())
            if (torch::equal(dataset->loadImage(id), image))
                imageId = id;
        QVERIFY2(imageId >= 0, "shapes_001.png is not in the shapes specs");
        InstanceMasks m = dataset->loadMask(imageId);
        figures::GroundTruth truth;
        truth.boxes = extractBboxes(m.masks);
        truth.classIds = m.classIds;
        truth.masks = m.masks;
        m_input.groundTruth = truth;

        // What the trainer would compute for this image and these proposals.
        auto gt = training::loadImageGt(*dataset, m_input.config, imageId, {},
                                        m_input.config.USE_MINI_MASK, nullptr);
        m_height = gt.image.size(0);
        m_width = gt.image.size(1);
        std::mt19937_64 rng(m_input.options.seed);
        m_expected = training::detectionTargets(m_input.inspection->tensor("proposals")[0],
                                                gt.classIds, normBoxes(gt.boxes, m_height, m_width),
                                                gt.masks, m_input.config, rng);
        QVERIFY2(m_expected.positives > 0, "the micro run should give positive ROIs");
        QVERIFY(m_expected.negatives > 0);
    }

    void bothAreInTheCatalog() {
        int found = 0;
        for (const auto& info : figures::figureCatalog())
            if (info.name == "detection_targets" || info.name == "mask_targets")
                found += info.group == "ground_truth";
        QCOMPARE(found, 2);
    }

    void withoutGroundTruthTheySayWhy() {
        figures::FigureInput noGt = m_input;
        noGt.groundTruth.reset();
        for (const char* name : {"detection_targets", "mask_targets"}) {
            views::Figure f = figures::buildFigure(name, noGt);
            QVERIFY(!f.available);
            QVERIFY(f.unavailableReason.contains("ground truth"));
        }
    }

    void detectionTargetsDrawTheLayersSample() {
        views::Figure f = figures::buildFigure("detection_targets", m_input);
        QVERIFY(f.available);
        const int positives = static_cast<int>(m_expected.positives);
        const int negatives = static_cast<int>(m_expected.negatives);
        const QColor grey = render::faintColor();
        auto isPositive = [](const render::BoxItem& b) {
            return b.style == render::LineStyle::Solid;
        };
        auto isNegative = [&](const render::BoxItem& b) { return b.color == grey; };
        QCOMPARE(countIf(f, isPositive), positives);
        QCOMPARE(countIf(f, isNegative), negatives);
        QCOMPARE(int(f.scene.boxes.size()), 2 * positives + negatives);  // + refinements
        QCOMPARE(int(f.scene.lines.size()), positives);

        // The same ROIs in the same order, and each captioned with its target class.
        auto expectedPx = denormBoxes(m_expected.rois, m_height, m_width);
        int row = 0;
        for (const auto& b : f.scene.boxes) {
            if (!isPositive(b))
                continue;
            QCOMPARE(b.box, pixelRect(expectedPx[row]));
            QCOMPARE(b.caption, classNameOf(row));
            ++row;
        }
        int negRow = positives;
        for (const auto& b : f.scene.boxes)
            if (isNegative(b))
                QCOMPARE(b.box, pixelRect(expectedPx[negRow++]));
        QVERIFY(f.summary.first().startsWith(
            QString("%1 positive, %2 negative ROIs of TRAIN_ROIS_PER_IMAGE = %3")
                .arg(positives)
                .arg(negatives)
                .arg(m_input.config.TRAIN_ROIS_PER_IMAGE)));
        QVERIFY(f.summary.join('\n').contains(classNameOf(0) + ": "));
    }

    void maskTargetsHaveOneCellPerPositive() {
        views::Figure f = figures::buildFigure("mask_targets", m_input);
        QVERIFY(f.available);
        QCOMPARE(f.kind, views::FigureKind::ImageGrid);
        const int positives = static_cast<int>(m_expected.positives);
        QCOMPARE(int(f.grid.images.size()), positives);
        QCOMPARE(f.grid.titles.size(), positives);
        const int cell = 3 * m_input.config.MASK_SHAPE[0];  // crop, 4 px gap, mask
        for (int i = 0; i < positives; ++i) {
            QCOMPARE(f.grid.titles[i], classNameOf(i));
            const QImage& img = f.grid.images[i];
            QCOMPARE(img.size(), QSize(2 * cell + 4, cell));
            // The right half is the 28×28 target, 3 px per cell, in Blues scaled 0..1.
            auto mask = m_expected.masks[i];
            for (int y = 1; y < mask.size(0); y += 9)
                for (int x = 1; x < mask.size(1); x += 9) {
                    QColor want = render::blues(mask[y][x].item<float>());
                    QColor got = img.pixelColor(cell + 4 + 3 * x + 1, 3 * y + 1);
                    QVERIFY(std::abs(got.red() - want.red()) <= 1);
                    QVERIFY(std::abs(got.blue() - want.blue()) <= 1);
                }
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // The summaries count with plural forms, which the English translation resolves.
    if (!mrcnn::testing::installEnglish())
        return 1;
    TrainingTargetFiguresTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "training_target_figures_test.moc"
