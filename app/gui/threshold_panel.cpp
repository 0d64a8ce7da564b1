#include "gui/threshold_panel.h"

#include <array>
#include <utility>

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

namespace mrcnn::gui {

namespace {
constexpr int kSliderSteps = 1000;
constexpr int kMinSliderWidth = 100;
}  // namespace

ThresholdPanel::ThresholdPanel(QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    // Labels beside their fields at every width; the field column takes the spare room.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setLayout(form);
    m_minConfidence = addProbability();
    m_detectionNms = addProbability();
    m_rpnNms = addProbability();
    m_postNmsRois = new QSpinBox(this);
    m_postNmsRois->setRange(1, 10000);
    addRow(m_postNmsRois);
    connect(m_postNmsRois, &QSpinBox::valueChanged, this, &ThresholdPanel::schedule);
    m_maskThreshold = addProbability();
    retranslate();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT optionsChanged(options()); });
}

void ThresholdPanel::retranslate() {
    const std::array<std::pair<QString, QString>, kRows> texts = {{
        {tr("Min. confidence"),
         tr("DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)")},
        {tr("Detection NMS"), tr("DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold")},
        {tr("RPN NMS"), tr("RPN_NMS_THRESHOLD: the proposal layer's NMS IoU")},
        {tr("Proposals kept"), tr("POST_NMS_ROIS_INFERENCE: proposals kept after the RPN's NMS")},
        {tr("Mask threshold"), tr("unmold_mask: mask pixels >= this value are inside")},
    }};
    for (int i = 0; i < kRows; ++i) {
        m_labels[i]->setText(texts[i].first);
        m_labels[i]->setToolTip(texts[i].second);
        m_fields[i]->setToolTip(texts[i].second);
    }
}

void ThresholdPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThresholdPanel::addRow(QWidget* field) {
    const int row = static_cast<int>(m_rowCount++);
    m_labels[row] = new QLabel(this);
    m_labels[row]->setBuddy(field);
    m_fields[row] = field;
    static_cast<QFormLayout*>(layout())->addRow(m_labels[row], field);
}

QDoubleSpinBox* ThresholdPanel::addProbability() {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* slider = new QSlider(Qt::Horizontal, row);
    slider->setRange(0, kSliderSteps);
    slider->setMinimumWidth(kMinSliderWidth);  // a slider shorter than this is not draggable
    auto* spin = new QDoubleSpinBox(row);
    spin->setRange(0, 1);
    spin->setDecimals(3);
    spin->setSingleStep(0.01);
    h->addWidget(slider, 1);
    h->addWidget(spin);
    addRow(row);
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
