#pragma once
// Opens a dataset off the GUI thread for the Dataset dock: the reader runs first (the list of
// images appears as soon as it is done), then every image's ground truth is read once to count
// its instances per class, in batches that arrive while the rest is still read. Cancel stops
// between images; a new open drops the results of the old one.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "data/dataset.h"
#include "data/dataset_stats.h"

namespace mrcnn::gui {

// Instances per class id of some consecutive images (index = class id, [0] unused).
struct DatasetCounts {
    int64_t firstImage = 0;
    std::vector<std::vector<int>> perImage;
    std::vector<ImageStats> stats;  // per image: size and each instance's area and box
    QStringList problems;           // what reading these images' records skipped or fixed
};

class DatasetLoader : public QObject {
    Q_OBJECT
public:
    explicit DatasetLoader(QObject* parent = nullptr);
    ~DatasetLoader() override;  // cancels and waits

    // A dataset file, a folder, or a shapes:COUNT[xSIZE][@SEED] spec (openDataset's forms).
    void open(const QString& path);
    void cancel();
    bool busy() const { return m_busy; }
    // Blocks until the running job has finished and its results have arrived (tests).
    void waitForIdle();

Q_SIGNALS:
    void opened(std::shared_ptr<const mrcnn::Dataset> dataset, const QString& path);
    void counted(const mrcnn::gui::DatasetCounts& counts);
    void progress(int done, int total);
    void finished(bool cancelled);
    void failed(const QString& message);

private:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    void startCounting(std::shared_ptr<const Dataset> dataset, quint64 generation,
                       CancelFlag cancel);

    // One job at a time, in order: a new open queues behind the old one, whose own flag makes
    // it stop at its next image (the GUI thread never waits for it).
    QThreadPool m_pool;
    CancelFlag m_cancel = std::make_shared<std::atomic<bool>>(false);
    quint64 m_generation = 0;  // results of older opens are dropped
    bool m_busy = false;
};

}  // namespace mrcnn::gui
