#pragma once
// A training run's history as the inspector shows it: where its logs are (a training folder,
// one of its CSV logs, or a checkpoint inside it: the logs lie beside the checkpoints), both
// logs read, and the epoch the checkpoint's name carries (`mask_rcnn_shapes_0003.h5` → 3,
// 1-based as the trainer numbers its checkpoints; the CSV's `epoch` column is 0-based).

#include <optional>
#include <string>

#include "training/training_log.h"

namespace mrcnn::training {

struct TrainingLogFiles {
    std::string folder;
    std::string epochLog;  // "" when the folder has none
    std::string stepLog;   // "" when the folder has none
    // 1-based, from a checkpoint's name, when `path` was a checkpoint.
    std::optional<int> checkpointEpoch;
};

// Throws TrainingLogError naming the path when it does not exist or holds neither log.
TrainingLogFiles findTrainingLogs(const std::string& path);
// The same, but nullopt instead of the error (a model opened from an ordinary folder).
std::optional<TrainingLogFiles> findTrainingLogsBeside(const std::string& path);

struct TrainingHistory {
    TrainingLogFiles files;
    std::optional<TrainingTable> epochs;  // training_log.csv
    std::optional<TrainingTable> steps;   // training_steps.csv
};

// Reads both logs; throws TrainingLogError ("PATH:LINE: reason") for a malformed one.
TrainingHistory readTrainingHistory(const TrainingLogFiles& files);
TrainingHistory readTrainingHistory(const std::string& path);

}  // namespace mrcnn::training
