#pragma once
// Live thresholds: DETECTION_MIN_CONFIDENCE, DETECTION_NMS_THRESHOLD, RPN_NMS_THRESHOLD,
// POST_NMS_ROIS_INFERENCE and the mask threshold. A change is sent once the user pauses, so
// dragging a slider does not queue a run per pixel.

#include <QTimer>
#include <QWidget>

#include <array>

#include "config/config.h"
#include "pipeline/run_options.h"

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace mrcnn::gui {

class ThresholdPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdPanel(QWidget* parent = nullptr);

    // Shows the config's values as the starting point (no signal).
    void resetTo(const Config& config);
    RunOptions options() const;
    void setOptions(const RunOptions& options);  // programmatic (tests); emits after the pause

    QDoubleSpinBox* minConfidence() const { return m_minConfidence; }
    QDoubleSpinBox* detectionNms() const { return m_detectionNms; }
    QDoubleSpinBox* rpnNms() const { return m_rpnNms; }
    QSpinBox* postNmsRois() const { return m_postNmsRois; }
    QDoubleSpinBox* maskThreshold() const { return m_maskThreshold; }

    // The row labels, in order: min. confidence, detection NMS, RPN NMS, proposals, mask.
    static constexpr int kRows = 5;
    const std::array<QLabel*, kRows>& labels() const { return m_labels; }

Q_SIGNALS:
    void optionsChanged(const mrcnn::RunOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    QDoubleSpinBox* addProbability();
    void addRow(QWidget* field);
    void retranslate();
    void schedule();

    std::array<QLabel*, kRows> m_labels{};
    std::array<QWidget*, kRows> m_fields{};
    size_t m_rowCount = 0;

    QDoubleSpinBox* m_minConfidence = nullptr;
    QDoubleSpinBox* m_detectionNms = nullptr;
    QDoubleSpinBox* m_rpnNms = nullptr;
    QSpinBox* m_postNmsRois = nullptr;
    QDoubleSpinBox* m_maskThreshold = nullptr;
    QTimer m_debounce;
    bool m_silent = false;
};

}  // namespace mrcnn::gui
