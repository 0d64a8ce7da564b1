#include "gui/pr_curves_view.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <cmath>

#include "charts/charts.h"

namespace mrcnn::gui {

PrCurvesView::PrCurvesView(QWidget* parent) : QWidget(parent) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_iouType = new QComboBox(this);
    m_iouType->setObjectName("prIouType");
    m_threshold = new QComboBox(this);
    m_threshold->setObjectName("prIouThreshold");
    for (int t = 0; t < 10; ++t)
        m_threshold->addItem(QStringLiteral("IoU %1").arg(0.5 + 0.05 * t, 0, 'f', 2));
    m_class = new QComboBox(this);
    m_class->setObjectName("prClass");
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_iouType);
    row->addWidget(m_threshold);
    row->addWidget(m_class);
    row->addStretch(1);
    m_layout->addLayout(row);
    m_chart = views::makeLineChart({}, this);
    m_layout->addWidget(m_chart, 1);
    retranslate();
    for (QComboBox* box : {m_iouType, m_threshold, m_class})
        connect(box, &QComboBox::currentIndexChanged, this, &PrCurvesView::rebuild);
}

size_t PrCurvesView::reportType() const {
    return m_iouType->currentIndex() == 1 ? metrics::kBbox : metrics::kSegm;
}

void PrCurvesView::setContext(const EvaluationContext& context) {
    m_context = context;
    const QVariant chosen = m_class->currentData();
    {
        const QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItem(tr("Every class"), QVariant());
        if (m_context.valid())
            for (int64_t id : m_context.report().coco[metrics::kSegm].params.catIds)
                m_class->addItem(m_context.className(id), qlonglong(id));
        const int again = m_class->findData(chosen);
        m_class->setCurrentIndex(std::max(0, again));
    }
    rebuild();
}

QString PrCurvesView::pointText(int series, int recallIndex) const {
    if (!m_context.valid() || series < 0 || size_t(series) >= m_shownClasses.size())
        return {};
    const auto& r = m_context.report().coco[reportType()];
    const int64_t t = m_threshold->currentIndex(), k = m_shownClasses[size_t(series)];
    const int64_t m = r.M - 1;  // 100 detections per image
    const double precision = r.precisionAt(t, recallIndex, k, 0, m);
    const double score = r.scores[size_t((((t * r.R + recallIndex) * r.K + k) * r.A) * r.M + m)];
    return tr("%1: recall %2, precision %3, score %4")
        .arg(m_context.className(r.params.catIds[size_t(k)]))
        .arg(r.params.recThrs[size_t(recallIndex)], 0, 'f', 2)
        .arg(precision, 0, 'f', 3)
        .arg(score, 0, 'f', 3);
}

void PrCurvesView::rebuild() {
    views::LineChartData data;
    data.xLabel = tr("Recall");
    data.yLabel = tr("Precision");
    m_shownClasses.clear();
    if (m_context.valid()) {
        const auto& r = m_context.report().coco[reportType()];
        const int64_t t = m_threshold->currentIndex(), m = r.M - 1;
        data.title = tr("Precision-recall per class, %1 at IoU %2, minimum confidence %3")
                         .arg(m_iouType->currentText())
                         .arg(r.params.iouThrs[size_t(t)], 0, 'f', 2)
                         .arg(m_context.report().minScore, 0, 'f', 2);
        const QVariant only = m_class->currentData();
        for (int64_t k = 0; k < r.K; ++k) {
            const int64_t id = r.params.catIds[size_t(k)];
            if (only.isValid() && only.toLongLong() != id)
                continue;
            views::LineSeriesData s;
            double sum = 0;
            for (int64_t i = 0; i < r.R; ++i) {
                const double p = r.precisionAt(t, i, k, 0, m);
                if (p < 0)
                    break;  // no ground truth of this class
                s.points.emplace_back(r.params.recThrs[size_t(i)], p);
                sum += p;
            }
            if (s.points.empty())
                continue;
            s.name =
                tr("%1 (AP %2)").arg(m_context.className(id)).arg(sum / double(r.R), 0, 'f', 3);
            s.colour = int(k);
            data.series.push_back(std::move(s));
            m_shownClasses.push_back(k);
        }
    }
    auto* chart = views::makeLineChart(data, this);
    chart->setObjectName("prCurves");
    // The dock is wide and short: the legend beside the curves, thin margins.
    chart->chart()->legend()->setAlignment(Qt::AlignRight);
    chart->chart()->setMargins(QMargins(2, 2, 2, 2));
    chart->setMinimumHeight(200);
    m_layout->replaceWidget(m_chart, chart);
    delete m_chart;
    m_chart = chart;
    const auto series = m_chart->chart()->series();
    for (int i = 0; i < series.size(); ++i)
        if (auto* xy = qobject_cast<QXYSeries*>(series[i]))
            connect(xy, &QXYSeries::hovered, this, [this, i](const QPointF& point, bool state) {
                if (!state)
                    return QToolTip::hideText();
                const int recall = std::clamp(int(std::lround(point.x() * 100)), 0, 100);
                QToolTip::showText(QCursor::pos(), pointText(i, recall), m_chart);
            });
}

void PrCurvesView::retranslate() {
    const QSignalBlocker block(m_iouType);
    const int type = std::max(0, m_iouType->currentIndex());
    m_iouType->clear();
    m_iouType->addItems({tr("Masks"), tr("Boxes")});
    m_iouType->setCurrentIndex(type);
    if (m_class->count() > 0)
        m_class->setItemText(0, tr("Every class"));
    rebuild();
}

void PrCurvesView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
