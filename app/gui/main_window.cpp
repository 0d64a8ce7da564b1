#include "gui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/lineage.h"
#include "gui/annotation_problems.h"
#include "gui/config_table.h"
#include "gui/dataset_panel.h"
#include "gui/evaluation_view.h"
#include "gui/export_all.h"
#include "gui/figure_choices.h"
#include "gui/figure_options_bar.h"
#include "gui/language.h"
#include "gui/last_folders.h"
#include "gui/model_dialog.h"
#include "gui/stage_navigator.h"
#include "gui/threshold_panel.h"
#include "gui/training_panel.h"
#include "gui/weights_analysis.h"
#include "gui/weights_panel.h"

namespace mrcnn::gui {

namespace {
constexpr int kMaxRecent = 8;
}  // namespace

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent), m_session(session) {
    setAcceptDrops(true);
    m_weights = new WeightsAnalysis(this);
    m_choices = new FigureChoices(this);
    // The figure's options bar above the figure: a change redraws from the same run.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_optionsBar = new FigureOptionsBar(m_choices, central);
    m_view = new views::FigureView(central);
    centralLayout->addWidget(m_optionsBar);
    centralLayout->addWidget(m_view, 1);
    setCentralWidget(central);
    connect(m_choices, &FigureChoices::changed, this, [this] { refreshFigure(); });
    connect(m_view, &views::FigureView::boxClicked, this, &MainWindow::onBoxClicked);
    buildDocks();
    buildMenus();
    buildStatusBar();
    m_exportJob = new ExportAllJob(this);
    connect(m_exportJob, &ExportAllJob::finished, this, &MainWindow::onExportFinished);

    connect(m_session, &Session::changed, this, &MainWindow::onSessionChanged);
    connect(m_session, &Session::failed, this, &MainWindow::reportError);
    connect(m_session, &Session::notice, this, [this](const QString& m) { setStatus(m); });
    connect(m_session, &Session::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_runStage.clear();
        if (busy)
            m_progress->setValue(0);
        updateStatus();
    });
    connect(m_session, &Session::progress, this,
            [this](int index, int count, const QString& stage) {
                m_progress->setMaximum(count);
                m_progress->setValue(index);
                m_runStage = QStringLiteral("%1 (%2/%3)").arg(stage).arg(index).arg(count);
                updateStatus();
            });
    connect(m_thresholds, &ThresholdPanel::optionsChanged, m_session, &Session::setRunOptions);
    connect(m_weights, &WeightsAnalysis::failed, this, &MainWindow::reportError);
    // The weights and training figures of the navigator follow the analysis.
    for (auto signal : {&WeightsAnalysis::statsChanged, &WeightsAnalysis::diffChanged,
                        &WeightsAnalysis::historyChanged})
        connect(m_weights, signal, this, [this] {
            if (figures::isRunFree(m_current))
                refreshFigure();
        });
    retranslate();
    resize(1400, 900);
}

void MainWindow::buildDocks() {
    auto dock = [this](QWidget* w, Qt::DockWidgetArea area, const char* objectName) {
        auto* d = new QDockWidget(this);
        d->setObjectName(objectName);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_navigator = new StageNavigator(this);
    connect(m_navigator, &StageNavigator::figureChosen, this, [this](const std::string& name) {
        if (name != m_current) {
            m_current = name;
            showDockOfFigure(name);
            refreshFigure();
        }
    });
    m_navigator->setCurrentFigure(m_current);
    QDockWidget* stages = dock(m_navigator, Qt::LeftDockWidgetArea, "stages");
    m_thresholds = new ThresholdPanel(this);
    QDockWidget* thresholds = dock(m_thresholds, Qt::RightDockWidgetArea, "thresholds");
    m_lineage = new QListWidget(this);
    m_lineage->setWordWrap(true);
    dock(m_lineage, Qt::RightDockWidgetArea, "lineage");
    m_configTable = new ConfigTable(this);
    QDockWidget* config = dock(m_configTable, Qt::RightDockWidgetArea, "config");
    m_report = new QListWidget(this);
    m_report->setWordWrap(true);
    QDockWidget* timings = dock(m_report, Qt::RightDockWidgetArea, "timings");
    // Weights and training history need width (an eleven-column table, curves over epochs):
    // they share the bottom as tabs, the figure keeps most of the height.
    m_weightsPanel = new WeightsPanel(m_weights, m_choices, this);
    connect(m_weightsPanel, &WeightsPanel::compareRequested, this, &MainWindow::compareWeights);
    QDockWidget* weights = dock(m_weightsPanel, Qt::BottomDockWidgetArea, "weights");
    m_trainingPanel = new TrainingPanel(m_weights, this);
    connect(m_trainingPanel, &TrainingPanel::openRequested, this, &MainWindow::openTrainingLog);
    QDockWidget* training = dock(m_trainingPanel, Qt::BottomDockWidgetArea, "training");
    // Their layouts would ask for more height than a 1024×700 window has beside the figure:
    // below this they squeeze (the table and the charts shrink), the window does not grow.
    for (QWidget* panel :
         {static_cast<QWidget*>(m_weightsPanel), static_cast<QWidget*>(m_trainingPanel)})
        panel->setMinimumHeight(140);
    tabifyDockWidget(weights, training);
    weights->raise();
    // Hidden until wanted (a weights or training figure, Compare weights, a training log, or
    // the View menu): shown from the start they would take half the figure's height.
    weights->hide();
    training->hide();
    // At 1280×800 four docks stacked on the right leave each a sliver: the configuration and
    // the timings share one place as tabs (short titles, so the tabs are never elided).
    tabifyDockWidget(config, timings);
    config->raise();
    buildDatasetDock(
        dock(m_datasetPanel = new DatasetPanel(this), Qt::LeftDockWidgetArea, "dataset"), stages);
    buildEvaluationDock(
        dock(m_evaluationView = new EvaluationView(this), Qt::BottomDockWidgetArea, "evaluation"),
        training);
    resizeDocks({stages, thresholds}, {240, 320}, Qt::Horizontal);
    resizeDocks({weights}, {380}, Qt::Vertical);
}

void MainWindow::buildStatusBar() {
    m_status = new QLabel(this);
    m_status->setObjectName("statusLine");
    // A long status line (an error) must not push the progress bar and Cancel out of sight:
    // the label takes the room that is left, and its tooltip holds the whole text.
    m_status->setMinimumWidth(80);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(QStringLiteral("%v/%m"));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance("88/88") * 3);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancel);
}

void MainWindow::buildMenus() {
    Menus& m = m_menus;
    m.file = menuBar()->addMenu(QString());
    m.openModel =
        m.file->addAction(QString(), QKeySequence("Ctrl+M"), this, &MainWindow::openModel);
    m.openImage = m.file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openImage);
    m.openAnnotation =
        m.file->addAction(QString(), QKeySequence("Ctrl+G"), this, &MainWindow::openAnnotation);
    m.openMaskFolder = m.file->addAction(QString(), QKeySequence("Ctrl+Shift+G"), this,
                                         &MainWindow::openMaskFolder);
    m.recent = m.file->addMenu(QString());
    m.file->addSeparator();
    m.file->addActions(m_datasetPanel->menuActions());
    m.file->addMenu(m_datasetPanel->recentMenu());
    m.file->addActions(m_datasetPanel->evaluationActions());
    m.runAgain =
        m.file->addAction(QString(), QKeySequence(Qt::Key_F5), m_session, &Session::runAgain);
    m.file->addSeparator();
    m.nextImage =
        m.file->addAction(QString(), QKeySequence(Qt::Key_PageDown), this, &MainWindow::nextImage);
    m.previousImage = m.file->addAction(QString(), QKeySequence(Qt::Key_PageUp), this,
                                        &MainWindow::previousImage);
    m.file->addSeparator();
    m.exportFigure = m.file->addAction(QString(), QKeySequence("Ctrl+E"), this,
                                       &MainWindow::exportCurrentFigure);
    m.exportAll =
        m.file->addAction(QString(), QKeySequence("Ctrl+Shift+E"), this, &MainWindow::exportAll);
    m.file->addSeparator();
    m.compareWeights = m.file->addAction(QString(), QKeySequence("Ctrl+Shift+W"), this,
                                         &MainWindow::compareWeights);
    m.openTrainingLog = m.file->addAction(QString(), QKeySequence("Ctrl+Shift+L"), this,
                                          &MainWindow::openTrainingLog);
    m.file->addSeparator();
    m.quit = m.file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m.view = menuBar()->addMenu(QString());
    for (auto* d : findChildren<QDockWidget*>())
        m.view->addAction(d->toggleViewAction());  // named after the dock's title

    m.language = menuBar()->addMenu(QString());
    m.languages = new QActionGroup(this);
    for (const auto& [code, name] : availableLanguages()) {
        QAction* a = m.language->addAction(name);  // each language in its own script
        a->setCheckable(true);
        a->setData(code);
        m.languages->addAction(a);
        connect(a, &QAction::triggered, this, [code = code] { switchLanguage(code); });
    }
    m.help = menuBar()->addMenu(QString());
    m.about = m.help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Mask R-CNN Inspector"),
                           tr("Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN "
                              "model trained with matterport's Keras implementation reaches "
                              "its detections."));
    });
    rebuildRecentMenu();
}

void MainWindow::retranslateMenus() {
    Menus& m = m_menus;
    m.file->setTitle(tr("&File"));
    m.openModel->setText(tr("Open &model…"));
    m.openImage->setText(tr("&Open image…"));
    m.openAnnotation->setText(tr("Open &annotation…"));
    m.openMaskFolder->setText(tr("Open mask &folder…"));
    m.recent->setTitle(tr("Recent images"));
    m.runAgain->setText(tr("&Run again"));
    m.nextImage->setText(tr("&Next image"));
    m.previousImage->setText(tr("&Previous image"));
    m.exportFigure->setText(tr("&Export figure…"));
    m.exportAll->setText(tr("Export &all figures…"));
    m.compareWeights->setText(tr("&Compare weights…"));
    m.openTrainingLog->setText(tr("Open &training log…"));
    m.quit->setText(tr("&Quit"));
    m.view->setTitle(tr("&View"));
    m.language->setTitle(tr("&Language"));
    for (QAction* a : m.languages->actions())
        a->setChecked(a->data().toString() == currentLanguage());
    m.help->setTitle(tr("&Help"));
    m.about->setText(tr("&About"));
}

void MainWindow::rebuildRecentMenu() {
    m_menus.recent->clear();
    const QStringList recent = QSettings().value("recentImages").toStringList();
    for (const QString& path : recent)
        m_menus.recent->addAction(path, this, [this, path] { openImageFile(path); });
    m_menus.recent->setEnabled(!recent.isEmpty());
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Mask R-CNN Inspector"));
    for (auto* d : findChildren<QDockWidget*>()) {
        const QString n = d->objectName();
        if (n == "stages")
            d->setWindowTitle(tr("Stages"));
        else if (n == "thresholds")
            d->setWindowTitle(tr("Thresholds"));
        else if (n == "lineage")
            d->setWindowTitle(tr("Lineage of the selected detection"));
        else if (n == "config")
            d->setWindowTitle(tr("Configuration"));
        else if (n == "timings")
            d->setWindowTitle(tr("Timings"));
        else if (n == "weights")
            d->setWindowTitle(tr("Weights"));
        else if (n == "training")
            d->setWindowTitle(tr("Training history"));
        else if (n == "dataset")
            d->setWindowTitle(tr("Dataset"));
        else if (n == "evaluation")
            d->setWindowTitle(tr("Evaluation"));
    }
    m_cancel->setText(tr("Cancel"));
    retranslateMenus();
}

void MainWindow::changeEvent(QEvent* event) {
    // Child widgets (navigator, thresholds, figure view) retranslate themselves on the same
    // event; here: what the window names itself, and the texts built from a run.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        onSessionChanged(Session::Inspection);  // figure, lineage, timings and status again
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::showFigure(const std::string& name) {
    if (!figures::isKnownFigure(name))
        return false;
    m_current = name;
    m_navigator->setCurrentFigure(name);
    showDockOfFigure(name);
    refreshFigure();
    return true;
}

figures::FigureInput MainWindow::figureInput() const {
    figures::FigureOptions options = m_choices->options(m_current);
    options.selectedDetection = m_selectedDetection;
    figures::FigureInput in = m_session->figureInput(options);
    in.weights = m_weights->input();
    in.datasetStats = m_datasetPanel->datasetStats();
    return in;
}

void MainWindow::refreshFigure() {
    figures::FigureInput in = figureInput();
    const figures::FigureInfo* info = figures::findFigure(m_current);
    if (info)
        in.options = figures::resolvedOptions(*info, in);
    if (!m_session->inspection() && !figures::isRunFree(m_current)) {
        // Nothing to adjust before there is a run (the controls stay as they were, so the
        // next run with the same feature maps keeps them).
        m_optionsBar->hide();
        views::Figure empty;
        empty.available = false;
        empty.unavailableReason =
            m_session->busy() ? tr("Running…")
            : m_session->model() && m_session->hasImage()
                ? tr("No result for this image: the run was cancelled or failed. File → Run "
                     "again (F5) runs it.")
                : tr("Open a model and an image to inspect.");
        m_view->setFigure(empty);
        return;
    }
    m_optionsBar->showFigure(m_current, in);
    try {
        m_view->setFigure(figures::buildFigure(m_current, in));
    } catch (const std::exception& e) {
        views::Figure broken;
        broken.available = false;
        broken.unavailableReason = tr("This figure could not be drawn: %1").arg(e.what());
        m_view->setFigure(broken);
    }
}

void MainWindow::onSessionChanged(Session::Changes changes) {
    m_datasetPanel->setModel(m_session->model(), m_session->runOptions(), m_session->weightsPath());
    // A new model or image starts at "fit to window", whatever the zoom was.
    if (changes & (Session::Model | Session::Image))
        m_view->resetZoom();
    if (changes & Session::Model) {
        if (auto model = m_session->model())
            m_thresholds->resetTo(model->config());
        m_configTable->showConfig(m_session->model() ? &m_session->model()->config() : nullptr);
        auto model = m_session->model();
        m_weightsPanel->setLoadReport(model ? &model->loadReport() : nullptr);
        if (m_weights->input().path != m_session->weightsPath().toStdString())
            m_weights->open(m_session->weightsPath());
    }
    if (changes & (Session::Inspection | Session::GroundTruth | Session::Image)) {
        auto insp = m_session->inspection();
        if (m_selectedDetection >= 0 && (!insp || m_selectedDetection >= insp->detections.count()))
            m_selectedDetection = -1;
        refreshFigure();
        refreshLineage();
        m_report->clear();
        if (insp) {
            for (const auto& t : insp->timings)
                m_report->addItem(tr("%1: %2 ms")
                                      .arg(QString::fromLatin1(stageName(t.stage)))
                                      .arg(t.seconds * 1000, 0, 'f', 1));
        }
        updateStatus();
    }
}

void MainWindow::updateStatus() {
    const QString model = m_session->modelDescription();
    const QString image = m_session->imageDescription();
    QString text;
    if (m_session->busy()) {
        // No count while running: the last run's would be stale, and 0 would be wrong.
        text = m_runStage.isEmpty() ? tr("%1 — %2 — Running…").arg(model, image)
                                    : tr("%1 — %2 — Running… %3").arg(model, image, m_runStage);
    } else if (auto insp = m_session->inspection()) {
        const int detections = static_cast<int>(insp->detections.count());
        text = tr("%1 — %2 — %n detection(s)", nullptr, detections).arg(model, image);
        if (!m_session->groundTruthNote().isEmpty())
            text += tr(" — no ground truth for this image");
    } else {
        text = QStringList{model, image}.join(QStringLiteral(" — "));
    }
    const QStringList problems = m_session->annotationProblems();
    if (!problems.isEmpty()) {
        text += AnnotationProblems::statusSuffix(problems);
        setStatus(text, AnnotationProblems::toolTip(text, problems));
        return;
    }
    setStatus(text);
}

void MainWindow::setStatus(const QString& text, const QString& toolTip) {
    m_status->setText(text);
    m_status->setToolTip(toolTip.isEmpty() ? text : toolTip);
}

void MainWindow::selectDetection(int detection) {
    m_selectedDetection = detection;
    refreshFigure();
    refreshLineage();
}

void MainWindow::refreshLineage() {
    m_lineage->clear();
    auto insp = m_session->inspection();
    if (!insp || m_selectedDetection < 0) {
        m_lineage->addItem(tr("Click a final detection to see where it came from."));
        return;
    }
    const auto model = m_session->model();
    auto lineage =
        figures::traceDetection(*insp, m_selectedDetection,
                                model ? model->config().CLASS_NAMES : std::vector<std::string>{});
    if (!lineage)
        return;
    for (const QString& step : lineage->steps)
        m_lineage->addItem(step);
}

void MainWindow::onBoxClicked(int id) {
    auto insp = m_session->inspection();
    if (!insp)
        return;
    const figures::FigureInfo* info = figures::findFigure(m_current);
    const figures::BoxIds ids = info ? info->boxIds : figures::BoxIds::None;
    int detection = -1;
    if (ids == figures::BoxIds::Detection) {
        detection = id < insp->detections.count() ? id : -1;
    } else if (ids == figures::BoxIds::Roi && id >= 0) {
        // the ROI's final detection, when it became one
        for (int d = 0; d < insp->detections.count(); ++d) {
            auto l = figures::traceDetection(*insp, d);
            if (l && l->roi == id)
                detection = d;
        }
    }
    selectDetection(detection);
}

void MainWindow::openModel() {
    ModelDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto model = dialog.loadedModel();
    if (model)
        m_session->setModel(model, dialog.description(), dialog.weightsPath());
}

bool MainWindow::openModelFile(const QString& weightsPath, const std::optional<Config>& config) {
    QString error;
    auto model = loadModelInBackground(this, weightsPath, config, &error);
    if (!model) {
        // The loader's reasons do not always name the file (a config mismatch does not).
        const QString name = QFileInfo(weightsPath).fileName();
        reportError(tr("Cannot open the model %1: %2").arg(name, error));
        return false;
    }
    m_session->setModel(model, QFileInfo(weightsPath).fileName(), weightsPath);
    return true;
}

void MainWindow::openImage() {
    QString filter = tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)");
    const QString start = lastFolder("image", QFileInfo(m_session->imagePath()).absolutePath());
    QString path = QFileDialog::getOpenFileName(this, tr("Open image"), start, filter);
    if (!path.isEmpty())
        openImageFile(path);
}

void MainWindow::openImageFile(const QString& path) {
    QString error;
    if (!m_session->openImage(path, &error)) {
        reportError(tr("Cannot open the image: %1").arg(error));
        return;
    }
    rememberFolder("image", path);
    addRecent(path);
}

void MainWindow::openAnnotation() {
    QString path = QFileDialog::getOpenFileName(
        this, tr("Open annotation"),
        lastFolder("annotation", QFileInfo(m_session->imagePath()).absolutePath()),
        tr("Annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("annotation", path);
    openAnnotationFile(path);
}

void MainWindow::openMaskFolder() {
    // A DSB2018-style folder (<id>/images/<id>.png + <id>/masks/) or a dataset folder.
    QString path = QFileDialog::getExistingDirectory(
        this, tr("Open mask folder"),
        lastFolder("annotation", QFileInfo(m_session->imagePath()).absolutePath()));
    if (path.isEmpty())
        return;
    rememberFolder("annotation", path);
    openAnnotationFile(path);
}

void MainWindow::openAnnotationFile(const QString& path) {
    QString error;
    if (!m_session->setAnnotation(path, &error)) {
        reportError(error);
        return;
    }
    const QStringList problems = m_session->annotationProblems();
    if (problems.isEmpty())
        return;
    // The file is usable, but the user must know what was skipped or fixed.
    m_lastWarning = AnnotationProblems::summary(path, problems);
    updateStatus();
    AnnotationProblems::warn(this, m_lastWarning, problems);
}

void MainWindow::stepImage(int delta) {
    // An image of the open dataset steps through the dataset's (filtered) list.
    if (m_session->datasetOfImage() && m_session->datasetOfImage() == m_datasetPanel->dataset()) {
        m_datasetPanel->step(delta);
        return;
    }
    QFileInfo current(m_session->imagePath());
    if (!current.exists())
        return;
    QStringList filters;
    for (const QByteArray& f : QImageReader::supportedImageFormats())
        filters << "*." + QString(f);
    QStringList files;
    for (const QString& name : current.dir().entryList(filters, QDir::Files, QDir::Name))
        files << current.absoluteDir().filePath(name);
    // A mask folder keeps one image per folder: step through the annotation's images then.
    QStringList listed;
    for (const QString& p : m_session->annotationImages())
        listed << QFileInfo(p).absoluteFilePath();
    if (files.size() <= 1 && listed.contains(current.absoluteFilePath()))
        files = listed;
    int i = files.indexOf(current.absoluteFilePath());
    if (i < 0 || files.isEmpty())
        return;
    int next = (i + delta + files.size()) % files.size();
    openImageFile(files[next]);
}

void MainWindow::nextImage() {
    stepImage(1);
}
void MainWindow::previousImage() {
    stepImage(-1);
}

void MainWindow::exportCurrentFigure() {
    const QString name = QString::fromStdString(m_current) + ".png";
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), QDir(lastFolder("export", QDir::homePath())).filePath(name),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder("export", path);
    auto result = views::exportFigure(m_view->figure(), m_view->renderOptions(), path);
    if (!result.ok)
        reportError(result.error);
    else
        setStatus(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::exportAllFigures(const QString& folder, const QString& format, QString* error) {
    ExportAllReport report =
        gui::exportAllFigures(figureInput(), exportOptions(), folder, format, {}, false);
    if (!report.ok() && error)
        *error = report.summary();
    return report.ok();
}

void MainWindow::exportAll() {
    if (m_exportJob->busy())
        return;
    if (!m_session->inspection()) {
        reportError(tr("Nothing to export: no run yet."));
        return;
    }
    QString folder = QFileDialog::getExistingDirectory(this, tr("Export all figures to"),
                                                       lastFolder("export", QDir::homePath()));
    if (folder.isEmpty())
        return;
    rememberFolder("export", folder);
    QStringList formats = {"png", "svg", "pdf"};
    bool ok = false;
    QString format =
        QInputDialog::getItem(this, tr("Export all figures"), tr("Format"), formats, 0, false, &ok);
    if (!ok)
        return;
    startExportAll(folder, format);
}

void MainWindow::startExportAll(const QString& folder, const QString& format) {
    if (m_exportJob->busy())
        return;
    const int total = static_cast<int>(figures::figureCatalog().size());
    // Not modal: the window stays usable; the export works on a snapshot of the run.
    m_exportProgress = new QProgressDialog(tr("Exporting figures…"), tr("Cancel"), 0, total, this);
    m_exportProgress->setWindowTitle(tr("Export all figures"));
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setValue(0);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &ExportAllJob::cancel);
    connect(m_exportJob, &ExportAllJob::progress, m_exportProgress,
            [this](int done, int count, const QString& name) {
                m_exportProgress->setMaximum(count);
                m_exportProgress->setValue(done);
                m_exportProgress->setLabelText(
                    tr("Exporting %1 (%2 of %3)…").arg(name).arg(done + 1).arg(count));
            });
    m_menus.exportAll->setEnabled(false);
    m_exportJob->start(figureInput(), exportOptions(), folder, format);
}

void MainWindow::onExportFinished(const ExportAllReport& report) {
    m_menus.exportAll->setEnabled(true);
    if (m_exportProgress) {
        m_exportProgress->close();  // deletes it
        m_exportProgress = nullptr;
    }
    const QString summary = report.summary();
    setStatus(summary.section('\n', 0, 0));
    m_status->setToolTip(summary);
    if (!report.error.isEmpty()) {
        reportError(report.error);
        return;
    }
    if (QApplication::platformName() == "offscreen")
        return;
    QMessageBox box(report.ok() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export all figures"), summary.section('\n', 0, 0), QMessageBox::Ok, this);
    box.setInformativeText(summary.section('\n', 1));
    box.exec();
}

void MainWindow::compareWeights() {
    if (m_session->weightsPath().isEmpty()) {
        reportError(
            tr("Open a model from a .h5 file first: its weights are compared with the "
               "second file."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare weights with"),
        lastFolder("model", QFileInfo(m_session->weightsPath()).absolutePath()),
        tr("Keras weights (*.h5 *.hdf5);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("model", path);
    compareWeightsFile(path);
}

void MainWindow::compareWeightsFile(const QString& path) {
    m_weights->compare(path);  // failures arrive through WeightsAnalysis::failed
    showDock("weights");
}

void MainWindow::showDockOfFigure(const std::string& figure) {
    // The weights and training figures come with their dock (named as their group: the
    // table, the curves' boxes).
    if (figures::isRunFree(figure))
        showDock(QString::fromStdString(figures::findFigure(figure)->group));
}

std::map<std::string, figures::FigureOptions> MainWindow::exportOptions() const {
    auto all = m_choices->allOptions();
    for (auto& [name, options] : all)
        options.selectedDetection = m_selectedDetection;
    return all;
}

void MainWindow::showDock(const QString& objectName) {
    for (auto* d : findChildren<QDockWidget*>())
        if (d->objectName() == objectName) {
            d->show();
            d->raise();
        }
}

void MainWindow::openTrainingLog() {
    const QString start =
        lastFolder("training", QFileInfo(m_session->weightsPath()).absolutePath());
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open training log"), start,
        tr("Training logs and checkpoints (*.csv *.h5);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("training", path);
    openTrainingLogFile(path);
}

bool MainWindow::openTrainingLogFile(const QString& path) {
    QString error;
    if (!m_weights->openTrainingLog(path, &error)) {
        reportError(error);
        return false;
    }
    showDock("training");
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    QString path = urls.first().toLocalFile();
    const bool trainingFolder =
        QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath("training_log.csv"));
    if (path.endsWith(".h5", Qt::CaseInsensitive)) {
        openModelFile(path);
    } else if (path.endsWith(".csv", Qt::CaseInsensitive) || trainingFolder) {
        openTrainingLogFile(path);
    } else if ((path.endsWith(".json", Qt::CaseInsensitive) || QFileInfo(path).isDir()) &&
               m_session->imagePath().isEmpty()) {
        // No image file for it to be the ground truth of: a dataset to browse.
        m_datasetPanel->openDataset(path);
    } else if (path.endsWith(".json", Qt::CaseInsensitive) || QFileInfo(path).isDir()) {
        openAnnotationFile(path);
    } else {
        openImageFile(path);
    }
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recentImages").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue("recentImages", recent);
    rebuildRecentMenu();
}

QString MainWindow::statusText() const {
    return m_status->text();
}

void MainWindow::reportError(const QString& message) {
    m_lastError = message;
    setStatus(message);
    if (QApplication::platformName() != "offscreen")
        QMessageBox::warning(this, tr("Mask R-CNN Inspector"), message);
}

}  // namespace mrcnn::gui
