#include "data/shapes_dataset.h"

#include <cmath>
#include <set>

#include <opencv2/imgproc.hpp>

#include "data/json_file.h"

namespace mrcnn {
namespace {

constexpr std::array<const char*, 3> kShapeNames = {"square", "circle", "triangle"};

int32_t shapeClass(const std::string& name) {
    for (size_t i = 0; i < kShapeNames.size(); ++i)
        if (name == kShapeNames[i])
            return static_cast<int32_t>(i) + 1;
    return 0;
}

// utils.non_max_suppression(boxes, arange(N), 0.3) on (y1, x1, y2, x2) float32 boxes: visit in
// descending score (= descending index), drop boxes with IoU > threshold against a pick.
std::set<size_t> nmsKeep(const std::vector<std::array<float, 4>>& boxes, float threshold) {
    std::vector<size_t> order(boxes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = order.size() - 1 - i;
    std::set<size_t> keep;
    auto area = [](const std::array<float, 4>& b) { return (b[2] - b[0]) * (b[3] - b[1]); };
    while (!order.empty()) {
        const size_t i = order.front();
        keep.insert(i);
        std::vector<size_t> rest;
        for (size_t k = 1; k < order.size(); ++k) {
            const auto& a = boxes[i];
            const auto& b = boxes[order[k]];
            const float h = std::max(std::min(a[2], b[2]) - std::max(a[0], b[0]), 0.0f);
            const float w = std::max(std::min(a[3], b[3]) - std::max(a[1], b[1]), 0.0f);
            const float inter = h * w;
            const float iou = inter / (area(a) + area(b) - inter);
            if (!(iou > threshold))
                rest.push_back(order[k]);
        }
        order = std::move(rest);
    }
    return keep;
}

void drawShape(cv::Mat& canvas, const ShapeSpec& shape, const cv::Scalar& color) {
    const int x = shape.x, y = shape.y, s = shape.s;
    if (shape.name == "square") {
        cv::rectangle(canvas, cv::Point(x - s, y - s), cv::Point(x + s, y + s), color, -1);
    } else if (shape.name == "circle") {
        cv::circle(canvas, cv::Point(x, y), s, color, -1);
    } else {
        // s / sin(radians(60)) in float64, then numpy's int32 cast (truncation toward zero).
        const double half = static_cast<double>(s) / std::sin(60.0 * (M_PI / 180.0));
        std::vector<cv::Point> pts = {{x, y - s},
                                      {static_cast<int>(static_cast<double>(x) - half), y + s},
                                      {static_cast<int>(static_cast<double>(x) + half), y + s}};
        cv::fillPoly(canvas, std::vector<std::vector<cv::Point>>{pts}, color);
    }
}

void checkSpec(const ShapesImageSpec& spec) {
    for (const auto& s : spec.shapes)
        if (shapeClass(s.name) == 0)
            throw DatasetError("", "shape '" + s.name + "'", "unknown shape name");
}

}  // namespace

int ShapesRandom::randint(int a, int b) {
    if (b < a)
        throw DatasetError("", "randint", "empty range");
    const uint64_t span = static_cast<uint64_t>(static_cast<int64_t>(b) - a) + 1;
    // Rejection sampling keeps every value equally likely.
    const uint64_t limit =
        std::numeric_limits<uint64_t>::max() - std::numeric_limits<uint64_t>::max() % span;
    uint64_t v = 0;
    do {
        v = m_engine();
    } while (v >= limit);
    return a + static_cast<int>(v % span);
}

ShapesImageSpec randomShapesImage(ShapesRandom& rng, int height, int width) {
    constexpr int kBuffer = 20;
    if (height / 4 < kBuffer || width - kBuffer - 1 < kBuffer)
        throw DatasetError("", std::to_string(height) + "x" + std::to_string(width),
                           "shapes need height >= 80 and width >= 41");
    ShapesImageSpec spec;
    for (auto& c : spec.background)
        c = rng.randint(0, 255);
    const int n = rng.randint(1, 4);
    std::vector<ShapeSpec> shapes;
    std::vector<std::array<float, 4>> boxes;
    for (int i = 0; i < n; ++i) {
        ShapeSpec s;
        s.name = kShapeNames[static_cast<size_t>(rng.randint(0, 2))];
        for (auto& c : s.color)
            c = rng.randint(0, 255);
        s.y = rng.randint(kBuffer, height - kBuffer - 1);
        s.x = rng.randint(kBuffer, width - kBuffer - 1);
        s.s = rng.randint(kBuffer, height / 4);
        boxes.push_back({static_cast<float>(s.y - s.s), static_cast<float>(s.x - s.s),
                         static_cast<float>(s.y + s.s), static_cast<float>(s.x + s.s)});
        shapes.push_back(s);
    }
    const auto keep = nmsKeep(boxes, 0.3f);
    for (size_t i = 0; i < shapes.size(); ++i)
        if (keep.count(i))
            spec.shapes.push_back(shapes[i]);
    return spec;
}

torch::Tensor drawShapesImage(const ShapesImageSpec& spec, int height, int width) {
    checkSpec(spec);
    auto image = torch::empty({height, width, 3}, torch::kUInt8);
    // The tensor's memory is the canvas; channel 0 is R, as the colour tuple is (r, g, b).
    cv::Mat canvas(height, width, CV_8UC3, image.data_ptr<uint8_t>());
    const auto& bg = spec.background;
    canvas.setTo(cv::Scalar(bg[0] & 0xFF, bg[1] & 0xFF, bg[2] & 0xFF));
    for (const auto& s : spec.shapes)
        drawShape(canvas, s, cv::Scalar(s.color[0], s.color[1], s.color[2]));
    return image;
}

InstanceMasks drawShapesMasks(const ShapesImageSpec& spec, int height, int width) {
    checkSpec(spec);
    const auto n = static_cast<int64_t>(spec.shapes.size());
    std::vector<std::vector<uint8_t>> planes(static_cast<size_t>(n));
    std::vector<int32_t> ids;
    for (int64_t i = 0; i < n; ++i) {
        auto& plane = planes[static_cast<size_t>(i)];
        plane.assign(static_cast<size_t>(height) * static_cast<size_t>(width), 0);
        cv::Mat m(height, width, CV_8UC1, plane.data());
        drawShape(m, spec.shapes[static_cast<size_t>(i)], cv::Scalar(1));
        ids.push_back(shapeClass(spec.shapes[static_cast<size_t>(i)].name));
    }
    // Later shapes cover earlier ones: walk back from the last, accumulating what is covered.
    if (n > 1) {
        std::vector<uint8_t> covered = planes.back();
        for (int64_t i = n - 2; i >= 0; --i) {
            auto& plane = planes[static_cast<size_t>(i)];
            for (size_t p = 0; p < plane.size(); ++p) {
                plane[p] = (plane[p] && !covered[p]) ? 1 : 0;
                covered[p] = (covered[p] || plane[p]) ? 1 : 0;
            }
        }
    }
    return {stackMasks(planes, height, width), makeClassIds(ids)};
}

std::vector<ShapesImageSpec> readShapesSpecs(const std::string& path) {
    auto root = readJsonFile(path);
    const auto& images = requireKey(root, "images", path, "");
    if (!images.is_array())
        throw DatasetError(path, "images", "is not a list");
    std::vector<ShapesImageSpec> specs;
    for (size_t i = 0; i < images.size(); ++i) {
        const std::string record = "images[" + std::to_string(i) + "]";
        ShapesImageSpec spec;
        const auto& bg = requireKey(images[i], "bg_color", path, record);
        if (!bg.is_array() || bg.size() != 3)
            throw DatasetError(path, record, "bad bg_color");
        for (size_t c = 0; c < 3; ++c)
            spec.background[c] = static_cast<int>(requireInteger(bg[c], "bg_color", path, record));
        const auto& shapes = requireKey(images[i], "shapes", path, record);
        if (!shapes.is_array())
            throw DatasetError(path, record, "'shapes' is not a list");
        for (const auto& s : shapes) {
            if (!s.is_array() || s.size() != 3 || !s[1].is_array() || s[1].size() != 3 ||
                !s[2].is_array() || s[2].size() != 3)
                throw DatasetError(path, record, "a shape must be [name, [r, g, b], [x, y, s]]");
            ShapeSpec shape;
            shape.name = requireString(s[0], "shape name", path, record);
            if (shapeClass(shape.name) == 0)
                throw DatasetError(path, record, "unknown shape '" + shape.name + "'");
            for (size_t c = 0; c < 3; ++c)
                shape.color[c] = static_cast<int>(requireInteger(s[1][c], "color", path, record));
            shape.x = static_cast<int>(requireInteger(s[2][0], "x", path, record));
            shape.y = static_cast<int>(requireInteger(s[2][1], "y", path, record));
            shape.s = static_cast<int>(requireInteger(s[2][2], "size", path, record));
            spec.shapes.push_back(shape);
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

ShapesDataset::ShapesDataset(int count, int height, int width, uint64_t seed) {
    if (count < 0)
        throw DatasetError("", "shapes", "negative image count");
    if (count > kMaxShapesImages)
        throw DatasetError("", "shapes",
                           "image count " + std::to_string(count) + " is too large (at most " +
                               std::to_string(kMaxShapesImages) + ")");
    ShapesRandom rng(seed);
    for (int i = 0; i < count; ++i)
        m_specs.push_back(randomShapesImage(rng, height, width));
    addAll(height, width);
}

ShapesDataset::ShapesDataset(std::vector<ShapesImageSpec> specs, int height, int width)
    : m_specs(std::move(specs)) {
    if (height <= 0 || width <= 0)
        throw DatasetError("", "shapes", "image size must be positive");
    for (const auto& s : m_specs)
        checkSpec(s);
    addAll(height, width);
}

void ShapesDataset::addAll(int height, int width) {
    for (size_t i = 0; i < kShapeNames.size(); ++i)
        addClass("shapes", static_cast<int64_t>(i) + 1, kShapeNames[i]);
    for (size_t i = 0; i < m_specs.size(); ++i)
        addImage({"shapes", std::to_string(i), "", height, width});
    prepare();
}

std::string ShapesDataset::imageReference(int64_t imageId) const {
    checkImageId(imageId);
    return "shapes:" + std::to_string(imageId);
}

const ShapesImageSpec& ShapesDataset::spec(int64_t imageId) const {
    checkImageId(imageId);
    return m_specs[static_cast<size_t>(imageId)];
}

torch::Tensor ShapesDataset::loadImage(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    return drawShapesImage(spec(imageId), static_cast<int>(info.height),
                           static_cast<int>(info.width));
}

InstanceMasks ShapesDataset::loadMask(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    return drawShapesMasks(spec(imageId), static_cast<int>(info.height),
                           static_cast<int>(info.width));
}

}  // namespace mrcnn
