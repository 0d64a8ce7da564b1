// The embedded demo opens with its ground truth: the annotation compiled into the binary is
// found for the demo image, the session holds it after showDemoImage, and every figure that
// needs ground truth is drawn in the real window. Its Weights dock lists every tensor of the
// demo weights with the statistics computed here from the tensors; the options bar's IoU
// threshold changes the matching against that ground truth. Offscreen.

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "gui/demo_model.h"
#include "gui/figure_options_bar.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/screenshot_tour.h"
#include "gui/session.h"
#include "gui/training_panel.h"
#include "gui/weight_table_model.h"
#include "gui/weights_analysis.h"
#include "gui/weights_panel.h"
#include "weights/keras_h5.h"

using namespace mrcnn;

namespace {
bool waitIdle(gui::Session& s) {
    for (int i = 0; i < 1200 && (s.busy() || !s.inspection()); ++i)
        QTest::qWait(50);
    return !s.busy() && s.inspection();
}

std::vector<int32_t> classIds(const figures::GroundTruth& gt) {
    auto ids = gt.classIds.to(torch::kInt32).contiguous();
    return {ids.data_ptr<int32_t>(), ids.data_ptr<int32_t>() + ids.numel()};
}
}  // namespace

class DemoGroundTruthTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }

    // shapes:1x128@24: a circle partly under a square, a triangle, a second square.
    void embeddedAnnotationMatchesTheDemoImage() {
        QString error;
        auto gt = gui::demoGroundTruth(&error);
        QVERIFY2(gt.has_value(), qPrintable(error));
        QCOMPARE(gt->count(), int64_t(4));
        QCOMPARE(classIds(*gt), (std::vector<int32_t>{2, 1, 3, 1}));
        const torch::Tensor image = gui::demoImage();
        QCOMPARE(gt->masks.size(0), image.size(0));
        QCOMPARE(gt->masks.size(1), image.size(1));
        // Touching shapes: the square hides part of the circle, so the masks are disjoint but
        // the boxes overlap; every mask is non-empty and inside its box.
        auto boxes = gt->boxes.to(torch::kInt32).contiguous();
        auto b = [&](int64_t i, int k) { return boxes.data_ptr<int32_t>()[4 * i + k]; };
        for (int64_t i = 0; i < gt->count(); ++i) {
            const auto plane = gt->masks.select(2, i);
            QVERIFY(plane.any().item<bool>());
            QCOMPARE(
                plane.sum().item<int64_t>(),
                plane.slice(0, b(i, 0), b(i, 2)).slice(1, b(i, 1), b(i, 3)).sum().item<int64_t>());
        }
        QVERIFY(!(gt->masks.to(torch::kInt32).sum(2) > 1).any().item<bool>());
        auto overlap = [&](int64_t i, int64_t j) {
            return b(i, 2) > b(j, 0) && b(j, 2) > b(i, 0) && b(i, 3) > b(j, 1) && b(j, 3) > b(i, 1);
        };
        QVERIFY(overlap(0, 3));  // circle and the square drawn over it
        QVERIFY(overlap(0, 2));  // circle and triangle side by side
    }

    void demoSessionHasGroundTruthAndItsFigures() {
        gui::DisplayName description;
        QString error;
        auto model = gui::loadDemoModel(&description, &error);
        QVERIFY2(model != nullptr, qPrintable(error));
        gui::Session session;
        gui::MainWindow window(&session);
        window.show();
        session.setModel(model, description);
        gui::showDemoImage(session, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(session.groundTruth().has_value());
        QCOMPARE(session.groundTruth()->count(), int64_t(4));
        QVERIFY(waitIdle(session));

        // The figures that say "needs ground truth" without it. mask_targets also needs a
        // proposal with IoU >= 0.5, which an untrained stand-in model may not make.
        const std::set<std::string> needGt = {"rpn_targets", "gt_masks", "differences",
                                              "pr_curve",    "overlaps", "detection_targets"};
        for (const auto& name : needGt) {
            QVERIFY(window.showFigure(name));
            const auto& f = window.figureView()->figure();
            QCOMPARE(f.name, name);
            QVERIFY2(f.available,
                     qPrintable(QString::fromStdString(name) + ": " + f.unavailableReason));
        }
        QVERIFY(window.showFigure("gt_masks"));
        QCOMPARE(int(window.figureView()->figure().grid.images.size()), 4);  // one per shape

        // The demo's names in the status bar follow a language switch, both ways.
        QVERIFY(gui::switchLanguage("en"));
        QCoreApplication::processEvents();
        const QString englishStatus = window.statusText();
        QVERIFY2(
            englishStatus.contains("demo shapes model") && englishStatus.contains("demo image"),
            qPrintable(englishStatus));
        QVERIFY(gui::switchLanguage("zh_CN"));
        QCoreApplication::processEvents();  // LanguageChange reaches the widgets as an event
        const QString chineseStatus = window.statusText();
        QVERIFY2(!chineseStatus.contains("demo") && chineseStatus != englishStatus,
                 qPrintable(chineseStatus));
        QVERIFY(gui::switchLanguage("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.statusText(), englishStatus);

        // A newly opened image drops the demo's ground truth (it belongs to the demo image).
        QTemporaryDir dir;
        const QString other = dir.filePath("other.png");
        QVERIFY(QFile::copy(":/demo/images/shapes_demo.png", other));
        QVERIFY(session.openImage(other, &error));
        QVERIFY(!session.groundTruth().has_value());
        QVERIFY(waitIdle(session));
    }

    // The Weights dock on the demo: one row per tensor of the file, in file order, with the
    // shape, count, min, max, mean and population std computed here in double precision.
    void demoWeightsTableHasEveryTensorAndItsStatistics() {
        gui::DisplayName description;
        QString error, path;
        auto model = gui::loadDemoModel(&description, &error, &path);
        QVERIFY2(model != nullptr, qPrintable(error));
        QVERIFY(!path.isEmpty());
        gui::Session session;
        gui::MainWindow window(&session);
        window.show();
        session.setModel(model, description, path);
        window.weightsAnalysis()->waitForIdle();
        const KerasWeightFile file = readKerasWeights(path.toStdString());
        gui::WeightTableModel* table = window.weightsPanel()->tableModel();
        int row = 0;
        for (const KerasLayer& layer : file.layers)
            for (const KerasWeight& w : layer.weights) {
                QVERIFY(row < table->rowCount());
                auto cell = [&](int column, int role = gui::WeightTableModel::SortRole) {
                    return table->data(table->index(row, column), role);
                };
                const QString at = QString::fromStdString(w.name);
                QCOMPARE(cell(gui::WeightTableModel::Layer, Qt::DisplayRole).toString(),
                         QString::fromStdString(layer.name));
                QCOMPARE(cell(gui::WeightTableModel::Name, Qt::DisplayRole).toString(), at);
                const torch::Tensor v = w.value.to(torch::kFloat64);
                QCOMPARE(cell(gui::WeightTableModel::Count).toLongLong(), qlonglong(v.numel()));
                QStringList dims;
                for (int64_t d : v.sizes())
                    dims << QString::number(d);
                QCOMPARE(cell(gui::WeightTableModel::Shape, Qt::DisplayRole).toString(),
                         "(" + dims.join(", ") + (v.dim() == 1 ? ",)" : ")"));
                const double expected[] = {v.min().item<double>(), v.max().item<double>(),
                                           v.mean().item<double>(),
                                           v.std(/*unbiased=*/false).item<double>()};
                const int columns[] = {gui::WeightTableModel::Min, gui::WeightTableModel::Max,
                                       gui::WeightTableModel::Mean, gui::WeightTableModel::Std};
                for (int k = 0; k < 4; ++k) {
                    const double got = cell(columns[k]).toDouble();
                    QVERIFY2(std::abs(got - expected[k]) <= 1e-9 * (1 + std::abs(expected[k])),
                             qPrintable(at + QString(": %1 vs %2").arg(got).arg(expected[k])));
                }
                QCOMPARE(cell(gui::WeightTableModel::NaN).toLongLong(), qlonglong(0));
                ++row;
            }
        QCOMPARE(table->rowCount(), row);
        QVERIFY(row > 100);
        // The navigator's weights figures are drawn from the same analysis.
        QVERIFY(window.showFigure("weight_stages"));
        QVERIFY(window.figureView()->figure().available);
        QCOMPARE(window.figureView()->figure().bars.categories.size(), 9);
        // The demo ships its training log when the trained weights do; the checkpoint's
        // epoch is marked.
        if (QFile::exists(":/demo/training_log.csv")) {
            QVERIFY2(window.trainingPanel()->headerText().contains("epoch 45"),
                     qPrintable(window.trainingPanel()->headerText()));
            QVERIFY(window.showFigure("training_history"));
            QVERIFY(window.figureView()->figure().available);
            QCOMPARE(window.figureView()->figure().lines.markers, std::vector<double>{45});
        }
    }

    // The options bar's IoU threshold decides the matching against the demo's ground truth;
    // the differences (TP/FP/FN), the PR curve and the overlaps grid share it.
    void iouThresholdChangesTheMatching() {
        gui::DisplayName description;
        QString error;
        auto model = gui::loadDemoModel(&description, &error);
        QVERIFY2(model != nullptr, qPrintable(error));
        gui::Session session;
        gui::MainWindow window(&session);
        window.show();
        session.setModel(model, description);
        gui::showDemoImage(session, &error);
        QVERIFY(waitIdle(session));
        QVERIFY(window.showFigure("overlaps"));
        double best = 0;  // the best mask IoU of a prediction and a GT instance of its class
        const auto& grid = window.figureView()->figure().overlaps;
        for (size_t k = 0; k < grid.iou.size(); ++k)
            for (size_t j = 0; j < grid.iou[k].size(); ++j)
                if (grid.predClassIds[k] == grid.gtClassIds[j])
                    best = std::max(best, grid.iou[k][j]);
        QVERIFY2(best > 0.5 && best < 0.999, qPrintable(QString::number(best)));
        QVERIFY(window.showFigure("differences"));
        auto* iou = qobject_cast<QDoubleSpinBox*>(window.optionsBar()->editor("iouThreshold"));
        QVERIFY(iou);
        auto truePositives = [&] {
            int n = 0;
            for (const auto& b : window.figureView()->figure().scene.boxes)
                n += b.tooltip.endsWith("true positive");
            return n;
        };
        QCOMPARE(iou->value(), 0.5);
        const int atHalf = truePositives();
        QVERIFY(atHalf > 0);
        QVERIFY(
            window.figureView()->summaryText().contains(QString("True positives: %1").arg(atHalf)));
        const double above = std::min(1.0, std::ceil((best + 1e-3) * 20) / 20);  // above the best
        iou->setValue(above);
        QCOMPARE(truePositives(), 0);
        QVERIFY(window.figureView()->summaryText().contains("True positives: 0"));
        QVERIFY(window.showFigure("pr_curve"));
        QCOMPARE(window.figureView()->figure().pr.iouThreshold, above);
        QCOMPARE(window.figureView()->figure().pr.ap, 0.0);
        QVERIFY(window.showFigure("overlaps"));
        QCOMPARE(window.figureView()->figure().overlaps.threshold, above);
        // Back to 0.5 from the PR curve's bar: the differences follow.
        QVERIFY(window.showFigure("pr_curve"));
        qobject_cast<QDoubleSpinBox*>(window.optionsBar()->editor("iouThreshold"))->setValue(0.5);
        QVERIFY(window.figureView()->figure().pr.ap > 0);
        QVERIFY(window.showFigure("differences"));
        QCOMPARE(truePositives(), atHalf);
    }

    // Each navigator group has a figure for the documentation's screenshots.
    void everyGroupHasAScreenshotFigure() {
        for (const auto& group : figures::figureGroups()) {
            const std::string name = gui::screenshotFigure(group);
            QVERIFY2(figures::isKnownFigure(name), group.c_str());
            bool inGroup = false;
            for (const auto& f : figures::figureCatalog())
                inGroup = inGroup || (f.name == name && f.group == group);
            QVERIFY2(inGroup, group.c_str());
        }
    }
};

QTEST_MAIN(DemoGroundTruthTest)
#include "demo_ground_truth_test.moc"
