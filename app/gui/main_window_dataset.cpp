// The main window's dataset side: the Dataset dock below the stages, and the Evaluation dock
// that shows what its Evaluate found.
#include <QDockWidget>

#include "figures/figure_catalog.h"
#include "gui/dataset_panel.h"
#include "gui/evaluation_box.h"
#include "gui/evaluation_view.h"
#include "gui/figure_choices.h"
#include "gui/main_window.h"

namespace mrcnn::gui {

void MainWindow::buildDatasetDock(QDockWidget* datasets, QDockWidget* stages) {
    // Below the stages, hidden until a dataset is opened: images and stages are chosen
    // together, so neither hides the other.
    splitDockWidget(stages, datasets, Qt::Vertical);
    datasets->hide();
    connect(m_datasetPanel, &DatasetPanel::opened, this, [this, datasets, stages] {
        if (datasets->isVisible())
            return;  // the user's sizes stay
        datasets->show();
        resizeDocks({datasets}, {std::max(datasets->width(), 420)}, Qt::Horizontal);
        const int h = stages->height() + datasets->height();
        resizeDocks({stages, datasets}, {h * 2 / 5, h * 3 / 5}, Qt::Vertical);
    });
    connect(m_datasetPanel, &DatasetPanel::failed, this, &MainWindow::reportError);
    // The dataset figures follow the counting.
    connect(m_datasetPanel, &DatasetPanel::statsChanged, this, [this] {
        const figures::FigureInfo* info = figures::findFigure(m_current);
        if (info && info->group == "dataset")
            refreshFigure();
    });
    connect(m_datasetPanel, &DatasetPanel::imageChosen, this,
            [this](const std::shared_ptr<const Dataset>& dataset, qint64 imageId) {
                QString error;
                if (!m_session->openDatasetImage(dataset, imageId, &error))
                    reportError(error);
            });
}

void MainWindow::buildEvaluationDock(QDockWidget* evaluation, QDockWidget* tabbedWith) {
    // With the weights and training tabs at the bottom: its tables and curves need width.
    // Hidden until the first evaluation finishes (or the View menu asks for it).
    tabifyDockWidget(tabbedWith, evaluation);
    // The left docks reach the bottom: the image list stays tall beside the evaluation.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    evaluation->hide();
    connect(m_datasetPanel, &DatasetPanel::opened, this,
            [this] { m_evaluationView->setContext({}); });
    connect(m_datasetPanel->evaluationBox(), &EvaluationBox::evaluated, this,
            [this, evaluation](const DatasetEvaluationResult& result) {
                const bool first = !m_evaluationView->context().valid();
                m_evaluationView->setContext(
                    {m_datasetPanel->dataset(), result.evaluated, result.report});
                if (first && evaluation->isHidden()) {
                    // Two fifths of the height: the image list and the figure stay usable.
                    evaluation->show();
                    evaluation->raise();
                    resizeDocks({evaluation}, {height() * 2 / 5}, Qt::Vertical);
                }
            });
    connect(m_evaluationView, &EvaluationView::imageRequested, m_datasetPanel,
            &DatasetPanel::showImage);
    connect(m_evaluationView, &EvaluationView::failed, this, &MainWindow::reportError);
    // An error opens its image with every detection labelled as the evaluation judged it.
    connect(m_evaluationView, &EvaluationView::errorsRequested, this,
            [this](qint64 datasetIndex, bool boxIou) {
                m_choices->setValue("error_types", "boxIou", boxIou);
                m_choices->setValue("error_types", "iouThreshold", 0.5);  // the evaluation's
                showFigure("error_types");
                m_datasetPanel->showImage(datasetIndex);
            });
}

}  // namespace mrcnn::gui
