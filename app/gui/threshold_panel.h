#pragma once
// Live thresholds: DETECTION_MIN_CONFIDENCE, DETECTION_NMS_THRESHOLD, RPN_NMS_THRESHOLD,
// POST_NMS_ROIS_INFERENCE and the mask threshold. A change is sent once the user pauses, so
// dragging a slider does not queue a run per pixel.

#include <QTimer>
#include <QWidget>

#include "config/config.h"
#include "pipeline/run_options.h"

class QDoubleSpinBox;
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

Q_SIGNALS:
    void optionsChanged(const mrcnn::RunOptions& options);

private:
    QDoubleSpinBox* addProbability(const QString& label, const QString& tip);
    void schedule();

    QDoubleSpinBox* m_minConfidence = nullptr;
    QDoubleSpinBox* m_detectionNms = nullptr;
    QDoubleSpinBox* m_rpnNms = nullptr;
    QSpinBox* m_postNmsRois = nullptr;
    QDoubleSpinBox* m_maskThreshold = nullptr;
    QTimer m_debounce;
    bool m_silent = false;
};

}  // namespace mrcnn::gui
