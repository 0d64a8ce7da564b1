#pragma once
// The training history a run leaves beside its checkpoints: `training_log.csv`, one row per
// epoch in the layout of Keras' CSVLogger (`epoch` 0-based, then the logged values in sorted
// key order: loss, lr, mrcnn_*_loss, rpn_*_loss, val_*), and `training_steps.csv`, the losses
// of every step. A resumed run appends, after dropping the rows of the epochs it redoes, and
// widens the header when it logs more columns (validation added); a missing value is "NA"
// as Keras writes it.

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "training/trainer.h"

namespace mrcnn::training {

inline constexpr const char* kEpochLogFile = "training_log.csv";
inline constexpr const char* kStepLogFile = "training_steps.csv";

class TrainingLogError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A CSV of numbers under a header line.
struct TrainingTable {
    std::string path;
    std::vector<std::string> columns;
    std::vector<std::vector<double>> rows;  // NaN for an empty or "NA" cell

    // Index of a column, or -1.
    int column(const std::string& name) const;
    // One column's values; throws TrainingLogError naming the file when it is absent.
    std::vector<double> values(const std::string& name) const;
};

// Reads a log. Throws TrainingLogError "PATH:LINE: reason" for an unreadable or empty file, a
// header without one of `required` or with a repeated column, a row with the wrong number of
// fields, a value that is not a number, or an epoch/step that is not a whole number ≥ 0.
TrainingTable readTrainingTable(const std::string& path,
                                const std::vector<std::string>& required = {"epoch"});
// `training_log.csv` (needs epoch and loss) and `training_steps.csv` (epoch, step, loss).
TrainingTable readEpochLog(const std::string& path);
TrainingTable readStepLog(const std::string& path);

// The header a run writes.
std::vector<std::string> epochLogColumns(bool validation);
std::vector<std::string> stepLogColumns();

// Writes both logs of one run into `dir` as the epochs and steps finish (each row flushed).
class TrainingLogWriter {
public:
    // Epochs from `firstEpoch` (0-based) on are the ones this run writes: existing rows for
    // them are dropped. Throws TrainingLogError for an existing log it cannot read.
    TrainingLogWriter(const std::string& dir, bool validation, int firstEpoch);
    ~TrainingLogWriter();
    TrainingLogWriter(const TrainingLogWriter&) = delete;
    TrainingLogWriter& operator=(const TrainingLogWriter&) = delete;

    // `epoch` and `step` 0-based.
    void step(int epoch, int step, double learningRate, const LossValues& losses);
    void epoch(int epoch, double learningRate, const LossValues& train,
               const std::optional<LossValues>& validation);

private:
    struct Log;
    std::unique_ptr<Log> m_epochs;
    std::unique_ptr<Log> m_steps;
};

}  // namespace mrcnn::training
