#include "gui/thumbnail_cache.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <mutex>
#include <vector>

#include "figures/tensor_qt.h"

namespace mrcnn::gui {

namespace {
// Requests beyond this many are dropped oldest first: those rows have scrolled out of view
// (a dropped row asks again when it comes back).
constexpr size_t kMaxWaiting = 256;
}  // namespace

// Shared with the worker, which may outlive a dataset change (it checks the generation).
struct ThumbnailCache::Queue {
    std::mutex mutex;
    std::vector<int64_t> waiting;  // the last asked for at the back
    bool running = false;
    quint64 generation = 0;
    std::shared_ptr<const Dataset> dataset;
};

ThumbnailCache::ThumbnailCache(QObject* parent)
    : QObject(parent), m_queue(std::make_shared<Queue>()) {
    m_pool.setMaxThreadCount(1);
}

ThumbnailCache::~ThumbnailCache() {
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->waiting.clear();
        ++m_queue->generation;
    }
    m_pool.waitForDone();
}

void ThumbnailCache::setDataset(std::shared_ptr<const Dataset> dataset) {
    std::lock_guard lock(m_queue->mutex);
    m_queue->waiting.clear();
    ++m_queue->generation;
    m_queue->dataset = std::move(dataset);
    m_cache.clear();
    m_pending.clear();
    m_unreadable.clear();
}

QImage ThumbnailCache::thumbnail(int64_t index) {
    if (const QImage* image = m_cache.object(index))
        return *image;
    if (m_pending.contains(index) || m_unreadable.contains(index))
        return {};
    std::lock_guard lock(m_queue->mutex);
    if (!m_queue->dataset || index < 0 || index >= m_queue->dataset->numImages())
        return {};
    m_queue->waiting.push_back(index);
    m_pending.insert(index);
    if (m_queue->waiting.size() > kMaxWaiting) {
        m_pending.remove(m_queue->waiting.front());
        m_queue->waiting.erase(m_queue->waiting.begin());
    }
    if (m_queue->running)
        return {};
    m_queue->running = true;
    m_pool.start([this, queue = m_queue] {
        for (;;) {
            int64_t index = 0;
            quint64 generation = 0;
            std::shared_ptr<const Dataset> dataset;
            {
                std::lock_guard lock(queue->mutex);
                if (queue->waiting.empty()) {
                    queue->running = false;
                    return;
                }
                index = queue->waiting.back();
                queue->waiting.pop_back();
                generation = queue->generation;
                dataset = queue->dataset;
            }
            QImage small;
            try {
                small = figures::rgbImage(dataset->loadImage(index))
                            .scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            } catch (const std::exception&) {
                // Unreadable: the list shows no picture; opening the image says why.
            }
            // `this` outlives the worker: the destructor waits for the pool.
            QMetaObject::invokeMethod(
                this, [this, generation, index, small] { delivered(generation, index, small); });
        }
    });
    return {};
}

void ThumbnailCache::delivered(quint64 generation, int64_t index, const QImage& image) {
    {
        std::lock_guard lock(m_queue->mutex);
        if (generation != m_queue->generation)
            return;  // of a dataset no longer shown
    }
    m_pending.remove(index);
    if (image.isNull())
        m_unreadable.insert(index);
    else
        m_cache.insert(index, new QImage(image));
    Q_EMIT thumbnailReady(index);
}

void ThumbnailCache::waitForIdle() {
    for (;;) {
        m_pool.waitForDone();
        QCoreApplication::processEvents();
        std::lock_guard lock(m_queue->mutex);
        if (!m_queue->running && m_queue->waiting.empty())
            return;
    }
}

}  // namespace mrcnn::gui
