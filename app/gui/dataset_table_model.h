#pragma once
// The Dataset dock's list: one row per image of the dataset (file name, id, size, instances,
// instances per class), the counts filled in as the loader reads them, and the proxy that
// filters it by class and by a search in file names and ids.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <map>
#include <memory>
#include <vector>

#include "data/dataset.h"
#include "gui/dataset_loader.h"

namespace mrcnn::gui {

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Image, Id, Size, Instances, Ap50, Classes, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;  // numbers for the numeric columns

    using QAbstractTableModel::QAbstractTableModel;
    void setDataset(std::shared_ptr<const Dataset> dataset);
    void addCounts(const DatasetCounts& counts);
    // The original's AP@0.5 per dataset image, from the last evaluation (others: blank).
    void setImageAp(const std::map<int64_t, double>& ap50ByImage);
    const std::shared_ptr<const Dataset>& dataset() const { return m_dataset; }
    // Instances of `classId` in the image of `row`; -1 while not yet counted.
    int classCount(int row, int classId) const;
    // Over the images counted so far, per class id.
    std::vector<int> totals() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString classesText(int row) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<std::vector<int>> m_counts;  // per image; empty while not counted
    std::map<int64_t, double> m_ap50;        // per evaluated image with ground truth
};

class DatasetFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    void setClassId(int classId);  // 0: every image
    int classId() const { return m_classId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    int m_classId = 0;
};

}  // namespace mrcnn::gui
