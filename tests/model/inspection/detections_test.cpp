// Detections checks, when it is made, that its fields describe the same detections.

#include "inspection/detections.h"

#include <gtest/gtest.h>

#include <string>

using namespace mrcnn;

namespace {

OriginalBoxes twoBoxes() {
    return OriginalBoxes(torch::tensor({{0, 0, 4, 4}, {1, 2, 5, 6}}, torch::kInt32));
}

// The message of the std::invalid_argument `make` throws, or "" when it throws none.
template <typename Fn>
std::string invalidArgument(Fn&& make) {
    try {
        make();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(Detections, EmptyByDefault) {
    Detections d;
    EXPECT_EQ(d.count(), 0);
    EXPECT_EQ(d.rois().tensor().sizes(), (c10::IntArrayRef{0, 4}));
    EXPECT_EQ(d.classIds().numel(), 0);
    EXPECT_EQ(d.scores().numel(), 0);
    EXPECT_EQ(d.rows().numel(), 0);
    EXPECT_FALSE(d.hasMasks());
}

TEST(Detections, IndexesItsFieldsTogether) {
    auto masks = torch::zeros({8, 8, 2}, torch::kBool);
    Detections d(twoBoxes(), torch::tensor({1, 3}, torch::kInt32), torch::tensor({0.9f, 0.6f}),
                 masks, torch::tensor({0, 2}, torch::kInt64));
    EXPECT_EQ(d.count(), 2);
    EXPECT_EQ(d.classIds()[1].item<int32_t>(), 3);
    EXPECT_FLOAT_EQ(d.scores()[0].item<float>(), 0.9f);
    EXPECT_TRUE(d.hasMasks());
    EXPECT_EQ(d.row(1), 2);
    EXPECT_THROW(d.row(2), std::out_of_range);
    EXPECT_THROW(d.row(-1), std::out_of_range);
    // Without rows, result i comes from row i.
    Detections plain(twoBoxes(), torch::tensor({1, 3}, torch::kInt32), torch::tensor({0.9f, 0.6f}));
    EXPECT_EQ(plain.row(1), 1);
    EXPECT_FALSE(plain.hasMasks());
}

TEST(Detections, UnequalLengthsAreRefusedWithTheFieldNamed) {
    auto ids = torch::tensor({1, 3}, torch::kInt32);
    auto scores = torch::tensor({0.9f, 0.6f});
    auto msg =
        invalidArgument([&] { Detections(twoBoxes(), torch::tensor({1}, torch::kInt32), scores); });
    EXPECT_NE(msg.find("class_ids"), std::string::npos) << msg;
    EXPECT_NE(msg.find("2"), std::string::npos) << msg;
    msg = invalidArgument([&] { Detections(twoBoxes(), ids, torch::tensor({0.9f, 0.6f, 0.1f})); });
    EXPECT_NE(msg.find("scores"), std::string::npos) << msg;
    msg = invalidArgument([&] { Detections(twoBoxes(), ids, torch::Tensor()); });
    EXPECT_NE(msg.find("scores"), std::string::npos) << msg;
    msg = invalidArgument([&] {
        Detections(twoBoxes(), ids, scores, torch::zeros({8, 8, 3}, torch::kBool));
    });
    EXPECT_NE(msg.find("masks"), std::string::npos) << msg;
    msg = invalidArgument([&] {
        Detections(twoBoxes(), ids, scores, torch::zeros({8, 8}, torch::kBool));
    });
    EXPECT_NE(msg.find("masks"), std::string::npos) << msg;
    msg = invalidArgument(
        [&] { Detections(twoBoxes(), ids, scores, {}, torch::tensor({0}, torch::kInt64)); });
    EXPECT_NE(msg.find("rows"), std::string::npos) << msg;
    msg = invalidArgument([&] { Detections(twoBoxes(), ids.view({2, 1}), scores); });
    EXPECT_NE(msg.find("class_ids"), std::string::npos) << msg;
}
