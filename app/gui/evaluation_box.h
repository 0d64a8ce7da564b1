#pragma once
// The evaluation part of the Dataset dock: "Evaluate" runs the open model with the window's
// thresholds over the images the list shows (DatasetEvaluation, in the background with
// progress, images per second, time left and Cancel) and shows the numbers of `mrcnn eval`:
// the original's mean per-image mAP here, and every table in the Evaluation dock. The window's
// minimum confidence re-filters the kept detections and recomputes every number
// (EvaluationRefilter); a change of model or of another threshold marks the numbers stale.

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "data/dataset.h"
#include "gui/dataset_evaluation.h"
#include "gui/evaluation_refilter.h"
#include "metrics/evaluation_file.h"
#include "pipeline/model.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace mrcnn::gui {

class EvaluationBox : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationBox(QWidget* parent = nullptr);

    void setModel(std::shared_ptr<const Model> model, const RunOptions& options);
    void setDataset(std::shared_ptr<const Dataset> dataset);  // clears the numbers
    // The dataset indices Evaluate runs on, in order (the list as filtered and sorted).
    void setImageSource(std::function<std::vector<int64_t>()> listed);

    DatasetEvaluation* evaluation() const { return m_evaluation; }
    EvaluationRefilter* refilter() const { return m_refilter; }
    QPushButton* evaluateButton() const { return m_evaluate; }
    QString statusText() const;  // progress, the original's mAP, or why nothing is shown
    bool stale() const { return m_stale; }
    const std::optional<DatasetEvaluationResult>& result() const { return m_result; }

    // The shown evaluation as a saved file holds it (the caller adds the weight file and the
    // dataset's source); nullopt when there is none.
    std::optional<metrics::SavedEvaluation> toSaved() const;
    // An evaluation read back from `file`: shown as if it had just finished, except that
    // only the minimum confidence can change it (it re-filters); no model change makes it
    // stale, since its model may not be the one open.
    void showSaved(const DatasetEvaluationResult& result, const QString& file);
    QString savedFile() const { return m_savedFile; }

Q_SIGNALS:
    // A finished evaluation, and each time its numbers are recomputed at a new threshold.
    void evaluated(const mrcnn::gui::DatasetEvaluationResult& result);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void evaluate();
    void onProgress(int done, int total, double seconds);
    void onFinished(const DatasetEvaluationResult& result);
    void showResult();
    void retranslate();

    void refilterIfNeeded();

    DatasetEvaluation* m_evaluation = nullptr;
    EvaluationRefilter* m_refilter = nullptr;
    std::shared_ptr<const Model> m_model;
    RunOptions m_options;
    std::shared_ptr<const Dataset> m_dataset;
    std::function<std::vector<int64_t>()> m_listed;
    // What the shown numbers were computed with: a change makes them stale.
    std::shared_ptr<const Model> m_evaluatedModel;
    RunOptions m_evaluatedOptions;
    std::optional<DatasetEvaluationResult> m_result;
    bool m_stale = false;
    QString m_savedFile;  // the file the shown evaluation was read from; empty: run here
    QPushButton* m_evaluate = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace mrcnn::gui
