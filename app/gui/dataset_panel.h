#pragma once
// The Dataset dock: opens a dataset (a COCO/VIA/xBD file, a mask or dataset folder, a shapes
// spec) in the background, lists its images with their ground-truth counts per class, filters
// them by class and by a search in file names and ids, and opens the chosen image in the
// inspector with its ground truth. Its actions (open, recent datasets) go in the File menu.

#include <QWidget>

#include <memory>
#include <optional>

#include "data/dataset.h"
#include "data/dataset_stats.h"
#include "gui/dataset_evaluation.h"
#include "pipeline/model.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mrcnn::gui {

class DatasetFilter;
class EvaluationBox;
class DatasetLoader;
class DatasetTableModel;

class DatasetPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    // Starts reading in the background; the list shows when the reader is done.
    void openDataset(const QString& path);
    // For the File menu: open a file, open a folder, generate shapes, recent datasets, save and
    // open an evaluation.
    QList<QAction*> menuActions() const;
    QMenu* recentMenu() const { return m_recent; }
    QList<QAction*> evaluationActions() const { return {m_openEvaluation, m_saveEvaluation}; }
    // The model (its class names and NUM_CLASSES, to say when the dataset's differ) and the
    // window's thresholds, which Evaluate runs with.
    void setModel(std::shared_ptr<const Model> model, const RunOptions& options,
                  const QString& weightsPath = {});
    EvaluationBox* evaluationBox() const { return m_evaluation; }

    std::shared_ptr<const Dataset> dataset() const;
    // What the dataset holds (the dataset figures), over the images counted so far; null
    // when no dataset is open. Each batch the loader counts makes a new one.
    std::shared_ptr<const DatasetStats> datasetStats() const { return m_stats; }
    DatasetLoader* loader() const { return m_loader; }
    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QComboBox* classFilter() const { return m_classFilter; }
    // After an evaluation: every image, those with errors, those with an error of one type.
    QComboBox* errorFilter() const { return m_errorFilter; }
    QString summaryText() const;   // the header line: dataset, images, classes
    QString mismatchText() const;  // "" when the model's classes match the dataset's
    QStringList problems() const { return m_problems; }
    int visibleImages() const;  // rows left by the filters
    // The next (delta 1) or previous (-1) image of the filtered list, wrapping around; false
    // when the list is empty.
    bool step(int delta);
    // Selects dataset image `index` in the list (clearing filters that hide it) and opens it.
    void showImage(int64_t index);
    // The dataset as opened: an absolute path, or the shapes:… spec; empty when none.
    QString datasetSource() const;

    // File ▸ Save evaluation…: the shown evaluation (metrics/evaluation_file.h). False with
    // the reason when there is none or a file cannot be written.
    bool saveEvaluation(const QString& path, QString* error);
    // File ▸ Open evaluation…: reads it in the background, opens its dataset when another one
    // is open, and shows it in the Evaluation dock; failures go to failed().
    void openEvaluation(const QString& path);
    bool openingEvaluation() const { return m_openingEvaluation; }

Q_SIGNALS:
    void imageChosen(std::shared_ptr<const mrcnn::Dataset> dataset, qint64 imageId);
    void opened();        // a dataset is listed (the window shows the dock)
    void statsChanged();  // datasetStats() has more images
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browseFile();
    void askSaveEvaluation();
    void askOpenEvaluation();
    void showSavedEvaluation();
    void onEvaluationRead(const QString& path, const std::optional<DatasetEvaluationResult>& result,
                          const QString& source, const QString& error);
    void browseFolder();
    void askShapes();
    void onOpened(std::shared_ptr<const Dataset> dataset, const QString& path);
    void onFinished(bool cancelled);
    void rememberRecent(const QString& path);
    void rebuildRecent();
    void rebuildClassFilter();
    void rebuildErrorFilter();
    void updateHeader();
    void updateMismatch();
    void updateProblems();
    void chooseCurrent();
    void retranslate();

    DatasetLoader* m_loader = nullptr;
    DatasetTableModel* m_model = nullptr;
    DatasetFilter* m_filter = nullptr;
    QString m_path;
    QLabel* m_header = nullptr;
    QLabel* m_mismatch = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_classFilter = nullptr;
    QComboBox* m_errorFilter = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QStringList m_problems;
    std::shared_ptr<const DatasetStats> m_stats;
    EvaluationBox* m_evaluation = nullptr;
    bool m_cancelled = false;
    std::vector<std::string> m_modelNames;
    int m_modelClasses = 0;
    QAction* m_openFile = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_shapes = nullptr;
    QAction* m_saveEvaluation = nullptr;
    QAction* m_openEvaluation = nullptr;
    QString m_weightsPath;
    // An evaluation read from a file, waiting for its dataset to open.
    std::optional<DatasetEvaluationResult> m_pendingEvaluation;
    QString m_pendingFile, m_pendingSource;
    bool m_openingEvaluation = false;
    QMenu* m_recent = nullptr;
};

}  // namespace mrcnn::gui
