#include "coco/rle.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "io/npy.h"
#include "support/test_paths.h"

namespace mrcnn::coco {
namespace {

using nlohmann::json;

json readJson(const std::filesystem::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

// Instance k of a bool [H, W, N] mask as row-major bytes.
std::vector<uint8_t> instance(const NpyArray& masks, int64_t k) {
    const int64_t h = masks.shape[0], w = masks.shape[1], n = masks.shape[2];
    std::vector<uint8_t> out(size_t(h * w));
    for (int64_t i = 0; i < h * w; ++i)
        out[size_t(i)] = masks.data[size_t(i * n + k)] ? 1 : 0;
    return out;
}

TEST(CocoRle, EncodeStartsWithZeroRunColumnMajor) {
    // 3x2 mask, columns: [1,0,1] then [1,1,0] → column-major 1,0,1,1,1,0.
    const uint8_t m[6] = {1, 1, 0, 1, 1, 0};
    const Rle r = encode(m, 3, 2);
    EXPECT_EQ(r.counts, (std::vector<uint32_t>{0, 1, 1, 3, 1}));
    EXPECT_EQ(area(r), 4u);
    EXPECT_EQ(decode(r), std::vector<uint8_t>(m, m + 6));
    const auto bb = toBbox(r);
    EXPECT_EQ(bb, (std::array<double, 4>{0, 0, 2, 3}));
}

TEST(CocoRle, EmptyAndFullMasks) {
    const Rle none = encode(nullptr, 0, 0);
    EXPECT_EQ(none.counts, std::vector<uint32_t>{0});
    EXPECT_EQ(toString(none), "0");
    EXPECT_TRUE(decode(none).empty());
    // No rows but some columns: the mask pointer may be null (an empty decode's data()).
    const Rle noRows = encode(decode(none).data(), 0, 5);
    EXPECT_EQ(noRows.counts, std::vector<uint32_t>{0});
    EXPECT_TRUE(decode(noRows).empty());
    std::vector<uint8_t> zeros(12, 0), ones(12, 7);
    const Rle z = encode(zeros.data(), 3, 4);
    EXPECT_EQ(z.counts, std::vector<uint32_t>{12});
    EXPECT_EQ(area(z), 0u);
    EXPECT_EQ(toBbox(z), (std::array<double, 4>{0, 0, 0, 0}));
    const Rle o = encode(ones.data(), 3, 4);
    EXPECT_EQ(o.counts, (std::vector<uint32_t>{0, 12}));
    EXPECT_EQ(toBbox(o), (std::array<double, 4>{0, 0, 4, 3}));
    EXPECT_EQ(decode(o), std::vector<uint8_t>(12, 1));
}

// rleToBbox as pycocotools writes it, one division per run: toBbox keeps the position
// without dividing and must give the same box for any runs (wrapping columns, runs longer
// than a column, a zero-length first run, an odd count).
std::array<double, 4> bboxByDivision(const Rle& rle) {
    const size_t m = (rle.counts.size() / 2) * 2;
    if (m == 0)
        return {0, 0, 0, 0};
    const auto h = uint32_t(rle.height);
    uint32_t xs = uint32_t(rle.width), ys = h, xe = 0, ye = 0, xp = 0, cc = 0;
    for (size_t j = 0; j < m; ++j) {
        cc += rle.counts[j];
        const uint32_t t = cc - uint32_t(j % 2), y = t % h, x = (t - y) / h;
        if (j % 2 == 0)
            xp = x;
        else if (xp < x)
            ys = 0, ye = h - 1;
        xs = std::min(xs, x), xe = std::max(xe, x), ys = std::min(ys, y), ye = std::max(ye, y);
    }
    return {double(xs), double(ys), double(xe - xs + 1), double(ye - ys + 1)};
}

TEST(CocoRle, BboxWithoutDivisionsIsRleToBbox) {
    std::mt19937 rng(3);
    for (int trial = 0; trial < 2000; ++trial) {
        Rle r;
        r.height = 1 + int64_t(rng() % 40);
        r.width = 1 + int64_t(rng() % 40);
        uint32_t left = uint32_t(r.height * r.width);
        const uint32_t longest = 1 + uint32_t(rng() % (3 * r.height));
        r.counts.push_back(trial % 5 == 0 ? 0 : std::min(left, uint32_t(rng() % longest)));
        left -= r.counts.back();
        while (left > 0) {
            const bool empty = trial % 7 == 0 && rng() % 4 == 0;  // degenerate zero runs too
            r.counts.push_back(empty ? 0 : std::min(left, 1 + uint32_t(rng() % longest)));
            left -= r.counts.back();
        }
        ASSERT_EQ(toBbox(r), bboxByDivision(r)) << "trial " << trial;
    }
}

TEST(CocoRle, StringRoundTripUsesDeltaFromIndexThree) {
    const Rle r{100, 100, {5, 30, 4000, 28, 1, 5936}};
    const std::string s = toString(r);
    const Rle back = fromString(s, 100, 100);
    EXPECT_EQ(back.counts, r.counts);
    // Small runs are single characters ('0' + value); a delta can be negative.
    EXPECT_EQ(toString(Rle{1, 3, {1, 1, 1}}), "111");
    EXPECT_EQ(toString(Rle{1, 6, {1, 3, 1, 1}}), "131N");  // 1 - 3 = -2 → 0x1e + 48
    EXPECT_EQ(fromString("131N", 1, 6).counts, (std::vector<uint32_t>{1, 3, 1, 1}));
    EXPECT_EQ(toString(Rle{1, 7, {1, 1, 3, 2}}), "1131");  // 2 - 1 = 1
    EXPECT_EQ(toString(Rle{1, 7, {1, 3, 2, 1}}), "132N");
}

TEST(CocoRle, FromStringRejectsGarbage) {
    EXPECT_THROW(fromString("1 1", 1, 2), std::invalid_argument);    // space < '0'
    EXPECT_THROW(fromString("1\x7f", 1, 2), std::invalid_argument);  // > 'o'
    EXPECT_THROW(fromString("Y", 1, 2), std::invalid_argument);      // ends inside a run
    EXPECT_THROW(fromString("12", 2, 2), std::invalid_argument);     // sums to 3, not 4
    EXPECT_THROW(fromString("N", 1, 2), std::invalid_argument);      // negative run
    EXPECT_THROW(fromString("", 2, 2), std::invalid_argument);
    EXPECT_THROW(fromString("0", -1, 2), std::invalid_argument);
    EXPECT_NO_THROW(fromString("", 0, 0));
}

TEST(CocoRle, DecodeRejectsInconsistentRuns) {
    EXPECT_THROW(decode(Rle{2, 2, {1, 1}}), std::invalid_argument);
}

TEST(CocoRle, ReferenceSegmentationsMatchMasks) {
    const auto masks = readNpzMap((test::dataDir() / "metrics/cases.npz").string());
    int checked = 0;
    for (const char* file : {"group_a_gt.json", "group_b_gt.json"}) {
        const json gt = readJson(test::dataDir() / "metrics" / file);
        std::map<int64_t, int64_t> seen;
        for (const auto& a : gt["annotations"]) {
            const int64_t image = a["image_id"];
            const int64_t k = seen[image]++;
            char key[32];
            std::snprintf(key, sizeof key, "case_%02d_gt_masks", int(image - 1));
            const NpyArray& m = masks.at(key);
            const auto& seg = a["segmentation"];
            const int64_t h = seg["size"][0], w = seg["size"][1];
            ASSERT_EQ(h, m.shape[0]);
            const std::vector<uint8_t> expected = instance(m, k);
            const Rle r = fromString(seg["counts"].get<std::string>(), h, w);
            EXPECT_EQ(decode(r), expected) << file << " annotation " << a["id"];
            const Rle enc = encode(expected.data(), h, w);
            EXPECT_EQ(toString(enc), seg["counts"].get<std::string>()) << a["id"];
            EXPECT_EQ(double(area(r)), a["area"].get<double>());
            const auto bb = toBbox(r);
            for (int i = 0; i < 4; ++i)
                EXPECT_EQ(bb[size_t(i)], a["bbox"][i].get<double>());
            ++checked;
        }
    }
    EXPECT_GT(checked, 60);
}

TEST(CocoRle, PolygonSquareIsExact) {
    // A box polygon at integer corners covers exactly its pixels (frBbox gives area w*h).
    const Rle r = fromPolygon({0, 0, 10, 0, 10, 10, 0, 10}, 20, 20);
    EXPECT_EQ(area(r), 100u);
    EXPECT_EQ(toBbox(r), (std::array<double, 4>{0, 0, 10, 10}));
    const Rle b = fromBbox({3, 2, 5, 4}, 10, 12);
    EXPECT_EQ(area(b), 20u);
    EXPECT_EQ(toBbox(b), (std::array<double, 4>{3, 2, 5, 4}));
    // Row/column of pixel (y=2, x=3) is inside, (y=6, x=3) is not.
    const auto d = decode(b);
    EXPECT_EQ(d[2 * 12 + 3], 1);
    EXPECT_EQ(d[6 * 12 + 3], 0);
}

TEST(CocoRle, PolygonHalfPixelRounding) {
    // Pixel centres sit at integers: a box from 0.5 to 3.5 covers columns/rows 1..3.
    const Rle r = fromPolygon({0.5, 0.5, 3.5, 0.5, 3.5, 3.5, 0.5, 3.5}, 5, 5);
    EXPECT_EQ(toBbox(r), (std::array<double, 4>{1, 1, 3, 3}));
    EXPECT_EQ(area(r), 9u);
    // A triangle: lower-left half of a 4x4 square.
    const Rle t = fromPolygon({0, 0, 0, 4, 4, 4}, 6, 6);
    EXPECT_EQ(area(t), 10u);  // columns 0..3 hold 4, 3, 2, 1 pixels
    const auto d = decode(t);
    EXPECT_EQ(d[3 * 6 + 0], 1);
    EXPECT_EQ(d[0 * 6 + 3], 0);
    EXPECT_EQ(d[3 * 6 + 3], 1);
}

TEST(CocoRle, PolygonEdgeCases) {
    EXPECT_THROW(fromPolygon({1, 2, 3}, 5, 5), std::invalid_argument);
    const Rle empty = fromPolygon({}, 4, 5);
    EXPECT_EQ(area(empty), 0u);
    EXPECT_EQ(empty.counts, std::vector<uint32_t>{20});
    // Entirely outside the image: nothing, but a valid RLE.
    const Rle out = fromPolygon({-10, -10, -5, -10, -5, -5}, 4, 5);
    EXPECT_EQ(area(out), 0u);
    EXPECT_NO_THROW(validate(out));
    // Clipped to the image.
    const Rle big = fromPolygon({-3, -3, 30, -3, 30, 30, -3, 30}, 4, 5);
    EXPECT_EQ(area(big), 20u);
    // A repeated vertex (real COCO polygons have them) is an edge of length 0: the same mask
    // as without it.
    const Rle square = fromPolygon({1, 1, 8, 1, 8, 8, 1, 8}, 10, 10);
    for (const std::vector<double>& repeated :
         {std::vector<double>{1, 1, 1, 1, 8, 1, 8, 8, 1, 8},
          std::vector<double>{1, 1, 8, 1, 8, 1, 8, 8, 1, 8, 1, 8}}) {
        const Rle r = fromPolygon(repeated, 10, 10);
        EXPECT_EQ(r.counts, square.counts);
    }
    EXPECT_EQ(area(fromPolygon({3, 3, 3, 3, 3, 3}, 10, 10)), 0u);
}

TEST(CocoRle, MergeUnionAndIntersection) {
    const Rle a = fromBbox({0, 0, 4, 4}, 8, 8);
    const Rle b = fromBbox({2, 2, 4, 4}, 8, 8);
    EXPECT_EQ(area(merge({a, b})), 28u);
    const Rle i = merge({a, b}, true);
    EXPECT_EQ(area(i), 4u);
    EXPECT_EQ(toBbox(i), (std::array<double, 4>{2, 2, 2, 2}));
    EXPECT_EQ(merge({}).counts.size(), 0u);
    EXPECT_EQ(merge({a}).counts, a.counts);
    EXPECT_THROW(merge({a, fromBbox({0, 0, 1, 1}, 4, 4)}), std::invalid_argument);
    // Merged runs equal encoding the union directly.
    auto da = decode(a), db = decode(b);
    for (size_t k = 0; k < da.size(); ++k)
        da[k] |= db[k];
    EXPECT_EQ(merge({a, b}).counts, encode(da.data(), 8, 8).counts);
}

TEST(CocoRle, IouWithCrowd) {
    const Rle a = fromBbox({0, 0, 4, 4}, 8, 8);  // 16
    const Rle b = fromBbox({2, 2, 4, 4}, 8, 8);  // 16, overlap 4
    const Rle c = fromBbox({6, 6, 2, 2}, 8, 8);  // disjoint from a
    const auto o = iou({a, c}, {b, a}, {0, 1});
    ASSERT_EQ(o.size(), 4u);
    EXPECT_DOUBLE_EQ(o[0], 4.0 / 28.0);
    EXPECT_DOUBLE_EQ(o[1], 1.0);
    EXPECT_DOUBLE_EQ(o[2], 0.0);  // c vs b: disjoint
    EXPECT_DOUBLE_EQ(o[3], 0.0);
    // Crowd GT: the union is the detection's own area.
    const auto crowd = iou({b}, {a}, {1});
    EXPECT_DOUBLE_EQ(crowd[0], 4.0 / 16.0);
    EXPECT_TRUE(iou({}, {a}, {}).empty());
    EXPECT_TRUE(iou({a}, {}, {}).empty());
    EXPECT_THROW(iou({a}, {a}, {0, 1}), std::invalid_argument);
    // Different sizes give -1 as in pycocotools.
    EXPECT_EQ(iou({fromBbox({0, 0, 4, 4}, 9, 9)}, {a}, {})[0], -1.0);
}

TEST(CocoRle, BboxIou) {
    const auto o = bboxIou({{0, 0, 10, 10}, {20, 20, 5, 5}}, {{5, 5, 10, 10}}, {0});
    EXPECT_DOUBLE_EQ(o[0], 25.0 / 175.0);
    EXPECT_DOUBLE_EQ(o[1], 0.0);
    EXPECT_DOUBLE_EQ(bboxIou({{5, 5, 10, 10}}, {{0, 0, 10, 10}}, {1})[0], 0.25);
    EXPECT_TRUE(bboxIou({}, {}, {}).empty());
}

TEST(CocoRle, CocoMiniPolygonsAndCrowdRuns) {
    MRCNN_REQUIRE_SHARED();
    const json d = readJson(test::sharedDir() /
                            "datasets/coco/coco_val2017_mini/annotations/instances_val2017.json");
    std::map<int64_t, std::pair<int64_t, int64_t>> sizes;
    for (const auto& im : d["images"])
        sizes[im["id"]] = {im["height"], im["width"]};
    int polygons = 0, crowds = 0;
    for (const auto& a : d["annotations"]) {
        const auto [h, w] = sizes.at(a["image_id"]);
        const auto& seg = a["segmentation"];
        if (seg.is_array()) {
            std::vector<Rle> parts;
            for (const auto& p : seg)
                parts.push_back(fromPolygon(p.get<std::vector<double>>(), h, w));
            const Rle r = merge(parts);
            ASSERT_NO_THROW(validate(r));
            // The stored area is the polygon's geometric area; the raster must be close.
            const double stored = a["area"], got = double(area(r));
            EXPECT_NEAR(got, stored, 0.08 * stored + 25) << "annotation " << a["id"];
            const auto bb = toBbox(r);
            for (int i = 0; i < 2; ++i)
                EXPECT_NEAR(bb[size_t(i)], a["bbox"][i].get<double>(), 1.0) << a["id"];
            ++polygons;
        } else {
            const Rle r{h, w, seg["counts"].get<std::vector<uint32_t>>()};
            ASSERT_NO_THROW(validate(r));
            EXPECT_EQ(fromString(toString(r), h, w).counts, r.counts);
            const auto bb = toBbox(r);
            // COCO's crowd bbox is one short of the pixel extent (see SOURCE.md).
            EXPECT_EQ(bb[0], a["bbox"][0].get<double>());
            EXPECT_EQ(bb[2], a["bbox"][2].get<double>() + 1);
            ++crowds;
        }
    }
    EXPECT_EQ(polygons, 70);
    EXPECT_EQ(crowds, 3);
}

}  // namespace
}  // namespace mrcnn::coco
