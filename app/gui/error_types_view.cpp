#include "gui/error_types_view.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/table_items.h"

namespace mrcnn::gui {

namespace {
constexpr int kDatasetIndexRole = Qt::UserRole + 1;
constexpr int kTypes = int(coco::kTideTypeNames.size());
}  // namespace

QString ErrorTypesView::typeName(coco::TideType type) {
    switch (type) {
        case coco::TideType::Cls:
            return tr("Classification");
        case coco::TideType::Loc:
            return tr("Localisation");
        case coco::TideType::Both:
            return tr("Class and location");
        case coco::TideType::Dupe:
            return tr("Duplicate");
        case coco::TideType::Bkg:
            return tr("Background");
        case coco::TideType::Miss:
            return tr("Missed");
    }
    return {};
}

ErrorTypesView::ErrorTypesView(QWidget* parent) : QWidget(parent) {
    m_iouType = new QComboBox(this);
    m_iouType->setObjectName("errorsIouType");
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_summaryModel = new QStandardItemModel(this);
    m_summary = rowTable(this, "errorSummary", m_summaryModel, false);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName("errorTypeFilter");
    m_classFilter = new QComboBox(this);
    m_classFilter->setObjectName("errorClassFilter");
    m_classFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list = new QStandardItemModel(this);
    m_sortedList = new QSortFilterProxyModel(this);
    m_sortedList->setSourceModel(m_list);
    m_sortedList->setSortRole(Qt::UserRole);
    m_errors = rowTable(this, "errorList", m_sortedList, true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_iouType);
    top->addWidget(m_caption, 1);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_classFilter);
    filters->addStretch(1);
    // The summary beside the list: the dock is wide and short.
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_errors, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_summary);
    split->addWidget(listSide);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    retranslate();
    connect(m_iouType, &QComboBox::currentIndexChanged, this, &ErrorTypesView::fill);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ErrorTypesView::fillList);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &ErrorTypesView::fillList);
    // A type's row in the summary lists that type's errors.
    connect(m_summary, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.row() < kTypes)
            m_typeFilter->setCurrentIndex(index.row() + 1);
    });
    connect(m_errors, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QVariant at = index.siblingAtColumn(1).data(kDatasetIndexRole);
        if (at.isValid() && at.toLongLong() >= 0)
            Q_EMIT errorsRequested(at.toLongLong(), m_iouType->currentIndex() == 1);
    });
}

const QAbstractItemModel& ErrorTypesView::errorsShown() const {
    return *m_sortedList;
}

void ErrorTypesView::setContext(const EvaluationContext& context) {
    m_context = context;
    const QVariant chosen = m_classFilter->currentData();
    {
        const QSignalBlocker block(m_classFilter);
        m_classFilter->clear();
        m_classFilter->addItem(tr("Every class"), QVariant());
        if (m_context.valid())
            for (const auto& c : m_context.evaluated().groundTruth.categories)
                m_classFilter->addItem(m_context.className(c.id), qlonglong(c.id));
        m_classFilter->setCurrentIndex(std::max(0, m_classFilter->findData(chosen)));
    }
    fill();
}

void ErrorTypesView::fill() {
    m_summaryModel->removeRows(0, m_summaryModel->rowCount());
    if (!m_context.valid()) {
        m_caption->clear();
        fillList();
        return;
    }
    const auto& tide =
        m_context.report().tide[m_iouType->currentIndex() == 1 ? metrics::kBbox : metrics::kSegm];
    m_caption->setText(tr("TIDE's AP@.5 = %1 at minimum confidence %2. ΔAP: the AP points "
                          "gained if every error of that type were fixed.")
                           .arg(tide.ap, 0, 'f', 2)
                           .arg(m_context.report().minScore, 0, 'f', 2));
    for (int t = 0; t < kTypes; ++t)
        m_summaryModel->appendRow({textItem(typeName(coco::TideType(t))),
                                   countItem(tide.counts[size_t(t)]),
                                   numberItem(tide.mainDelta[size_t(t)], 2)});
    // TIDE's special errors: every false positive or every false negative at once.
    auto* fp = textItem(tr("All false positives"));
    auto* fn = textItem(tr("All false negatives"));
    m_summaryModel->appendRow({fp, textItem(QString()), numberItem(tide.falsePos, 2)});
    m_summaryModel->appendRow({fn, textItem(QString()), numberItem(tide.falseNeg, 2)});
    fitWidthToColumns(m_summary);
    fillList();
}

void ErrorTypesView::fillList() {
    m_list->removeRows(0, m_list->rowCount());
    if (!m_context.valid())
        return;
    const auto& tide =
        m_context.report().tide[m_iouType->currentIndex() == 1 ? metrics::kBbox : metrics::kSegm];
    const int type = m_typeFilter->currentIndex() - 1;
    const QVariant onlyClass = m_classFilter->currentData();
    for (const coco::TideError& e : tide.errors) {
        if (type >= 0 && int(e.type) != type)
            continue;
        const auto* d = m_context.detection(e.detectionId);
        const auto* g = m_context.groundTruth(e.gtId);
        const int64_t classId = d ? d->categoryId : (g ? g->categoryId : -1);
        if (onlyClass.isValid() && onlyClass.toLongLong() != classId &&
            !(g && onlyClass.toLongLong() == g->categoryId))
            continue;
        auto* typeItem = idItem(typeName(e.type), int64_t(e.type));
        auto* image = idItem(m_context.imageName(e.imageId), e.imageId);
        image->setData(qlonglong(m_context.datasetIndex(e.imageId)), kDatasetIndexRole);
        m_list->appendRow({typeItem, image,
                           textItem(d ? m_context.className(d->categoryId) : QString()),
                           numberItem(d ? d->score : -1.0),
                           textItem(g ? m_context.className(g->categoryId) : QString()),
                           textItem(d ? tr("detection %1").arg(d->id) : QString()),
                           numberItem(e.type == coco::TideType::Miss ? -1.0 : e.iou)});
    }
}

void ErrorTypesView::retranslate() {
    {
        const QSignalBlocker block(m_iouType);
        const int type = std::max(0, m_iouType->currentIndex());
        m_iouType->clear();
        m_iouType->addItems({tr("Masks"), tr("Boxes")});
        m_iouType->setCurrentIndex(type);
    }
    {
        const QSignalBlocker block(m_typeFilter);
        const int type = std::max(0, m_typeFilter->currentIndex());
        m_typeFilter->clear();
        m_typeFilter->addItem(tr("Every error type"));
        for (int t = 0; t < kTypes; ++t)
            m_typeFilter->addItem(typeName(coco::TideType(t)));
        m_typeFilter->setCurrentIndex(type);
    }
    if (m_classFilter->count() > 0)
        m_classFilter->setItemText(0, tr("Every class"));
    m_summaryModel->setHorizontalHeaderLabels({tr("Error type"), tr("Count"), tr("ΔAP")});
    m_list->setHorizontalHeaderLabels({tr("Error"), tr("Image"), tr("Predicted"), tr("Score"),
                                       tr("Ground truth"), tr("Detection"), tr("IoU")});
    m_summary->setToolTip(
        tr("Classification: right place, wrong class. Localisation: right class, IoU between "
           "0.1 and 0.5. Class and location: both wrong. Duplicate: a ground truth already "
           "matched by a higher score. Background: IoU at most 0.1 with every ground truth. "
           "Missed: ground truth no detection found. Click a type to list its errors."));
    fill();
}

void ErrorTypesView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
