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
#include <QRegularExpression>
#include <QSpinBox>
#include <QTextStream>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "gui/last_folders.h"
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
    m_weights->setObjectName("weightsPath");
    m_source = new QComboBox(this);
    m_source->addItem(tr("Inferred from the weights file"));
    for (const auto& name : presetNames())
        m_source->addItem(tr("Preset: %1").arg(QString::fromStdString(name)));
    m_source->addItem(tr("JSON file"));
    form->addRow(tr("Configuration"), m_source);
    form->addRow(tr("Config file"), fileRow(m_configPath, &ModelDialog::browseConfig));
    m_configPath->setObjectName("configPath");
    m_source->setObjectName("configChoice");
    m_sourceInfo = new QLabel(this);
    m_sourceInfo->setObjectName("configSource");
    m_sourceInfo->setWordWrap(true);
    form->addRow(m_sourceInfo);
    m_numClasses = new QSpinBox(this);
    m_numClasses->setRange(2, 100000);
    addField(form, "NUM_CLASSES", m_numClasses);
    m_resizeMode = new QComboBox(this);
    m_resizeMode->addItems({"square", "pad64", "none", "crop"});
    addField(form, "IMAGE_RESIZE_MODE", m_resizeMode);
    m_minDim = new QSpinBox(this);
    m_minDim->setRange(0, 8192);
    addField(form, "IMAGE_MIN_DIM", m_minDim);
    m_maxDim = new QSpinBox(this);
    m_maxDim->setRange(0, 8192);
    m_maxDim->setSingleStep(64);
    addField(form, "IMAGE_MAX_DIM", m_maxDim);
    m_anchorScales = new QLineEdit(this);
    m_anchorScales->setPlaceholderText(tr("Five sizes in pixels, e.g. 32, 64, 128, 256, 512"));
    addField(form, "RPN_ANCHOR_SCALES", m_anchorScales);
    m_minConfidence = new QDoubleSpinBox(this);
    m_minConfidence->setRange(0, 1);
    m_minConfidence->setDecimals(3);
    addField(form, "DETECTION_MIN_CONFIDENCE", m_minConfidence);
    m_classNames = new QPlainTextEdit(this);
    m_classNames->setPlaceholderText(tr("One class name per line, BG first (optional)"));
    m_classNames->setMaximumHeight(120);
    auto* namesColumn = new QWidget(this);
    auto* namesLayout = new QVBoxLayout(namesColumn);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    namesLayout->addWidget(m_classNames);
    auto* namesFile = new QPushButton(tr("Load from a text file…"), namesColumn);
    connect(namesFile, &QPushButton::clicked, this, &ModelDialog::browseClassNames);
    namesLayout->addWidget(namesFile);
    addField(form, "CLASS_NAMES", namesColumn);
    m_fieldRows["CLASS_NAMES"].second = m_classNames;  // the tooltip belongs on the names
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet("color: #b00020");
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ModelDialog::sourceChanged);
    // A typed or pasted path is read like a browsed one, once the edit is done.
    connect(m_weights, &QLineEdit::editingFinished, this, &ModelDialog::weightsEdited);
    // The same for a typed config path: its values fill the fields that Open then reads.
    connect(m_configPath, &QLineEdit::editingFinished, this, &ModelDialog::sourceChanged);
    fillFields(presetConfig("coco"));
    sourceChanged();
}

QWidget* ModelDialog::addField(QFormLayout* form, const QString& field, QWidget* widget) {
    auto* label = new QLabel(field, this);
    label->setObjectName("label_" + field);
    widget->setObjectName("field_" + field);
    label->setBuddy(widget);
    form->addRow(label, widget);
    m_fieldRows[field] = {label, widget};
    return widget;
}

void ModelDialog::setWeightsPath(const QString& path) {
    m_weights->setText(path);
    sourceChanged();
}

void ModelDialog::weightsEdited() {
    if (m_weights->text() == m_filledFrom)
        return;
    sourceChanged();
    // Return in the path field also presses Open: guesses must be seen before anything loads.
    m_confirmGuesses = m_resolution && !m_resolution->guessed.empty();
}

void ModelDialog::browseWeights() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open weights"), lastFolder("model"),
                                                tr("Keras weights (*.h5 *.hdf5);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("model", path);
    setWeightsPath(path);
}

void ModelDialog::browseConfig() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open config"), lastFolder("model"),
                                                tr("Config (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder("model", path);
    m_configPath->setText(path);
    m_source->setCurrentIndex(m_source->count() - 1);
    sourceChanged();
}

void ModelDialog::fillFields(const Config& c) {
    m_numClasses->setValue(c.NUM_CLASSES);
    m_resizeMode->setCurrentText(QString::fromStdString(c.IMAGE_RESIZE_MODE));
    m_minDim->setValue(c.IMAGE_MIN_DIM);
    m_maxDim->setValue(c.IMAGE_MAX_DIM);
    QStringList scales;
    for (double s : c.RPN_ANCHOR_SCALES)
        scales << QString::number(s);
    m_anchorScales->setText(scales.join(", "));
    m_minConfidence->setValue(c.DETECTION_MIN_CONFIDENCE);
    QStringList names;
    for (const auto& n : c.CLASS_NAMES)
        names << QString::fromStdString(n);
    m_classNames->setPlainText(names.join('\n'));
}

void ModelDialog::sourceChanged() {
    m_error->clear();
    m_resolution.reset();
    m_confirmGuesses = false;
    m_filledFrom = m_weights->text();
    m_configPath->setEnabled(m_source->currentIndex() == m_source->count() - 1);
    try {
        if (m_source->currentIndex() == Inferred && !m_weights->text().isEmpty()) {
            const std::string path = m_weights->text().toStdString();
            m_resolution = resolveWeightsConfig(path, readKerasWeights(path), presetConfig("base"));
        }
        fillFields(currentConfig());
    } catch (const std::exception& e) {
        m_error->setText(QString::fromStdString(e.what()));
    }
    showResolution();
}

void ModelDialog::showResolution() {
    QStringList others;  // guesses without a field in the dialog
    for (auto& [field, row] : m_fieldRows) {
        auto& [label, widget] = row;
        const GuessedField* guess = nullptr;
        if (m_resolution)
            for (const auto& g : m_resolution->guessed)
                if (QString::fromStdString(g.field) == field)
                    guess = &g;
        label->setText(guess ? tr("%1 ⚠ guessed").arg(field) : field);
        label->setStyleSheet(guess ? "color: #a05a00; font-weight: bold" : "");
        QString tip;
        if (guess && m_resolution->source == ConfigSource::Inferred)
            tip = tr("Guessed: %1 does not store %2 and no config JSON lies beside it; %3 is the "
                     "base configuration's value. Check it before loading.")
                      .arg(QFileInfo(m_weights->text()).fileName(), field,
                           QString::fromStdString(guess->value));
        else if (guess)
            tip = tr("Guessed: the configuration in %1 does not set %2; %3 is the default "
                     "value. Check it before loading.")
                      .arg(QFileInfo(QString::fromStdString(m_resolution->origin)).fileName(),
                           field, QString::fromStdString(guess->value));
        label->setToolTip(tip);
        widget->setToolTip(tip);
    }
    if (m_resolution)
        for (const auto& g : m_resolution->guessed)
            if (!m_fieldRows.count(QString::fromStdString(g.field)))
                others << QString::fromStdString(g.field + " = " + g.value);
    if (!m_resolution) {
        m_sourceInfo->clear();
        return;
    }
    const QString file = QFileInfo(m_weights->text()).fileName();
    QString text;
    switch (m_resolution->source) {
        case ConfigSource::WeightsAttribute:
            text = tr("Configuration stored in %1.").arg(file);
            break;
        case ConfigSource::SidecarJson:
            text = tr("Configuration read from %1 beside the weights.")
                       .arg(QFileInfo(QString::fromStdString(m_resolution->origin)).fileName());
            break;
        case ConfigSource::Inferred:
            text = tr("%1 carries no configuration and no config JSON lies beside it: sizes were "
                      "read from its layers, the fields marked ⚠ were guessed.")
                       .arg(file);
            break;
    }
    if (!others.isEmpty())
        text += " " + tr("Also guessed (use a preset or a JSON file to change them): %1")
                          .arg(others.join(", "));
    m_sourceInfo->setText(text);
}

Config ModelDialog::currentConfig() const {
    const int index = m_source->currentIndex();
    const auto presets = presetNames();
    if (index == Inferred) {
        if (m_weights->text().isEmpty())
            return presetConfig("base");
        if (m_resolution && m_filledFrom == m_weights->text())
            return m_resolution->config;
        const std::string path = m_weights->text().toStdString();
        return resolveWeightsConfig(path, readKerasWeights(path), presetConfig("base")).config;
    }
    if (index - 1 < static_cast<int>(presets.size()))
        return presetConfig(presets[index - 1]);
    return loadConfigFile(m_configPath->text().toStdString());
}

QString ModelDialog::weightsPath() const {
    return m_weights->text();
}

QString ModelDialog::description() const {
    return QFileInfo(m_weights->text()).fileName();
}
QString ModelDialog::errorText() const {
    return m_error->text();
}

void ModelDialog::accept() {
    if (m_weights->text().isEmpty()) {
        m_error->setText(tr("Choose a weights file."));
        return;
    }
    if (m_source->currentIndex() == Inferred && m_filledFrom != m_weights->text()) {
        // The path changed without the fields following it: fill them now.
        sourceChanged();
        if (!m_error->text().isEmpty())
            return;
        m_confirmGuesses = m_resolution && !m_resolution->guessed.empty();
    }
    if (m_confirmGuesses) {
        // The fields were filled by this very key press: show the guesses before a load.
        m_confirmGuesses = false;
        m_error->setText(
            tr("Some values were guessed (marked ⚠): check them, then press Open again."));
        return;
    }
    m_error->clear();
    Config config;
    try {
        config = currentConfig();
        config.GPU_COUNT = 1;
        config.IMAGES_PER_GPU = 1;
        config.NUM_CLASSES = m_numClasses->value();
        config.IMAGE_RESIZE_MODE = m_resizeMode->currentText().toStdString();
        config.IMAGE_MIN_DIM = m_minDim->value();
        config.IMAGE_MAX_DIM = m_maxDim->value();
        config.RPN_ANCHOR_SCALES.clear();
        for (const QString& item :
             m_anchorScales->text().split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double scale = item.toDouble(&ok);
            if (!ok || scale <= 0)
                throw ConfigError(tr("RPN_ANCHOR_SCALES: \"%1\" is not a positive number")
                                      .arg(item)
                                      .toStdString());
            config.RPN_ANCHOR_SCALES.push_back(scale);
        }
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Class names"), lastFolder("model"),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadClassNamesFile(path, &error))
        m_error->setText(error);
}

}  // namespace mrcnn::gui
