#include "data/coco_dataset.h"

#include <filesystem>
#include <map>
#include <set>

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

CocoDataset::Annotation parseAnnotation(const Json& a, const std::string& path,
                                        const std::string& record) {
    CocoDataset::Annotation ann;
    ann.id = requireInteger(requireKey(a, "id", path, record), "id", path, record);
    ann.categoryId =
        requireInteger(requireKey(a, "category_id", path, record), "category_id", path, record);
    if (a.contains("iscrowd"))
        ann.crowd = requireInteger(a["iscrowd"], "iscrowd", path, record) != 0;
    const Json& seg = requireKey(a, "segmentation", path, record);
    if (seg.is_array()) {
        if (seg.empty())
            throw DatasetError(path, record, "empty segmentation list");
        for (size_t p = 0; p < seg.size(); ++p) {
            if (!seg[p].is_array())
                throw DatasetError(
                    path, record,
                    "segmentation part " + std::to_string(p) + " is not a list of numbers");
            std::vector<double> part;
            part.reserve(seg[p].size());
            for (const auto& v : seg[p])
                part.push_back(requireNumber(v, "segmentation", path, record));
            if (part.size() % 2 != 0)
                throw DatasetError(path, record,
                                   "polygon part " + std::to_string(p) + " has an odd number (" +
                                       std::to_string(part.size()) + ") of coordinates");
            ann.parts.push_back(std::move(part));
        }
        // pycocotools' frPyObjects: a first part of exactly 4 numbers means [x, y,
        // w, h] boxes.
        const size_t first = ann.parts.front().size();
        if (first < 4)
            throw DatasetError(path, record, "polygon with fewer than 2 points");
        ann.kind = first == 4 ? CocoDataset::Annotation::Kind::Boxes
                              : CocoDataset::Annotation::Kind::Polygons;
    } else if (seg.is_object()) {
        ann.kind = CocoDataset::Annotation::Kind::Rle;
        const Json& size = requireKey(seg, "size", path, record);
        if (!size.is_array() || size.size() != 2)
            throw DatasetError(path, record, "RLE 'size' must be [height, width]");
        ann.rle.height = requireInteger(size[0], "size", path, record);
        ann.rle.width = requireInteger(size[1], "size", path, record);
        if (ann.rle.height < 0 || ann.rle.width < 0)
            throw DatasetError(path, record, "negative RLE size");
        const Json& counts = requireKey(seg, "counts", path, record);
        uint64_t total = 0;
        if (counts.is_array()) {
            for (const auto& c : counts) {
                int64_t v = requireInteger(c, "counts", path, record);
                if (v < 0)
                    throw DatasetError(path, record, "negative RLE count");
                ann.rle.counts.push_back(static_cast<uint32_t>(v));
                total += static_cast<uint64_t>(v);
            }
        } else if (counts.is_string()) {
            try {
                ann.rle =
                    coco::fromString(counts.get<std::string>(), ann.rle.height, ann.rle.width);
            } catch (const std::exception& e) {
                throw DatasetError(path, record, std::string("bad compressed RLE: ") + e.what());
            }
            for (auto c : ann.rle.counts)
                total += c;
        } else {
            throw DatasetError(path, record, "RLE 'counts' is neither a list nor a string");
        }
        const auto pixels = static_cast<uint64_t>(ann.rle.height * ann.rle.width);
        if (total != pixels)
            throw DatasetError(path, record,
                               "RLE counts sum to " + std::to_string(total) + ", size is " +
                                   std::to_string(pixels) + " pixels");
    } else {
        throw DatasetError(path, record, "'segmentation' is neither a list nor an RLE object");
    }
    return ann;
}

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

}  // namespace

std::vector<uint8_t> cocoAnnotationMask(const CocoDataset::Annotation& ann, int64_t height,
                                        int64_t width, int64_t& outHeight, int64_t& outWidth) {
    using Kind = CocoDataset::Annotation::Kind;
    if (ann.kind == Kind::Rle) {
        outHeight = ann.rle.height;
        outWidth = ann.rle.width;
        return coco::decode(ann.rle);
    }
    std::vector<coco::Rle> parts;
    for (const auto& part : ann.parts) {
        if (ann.kind == Kind::Boxes) {
            parts.push_back(coco::fromBbox({part[0], part[1], part[2], part[3]}, height, width));
        } else {
            parts.push_back(coco::fromPolygon(part, height, width));
        }
    }
    outHeight = height;
    outWidth = width;
    return coco::decode(parts.size() == 1 ? parts.front() : coco::merge(parts));
}

CocoDataset::CocoDataset(const std::string& jsonPath, const CocoOptions& options)
    : CocoDataset(readJsonFile(jsonPath), jsonPath, options) {}

CocoDataset::CocoDataset(const Json& root, const std::string& jsonPath,
                         const CocoOptions& options) {
    const Json& images = requireKey(root, "images", jsonPath, "");
    const Json& anns = requireKey(root, "annotations", jsonPath, "");
    const Json& cats = requireKey(root, "categories", jsonPath, "");
    if (!images.is_array() || !anns.is_array() || !cats.is_array())
        throw DatasetError(jsonPath, "", "'images', 'annotations' and 'categories' must be lists");

    std::map<int64_t, std::string> categories;
    for (size_t i = 0; i < cats.size(); ++i) {
        const std::string record = "categories[" + std::to_string(i) + "]";
        int64_t id =
            requireInteger(requireKey(cats[i], "id", jsonPath, record), "id", jsonPath, record);
        categories[id] =
            requireString(requireKey(cats[i], "name", jsonPath, record), "name", jsonPath, record);
    }
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

    struct ImageRecord {
        std::string fileName;
        int64_t height = 0, width = 0;
    };
    std::map<int64_t, ImageRecord> imageRecords;
    for (size_t i = 0; i < images.size(); ++i) {
        const std::string record = "images[" + std::to_string(i) + "]";
        const Json& im = images[i];
        int64_t id = requireInteger(requireKey(im, "id", jsonPath, record), "id", jsonPath, record);
        ImageRecord r;
        r.fileName = requireString(requireKey(im, "file_name", jsonPath, record), "file_name",
                                   jsonPath, record);
        r.height =
            requireInteger(requireKey(im, "height", jsonPath, record), "height", jsonPath, record);
        r.width =
            requireInteger(requireKey(im, "width", jsonPath, record), "width", jsonPath, record);
        if (r.height <= 0 || r.width <= 0 || r.height > 100000 || r.width > 100000)
            throw DatasetError(jsonPath, record, "implausible image size");
        imageRecords[id] = std::move(r);
    }
    std::map<int64_t, std::vector<Annotation>> byImage;
    size_t unknownCategory = 0;
    for (size_t i = 0; i < anns.size(); ++i) {
        const std::string record = "annotations[" + std::to_string(i) + "]";
        int64_t imageId = requireInteger(requireKey(anns[i], "image_id", jsonPath, record),
                                         "image_id", jsonPath, record);
        Annotation ann = parseAnnotation(anns[i], jsonPath, record);
        if (!wanted.count(ann.categoryId)) {
            if (!categories.count(ann.categoryId))
                ++unknownCategory;
            continue;
        }
        if (!imageRecords.count(imageId))
            throw DatasetError(jsonPath, record,
                               "image_id " + std::to_string(imageId) + " is not in 'images'");
        byImage[imageId].push_back(std::move(ann));
    }
    if (unknownCategory > 0)
        addProblem(jsonPath + ": " + std::to_string(unknownCategory) +
                   " annotations name a category that is not in 'categories', skipped");
    const std::string imageDir =
        options.imageDir.empty() ? defaultImageDir(jsonPath) : options.imageDir;
    for (auto& [id, list] : byImage) {
        const auto& r = imageRecords[id];
        addImage({options.source, std::to_string(id), (fs::path(imageDir) / r.fileName).string(),
                  r.height, r.width});
        m_annotations.push_back(std::move(list));
    }
    prepare();
}

std::string CocoDataset::imageReference(int64_t imageId) const {
    return "http://cocodataset.org/#explore?id=" + imageInfo(imageId).sourceId;
}

const std::vector<CocoDataset::Annotation>& CocoDataset::annotations(int64_t imageId) const {
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
        int64_t h = 0, w = 0;
        std::vector<uint8_t> m = cocoAnnotationMask(ann, info.height, info.width, h, w);
        if (std::none_of(m.begin(), m.end(), [](uint8_t v) { return v != 0; }))
            continue;
        if (h != info.height || w != info.width) {
            if (!ann.crowd)
                throw DatasetError("", "annotation " + std::to_string(ann.id),
                                   "RLE size " + std::to_string(h) + "x" + std::to_string(w) +
                                       " differs from the image's " + std::to_string(info.height) +
                                       "x" + std::to_string(info.width));
            // The original's rule for crowds of the wrong size: the whole image.
            m.assign(static_cast<size_t>(info.height * info.width), 1);
        }
        planes.push_back(std::move(m));
        ids.push_back(ann.crowd ? -classId : classId);
    }
    if (planes.empty())
        return Dataset::loadMask(imageId);
    return {stackMasks(planes, info.height, info.width), makeClassIds(ids)};
}

}  // namespace mrcnn
