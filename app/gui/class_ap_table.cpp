#include "gui/class_ap_table.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

#include "gui/table_items.h"

namespace mrcnn::gui {

ClassApTable::ClassApTable(QWidget* parent) : QWidget(parent) {
    m_model = new QStandardItemModel(0, 7, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_table = rowTable(this, "classApTable", m_sorted, true);
    // Numbers take their width, the class names the rest.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    retranslate();
}

const QAbstractItemModel& ClassApTable::shown() const {
    return *m_sorted;
}

void ClassApTable::setContext(const EvaluationContext& context) {
    m_model->removeRows(0, m_model->rowCount());
    if (!context.valid())
        return;
    const auto& report = context.report();
    std::map<int64_t, int64_t> instances, detections;
    for (const auto& a : context.evaluated().groundTruth.annotations)
        instances[a.categoryId] += a.iscrowd ? 0 : 1;
    for (const coco::CocoAnnotation* d : report.detections)
        detections[d->categoryId] += 1;
    const auto& segm = report.perClass[metrics::kSegm];
    const auto& bbox = report.perClass[metrics::kBbox];
    for (size_t k = 0; k < segm.size() && k < bbox.size(); ++k) {
        const int64_t id = segm[k].categoryId;
        m_model->appendRow({idItem(context.className(id), id), countItem(instances[id]),
                            countItem(detections[id]), numberItem(segm[k].ap),
                            numberItem(segm[k].ap50), numberItem(bbox[k].ap),
                            numberItem(bbox[k].ap50)});
    }
}

void ClassApTable::retranslate() {
    m_model->setHorizontalHeaderLabels({tr("Class"), tr("Instances"), tr("Detections"),
                                        tr("Mask AP"), tr("Mask AP@.5"), tr("Box AP"),
                                        tr("Box AP@.5")});
    m_table->setToolTip(
        tr("COCOeval's AP per class (area all, 100 detections per image): AP is the mean "
           "over IoU 0.50:0.95, as mrcnn eval --per-class; — where the class has no ground "
           "truth. Instances: ground truth without crowds; detections: kept at the minimum "
           "confidence."));
}

void ClassApTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
