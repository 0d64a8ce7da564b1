#include "gui/confusion_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "gui/table_items.h"

namespace mrcnn::gui {

namespace {
constexpr int kDatasetIndexRole = Qt::UserRole + 1;
}  // namespace

ConfusionView::ConfusionView(QWidget* parent) : QWidget(parent) {
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_cells = new QStandardItemModel(this);
    // Cells, not rows: a click picks one (ground truth, predicted) pair.
    m_matrix = new QTableView(this);
    m_matrix->setObjectName("confusionMatrix");
    m_matrix->setModel(m_cells);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellCaption = new QLabel(this);
    m_cellCaption->setObjectName("confusionCell");
    m_list = new QStandardItemModel(this);
    m_sortedList = new QSortFilterProxyModel(this);
    m_sortedList->setSourceModel(m_list);
    m_sortedList->setSortRole(Qt::UserRole);
    m_members = rowTable(this, "confusionMembers", m_sortedList, true);
    m_members->horizontalHeader()->setStretchLastSection(true);

    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_cellCaption);
    belowLayout->addWidget(m_members, 1);
    // Side by side: the dock is wide and short.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_matrix);
    split->addWidget(below);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    connect(m_matrix, &QTableView::clicked, this,
            [this](const QModelIndex& index) { showCell(index.row(), index.column()); });
    connect(m_members, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QVariant at = index.siblingAtColumn(0).data(kDatasetIndexRole);
        if (at.isValid() && at.toLongLong() >= 0)
            Q_EMIT imageRequested(at.toLongLong());
    });
    retranslate();
}

const QAbstractItemModel& ConfusionView::matrixModel() const {
    return *m_cells;
}

void ConfusionView::setContext(const EvaluationContext& context) {
    m_context = context;
    fillMatrix();
    if (m_row >= 0 && m_context.valid())
        showCell(m_row, m_column);  // the same cell at the new threshold
    else
        showCell(-1, -1);
}

void ConfusionView::fillMatrix() {
    m_cells->clear();
    if (!m_context.valid())
        return retranslate();
    const coco::ConfusionMatrix& cm = m_context.report().confusion;
    const size_t n = cm.categoryIds.size() + 1;
    QStringList names{tr("background")};
    for (int64_t id : cm.categoryIds)
        names << m_context.className(id);
    m_cells->setRowCount(int(n));
    m_cells->setColumnCount(int(n));
    m_cells->setHorizontalHeaderLabels(names);
    m_cells->setVerticalHeaderLabels(names);
    for (size_t r = 0; r < n; ++r) {
        int64_t rowTotal = 0;
        for (size_t c = 0; c < n; ++c)
            rowTotal += cm.at(r, c);
        for (size_t c = 0; c < n; ++c) {
            const int64_t count = cm.at(r, c);
            auto* item = countItem(count);
            item->setTextAlignment(Qt::AlignCenter);
            // Shade by the share of the row: the diagonal (right) green, the rest red.
            const double share = rowTotal > 0 ? double(count) / double(rowTotal) : 0;
            if (count > 0) {
                QColor colour = (r == c && r > 0) ? QColor(46, 160, 67) : QColor(215, 58, 73);
                colour.setAlphaF(0.15 + 0.6 * share);
                item->setBackground(colour);
            }
            item->setToolTip(tr("ground truth %1, predicted %2: %3")
                                 .arg(names[int(r)], names[int(c)])
                                 .arg(count));
            m_cells->setItem(int(r), int(c), item);
        }
    }
    fitWidthToColumns(m_matrix);
    retranslate();
}

void ConfusionView::showCell(int gtRow, int predictedColumn) {
    m_row = gtRow;
    m_column = predictedColumn;
    m_list->removeRows(0, m_list->rowCount());
    if (!m_context.valid() || gtRow < 0 || predictedColumn < 0 || gtRow >= m_cells->rowCount() ||
        predictedColumn >= m_cells->columnCount()) {
        m_row = m_column = -1;
        m_cellCaption->setText(tr("Click a cell to list its detections and ground truth."));
        return;
    }
    m_matrix->setCurrentIndex(m_cells->index(gtRow, predictedColumn));
    for (const auto& e : m_context.report().confusion.entries) {
        if (int(e.gtRow) != gtRow || int(e.predCol) != predictedColumn)
            continue;
        const auto* d = m_context.detection(e.detectionId);
        const auto* g = m_context.groundTruth(e.gtId);
        auto* image = idItem(m_context.imageName(e.imageId), e.imageId);
        image->setData(qlonglong(m_context.datasetIndex(e.imageId)), kDatasetIndexRole);
        m_list->appendRow({image,
                           textItem(g ? m_context.className(g->categoryId) : tr("background")),
                           textItem(d ? m_context.className(d->categoryId) : tr("missed")),
                           numberItem(d ? d->score : -1.0),
                           textItem(d ? tr("detection %1").arg(d->id) : QString())});
    }
    m_cellCaption->setText(tr("Ground truth %1, predicted %2: %n item(s). Double-click or press "
                              "Enter to open the image.",
                              nullptr, m_list->rowCount())
                               .arg(m_cells->verticalHeaderItem(gtRow)->text(),
                                    m_cells->horizontalHeaderItem(predictedColumn)->text()));
}

void ConfusionView::retranslate() {
    if (m_context.valid())
        m_caption->setText(tr("Rows: ground truth; columns: predicted. Masks matched at IoU "
                              "0.5 whatever the class, detections at minimum confidence %1.")
                               .arg(m_context.report().minScore, 0, 'f', 2));
    m_list->setHorizontalHeaderLabels(
        {tr("Image"), tr("Ground truth"), tr("Predicted"), tr("Score"), tr("Detection")});
    if (m_row < 0)
        m_cellCaption->setText(tr("Click a cell to list its detections and ground truth."));
}

void ConfusionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        fillMatrix();
        showCell(m_row, m_column);
    }
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
