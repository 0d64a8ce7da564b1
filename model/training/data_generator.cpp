#include "training/data_generator.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "targets/rpn_targets.h"
#include "utils/image_ops.h"

namespace mrcnn::training {

DataGenerator::DataGenerator(const Dataset& dataset, const Config& config, uint64_t seed,
                             FlipOptions flips)
    : m_dataset(dataset), m_config(config), m_flips(flips), m_rng(seed) {
    if (dataset.numImages() == 0)
        throw std::invalid_argument("the training dataset has no images");
    if (dataset.numClasses() > config.NUM_CLASSES)
        throw std::invalid_argument("the dataset has " + std::to_string(dataset.numClasses()) +
                                    " classes (with BG), the config's NUM_CLASSES is " +
                                    std::to_string(config.NUM_CLASSES));
    m_order.resize(static_cast<size_t>(dataset.numImages()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_position = m_order.size();  // shuffle on the first call
    const auto shape = config.imageShape();
    m_anchors = anchorsForImage(config, shape[0], shape[1]);
}

TrainBatch DataGenerator::next() {
    const int batchSize = m_config.batchSize();
    std::vector<ImageGt> images;
    size_t emptyInARow = 0;
    while (static_cast<int>(images.size()) < batchSize) {
        if (m_position >= m_order.size()) {
            std::shuffle(m_order.begin(), m_order.end(), m_rng);
            m_position = 0;
        }
        const int64_t id = m_order[m_position++];
        ImageGt gt = loadImageGt(m_dataset, m_config, id, m_flips, m_config.USE_MINI_MASK, &m_rng);
        if (!(gt.classIds > 0).any().item<bool>()) {
            if (++emptyInARow > m_order.size())
                throw DatasetError("", "", "no image of the dataset has instances to train on");
            continue;
        }
        emptyInARow = 0;
        const int64_t n = gt.classIds.size(0);
        if (n > m_config.MAX_GT_INSTANCES) {
            std::vector<int64_t> ids(static_cast<size_t>(n));
            std::iota(ids.begin(), ids.end(), 0);
            std::shuffle(ids.begin(), ids.end(), m_rng);
            ids.resize(static_cast<size_t>(m_config.MAX_GT_INSTANCES));
            auto keep = torch::tensor(ids, torch::kInt64);
            gt.classIds = gt.classIds.index_select(0, keep);
            gt.boxes = gt.boxes.index_select(0, keep);
            gt.masks = gt.masks.index_select(2, keep);
        }
        images.push_back(std::move(gt));
    }

    TrainBatch batch;
    batch.height = images[0].image.size(0);
    batch.width = images[0].image.size(1);
    const auto shape = m_config.imageShape();
    std::vector<torch::Tensor> molded, matches, deltas;
    for (const auto& gt : images) {
        if (gt.image.size(0) != batch.height || gt.image.size(1) != batch.width)
            throw std::invalid_argument(
                "images of one batch resize to different sizes; use IMAGE_RESIZE_MODE square "
                "or crop, or IMAGES_PER_GPU 1");
        if (gt.image.size(0) != shape[0] || gt.image.size(1) != shape[1])
            throw std::invalid_argument("a resized image is " + std::to_string(gt.image.size(0)) +
                                        "x" + std::to_string(gt.image.size(1)) +
                                        ", the config's IMAGE_SHAPE is " +
                                        std::to_string(shape[0]) + "x" + std::to_string(shape[1]));
        molded.push_back(moldImage(gt.image, m_config).permute({2, 0, 1}));
        auto targets = buildRpnTargets({batch.height, batch.width, 3}, m_anchors.pixels.tensor(),
                                       gt.classIds, gt.boxes, m_config, m_rng());
        matches.push_back(targets.rpnMatch);
        deltas.push_back(targets.rpnBbox.to(torch::kFloat32));
    }
    batch.images = torch::stack(molded, 0).contiguous();
    batch.rpnMatch = torch::stack(matches, 0);
    batch.rpnBbox = torch::stack(deltas, 0);
    batch.anchors = m_anchors.normalized.tensor();
    batch.gt = std::move(images);
    return batch;
}

}  // namespace mrcnn::training
