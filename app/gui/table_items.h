#pragma once
// Read-only cells for the evaluation's tables: numbers sort by value (Qt::UserRole), not by
// their text, and COCOeval's -1 ("no ground truth") shows as a dash and sorts first.

#include <QStandardItem>

class QAbstractItemModel;
class QTableView;
class QWidget;

#include <cstdint>

namespace mrcnn::gui {

QStandardItem* textItem(const QString& text);
QStandardItem* numberItem(double value, int decimals = 3);
QStandardItem* countItem(int64_t count);
QStandardItem* idItem(const QString& text, int64_t id);  // a name that sorts by its id

// A read-only table of whole rows, columns as wide as their contents, no row numbers: every
// table of the Evaluation dock. `sortable`: sorted by clicking a header, first in model order.
QTableView* rowTable(QWidget* parent, const char* objectName, QAbstractItemModel* model,
                     bool sortable);

// Keeps a small table (the confusion matrix, the error summary) as wide as its columns, up to
// `maxWidth`, so a splitter beside it does not cut columns off.
void fitWidthToColumns(QTableView* table, int maxWidth = 640);

}  // namespace mrcnn::gui
