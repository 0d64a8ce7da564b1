#include "coco/mask_overlaps.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "coco/coco_eval.h"
#include "coco/confusion_matrix.h"
#include "coco/rle.h"
#include "coco/tide_errors.h"
#include "metrics/dataset_map.h"

namespace mrcnn::coco {
namespace {

constexpr int64_t kHeight = 24, kWidth = 32;

// A blob with holes inside a random box (some empty, some touching the border); `near` puts it
// around a given box instead, so that detections overlap their ground truth.
std::vector<uint8_t> blob(std::mt19937& rng, int64_t h, int64_t w,
                          const std::array<double, 4>* near = nullptr) {
    std::vector<uint8_t> m(size_t(h * w), 0);
    if (rng() % 10 == 0)
        return m;
    std::uniform_int_distribution<int64_t> ys(0, h - 1), xs(0, w - 1), jitter(-3, 3);
    int64_t y0 = ys(rng), x0 = xs(rng), y1 = std::min(h, y0 + 2 + ys(rng) / 2),
            x1 = std::min(w, x0 + 2 + xs(rng) / 2);
    if (near && (*near)[2] > 0) {
        x0 = std::clamp(int64_t((*near)[0]) + jitter(rng), int64_t(0), w - 1);
        y0 = std::clamp(int64_t((*near)[1]) + jitter(rng), int64_t(0), h - 1);
        x1 = std::clamp(int64_t((*near)[0] + (*near)[2]) + jitter(rng), x0 + 1, w);
        y1 = std::clamp(int64_t((*near)[1] + (*near)[3]) + jitter(rng), y0 + 1, h);
    }
    for (int64_t y = y0; y < y1; ++y)
        for (int64_t x = x0; x < x1; ++x)
            m[size_t(y * w + x)] = (rng() % 9) != 0;
    return m;
}

CocoAnnotation annotation(int64_t id, int64_t image, int64_t category,
                          const std::vector<uint8_t>& mask, int64_t h, int64_t w) {
    CocoAnnotation a;
    a.id = id;
    a.imageId = image;
    a.categoryId = category;
    a.hasSegmentation = true;
    a.segmentation = encode(mask.data(), h, w);
    a.area = double(area(a.segmentation));
    a.bbox = toBbox(a.segmentation);
    return a;
}

struct RandomEvaluation {
    CocoDataset gt;
    std::vector<CocoAnnotation> dt;
};

// Images with crowd and ordinary GT of three classes; per GT two near copies (one maybe of
// another class) and some strays, scores with ties.
RandomEvaluation randomEvaluation(uint32_t seed, bool otherSizes) {
    std::mt19937 rng(seed);
    RandomEvaluation e;
    for (int64_t c = 1; c <= 3; ++c)
        e.gt.categories.push_back({c, "c" + std::to_string(c), ""});
    int64_t gtId = 1, dtId = 1;
    for (int64_t i = 1; i <= 8; ++i) {
        e.gt.imageIndex.emplace(i, e.gt.images.size());
        e.gt.images.push_back({i, kWidth, kHeight, ""});
        for (int g = 0; g < 5; ++g) {
            const int64_t c = 1 + int64_t(rng() % 3);
            CocoAnnotation a =
                annotation(gtId++, i, c, blob(rng, kHeight, kWidth), kHeight, kWidth);
            a.iscrowd = rng() % 6 == 0;
            e.gt.annotations.push_back(a);
            for (int k = 0; k < 2; ++k) {
                const int64_t dc = k == 1 && rng() % 2 ? 1 + int64_t(rng() % 3) : c;
                e.dt.push_back(annotation(dtId++, i, dc, blob(rng, kHeight, kWidth, &a.bbox),
                                          kHeight, kWidth));
                e.dt.back().score = double(rng() % 20) / 20;  // ties on purpose
            }
        }
        for (int k = 0; k < 6; ++k) {
            // A mask of another size: pycocotools' -1 where the boxes meet.
            const bool other = otherSizes && k == 0;
            const int64_t h = other ? kHeight + 2 : kHeight;
            e.dt.push_back(
                annotation(dtId++, i, 1 + int64_t(rng() % 3), blob(rng, h, kWidth), h, kWidth));
            e.dt.back().score = double(rng() % 20) / 20;
        }
    }
    return e;
}

std::vector<const CocoAnnotation*> pointers(const std::vector<CocoAnnotation>& v, int64_t image) {
    std::vector<const CocoAnnotation*> out;
    for (const auto& a : v)
        if (a.imageId == image)
            out.push_back(&a);
    return out;
}

TEST(MaskOverlaps, IouIsPycocotoolsIouBitForBit) {
    const RandomEvaluation e = randomEvaluation(5, true);
    const MaskOverlaps overlaps(e.gt, e.dt);
    EXPECT_TRUE(overlaps.covers(e.gt, e.dt));
    size_t minusOnes = 0, positives = 0;
    for (const CocoImage& im : e.gt.images) {
        const auto d = pointers(e.dt, im.id), g = pointers(e.gt.annotations, im.id);
        std::vector<const Rle*> dr, gr;
        std::vector<uint8_t> crowd;
        for (const auto* a : d)
            dr.push_back(&a->segmentation);
        for (const auto* a : g) {
            gr.push_back(&a->segmentation);
            crowd.push_back(a->iscrowd ? 1 : 0);
        }
        for (const auto& flags : {crowd, std::vector<uint8_t>{}}) {
            const std::vector<double> expected = iou(dr, gr, flags);
            const std::vector<double> cached = overlaps.iou(d, g, flags);
            ASSERT_EQ(cached.size(), expected.size());
            for (size_t k = 0; k < expected.size(); ++k) {
                EXPECT_EQ(cached[k], expected[k]) << "image " << im.id << " pair " << k;
                minusOnes += expected[k] == -1;
                positives += expected[k] > 0;
            }
        }
        for (size_t r = 0; r < d.size(); ++r) {
            EXPECT_EQ(overlaps.area(*d[r]), area(d[r]->segmentation));
            for (size_t c = 0; c < g.size(); ++c)
                if (d[r]->segmentation.height == g[c]->segmentation.height)
                    EXPECT_EQ(overlaps.intersection(*d[r], *g[c]),
                              int64_t(intersectionArea(d[r]->segmentation, g[c]->segmentation)));
        }
    }
    // The cases the rules are about happen here.
    EXPECT_GT(minusOnes, 0u);
    EXPECT_GT(positives, 50u);
    EXPECT_LT(overlaps.storedPairs(), e.dt.size() * 5);  // only pairs whose boxes meet
    // Annotations it was not made from are refused, not looked up at random.
    const std::vector<CocoAnnotation> copy = e.dt;
    EXPECT_FALSE(overlaps.covers(e.gt, copy));
    EXPECT_THROW(overlaps.area(copy[0]), std::invalid_argument);
}

void expectSameTide(const TideResult& a, const TideResult& b) {
    EXPECT_EQ(a.ap, b.ap);
    EXPECT_EQ(a.mainDelta, b.mainDelta);
    EXPECT_EQ(a.falsePos, b.falsePos);
    EXPECT_EQ(a.falseNeg, b.falseNeg);
    EXPECT_EQ(a.counts, b.counts);
    ASSERT_EQ(a.errors.size(), b.errors.size());
    for (size_t k = 0; k < a.errors.size(); ++k) {
        EXPECT_EQ(a.errors[k].type, b.errors[k].type);
        EXPECT_EQ(a.errors[k].detectionId, b.errors[k].detectionId);
        EXPECT_EQ(a.errors[k].gtId, b.errors[k].gtId);
        EXPECT_EQ(a.errors[k].iou, b.errors[k].iou);
    }
}

// NaN-aware equality of the original's per-image APs.
void expectSameValues(const std::vector<double>& a, const std::vector<double>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k)
        if (!(std::isnan(a[k]) && std::isnan(b[k])))
            EXPECT_EQ(a[k], b[k]) << k;
}

// Every evaluator gives the same numbers with the stored overlaps as without, at every
// threshold (the cache is made once, for all of them).
TEST(MaskOverlaps, EvaluatorsGiveTheSameNumbersWithAndWithout) {
    for (uint32_t seed : {1u, 2u, 3u}) {
        const RandomEvaluation e = randomEvaluation(seed, false);
        const MaskOverlaps overlaps(e.gt, e.dt);
        for (double minScore : {-std::numeric_limits<double>::infinity(), 0.0, 0.3, 0.7}) {
            EvalParams plain, cached;
            plain.minScore = cached.minScore = minScore;
            cached.maskOverlaps = &overlaps;
            const EvalResult a = evaluate(e.gt, e.dt, IouType::Segm, plain);
            const EvalResult b = evaluate(e.gt, e.dt, IouType::Segm, cached);
            EXPECT_EQ(a.precision, b.precision) << seed << " " << minScore;
            EXPECT_EQ(a.recall, b.recall);
            EXPECT_EQ(a.scores, b.scores);

            TideParams tidePlain, tideCached;
            tidePlain.minScore = tideCached.minScore = minScore;
            tideCached.maskOverlaps = &overlaps;
            expectSameTide(tideErrors(e.gt, e.dt, IouType::Segm, tidePlain),
                           tideErrors(e.gt, e.dt, IouType::Segm, tideCached));

            const double confusionMin = std::max(minScore, 0.0);
            const ConfusionMatrix ca =
                confusionMatrix(e.gt, e.dt, IouType::Segm, 0.5, confusionMin);
            const ConfusionMatrix cb =
                confusionMatrix(e.gt, e.dt, IouType::Segm, 0.5, confusionMin, &overlaps);
            EXPECT_EQ(ca.counts, cb.counts);
            ASSERT_EQ(ca.entries.size(), cb.entries.size());
            for (size_t k = 0; k < ca.entries.size(); ++k)
                EXPECT_EQ(ca.entries[k].detectionId, cb.entries[k].detectionId);

            const auto ma = metrics::matterportDatasetMap(e.gt, e.dt, minScore);
            const auto mb = metrics::matterportDatasetMap(e.gt, e.dt, minScore, &overlaps);
            expectSameValues(ma.ap50, mb.ap50);
            expectSameValues(ma.apRange, mb.apRange);
        }
    }
}

// A cache of other lists (a copy, say) is not used: the numbers stay right.
TEST(MaskOverlaps, ACacheOfOtherListsIsIgnored) {
    const RandomEvaluation e = randomEvaluation(9, false);
    const std::vector<CocoAnnotation> copy = e.dt;
    const MaskOverlaps ofCopy(e.gt, copy);
    EvalParams cached;
    cached.maskOverlaps = &ofCopy;
    EXPECT_EQ(evaluate(e.gt, e.dt, IouType::Segm, cached).precision,
              evaluate(e.gt, e.dt, IouType::Segm).precision);
    EXPECT_EQ(confusionMatrix(e.gt, e.dt, IouType::Segm, 0.5, 0.0, &ofCopy).counts,
              confusionMatrix(e.gt, e.dt, IouType::Segm).counts);
}

}  // namespace
}  // namespace mrcnn::coco
