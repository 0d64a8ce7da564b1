#include "gui/dataset_evaluation.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <filesystem>

#include "io/prefetch.h"
#include "metrics/dataset_eval.h"

namespace mrcnn::gui {

std::shared_ptr<const metrics::EvaluationReport> reportAt(
    const std::shared_ptr<const EvaluatedDetections>& evaluated, double minScore) {
    return std::make_shared<const metrics::EvaluationReport>(metrics::evaluationReport(
        evaluated->groundTruth,
        std::shared_ptr<const std::vector<coco::CocoAnnotation>>(evaluated, &evaluated->detections),
        minScore, evaluated->overlaps));
}

namespace {
struct DatasetEvaluationText {
    Q_DECLARE_TR_FUNCTIONS(DatasetEvaluationText)
};

}  // namespace

double minConfidenceOf(const Model& model, const RunOptions& options) {
    return options.detectionMinConfidence.value_or(model.config().DETECTION_MIN_CONFIDENCE);
}

void DatasetEvaluationResult::setReport(
    std::shared_ptr<const metrics::EvaluationReport> newReport) {
    report = std::move(newReport);
    const metrics::DatasetMap& map = report->map;
    imagesWithGroundTruth = int(map.imageIds.size());
    detections = int(report->detections.size());
    mAP50 = map.mAP50;
    mAP50_95 = map.mAP50_95;
    bbox = report->stats[metrics::kBbox];
    segm = report->stats[metrics::kSegm];
    ap50ByImage.clear();
    for (size_t k = 0; k < map.imageIds.size(); ++k)
        ap50ByImage[evaluated->datasetIndex.at(map.imageIds[k])] = map.ap50[k];
    errorsByImage.clear();
    for (const coco::TideError& e : report->tide[metrics::kSegm].errors)
        errorsByImage[evaluated->datasetIndex.at(e.imageId)][size_t(e.type)] += 1;
}

DatasetEvaluationResult DatasetEvaluationResult::fromSaved(const metrics::SavedEvaluation& saved,
                                                           double minScore) {
    DatasetEvaluationResult r;
    r.images = int(saved.datasetIndex.size());
    for (const std::string& line : saved.unreadable)
        r.unreadable << QString::fromStdString(line);
    r.seconds = saved.seconds;
    auto evaluated = std::make_shared<EvaluatedDetections>();
    evaluated->groundTruth = saved.groundTruth;
    evaluated->detections = saved.detections;
    evaluated->datasetIndex = saved.datasetIndex;
    evaluated->resultsHaveMasks = saved.resultsHaveMasks;
    evaluated->computeOverlaps();
    r.evaluated = evaluated;
    r.setReport(reportAt(evaluated, minScore));
    return r;
}

DatasetEvaluation::DatasetEvaluation(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<mrcnn::gui::DatasetEvaluationResult>();
}

DatasetEvaluation::~DatasetEvaluation() {
    *m_cancel = true;
    m_pool.waitForDone();
}

void DatasetEvaluation::cancel() {
    *m_cancel = true;
}

void DatasetEvaluation::waitForIdle() {
    while (m_busy) {
        m_pool.waitForDone(50);
        QCoreApplication::processEvents();
    }
}

void DatasetEvaluation::start(std::shared_ptr<const Model> model,
                              std::shared_ptr<const Dataset> dataset, std::vector<int64_t> indices,
                              const RunOptions& options) {
    *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    const quint64 generation = ++m_generation;
    m_busy = true;
    RunOptions runOptions = options;
    runOptions.keepTrace = false;  // only the detections are needed
    const double minScore = minConfidenceOf(*model, options);
    runOptions.detectionMinConfidence = 0.0;
    m_pool.start([this, model, dataset, indices, runOptions, minScore, cancel, generation] {
        QElapsedTimer clock;
        clock.start();
        const int total = int(indices.size());
        DatasetEvaluationResult result;
        metrics::DatasetEvalBuilder builder(*dataset);
        QString error;
        int done = 0;
        try {
            forEachPrefetched<torch::Tensor>(
                indices, [&](int64_t i) { return dataset->loadImage(i); },
                [&](Prefetched<torch::Tensor> item) {
                    if (*cancel)
                        return false;
                    if (!item.value) {
                        result.unreadable << QString::fromStdString(item.error);
                    } else {
                        const auto run = model->run(*item.value, runOptions);
                        builder.addImage(item.index, item.value->size(0), item.value->size(1),
                                         run->detections);
                        ++result.images;
                    }
                    ++done;
                    const double seconds = clock.elapsed() / 1000.0;
                    QMetaObject::invokeMethod(this, [this, done, total, seconds, generation] {
                        if (generation == m_generation)
                            Q_EMIT progress(done, total, seconds);
                    });
                    return true;
                });
            if (!*cancel && result.images == 0 && total > 0)
                error = DatasetEvaluationText::tr("None of the %1 images could be read: %2")
                            .arg(total)
                            .arg(result.unreadable.value(0));
            if (!*cancel && error.isEmpty()) {
                auto evaluated = std::make_shared<EvaluatedDetections>();
                evaluated->groundTruth = builder.groundTruth();
                evaluated->detections = builder.results();
                evaluated->resultsHaveMasks = builder.resultsHaveMasks();
                for (int64_t index : indices)
                    evaluated->datasetIndex[builder.imageId(index)] = index;
                evaluated->computeOverlaps();
                result.evaluated = evaluated;
                result.setReport(reportAt(evaluated, minScore));
            }
        } catch (const std::exception& e) {
            error = DatasetEvaluationText::tr("The evaluation failed: %1")
                        .arg(QString::fromUtf8(e.what()));
        }
        result.seconds = clock.elapsed() / 1000.0;
        const bool wasCancelled = *cancel;
        QMetaObject::invokeMethod(this, [this, result, error, wasCancelled, generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (wasCancelled)
                Q_EMIT cancelled();
            else if (!error.isEmpty())
                Q_EMIT failed(error);
            else
                Q_EMIT finished(result);
        });
    });
}

}  // namespace mrcnn::gui
