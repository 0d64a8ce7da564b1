#include "gui/model_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

namespace mrcnn::gui {

namespace {
enum Source { Inferred, PresetBase };  // presets follow in presetNames() order, then JSON
}

std::shared_ptr<const mrcnn::Model> loadModelInBackground(QWidget* parent, const QString& path,
                                                          std::optional<Config> config,
                                                          QString* error) {
    struct Result {
        std::shared_ptr<const mrcnn::Model> model;
        QString error;
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, config]() -> Result {
        try {
            return {std::make_shared<const mrcnn::Model>(
                        mrcnn::Model::load(path.toStdString(), config)),
                    {}};
        } catch (const std::exception& e) {
            return {nullptr, QString::fromStdString(e.what())};
        }
    }));
    QProgressDialog busy(QObject::tr("Loading %1…").arg(QFileInfo(path).fileName()), QString(), 0,
                         0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    if (!watcher.isFinished())
        loop.exec();
    Result r = watcher.result();
    if (error)
        *error = r.error;
    return r.model;
}

std::shared_ptr<const mrcnn::Model> ModelDialog::loadWithInferredConfig(const QString& path,
                                                                        QString* error) {
    return loadModelInBackground(nullptr, path, std::nullopt, error);
}

ModelDialog::ModelDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Open model"));
    auto* form = new QFormLayout(this);
    auto fileRow = [this](QLineEdit*& edit, void (ModelDialog::*browse)()) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        auto* b = new QPushButton(tr("Browse…"), row);
        h->addWidget(edit, 1);
        h->addWidget(b);
        connect(b, &QPushButton::clicked, this, browse);
        return row;
    };
    form->addRow(tr("Weights (.h5)"), fileRow(m_weights, &ModelDialog::browseWeights));
    m_source = new QComboBox(this);
    m_source->addItem(tr("Inferred from the weights file"));
    for (const auto& name : presetNames())
        m_source->addItem(tr("Preset: %1").arg(QString::fromStdString(name)));
    m_source->addItem(tr("JSON file"));
    form->addRow(tr("Configuration"), m_source);
    form->addRow(tr("Config file"), fileRow(m_configPath, &ModelDialog::browseConfig));
    m_numClasses = new QSpinBox(this);
    m_numClasses->setRange(2, 100000);
    form->addRow(tr("NUM_CLASSES (with background)"), m_numClasses);
    m_resizeMode = new QComboBox(this);
    m_resizeMode->addItems({"square", "pad64", "none", "crop"});
    form->addRow(tr("IMAGE_RESIZE_MODE"), m_resizeMode);
    m_minDim = new QSpinBox(this);
    m_minDim->setRange(0, 8192);
    form->addRow(tr("IMAGE_MIN_DIM"), m_minDim);
    m_maxDim = new QSpinBox(this);
    m_maxDim->setRange(0, 8192);
    m_maxDim->setSingleStep(64);
    form->addRow(tr("IMAGE_MAX_DIM"), m_maxDim);
    m_minConfidence = new QDoubleSpinBox(this);
    m_minConfidence->setRange(0, 1);
    m_minConfidence->setDecimals(3);
    form->addRow(tr("DETECTION_MIN_CONFIDENCE"), m_minConfidence);
    m_classNames = new QPlainTextEdit(this);
    m_classNames->setPlaceholderText(tr("One class name per line, BG first (optional)"));
    m_classNames->setMaximumHeight(120);
    auto* namesColumn = new QVBoxLayout;
    namesColumn->addWidget(m_classNames);
    auto* namesFile = new QPushButton(tr("Load from a text file…"), this);
    connect(namesFile, &QPushButton::clicked, this, &ModelDialog::browseClassNames);
    namesColumn->addWidget(namesFile);
    form->addRow(tr("Class names"), namesColumn);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet("color: #b00020");
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ModelDialog::sourceChanged);
    fillFields(presetConfig("coco"));
    sourceChanged();
}

void ModelDialog::setWeightsPath(const QString& path) {
    m_weights->setText(path);
    sourceChanged();
}

void ModelDialog::browseWeights() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open weights"), QString(),
                                                tr("Keras weights (*.h5 *.hdf5);;All files (*)"));
    if (!path.isEmpty())
        setWeightsPath(path);
}

void ModelDialog::browseConfig() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open config"), QString(),
                                                tr("Config (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_configPath->setText(path);
    m_source->setCurrentIndex(m_source->count() - 1);
    sourceChanged();
}

void ModelDialog::fillFields(const Config& c) {
    m_numClasses->setValue(c.NUM_CLASSES);
    m_resizeMode->setCurrentText(QString::fromStdString(c.IMAGE_RESIZE_MODE));
    m_minDim->setValue(c.IMAGE_MIN_DIM);
    m_maxDim->setValue(c.IMAGE_MAX_DIM);
    m_minConfidence->setValue(c.DETECTION_MIN_CONFIDENCE);
    QStringList names;
    for (const auto& n : c.CLASS_NAMES)
        names << QString::fromStdString(n);
    m_classNames->setPlainText(names.join('\n'));
}

void ModelDialog::sourceChanged() {
    m_error->clear();
    m_configPath->setEnabled(m_source->currentIndex() == m_source->count() - 1);
    try {
        fillFields(currentConfig());
    } catch (const std::exception& e) {
        m_error->setText(QString::fromStdString(e.what()));
    }
}

Config ModelDialog::currentConfig() const {
    const int index = m_source->currentIndex();
    const auto presets = presetNames();
    if (index == 0) {
        Config base = presetConfig("base");
        if (m_weights->text().isEmpty())
            return base;
        return inferConfigFromWeights(readKerasWeights(m_weights->text().toStdString()), base);
    }
    if (index - 1 < static_cast<int>(presets.size()))
        return presetConfig(presets[index - 1]);
    return loadConfigFile(m_configPath->text().toStdString());
}

QString ModelDialog::description() const {
    return QFileInfo(m_weights->text()).fileName();
}
QString ModelDialog::errorText() const {
    return m_error->text();
}

void ModelDialog::accept() {
    m_error->clear();
    if (m_weights->text().isEmpty()) {
        m_error->setText(tr("Choose a weights file."));
        return;
    }
    Config config;
    try {
        config = currentConfig();
        config.GPU_COUNT = 1;
        config.IMAGES_PER_GPU = 1;
        config.NUM_CLASSES = m_numClasses->value();
        config.IMAGE_RESIZE_MODE = m_resizeMode->currentText().toStdString();
        config.IMAGE_MIN_DIM = m_minDim->value();
        config.IMAGE_MAX_DIM = m_maxDim->value();
        config.DETECTION_MIN_CONFIDENCE = m_minConfidence->value();
        config.CLASS_NAMES.clear();
        for (const QString& line : m_classNames->toPlainText().split('\n', Qt::SkipEmptyParts))
            config.CLASS_NAMES.push_back(line.trimmed().toStdString());
        config.validate();
    } catch (const std::exception& e) {
        m_error->setText(QString::fromStdString(e.what()));
        return;
    }
    QString error;
    m_model = loadModelInBackground(this, m_weights->text(), config, &error);
    if (!m_model) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

}  // namespace mrcnn::gui

namespace mrcnn::gui {

bool ModelDialog::loadClassNamesFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    QStringList names;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            names << line;
    }
    if (names.isEmpty()) {
        if (error)
            *error = tr("%1 holds no class name").arg(QFileInfo(path).fileName());
        return false;
    }
    // The original's class_names start with BG; a list without it gets it, so ids line up.
    if (names.first().compare("BG", Qt::CaseInsensitive) != 0)
        names.prepend("BG");
    m_classNames->setPlainText(names.join('\n'));
    return true;
}

QStringList ModelDialog::classNames() const {
    QStringList names;
    for (const QString& line : m_classNames->toPlainText().split('\n', Qt::SkipEmptyParts))
        names << line.trimmed();
    return names;
}

void ModelDialog::browseClassNames() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Class names"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadClassNamesFile(path, &error))
        m_error->setText(error);
}

}  // namespace mrcnn::gui
