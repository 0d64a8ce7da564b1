#include "gui/weight_table_model.h"

#include <QBrush>
#include <QColor>

#include "figures/weight_text.h"

namespace mrcnn::gui {

WeightTableModel::WeightTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void WeightTableModel::setStats(std::shared_ptr<const WeightStats> stats) {
    beginResetModel();
    m_stats = std::move(stats);
    endResetModel();
}

const TensorStats* WeightTableModel::tensorAt(int row) const {
    if (!m_stats || row < 0 || row >= static_cast<int>(m_stats->tensors.size()))
        return nullptr;
    return &m_stats->tensors[static_cast<size_t>(row)];
}

int WeightTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_stats ? 0 : static_cast<int>(m_stats->tensors.size());
}

int WeightTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeightTableModel::data(const QModelIndex& index, int role) const {
    const TensorStats* t = tensorAt(index.row());
    if (!t)
        return {};
    const int c = index.column();
    if (role == TensorNameRole)
        return QString::fromStdString(t->name);
    if (role == Qt::TextAlignmentRole)
        return c >= Count && c <= Inf ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::BackgroundRole && !t->alerts.empty())
        return QBrush(QColor(255, 205, 190));  // a row with an alert stands out
    if (role == Qt::ForegroundRole && c == Alerts && !t->alerts.empty())
        return QBrush(QColor(160, 0, 0));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (c) {
            case Layer:
                return QString::fromStdString(t->layer);
            case Name:
                return QString::fromStdString(t->name);
            case Shape:
                return figures::shapeText(t->shape);
            case Count:
                return figures::groupedNumber(t->count);
            case Min:
                return figures::statText(t->min);
            case Max:
                return figures::statText(t->max);
            case Mean:
                return figures::statText(t->mean);
            case Std:
                return figures::statText(t->stddev);
            case NaN:
                return QString::number(t->nan);
            case Inf:
                return QString::number(t->inf);
            case Alerts:
                return figures::alertsText(t->alerts);
        }
    }
    if (role == SortRole) {
        switch (c) {
            case Shape:  // by size, then as text
            case Count:
                return static_cast<qlonglong>(t->count);
            case Min:
                return t->min;
            case Max:
                return t->max;
            case Mean:
                return t->mean;
            case Std:
                return t->stddev;
            case NaN:
                return static_cast<qlonglong>(t->nan);
            case Inf:
                return static_cast<qlonglong>(t->inf);
            case Alerts:  // rows with alerts first when sorted descending
                return static_cast<int>(t->alerts.size());
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant WeightTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Layer:
            return tr("Layer");
        case Name:
            return tr("Weight");
        case Shape:
            return tr("Shape");
        case Count:
            return tr("Parameters");
        case Min:
            return tr("Min");
        case Max:
            return tr("Max");
        case Mean:
            return tr("Mean");
        case Std:
            return tr("Std");
        case NaN:
            return tr("NaN");
        case Inf:
            return tr("Inf");
        case Alerts:
            return tr("Alerts");
    }
    return {};
}

}  // namespace mrcnn::gui
