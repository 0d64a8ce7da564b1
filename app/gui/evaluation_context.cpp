#include "gui/evaluation_context.h"

#include <QCoreApplication>

#include "gui/dataset_table_model.h"

namespace mrcnn::gui {

EvaluationContext::EvaluationContext(std::shared_ptr<const Dataset> dataset,
                                     std::shared_ptr<const EvaluatedDetections> evaluated,
                                     std::shared_ptr<const metrics::EvaluationReport> report)
    : m_dataset(std::move(dataset)),
      m_evaluated(std::move(evaluated)),
      m_report(std::move(report)) {
    auto index = std::make_shared<Index>();
    for (const coco::CocoAnnotation* d : m_report->detections)
        index->detections[d->id] = d;
    for (const auto& a : m_evaluated->groundTruth.annotations)
        index->groundTruth[a.id] = &a;
    for (const auto& c : m_evaluated->groundTruth.categories)
        index->classNames[c.id] = QString::fromStdString(c.name);
    m_index = std::move(index);
}

QString EvaluationContext::className(int64_t categoryId) const {
    auto it = m_index->classNames.find(categoryId);
    if (it != m_index->classNames.end() && !it->second.isEmpty())
        return it->second;
    return QCoreApplication::translate("EvaluationContext", "id %1").arg(categoryId);
}

int64_t EvaluationContext::datasetIndex(int64_t imageId) const {
    auto it = m_evaluated->datasetIndex.find(imageId);
    if (it == m_evaluated->datasetIndex.end() || !m_dataset || it->second < 0 ||
        it->second >= m_dataset->numImages())
        return -1;
    return it->second;
}

QString EvaluationContext::imageName(int64_t imageId) const {
    const int64_t index = datasetIndex(imageId);
    return index < 0 ? QString::number(imageId) : datasetImageName(m_dataset->imageInfo(index));
}

const coco::CocoAnnotation* EvaluationContext::detection(int64_t id) const {
    auto it = m_index->detections.find(id);
    return it == m_index->detections.end() ? nullptr : it->second;
}

const coco::CocoAnnotation* EvaluationContext::groundTruth(int64_t id) const {
    auto it = m_index->groundTruth.find(id);
    return it == m_index->groundTruth.end() ? nullptr : it->second;
}

}  // namespace mrcnn::gui
