#include "targets/rpn_targets.h"

#include <gtest/gtest.h>

#include "model/utils/utils_test_data.h"
#include "utils/anchors.h"

using namespace mrcnn;
using test::loadNpyTensor;
using test::utilsDataDir;

namespace {

// Anchors of a reference anchor set, generated from its anchors.json entry (the anchors tests
// prove these equal the reference files).
torch::Tensor anchorsFor(const std::string& anchorSet) {
    auto cases = test::loadJsonFile(utilsDataDir() / "anchors/anchors.json")["cases"];
    for (const auto& c : cases) {
        if (c["name"] != anchorSet)
            continue;
        Config config = presetConfig(c["config"].get<std::string>());
        config.RPN_ANCHOR_SCALES = c["scales"].get<std::vector<double>>();
        config.RPN_ANCHOR_RATIOS = c["ratios"].get<std::vector<double>>();
        config.BACKBONE_STRIDES = c["backbone_strides"].get<std::vector<int>>();
        config.RPN_ANCHOR_STRIDE = c["anchor_stride"].get<int>();
        return anchorsForImage(config, c["image_shape"][0], c["image_shape"][1]).pixels.tensor();
    }
    throw std::runtime_error("unknown anchor set " + anchorSet);
}

std::vector<int64_t> where(const torch::Tensor& match, int value) {
    auto idx = torch::nonzero(match.eq(value)).reshape({-1});
    return std::vector<int64_t>(idx.data_ptr<int64_t>(), idx.data_ptr<int64_t>() + idx.numel());
}

// The sampled result against the deterministic one, by the README's subset/count rules.
void checkSampled(const RpnTargets& t, const Config& config) {
    const int64_t half = config.RPN_TRAIN_ANCHORS_PER_IMAGE / 2;
    auto detPos = where(t.deterministicMatch, 1);
    auto detNeg = where(t.deterministicMatch, -1);
    auto pos = where(t.rpnMatch, 1);
    auto neg = where(t.rpnMatch, -1);
    const int64_t p = std::min<int64_t>(detPos.size(), half);
    EXPECT_EQ(static_cast<int64_t>(pos.size()), p);
    EXPECT_EQ(static_cast<int64_t>(neg.size()),
              std::min<int64_t>(detNeg.size(), config.RPN_TRAIN_ANCHORS_PER_IMAGE - p));
    EXPECT_TRUE(std::includes(detPos.begin(), detPos.end(), pos.begin(), pos.end()));
    EXPECT_TRUE(std::includes(detNeg.begin(), detNeg.end(), neg.begin(), neg.end()));
    ASSERT_EQ(t.rpnBbox.sizes(), (std::vector<int64_t>{config.RPN_TRAIN_ANCHORS_PER_IMAGE, 4}));
    for (size_t i = 0; i < pos.size(); ++i) {
        auto k = std::lower_bound(detPos.begin(), detPos.end(), pos[i]) - detPos.begin();
        EXPECT_TRUE(t.rpnBbox[i].equal(t.deterministicBbox[k])) << "row " << i;
    }
    EXPECT_TRUE(t.rpnBbox.slice(0, static_cast<int64_t>(pos.size())).eq(0).all().item<bool>());
}

}  // namespace

TEST(TargetsRpn, EveryReferenceCaseDeterministicAndSampled) {
    auto cases = test::loadJsonFile(utilsDataDir() / "rpn/rpn_targets.json")["cases"];
    ASSERT_GE(cases.size(), 4u);
    int checkedFiles = 0;
    for (const auto& c : cases) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto anchors = anchorsFor(c["anchor_set"].get<std::string>());
        auto boxes = c["gt_boxes"].get<std::vector<std::array<int32_t, 4>>>();
        auto gtBoxes =
            torch::from_blob(boxes.data(), {static_cast<int64_t>(boxes.size()), 4}, torch::kInt32)
                .clone();
        auto gtIds = torch::tensor(c["gt_class_ids"].get<std::vector<int32_t>>(), torch::kInt32);
        Config config = presetConfig("base");
        config.RPN_TRAIN_ANCHORS_PER_IMAGE = c["config"]["RPN_TRAIN_ANCHORS_PER_IMAGE"];
        config.RPN_BBOX_STD_DEV = c["config"]["RPN_BBOX_STD_DEV"].get<std::array<double, 4>>();
        auto shape = c["image_shape"].get<std::array<int64_t, 3>>();
        auto t = buildRpnTargets(shape, anchors, gtIds, gtBoxes, config, 1234);

        auto det = test::parsePythonRepr(c["deterministic"]);
        EXPECT_EQ(t.rpnMatch.scalar_type(), torch::kInt32);
        EXPECT_EQ(t.rpnBbox.scalar_type(), torch::kFloat64);
        EXPECT_EQ(static_cast<int64_t>(where(t.deterministicMatch, 1).size()),
                  det["num_positive"].get<int64_t>());
        EXPECT_EQ(static_cast<int64_t>(where(t.deterministicMatch, -1).size()),
                  det["num_negative"].get<int64_t>());
        EXPECT_EQ(static_cast<int64_t>(where(t.deterministicMatch, 0).size()),
                  det["num_neutral"].get<int64_t>());
        for (auto root : {utilsDataDir(), test::sharedReferenceDir()}) {
            auto matchFile = root / det["rpn_match_file"].get<std::string>();
            auto bboxFile = root / det["rpn_bbox_file"].get<std::string>();
            if (!std::filesystem::exists(matchFile) || !std::filesystem::exists(bboxFile))
                continue;
            auto match = loadNpyTensor(matchFile).to(torch::kInt32);
            EXPECT_TRUE(t.deterministicMatch.equal(match));
            auto bbox = loadNpyTensor(bboxFile);
            ASSERT_EQ(bbox.sizes(), t.deterministicBbox.sizes());
            // The log terms: numpy's float64 log is CPU-dependent (its AVX512F kernel on the
            // reference machine, libm elsewhere); allow a few ULP there, the rest is exact.
            EXPECT_TRUE(t.deterministicBbox.slice(1, 0, 2).equal(bbox.slice(1, 0, 2)));
            EXPECT_TRUE(torch::allclose(t.deterministicBbox, bbox, 4e-16 * 4, 0))
                << (t.deterministicBbox - bbox).abs().max();
            ++checkedFiles;
            break;
        }
        checkSampled(t, config);
        EXPECT_EQ(static_cast<int64_t>(where(t.rpnMatch, 1).size()),
                  c["sampled"]["num_positive"].get<int64_t>());
        EXPECT_EQ(static_cast<int64_t>(where(t.rpnMatch, -1).size()),
                  c["sampled"]["num_negative"].get<int64_t>());
    }
    EXPECT_GE(checkedFiles, 4);
}

TEST(TargetsRpn, TiesSubsamplingCrowdsAndErrors) {
    // Anchors 0 and 1 are mirror images around the GT: both tie at its max IoU.
    auto anchors = torch::tensor({{0.0, 0.0, 10.0, 10.0},
                                  {0.0, 10.0, 10.0, 20.0},
                                  {50.0, 50.0, 60.0, 60.0},
                                  {80.0, 80.0, 90.0, 90.0}},
                                 torch::kFloat64);
    auto gt = torch::tensor({{0, 5, 10, 15}}, torch::kInt32);
    Config config = presetConfig("base");
    auto t = buildRpnTargets({100, 100, 3}, anchors, torch::tensor({1}, torch::kInt32), gt, config);
    EXPECT_TRUE(t.deterministicMatch.equal(torch::tensor({1, 1, -1, -1}, torch::kInt32)));
    EXPECT_EQ(t.anchorIouArgmax[0].item<int64_t>(), 0);
    // dy 0, dx +-0.5/0.1, log(1)/0.2 = 0.
    EXPECT_DOUBLE_EQ(t.rpnBbox[0][1].item<double>(), 0.5 / 0.1);
    EXPECT_DOUBLE_EQ(t.rpnBbox[1][1].item<double>(), -0.5 / 0.1);
    EXPECT_DOUBLE_EQ(t.rpnBbox[0][2].item<double>(), 0.0);

    // A crowd box covering anchor 3 keeps it from being negative and is not a GT itself.
    auto gt2 = torch::tensor({{0, 5, 10, 15}, {78, 78, 95, 95}}, torch::kInt32);
    auto c =
        buildRpnTargets({100, 100, 3}, anchors, torch::tensor({1, -1}, torch::kInt32), gt2, config);
    EXPECT_TRUE(c.deterministicMatch.equal(torch::tensor({1, 1, -1, 0}, torch::kInt32)));

    // Subsampling down to 2 per image: 1 positive and 1 negative, seeded and repeatable.
    config.RPN_TRAIN_ANCHORS_PER_IMAGE = 2;
    auto s1 =
        buildRpnTargets({100, 100, 3}, anchors, torch::tensor({1}, torch::kInt32), gt, config, 5);
    auto s2 =
        buildRpnTargets({100, 100, 3}, anchors, torch::tensor({1}, torch::kInt32), gt, config, 5);
    EXPECT_TRUE(s1.rpnMatch.equal(s2.rpnMatch));
    EXPECT_EQ(s1.rpnMatch.eq(1).sum().item<int64_t>(), 1);
    EXPECT_EQ(s1.rpnMatch.eq(-1).sum().item<int64_t>(), 1);
    checkSampled(s1, config);

    EXPECT_THROW(
        buildRpnTargets({100, 100, 3}, anchors, torch::tensor({-1}, torch::kInt32), gt, config),
        std::invalid_argument);
    EXPECT_THROW(buildRpnTargets({100, 100, 3}, anchors, torch::zeros({0}, torch::kInt32),
                                 torch::zeros({0, 4}, torch::kInt32), config),
                 std::invalid_argument);
    EXPECT_THROW(
        buildRpnTargets({100, 100, 3}, anchors, torch::tensor({1, 2}, torch::kInt32), gt, config),
        std::invalid_argument);
    EXPECT_EQ(rpnBboxDeltas(torch::zeros({0, 4}), torch::zeros({0, 4}), {1, 1, 1, 1}).size(0), 0);
}
