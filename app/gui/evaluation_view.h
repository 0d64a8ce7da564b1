#pragma once
// The Evaluation dock: what an evaluation of the dataset found, at the minimum confidence the
// window sets, in six tabs — the COCO summary, AP per class, precision-recall curves, the
// confusion matrix, TIDE's error types and a comparison with a saved evaluation — each table
// exported as CSV and the curves as
// PNG/SVG/PDF. Choosing an image in the confusion or error lists opens it in the inspector (through
// the Dataset dock).

#include <QWidget>

#include "gui/evaluation_context.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace mrcnn::gui {

class ClassApTable;
class ConfusionView;
class ErrorTypesView;
class EvaluationCompare;
class EvaluationSummary;
class PrCurvesView;

class EvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationView(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);
    const EvaluationContext& context() const { return m_context; }

    QTabWidget* tabs() const { return m_tabs; }
    EvaluationSummary* summary() const { return m_summary; }
    ClassApTable* classAp() const { return m_classAp; }
    PrCurvesView* prCurves() const { return m_prCurves; }
    ConfusionView* confusion() const { return m_confusion; }
    ErrorTypesView* errorTypes() const { return m_errors; }
    EvaluationCompare* compare() const { return m_compare; }
    // The CSV of the current tab's table (the PR tab: its curves' points).
    QString currentTableCsv() const;

Q_SIGNALS:
    void imageRequested(qint64 datasetIndex);
    void errorsRequested(qint64 datasetIndex, bool boxIou);  // see ErrorTypesView
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void exportTable();
    void saveChart();
    void updateButtons();
    void retranslate();

    EvaluationContext m_context;
    QLabel* m_empty = nullptr;
    QTabWidget* m_tabs = nullptr;
    EvaluationSummary* m_summary = nullptr;
    ClassApTable* m_classAp = nullptr;
    PrCurvesView* m_prCurves = nullptr;
    ConfusionView* m_confusion = nullptr;
    ErrorTypesView* m_errors = nullptr;
    EvaluationCompare* m_compare = nullptr;
    QPushButton* m_exportTable = nullptr;
    QPushButton* m_saveChart = nullptr;
};

}  // namespace mrcnn::gui
