#pragma once
// The inspector's main window: a stage navigator (every figure in pipeline order), the figure
// view with its summary, docks for thresholds, the lineage of a selected detection, the config,
// the timings, the weights (statistics, load report, comparison) and the training history; menus to
// open models, images and annotations and to export. It only assembles; the work lives in Session,
// the figure builders and the views.

#include <QMainWindow>
#include <QStringList>

#include <map>
#include <optional>

#include "figures/figure_catalog.h"
#include "gui/config_table.h"
#include "gui/session.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace mrcnn::views {
class FigureView;
}

namespace mrcnn::gui {

class ExportAllJob;
struct ExportAllReport;
class FigureChoices;
class FigureOptionsBar;
class StageNavigator;
class DatasetPanel;
class EvaluationView;
class ThresholdPanel;
class TrainingPanel;
class WeightsAnalysis;
class WeightsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session* session, QWidget* parent = nullptr);

    // Programmatic access for tests and the CLI-like batch export.
    bool showFigure(const std::string& name);
    std::string currentFigure() const { return m_current; }
    views::FigureView* figureView() const { return m_view; }
    ThresholdPanel* thresholds() const { return m_thresholds; }
    QListWidget* lineageList() const { return m_lineage; }
    StageNavigator* navigator() const { return m_navigator; }
    ConfigTable* configTable() const { return m_configTable; }
    // Each figure's parameter values (the options bar and the Weights dock write there).
    FigureChoices* figureChoices() const { return m_choices; }
    FigureOptionsBar* optionsBar() const { return m_optionsBar; }
    // Selects a final detection (lineage); -1 clears.
    void selectDetection(int detection);
    int selectedDetection() const { return m_selectedDetection; }
    // Writes every figure of the current run to folder/NAME.format, here and now (tests, the
    // screenshot tour); File ▸ Export all figures runs the same in the background.
    bool exportAllFigures(const QString& folder, const QString& format, QString* error);
    // The background export behind the menu entry: progress dialog with Cancel, then a report.
    void startExportAll(const QString& folder, const QString& format);
    ExportAllJob* exportJob() const { return m_exportJob; }
    QString lastError() const { return m_lastError; }
    QString statusText() const;
    void openImageFile(const QString& path);
    // Keeps an annotation file or mask folder for the images that follow (Session).
    void openAnnotationFile(const QString& path);
    // Loads a .h5 (config inferred when none is given) and makes it the session's model; a
    // file that cannot be used leaves the current model and run as they were.
    bool openModelFile(const QString& weightsPath, const std::optional<Config>& config = {});
    // Shows a message in the status bar and, on a real display, in a dialog.
    void reportError(const QString& message);
    // The last report of problems that did not stop a file from opening (an annotation's
    // skipped records); the status bar keeps a count of them while the file stays open.
    QString lastWarning() const { return m_lastWarning; }
    // The Weights dock and the training view (weights_panel.h, training_panel.h).
    WeightsAnalysis* weightsAnalysis() const { return m_weights; }
    DatasetPanel* datasetPanel() const { return m_datasetPanel; }
    EvaluationView* evaluationView() const { return m_evaluationView; }
    WeightsPanel* weightsPanel() const { return m_weightsPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    // Compares the model's weights with a second .h5 in the background; errors are reported.
    void compareWeightsFile(const QString& path);
    // A training folder, its CSV logs, or a checkpoint beside them; false (reported) when
    // no readable log is there.
    bool openTrainingLogFile(const QString& path);
    // Shows and raises the dock with this object name ("weights", "training", …).
    void showDock(const QString& objectName);
    void showDockOfFigure(const std::string& figure);
    // The session's figure input plus the weights and training analysis.
    figures::FigureInput figureInput() const;

public Q_SLOTS:
    void openModel();
    void openImage();
    void openAnnotation();
    void openMaskFolder();
    void nextImage();
    void previousImage();
    void exportCurrentFigure();
    void exportAll();
    void compareWeights();
    void openTrainingLog();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildDocks();
    // main_window_dataset.cpp
    void buildDatasetDock(QDockWidget* datasets, QDockWidget* stages);
    void buildEvaluationDock(QDockWidget* evaluation, QDockWidget* tabbedWith);
    void buildStatusBar();
    void retranslateMenus();
    void rebuildRecentMenu();
    void onSessionChanged(Session::Changes changes);
    void updateStatus();
    // The status line; its tooltip the same text unless one is given.
    void setStatus(const QString& text, const QString& toolTip = {});
    void onExportFinished(const ExportAllReport& report);
    void refreshFigure();
    void refreshLineage();
    void onBoxClicked(int id);
    std::map<std::string, figures::FigureOptions> exportOptions() const;
    void stepImage(int delta);
    void addRecent(const QString& path);
    void retranslate();

    // Menu entries kept so a language change renames them in place.
    struct Menus {
        QMenu* file = nullptr;
        QMenu* view = nullptr;
        QMenu* language = nullptr;
        QMenu* help = nullptr;
        QMenu* recent = nullptr;
        QAction* openModel = nullptr;
        QAction* openImage = nullptr;
        QAction* openAnnotation = nullptr;
        QAction* openMaskFolder = nullptr;
        QAction* runAgain = nullptr;
        QAction* nextImage = nullptr;
        QAction* previousImage = nullptr;
        QAction* exportFigure = nullptr;
        QAction* exportAll = nullptr;
        QAction* compareWeights = nullptr;
        QAction* openTrainingLog = nullptr;
        QAction* quit = nullptr;
        QAction* about = nullptr;
        QActionGroup* languages = nullptr;
    };

    Session* m_session;
    views::FigureView* m_view = nullptr;
    StageNavigator* m_navigator = nullptr;
    ThresholdPanel* m_thresholds = nullptr;
    QListWidget* m_lineage = nullptr;
    ConfigTable* m_configTable = nullptr;
    QListWidget* m_report = nullptr;
    WeightsAnalysis* m_weights = nullptr;
    WeightsPanel* m_weightsPanel = nullptr;
    TrainingPanel* m_trainingPanel = nullptr;
    DatasetPanel* m_datasetPanel = nullptr;
    EvaluationView* m_evaluationView = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    Menus m_menus;
    ExportAllJob* m_exportJob = nullptr;
    QProgressDialog* m_exportProgress = nullptr;
    QString m_runStage;  // "backbone (2/8)" while a run is in progress
    std::string m_current = figures::figure_ids::kFirstShown;
    FigureChoices* m_choices = nullptr;
    FigureOptionsBar* m_optionsBar = nullptr;
    int m_selectedDetection = -1;  // the lineage's final detection; -1: none
    QString m_lastError;
    QString m_lastWarning;
};

}  // namespace mrcnn::gui
