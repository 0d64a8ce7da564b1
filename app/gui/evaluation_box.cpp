#include "gui/evaluation_box.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace mrcnn::gui {

namespace {
QString number(double v) {
    return std::isnan(v) ? QStringLiteral("—") : QString::number(v, 'f', 3);
}
}  // namespace

EvaluationBox::EvaluationBox(QWidget* parent) : QWidget(parent) {
    m_evaluation = new DatasetEvaluation(this);
    m_refilter = new EvaluationRefilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_evaluate = new QPushButton(this);
    m_evaluate->setObjectName("evaluate");
    m_progress = new QProgressBar(this);
    m_progress->setFormat(QStringLiteral("%v/%m"));
    m_cancel = new QPushButton(this);
    row->addWidget(m_evaluate);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName("evaluationStatus");
    m_status->setWordWrap(true);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_evaluate, &QPushButton::clicked, this, &EvaluationBox::evaluate);
    connect(m_cancel, &QPushButton::clicked, m_evaluation, &DatasetEvaluation::cancel);
    connect(m_evaluation, &DatasetEvaluation::progress, this, &EvaluationBox::onProgress);
    connect(m_evaluation, &DatasetEvaluation::finished, this, &EvaluationBox::onFinished);
    connect(m_evaluation, &DatasetEvaluation::cancelled, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_evaluate->setEnabled(true);
        m_status->setText(tr("The evaluation was cancelled."));
    });
    connect(m_refilter, &EvaluationRefilter::ready, this,
            [this](std::shared_ptr<const metrics::EvaluationReport> report) {
                if (!m_result)
                    return;
                m_result->setReport(std::move(report));
                showResult();
                Q_EMIT evaluated(*m_result);
            });
    connect(m_refilter, &EvaluationRefilter::failed, this, [this](const QString& message) {
        m_status->setText(tr("The numbers at the new minimum confidence failed: %1").arg(message));
        Q_EMIT failed(m_status->text());
    });
    connect(m_evaluation, &DatasetEvaluation::failed, this, [this](const QString& message) {
        m_progress->hide();
        m_cancel->hide();
        m_evaluate->setEnabled(true);
        m_status->setText(message);
        Q_EMIT failed(message);
    });
    retranslate();
}

void EvaluationBox::setModel(std::shared_ptr<const Model> model, const RunOptions& options) {
    m_model = std::move(model);
    m_options = options;
    if (m_result && !m_savedFile.isEmpty()) {
        if (m_model)
            refilterIfNeeded();
    } else if (m_result && !m_stale) {
        // The minimum confidence alone re-filters; anything else needs the model again.
        RunOptions sameConfidence = m_options;
        sameConfidence.detectionMinConfidence = m_evaluatedOptions.detectionMinConfidence;
        m_stale = m_model != m_evaluatedModel ||
                  m_model->firstAffectedStage(m_evaluatedOptions, sameConfidence).has_value();
        if (!m_stale)
            refilterIfNeeded();
    }
    showResult();
}

void EvaluationBox::refilterIfNeeded() {
    const double minScore = minConfidenceOf(*m_model, m_options);
    if (minScore != m_result->minScore() || m_refilter->busy())
        m_refilter->request(m_result->evaluated, minScore);
}

void EvaluationBox::setDataset(std::shared_ptr<const Dataset> dataset) {
    m_evaluation->cancel();
    m_refilter->forget();
    m_dataset = std::move(dataset);
    m_result.reset();
    m_savedFile.clear();
    m_stale = false;
    showResult();
}

std::optional<metrics::SavedEvaluation> EvaluationBox::toSaved() const {
    if (!m_result || !m_result->evaluated)
        return std::nullopt;
    const DatasetEvaluationResult& r = *m_result;
    metrics::SavedEvaluation e;
    e.minConfidence = r.minScore();
    e.seconds = r.seconds;
    for (const QString& line : r.unreadable)
        e.unreadable.push_back(line.toStdString());
    e.datasetIndex = r.evaluated->datasetIndex;
    e.groundTruth = r.evaluated->groundTruth;
    e.detections = r.evaluated->detections;
    e.resultsHaveMasks = r.evaluated->resultsHaveMasks;
    if (m_evaluatedModel) {
        // The thresholds the model ran with, whether the window or the config set them.
        const Config& c = m_evaluatedModel->config();
        const RunOptions& o = m_evaluatedOptions;
        e.modelName = c.NAME.value_or(std::string());
        e.thresholds =
            QStringLiteral(
                "{\"DETECTION_NMS_THRESHOLD\": %1, \"RPN_NMS_THRESHOLD\": %2, "
                "\"POST_NMS_ROIS_INFERENCE\": %3, \"DETECTION_MAX_INSTANCES\": %4, "
                "\"MASK_THRESHOLD\": %5}")
                .arg(o.detectionNmsThreshold.value_or(c.DETECTION_NMS_THRESHOLD), 0, 'g', 17)
                .arg(o.rpnNmsThreshold.value_or(c.RPN_NMS_THRESHOLD), 0, 'g', 17)
                .arg(o.postNmsRoisInference.value_or(int(c.POST_NMS_ROIS_INFERENCE)))
                .arg(c.DETECTION_MAX_INSTANCES)
                .arg(o.maskThreshold, 0, 'g', 17)
                .toStdString();
    }
    return e;
}

void EvaluationBox::showSaved(const DatasetEvaluationResult& result, const QString& file) {
    m_evaluation->cancel();
    m_refilter->forget();
    m_result = result;
    m_savedFile = file;
    m_stale = false;
    m_evaluatedModel.reset();
    if (m_model)
        refilterIfNeeded();  // at the window's minimum confidence
    showResult();
    Q_EMIT evaluated(*m_result);
}

void EvaluationBox::setImageSource(std::function<std::vector<int64_t>()> listed) {
    m_listed = std::move(listed);
}

QString EvaluationBox::statusText() const {
    return m_status->text();
}

void EvaluationBox::evaluate() {
    if (!m_model || !m_dataset || !m_listed)
        return;
    std::vector<int64_t> indices = m_listed();
    if (indices.empty()) {
        m_status->setText(tr("No image is listed: clear the search or the class filter."));
        return;
    }
    m_refilter->forget();
    m_savedFile.clear();
    m_evaluatedModel = m_model;
    m_evaluatedOptions = m_options;
    m_progress->setRange(0, int(indices.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_evaluate->setEnabled(false);
    m_status->setText(tr("Evaluating %n image(s)…", nullptr, int(indices.size())));
    m_evaluation->start(m_model, m_dataset, std::move(indices), m_options);
}

void EvaluationBox::onProgress(int done, int total, double seconds) {
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    const double perSecond = seconds > 0 ? done / seconds : 0;
    const double left = perSecond > 0 ? (total - done) / perSecond : 0;
    m_status->setText(tr("Evaluating: %1 of %2 images, %3 images/s, about %4 s left")
                          .arg(done)
                          .arg(total)
                          .arg(perSecond, 0, 'f', 1)
                          .arg(std::ceil(left), 0, 'f', 0));
}

void EvaluationBox::onFinished(const DatasetEvaluationResult& result) {
    m_progress->hide();
    m_cancel->hide();
    m_evaluate->setEnabled(true);
    m_result = result;
    m_stale = false;
    // The thresholds may have moved while the model ran.
    setModel(m_model, m_options);
    Q_EMIT evaluated(result);
}

void EvaluationBox::showResult() {
    if (!m_result) {
        if (!m_evaluation->busy())
            m_status->clear();
        return;
    }
    const DatasetEvaluationResult& r = *m_result;
    QString text = tr("%1 images in %2 s (%3 with ground truth), %4 detections at minimum "
                      "confidence %7. The original's mean per-image mAP @0.5 = %5, "
                      "@[.5:.95] = %6.")
                       .arg(r.images)
                       .arg(r.seconds, 0, 'f', 1)
                       .arg(r.imagesWithGroundTruth)
                       .arg(r.detections)
                       .arg(number(r.mAP50))
                       .arg(number(r.mAP50_95))
                       .arg(r.minScore(), 0, 'f', 2);
    if (!r.unreadable.isEmpty())
        text += " " + tr("%n unreadable image(s) left out.", nullptr, int(r.unreadable.size()));
    if (!m_savedFile.isEmpty())
        text = tr("Opened from %1: ").arg(QFileInfo(m_savedFile).fileName()) + text;
    if (m_stale)
        text += " " + tr("Stale: the model or a threshold other than the minimum confidence "
                         "changed since; Evaluate again.");
    m_status->setText(text);
    m_status->setToolTip(r.unreadable.join('\n'));
}

void EvaluationBox::retranslate() {
    m_evaluate->setText(tr("Evaluate the listed images"));
    m_evaluate->setToolTip(
        tr("Runs the model with the window's thresholds on every image the list shows and "
           "computes the numbers of mrcnn eval. Detections are kept down to confidence 0: "
           "the minimum confidence in Thresholds then recomputes every number at once."));
    m_cancel->setText(tr("Cancel"));
    showResult();
}

void EvaluationBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
