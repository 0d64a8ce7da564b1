#pragma once
// Small pictures of a dataset's images for the Dataset list. They are made on a background
// thread as rows come into view, the rows asked for last first (scrolling through a large
// dataset never queues the whole of it), and kept for the dataset's lifetime up to a bound.

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

#include "data/dataset.h"

namespace mrcnn::gui {

class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    static constexpr int kSize = 32;  // the longer side, in pixels

    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Image `index`'s thumbnail; a null image while it is being made (thumbnailReady follows)
    // and for an image that cannot be read.
    QImage thumbnail(int64_t index);
    // Waits until no thumbnail is being made (tests).
    void waitForIdle();
    int readyCount() const { return int(m_cache.count()); }

Q_SIGNALS:
    void thumbnailReady(qint64 index);

private:
    struct Queue;
    void delivered(quint64 generation, int64_t index, const QImage& image);

    std::shared_ptr<Queue> m_queue;
    QThreadPool m_pool;
    QCache<int64_t, QImage> m_cache{4000};  // one unit a thumbnail
    QSet<int64_t> m_pending, m_unreadable;
};

}  // namespace mrcnn::gui
