#include "gui/threshold_panel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace mrcnn::gui {

namespace {
constexpr int kSliderSteps = 1000;
}

ThresholdPanel::ThresholdPanel(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    setLayout(form);
    m_minConfidence = addProbability(
        tr("Min. confidence"),
        tr("DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)"));
    m_detectionNms = addProbability(tr("Detection NMS"),
                                    tr("DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold"));
    m_rpnNms = addProbability(tr("RPN NMS"), tr("RPN_NMS_THRESHOLD: the proposal layer's NMS IoU"));
    m_postNmsRois = new QSpinBox(this);
    m_postNmsRois->setRange(1, 10000);
    m_postNmsRois->setToolTip(tr("POST_NMS_ROIS_INFERENCE: proposals kept after the RPN's NMS"));
    form->addRow(tr("Proposals kept"), m_postNmsRois);
    connect(m_postNmsRois, &QSpinBox::valueChanged, this, &ThresholdPanel::schedule);
    m_maskThreshold = addProbability(tr("Mask threshold"),
                                     tr("unmold_mask: mask pixels >= this value are inside"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT optionsChanged(options()); });
}

QDoubleSpinBox* ThresholdPanel::addProbability(const QString& label, const QString& tip) {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* slider = new QSlider(Qt::Horizontal, row);
    slider->setRange(0, kSliderSteps);
    auto* spin = new QDoubleSpinBox(row);
    spin->setRange(0, 1);
    spin->setDecimals(3);
    spin->setSingleStep(0.01);
    h->addWidget(slider, 1);
    h->addWidget(spin);
    row->setToolTip(tip);
    static_cast<QFormLayout*>(layout())->addRow(label, row);
    connect(slider, &QSlider::valueChanged, spin, [spin](int v) {
        if (qRound(spin->value() * kSliderSteps) != v)
            spin->setValue(double(v) / kSliderSteps);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, slider, [this, slider](double v) {
        const QSignalBlocker block(slider);
        slider->setValue(qRound(v * kSliderSteps));
        schedule();
    });
    return spin;
}

void ThresholdPanel::schedule() {
    if (!m_silent)
        m_debounce.start();
}

void ThresholdPanel::resetTo(const Config& c) {
    m_silent = true;
    m_minConfidence->setValue(c.DETECTION_MIN_CONFIDENCE);
    m_detectionNms->setValue(c.DETECTION_NMS_THRESHOLD);
    m_rpnNms->setValue(c.RPN_NMS_THRESHOLD);
    m_postNmsRois->setValue(c.POST_NMS_ROIS_INFERENCE);
    m_maskThreshold->setValue(0.5);
    m_silent = false;
    m_debounce.stop();
}

RunOptions ThresholdPanel::options() const {
    RunOptions o;
    o.detectionMinConfidence = m_minConfidence->value();
    o.detectionNmsThreshold = m_detectionNms->value();
    o.rpnNmsThreshold = m_rpnNms->value();
    o.postNmsRoisInference = m_postNmsRois->value();
    o.maskThreshold = m_maskThreshold->value();
    return o;
}

void ThresholdPanel::setOptions(const RunOptions& o) {
    if (o.detectionMinConfidence)
        m_minConfidence->setValue(*o.detectionMinConfidence);
    if (o.detectionNmsThreshold)
        m_detectionNms->setValue(*o.detectionNmsThreshold);
    if (o.rpnNmsThreshold)
        m_rpnNms->setValue(*o.rpnNmsThreshold);
    if (o.postNmsRoisInference)
        m_postNmsRois->setValue(*o.postNmsRoisInference);
    m_maskThreshold->setValue(o.maskThreshold);
}

}  // namespace mrcnn::gui
