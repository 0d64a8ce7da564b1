#include "gui/ground_truth_loader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "data/annotation_lookup.h"
#include "figures/ground_truth.h"

namespace mrcnn::gui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("GroundTruthLoader", text);
}
}  // namespace

std::optional<figures::GroundTruth> loadGroundTruthFor(const QString& annotationPath,
                                                       const QString& imagePath, QString* error) {
    try {
        ImageAnnotation found =
            findImageAnnotation(annotationPath.toStdString(), imagePath.toStdString());
        if (found.instances)
            return figures::groundTruthFromInstances(*found.instances);
        if (error)
            *error = tr("%1 has no annotation for %2 (%3 images in the file)")
                         .arg(QFileInfo(annotationPath).fileName(), QFileInfo(imagePath).fileName())
                         .arg(found.imagesInFile);
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Cannot read the annotation: %1").arg(e.what());
    }
    return std::nullopt;
}

}  // namespace mrcnn::gui
