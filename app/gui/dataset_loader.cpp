#include "gui/dataset_loader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>

#include <cstdlib>

#include "data/open_dataset.h"

namespace mrcnn::gui {

namespace {
struct DatasetLoading {
    Q_DECLARE_TR_FUNCTIONS(DatasetLoading)
};
constexpr int kBatch = 32;  // images per result: the list fills smoothly, signals stay few
}  // namespace

DatasetLoader::DatasetLoader(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<mrcnn::gui::DatasetCounts>();
    qRegisterMetaType<std::shared_ptr<const mrcnn::Dataset>>();
}

DatasetLoader::~DatasetLoader() {
    *m_cancel = true;
    m_pool.waitForDone();
}

void DatasetLoader::cancel() {
    *m_cancel = true;
}

void DatasetLoader::waitForIdle() {
    while (m_busy) {
        m_pool.waitForDone(50);
        QCoreApplication::processEvents();
    }
}

void DatasetLoader::open(const QString& path) {
    *m_cancel = true;  // the previous job stops at its next image
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    CancelFlag cancel = m_cancel;
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_pool.start([this, path, generation, cancel] {
        std::shared_ptr<const Dataset> dataset;
        QString error;
        try {
            dataset = openDataset(path.toStdString());
        } catch (const std::exception& e) {
            error = DatasetLoading::tr("Cannot open the dataset %1: %2")
                        .arg(path.startsWith("shapes:") ? path : QFileInfo(path).fileName(),
                             QString::fromUtf8(e.what()));
        }
        QMetaObject::invokeMethod(this, [this, dataset, error, path, generation, cancel] {
            if (generation != m_generation)
                return;
            if (!dataset) {
                m_busy = false;
                Q_EMIT failed(error);
                return;
            }
            Q_EMIT opened(dataset, path);
            startCounting(dataset, generation, cancel);
        });
    });
}

void DatasetLoader::startCounting(std::shared_ptr<const Dataset> dataset, quint64 generation,
                                  CancelFlag cancel) {
    m_pool.start([this, dataset, generation, cancel] {
        const int64_t total = dataset->numImages();
        const int64_t classes = dataset->numClasses();
        DatasetCounts batch;
        auto send = [&] {
            QMetaObject::invokeMethod(this, [this, batch, generation, total] {
                if (generation != m_generation)
                    return;
                Q_EMIT counted(batch);
                const int64_t done = batch.firstImage + int64_t(batch.perImage.size());
                Q_EMIT progress(int(done), int(total));
            });
        };
        int64_t image = 0;
        for (; image < total && !*cancel; ++image) {
            if (batch.perImage.empty())
                batch.firstImage = image;
            std::vector<int> counts(size_t(classes), 0);
            ImageStats stats;
            try {
                // The counts are those of the ground truth the inspector shows for the image.
                const InstanceMasks instances = dataset->loadMask(image);
                const torch::Tensor ids = instances.count() > 0
                                              ? instances.classIds.to(torch::kInt32).contiguous()
                                              : torch::Tensor();
                for (int64_t i = 0; i < instances.count(); ++i) {
                    const int id = std::abs(ids.data_ptr<int32_t>()[i]);  // crowds: negative
                    if (id > 0 && id < classes)
                        ++counts[size_t(id)];
                }
                stats = imageStats(instances, dataset->imageInfo(image));
                for (const auto& p : instances.problems)
                    batch.problems << QString::fromStdString(p);
            } catch (const std::exception& e) {
                batch.problems << QString::fromUtf8(e.what());
            }
            batch.perImage.push_back(std::move(counts));
            batch.stats.push_back(std::move(stats));
            if (batch.perImage.size() == kBatch) {
                send();
                batch = DatasetCounts{};
            }
        }
        if (!batch.perImage.empty())
            send();
        const bool cancelled = image < total;
        QMetaObject::invokeMethod(this, [this, generation, cancelled] {
            if (generation != m_generation)
                return;
            m_busy = false;
            Q_EMIT finished(cancelled);
        });
    });
}

}  // namespace mrcnn::gui
