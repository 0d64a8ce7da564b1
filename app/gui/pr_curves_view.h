#pragma once
// Precision-recall curves per class from COCOeval's accumulated precision (area all, 100
// detections per image, the 101 recall points), at a chosen IoU threshold, on masks or boxes;
// hovering a curve shows the recall, precision and the detection score at that point.

#include <QWidget>

#include "gui/evaluation_context.h"

class QChartView;
class QComboBox;
class QVBoxLayout;

namespace mrcnn::gui {

class PrCurvesView : public QWidget {
    Q_OBJECT
public:
    explicit PrCurvesView(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);

    QComboBox* iouType() const { return m_iouType; }  // 0 masks, 1 boxes
    QComboBox* iouThreshold() const { return m_threshold; }
    QComboBox* classChoice() const { return m_class; }  // 0: every class
    QChartView* chartView() const { return m_chart; }
    // The text the tooltip shows for curve `series` (its index in the chart) at recall index r.
    QString pointText(int series, int recallIndex) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    size_t reportType() const;

    EvaluationContext m_context;
    std::vector<int64_t> m_shownClasses;  // category index k of each series
    QComboBox* m_iouType = nullptr;
    QComboBox* m_threshold = nullptr;
    QComboBox* m_class = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QChartView* m_chart = nullptr;
};

}  // namespace mrcnn::gui
