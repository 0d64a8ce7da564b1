#include "gui/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "figures/ground_truth.h"
#include "gui/ground_truth_loader.h"
#include "utils/image_io.h"

namespace mrcnn::gui {

Session::Session(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &Session::finish);
}

Session::~Session() {
    cancel();
    waitForIdle();
}

void Session::setModel(std::shared_ptr<const mrcnn::Model> model, const DisplayName& description,
                       const QString& weightsPath) {
    m_model = std::move(model);
    m_modelDescription = description;
    m_weightsPath = weightsPath;
    // The threshold panel shows the new config's values without announcing them, so the old
    // model's overrides must not carry over into the new model's runs.
    m_options = RunOptions{};
    m_inspection.reset();
    Q_EMIT changed(Model | Inspection);
    if (m_image.defined())
        start(false, std::nullopt);
}

bool Session::openImage(const QString& path, QString* error) {
    try {
        torch::Tensor rgb = loadImageRgb(path.toStdString());
        m_imagePath = path;
        m_groundTruth.reset();
        m_groundTruthNote.clear();
        m_imageProblems.clear();
        m_datasetOfImage.reset();
        if (m_annotation)
            lookUpGroundTruth();
        setImage(rgb, QFileInfo(path).fileName());
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool Session::openDatasetImage(const std::shared_ptr<const Dataset>& dataset, int64_t imageId,
                               QString* error) {
    const ImageInfo& info = dataset->imageInfo(imageId);
    const QString name =
        info.path.empty() ? QStringLiteral("%1 %2").arg(QString::fromStdString(dataset->format()),
                                                        QString::fromStdString(info.sourceId))
                          : QFileInfo(QString::fromStdString(info.path)).fileName();
    try {
        torch::Tensor rgb = dataset->loadImage(imageId);
        ImageAnnotation record;
        record.instances = dataset->loadMask(imageId);
        record.imagesInFile = dataset->numImages();
        record.classNames = dataset->classNames();
        setGroundTruth(figures::groundTruthFromAnnotation(record, name.toStdString()));
        for (const auto& p : record.instances->problems)
            m_imageProblems << QString::fromStdString(p);
        m_imagePath = QString::fromStdString(info.path);
        m_datasetOfImage = dataset;
        setImage(rgb, name);
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Cannot open %1 of the dataset: %2").arg(name, QString::fromUtf8(e.what()));
        return false;
    }
}

void Session::setImage(const torch::Tensor& rgb, const DisplayName& description) {
    m_image = rgb;
    m_imageDescription = description;
    m_inspection.reset();
    Q_EMIT changed(Image | Inspection | GroundTruth);
    if (m_model)
        start(false, std::nullopt);
}

void Session::setGroundTruth(std::optional<figures::GroundTruth> gt) {
    m_annotation.reset();
    m_groundTruthNote.clear();
    m_imageProblems.clear();
    m_groundTruth = std::move(gt);
    Q_EMIT changed(GroundTruth);
}

bool Session::setAnnotation(const QString& path, QString* error) {
    // The images are looked up beside the open image; without one, where the reader expects.
    const QString imageDir =
        m_imagePath.isEmpty() ? QString() : QFileInfo(m_imagePath).absolutePath();
    try {
        m_annotation =
            std::make_shared<const AnnotationIndex>(path.toStdString(), imageDir.toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = annotationError(path, e);
        return false;
    }
    m_groundTruth.reset();
    m_groundTruthNote.clear();
    m_imageProblems.clear();
    if (!m_imagePath.isEmpty())
        lookUpGroundTruth();
    Q_EMIT changed(GroundTruth);
    return true;
}

QString Session::annotationPath() const {
    return m_annotation ? QString::fromStdString(m_annotation->annotationPath()) : QString();
}

QStringList Session::annotationImages() const {
    QStringList out;
    if (m_annotation)
        for (const auto& p : m_annotation->imagePaths())
            out << QString::fromStdString(p);
    return out;
}

QStringList Session::annotationProblems() const {
    QStringList out;
    if (m_annotation)
        for (const auto& p : m_annotation->dataset().problems())
            out << QString::fromStdString(p);
    return out + m_imageProblems;
}

void Session::lookUpGroundTruth() {
    m_imageProblems.clear();
    const QString folder = QFileInfo(m_imagePath).absolutePath();
    if (!m_annotation->contains(m_imagePath.toStdString()) &&
        QString::fromStdString(m_annotation->imageDir()) != folder) {
        try {
            m_annotation = std::make_shared<const AnnotationIndex>(m_annotation->annotationPath(),
                                                                   folder.toStdString());
        } catch (const std::exception& e) {
            m_groundTruth.reset();
            m_groundTruthNote = annotationError(annotationPath(), e);
            return;
        }
    }
    try {
        m_groundTruth =
            groundTruthFromIndex(*m_annotation, m_imagePath, &m_groundTruthNote, &m_imageProblems);
    } catch (const std::exception& e) {
        // A record that names the image but cannot be rasterised (a broken polygon).
        m_groundTruth.reset();
        m_groundTruthNote = annotationError(annotationPath(), e);
    }
}

void Session::setRunOptions(const RunOptions& options) {
    RunOptions before = m_options;
    m_options = options;
    Q_EMIT changed(Options);
    if (!m_model || !m_image.defined())
        return;
    if (!m_inspection) {
        // A running first run took the old thresholds with it: run again with these.
        start(false, std::nullopt);
        return;
    }
    auto from = m_model->firstAffectedStage(before, m_options);
    if (from)
        start(true, from);
}

void Session::runAgain() {
    if (m_model && m_image.defined())
        start(false, std::nullopt);
}

void Session::cancel() {
    m_cancel = true;
}

void Session::waitForIdle() {
    while (m_busy) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

QStringList Session::lastRunStages() const {
    QStringList out;
    if (!m_inspection)
        return out;
    for (const auto& t : m_inspection->timings)
        out << QString::fromLatin1(stageName(t.stage));
    return out;
}

figures::FigureInput Session::figureInput(const figures::FigureOptions& options) const {
    figures::FigureInput in;
    in.inspection = m_inspection;
    if (m_model)
        in.config = m_model->config();
    in.groundTruth = m_groundTruth;
    in.groundTruthMissing = m_groundTruthNote.toStdString();
    in.options = options;
    return in;
}

void Session::start(bool partial, std::optional<Stage> from) {
    if (m_busy) {
        // Keep only the latest request; a full run wins over a partial one.
        m_cancel = true;
        m_pendingPartial = m_pending ? (m_pendingPartial && partial) : partial;  // full wins
        m_pending = true;
        return;
    }
    if (partial && !m_inspection)
        partial = false;
    m_busy = true;
    m_cancel = false;
    Q_EMIT busyChanged(true);
    auto model = m_model;
    auto image = m_image;
    auto previous = m_inspection;
    RunOptions options = m_options;
    options.keepFeatureMaps = true;  // the Activations panels need them
    options.progress = [this](Stage stage, int index, int count) {
        QMetaObject::invokeMethod(
            this,
            [this, stage, index, count] {
                Q_EMIT progress(index, count, QString::fromLatin1(stageName(stage)));
            },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        Outcome o;
        try {
            o.inspection = partial && from ? model->rerunFrom(*previous, *from, options)
                                           : model->run(image, options);
        } catch (const RunCancelled&) {
            o.cancelled = true;
        } catch (const std::exception& e) {
            o.error = QString::fromStdString(e.what());
        }
        return o;
    }));
}

void Session::finish() {
    Outcome o = m_watcher.result();
    m_busy = false;
    Q_EMIT busyChanged(false);
    if (o.inspection) {
        m_inspection = o.inspection;
        Q_EMIT changed(Inspection);
    } else if (!o.error.isEmpty()) {
        Q_EMIT failed(tr("The run failed: %1").arg(o.error));
    } else if (o.cancelled && !m_pending) {
        // The notice after the change: listeners rewrite the status line on a change.
        Q_EMIT changed(Inspection);
        Q_EMIT notice(tr("The run was cancelled."));
    }
    if (m_pending) {
        m_pending = false;
        // Measure the change against the last finished run, not the cancelled one.
        std::optional<Stage> from;
        if (m_pendingPartial && m_inspection && m_model)
            from = m_model->firstAffectedStage(m_inspection->options, m_options);
        if (!m_pendingPartial || !m_inspection)
            start(false, std::nullopt);
        else if (from)
            start(true, from);
    }
}

}  // namespace mrcnn::gui
