#pragma once
// The weights' load report as a table, one row per layer/weight: matched, missing,
// unexpected, excluded, and shape mismatches with both shapes, so a user sees at a glance why
// a file did not load as expected. Problems first, then the excluded, then the matched.

#include <QTableWidget>

#include "weights/weight_loader.h"

namespace mrcnn::gui {

class LoadReportTable : public QTableWidget {
    Q_OBJECT
public:
    explicit LoadReportTable(QWidget* parent = nullptr);

    void setReport(const LoadReport& report);
    void clearReport();  // no model from a file

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void addRow(const QString& status, const QString& name, const QString& detail, bool problem);

    LoadReport m_report;
    bool m_hasReport = false;
};

}  // namespace mrcnn::gui
