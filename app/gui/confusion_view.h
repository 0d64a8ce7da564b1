#pragma once
// The evaluation's confusion matrix (coco/confusion_matrix.h: masks at IoU 0.5, the kept
// detections): rows ground truth, columns predicted, background first. Clicking a cell lists
// the detections and ground truth behind it; choosing one of them opens its image.

#include <QWidget>

#include "gui/evaluation_context.h"

class QAbstractItemModel;
class QLabel;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace mrcnn::gui {

class ConfusionView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionView(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);

    QTableView* matrix() const { return m_matrix; }
    QTableView* members() const { return m_members; }
    const QAbstractItemModel& matrixModel() const;
    void showCell(int gtRow, int predictedColumn);  // what a click on a cell does

Q_SIGNALS:
    void imageRequested(qint64 datasetIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillMatrix();
    void retranslate();

    EvaluationContext m_context;
    int m_row = -1, m_column = -1;
    QLabel* m_caption = nullptr;
    QStandardItemModel* m_cells = nullptr;
    QTableView* m_matrix = nullptr;
    QLabel* m_cellCaption = nullptr;
    QStandardItemModel* m_list = nullptr;
    QSortFilterProxyModel* m_sortedList = nullptr;
    QTableView* m_members = nullptr;
};

}  // namespace mrcnn::gui
