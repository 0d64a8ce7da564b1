#pragma once
// The inspector's state: the model, the image (and its ground truth when known) and the
// current run. An annotation, once loaded, is kept: every image opened afterwards takes its
// ground truth from it, or says that it has none. Work runs on a worker thread with per-stage
// progress and cancel; the GUI thread only receives finished, immutable results. Views listen to
// changed(flags) and redraw what they show.

#include <QFlags>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

#include "data/annotation_lookup.h"
#include "figures/figure_input.h"
#include "gui/display_name.h"
#include "pipeline/model.h"

namespace mrcnn::gui {

class Session : public QObject {
    Q_OBJECT
public:
    enum Change {
        Model = 0x1,
        Image = 0x2,
        GroundTruth = 0x4,
        Inspection = 0x8,  // a new run (full or partial)
        Options = 0x10,    // thresholds changed
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Replaces the model (thresholds back to its config); the current image is run again.
    // `weightsPath`: the .h5 it was loaded from, for the Weights dock ("" when not a file).
    void setModel(std::shared_ptr<const mrcnn::Model> model, const DisplayName& description,
                  const QString& weightsPath = {});
    QString weightsPath() const { return m_weightsPath; }
    // Loads an image file and runs it; a bad file leaves the previous image and run intact.
    bool openImage(const QString& path, QString* error);
    void setImage(const torch::Tensor& rgb, const DisplayName& description);
    // An image of an open dataset with its ground truth from the same dataset (any format,
    // generated shapes too); false with `error` set when the image or its record cannot be
    // read, the previous image and run then stay.
    bool openDatasetImage(const std::shared_ptr<const mrcnn::Dataset>& dataset, int64_t imageId,
                          QString* error);
    // The dataset and image last opened by openDatasetImage; null when the image came from
    // elsewhere.
    std::shared_ptr<const mrcnn::Dataset> datasetOfImage() const { return m_datasetOfImage; }
    // Ground truth from elsewhere (the demo, a test): replaces a kept annotation.
    void setGroundTruth(std::optional<figures::GroundTruth> gt);
    // Reads an annotation file or mask folder and keeps it: the current image and every image
    // opened afterwards take their ground truth from it. False with `error` set when it cannot
    // be read; the previous annotation then stays.
    bool setAnnotation(const QString& path, QString* error);
    QString annotationPath() const;
    // The image paths the kept annotation lists (a mask folder's images live one per folder).
    QStringList annotationImages() const;
    // What the reader of the kept annotation skipped or fixed, each naming file, record and
    // reason: the file's (a duplicate id, an empty polygon), then the current image's record's
    // (a mask folder's non-binary masks); empty when none.
    QStringList annotationProblems() const;
    // Why the current image has no ground truth although an annotation is kept; empty when it
    // has ground truth or no annotation is kept.
    QString groundTruthNote() const { return m_groundTruthNote; }
    // New thresholds: re-runs only the stages they affect (never the backbone); without a
    // finished run for the current image (cancelled, failed, still running) a full run.
    void setRunOptions(const RunOptions& options);
    // Runs the current image again from the start (after a cancel or a failure).
    void runAgain();

    void cancel();
    bool busy() const { return m_busy; }
    bool hasImage() const { return m_image.defined(); }
    const torch::Tensor& image() const { return m_image; }  // uint8 RGB [H, W, 3]

    std::shared_ptr<const mrcnn::Model> model() const { return m_model; }
    std::shared_ptr<const mrcnn::Inspection> inspection() const { return m_inspection; }
    const std::optional<figures::GroundTruth>& groundTruth() const { return m_groundTruth; }
    const RunOptions& runOptions() const { return m_options; }
    QString imagePath() const { return m_imagePath; }
    QString imageDescription() const { return m_imageDescription.text(); }
    QString modelDescription() const { return m_modelDescription.text(); }
    figures::FigureInput figureInput(const figures::FigureOptions& options) const;
    // Stages that ran for the current record (the partial re-run's proof).
    QStringList lastRunStages() const;
    // Blocks until the worker is idle (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void changed(mrcnn::gui::Session::Changes changes);
    void progress(int index, int count, const QString& stage);
    void busyChanged(bool busy);
    void failed(const QString& message);
    void notice(const QString& message);  // status-bar news (a cancelled run)

private:
    void start(bool partial, std::optional<Stage> from);
    void finish();
    // The current image's ground truth from the kept annotation (re-read for another image
    // folder when the image is not in it: VIA records need their images to be found).
    void lookUpGroundTruth();

    std::shared_ptr<const mrcnn::Model> m_model;
    DisplayName m_modelDescription;
    QString m_weightsPath;
    torch::Tensor m_image;
    QString m_imagePath;
    DisplayName m_imageDescription;
    std::optional<figures::GroundTruth> m_groundTruth;
    std::shared_ptr<const AnnotationIndex> m_annotation;
    QString m_groundTruthNote;
    QStringList m_imageProblems;
    std::shared_ptr<const mrcnn::Dataset>
        m_datasetOfImage;  // the current image's record's, from the last lookup
    RunOptions m_options;
    std::shared_ptr<const mrcnn::Inspection> m_inspection;

    struct Outcome {
        std::shared_ptr<const mrcnn::Inspection> inspection;
        QString error;
        bool cancelled = false;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_busy = false;
    // A request that arrived while busy: run it when the worker is free.
    bool m_pending = false;
    bool m_pendingPartial = false;
};

}  // namespace mrcnn::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(mrcnn::gui::Session::Changes)
