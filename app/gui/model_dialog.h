#pragma once
// Opening a model: a Keras .h5 weights file plus its configuration — inferred from the file,
// a preset, or a JSON file — with the values that matter editable (classes and their names,
// image size and resize mode, anchors, thresholds). "Inferred" resolves as `--config auto`
// does (the file's own config, a JSON beside it, or its layers) and marks each field whose
// value had to be guessed. Loading runs off the GUI thread; a file that does not fit the
// config is reported in the dialog, which stays open.

#include <QDialog>

#include <map>
#include <memory>
#include <optional>

#include "config/config.h"
#include "pipeline/model.h"
#include "weights/config_resolution.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
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
    QString weightsPath() const;
    QString errorText() const;
    // Class names from a text file, one per line (BG first, as the original's class_names);
    // false with *error set when the file cannot be read or holds no name.
    bool loadClassNamesFile(const QString& path, QString* error);
    QStringList classNames() const;
    // How "Inferred" resolved the current weights file; empty before a file was read or for
    // another source.
    const std::optional<ConfigResolution>& resolution() const { return m_resolution; }

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
    void weightsEdited();
    void fillFields(const Config& config);
    // Marks the fields whose values were guessed and says where the config came from.
    void showResolution();
    QWidget* addField(QFormLayout* form, const QString& field, QWidget* widget);

    QLineEdit* m_weights = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_configPath = nullptr;
    QSpinBox* m_numClasses = nullptr;
    QComboBox* m_resizeMode = nullptr;
    QSpinBox* m_minDim = nullptr;
    QSpinBox* m_maxDim = nullptr;
    QLineEdit* m_anchorScales = nullptr;
    QDoubleSpinBox* m_minConfidence = nullptr;
    QPlainTextEdit* m_classNames = nullptr;
    QLabel* m_sourceInfo = nullptr;
    QLabel* m_error = nullptr;
    std::map<QString, std::pair<QLabel*, QWidget*>> m_fieldRows;  // config field → label, editor
    std::optional<ConfigResolution> m_resolution;
    QString m_filledFrom;           // the weights path the fields were last filled from
    bool m_confirmGuesses = false;  // a typed path brought guesses the user has not seen yet
    std::shared_ptr<const mrcnn::Model> m_model;
};

// Loads on a worker thread while a modal busy dialog keeps the window responsive.
std::shared_ptr<const mrcnn::Model> loadModelInBackground(QWidget* parent, const QString& path,
                                                          std::optional<Config> config,
                                                          QString* error);

}  // namespace mrcnn::gui
