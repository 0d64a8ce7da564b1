#pragma once
// Filling FigureInput::weights: the file read and its statistics computed, a second file
// compared, the training log found. Plain blocking calls (seconds for a 257 MB file): the
// CLI calls them directly, the GUI on a worker thread.

#include <string>

#include "figures/figure_input.h"

namespace mrcnn::figures {

// Throws WeightsError naming the file (missing, truncated, not a Keras weight file).
WeightsInput analyseWeights(const std::string& path);
// Reads `pathB` and compares `in.file` (A) with it; throws WeightsError for an unreadable B.
void compareWeights(WeightsInput& in, const std::string& pathB);
// Reads the training logs at or beside `path` (training::findTrainingLogs); throws
// training::TrainingLogError for a missing or malformed log.
void attachTrainingLog(WeightsInput& in, const std::string& path);

}  // namespace mrcnn::figures
