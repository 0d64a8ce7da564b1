#pragma once
// A dataset evaluation saved to disk and read back without running the model: a small JSON
// manifest (what was evaluated, with which model and thresholds, and which dataset image each
// COCO image id is) beside two COCO files — the ground truth as the run saw it and the
// results kept down to confidence 0 — that pycocotools and `mrcnn eval --gt --dt` read too.
//
//   NAME.json          {"format": "mrcnn-inspector-evaluation", "version": 1, "model": {...},
//                       "dataset": {...}, "min_confidence": …, "images": [[coco id, index]…],
//                       "ground_truth": "NAME.gt.json", "results": "NAME.results.json", …}
//   NAME.gt.json       COCO ground truth (RLE)
//   NAME.results.json  COCO results

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "coco/coco_dataset.h"

namespace mrcnn::metrics {

class EvaluationFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SavedEvaluation {
    // What made it: the model's weight file and config name, and its thresholds as JSON
    // (the run options that were set); the dataset as it was opened (a path or shapes:…).
    std::string modelWeights;
    std::string modelName;
    std::string thresholds;  // JSON object text; "{}" when none
    std::string datasetSource;
    std::string datasetFormat;
    int64_t datasetImages = 0;
    double minConfidence = 0;  // the numbers shown when it was saved
    double seconds = 0;
    std::vector<std::string> unreadable;
    std::map<int64_t, int64_t> datasetIndex;  // COCO image id → dataset image index
    bool resultsHaveMasks = true;
    coco::CocoDataset groundTruth;
    std::vector<coco::CocoAnnotation> detections;  // down to confidence 0
};

// Writes NAME.json (`manifestPath`) and its two COCO files, each atomically; the COCO files
// first, so a manifest on disk always has them. Throws OutputError naming the file.
void saveEvaluation(const std::string& manifestPath, const SavedEvaluation& evaluation);

// Reads a manifest and its COCO files (found beside it). Throws EvaluationFileError naming the
// file and the reason: not a manifest, a newer version, a missing COCO file, an image id of
// the manifest that the ground truth lacks; the COCO readers' errors name their file.
SavedEvaluation loadEvaluation(const std::string& manifestPath);

// The COCO files' paths for a manifest path: NAME.gt.json and NAME.results.json.
std::string groundTruthPathFor(const std::string& manifestPath);
std::string resultsPathFor(const std::string& manifestPath);

}  // namespace mrcnn::metrics
