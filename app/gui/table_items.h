#pragma once
// Read-only cells for the evaluation's tables: numbers sort by value (Qt::UserRole), not by
// their text, and COCOeval's -1 ("no ground truth") shows as a dash and sorts first.

#include <QStandardItem>

class QTableView;

#include <cstdint>

namespace mrcnn::gui {

QStandardItem* textItem(const QString& text);
QStandardItem* numberItem(double value, int decimals = 3);
QStandardItem* countItem(int64_t count);
QStandardItem* idItem(const QString& text, int64_t id);  // a name that sorts by its id

// Keeps a small table (the confusion matrix, the error summary) as wide as its columns, up to
// `maxWidth`, so a splitter beside it does not cut columns off.
void fitWidthToColumns(QTableView* table, int maxWidth = 640);

}  // namespace mrcnn::gui
