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
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

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
    filters->addWidget(m_search, 1);
    filters->addWidget(m_classFilter);
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

    connect(m_search, &QLineEdit::textChanged, m_filter, &DatasetFilter::setSearch);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setClassId(m_classFilter->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetPanel::chooseCurrent);
    connect(m_cancel, &QPushButton::clicked, m_loader, &DatasetLoader::cancel);
    connect(m_loader, &DatasetLoader::opened, this, &DatasetPanel::onOpened);
    connect(m_loader, &DatasetLoader::counted, this, [this](const DatasetCounts& counts) {
        m_model->addCounts(counts);
        m_problems << counts.problems;
        updateProblems();
    });
    connect(m_loader, &DatasetLoader::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_loader, &DatasetLoader::finished, this, &DatasetPanel::onFinished);
    connect(m_evaluation, &EvaluationBox::evaluated, this,
            [this](const DatasetEvaluationResult& r) { m_model->setImageAp(r.ap50ByImage); });
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
    m_evaluation->setDataset(std::move(dataset));
    m_progress->setRange(0, int(m_model->rowCount()));
    m_progress->setValue(0);
    m_cancelled = false;
    rememberRecent(path);
    rebuildClassFilter();
    updateHeader();
    updateMismatch();
    updateProblems();
    Q_EMIT opened();
}

void DatasetPanel::onFinished(bool cancelled) {
    m_cancelled = cancelled;
    m_progress->hide();
    m_cancel->hide();
    rebuildClassFilter();  // with the instance counts
    updateHeader();
}

void DatasetPanel::setModel(std::shared_ptr<const Model> model, const RunOptions& options) {
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

void DatasetPanel::chooseCurrent() {
    const QModelIndex current = m_table->currentIndex();
    const auto dataset = m_model->dataset();
    if (!current.isValid() || !dataset)
        return;
    Q_EMIT imageChosen(dataset, m_filter->mapToSource(current).row());
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
    m_recent->setTitle(tr("Recent datasets"));
    m_search->setPlaceholderText(tr("Search file names and ids"));
    m_cancel->setText(tr("Cancel"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, DatasetTableModel::ColumnCount - 1);
    rebuildClassFilter();
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
