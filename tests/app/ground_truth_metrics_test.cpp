// Stage 8 against the metrics: for the micro model's run on shapes_001.png with its ground
// truth from the shapes specs, the PR curve (the chart's series), its AP, the overlaps grid
// (every cell and its match/wrong tag), the TP/FP/FN counts and the AP over IoU 0.5:0.95 that
// the window shows equal the original's compute_ap / compute_matches / compute_ap_range on
// the same detections and ground truth — and the per-image AP that `mrcnn eval --dataset`
// averages (DatasetEvalBuilder + matterportDatasetMap, through COCO RLEs).
// And the edges: every figure of the catalog on a run with zero detections, on a run with no
// positive proposal (a blank image), and with ground truth of zero instances, is built without
// an exception and shows a readable empty state or says why it has nothing to draw.

#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QSettings>
#include <QtTest>

#include "app_test_support.h"
#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/ground_truth.h"
#include "gui/demo_model.h"
#include "gui/main_window.h"
#include "inspection/tensor_names.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"
#include "metrics/matterport_ap.h"
#include "render/overlap_grid.h"

using namespace mrcnn;
using namespace mrcnn::testing;

// Bit-for-bit equality (QCOMPARE would compare doubles fuzzily).
#define EXACT(a, b) \
    QVERIFY2((a) == (b), qPrintable(QString("%1 != %2").arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)))

namespace {
// Text a person can read: not empty, and no exception or tensor-library wording in it.
bool readable(const QString& text) {
    if (text.trimmed().isEmpty())
        return false;
    for (const char* machine : {"Exception raised", "c10::", "std::", "at::", "torch::",
                                "INTERNAL ASSERT", "what():", "Expected ", "out of range"})
        if (text.contains(QLatin1String(machine)))
            return false;
    return true;
}

// Builds every figure of the catalog on `in`; the figures by name, or a failure naming the
// figure that threw or whose reason or summary is not readable.
std::map<std::string, views::Figure> buildEveryFigure(const figures::FigureInput& in,
                                                      const QString& situation) {
    std::map<std::string, views::Figure> out;
    for (const auto& info : figures::figureCatalog()) {
        const QString where = situation + ", " + QString::fromStdString(info.name);
        views::Figure f;
        try {
            f = figures::buildFigure(info.name, in);
        } catch (const std::exception& e) {
            QTest::qFail(qPrintable(where + " threw: " + e.what()), __FILE__, __LINE__);
            return out;
        }
        if (!f.available) {
            if (!readable(f.unavailableReason)) {
                QTest::qFail(
                    qPrintable(where + ": unreadable reason \"" + f.unavailableReason + "\""),
                    __FILE__, __LINE__);
                return out;
            }
        } else if (f.summary.isEmpty() || !readable(f.summary.join('\n'))) {
            QTest::qFail(
                qPrintable(where + ": unreadable summary \"" + f.summary.join('\n') + "\""),
                __FILE__, __LINE__);
            return out;
        }
        out[info.name] = f;
    }
    return out;
}

bool summaryHas(const views::Figure& f, const QString& text) {
    return f.available && f.summary.join('\n').contains(text);
}
}  // namespace

class GroundTruthMetricsTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
    TestImageRecord m_record;
    metrics::GroundTruth m_gt;
    metrics::Predictions m_pred;

    figures::FigureInput inputFor(std::shared_ptr<const Inspection> run,
                                  std::optional<figures::GroundTruth> gt) const {
        figures::FigureInput in;
        in.inspection = std::move(run);
        in.config = m_session->model()->config();
        in.groundTruth = std::move(gt);
        return in;
    }

    // Ground truth of zero instances, in both shapes a reader gives: the original's empty
    // load_mask result (masks [0, 0, 0]) and an image-sized one (masks [H, W, 0]).
    std::vector<figures::GroundTruth> emptyGroundTruths() const {
        const auto& masks = m_record.groundTruth.masks;
        InstanceMasks none{torch::zeros({0, 0, 0}, torch::kBool), torch::zeros({0}, torch::kInt32)};
        InstanceMasks sized{torch::zeros({masks.size(0), masks.size(1), 0}, torch::kBool),
                            torch::zeros({0}, torch::kInt32)};
        return {figures::groundTruthFromInstances(none), figures::groundTruthFromInstances(sized)};
    }

    const views::Figure& show(const char* name) {
        m_window->showFigure(name);
        return m_window->figureView()->figure();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installEnglish());
        m_record = testImageRecord();
        QVERIFY2(m_record.index >= 0, "shapes_001.png is not in the shapes specs");
        QVERIFY(openMicroWindow(m_session, m_window));
        m_session->setGroundTruth(m_record.groundTruth);

        // The same inputs as `mrcnn eval` gives compute_ap: GT from load_mask (shapes has no
        // crowds), predictions from the detections.
        const auto& g = m_record.groundTruth;
        QVERIFY(g.count() > 0);
        QCOMPARE(g.classIds.gt(0).sum().item<int64_t>(), g.count());
        m_gt = {g.boxes, g.classIds, g.masks};
        const auto& d = m_session->inspection()->detections;
        QVERIFY2(d.count() > 1, "the micro run should give several detections");
        m_pred = {d.rois().tensor(), d.classIds(), d.scores(), d.masks()};
    }
    void cleanupTestCase() {
        m_window.reset();
        m_session.reset();
    }

    void prCurveSeriesIsComputeAp() {
        const auto expected = metrics::computeAp(m_gt, m_pred, 0.5);
        const views::Figure& f = show("pr_curve");
        QVERIFY2(f.available, qPrintable(f.unavailableReason));
        EXACT(f.pr.ap, expected.ap);
        QVERIFY(f.pr.precisions == expected.precisions);
        QVERIFY(f.pr.recalls == expected.recalls);
        // What the chart draws: one line through (recall, precision) of every padded entry.
        auto* view = m_window->figureView()->findChild<QChartView*>();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->chart()->series().size(), 1);
        auto* series = qobject_cast<QLineSeries*>(view->chart()->series().first());
        QVERIFY(series);
        const QList<QPointF> points = series->points();
        QCOMPARE(points.size(), qsizetype(expected.precisions.size()));
        QCOMPARE(points.size(), qsizetype(m_pred.scores.size(0) + 2));
        for (qsizetype i = 0; i < points.size(); ++i) {
            EXACT(points[i].x(), expected.recalls[i]);
            EXACT(points[i].y(), expected.precisions[i]);
        }
        QVERIFY(view->chart()->title().endsWith(QString::number(expected.ap, 'f', 3)));
        QVERIFY(f.summary.contains(QString("AP: %1").arg(expected.ap, 0, 'f', 6)));
    }

    void overlapsGridIsComputeMatches() {
        const auto matches = metrics::computeMatches(m_gt, m_pred, 0.5);
        const views::Figure& f = show("overlaps");
        QVERIFY2(f.available, qPrintable(f.unavailableReason));
        const auto& g = f.overlaps;
        const auto overlaps = matches.overlaps.to(torch::kFloat64);
        QCOMPARE(int64_t(g.iou.size()), overlaps.size(0));
        QCOMPARE(int64_t(g.gtLabels.size()), m_gt.classIds.size(0));
        const QStringList names = {"BG", "square", "circle", "triangle"};
        for (int64_t k = 0; k < overlaps.size(0); ++k) {
            // Rows in compute_matches' order: descending score.
            const int64_t i = matches.sortedOrder[k];
            const int predClass = m_pred.classIds[i].item<int32_t>();
            QCOMPARE(g.predClassIds[k], predClass);
            QCOMPARE(g.predLabels[k], QString("%1 (%2)")
                                          .arg(names[predClass])
                                          .arg(m_pred.scores[i].item<float>(), 0, 'f', 2));
            QCOMPARE(int64_t(g.iou[k].size()), overlaps.size(1));
            for (int64_t j = 0; j < overlaps.size(1); ++j) {
                const double iou = overlaps[k][j].item<double>();
                EXACT(g.iou[k][j], iou);
                // plot_overlaps: "match" above the threshold with the same class, else "wrong".
                const int gtClass = m_gt.classIds[j].item<int32_t>();
                const QString tag = iou > 0.5 ? (gtClass == predClass ? "match" : "wrong") : "";
                QCOMPARE(render::overlapTag(g, int(k), int(j)), tag);
            }
        }
        for (int64_t j = 0; j < m_gt.classIds.size(0); ++j)
            QCOMPARE(g.gtLabels[j], names[m_gt.classIds[j].item<int32_t>()]);
    }

    void differencesCountTheMatches() {
        // display_differences: compute_matches with score_threshold 0.5.
        const auto m = metrics::computeMatches(m_gt, m_pred, 0.5, 0.5);
        int tp = 0;
        for (double v : m.predMatch)
            tp += v > -1;
        const int nPred = int(m_pred.scores.size(0)), nGt = int(m_gt.classIds.size(0));
        const views::Figure& f = show("differences");
        QVERIFY2(f.available, qPrintable(f.unavailableReason));
        QVERIFY(f.summary.contains(QString("True positives: %1").arg(tp)));
        QVERIFY(f.summary.contains(QString("False positives: %1").arg(nPred - tp)));
        QVERIFY(f.summary.contains(QString("False negatives: %1").arg(nGt - tp)));
        QCOMPARE(int(f.scene.boxes.size()), nGt + nPred);
    }

    void apOverIouIsComputeApRange() {
        const auto r = metrics::computeApRange(m_gt, m_pred);
        QCOMPARE(int(r.thresholds.size()), 10);
        for (const char* name : {"pr_curve", "differences"}) {
            const QStringList summary = show(name).summary;
            for (size_t i = 0; i < r.thresholds.size(); ++i) {
                // Each threshold's AP is compute_ap at that IoU.
                EXACT(r.apPerThreshold[i], metrics::computeAp(m_gt, m_pred, r.thresholds[i]).ap);
                QVERIFY2(summary.contains(QString("AP @%1:\t %2")
                                              .arg(r.thresholds[i], 0, 'f', 2)
                                              .arg(r.apPerThreshold[i], 0, 'f', 3)),
                         name);
            }
            QVERIFY(summary.contains(QString("AP @0.50-0.95:\t %1").arg(r.mean, 0, 'f', 3)));
        }
    }

    void detectionsThatMatchTheGroundTruth() {
        // The micro model's weights are random, so its run matches nothing (AP 0). The same
        // figures on detections made from the ground truth — every instance at descending
        // scores, plus the first one again under another class with the best score — must
        // show matches, a wrong class and an AP between 0 and 1, still as the metrics say.
        const auto& g = m_record.groundTruth;
        const int64_t n = g.count();
        auto record = std::make_shared<Inspection>(*m_session->inspection());
        auto wrongClass = (g.classIds.slice(0, 0, 1) % 3) + 1;
        record->detections = Detections(
            OriginalBoxes(torch::cat({g.boxes.slice(0, 0, 1), g.boxes}).to(torch::kInt32)),
            torch::cat({wrongClass, g.classIds}).to(torch::kInt32),
            torch::linspace(0.95, 0.5, n + 1, torch::kFloat32),
            torch::cat({g.masks.slice(2, 0, 1), g.masks}, 2), torch::arange(n + 1, torch::kInt64));
        const Detections& d = record->detections;
        metrics::Predictions pred{d.rois().tensor(), d.classIds(), d.scores(), d.masks()};

        figures::FigureInput in = m_session->figureInput({});
        in.inspection = record;
        const auto expected = metrics::computeAp(m_gt, pred, 0.5);
        QVERIFY(expected.ap > 0 && expected.ap < 1);
        views::FigureView view;
        view.setFigure(figures::buildFigure("pr_curve", in));
        auto* chart = view.findChild<QChartView*>();
        QVERIFY(chart);
        auto* series = qobject_cast<QLineSeries*>(chart->chart()->series().first());
        const QList<QPointF> points = series->points();
        QCOMPARE(points.size(), qsizetype(expected.recalls.size()));
        for (qsizetype i = 0; i < points.size(); ++i) {
            EXACT(points[i].x(), expected.recalls[i]);
            EXACT(points[i].y(), expected.precisions[i]);
        }
        EXACT(view.figure().pr.ap, expected.ap);

        const views::Figure overlaps = figures::buildFigure("overlaps", in);
        const auto iou = expected.matches.overlaps.to(torch::kFloat64);
        QStringList tags;
        for (int64_t k = 0; k < iou.size(0); ++k)
            for (int64_t j = 0; j < iou.size(1); ++j) {
                EXACT(overlaps.overlaps.iou[k][j], iou[k][j].item<double>());
                tags << render::overlapTag(overlaps.overlaps, int(k), int(j));
            }
        QCOMPARE(int(tags.count("match")), int(n));
        QCOMPARE(int(tags.count("wrong")), 1);

        metrics::DatasetEvalBuilder builder(*m_record.dataset);
        builder.addImage(m_record.index, g.masks.size(0), g.masks.size(1), d);
        const auto map = metrics::matterportDatasetMap(builder.groundTruth(), builder.results());
        EXACT(map.ap50[0], expected.ap);
        EXACT(map.apRange[0], metrics::computeApRange(m_gt, pred).mean);
        QVERIFY(figures::buildFigure("differences", in)
                    .summary.contains(QString("True positives: %1").arg(n)));
    }

    void everyFigureWithEmptyGroundTruth() {
        const auto run = m_session->inspection();
        for (const auto& gt : emptyGroundTruths()) {
            const QString situation = QString("ground truth of 0 instances, masks %1x%2")
                                          .arg(gt.masks.size(0))
                                          .arg(gt.masks.size(1));
            const auto figs = buildEveryFigure(inputFor(run, gt), situation);
            QCOMPARE(figs.size(), figures::figureCatalog().size());
            // The figures that need ground truth say it is empty, not that it is missing.
            for (const char* name : {"rpn_targets", "gt_masks", "differences", "pr_curve",
                                     "overlaps", "detection_targets", "mask_targets"}) {
                const views::Figure& f = figs.at(name);
                QVERIFY2(!f.available, name);
                QVERIFY2(f.unavailableReason.contains("has no instances"),
                         qPrintable(f.unavailableReason));
            }
            // The rest draws the run as without ground truth.
            QVERIFY(summaryHas(figs.at("instances"), "rois"));
            QVERIFY(!summaryHas(figs.at("rpn_proposals"), "RPN recall"));
        }
        // Through the window as well: every stage shows something or says why not.
        m_session->setGroundTruth(emptyGroundTruths().front());
        for (const auto& info : figures::figureCatalog()) {
            QVERIFY(m_window->showFigure(info.name));
            const views::Figure& f = m_window->figureView()->figure();
            QVERIFY2(f.available ? !f.summary.isEmpty() : readable(f.unavailableReason),
                     info.name.c_str());
        }
        m_session->setGroundTruth(m_record.groundTruth);
    }

    void everyFigureWithZeroDetections() {
        // No class score reaches above 1: DETECTION_MIN_CONFIDENCE 1 keeps nothing that is not
        // certain, and the micro model is certain of nothing here.
        RunOptions options;
        options.detectionMinConfidence = 1.0;
        options.keepFeatureMaps = true;
        const auto run = m_session->model()->run(testImage(), options);
        QCOMPARE(run->detections.count(), int64_t(0));
        for (const auto& gt : {std::optional<figures::GroundTruth>(m_record.groundTruth),
                               std::optional<figures::GroundTruth>(emptyGroundTruths().back()),
                               std::optional<figures::GroundTruth>()}) {
            const QString situation =
                QString("0 detections, %1 ground-truth instances").arg(gt ? gt->count() : -1);
            const auto figs = buildEveryFigure(inputFor(run, gt), situation);
            QCOMPARE(figs.size(), figures::figureCatalog().size());
            QVERIFY(summaryHas(figs.at("detections"), "0 detections"));
            QVERIFY(summaryHas(figs.at("detection_filter"), "Keep 0 detections"));
            QVERIFY(summaryHas(figs.at("detection_nms"), "Kept after per-class NMS: 0"));
            QVERIFY(summaryHas(figs.at("instances"), "No instances to display"));
            for (const char* name : {"mask_soft", "mask_binary", "masks_pasted"})
                QVERIFY2(figs.at(name).unavailableReason.contains("No detections"), name);
            QVERIFY(figs.at("detections").scene.boxes.empty());
            QVERIFY(figs.at("instances").scene.boxes.empty());
            if (gt && gt->count() > 0) {
                const int n = static_cast<int>(gt->count());
                QVERIFY(summaryHas(figs.at("differences"), "True positives: 0"));
                QVERIFY(summaryHas(figs.at("differences"), QString("False negatives: %1").arg(n)));
                QVERIFY(figs.at("pr_curve").available);
                QCOMPARE(figs.at("pr_curve").pr.ap, 0.0);
                QVERIFY(figs.at("overlaps").available);
                QVERIFY(figs.at("overlaps").overlaps.iou.empty());
                QVERIFY(summaryHas(figs.at("overlaps"), "No predictions"));
            }
        }
    }

    void everyFigureWithNoPositiveProposal() {
        // A grey image through the demo model: the RPN still proposes its boxes, but the
        // classifier calls every one of them background, so nothing reaches the detection
        // layer. (The micro model, trained for a few steps only, sees objects in a blank image.)
        QString error;
        gui::DisplayName description;
        const auto demo = gui::loadDemoModel(&description, &error);
        QVERIFY2(demo, qPrintable(error));
        const torch::Tensor image = testImage();
        const auto run = demo->run(torch::full(image.sizes(), 128, torch::kUInt8));
        const auto proposals = run->tensor(names::kProposals)[0];
        const int64_t valid = proposals.abs().sum(1).gt(0).sum().item<int64_t>();
        QVERIFY(valid > 0);
        const auto classes = run->tensor(names::kMrcnnClass)[0].argmax(1).slice(0, 0, valid);
        QCOMPARE(classes.gt(0).sum().item<int64_t>(), int64_t(0));
        QCOMPARE(run->detections.count(), int64_t(0));
        for (const auto& gt : {std::optional<figures::GroundTruth>(m_record.groundTruth),
                               std::optional<figures::GroundTruth>(emptyGroundTruths().front())}) {
            const QString situation =
                QString("no positive proposal, %1 ground-truth instances").arg(gt->count());
            figures::FigureInput in = inputFor(run, gt);
            in.config = demo->config();
            const auto figs = buildEveryFigure(in, situation);
            QCOMPARE(figs.size(), figures::figureCatalog().size());
            QVERIFY(summaryHas(figs.at("proposal_classification"), "0 positive ROIs"));
            QVERIFY(summaryHas(figs.at("detection_refinement"), "Drawn: 0 of 0 positive ROIs"));
            QVERIFY(figs.at("detection_refinement").scene.boxes.empty());
            QVERIFY(summaryHas(figs.at("detection_filter"), "Keep 0 detections"));
            QVERIFY(summaryHas(figs.at("detections"), "0 detections"));
            QVERIFY(summaryHas(figs.at("instances"), "No instances to display"));
        }
    }

    void perImageApIsWhatEvalAverages() {
        // `mrcnn eval --dataset` turns the run into COCO GT and results and averages the
        // per-image compute_ap; for this one image that average is the figure's AP.
        metrics::DatasetEvalBuilder builder(*m_record.dataset);
        const auto& g = m_record.groundTruth;
        builder.addImage(m_record.index, g.masks.size(0), g.masks.size(1),
                         m_session->inspection()->detections);
        const auto map = metrics::matterportDatasetMap(builder.groundTruth(), builder.results());
        QCOMPARE(int(map.ap50.size()), 1);
        EXACT(map.ap50[0], show("pr_curve").pr.ap);
        EXACT(map.apRange[0], metrics::computeApRange(m_gt, m_pred).mean);
        EXACT(map.mAP50, map.ap50[0]);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    GroundTruthMetricsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ground_truth_metrics_test.moc"
