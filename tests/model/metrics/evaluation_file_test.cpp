#include "metrics/evaluation_file.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "config/config.h"
#include "data/shapes_dataset.h"
#include "metrics/dataset_eval.h"
#include "metrics/evaluation_report.h"
#include "pipeline/model.h"
#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

namespace fs = std::filesystem;

class EvaluationFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("mrcnn_evaluation_file_" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // The demo model over 4 generated images at confidence 0, as the window evaluates.
    static SavedEvaluation demoEvaluation() {
        const fs::path demo = test::dataDir() / ".." / ".." / "resources" / "demo";
        const Model model = Model::load((demo / "shapes.h5").string(),
                                        loadConfigFile((demo / "shapes.json").string()));
        const ShapesDataset dataset(4, 128, 128, 3);
        DatasetEvalBuilder builder(dataset);
        RunOptions options;
        options.detectionMinConfidence = 0.0;
        options.keepTrace = false;
        SavedEvaluation e;
        for (int64_t i = 0; i < dataset.numImages(); ++i) {
            const auto image = dataset.loadImage(i);
            builder.addImage(i, image.size(0), image.size(1),
                             model.run(image, options)->detections);
            e.datasetIndex[builder.imageId(i)] = i;
        }
        e.modelWeights = (demo / "shapes.h5").string();
        e.modelName = "shapes";
        e.thresholds = R"({"DETECTION_NMS_THRESHOLD": 0.3})";
        e.datasetSource = "shapes:4x128@3";
        e.datasetFormat = "shapes";
        e.datasetImages = 4;
        e.minConfidence = 0.7;
        e.seconds = 1.5;
        e.unreadable = {"x.png: no such file"};
        e.groundTruth = builder.groundTruth();
        e.detections = builder.results();
        return e;
    }

    fs::path m_dir;
};

// Saved and read back, an evaluation gives every number it gave before, at any threshold.
TEST_F(EvaluationFile, ReadsBackWhatItSaved) {
    const SavedEvaluation saved = demoEvaluation();
    ASSERT_GT(saved.detections.size(), 10u);
    const std::string path = (m_dir / "run.json").string();
    saveEvaluation(path, saved);
    EXPECT_TRUE(fs::exists(m_dir / "run.gt.json"));
    EXPECT_TRUE(fs::exists(m_dir / "run.results.json"));

    const SavedEvaluation back = loadEvaluation(path);
    EXPECT_EQ(back.modelWeights, saved.modelWeights);
    EXPECT_EQ(back.modelName, "shapes");
    EXPECT_EQ(back.thresholds, R"({"DETECTION_NMS_THRESHOLD":0.3})");
    EXPECT_EQ(back.datasetSource, "shapes:4x128@3");
    EXPECT_EQ(back.datasetFormat, "shapes");
    EXPECT_EQ(back.datasetImages, 4);
    EXPECT_EQ(back.minConfidence, 0.7);
    EXPECT_EQ(back.seconds, 1.5);
    EXPECT_EQ(back.unreadable, saved.unreadable);
    EXPECT_EQ(back.datasetIndex, saved.datasetIndex);
    ASSERT_EQ(back.detections.size(), saved.detections.size());
    for (size_t k = 0; k < saved.detections.size(); ++k) {
        EXPECT_EQ(back.detections[k].id, saved.detections[k].id);
        EXPECT_EQ(back.detections[k].imageId, saved.detections[k].imageId);
        EXPECT_EQ(back.detections[k].categoryId, saved.detections[k].categoryId);
        EXPECT_EQ(back.detections[k].score, saved.detections[k].score);
        EXPECT_EQ(back.detections[k].bbox, saved.detections[k].bbox);
        EXPECT_EQ(back.detections[k].segmentation.counts, saved.detections[k].segmentation.counts);
    }
    ASSERT_EQ(back.groundTruth.annotations.size(), saved.groundTruth.annotations.size());
    for (double minScore : {0.0, 0.7, 0.95}) {
        const auto before = evaluationReport(saved.groundTruth, saved.detections, minScore);
        const auto after = evaluationReport(back.groundTruth, back.detections, minScore);
        EXPECT_EQ(after.stats, before.stats) << minScore;
        EXPECT_EQ(after.map.mAP50, before.map.mAP50) << minScore;
        EXPECT_EQ(after.tide[kSegm].counts, before.tide[kSegm].counts) << minScore;
    }
}

TEST_F(EvaluationFile, RefusesWhatIsNotOneOfItsFiles) {
    const std::string path = (m_dir / "run.json").string();
    saveEvaluation(path, demoEvaluation());
    auto message = [](const std::string& p) {
        try {
            loadEvaluation(p);
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    // A COCO file is not a manifest.
    const std::string gt = (m_dir / "run.gt.json").string();
    EXPECT_NE(message(gt).find("not a saved evaluation"), std::string::npos) << message(gt);
    // A newer version.
    const std::string newer = (m_dir / "newer.json").string();
    std::ofstream(newer) << R"({"format": "mrcnn-inspector-evaluation", "version": 7})";
    EXPECT_NE(message(newer).find("version 7 is newer"), std::string::npos) << message(newer);
    // The results file gone.
    fs::remove(m_dir / "run.results.json");
    const std::string gone = message(path);
    EXPECT_NE(gone.find("run.results.json: no such file"), std::string::npos) << gone;
    EXPECT_EQ(gone.rfind(path, 0), 0u) << gone;  // names the manifest first
    // Malformed JSON names its line.
    const std::string broken = (m_dir / "broken.json").string();
    std::ofstream(broken) << "{\"format\": \n";
    EXPECT_NE(message(broken).find("broken.json"), std::string::npos) << message(broken);
    // An image id the ground truth lacks.
    saveEvaluation(path, demoEvaluation());
    SavedEvaluation extra = demoEvaluation();
    extra.datasetIndex[999] = 3;
    saveEvaluation(path, extra);
    EXPECT_NE(message(path).find("image id 999 is not in"), std::string::npos) << message(path);
}

}  // namespace
}  // namespace mrcnn::metrics
