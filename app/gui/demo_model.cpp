#include "gui/demo_model.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "export/file_write.h"
#include "gui/ground_truth_loader.h"
#include "gui/session.h"
#include "utils/image_io.h"
#include "weights/weight_loader.h"

namespace mrcnn::gui {

namespace {
// resources/demo/shapes.h5 is the trainer's epoch-45 checkpoint (README, "The demo model"):
// unpacked under its checkpoint name, the training view marks that epoch in the demo's log.
constexpr const char* kDemoWeightsName = "mask_rcnn_shapes_demo_0045.h5";

// HDF5 reads files, not memory: a private copy that lives as long as the program, so the
// Weights dock can read it too, with the demo's training logs beside it.
QTemporaryDir& demoDir() {
    static QTemporaryDir dir;
    return dir;
}

QByteArray readResource(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

std::shared_ptr<const mrcnn::Model> loadDemoModel(DisplayName* description, QString* error,
                                                  QString* weightsPath) {
    try {
        QByteArray json = readResource(":/demo/shapes.json");
        Config config = configFromJson(json.toStdString());
        config.validate();
        QByteArray weights = readResource(":/demo/shapes.h5");
        if (weights.isEmpty()) {
            if (description)
                *description = DisplayName::translated(
                    "QObject",
                    QT_TRANSLATE_NOOP("QObject", "demo shapes model (untrained, random weights)"));
            return std::make_shared<const mrcnn::Model>(config, initParams(config, 1));
        }
        QTemporaryDir& dir = demoDir();
        const QString path = dir.filePath(kDemoWeightsName);
        if (!QFileInfo::exists(path)) {
            // Written whole or not at all: a later start must never find half a model here.
            auto unpack = [&](const QString& target, const QByteArray& bytes) {
                const QString why = render::writeFileBytes(target, bytes);
                if (!why.isEmpty())
                    throw std::runtime_error("cannot unpack the demo model to " +
                                             target.toStdString() + ": " + why.toStdString());
            };
            // The training logs are shipped when the run's logs were kept (app/CMakeLists.txt).
            for (const char* log : {"training_log.csv", "training_steps.csv"})
                if (QFile::exists(QStringLiteral(":/demo/") + log))
                    unpack(dir.filePath(log), readResource(QStringLiteral(":/demo/") + log));
            unpack(path, weights);  // last: its presence means the unpacking is complete
        }
        auto model =
            std::make_shared<const mrcnn::Model>(mrcnn::Model::load(path.toStdString(), config));
        if (description)
            *description = DisplayName::translated(
                "QObject", QT_TRANSLATE_NOOP("QObject", "demo shapes model"));
        if (weightsPath)
            *weightsPath = path;
        return model;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

QString demoUnpackFolder() {
    QTemporaryDir& dir = demoDir();
    return QFileInfo::exists(dir.filePath(kDemoWeightsName)) ? dir.path() : QString();
}

torch::Tensor demoImage() {
    QTemporaryDir dir;
    QString path = dir.filePath("demo.png");
    QFile::copy(":/demo/images/shapes_demo.png", path);
    return loadImageRgb(path.toStdString());
}

std::optional<figures::GroundTruth> demoGroundTruth(QString* error) {
    // The dataset readers read files: unpack the annotation, and name the image as the
    // annotation does, so the match by file name is the one every other image goes through.
    QTemporaryDir dir;
    const QString annotation = dir.filePath("shapes_demo_coco.json");
    if (!QFile::copy(":/demo/shapes_demo_coco.json", annotation)) {
        if (error)
            *error = QObject::tr("The demo's ground truth is missing from this build.");
        return std::nullopt;
    }
    return loadGroundTruthFor(annotation, dir.filePath("shapes_demo.png"), error);
}

void showDemoImage(Session& session, QString* error) {
    session.setImage(demoImage(),
                     DisplayName::translated("main", QT_TRANSLATE_NOOP("main", "demo image")));
    session.setGroundTruth(demoGroundTruth(error));
}

}  // namespace mrcnn::gui
