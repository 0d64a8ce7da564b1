// Each live threshold of the inspector, moved through its own control: the session re-runs
// from the stage Model::firstAffectedStage names and every later stage, never the backbone,
// and the new record holds the numbers a fresh Model::run with the same options gives.

#include <QApplication>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QtTest>

#include "app_test_support.h"
#include "gui/main_window.h"
#include "gui/threshold_panel.h"
#include "inspection/tensor_names.h"

using namespace mrcnn;
using namespace mrcnn::testing;

namespace {

// The pipeline from `from` to the end, as Session::lastRunStages names it.
QStringList stagesFrom(Stage from) {
    QStringList out;
    for (int s = static_cast<int>(from); s < kStageCount; ++s)
        out << QString::fromLatin1(stageName(static_cast<Stage>(s)));
    return out;
}

int64_t validProposals(const Inspection& insp) {
    return insp.tensor(names::kProposals).abs().sum(-1).gt(0).sum().item<int64_t>();
}

int64_t maskPixels(const Inspection& insp) {
    const auto& m = insp.detections.masks();
    return m.defined() ? m.sum().item<int64_t>() : 0;
}

}  // namespace

class ThresholdRerunTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
    torch::Tensor m_image;

    gui::ThresholdPanel* panel() const { return m_window->thresholds(); }

    // The slider beside a probability spin box (they share a row widget).
    static QSlider* sliderOf(QDoubleSpinBox* spin) {
        return spin->parentWidget()->findChild<QSlider*>();
    }

    // Applies `move`, waits for the re-run and checks it against the model core. Returns the
    // fresh full run for the caller's own checks.
    std::shared_ptr<const Inspection> moveAndCheck(const std::function<void()>& move,
                                                   Stage expectedFirst) {
        auto before = m_session->inspection();
        const RunOptions optionsBefore = panel()->options();
        move();
        const RunOptions optionsAfter = panel()->options();
        auto first = m_session->model()->firstAffectedStage(optionsBefore, optionsAfter);
        [&] {
            QVERIFY(first.has_value());
            QCOMPARE(static_cast<int>(*first), static_cast<int>(expectedFirst));
            QVERIFY(waitForRun(*m_session, before));
        }();
        if (QTest::currentTestFailed())
            return nullptr;
        const QStringList stages = m_session->lastRunStages();
        [&] {
            // Only the stages from the first affected one ran; the backbone never does.
            QCOMPARE(stages, stagesFrom(*first));
            QVERIFY(!stages.contains("backbone"));
        }();
        auto after = m_session->inspection();
        auto full = m_session->model()->run(m_image, optionsAfter);
        [&] {
            QCOMPARE(after->detectionMinConfidence, full->detectionMinConfidence);
            QCOMPARE(after->detectionNmsThreshold, full->detectionNmsThreshold);
            QCOMPARE(after->rpnNmsThreshold, full->rpnNmsThreshold);
            QCOMPARE(after->postNmsRoisInference, full->postNmsRoisInference);
            QVERIFY(
                torch::equal(after->tensor(names::kProposals), full->tensor(names::kProposals)));
            QCOMPARE(validProposals(*after), validProposals(*full));
            QCOMPARE(after->detections.count(), full->detections.count());
            QVERIFY(
                torch::equal(after->detections.rois().tensor(), full->detections.rois().tensor()));
            QVERIFY(torch::equal(after->detections.classIds(), full->detections.classIds()));
            QVERIFY(torch::equal(after->detections.scores(), full->detections.scores()));
            QVERIFY(torch::equal(after->detections.masks(), full->detections.masks()));
            QCOMPARE(maskPixels(*after), maskPixels(*full));
        }();
        return full;
    }

private Q_SLOTS:
    void init() {
        m_image = testImage();
        QVERIFY(openMicroWindow(m_session, m_window));
    }
    void cleanup() {
        m_window.reset();
        m_session.reset();
    }

    void maskThresholdRedoesOnlyTheUnmolding() {
        auto before = m_session->inspection();
        QVERIFY2(before->detections.count() > 0, "the micro run should detect something");
        auto full =
            moveAndCheck([&] { sliderOf(panel()->maskThreshold())->setValue(900); }, Stage::Unmold);
        QVERIFY(full);
        QCOMPARE(panel()->maskThreshold()->value(), 0.9);
        auto after = m_session->inspection();
        QCOMPARE(after->options.maskThreshold, 0.9);
        // Same detections, smaller masks: >= 0.9 keeps a subset of >= 0.5.
        QVERIFY(
            torch::equal(after->detections.rois().tensor(), before->detections.rois().tensor()));
        QVERIFY(maskPixels(*after) < maskPixels(*before));
        QVERIFY(after->detections.masks()
                    .logical_and(before->detections.masks().logical_not())
                    .sum()
                    .item<int64_t>() == 0);
    }

    void minConfidenceRedoesTheDetectionLayer() {
        auto before = m_session->inspection();
        QCOMPARE(before->detectionMinConfidence, 0.0);  // the micro config's value
        auto full = moveAndCheck([&] { sliderOf(panel()->minConfidence())->setValue(500); },
                                 Stage::Detection);
        QVERIFY(full);
        auto after = m_session->inspection();
        QCOMPARE(after->detectionMinConfidence, 0.5);
        QVERIFY(after->detections.count() <= before->detections.count());
        if (after->detections.count() > 0)
            QVERIFY(after->detections.scores().min().item<float>() >= 0.5f);
        // The proposals did not change.
        QVERIFY(torch::equal(after->tensor(names::kProposals), before->tensor(names::kProposals)));
    }

    void detectionNmsRedoesTheDetectionLayer() {
        auto before = m_session->inspection();
        auto full = moveAndCheck([&] { panel()->detectionNms()->setValue(0.9); }, Stage::Detection);
        QVERIFY(full);
        auto after = m_session->inspection();
        QCOMPARE(after->detectionNmsThreshold, 0.9);
        // A looser NMS suppresses less.
        QVERIFY(after->detections.count() >= before->detections.count());
        QVERIFY(torch::equal(after->tensor(names::kProposals), before->tensor(names::kProposals)));
    }

    void rpnNmsRedoesTheProposals() {
        auto before = m_session->inspection();
        auto full =
            moveAndCheck([&] { sliderOf(panel()->rpnNms())->setValue(300); }, Stage::Proposals);
        QVERIFY(full);
        auto after = m_session->inspection();
        QCOMPARE(after->rpnNmsThreshold, 0.3);
        QVERIFY(validProposals(*after) < validProposals(*before));
    }

    void postNmsRoisRedoesTheProposals() {
        auto before = m_session->inspection();
        QCOMPARE(before->postNmsRoisInference, 1000);
        auto full = moveAndCheck([&] { panel()->postNmsRois()->setValue(50); }, Stage::Proposals);
        QVERIFY(full);
        auto after = m_session->inspection();
        QCOMPARE(after->postNmsRoisInference, 50);
        QCOMPARE(after->tensor(names::kProposals).size(1), int64_t(50));
        QVERIFY(validProposals(*after) <= 50);
    }

    void switchingModelsDropsTheOldThresholds() {
        // The panel shows the new model's config without announcing it; the session must
        // not keep running with the previous model's overrides.
        auto before = m_session->inspection();
        panel()->postNmsRois()->setValue(50);
        QVERIFY(waitForRun(*m_session, before));
        m_session->setModel(microModel(), "micro again");
        QVERIFY(waitForRun(*m_session));
        QCOMPARE(panel()->postNmsRois()->value(), 1000);
        QCOMPARE(m_session->inspection()->postNmsRoisInference, 1000);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("MaskRCNNInspectorTests");
    ThresholdRerunTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "threshold_rerun_test.moc"
