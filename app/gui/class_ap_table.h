#pragma once
// The evaluation's per-class table: for each ground-truth class its instances, the detections
// kept at the minimum confidence, and COCOeval's AP@[.5:.95] and AP@.5 on masks and on boxes
// (the numbers of `mrcnn eval --per-class`), sortable by any column.

#include <QWidget>

#include "gui/evaluation_context.h"

class QAbstractItemModel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mrcnn::gui {

class ClassApTable : public QWidget {
    Q_OBJECT
public:
    explicit ClassApTable(QWidget* parent = nullptr);
    void setContext(const EvaluationContext& context);
    QTableView* table() const { return m_table; }
    const QAbstractItemModel& shown() const;  // as sorted, for CSV

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
};

}  // namespace mrcnn::gui
