#pragma once
// "Evaluate" in the Dataset dock: the model runs over the chosen images off the GUI thread
// (the next image read while the model runs), with progress and Cancel, and the numbers are
// computed by the same core evaluators as `mrcnn eval --dataset`: the original's per-image mAP
// and the COCO bbox and segm tables. The run keeps every detection down to confidence 0, so
// the numbers at another minimum confidence come without running the model again
// (metrics/evaluation_report.h).

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <vector>

#include "coco/coco_dataset.h"
#include "data/dataset.h"
#include "metrics/evaluation_file.h"
#include "metrics/evaluation_report.h"
#include "pipeline/model.h"

namespace mrcnn::gui {

// What the model's run over the images gave, as COCO ground truth and results.
struct EvaluatedDetections {
    coco::CocoDataset groundTruth;
    std::vector<coco::CocoAnnotation> detections;  // down to confidence 0
    std::map<int64_t, int64_t> datasetIndex;       // COCO image id → dataset image index
    bool resultsHaveMasks = true;  // false: the model has no mask head (boxes stand in)
    // Made once from the two lists above (every threshold's report reuses them).
    std::shared_ptr<const coco::MaskOverlaps> overlaps;

    void computeOverlaps() {
        overlaps = std::make_shared<const coco::MaskOverlaps>(groundTruth, detections);
    }
};

// Every number at `minScore`; the report keeps `evaluated` alive and points into its detections.
std::shared_ptr<const metrics::EvaluationReport> reportAt(
    const std::shared_ptr<const EvaluatedDetections>& evaluated, double minScore);

struct DatasetEvaluationResult {
    int images = 0;          // evaluated (readable) images
    QStringList unreadable;  // why each unreadable image was left out
    double seconds = 0;
    std::shared_ptr<const EvaluatedDetections> evaluated;
    std::shared_ptr<const metrics::EvaluationReport> report;  // at the minimum confidence shown
    // From the report (setReport):
    int imagesWithGroundTruth = 0;
    int detections = 0;                     // kept at the minimum confidence
    double mAP50 = 0, mAP50_95 = 0;         // the original's mean per-image AP (NaN: no GT at all)
    std::array<double, 12> bbox{}, segm{};  // COCO summarize(): AP, AP50, AP75, … ARl
    std::map<int64_t, double> ap50ByImage;  // dataset image index → its AP@0.5 (images with GT)
    // Dataset image index → its TIDE errors by coco::TideType (masks, IoU 0.5), for images
    // with at least one.
    std::map<int64_t, std::array<int, 6>> errorsByImage;

    double minScore() const { return report ? report->minScore : 0; }
    // A saved evaluation as the window shows it, its numbers at `minScore`.
    static DatasetEvaluationResult fromSaved(const metrics::SavedEvaluation& saved,
                                             double minScore);
    void setReport(std::shared_ptr<const metrics::EvaluationReport> newReport);
};

// The minimum confidence a run with `options` keeps (the config's unless the window sets it).
double minConfidenceOf(const Model& model, const RunOptions& options);

class DatasetEvaluation : public QObject {
    Q_OBJECT
public:
    explicit DatasetEvaluation(QObject* parent = nullptr);
    ~DatasetEvaluation() override;  // cancels and waits

    // Runs `model` with `options`, but down to confidence 0, on the dataset images `indices`
    // in that order; the result's report is at the options' minimum confidence.
    void start(std::shared_ptr<const Model> model, std::shared_ptr<const Dataset> dataset,
               std::vector<int64_t> indices, const RunOptions& options);
    void cancel();
    bool busy() const { return m_busy; }
    void waitForIdle();  // tests

Q_SIGNALS:
    // `seconds` since the start: the dock shows images per second and the time left.
    void progress(int done, int total, double seconds);
    void finished(const mrcnn::gui::DatasetEvaluationResult& result);
    void cancelled();
    void failed(const QString& message);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    quint64 m_generation = 0;
    bool m_busy = false;
};

}  // namespace mrcnn::gui

Q_DECLARE_METATYPE(mrcnn::gui::DatasetEvaluationResult)
