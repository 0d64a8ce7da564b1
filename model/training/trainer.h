#pragma once
// The original's MaskRCNN.train, natively (original-conventions §4.12–4.14): seeded batches,
// the five losses + L2, Keras SGD with momentum and clipnorm, the layer choice, a learning
// rate that may step down at given epochs, a validation pass, and a checkpoint after each
// epoch in the Keras layout the original writes (`mask_rcnn_{name}_{epoch:04d}.h5`).
// Resuming from such a file continues after the epoch its name carries. Beside the
// checkpoints go the epoch and step loss logs (training_log.h).

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/config.h"
#include "data/dataset.h"
#include "training/image_gt.h"
#include "weights/param_store.h"

namespace mrcnn::training {

struct TrainOptions {
    std::string layers = "heads";  // heads, 3+, 4+, 5+, all, or a regex
    int epochs = 1;                // train up to this epoch (as the original's `epochs`)
    int initialEpoch = 0;          // epochs already done (from a resumed checkpoint)
    int stepsPerEpoch = 0;         // 0: STEPS_PER_EPOCH
    int validationSteps = 0;       // 0: VALIDATION_STEPS
    double learningRate = 0;       // 0: LEARNING_RATE
    // (epoch, factor): from that epoch (0-based) on, the rate is learningRate · factor.
    std::vector<std::pair<int, double>> learningRateSteps;
    std::string outDir;        // checkpoints; "" writes none
    bool writeConfig = false;  // also config.json in outDir, written with the first output
    uint64_t seed = 1;
    FlipOptions flips;
};

struct LossValues {
    double total = 0, rpnClass = 0, rpnBbox = 0, mrcnnClass = 0, mrcnnBbox = 0, mrcnnMask = 0,
           l2 = 0;
};

struct TrainProgress {
    int epoch = 0;  // 1-based, as Keras prints it
    int epochs = 0;
    int step = 0;  // 1-based within the epoch
    int steps = 0;
    LossValues last;     // this step
    LossValues average;  // mean over the epoch so far
    double learningRate = 0;
    double secondsPerStep = 0;
    double etaSeconds = 0;  // to the end of the run
};

struct EpochSummary {
    int epoch = 0;  // 1-based
    LossValues train;
    std::optional<LossValues> validation;
    std::string checkpoint;  // "" when none was written
    double seconds = 0;
};

class Trainer {
public:
    // Throws std::invalid_argument for unusable options (no trainable layer, bad counts).
    Trainer(Config config, ParamStore initial, TrainOptions options);

    // Runs the epochs. `progress` is called after every step; `cancel` is polled between
    // steps (a cancelled run keeps its finished epochs' checkpoints). Throws
    // std::runtime_error when a loss becomes NaN or infinite.
    std::vector<EpochSummary> train(const Dataset& trainSet, const Dataset* validationSet,
                                    const std::function<void(const TrainProgress&)>& progress = {},
                                    const std::atomic<bool>* cancel = nullptr,
                                    const std::function<void(const EpochSummary&)>& epochDone = {});

    const ParamStore& params() const { return m_params; }
    const Config& config() const { return m_config; }
    const std::vector<std::string>& trainable() const { return m_trainable; }

private:
    Config m_config;
    ParamStore m_params;
    TrainOptions m_options;
    std::vector<std::string> m_trainable;
};

// The epoch a checkpoint's name carries (`…_0007.h5` → 7), as the original's set_log_dir.
std::optional<int> checkpointEpoch(const std::string& path);
// `{dir}/mask_rcnn_{name}_{epoch:04d}.h5` with NAME lower-cased.
std::string checkpointPath(const std::string& dir, const Config& config, int epoch);
// `{dir}/config.json`: the config a training folder's checkpoints were made with.
std::string configFilePath(const std::string& dir);

}  // namespace mrcnn::training
