// The dump's image_meta: float64 whatever the config, with compose_image_meta's values
// (issue 9 §6). The original's numpy promotion would give int64 at resize scale 1 and
// float64 otherwise; a dump has one dtype.

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "inspection/inspection_npz.h"
#include "pipeline/model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

std::vector<double> asDoubles(const NpyArray& a) {
    std::vector<double> out(static_cast<size_t>(a.numel()));
    std::memcpy(out.data(), a.data.data(), a.data.size());
    return out;
}

// The micro model at its own 128² (resize scale 1) and at 256² (scale 2).
class ImageMetaDtype : public ::testing::TestWithParam<int> {};

TEST_P(ImageMetaDtype, IsFloat64WithTheMetaValues) {
    const auto d = test::dataDir();
    Config c = loadConfigFile((d / "runs/shapes_micro.json").string());
    c.IMAGE_MIN_DIM = GetParam();
    c.IMAGE_MAX_DIM = GetParam();
    LoadReport report;
    ParamStore params =
        loadParams(readKerasWeights((d / "runs/shapes_micro_seed3.h5").string()), c, report);
    Model model(c, std::move(params), report);
    const auto rec = model.run(loadImageRgb((d / "images/shapes_001.png").string()));

    const auto path = std::filesystem::temp_directory_path() /
                      ("image_meta_" + std::to_string(GetParam()) + ".npz");
    writeInspectionNpz(*rec, path.string(), {false, false});
    const auto arrays = readNpzMap(path.string());
    std::filesystem::remove(path);
    const NpyArray& meta = arrays.at("image_meta");
    ASSERT_EQ(meta.dtype, "<f8");
    ASSERT_EQ(meta.shape, (std::vector<int64_t>{1, 12 + c.NUM_CLASSES}));
    const auto values = asDoubles(meta);
    // [id, original (h, w, c), molded (h, w, c), window (4), scale, active class ids].
    const double size = GetParam();
    const std::vector<double> head = {0, 128, 128, 3, size, size, 3, 0, 0, size, size, size / 128};
    for (size_t i = 0; i < head.size(); ++i)
        EXPECT_DOUBLE_EQ(values[i], head[i]) << i;
    // The record's meta, whatever dtype it holds, has the same values.
    const auto recMeta = rec->tensor("image_meta").to(torch::kFloat64).contiguous();
    EXPECT_TRUE(std::equal(values.begin(), values.end(), recMeta.data_ptr<double>()));
}

INSTANTIATE_TEST_SUITE_P(TwoConfigs, ImageMetaDtype, ::testing::Values(128, 256));

}  // namespace
}  // namespace mrcnn
