#pragma once
// The evaluation's errors in TIDE's sense (coco/tide_errors.h, foreground IoU 0.5, background
// 0.1): per type its count and the AP gained by fixing it (ΔAP, in AP points), on masks or
// boxes, and the list of every error, filtered by type or class; choosing an error opens its
// image.

#include <QWidget>

#include "gui/evaluation_context.h"

class QComboBox;
class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mrcnn::gui {

class ErrorTypesView : public QWidget {
    Q_OBJECT
public:
    explicit ErrorTypesView(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);

    QComboBox* iouType() const { return m_iouType; }          // 0 masks, 1 boxes
    QComboBox* typeFilter() const { return m_typeFilter; }    // 0 all, then TideType + 1
    QComboBox* classFilter() const { return m_classFilter; }  // 0 all, then category ids
    QTableView* summary() const { return m_summary; }
    QTableView* errors() const { return m_errors; }
    const QAbstractItemModel& errorsShown() const;  // filtered and sorted, for CSV
    // The name of a TIDE error type, as the tables show it.
    static QString typeName(coco::TideType type);

Q_SIGNALS:
    void imageRequested(qint64 datasetIndex);
    // An error's image, to be shown with its error labels (the error types figure) on box IoU
    // or mask IoU as this view shows them.
    void errorsRequested(qint64 datasetIndex, bool boxIou);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void fillList();
    void retranslate();

    EvaluationContext m_context;
    QComboBox* m_iouType = nullptr;
    QLabel* m_caption = nullptr;
    QStandardItemModel* m_summaryModel = nullptr;
    QTableView* m_summary = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_classFilter = nullptr;
    QStandardItemModel* m_list = nullptr;
    QSortFilterProxyModel* m_sortedList = nullptr;
    QTableView* m_errors = nullptr;
};

}  // namespace mrcnn::gui
