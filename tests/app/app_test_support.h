#pragma once
// What the inspector's Qt Test suites share: the reference micro model (deterministic), the
// test image with its ground truth from the shapes dataset specs, waiting for the session,
// and the English translator (the plural forms live in the English .qm).

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "data/open_dataset.h"
#include "figures/figure_input.h"
#include "gui/main_window.h"
#include "gui/session.h"
#include "pipeline/model.h"
#include "utils/boxes.h"
#include "utils/image_io.h"

namespace mrcnn::testing {

inline QString dataPath(const QString& rel) {
    return QString(MRCNN_TEST_DATA_DIR) + "/" + rel;
}

inline Config microConfig() {
    Config config = loadConfigFile(dataPath("runs/shapes_micro.json").toStdString());
    config.CLASS_NAMES = {"BG", "square", "circle", "triangle"};
    return config;
}

inline QString microWeights() {
    return dataPath("runs/shapes_micro_seed3.h5");
}

inline std::shared_ptr<const Model> microModel() {
    return std::make_shared<const Model>(Model::load(microWeights().toStdString(), microConfig()));
}

inline QString testImagePath() {
    return dataPath("images/shapes_001.png");
}

inline torch::Tensor testImage() {
    return loadImageRgb(testImagePath().toStdString());
}

// The shapes dataset and the index of the record drawn with exactly the test image's pixels.
struct TestImageRecord {
    std::unique_ptr<Dataset> dataset;
    int64_t index = -1;
    figures::GroundTruth groundTruth;
};

inline TestImageRecord testImageRecord() {
    TestImageRecord r;
    r.dataset = openDataset(dataPath("datasets/shapes/shapes_specs.json").toStdString(), {});
    const torch::Tensor image = testImage();
    for (int64_t id : r.dataset->imageIds())
        if (torch::equal(r.dataset->loadImage(id), image))
            r.index = id;
    if (r.index >= 0) {
        InstanceMasks m = r.dataset->loadMask(r.index);
        figures::GroundTruth gt;
        gt.boxes = extractBboxes(m.masks);
        gt.classIds = m.classIds;
        gt.masks = m.masks;
        r.groundTruth = gt;
    }
    return r;
}

// Waits for a run to start and end; false when the session is still busy after a minute.
inline bool waitForRun(gui::Session& session,
                       const std::shared_ptr<const Inspection>& previous = nullptr) {
    for (int i = 0; i < 1200; ++i) {
        if (!session.busy() && session.inspection() && session.inspection() != previous)
            return true;
        QTest::qWait(50);
    }
    return false;
}

inline bool waitIdle(gui::Session& session) {
    for (int i = 0; i < 1200 && session.busy(); ++i)
        QTest::qWait(50);
    return !session.busy();
}

// The English translation holds only the plural forms; without it "%n detection(s)" stays.
inline bool installEnglish() {
    static QTranslator* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(":/i18n/mrcnn_inspector_en.qm"))
        return false;
    return QCoreApplication::installTranslator(translator);
}

// The set-up the window tests share: fresh settings, the real window on the micro model and
// the test image, its first run finished (false when it did not finish in time).
inline bool openMicroWindow(std::unique_ptr<gui::Session>& session,
                            std::unique_ptr<gui::MainWindow>& window) {
    QSettings().clear();
    session = std::make_unique<gui::Session>();
    window = std::make_unique<gui::MainWindow>(session.get());
    window->show();
    session->setModel(microModel(), "micro");
    window->openImageFile(testImagePath());
    return waitForRun(*session);
}

}  // namespace mrcnn::testing
