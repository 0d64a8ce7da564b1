#include "gui/ground_truth_loader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "data/open_dataset.h"
#include "utils/boxes.h"

namespace mrcnn::gui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("GroundTruthLoader", text);
}
}  // namespace

std::optional<figures::GroundTruth> loadGroundTruthFor(const QString& annotationPath,
                                                       const QString& imagePath, QString* error) {
    try {
        OpenOptions options;
        options.imageDir = QFileInfo(imagePath).absolutePath().toStdString();
        options.skipUnreadable = true;
        auto dataset = openDataset(annotationPath.toStdString(), options);
        const QString wanted = QFileInfo(imagePath).fileName();
        for (int64_t id : dataset->imageIds()) {
            const auto& info = dataset->imageInfo(id);
            if (QFileInfo(QString::fromStdString(info.path)).fileName() != wanted &&
                QString::fromStdString(info.sourceId) != wanted)
                continue;
            InstanceMasks m = dataset->loadMask(id);
            figures::GroundTruth gt;
            gt.masks = m.masks;
            gt.classIds = m.classIds;
            gt.boxes = extractBboxes(m.masks);
            return gt;
        }
        if (error)
            *error = tr("%1 has no annotation for %2 (%3 images in the file)")
                         .arg(QFileInfo(annotationPath).fileName(), wanted)
                         .arg(dataset->numImages());
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Cannot read the annotation: %1").arg(e.what());
    }
    return std::nullopt;
}

}  // namespace mrcnn::gui
