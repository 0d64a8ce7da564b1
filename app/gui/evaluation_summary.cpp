#include "gui/evaluation_summary.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

#include "gui/table_items.h"

namespace mrcnn::gui {

EvaluationSummary::EvaluationSummary(QWidget* parent) : QWidget(parent) {
    m_text = new QLabel(this);
    m_text->setObjectName("evaluationSummaryText");
    m_text->setWordWrap(true);
    m_model = new QStandardItemModel(12, 2, this);
    m_table = new QTableView(this);
    m_table->setObjectName("evaluationTable");
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_table, 1);
    fill();
}

const QAbstractItemModel& EvaluationSummary::model() const {
    return *m_model;
}

QString EvaluationSummary::text() const {
    return m_text->text();
}

void EvaluationSummary::setContext(const EvaluationContext& context) {
    m_context = context;
    fill();
}

QStringList EvaluationSummary::statNames() {
    // COCOeval.summarize()'s twelve numbers, in its order.
    return {tr("AP @[.50:.95]"), tr("AP @.50"),  tr("AP @.75"),   tr("AP small"),
            tr("AP medium"),     tr("AP large"), tr("AR max 1"),  tr("AR max 10"),
            tr("AR max 100"),    tr("AR small"), tr("AR medium"), tr("AR large")};
}

void EvaluationSummary::fill() {
    m_model->setVerticalHeaderLabels(statNames());
    m_model->setHorizontalHeaderLabels({tr("COCO bbox"), tr("COCO segm")});
    if (!m_context.valid()) {
        m_text->clear();
        for (int k = 0; k < 12; ++k)
            for (int c = 0; c < 2; ++c)
                m_model->setItem(k, c, textItem(QString()));
        return;
    }
    const metrics::EvaluationReport& r = m_context.report();
    auto map = [](double v) {
        return std::isnan(v) ? QStringLiteral("—") : QString::number(v, 'f', 3);
    };
    m_text->setText(tr("At minimum confidence %1: %2 detections. The original's mean per-image "
                       "mAP on masks @0.5 = %3, @[.5:.95] = %4 (%5 images with ground truth).")
                        .arg(r.minScore, 0, 'f', 2)
                        .arg(r.detections.size())
                        .arg(map(r.map.mAP50), map(r.map.mAP50_95))
                        .arg(r.map.imageIds.size()));
    for (int k = 0; k < 12; ++k) {
        m_model->setItem(k, 0, numberItem(r.stats[metrics::kBbox][size_t(k)]));
        m_model->setItem(k, 1, numberItem(r.stats[metrics::kSegm][size_t(k)]));
    }
}

void EvaluationSummary::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
