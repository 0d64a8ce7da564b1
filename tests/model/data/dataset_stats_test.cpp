#include "data/dataset_stats.h"

#include <gtest/gtest.h>

#include "data/shapes_dataset.h"
#include "utils/boxes.h"

namespace mrcnn {
namespace {

// Every number is the masks' own: counts per class, mask areas, extract_bboxes' boxes.
TEST(DatasetStats, CountsAreasAndBoxesOfTheMasks) {
    const ShapesDataset dataset(6, 96, 80, 4);
    const DatasetStats stats = computeDatasetStats(dataset);
    EXPECT_EQ(stats.numImages(), 6);
    EXPECT_EQ(stats.imagesRead(), 6);
    EXPECT_EQ(stats.classNames(), dataset.classNames());
    std::vector<int64_t> perClass(dataset.classNames().size(), 0), imagesWith(perClass.size(), 0);
    std::vector<double> perImage;
    size_t objects = 0;
    for (int64_t i = 0; i < 6; ++i) {
        const InstanceMasks m = dataset.loadMask(i);
        const ImageStats& s = stats.images()[size_t(i)];
        EXPECT_EQ(s.height, 96);
        EXPECT_EQ(s.width, 80);
        ASSERT_EQ(int64_t(s.objects.size()), m.count());
        const auto boxes = extractBboxes(m.masks);
        std::vector<uint8_t> seen(perClass.size(), 0);
        for (int64_t k = 0; k < m.count(); ++k) {
            const ObjectStats& o = s.objects[size_t(k)];
            EXPECT_EQ(o.classId, m.classIds[k].item<int32_t>());
            EXPECT_EQ(o.area, m.masks.select(2, k).sum().item<int64_t>());
            EXPECT_EQ(o.height, boxes[k][2].item<int32_t>() - boxes[k][0].item<int32_t>());
            EXPECT_EQ(o.width, boxes[k][3].item<int32_t>() - boxes[k][1].item<int32_t>());
            ++perClass[size_t(o.classId)];
            if (!seen[size_t(o.classId)]++)
                ++imagesWith[size_t(o.classId)];
        }
        perImage.push_back(double(m.count()));
        objects += size_t(m.count());
    }
    EXPECT_EQ(stats.instancesPerClass(), perClass);
    EXPECT_EQ(stats.imagesPerClass(), imagesWith);
    EXPECT_EQ(stats.instancesPerImage(), perImage);
    EXPECT_EQ(stats.objects().size(), objects);
}

// Filled image by image (as the window's loader does): only what was read counts; crowds
// are kept apart.
TEST(DatasetStats, PartlyReadAndCrowds) {
    const ShapesDataset dataset(4, 96, 96, 1);
    DatasetStats stats(dataset);
    EXPECT_EQ(stats.imagesRead(), 0);
    EXPECT_TRUE(stats.instancesPerImage().empty());
    InstanceMasks m;
    m.masks = torch::zeros({64, 64, 2}, torch::kBool);
    m.masks.index_put_({torch::indexing::Slice(0, 4), torch::indexing::Slice(0, 8), 0}, true);
    m.masks.index_put_({torch::indexing::Slice(10, 30), torch::indexing::Slice(10, 20), 1}, true);
    m.classIds = torch::tensor(std::vector<int32_t>{2, -1});
    stats.setImage(2, imageStats(m, dataset.imageInfo(2)));
    stats.setImage(2, imageStats(m, dataset.imageInfo(2)));  // again: still one image
    EXPECT_EQ(stats.imagesRead(), 1);
    EXPECT_TRUE(stats.isRead(2));
    EXPECT_FALSE(stats.isRead(0));
    EXPECT_EQ(stats.instancesPerImage(), std::vector<double>{1.0});
    ASSERT_EQ(stats.objects().size(), 1u);
    EXPECT_EQ(stats.objects()[0]->area, 32);
    EXPECT_EQ(stats.objects()[0]->height, 4);
    EXPECT_EQ(stats.objects()[0]->width, 8);
    EXPECT_TRUE(stats.images()[2].objects[1].crowd);
    EXPECT_EQ(stats.images()[2].objects[1].classId, 1);
    EXPECT_EQ(stats.instancesPerClass()[1], 0);  // the crowd is not an instance
    EXPECT_EQ(stats.instancesPerClass()[2], 1);
}

}  // namespace
}  // namespace mrcnn
