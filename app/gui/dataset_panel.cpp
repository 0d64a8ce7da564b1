#include "gui/dataset_panel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

#include "coco/tide_errors.h"
#include "gui/annotation_problems.h"
#include "gui/dataset_loader.h"
#include "gui/dataset_table_model.h"
#include "gui/evaluation_box.h"
#include "gui/last_folders.h"

namespace mrcnn::gui {

namespace {
constexpr int kRecentDatasets = 8;
const char* const kRecentKey = "recentDatasets";
}  // namespace

DatasetPanel::DatasetPanel(QWidget* parent) : QWidget(parent) {
    m_loader = new DatasetLoader(this);
    m_model = new DatasetTableModel(this);
    m_filter = new DatasetFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(DatasetTableModel::SortRole);

    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName("datasetHeader");
    m_header->setWordWrap(true);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName("datasetMismatch");
    m_mismatch->setWordWrap(true);
    m_mismatch->setStyleSheet("color: #b00020");
    m_mismatch->hide();
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_classFilter = new QComboBox(this);
    m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classFilter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The search gets a row of its own: the dock is narrow and names need the width.
    filters->addWidget(m_classFilter, 1);
    m_errorFilter = new QComboBox(this);
    m_errorFilter->setObjectName("errorFilter");
    m_errorFilter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_errorFilter->hide();  // until an evaluation says which images have errors
    filters->addWidget(m_errorFilter, 1);
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the dataset's own order until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    // Narrow columns take their contents' width; the class counts take the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Rows tall enough for the thumbnails; column widths from the rows in view only, so that
    // only those rows ask for a thumbnail.
    m_table->setIconSize(QSize(ThumbnailCache::kSize, ThumbnailCache::kSize));
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(m_table->verticalHeader()->defaultSectionSize(), ThumbnailCache::kSize + 4));
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    auto* footer = new QHBoxLayout;
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName("datasetProblems");
    m_progress = new QProgressBar(this);
    m_progress->setFormat(QStringLiteral("%v/%m"));
    m_cancel = new QPushButton(this);
    footer->addWidget(m_problemsLabel, 1);
    footer->addWidget(m_progress);
    footer->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    m_evaluation = new EvaluationBox(this);
    m_evaluation->setImageSource([this] {
        std::vector<int64_t> listed;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            listed.push_back(m_filter->mapToSource(m_filter->index(row, 0)).row());
        return listed;
    });
    layout->addWidget(m_evaluation);

    m_openFile = new QAction(this);
    m_openFile->setShortcut(QKeySequence("Ctrl+D"));
    m_openFolder = new QAction(this);
    m_openFolder->setShortcut(QKeySequence("Ctrl+Shift+D"));
    m_shapes = new QAction(this);
    m_recent = new QMenu(this);
    connect(m_openFile, &QAction::triggered, this, &DatasetPanel::browseFile);
    connect(m_openFolder, &QAction::triggered, this, &DatasetPanel::browseFolder);
    connect(m_shapes, &QAction::triggered, this, &DatasetPanel::askShapes);
    m_openEvaluation = new QAction(this);
    m_saveEvaluation = new QAction(this);
    m_saveEvaluation->setEnabled(false);  // until there is an evaluation
    connect(m_openEvaluation, &QAction::triggered, this, &DatasetPanel::askOpenEvaluation);
    connect(m_saveEvaluation, &QAction::triggered, this, &DatasetPanel::askSaveEvaluation);

    connect(m_search, &QLineEdit::textChanged, m_filter, &DatasetFilter::setSearch);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setClassId(m_classFilter->currentData().toInt()); });
    connect(m_errorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setErrorType(m_errorFilter->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetPanel::chooseCurrent);
    connect(m_cancel, &QPushButton::clicked, m_loader, &DatasetLoader::cancel);
    connect(m_loader, &DatasetLoader::opened, this, &DatasetPanel::onOpened);
    connect(m_loader, &DatasetLoader::counted, this, [this](const DatasetCounts& counts) {
        m_model->addCounts(counts);
        m_problems << counts.problems;
        updateProblems();
        if (m_stats) {
            // A new value each time: figures being drawn keep the one they took.
            auto stats = std::make_shared<DatasetStats>(*m_stats);
            for (size_t i = 0; i < counts.stats.size(); ++i)
                stats->setImage(counts.firstImage + int64_t(i), counts.stats[i]);
            m_stats = std::move(stats);
            Q_EMIT statsChanged();
        }
    });
    connect(m_loader, &DatasetLoader::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_loader, &DatasetLoader::finished, this, &DatasetPanel::onFinished);
    connect(m_evaluation, &EvaluationBox::evaluated, this,
            [this](const DatasetEvaluationResult& r) {
                m_model->setImageAp(r.ap50ByImage);
                std::vector<int64_t> evaluated;
                if (r.evaluated)
                    for (const auto& [imageId, index] : r.evaluated->datasetIndex)
                        evaluated.push_back(index);
                m_model->setImageErrors(r.errorsByImage, evaluated);
                rebuildErrorFilter();
                m_saveEvaluation->setEnabled(true);
            });
    connect(m_evaluation, &EvaluationBox::failed, this, &DatasetPanel::failed);
    connect(m_loader, &DatasetLoader::failed, this, [this](const QString& message) {
        m_progress->hide();
        m_cancel->hide();
        Q_EMIT failed(message);
    });
    retranslate();
    rebuildRecent();
}

QList<QAction*> DatasetPanel::menuActions() const {
    return {m_openFile, m_openFolder, m_shapes};
}

std::shared_ptr<const Dataset> DatasetPanel::dataset() const {
    return m_model->dataset();
}

void DatasetPanel::openDataset(const QString& path) {
    m_progress->setRange(0, 0);  // busy until the reader is done
    m_progress->show();
    m_cancel->show();
    m_loader->open(path);
}

void DatasetPanel::browseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open dataset"), lastFolder("dataset"),
                                     tr("Dataset annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("dataset", path);
    openDataset(path);
}

void DatasetPanel::browseFolder() {
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Open dataset folder"), lastFolder("dataset"));
    if (path.isEmpty())
        return;
    rememberFolder("dataset", path);
    openDataset(path);
}

void DatasetPanel::askShapes() {
    bool ok = false;
    const QString spec = QInputDialog::getText(
        this, tr("Generate a shapes dataset"),
        tr("Images, size and seed, as shapes:COUNT[xSIZE][@SEED] (the original's synthetic "
           "squares, circles and triangles):"),
        QLineEdit::Normal, QStringLiteral("shapes:50x128@1"), &ok);
    if (ok && !spec.trimmed().isEmpty())
        openDataset(spec.trimmed());
}

void DatasetPanel::onOpened(std::shared_ptr<const Dataset> dataset, const QString& path) {
    m_path = path;
    m_problems.clear();
    for (const auto& p : dataset->problems())
        m_problems << QString::fromStdString(p);
    m_model->setDataset(dataset);
    m_table->setColumnHidden(DatasetTableModel::Id, m_model->idsRepeatNames());
    m_stats = std::make_shared<const DatasetStats>(*dataset);
    Q_EMIT statsChanged();
    m_evaluation->setDataset(std::move(dataset));
    m_saveEvaluation->setEnabled(false);
    rebuildErrorFilter();
    m_progress->setRange(0, int(m_model->rowCount()));
    m_progress->setValue(0);
    m_cancelled = false;
    rememberRecent(path);
    rebuildClassFilter();
    updateHeader();
    updateMismatch();
    updateProblems();
    Q_EMIT opened();
    if (m_pendingEvaluation && datasetSource() == m_pendingSource)
        showSavedEvaluation();
}

void DatasetPanel::onFinished(bool cancelled) {
    m_cancelled = cancelled;
    m_progress->hide();
    m_cancel->hide();
    rebuildClassFilter();  // with the instance counts
    updateHeader();
}

void DatasetPanel::setModel(std::shared_ptr<const Model> model, const RunOptions& options,
                            const QString& weightsPath) {
    m_weightsPath = weightsPath;
    m_modelNames = model ? model->config().CLASS_NAMES : std::vector<std::string>{};
    m_modelClasses = model ? int(model->config().NUM_CLASSES) : 0;
    m_evaluation->setModel(std::move(model), options);
    updateMismatch();
}

QString DatasetPanel::summaryText() const {
    return m_header->text();
}

QString DatasetPanel::mismatchText() const {
    return m_mismatch->text();
}

bool DatasetPanel::step(int delta) {
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? (current.row() + delta + rows) % rows : 0;
    m_table->setCurrentIndex(m_filter->index(row, 0));
    return true;
}

int DatasetPanel::visibleImages() const {
    return m_filter->rowCount();
}

void DatasetPanel::updateHeader() {
    const auto dataset = m_model->dataset();
    if (!dataset) {
        m_header->setText(
            tr("No dataset open. File ▸ Open dataset… reads COCO, VIA and xBD "
               "files, mask folders and generated shapes."));
        return;
    }
    const QString name = m_path.startsWith("shapes:") ? m_path : QFileInfo(m_path).fileName();
    QString text = tr("%1 (%2): %n image(s)", nullptr, int(dataset->numImages()))
                       .arg(name, QString::fromStdString(dataset->format()));
    text += tr(", %n class(es)", nullptr, int(dataset->numClasses() - 1));
    if (m_cancelled)
        text +=
            tr(" — counting stopped: the counts and the class filter cover the images "
               "counted");
    m_header->setText(text);
    m_header->setToolTip(m_path);
}

void DatasetPanel::updateMismatch() {
    const auto dataset = m_model->dataset();
    QString text;
    if (dataset && m_modelClasses > 0) {
        std::vector<std::string> names = dataset->classNames();
        if (int(names.size()) != m_modelClasses)
            text = tr("The dataset has %1 classes with BG, the model %2 (NUM_CLASSES): ground "
                      "truth is labelled with the dataset's names, predictions with the "
                      "model's, and the class ids of the two do not correspond.")
                       .arg(names.size())
                       .arg(m_modelClasses);
        else if (!m_modelNames.empty() && m_modelNames.size() == names.size()) {
            QStringList differ;
            for (size_t k = 1; k < names.size(); ++k)
                if (names[k] != m_modelNames[k])
                    differ << QStringLiteral("%1: %2 / %3")
                                  .arg(k)
                                  .arg(QString::fromStdString(names[k]),
                                       QString::fromStdString(m_modelNames[k]));
            if (!differ.isEmpty())
                text = tr("Class names differ between the dataset and the model (id: dataset "
                          "/ model): %1")
                           .arg(differ.join(QStringLiteral("; ")));
        }
    }
    m_mismatch->setText(text);
    m_mismatch->setVisible(!text.isEmpty());
}

void DatasetPanel::updateProblems() {
    if (m_problems.isEmpty()) {
        m_problemsLabel->clear();
        m_problemsLabel->setToolTip(QString());
        return;
    }
    m_problemsLabel->setText(tr("⚠ %n problem(s) in the dataset", nullptr, int(m_problems.size())));
    m_problemsLabel->setToolTip(AnnotationProblems::toolTip(QString(), m_problems));
}

void DatasetPanel::rebuildClassFilter() {
    const auto dataset = m_model->dataset();
    const int chosen = m_classFilter->currentData().toInt();
    const QSignalBlocker block(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), 0);
    if (dataset) {
        const std::vector<int> totals = m_model->totals();
        for (int64_t k = 1; k < dataset->numClasses(); ++k)
            m_classFilter->addItem(
                tr("%1 (%n instance(s))", nullptr, totals[size_t(k)])
                    .arg(QString::fromStdString(dataset->classNames()[size_t(k)])),
                int(k));
    }
    const int at = m_classFilter->findData(chosen);
    m_classFilter->setCurrentIndex(at < 0 ? 0 : at);
    m_filter->setClassId(m_classFilter->currentData().toInt());
}

void DatasetPanel::rebuildErrorFilter() {
    const int chosen = m_errorFilter->count() > 0 ? m_errorFilter->currentData().toInt() : -1;
    const QSignalBlocker block(m_errorFilter);
    m_errorFilter->clear();
    m_errorFilter->setVisible(m_model->hasEvaluation());
    if (m_model->hasEvaluation()) {
        // Image counts per choice, so an empty choice shows as such before it is picked.
        std::array<int, 7> images{};
        for (int row = 0; row < m_model->rowCount(); ++row)
            for (int type = 0; type <= DatasetTableModel::kAnyError; ++type)
                images[size_t(type)] += m_model->errorCount(row, type) > 0;
        m_errorFilter->addItem(tr("All images"), -1);
        m_errorFilter->addItem(
            tr("With errors (%n image(s))", nullptr, images[DatasetTableModel::kAnyError]),
            DatasetTableModel::kAnyError);
        for (int type = 0; type < DatasetTableModel::kAnyError; ++type)
            m_errorFilter->addItem(
                tr("With %1 errors (%n image(s))", nullptr, images[size_t(type)])
                    .arg(QString::fromLatin1(coco::kTideTypeNames[size_t(type)])),
                type);
        m_errorFilter->setToolTip(
            tr("Images by their TIDE errors in the last evaluation (masks, IoU 0.5): Cls wrong "
               "class, Loc poor overlap, Both, Dupe duplicate, Bkg background, Miss missed"));
    }
    const int at = m_errorFilter->findData(chosen);
    m_errorFilter->setCurrentIndex(at < 0 ? 0 : at);
    m_filter->setErrorType(m_errorFilter->count() > 0 ? m_errorFilter->currentData().toInt() : -1);
}

void DatasetPanel::showImage(int64_t index) {
    const auto dataset = m_model->dataset();
    if (!dataset || index < 0 || index >= dataset->numImages())
        return;
    QModelIndex row = m_filter->mapFromSource(m_model->index(int(index), 0));
    if (!row.isValid()) {  // hidden by the search or a filter: show every image
        m_search->clear();
        m_classFilter->setCurrentIndex(0);
        m_errorFilter->setCurrentIndex(0);
        row = m_filter->mapFromSource(m_model->index(int(index), 0));
    }
    if (row == m_table->currentIndex())
        chooseCurrent();  // open again: another image may have been opened since
    else
        m_table->setCurrentIndex(row);
    m_table->scrollTo(row);
}

void DatasetPanel::chooseCurrent() {
    const QModelIndex current = m_table->currentIndex();
    const auto dataset = m_model->dataset();
    if (!current.isValid() || !dataset)
        return;
    Q_EMIT imageChosen(dataset, m_filter->mapToSource(current).row());
}

QString DatasetPanel::datasetSource() const {
    if (!m_model->dataset() || m_path.isEmpty())
        return {};
    return m_path.startsWith("shapes:") ? m_path : QFileInfo(m_path).absoluteFilePath();
}

bool DatasetPanel::saveEvaluation(const QString& path, QString* error) {
    std::optional<metrics::SavedEvaluation> saved = m_evaluation->toSaved();
    if (!saved) {
        *error = tr("There is no evaluation to save: Evaluate the listed images first.");
        return false;
    }
    const auto dataset = m_model->dataset();
    saved->datasetSource = datasetSource().toStdString();
    saved->datasetFormat = dataset ? dataset->format() : std::string();
    saved->datasetImages = dataset ? dataset->numImages() : 0;
    if (m_evaluation->savedFile().isEmpty())
        saved->modelWeights = m_weightsPath.toStdString();
    try {
        metrics::saveEvaluation(path.toStdString(), *saved);
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void DatasetPanel::askSaveEvaluation() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evaluation"),
                                                      lastFolder("evaluation") + "/evaluation.json",
                                                      tr("Evaluations (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder("evaluation", path);
    QString error;
    if (!saveEvaluation(path, &error))
        Q_EMIT failed(tr("Cannot save the evaluation: %1").arg(error));
}

void DatasetPanel::askOpenEvaluation() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open evaluation"), lastFolder("evaluation"),
                                     tr("Evaluations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("evaluation", path);
    openEvaluation(path);
}

void DatasetPanel::openEvaluation(const QString& path) {
    m_openingEvaluation = true;
    const std::optional<DatasetEvaluationResult>& shown = m_evaluation->result();
    // The numbers at the minimum confidence now shown, else at the one it was saved with.
    const std::optional<double> minScore =
        shown ? std::optional<double>(shown->minScore()) : std::nullopt;
    QPointer<DatasetPanel> self(this);
    QThreadPool::globalInstance()->start([self, path, minScore] {
        std::optional<DatasetEvaluationResult> result;
        QString source, error;
        try {
            const metrics::SavedEvaluation saved = metrics::loadEvaluation(path.toStdString());
            source = QString::fromStdString(saved.datasetSource);
            result =
                DatasetEvaluationResult::fromSaved(saved, minScore.value_or(saved.minConfidence));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, path, result, source, error] {
            if (!self)
                return;
            self->onEvaluationRead(path, result, source, error);
        });
    });
}

void DatasetPanel::onEvaluationRead(const QString& path,
                                    const std::optional<DatasetEvaluationResult>& result,
                                    const QString& source, const QString& error) {
    m_openingEvaluation = false;
    if (!result) {
        Q_EMIT failed(
            tr("Cannot open the evaluation %1: %2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    m_pendingEvaluation = result;
    m_pendingFile = path;
    m_pendingSource = source;
    if (datasetSource() == source)
        showSavedEvaluation();
    else
        openDataset(source);  // shown once the dataset is listed
}

void DatasetPanel::showSavedEvaluation() {
    const DatasetEvaluationResult result = *m_pendingEvaluation;
    const QString file = m_pendingFile;
    m_pendingEvaluation.reset();
    const auto dataset = m_model->dataset();
    for (const auto& [imageId, index] : result.evaluated->datasetIndex)
        if (!dataset || index >= dataset->numImages()) {
            Q_EMIT failed(tr("Cannot open the evaluation %1: it names image %2, and %3 has %n "
                             "image(s)",
                             nullptr, dataset ? int(dataset->numImages()) : 0)
                              .arg(QFileInfo(file).fileName())
                              .arg(index)
                              .arg(m_pendingSource));
            return;
        }
    m_evaluation->showSaved(result, file);
}

void DatasetPanel::rememberRecent(const QString& path) {
    const QString entry = path.startsWith("shapes:") ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentDatasets));
    rebuildRecent();
}

void DatasetPanel::rebuildRecent() {
    m_recent->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recent->addAction(path, this, [this, path] { openDataset(path); });
    m_recent->setEnabled(!recent.isEmpty());
}

void DatasetPanel::retranslate() {
    m_openFile->setText(tr("Open &dataset…"));
    m_openFolder->setText(tr("Open dataset f&older…"));
    m_shapes->setText(tr("&Generate a shapes dataset…"));
    m_openEvaluation->setText(tr("Open e&valuation…"));
    m_openEvaluation->setToolTip(
        tr("Shows a saved evaluation without running the model, with its dataset"));
    m_saveEvaluation->setText(tr("Save evalu&ation…"));
    m_saveEvaluation->setToolTip(
        tr("Saves the evaluation: a manifest with the COCO ground "
           "truth and results beside it"));
    m_recent->setTitle(tr("Recent datasets"));
    m_search->setPlaceholderText(tr("Search file names and ids"));
    m_cancel->setText(tr("Cancel"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, DatasetTableModel::ColumnCount - 1);
    rebuildClassFilter();
    rebuildErrorFilter();
    updateHeader();
    updateMismatch();
    updateProblems();
}

void DatasetPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
