#include "gui/ground_truth_loader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "figures/ground_truth.h"

namespace mrcnn::gui {

namespace {
struct GroundTruthLoader {
    Q_DECLARE_TR_FUNCTIONS(GroundTruthLoader)
};
}  // namespace

std::optional<figures::GroundTruth> groundTruthFromIndex(const AnnotationIndex& index,
                                                         const QString& imagePath, QString* missing,
                                                         QStringList* problems) {
    const QString annotationPath = QString::fromStdString(index.annotationPath());
    ImageAnnotation found = index.find(imagePath.toStdString());
    if (found.instances && problems)
        for (const auto& p : found.instances->problems)
            *problems << QString::fromStdString(p);
    if (found.instances)
        return figures::groundTruthFromAnnotation(
            found, QFileInfo(annotationPath).fileName().toStdString());
    if (missing)
        *missing = GroundTruthLoader::tr("%1 has no entry for %2 (%3 images in the file)")
                       .arg(QFileInfo(annotationPath).fileName(), QFileInfo(imagePath).fileName())
                       .arg(found.imagesInFile);
    return std::nullopt;
}

QString annotationError(const QString& annotationPath, const std::exception& e) {
    return GroundTruthLoader::tr("Cannot read the annotation %1: %2")
        .arg(QFileInfo(annotationPath).fileName(), QString::fromUtf8(e.what()));
}

std::optional<figures::GroundTruth> loadGroundTruthFor(const QString& annotationPath,
                                                       const QString& imagePath, QString* error) {
    try {
        AnnotationIndex index(annotationPath.toStdString(),
                              QFileInfo(imagePath).absolutePath().toStdString());
        return groundTruthFromIndex(index, imagePath, error);
    } catch (const std::exception& e) {
        if (error)
            *error = annotationError(annotationPath, e);
    }
    return std::nullopt;
}

}  // namespace mrcnn::gui
