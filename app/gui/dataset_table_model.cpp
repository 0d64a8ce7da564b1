#include "gui/dataset_table_model.h"

#include <QFileInfo>

#include "coco/tide_errors.h"

namespace mrcnn::gui {

QString datasetImageName(const ImageInfo& info) {
    return info.path.empty() ? QString::fromStdString(info.sourceId)
                             : QFileInfo(QString::fromStdString(info.path)).fileName();
}

DatasetTableModel::DatasetTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_thumbnails(new ThumbnailCache(this)) {
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](qint64 row) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(int(row), Image), index(int(row), Image),
                               {Qt::DecorationRole});
    });
}

void DatasetTableModel::setDataset(std::shared_ptr<const Dataset> dataset) {
    beginResetModel();
    m_dataset = std::move(dataset);
    m_thumbnails->setDataset(m_dataset);
    m_counts.assign(m_dataset ? size_t(m_dataset->numImages()) : 0, {});
    m_ap50.clear();
    m_errors.clear();
    m_evaluated.clear();
    endResetModel();
}

bool DatasetTableModel::idsRepeatNames() const {
    if (!m_dataset)
        return false;
    for (int64_t i = 0; i < m_dataset->numImages(); ++i) {
        const ImageInfo& info = m_dataset->imageInfo(i);
        if (datasetImageName(info) != QString::fromStdString(info.sourceId))
            return false;
    }
    return true;
}

void DatasetTableModel::addCounts(const DatasetCounts& counts) {
    if (counts.perImage.empty() || !m_dataset)
        return;
    const size_t first = size_t(counts.firstImage);
    if (first + counts.perImage.size() > m_counts.size())
        return;  // from another dataset
    for (size_t i = 0; i < counts.perImage.size(); ++i)
        m_counts[first + i] = counts.perImage[i];
    const int last = int(first + counts.perImage.size() - 1);
    Q_EMIT dataChanged(index(int(first), Instances), index(last, Classes));
}

void DatasetTableModel::setImageAp(const std::map<int64_t, double>& ap50ByImage) {
    m_ap50 = ap50ByImage;
    if (!m_counts.empty())
        Q_EMIT dataChanged(index(0, Ap50), index(int(m_counts.size()) - 1, Ap50));
}

void DatasetTableModel::setImageErrors(const std::map<int64_t, std::array<int, 6>>& errorsByImage,
                                       const std::vector<int64_t>& evaluated) {
    m_errors = errorsByImage;
    m_evaluated.assign(m_counts.size(), 0);
    for (int64_t i : evaluated)
        if (i >= 0 && size_t(i) < m_evaluated.size())
            m_evaluated[size_t(i)] = 1;
    if (!m_counts.empty())
        Q_EMIT dataChanged(index(0, Errors), index(int(m_counts.size()) - 1, Errors));
}

int DatasetTableModel::errorCount(int row, int type) const {
    if (m_evaluated.empty() || !m_evaluated[size_t(row)])
        return -1;
    const auto it = m_errors.find(row);
    if (it == m_errors.end())
        return 0;
    if (type >= 0 && type < kAnyError)
        return it->second[size_t(type)];
    int all = 0;
    for (int n : it->second)
        all += n;
    return all;
}

QString DatasetTableModel::errorsText(int row) const {
    const auto it = m_errors.find(row);
    if (it == m_errors.end())
        return tr("No errors (TIDE, masks at IoU 0.5)");
    QStringList parts;
    for (size_t t = 0; t < it->second.size(); ++t)
        if (it->second[t] > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(it->second[t])
                         .arg(QString::fromLatin1(coco::kTideTypeNames[t]));
    return tr("TIDE errors (masks, IoU 0.5): %1").arg(parts.join(QStringLiteral(", ")));
}

int DatasetTableModel::classCount(int row, int classId) const {
    const auto& c = m_counts[size_t(row)];
    if (c.empty())
        return -1;
    return classId >= 0 && classId < int(c.size()) ? c[size_t(classId)] : 0;
}

std::vector<int> DatasetTableModel::totals() const {
    std::vector<int> out(m_dataset ? size_t(m_dataset->numClasses()) : 0, 0);
    for (const auto& c : m_counts)
        for (size_t k = 0; k < c.size() && k < out.size(); ++k)
            out[k] += c[k];
    return out;
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_counts.size());
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DatasetTableModel::classesText(int row) const {
    const auto& c = m_counts[size_t(row)];
    QStringList parts;
    for (size_t k = 1; k < c.size(); ++k)
        if (c[k] > 0)
            parts << QStringLiteral("%1 %2").arg(c[k]).arg(
                QString::fromStdString(m_dataset->classNames()[k]));
    return parts.join(QStringLiteral(", "));
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_dataset)
        return {};
    const int row = index.row();
    const ImageInfo& info = m_dataset->imageInfo(row);
    const auto& counts = m_counts[size_t(row)];
    int instances = 0;
    for (size_t k = 1; k < counts.size(); ++k)
        instances += counts[k];
    const bool counted = !counts.empty();
    if (role == Qt::ToolTipRole && index.column() == Errors)
        return errorCount(row, kAnyError) >= 0 ? errorsText(row) : QString();
    if (role == Qt::ToolTipRole)
        return index.column() == Classes && counted
                   ? classesText(row)
                   : QString::fromStdString(info.path.empty() ? info.sourceId : info.path);
    if (role == Qt::DecorationRole && index.column() == Image) {
        const QImage thumbnail = m_thumbnails->thumbnail(row);
        return thumbnail.isNull() ? QVariant() : QVariant(thumbnail);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Size && index.column() <= Errors)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
        case Image:
            return datasetImageName(info);
        case Id:
            return QString::fromStdString(info.sourceId);
        case Size:
            if (role == SortRole)
                return qlonglong(info.width * info.height);
            return info.width > 0 ? QStringLiteral("%1×%2").arg(info.width).arg(info.height)
                                  : QString();
        case Instances:
            if (role == SortRole)
                return counted ? instances : -1;
            return counted ? QString::number(instances) : QStringLiteral("…");
        case Ap50: {
            const auto it = m_ap50.find(row);
            if (role == SortRole)
                return it == m_ap50.end() ? -1.0 : it->second;
            return it == m_ap50.end() ? QString() : QString::number(it->second, 'f', 3);
        }
        case Errors: {
            const int errors = errorCount(row, kAnyError);
            if (role == SortRole)
                return errors;
            return errors < 0 ? QString() : QString::number(errors);
        }
        case Classes:
            return counted ? classesText(row) : QString();
        default:
            return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Image:
            return tr("Image");
        case Id:
            return tr("Id");
        case Size:
            return tr("Size");
        case Instances:
            return tr("Instances");
        case Ap50:
            return tr("AP@0.5");
        case Errors:
            return tr("Errors");
        case Classes:
            return tr("Classes");
        default:
            return {};
    }
}

void DatasetFilter::setSearch(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void DatasetFilter::setClassId(int classId) {
    m_classId = classId;
    invalidateFilter();
}

void DatasetFilter::setErrorType(int type) {
    m_errorType = type;
    invalidateFilter();
}

bool DatasetFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    auto* model = qobject_cast<const DatasetTableModel*>(sourceModel());
    if (!model)
        return true;
    if (m_classId > 0 && model->classCount(sourceRow, m_classId) <= 0)
        return false;
    if (m_errorType >= 0 && model->errorCount(sourceRow, m_errorType) <= 0)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {DatasetTableModel::Image, DatasetTableModel::Id})
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

}  // namespace mrcnn::gui
