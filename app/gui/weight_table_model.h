#pragma once
// Every weight tensor of a file as table rows: layer, weight name, shape, parameter count,
// min, max, mean, std, NaN, Inf and the original's alerts (highlighted). SortRole gives
// numbers for the numeric columns, so a QSortFilterProxyModel sorts them as numbers.

#include <QAbstractTableModel>

#include <memory>

#include "weights/weight_stats.h"

namespace mrcnn::gui {

class WeightTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Layer, Name, Shape, Count, Min, Max, Mean, Std, NaN, Inf, Alerts, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TensorNameRole = Qt::UserRole + 2;  // the name as in the file

    explicit WeightTableModel(QObject* parent = nullptr);

    void setStats(std::shared_ptr<const WeightStats> stats);
    const TensorStats* tensorAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const WeightStats> m_stats;
};

}  // namespace mrcnn::gui
