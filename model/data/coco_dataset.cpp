#include "data/coco_dataset.h"

#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "coco/rle.h"

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

std::string defaultImageDir(const std::string& jsonPath) {
    const fs::path p(jsonPath);
    std::string stem = p.stem().string();
    const std::string prefix = "instances_";
    std::error_code ec;
    if (stem.rfind(prefix, 0) == 0) {
        fs::path candidate = p.parent_path().parent_path() / stem.substr(prefix.size());
        if (fs::is_directory(candidate, ec))
            return candidate.string();
    }
    return p.parent_path().string();
}

// Polygons and boxes are rasterised only when an image's masks are loaded; a vertex that
// rasterising would refuse is found here, when the file is opened. Empty when all are in bounds.
std::string outOfBoundsVertex(const coco::CocoSegmentation& seg, const coco::CocoImage& image) {
    try {
        for (const auto& part : seg.parts) {
            if (seg.kind == coco::CocoSegmentation::Kind::Polygons)
                coco::checkPolygonBounds(part, image.height, image.width);
            else if (seg.kind == coco::CocoSegmentation::Kind::Boxes && part.size() == 4)
                coco::checkPolygonBounds({part[0], part[1], part[0] + part[2], part[1] + part[3]},
                                         image.height, image.width);
        }
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

}  // namespace

CocoDataset::CocoDataset(const std::string& jsonPath, const CocoOptions& options)
    : CocoDataset(readJsonFile(jsonPath), jsonPath, options) {}

CocoDataset::CocoDataset(const Json& root, const std::string& jsonPath, const CocoOptions& options)
    : m_path(jsonPath) {
    // pycocotools takes a file without one of the lists; an instance dataset needs all three.
    for (const char* key : {"images", "annotations", "categories"})
        requireKey(root, key, jsonPath, "");
    coco::ParseOptions parse;
    parse.rasterise = false;  // masks are made per image, in loadMask
    parse.requireNames = true;
    std::vector<std::string> duplicates;
    parse.problems = &duplicates;
    coco::CocoDataset parsed = coco::groundTruthFromJson(root, jsonPath, parse);
    for (auto& d : duplicates)
        addProblem(std::move(d));

    std::map<int64_t, std::string> categories;
    for (const auto& c : parsed.categories)
        categories[c.id] = c.name;
    std::set<int64_t> wanted;
    for (const auto& [id, name] : categories)
        if (options.classIds.empty() || std::find(options.classIds.begin(), options.classIds.end(),
                                                  id) != options.classIds.end())
            wanted.insert(id);
    for (int64_t id : options.classIds)
        if (!categories.count(id))
            throw DatasetError(jsonPath, "categories", "no category with id " + std::to_string(id));
    for (int64_t id : wanted)
        addClass(options.source, id, categories[id]);

    for (size_t i = 0; i < parsed.images.size(); ++i) {
        const coco::CocoImage& im = parsed.images[i];
        if (im.height <= 0 || im.width <= 0 || im.height > 100000 || im.width > 100000)
            throw DatasetError(jsonPath, coco::recordName("images", i, im.id),
                               "implausible image size " + std::to_string(im.width) + "x" +
                                   std::to_string(im.height));
    }
    std::map<int64_t, std::vector<coco::CocoAnnotation>> byImage;
    size_t unknownCategory = 0, emptySegmentation = 0, outOfBounds = 0;
    std::string firstOutOfBounds;
    for (size_t i = 0; i < parsed.annotations.size(); ++i) {
        coco::CocoAnnotation& ann = parsed.annotations[i];
        if (!wanted.count(ann.categoryId)) {
            if (!categories.count(ann.categoryId))
                ++unknownCategory;
            continue;
        }
        if (!ann.hasSegmentation)
            throw DatasetError(jsonPath, coco::recordName("annotations", i, ann.id),
                               "no 'segmentation': a mask is needed for every instance");
        if (ann.asWritten.kind == coco::CocoSegmentation::Kind::Polygons &&
            ann.asWritten.parts.empty())
            ++emptySegmentation;
        if (const coco::CocoImage* im = parsed.findImage(ann.imageId)) {
            if (std::string why = outOfBoundsVertex(ann.asWritten, *im); !why.empty()) {
                if (outOfBounds++ == 0)
                    firstOutOfBounds = coco::recordName("annotations", i, ann.id) + ": " + why;
                continue;
            }
        }
        byImage[ann.imageId].push_back(std::move(ann));
    }
    if (unknownCategory > 0)
        addProblem(jsonPath + ": " + std::to_string(unknownCategory) +
                   " annotations name a category that is not in 'categories', skipped");
    if (emptySegmentation > 0)
        addProblem(jsonPath + ": " + std::to_string(emptySegmentation) +
                   " annotations have an empty segmentation list and give no mask");
    if (outOfBounds > 0)
        addProblem(jsonPath + ": " + std::to_string(outOfBounds) +
                   " annotations have a polygon or box vertex far outside their image, skipped" +
                   " (the first: " + firstOutOfBounds + ")");
    const std::string imageDir =
        options.imageDir.empty() ? defaultImageDir(jsonPath) : options.imageDir;
    for (auto& [id, list] : byImage) {
        const coco::CocoImage& im = *parsed.findImage(id);
        addImage({options.source, std::to_string(id), (fs::path(imageDir) / im.fileName).string(),
                  im.height, im.width});
        m_annotations.push_back(std::move(list));
    }
    prepare();
}

std::string CocoDataset::imageReference(int64_t imageId) const {
    return "http://cocodataset.org/#explore?id=" + imageInfo(imageId).sourceId;
}

const std::vector<coco::CocoAnnotation>& CocoDataset::annotations(int64_t imageId) const {
    checkImageId(imageId);
    return m_annotations[static_cast<size_t>(imageId)];
}

InstanceMasks CocoDataset::loadMask(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    std::vector<std::vector<uint8_t>> planes;
    std::vector<int32_t> ids;
    for (const auto& ann : annotations(imageId)) {
        auto classId = static_cast<int32_t>(
            mapSourceClassId(info.source + "." + std::to_string(ann.categoryId)));
        // annToMask: polygons and boxes at the image's size, an RLE at its own.
        coco::Rle rle;
        try {
            rle = coco::toRle(ann.asWritten, info.height, info.width);
        } catch (const std::invalid_argument& e) {
            throw DatasetError(
                m_path,
                "annotation id " + std::to_string(ann.id) + " (image id " + info.sourceId + ")",
                std::string("bad segmentation: ") + e.what());
        }
        const int64_t h = rle.height, w = rle.width;
        std::vector<uint8_t> m = coco::decode(rle);
        if (std::none_of(m.begin(), m.end(), [](uint8_t v) { return v != 0; }))
            continue;
        if (h != info.height || w != info.width) {
            if (!ann.iscrowd)
                throw DatasetError(
                    m_path,
                    "annotation id " + std::to_string(ann.id) + " (image id " + info.sourceId + ")",
                    "RLE size " + std::to_string(h) + "x" + std::to_string(w) +
                        " differs from the image's " + std::to_string(info.height) + "x" +
                        std::to_string(info.width));
            // The original's rule for crowds of the wrong size: the whole image.
            m.assign(static_cast<size_t>(info.height * info.width), 1);
        }
        planes.push_back(std::move(m));
        ids.push_back(ann.iscrowd ? -classId : classId);
    }
    if (planes.empty())
        return Dataset::loadMask(imageId);
    return {stackMasks(planes, info.height, info.width), makeClassIds(ids)};
}

}  // namespace mrcnn
