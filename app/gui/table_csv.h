#pragma once
// A table as the user sees it (header and display texts, in the view's sort order), as CSV
// (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled).

#include <QAbstractItemModel>
#include <QString>

class QWidget;

namespace mrcnn::gui {

// `rowHeaders`: the vertical header's texts as a first column (the confusion matrix's rows).
QString tableCsv(const QAbstractItemModel& model, bool rowHeaders = false);
// Asks for a file (in the last export folder) and writes `csv` there; errors are shown.
void saveCsv(QWidget* parent, const QString& csv, const QString& suggestedName);

}  // namespace mrcnn::gui
