#pragma once
// What the figure builders draw from: one run's Inspection, its config, optionally the
// ground truth of the image, the weight file's analysis, and the user's display choices.

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "data/dataset_stats.h"
#include "inspection/inspection.h"
#include "training/training_history.h"
#include "weights/keras_h5.h"
#include "weights/weight_diff.h"
#include "weights/weight_stats.h"

namespace mrcnn::figures {

// Ground truth in original-image pixels, as a dataset reader gives it.
struct GroundTruth {
    torch::Tensor boxes;     // int32 [G, 4] (y1, x1, y2, x2), exclusive y2/x2
    torch::Tensor classIds;  // int32 [G]; negative = crowd
    torch::Tensor masks;     // bool [H0, W0, G]
    // The annotation's class names by class id ("BG" first); empty: the ids are the model's
    // (a dataset generated for it). Ground truth is labelled with these, predictions with the
    // model's CLASS_NAMES.
    std::vector<std::string> classNames;
    std::string source;  // the annotation it came from (a file name), for summaries
    int64_t count() const { return classIds.defined() ? classIds.size(0) : 0; }
};

// The values the builders read. Which figure takes which field, its range, label and default
// are declared once, in the catalog's parameters (figure_catalog.cpp); the initial values here
// are those defaults (a test keeps them equal), for inputs made without the catalog.
struct FigureOptions {
    int topAnchors = 100;       // "top anchors by score"
    int refinementLimit = 50;   // the notebooks' limit 50 for RPN refinement figures
    int proposalSample = 200;   // random proposals in "proposal classification"
    int anchorLevel = 4;        // the level of all anchors of one level (0 = P2 … 4 = P6)
    std::string featureTensor;  // the feature map drawn: res2c_out, fpn_p3… (default: first kept)
    int channelOffset = 0;
    int channelCount = 16;
    bool allChannels = false;    // every channel of the tensor, in a grid that scrolls
    double iouThreshold = 0.5;   // GT comparison
    bool boxIou = false;         // error types: box IoU (COCO bbox) instead of mask IoU (segm)
    uint64_t seed = 0;           // colours and random samples
    int selectedDetection = -1;  // lineage highlight (a selection, not a parameter)
    // The weights and training figures.
    std::string weightTensor;  // the weight histogram: a name as in the file (default: the first)
    int histogramBins = 50;    // also the RPN delta histograms
    bool histogramLog = false;
    std::vector<std::string> hiddenSeries;  // training figures: log columns left out
};

// The model's weight file and what was worked out from it (each part may be missing): its
// statistics, a second file compared with it, the training run it came from.
struct WeightsInput {
    std::string path;
    std::shared_ptr<const KerasWeightFile> file;
    std::shared_ptr<const WeightStats> stats;
    std::string comparePath;
    std::shared_ptr<const WeightDiff> diff;  // this file (A) against comparePath (B)
    std::shared_ptr<const training::TrainingHistory> history;
};

struct FigureInput {
    std::shared_ptr<const Inspection> inspection;
    Config config;
    std::optional<GroundTruth> groundTruth;
    // Why there is no ground truth although an annotation is loaded ("<file> has no entry for
    // <image>"); empty otherwise.
    std::string groundTruthMissing;
    FigureOptions options;
    WeightsInput weights;
    // The open dataset's statistics (the dataset figures; they need no run). Possibly still
    // being filled: imagesRead() says how far.
    std::shared_ptr<const DatasetStats> datasetStats;
};

}  // namespace mrcnn::figures
