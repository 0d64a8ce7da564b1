#pragma once
// The Dataset dock: opens a dataset (a COCO/VIA/xBD file, a mask or dataset folder, a shapes
// spec) in the background, lists its images with their ground-truth counts per class, filters
// them by class and by a search in file names and ids, and opens the chosen image in the
// inspector with its ground truth. Its actions (open, recent datasets) go in the File menu.

#include <QWidget>

#include <memory>

#include "data/dataset.h"
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
    // For the File menu: open a file, open a folder, generate shapes, recent datasets.
    QList<QAction*> menuActions() const;
    QMenu* recentMenu() const { return m_recent; }
    // The model (its class names and NUM_CLASSES, to say when the dataset's differ) and the
    // window's thresholds, which Evaluate runs with.
    void setModel(std::shared_ptr<const Model> model, const RunOptions& options);
    EvaluationBox* evaluationBox() const { return m_evaluation; }

    std::shared_ptr<const Dataset> dataset() const;
    DatasetLoader* loader() const { return m_loader; }
    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QComboBox* classFilter() const { return m_classFilter; }
    QString summaryText() const;   // the header line: dataset, images, classes
    QString mismatchText() const;  // "" when the model's classes match the dataset's
    QStringList problems() const { return m_problems; }
    int visibleImages() const;  // rows left by the filters
    // The next (delta 1) or previous (-1) image of the filtered list, wrapping around; false
    // when the list is empty.
    bool step(int delta);

Q_SIGNALS:
    void imageChosen(std::shared_ptr<const mrcnn::Dataset> dataset, qint64 imageId);
    void opened();  // a dataset is listed (the window shows the dock)
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browseFile();
    void browseFolder();
    void askShapes();
    void onOpened(std::shared_ptr<const Dataset> dataset, const QString& path);
    void onFinished(bool cancelled);
    void rememberRecent(const QString& path);
    void rebuildRecent();
    void rebuildClassFilter();
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
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QStringList m_problems;
    EvaluationBox* m_evaluation = nullptr;
    bool m_cancelled = false;
    std::vector<std::string> m_modelNames;
    int m_modelClasses = 0;
    QAction* m_openFile = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_shapes = nullptr;
    QMenu* m_recent = nullptr;
};

}  // namespace mrcnn::gui
