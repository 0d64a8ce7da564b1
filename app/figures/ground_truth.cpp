#include "figures/ground_truth.h"

#include <cstdlib>

#include "figures/figure_builders.h"
#include "utils/boxes.h"

namespace mrcnn::figures {

namespace {
constexpr int kMaxMismatchLines = 6;
}

GroundTruth groundTruthFromInstances(const InstanceMasks& instances,
                                     std::vector<std::string> classNames, std::string source) {
    GroundTruth gt;
    gt.masks = instances.masks;
    gt.classIds = instances.classIds;
    gt.boxes = extractBboxes(instances.masks);
    gt.classNames = std::move(classNames);
    gt.source = std::move(source);
    return gt;
}

std::optional<GroundTruth> groundTruthFromAnnotation(const ImageAnnotation& found,
                                                     const std::string& source) {
    if (!found.instances)
        return std::nullopt;
    return groundTruthFromInstances(*found.instances, found.classNames, source);
}

QString groundTruthClassName(const FigureInput& input, int classId) {
    const int id = std::abs(classId);
    if (input.groundTruth) {
        const auto& names = input.groundTruth->classNames;
        if (id < static_cast<int>(names.size()))
            return QString::fromStdString(names[size_t(id)]);
    }
    return className(input, id);
}

QString noGroundTruthReason(const FigureInput& input, const QString& hint) {
    // Loaded but empty is not missing: say so rather than ask for an annotation.
    if (input.groundTruth && input.groundTruth->count() == 0)
        return Figures::tr(
            "The ground truth of this image has no instances: nothing to draw or compare.");
    if (!input.groundTruthMissing.empty())
        return Figures::tr("No ground truth for this image: %1")
            .arg(QString::fromStdString(input.groundTruthMissing));
    if (!hint.isEmpty())
        return hint;
    return Figures::tr(
        "No ground truth for this image: open a dataset image or load an annotation.");
}

QStringList classMismatch(const Config& config, const std::vector<std::string>& annotationNames) {
    QStringList lines;
    if (annotationNames.empty())
        return lines;
    const int annotationCount = static_cast<int>(annotationNames.size());
    if (annotationCount != config.NUM_CLASSES) {
        lines << Figures::tr(
                     "Model and annotation disagree on classes: the model has %1 classes and the "
                     "annotation %2 (both with BG), so a class id need not mean the same class "
                     "in predictions and ground truth.")
                     .arg(config.NUM_CLASSES)
                     .arg(annotationCount);
        return lines;
    }
    if (config.CLASS_NAMES.empty())
        return lines;
    QStringList differing;
    for (int id = 1; id < annotationCount; ++id) {
        const QString model = QString::fromStdString(config.className(id));
        const QString annotation = QString::fromStdString(annotationNames[size_t(id)]);
        if (model.compare(annotation, Qt::CaseInsensitive) != 0)
            differing << Figures::tr("class %1 is \"%2\" in the model and \"%3\" in the annotation")
                             .arg(id)
                             .arg(model, annotation);
    }
    if (differing.isEmpty())
        return lines;
    lines << Figures::tr(
        "Model and annotation disagree on class names: predictions are labelled with "
        "the model's names, ground truth with the annotation's.");
    for (int i = 0; i < std::min<int>(kMaxMismatchLines, differing.size()); ++i)
        lines << QStringLiteral("  ") + differing[i];
    if (differing.size() > kMaxMismatchLines)
        lines << trn(QT_TRANSLATE_N_NOOP("Figures", "  … and %n more"),
                     differing.size() - kMaxMismatchLines);
    return lines;
}

}  // namespace mrcnn::figures
