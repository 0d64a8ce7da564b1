#include "gui/evaluation_view.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>

#include "charts/charts.h"
#include "gui/class_ap_table.h"
#include "gui/confusion_view.h"
#include "gui/error_types_view.h"
#include "gui/evaluation_compare.h"
#include "gui/evaluation_summary.h"
#include "gui/last_folders.h"
#include "gui/pr_curves_view.h"
#include "gui/table_csv.h"

namespace mrcnn::gui {

namespace {
enum Tab { SummaryTab, ClassTab, PrTab, ConfusionTab, ErrorsTab, CompareTab };
}

EvaluationView::EvaluationView(QWidget* parent) : QWidget(parent) {
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setObjectName("evaluationEmpty");
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName("evaluationTabs");
    m_summary = new EvaluationSummary(this);
    m_classAp = new ClassApTable(this);
    m_prCurves = new PrCurvesView(this);
    m_confusion = new ConfusionView(this);
    m_errors = new ErrorTypesView(this);
    m_compare = new EvaluationCompare(this);
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_classAp, QString());
    m_tabs->addTab(m_prCurves, QString());
    m_tabs->addTab(m_confusion, QString());
    m_tabs->addTab(m_errors, QString());
    m_tabs->addTab(m_compare, QString());
    m_exportTable = new QPushButton(this);
    m_saveChart = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportTable);
    buttons->addWidget(m_saveChart);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_exportTable, &QPushButton::clicked, this, &EvaluationView::exportTable);
    connect(m_saveChart, &QPushButton::clicked, this, &EvaluationView::saveChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EvaluationView::updateButtons);
    connect(m_confusion, &ConfusionView::imageRequested, this, &EvaluationView::imageRequested);
    connect(m_errors, &ErrorTypesView::imageRequested, this, &EvaluationView::imageRequested);
    connect(m_errors, &ErrorTypesView::errorsRequested, this, &EvaluationView::errorsRequested);
    connect(m_compare, &EvaluationCompare::imageRequested, this, &EvaluationView::imageRequested);
    connect(m_compare, &EvaluationCompare::failed, this, &EvaluationView::failed);
    retranslate();
    setContext({});
}

void EvaluationView::setContext(const EvaluationContext& context) {
    m_context = context;
    m_empty->setVisible(!context.valid());
    m_tabs->setVisible(context.valid());
    m_summary->setContext(context);
    m_classAp->setContext(context);
    m_prCurves->setContext(context);
    m_confusion->setContext(context);
    m_errors->setContext(context);
    m_compare->setContext(context);
    updateButtons();
}

void EvaluationView::updateButtons() {
    m_exportTable->setEnabled(m_context.valid());
    m_saveChart->setVisible(m_tabs->currentIndex() == PrTab);
    m_saveChart->setEnabled(m_context.valid());
}

QString EvaluationView::currentTableCsv() const {
    switch (m_tabs->currentIndex()) {
        case SummaryTab:
            return tableCsv(m_summary->model(), /*rowHeaders=*/true);
        case ClassTab:
            return tableCsv(m_classAp->shown());
        case PrTab: {
            // The curves as a table: one row per class and recall point.
            QStandardItemModel points;
            points.setHorizontalHeaderLabels({tr("Series"), tr("Recall"), tr("Precision")});
            for (auto* series : m_prCurves->chartView()->chart()->series())
                if (auto* xy = qobject_cast<QXYSeries*>(series))
                    for (const QPointF& p : xy->points())
                        points.appendRow({new QStandardItem(xy->name()),
                                          new QStandardItem(QString::number(p.x(), 'f', 2)),
                                          new QStandardItem(QString::number(p.y(), 'f', 6))});
            return tableCsv(points);
        }
        case ConfusionTab:
            return tableCsv(m_confusion->matrixModel(), /*rowHeaders=*/true);
        case ErrorsTab:
            return tableCsv(m_errors->errorsShown());
        case CompareTab:
            return tableCsv(m_compare->numbersModel(), /*rowHeaders=*/true);
    }
    return {};
}

void EvaluationView::exportTable() {
    static const char* names[] = {"coco_summary.csv",     "per_class_ap.csv", "pr_curves.csv",
                                  "confusion_matrix.csv", "errors.csv",       "comparison.csv"};
    saveCsv(this, currentTableCsv(), names[std::clamp(m_tabs->currentIndex(), 0, 5)]);
}

void EvaluationView::saveChart() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), QDir(lastFolder("export")).filePath("pr_curves.png"),
        tr("Images and documents (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder("export", path);
    QString error;
    if (!views::exportChart(m_prCurves->chartView(), path, &error))
        QMessageBox::warning(this, tr("Save chart"), tr("Cannot write %1: %2").arg(path, error));
}

void EvaluationView::retranslate() {
    m_empty->setText(
        tr("No evaluation yet: open a dataset (File ▸ Open dataset…) and press "
           "Evaluate in the Dataset dock."));
    m_tabs->setTabText(SummaryTab, tr("Summary"));
    m_tabs->setTabText(ClassTab, tr("AP per class"));
    m_tabs->setTabText(PrTab, tr("PR curves"));
    m_tabs->setTabText(ConfusionTab, tr("Confusion"));
    m_tabs->setTabText(ErrorsTab, tr("Error types"));
    m_tabs->setTabText(CompareTab, tr("Compare"));
    m_exportTable->setText(tr("Export table as CSV…"));
    m_saveChart->setText(tr("Save chart…"));
}

void EvaluationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
