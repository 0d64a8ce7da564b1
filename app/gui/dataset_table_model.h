#pragma once
// The Dataset dock's list: one row per image of the dataset (file name, id, size, instances,
// instances per class), the counts filled in as the loader reads them, and the proxy that
// filters it by class and by a search in file names and ids.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <array>
#include <map>
#include <memory>
#include <vector>

#include "data/dataset.h"
#include "gui/dataset_loader.h"
#include "gui/thumbnail_cache.h"

namespace mrcnn::gui {

// How the list (and the evaluation's tables) name an image: its file name, or its id in its
// source when it has no file (generated shapes).
QString datasetImageName(const ImageInfo& info);

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Image, Id, Size, Instances, Ap50, Errors, Classes, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;  // numbers for the numeric columns

    explicit DatasetTableModel(QObject* parent = nullptr);
    void setDataset(std::shared_ptr<const Dataset> dataset);
    void addCounts(const DatasetCounts& counts);
    // The original's AP@0.5 per dataset image, from the last evaluation (others: blank).
    void setImageAp(const std::map<int64_t, double>& ap50ByImage);
    // TIDE's errors per dataset image by coco::TideType, from the last evaluation; an
    // evaluated image missing from the map has none. `evaluated`: the images evaluated.
    void setImageErrors(const std::map<int64_t, std::array<int, 6>>& errorsByImage,
                        const std::vector<int64_t>& evaluated);
    bool hasEvaluation() const { return !m_evaluated.empty(); }
    // Errors of `type` (a coco::TideType; kAnyError: all types) in the image of `row`; -1 when
    // the image was not evaluated.
    static constexpr int kAnyError = 6;
    int errorCount(int row, int type) const;
    const std::shared_ptr<const Dataset>& dataset() const { return m_dataset; }
    // True when every image's id is its name (generated shapes): the Id column says nothing.
    bool idsRepeatNames() const;
    // Instances of `classId` in the image of `row`; -1 while not yet counted.
    int classCount(int row, int classId) const;
    // Over the images counted so far, per class id.
    std::vector<int> totals() const;
    // The Image column's pictures (Qt::DecorationRole), made in the background.
    ThumbnailCache& thumbnails() const { return *m_thumbnails; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString classesText(int row) const;
    QString errorsText(int row) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<std::vector<int>> m_counts;  // per image; empty while not counted
    std::map<int64_t, double> m_ap50;        // per evaluated image with ground truth
    std::map<int64_t, std::array<int, 6>> m_errors;
    std::vector<uint8_t> m_evaluated;  // per image; empty: no evaluation
    ThumbnailCache* m_thumbnails;
};

class DatasetFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    void setClassId(int classId);  // 0: every image
    int classId() const { return m_classId; }
    // -1: every image; DatasetTableModel::kAnyError: images with an error; a coco::TideType:
    // images with an error of that type.
    void setErrorType(int type);
    int errorType() const { return m_errorType; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    int m_classId = 0;
    int m_errorType = -1;
};

}  // namespace mrcnn::gui
