#include "gui/dataset_evaluation.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <filesystem>

#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "io/prefetch.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"

namespace mrcnn::gui {

namespace {
struct DatasetEvaluationText {
    Q_DECLARE_TR_FUNCTIONS(DatasetEvaluationText)
};

std::array<double, 12> cocoStats(const coco::CocoDataset& gt,
                                 const std::vector<coco::CocoAnnotation>& dt, coco::IouType type) {
    const coco::Summary s = coco::summarize(coco::evaluate(gt, dt, type));
    return s.stats;
}
}  // namespace

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
    m_pool.start([this, model, dataset, indices, runOptions, cancel, generation] {
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
                const auto& gt = builder.groundTruth();
                const auto& dt = builder.results();
                const metrics::DatasetMap map = metrics::matterportDatasetMap(gt, dt);
                result.imagesWithGroundTruth = int(map.imageIds.size());
                result.detections = int(dt.size());
                result.mAP50 = map.mAP50;
                result.mAP50_95 = map.mAP50_95;
                std::map<int64_t, int64_t> indexOfId;  // COCO image id → dataset index
                for (int64_t index : indices)
                    indexOfId[builder.imageId(index)] = index;
                for (size_t k = 0; k < map.imageIds.size(); ++k)
                    result.ap50ByImage[indexOfId.at(map.imageIds[k])] = map.ap50[k];
                result.bbox = cocoStats(gt, dt, coco::IouType::Bbox);
                result.segm = cocoStats(gt, dt, coco::IouType::Segm);
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
