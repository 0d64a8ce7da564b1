#include "gui/evaluation_compare.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <cmath>
#include <map>

#include "gui/evaluation_summary.h"
#include "gui/last_folders.h"
#include "gui/table_items.h"
#include "metrics/evaluation_file.h"

namespace mrcnn::gui {

namespace {

constexpr int kDatasetIndexRole = Qt::UserRole + 1;

// COCO's -1 (no ground truth) and the original's NaN have no value to compare.
bool known(double v) {
    return std::isfinite(v) && v >= 0;
}

QStandardItem* valueItem(double v) {
    return numberItem(known(v) ? v : -1.0);
}

QStandardItem* deltaItem(double a, double b) {
    const bool both = known(a) && known(b);
    const double d = both ? a - b : 0;  // this − compared
    // A change that rounds to nothing reads "0.000", not "−0.000" or "+0.000".
    const bool none = both && std::abs(d) < 0.0005;
    auto* item = textItem(!both  ? QStringLiteral("—")
                          : none ? QStringLiteral("0.000")
                                 : QString::asprintf("%+.3f", d).replace('-', QChar(0x2212)));
    // Sorted by the size of the change; the signed value is the next role.
    item->setData(both ? std::abs(d) : -1.0, Qt::UserRole);
    item->setData(both ? d : 0.0, EvaluationCompare::kSignedDeltaRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (both && std::abs(d) >= 0.0005)
        item->setForeground(d > 0 ? QColor(0, 128, 0) : QColor(176, 0, 32));
    return item;
}

// Dataset image index → AP@0.5 of the original's per-image metric.
std::map<int64_t, double> apByIndex(const EvaluatedDetections& evaluated,
                                    const metrics::EvaluationReport& report) {
    std::map<int64_t, double> out;
    for (size_t k = 0; k < report.map.imageIds.size(); ++k)
        out[evaluated.datasetIndex.at(report.map.imageIds[k])] = report.map.ap50[k];
    return out;
}

}  // namespace

EvaluationCompare::EvaluationCompare(QWidget* parent) : QWidget(parent) {
    m_open = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName("compareNote");
    m_numbersModel = new QStandardItemModel(this);
    m_numbers = new QTableView(this);
    m_numbers->setModel(m_numbersModel);
    m_numbers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imagesModel = new QStandardItemModel(this);
    m_sortedImages = new QSortFilterProxyModel(this);
    m_sortedImages->setSourceModel(m_imagesModel);
    m_sortedImages->setSortRole(Qt::UserRole);
    m_images = rowTable(this, "compareImages", m_sortedImages, true);
    m_images->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_open);
    top->addWidget(m_note, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_numbers);
    split->addWidget(m_images);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &EvaluationCompare::askOther);
    connect(m_images, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QVariant at = index.siblingAtColumn(0).data(kDatasetIndexRole);
        if (at.isValid())
            Q_EMIT imageRequested(at.toLongLong());
    });
    retranslate();
}

void EvaluationCompare::setContext(const EvaluationContext& context) {
    m_context = context;
    if (!m_context.valid()) {
        m_other.reset();  // a new dataset: the comparison is gone with it
        m_otherName.clear();
    } else if (m_other && m_other->minScore() != m_context.report().minScore) {
        // The other evaluation follows this one's minimum confidence.
        m_other->setReport(reportAt(m_other->evaluated, m_context.report().minScore));
    }
    m_open->setEnabled(m_context.valid());
    fill();
}

void EvaluationCompare::setOther(const DatasetEvaluationResult& other, const QString& name) {
    m_other = other;
    m_otherName = name;
    setContext(m_context);
}

void EvaluationCompare::askOther() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Compare with a saved evaluation"),
                                     lastFolder("evaluation"), tr("Evaluations (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder("evaluation", path);
    openOther(path);
}

void EvaluationCompare::openOther(const QString& path) {
    if (!m_context.valid())
        return;
    m_busy = true;
    m_note->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    const double minScore = m_context.report().minScore;
    QPointer<EvaluationCompare> self(this);
    QThreadPool::globalInstance()->start([self, path, minScore] {
        std::optional<DatasetEvaluationResult> other;
        QString error;
        try {
            other = DatasetEvaluationResult::fromSaved(metrics::loadEvaluation(path.toStdString()),
                                                       minScore);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, path, other, error] {
            if (!self)
                return;
            self->m_busy = false;
            if (other) {
                self->setOther(*other, QFileInfo(path).fileName());
            } else {
                self->fill();
                Q_EMIT self->failed(
                    tr("Cannot compare with %1: %2").arg(QFileInfo(path).fileName(), error));
            }
        });
    });
}

QString EvaluationCompare::note() const {
    return m_note->text();
}

void EvaluationCompare::fill() {
    m_numbersModel->clear();
    m_imagesModel->clear();
    m_numbersModel->setHorizontalHeaderLabels(
        {tr("This evaluation"), tr("Compared"), tr("Δ (this − compared)")});
    m_imagesModel->setHorizontalHeaderLabels(
        {tr("Image"), tr("This AP@0.5"), tr("Compared AP@0.5"), tr("Δ")});
    if (!m_context.valid() || !m_other) {
        m_note->setText(m_context.valid()
                            ? tr("Compare this evaluation with a saved one (File ▸ Save "
                                 "evaluation…): another model or checkpoint on these images.")
                            : QString());
        return;
    }
    const metrics::EvaluationReport& a = m_context.report();
    const metrics::EvaluationReport& b = *m_other->report;
    QStringList rows;
    auto addRow = [&](const QString& name, double va, double vb) {
        rows << name;
        m_numbersModel->appendRow({valueItem(va), valueItem(vb), deltaItem(va, vb)});
    };
    addRow(tr("Original mAP@0.5"), a.map.mAP50, b.map.mAP50);
    addRow(tr("Original mAP@[.5:.95]"), a.map.mAP50_95, b.map.mAP50_95);
    rows << tr("Detections");
    const auto change = int64_t(a.detections.size()) - int64_t(b.detections.size());
    auto* changeItem = textItem(QString::asprintf("%+lld", static_cast<long long>(change)));
    changeItem->setData(double(change), kSignedDeltaRole);
    changeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_numbersModel->appendRow({countItem(int64_t(a.detections.size())),
                               countItem(int64_t(b.detections.size())), changeItem});
    const QStringList stats = EvaluationSummary::statNames();
    for (size_t type : {metrics::kBbox, metrics::kSegm})
        for (int k = 0; k < 12; ++k)
            addRow((type == metrics::kBbox ? tr("bbox %1") : tr("segm %1")).arg(stats[k]),
                   a.stats[type][size_t(k)], b.stats[type][size_t(k)]);
    m_numbersModel->setVerticalHeaderLabels(rows);
    fitWidthToColumns(m_numbers);

    // Images evaluated in both, by how much their AP@0.5 moved.
    const auto apA = apByIndex(m_context.evaluated(), a);
    const auto apB = apByIndex(*m_other->evaluated, b);
    std::map<int64_t, int64_t> imageIdOf;
    for (const auto& [id, index] : m_context.evaluated().datasetIndex)
        imageIdOf[index] = id;
    int common = 0;
    for (const auto& [index, ap] : apA) {
        const auto it = apB.find(index);
        if (it == apB.end())
            continue;
        ++common;
        auto* image = idItem(m_context.imageName(imageIdOf[index]), index);
        image->setData(qlonglong(index), kDatasetIndexRole);
        m_imagesModel->appendRow(
            {image, valueItem(ap), valueItem(it->second), deltaItem(ap, it->second)});
    }
    m_images->sortByColumn(3, Qt::DescendingOrder);
    m_images->resizeColumnsToContents();
    const int onlyHere = int(apA.size()) - common;
    const int onlyThere = int(apB.size()) - common;
    QString text = tr("This evaluation against %1, both at minimum confidence %2; %n image(s) "
                      "with ground truth in both.",
                      nullptr, common)
                       .arg(m_otherName)
                       .arg(a.minScore, 0, 'f', 2);
    if (onlyHere > 0 || onlyThere > 0)
        text += " " + tr("The image sets differ (%1 only here, %2 only there): the dataset-wide "
                         "numbers are not over the same images.")
                          .arg(onlyHere)
                          .arg(onlyThere);
    m_note->setText(text);
}

void EvaluationCompare::retranslate() {
    m_open->setText(tr("Compare with a saved evaluation…"));
    fill();
}

void EvaluationCompare::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace mrcnn::gui
