#include "gui/load_report_table.h"

#include <QEvent>
#include <QHeaderView>

#include "figures/weight_text.h"

namespace mrcnn::gui {

LoadReportTable::LoadReportTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(3);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(false);
    fill();
}

void LoadReportTable::setReport(const LoadReport& report) {
    m_report = report;
    m_hasReport = true;
    fill();
}

void LoadReportTable::clearReport() {
    m_report = {};
    m_hasReport = false;
    fill();
}

void LoadReportTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTableWidget::changeEvent(event);
}

void LoadReportTable::addRow(const QString& status, const QString& name, const QString& detail,
                             bool problem) {
    const int row = rowCount();
    insertRow(row);
    const QString cells[] = {status, name, detail};
    for (int c = 0; c < 3; ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        if (problem)
            item->setBackground(QColor(255, 205, 190));
        setItem(row, c, item);
    }
}

void LoadReportTable::fill() {
    setRowCount(0);
    setHorizontalHeaderLabels({tr("Status"), tr("Layer / weight"), tr("Detail")});
    if (!m_hasReport)
        return;
    const LoadReport& r = m_report;
    for (const ShapeMismatch& m : r.mismatches)
        addRow(tr("shape mismatch"), QString::fromStdString(m.layer + "/" + m.weight),
               tr("file %1, model %2")
                   .arg(figures::shapeText(m.fileShape), figures::shapeText(m.modelShape)),
               true);
    for (const auto& name : r.missing)
        addRow(tr("missing"), QString::fromStdString(name),
               tr("expected by the model, absent from the file"), true);
    for (const auto& name : r.unexpected)
        addRow(tr("unexpected"), QString::fromStdString(name),
               tr("in the file, unknown to the model"), true);
    for (const auto& name : r.excluded)
        addRow(tr("excluded"), QString::fromStdString(name), tr("skipped by the exclude list"),
               false);
    for (const auto& name : r.matched)
        addRow(tr("matched"), QString::fromStdString(name), QString(), false);
    if (!r.maskHeadPresent)
        addRow(tr("note"), QStringLiteral("mrcnn_mask*"),
               tr("no mask head in the file: a detection-only model"), false);
}

}  // namespace mrcnn::gui
