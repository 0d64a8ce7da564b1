#include "training/training_history.h"

#include <filesystem>

#include "training/trainer.h"

namespace mrcnn::training {

namespace fs = std::filesystem;

namespace {
std::string existing(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) ? p.string() : std::string();
}
}  // namespace

std::optional<TrainingLogFiles> findTrainingLogsBeside(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    TrainingLogFiles files;
    if (fs::is_directory(p, ec)) {
        files.folder = p.string();
    } else if (fs::is_regular_file(p, ec)) {
        files.folder = p.has_parent_path() ? p.parent_path().string() : std::string(".");
        if (p.extension() == ".h5")
            files.checkpointEpoch = checkpointEpoch(path);
    } else {
        return std::nullopt;
    }
    files.epochLog = existing(fs::path(files.folder) / kEpochLogFile);
    files.stepLog = existing(fs::path(files.folder) / kStepLogFile);
    // A CSV opened by name is read even when it is not named as the trainer names its logs.
    if (fs::is_regular_file(p, ec) && p.extension() == ".csv") {
        if (p.filename() == kStepLogFile)
            files.stepLog = p.string();
        else if (p.filename() != kEpochLogFile)
            files.epochLog = p.string();
    }
    if (files.epochLog.empty() && files.stepLog.empty())
        return std::nullopt;
    return files;
}

TrainingLogFiles findTrainingLogs(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw TrainingLogError(path + ": no such file or folder");
    auto files = findTrainingLogsBeside(path);
    if (!files)
        throw TrainingLogError(path + ": no " + kEpochLogFile + " or " + kStepLogFile +
                               " there (a training folder of `mrcnn train` holds them)");
    return *files;
}

TrainingHistory readTrainingHistory(const TrainingLogFiles& files) {
    TrainingHistory h;
    h.files = files;
    if (!files.epochLog.empty())
        h.epochs = readEpochLog(files.epochLog);
    if (!files.stepLog.empty())
        h.steps = readStepLog(files.stepLog);
    return h;
}

TrainingHistory readTrainingHistory(const std::string& path) {
    return readTrainingHistory(findTrainingLogs(path));
}

}  // namespace mrcnn::training
