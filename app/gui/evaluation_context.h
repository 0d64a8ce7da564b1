#pragma once
// One evaluation as its views read it: the detections kept down to confidence 0, the numbers
// at the minimum confidence shown, and the dataset, to name images and to go back to them.
// Copies are cheap (shared, immutable parts).

#include <QString>

#include <cstdint>
#include <map>
#include <memory>

#include "data/dataset.h"
#include "gui/dataset_evaluation.h"

namespace mrcnn::gui {

class EvaluationContext {
public:
    EvaluationContext() = default;
    EvaluationContext(std::shared_ptr<const Dataset> dataset,
                      std::shared_ptr<const EvaluatedDetections> evaluated,
                      std::shared_ptr<const metrics::EvaluationReport> report);

    bool valid() const { return m_report != nullptr; }
    const metrics::EvaluationReport& report() const { return *m_report; }
    const EvaluatedDetections& evaluated() const { return *m_evaluated; }

    QString className(int64_t categoryId) const;  // the ground truth's name, or "id N"
    QString imageName(int64_t imageId) const;     // as the dataset list names it
    int64_t datasetIndex(int64_t imageId) const;  // -1 when the image is not the dataset's
    // A kept detection or a ground-truth annotation by id; null when there is none.
    const coco::CocoAnnotation* detection(int64_t id) const;
    const coco::CocoAnnotation* groundTruth(int64_t id) const;

private:
    struct Index {
        std::map<int64_t, const coco::CocoAnnotation*> detections, groundTruth;
        std::map<int64_t, QString> classNames;
    };
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const EvaluatedDetections> m_evaluated;
    std::shared_ptr<const metrics::EvaluationReport> m_report;
    std::shared_ptr<const Index> m_index;
};

}  // namespace mrcnn::gui
