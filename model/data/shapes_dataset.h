#pragma once
// Synthetic shapes, as samples/shapes/shapes.py's ShapesDataset (original-conventions §1.8):
// a random background colour and 1–4 shapes (square, circle, triangle) with random colours,
// drawn with OpenCV; shapes whose boxes overlap are pruned by non_max_suppression(boxes,
// arange(N), 0.3) (the later shape wins ties), and load_mask removes from each mask what later
// shapes cover. Python's random stream cannot be reproduced, so a seeded generator follows the
// same distribution rules (randint bounds, order of draws); given a recorded spec the drawing is
// the original's, pixel for pixel.
//
// loadImage → uint8 RGB [H, W, 3]; loadMask → bool [H, W, N], int32 ids (1 square, 2 circle,
// 3 triangle). A shape's dims are (x, y, s): centre column, centre row, half size.

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace mrcnn {

struct ShapeSpec {
    std::string name;  // "square", "circle", "triangle"
    std::array<int, 3> color{};
    int x = 0, y = 0, s = 0;
};

struct ShapesImageSpec {
    std::array<int, 3> background{};
    std::vector<ShapeSpec> shapes;
};

// Python-style randint(a, b) (both inclusive) over a 64-bit Mersenne twister, unbiased.
class ShapesRandom {
public:
    explicit ShapesRandom(uint64_t seed) : m_engine(seed) {}
    int randint(int a, int b);

private:
    std::mt19937_64 m_engine;
};

// shapes.py random_image(): throws DatasetError when the size leaves no room for its rules
// (height >= 80 for s in [20, height // 4], width >= 41 for x in [20, width - 21]).
ShapesImageSpec randomShapesImage(ShapesRandom& rng, int height, int width);
torch::Tensor drawShapesImage(const ShapesImageSpec& spec, int height, int width);
InstanceMasks drawShapesMasks(const ShapesImageSpec& spec, int height, int width);
// Reads shapes_specs.json (as written for the reference data): images[].bg_color and
// images[].shapes = [name, [r, g, b], [x, y, s]].
std::vector<ShapesImageSpec> readShapesSpecs(const std::string& path);

// Generated sets keep every image's spec in memory (images are drawn on demand): counts are
// bounded so that an absurd one is refused before anything is allocated.
constexpr int kMaxShapesImages = 100000;

class ShapesDataset : public Dataset {
public:
    // load_shapes(count, height, width) with a seed; count at most kMaxShapesImages.
    ShapesDataset(int count, int height, int width, uint64_t seed);
    // Re-draws recorded specs.
    ShapesDataset(std::vector<ShapesImageSpec> specs, int height, int width);

    std::string format() const override { return "shapes"; }
    std::string imageReference(int64_t imageId) const override;
    torch::Tensor loadImage(int64_t imageId) const override;
    InstanceMasks loadMask(int64_t imageId) const override;
    const ShapesImageSpec& spec(int64_t imageId) const;

private:
    void addAll(int height, int width);
    std::vector<ShapesImageSpec> m_specs;
};

}  // namespace mrcnn
