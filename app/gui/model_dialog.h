#pragma once
// Opening a model: a Keras .h5 weights file plus its configuration — inferred from the file,
// a preset, or a JSON file — with the values that matter editable (classes and their names,
// image size and resize mode, thresholds). Loading runs off the GUI thread; a file that does
// not fit the config is reported in the dialog, which stays open.

#include <QDialog>

#include <memory>

#include "config/config.h"
#include "pipeline/model.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mrcnn::gui {

class ModelDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelDialog(QWidget* parent = nullptr);

    void setWeightsPath(const QString& path);
    // The config the dialog's fields describe (throws ConfigError for an unreadable JSON file).
    Config currentConfig() const;
    std::shared_ptr<const mrcnn::Model> loadedModel() const { return m_model; }
    QString description() const;
    QString errorText() const;
    // Class names from a text file, one per line (BG first, as the original's class_names);
    // false with *error set when the file cannot be read or holds no name.
    bool loadClassNamesFile(const QString& path, QString* error);
    QStringList classNames() const;

    // Drag-and-drop path: infer the config and load, off the GUI thread.
    static std::shared_ptr<const mrcnn::Model> loadWithInferredConfig(const QString& path,
                                                                      QString* error);

public Q_SLOTS:
    void accept() override;

private:
    void browseWeights();
    void browseConfig();
    void browseClassNames();
    void sourceChanged();
    void fillFields(const Config& config);

    QLineEdit* m_weights = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_configPath = nullptr;
    QSpinBox* m_numClasses = nullptr;
    QComboBox* m_resizeMode = nullptr;
    QSpinBox* m_minDim = nullptr;
    QSpinBox* m_maxDim = nullptr;
    QDoubleSpinBox* m_minConfidence = nullptr;
    QPlainTextEdit* m_classNames = nullptr;
    QLabel* m_error = nullptr;
    std::shared_ptr<const mrcnn::Model> m_model;
};

// Loads on a worker thread while a modal busy dialog keeps the window responsive.
std::shared_ptr<const mrcnn::Model> loadModelInBackground(QWidget* parent, const QString& path,
                                                          std::optional<Config> config,
                                                          QString* error);

}  // namespace mrcnn::gui
