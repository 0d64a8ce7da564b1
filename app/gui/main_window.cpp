#include "gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>

#include "figure/figure_view.h"
#include "figures/figure_catalog.h"
#include "figures/lineage.h"
#include "gui/language.h"
#include "gui/model_dialog.h"
#include "gui/threshold_panel.h"

namespace mrcnn::gui {

namespace {
constexpr int kMaxRecent = 8;

// Figures whose box ids are final-detection indices, and those whose ids are ROI indices.
bool idsAreDetections(const std::string& name) {
    return name == "detections" || name == "instances" || name == "differences";
}
bool idsAreRois(const std::string& name) {
    return name == "proposal_classification" || name == "detection_refinement" ||
           name == "detection_filter" || name == "detection_nms" || name == "rpn_post_nms" ||
           name == "rpn_proposals";
}
}  // namespace

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent), m_session(session) {
    setAcceptDrops(true);
    m_view = new views::FigureView(this);
    setCentralWidget(m_view);
    connect(m_view, &views::FigureView::boxClicked, this, &MainWindow::onBoxClicked);
    buildDocks();
    buildMenus();

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancel);

    connect(m_session, &Session::changed, this, &MainWindow::onSessionChanged);
    connect(m_session, &Session::failed, this, &MainWindow::reportError);
    connect(m_session, &Session::notice, this, [this](const QString& m) { m_status->setText(m); });
    connect(m_session, &Session::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (busy)
            m_progress->setValue(0);
    });
    connect(m_session, &Session::progress, this,
            [this](int index, int count, const QString& stage) {
                m_progress->setMaximum(count);
                m_progress->setValue(index);
                m_progress->setFormat(stage + " %v/%m");
            });
    connect(m_thresholds, &ThresholdPanel::optionsChanged, m_session, &Session::setRunOptions);
    retranslate();
    fillNavigator();
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
    m_navigator = new QTreeWidget(this);
    m_navigator->setHeaderHidden(true);
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        std::string name = item->data(0, Qt::UserRole).toString().toStdString();
        if (!name.empty() && name != m_current) {
            m_current = name;
            refreshFigure();
        }
    });
    dock(m_navigator, Qt::LeftDockWidgetArea, "stages");
    m_thresholds = new ThresholdPanel(this);
    dock(m_thresholds, Qt::RightDockWidgetArea, "thresholds");
    m_lineage = new QListWidget(this);
    m_lineage->setWordWrap(true);
    dock(m_lineage, Qt::RightDockWidgetArea, "lineage");
    m_configTable = new QTableWidget(this);
    m_configTable->setColumnCount(2);
    m_configTable->horizontalHeader()->setStretchLastSection(true);
    m_configTable->verticalHeader()->setVisible(false);
    m_configTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    dock(m_configTable, Qt::RightDockWidgetArea, "config");
    m_report = new QListWidget(this);
    dock(m_report, Qt::RightDockWidgetArea, "report");
}

void MainWindow::buildMenus() {
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &model…"), QKeySequence("Ctrl+M"), this, &MainWindow::openModel);
    file->addAction(tr("&Open image…"), QKeySequence::Open, this, &MainWindow::openImage);
    file->addAction(tr("Open &annotation…"), QKeySequence("Ctrl+G"), this,
                    &MainWindow::openAnnotation);
    file->addAction(tr("Open mask &folder…"), QKeySequence("Ctrl+Shift+G"), this,
                    &MainWindow::openMaskFolder);
    m_recentMenu = file->addMenu(tr("Recent images"));
    file->addAction(tr("&Run again"), QKeySequence(Qt::Key_F5), m_session, &Session::runAgain);
    file->addSeparator();
    file->addAction(tr("&Next image"), QKeySequence(Qt::Key_PageDown), this,
                    &MainWindow::nextImage);
    file->addAction(tr("&Previous image"), QKeySequence(Qt::Key_PageUp), this,
                    &MainWindow::previousImage);
    file->addSeparator();
    file->addAction(tr("&Export figure…"), QKeySequence("Ctrl+E"), this,
                    &MainWindow::exportCurrentFigure);
    file->addAction(tr("Export &all figures…"), QKeySequence("Ctrl+Shift+E"), this,
                    &MainWindow::exportAll);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    for (const auto& [code, name] : availableLanguages()) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == currentLanguage());
        connect(a, &QAction::triggered, this, [code = code] { switchLanguage(code); });
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Mask R-CNN Inspector"),
                           tr("Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN "
                              "model trained with matterport's Keras implementation reaches "
                              "its detections."));
    });
    // Recent images
    m_recentMenu->clear();
    const QStringList recent = QSettings().value("recentImages").toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openImageFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Mask R-CNN Inspector"));
    for (auto* d : findChildren<QDockWidget*>()) {
        const QString n = d->objectName();
        d->setWindowTitle(n == "stages"       ? tr("Stages")
                          : n == "thresholds" ? tr("Thresholds")
                          : n == "lineage"    ? tr("Lineage of the selected detection")
                          : n == "config"     ? tr("Configuration")
                                              : tr("Weights"));
    }
    m_configTable->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_cancel->setText(tr("Cancel"));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        buildMenus();
        fillNavigator();
        refreshFigure();
        refreshLineage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::fillNavigator() {
    const QSignalBlocker block(m_navigator);
    m_navigator->clear();
    std::map<std::string, QTreeWidgetItem*> groups;
    for (const auto& g : figures::figureGroups()) {
        auto* item = new QTreeWidgetItem(m_navigator, {figures::groupTitle(g)});
        item->setFlags(Qt::ItemIsEnabled);
        groups[g] = item;
    }
    for (const auto& f : figures::figureCatalog()) {
        auto* item = new QTreeWidgetItem(groups[f.group], {figures::figureTitle(f.name)});
        item->setData(0, Qt::UserRole, QString::fromStdString(f.name));
        if (f.name == m_current)
            m_navigator->setCurrentItem(item);
    }
    m_navigator->expandAll();
}

bool MainWindow::showFigure(const std::string& name) {
    if (!figures::isKnownFigure(name))
        return false;
    m_current = name;
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString().toStdString() == name) {
            const QSignalBlocker block(m_navigator);
            m_navigator->setCurrentItem(*it);
        }
    refreshFigure();
    return true;
}

void MainWindow::refreshFigure() {
    if (!m_session->inspection()) {
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
    try {
        m_view->setFigure(figures::buildFigure(m_current, m_session->figureInput(m_figureOptions)));
    } catch (const std::exception& e) {
        views::Figure broken;
        broken.available = false;
        broken.unavailableReason = tr("This figure could not be drawn: %1").arg(e.what());
        m_view->setFigure(broken);
    }
}

void MainWindow::onSessionChanged(Session::Changes changes) {
    if (changes & Session::Model) {
        if (auto model = m_session->model())
            m_thresholds->resetTo(model->config());
        refreshConfigTable();
    }
    if (changes & (Session::Inspection | Session::GroundTruth | Session::Image)) {
        auto insp = m_session->inspection();
        if (m_figureOptions.selectedDetection >= 0 &&
            (!insp || m_figureOptions.selectedDetection >= insp->detections.count()))
            m_figureOptions.selectedDetection = -1;
        refreshFigure();
        refreshLineage();
        m_report->clear();
        if (insp) {
            for (const auto& t : insp->timings)
                m_report->addItem(tr("%1: %2 ms")
                                      .arg(QString::fromLatin1(stageName(t.stage)))
                                      .arg(t.seconds * 1000, 0, 'f', 1));
            m_report->addItem(QString::fromStdString(insp->loadReport.summary()));
        }
        const int detections = insp ? static_cast<int>(insp->detections.count()) : 0;
        QString status = tr("%1 — %2 — %n detection(s)", nullptr, detections)
                             .arg(m_session->modelDescription(), m_session->imageDescription());
        if (!m_session->groundTruthNote().isEmpty())
            status += tr(" — no ground truth for this image");
        m_status->setText(status);
    }
}

void MainWindow::refreshConfigTable() {
    m_configTable->setRowCount(0);
    auto model = m_session->model();
    if (!model)
        return;
    QStringList lines = QString::fromStdString(displayConfig(model->config())).split('\n');
    for (const QString& line : lines) {
        if (line.size() < 31 || line.startsWith("Configurations"))
            continue;
        int row = m_configTable->rowCount();
        m_configTable->insertRow(row);
        m_configTable->setItem(row, 0, new QTableWidgetItem(line.left(30).trimmed()));
        m_configTable->setItem(row, 1, new QTableWidgetItem(line.mid(31)));
    }
}

void MainWindow::selectDetection(int detection) {
    m_figureOptions.selectedDetection = detection;
    refreshFigure();
    refreshLineage();
}

void MainWindow::refreshLineage() {
    m_lineage->clear();
    auto insp = m_session->inspection();
    if (!insp || m_figureOptions.selectedDetection < 0) {
        m_lineage->addItem(tr("Click a final detection to see where it came from."));
        return;
    }
    const auto model = m_session->model();
    auto lineage =
        figures::traceDetection(*insp, m_figureOptions.selectedDetection,
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
    int detection = -1;
    if (idsAreDetections(m_current)) {
        detection = id < insp->detections.count() ? id : -1;
    } else if (idsAreRois(m_current) && id >= 0) {
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
        m_session->setModel(model, dialog.description());
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
    m_session->setModel(model, QFileInfo(weightsPath).fileName());
    return true;
}

void MainWindow::openImage() {
    QString filter = tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)");
    QString path = QFileDialog::getOpenFileName(
        this, tr("Open image"), QFileInfo(m_session->imagePath()).absolutePath(), filter);
    if (!path.isEmpty())
        openImageFile(path);
}

void MainWindow::openImageFile(const QString& path) {
    QString error;
    if (!m_session->openImage(path, &error)) {
        reportError(tr("Cannot open the image: %1").arg(error));
        return;
    }
    addRecent(path);
}

void MainWindow::openAnnotation() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open annotation"),
                                                QFileInfo(m_session->imagePath()).absolutePath(),
                                                tr("Annotations (*.json);;All files (*)"));
    if (!path.isEmpty())
        openAnnotationFile(path);
}

void MainWindow::openMaskFolder() {
    // A DSB2018-style folder (<id>/images/<id>.png + <id>/masks/) or a dataset folder.
    QString path = QFileDialog::getExistingDirectory(
        this, tr("Open mask folder"), QFileInfo(m_session->imagePath()).absolutePath());
    if (!path.isEmpty())
        openAnnotationFile(path);
}

void MainWindow::openAnnotationFile(const QString& path) {
    QString error;
    if (!m_session->setAnnotation(path, &error))
        reportError(error);
}

void MainWindow::stepImage(int delta) {
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
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), QString::fromStdString(m_current) + ".png",
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    auto result = views::exportFigure(m_view->figure(), m_view->renderOptions(), path);
    if (!result.ok)
        reportError(result.error);
}

bool MainWindow::exportAllFigures(const QString& folder, const QString& format, QString* error) {
    if (!m_session->inspection()) {
        if (error)
            *error = tr("Nothing to export: no run yet.");
        return false;
    }
    QDir().mkpath(folder);
    auto input = m_session->figureInput(m_figureOptions);
    for (const auto& info : figures::figureCatalog()) {
        views::Figure f = figures::buildFigure(info.name, input);
        if (!f.available)
            continue;
        QString path = QDir(folder).filePath(QString::fromStdString(info.name) + "." + format);
        auto result = views::exportFigure(f, render::RenderOptions{}, path);
        if (!result.ok) {
            if (error)
                *error = result.error;
            return false;
        }
    }
    return true;
}

void MainWindow::exportAll() {
    QString folder = QFileDialog::getExistingDirectory(this, tr("Export all figures to"));
    if (folder.isEmpty())
        return;
    QStringList formats = {"png", "svg", "pdf"};
    bool ok = false;
    QString format =
        QInputDialog::getItem(this, tr("Export all figures"), tr("Format"), formats, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!exportAllFigures(folder, format, &error))
        reportError(error);
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
    if (path.endsWith(".h5", Qt::CaseInsensitive)) {
        openModelFile(path);
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
    buildMenus();
}

QString MainWindow::statusText() const {
    return m_status->text();
}

void MainWindow::reportError(const QString& message) {
    m_lastError = message;
    m_status->setText(message);
    if (QApplication::platformName() != "offscreen")
        QMessageBox::warning(this, tr("Mask R-CNN Inspector"), message);
}

}  // namespace mrcnn::gui
