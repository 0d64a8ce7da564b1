#include "training/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "data/shapes_dataset.h"
#include "pipeline/model.h"
#include "training/data_generator.h"
#include "training/training_log.h"
#include "weights/weight_loader.h"

using namespace mrcnn;
namespace fs = std::filesystem;

namespace {

// The demo's structure at a smaller width so a few steps take seconds.
Config tinyTrainingConfig() {
    Config config = presetConfig("shapes");
    config.NAME = "tiny";
    config.IMAGES_PER_GPU = 2;
    config.RESNET_WIDTH = 0.125;
    config.TOP_DOWN_PYRAMID_SIZE = 32;
    config.FPN_CLASSIF_FC_LAYERS_SIZE = 64;
    config.RPN_CONV_CHANNELS = 32;
    config.MASK_HEAD_CHANNELS = 16;
    config.TRAIN_ROIS_PER_IMAGE = 16;
    config.TRAIN_BN = true;
    return config;
}

bool finite(const training::LossValues& v) {
    for (double x : {v.total, v.rpnClass, v.rpnBbox, v.mrcnnClass, v.mrcnnBbox, v.mrcnnMask, v.l2})
        if (!std::isfinite(x))
            return false;
    return true;
}

fs::path freshDir(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("mrcnn_trainer_test_" + name);
    fs::remove_all(dir);
    return dir;
}

}  // namespace

TEST(DataGenerator, BatchesHaveTargetsForTheConfigAnchors) {
    const Config config = tinyTrainingConfig();
    ShapesDataset dataset(6, 128, 128, 11);
    training::DataGenerator generator(dataset, config, 3, {true, false});
    auto batch = generator.next();
    ASSERT_EQ(batch.images.sizes(), (std::vector<int64_t>{2, 3, 128, 128}));
    ASSERT_EQ(batch.gt.size(), 2u);
    const int64_t anchors = generator.anchors().normalized.count();
    EXPECT_EQ(batch.rpnMatch.sizes(), (std::vector<int64_t>{2, anchors}));
    EXPECT_EQ(batch.rpnBbox.sizes(), (std::vector<int64_t>{2, 256, 4}));
    for (const auto& gt : batch.gt) {
        EXPECT_GT(gt.classIds.size(0), 0);
        EXPECT_EQ(gt.masks.size(0), 56);  // mini masks
        EXPECT_EQ(gt.masks.size(2), gt.classIds.size(0));
        EXPECT_TRUE((gt.boxes.select(1, 2) > gt.boxes.select(1, 0)).all().item<bool>());
    }
    // Same seed, same batches.
    training::DataGenerator again(dataset, config, 3, {true, false});
    EXPECT_TRUE(again.next().images.equal(batch.images));
}

TEST(Trainer, AFewStepsLowerTheLossesAndWriteLoadableCheckpoints) {
    const Config config = tinyTrainingConfig();
    // Two images, one batch: every step sees the same data, so the losses must fall.
    ShapesDataset trainSet(2, 128, 128, 21);
    ShapesDataset validationSet(6, 128, 128, 22);
    const auto dir = freshDir("steps");
    training::TrainOptions options;
    options.layers = "all";
    options.epochs = 4;
    options.stepsPerEpoch = 8;
    options.validationSteps = 1;
    options.learningRate = 0.02;
    options.outDir = dir.string();
    options.seed = 5;
    training::Trainer trainer(config, initParams(config, 5), options);
    std::vector<double> totals;
    auto summaries = trainer.train(trainSet, &validationSet, [&](const training::TrainProgress& p) {
        totals.push_back(p.last.total);
        EXPECT_TRUE(finite(p.last));
    });
    ASSERT_EQ(summaries.size(), 4u);
    ASSERT_EQ(totals.size(), 32u);
    for (const auto& s : summaries) {
        EXPECT_TRUE(finite(s.train));
        ASSERT_TRUE(s.validation.has_value());
        EXPECT_TRUE(finite(*s.validation));
        EXPECT_TRUE(fs::exists(s.checkpoint)) << s.checkpoint;
    }
    for (const auto& s : summaries)
        std::cout << "epoch " << s.epoch << ": total " << s.train.total << " rpn_class "
                  << s.train.rpnClass << " rpn_bbox " << s.train.rpnBbox << " class "
                  << s.train.mrcnnClass << " bbox " << s.train.mrcnnBbox << " mask "
                  << s.train.mrcnnMask << "\n";
    // Per-step losses are noisy (RPN anchors and ROIs are sampled anew each step): compare
    // epochs, with a wide margin.
    EXPECT_LT(summaries[3].train.total, 0.8 * summaries[0].train.total);
    EXPECT_LT(summaries[3].train.rpnClass, 0.5 * summaries[0].train.rpnClass);
    EXPECT_EQ(fs::path(summaries[3].checkpoint).filename(), "mask_rcnn_tiny_0004.h5");

    // The history beside the checkpoints: one row per epoch (0-based), one per step.
    const auto log = training::readEpochLog((dir / training::kEpochLogFile).string());
    EXPECT_EQ(log.columns, training::epochLogColumns(true));
    ASSERT_EQ(log.rows.size(), 4u);
    for (size_t e = 0; e < 4; ++e) {
        EXPECT_EQ(log.values("epoch")[e], static_cast<double>(e));
        EXPECT_EQ(log.values("loss")[e], summaries[e].train.total);
        EXPECT_EQ(log.values("val_mrcnn_mask_loss")[e], summaries[e].validation->mrcnnMask);
        EXPECT_EQ(log.values("lr")[e], 0.02);
    }
    const auto steps = training::readStepLog((dir / training::kStepLogFile).string());
    ASSERT_EQ(steps.rows.size(), 32u);
    for (size_t i = 0; i < 32; ++i)
        EXPECT_EQ(steps.values("loss")[i], totals[i]);
    EXPECT_EQ(steps.values("epoch")[31], 3.0);
    EXPECT_EQ(steps.values("step")[31], 7.0);

    // The checkpoint opens as an inference model and holds the trained values.
    Model model = Model::load(summaries[3].checkpoint, config);
    auto inspection = model.run(trainSet.loadImage(0));
    EXPECT_TRUE(inspection->maskHeadRan);
    LoadReport report;
    auto saved = loadParams(readKerasWeights(summaries[3].checkpoint), config, report);
    EXPECT_TRUE(saved.at("mrcnn_mask/kernel").equal(trainer.params().at("mrcnn_mask/kernel")));
    EXPECT_TRUE(
        saved.at("bn_conv1/moving_mean").equal(trainer.params().at("bn_conv1/moving_mean")));
    fs::remove_all(dir);
}

TEST(Trainer, ResumesAfterTheCheckpointEpochAndKeepsFrozenLayers) {
    const Config config = tinyTrainingConfig();
    ShapesDataset trainSet(10, 128, 128, 31);
    const auto dir = freshDir("resume");
    ParamStore start = initParams(config, 9);
    const auto conv1 = start.at("conv1/kernel").clone();
    training::TrainOptions options;
    options.layers = "heads";
    options.initialEpoch = 4;  // as from mask_rcnn_tiny_0004.h5
    options.epochs = 5;
    options.stepsPerEpoch = 2;
    options.outDir = dir.string();
    training::Trainer trainer(config, std::move(start), options);
    auto summaries = trainer.train(trainSet, nullptr);
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].epoch, 5);
    EXPECT_EQ(fs::path(summaries[0].checkpoint).filename(), "mask_rcnn_tiny_0005.h5");
    EXPECT_TRUE(trainer.params().at("conv1/kernel").equal(conv1));  // not a head layer
    const auto log = training::readEpochLog((dir / training::kEpochLogFile).string());
    ASSERT_EQ(log.rows.size(), 1u);
    EXPECT_EQ(log.values("epoch")[0], 4.0);  // Keras' 0-based index of epoch 5
    EXPECT_EQ(log.values("loss")[0], summaries[0].train.total);
    fs::remove_all(dir);
}

TEST(Trainer, RejectsUnusableOptions) {
    const Config config = tinyTrainingConfig();
    training::TrainOptions options;
    options.layers = "nothing_matches_this";
    EXPECT_THROW(training::Trainer(config, initParams(config, 1), options), std::invalid_argument);
    options.layers = "heads";
    options.initialEpoch = 3;
    options.epochs = 3;
    EXPECT_THROW(training::Trainer(config, initParams(config, 1), options), std::invalid_argument);
}

TEST(Trainer, ARefusedDatasetWritesNothing) {
    Config config = tinyTrainingConfig();
    config.NUM_CLASSES = 2;  // the shapes set has 4 classes with BG
    config.CLASS_NAMES = {"BG", "square"};
    ShapesDataset trainSet(2, 128, 128, 21);
    const auto dir = freshDir("refused");
    training::TrainOptions options;
    options.stepsPerEpoch = 1;
    options.outDir = (dir / "run").string();
    options.writeConfig = true;
    training::Trainer trainer(config, initParams(config, 5), options);
    EXPECT_THROW(trainer.train(trainSet, nullptr, nullptr), std::invalid_argument);
    EXPECT_FALSE(fs::exists(dir / "run"));
}

TEST(Trainer, RefusesANonFiniteLearningRate) {
    const Config config = tinyTrainingConfig();
    training::TrainOptions options;
    options.learningRate = std::nan("");
    EXPECT_THROW(training::Trainer(config, initParams(config, 5), options), std::invalid_argument);
}
