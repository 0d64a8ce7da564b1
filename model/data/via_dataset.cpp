#include "data/via_dataset.h"

#include <filesystem>

#include "data/image_file.h"
#include "data/json_file.h"
#include "data/polygon_raster.h"

namespace mrcnn {
namespace {

using Json = nlohmann::ordered_json;

std::vector<double> numberList(const Json& shape, const std::string& key, const std::string& path,
                               const std::string& record) {
    const Json& list = requireKey(shape, key, path, record);
    if (!list.is_array())
        throw DatasetError(path, record, "'" + key + "' is not a list");
    std::vector<double> out;
    out.reserve(list.size());
    for (const auto& v : list)
        out.push_back(requireNumber(v, key, path, record));
    return out;
}

double number(const Json& shape, const std::string& key, const std::string& path,
              const std::string& record) {
    return requireNumber(requireKey(shape, key, path, record), key, path, record);
}

// The class name of a region, or "" when the attribute is absent/empty. VIA 2 checkboxes store
// {"name": true}; the first true option is taken.
std::string regionClass(const Json& region, const std::string& attribute) {
    auto attrs = region.find("region_attributes");
    if (attrs == region.end() || !attrs->is_object())
        return "";
    auto v = attrs->find(attribute);
    if (v == attrs->end())
        return "";
    if (v->is_string())
        return v->get<std::string>();
    if (v->is_number())
        return v->dump();
    if (v->is_object())
        for (const auto& [k, on] : v->items())
            if (on.is_boolean() && on.get<bool>())
                return k;
    return "";
}

}  // namespace

std::string detectViaClassAttribute(const Json& root) {
    const Json& images =
        root.is_object() && root.contains("_via_img_metadata") ? root["_via_img_metadata"] : root;
    if (!images.is_object())
        return "";
    std::vector<std::string> keys;
    for (const auto& [key, entry] : images.items()) {
        if (!entry.is_object() || !entry.contains("regions"))
            continue;
        const Json& regions = entry["regions"];
        if (!regions.is_object() && !regions.is_array())
            continue;
        for (const auto& region : regions) {
            if (!region.is_object() || !region.contains("region_attributes"))
                continue;
            const Json& attrs = region["region_attributes"];
            if (!attrs.is_object())
                continue;
            for (const auto& [name, value] : attrs.items())
                if ((value.is_string() || value.is_object()) &&
                    std::find(keys.begin(), keys.end(), name) == keys.end())
                    keys.push_back(name);
        }
    }
    return keys.size() == 1 ? keys.front() : "";
}

ViaDataset::ViaDataset(const std::string& jsonPath, const ViaOptions& options)
    : ViaDataset(readJsonFile(jsonPath), jsonPath, options) {}

ViaDataset::ViaDataset(Json root, const std::string& jsonPath, const ViaOptions& options) {
    m_format = "via1";
    if (root.is_object() && root.contains("_via_img_metadata")) {
        Json inner = std::move(root["_via_img_metadata"]);
        root = std::move(inner);
        m_format = "via2-project";
    }
    if (!root.is_object())
        throw DatasetError(jsonPath, "", "expected a VIA object keyed by filename+size");
    const std::string dir = options.imageDir.empty()
                                ? std::filesystem::path(jsonPath).parent_path().string()
                                : options.imageDir;
    std::vector<std::string> classNames;
    if (options.classAttribute.empty()) {
        classNames.push_back(options.defaultClassName);
        addClass(options.source, 1, options.defaultClassName);
    }
    bool sawList = false;
    for (const auto& [key, entry] : root.items()) {
        const std::string record = "image '" + key + "'";
        const Json& regions = requireKey(entry, "regions", jsonPath, record);
        const std::string filename = requireString(requireKey(entry, "filename", jsonPath, record),
                                                   "filename", jsonPath, record);
        if (!regions.is_object() && !regions.is_array())
            throw DatasetError(jsonPath, record, "'regions' is neither a dict nor a list");
        if (regions.empty())
            continue;  // unannotated: skipped, as the original does
        sawList = sawList || regions.is_array();
        std::vector<Region> parsed;
        int index = 0;
        for (const auto& region : regions) {
            const std::string rrec = record + ", region " + std::to_string(index++);
            const Json& shape = requireKey(region, "shape_attributes", jsonPath, rrec);
            std::string name = shape.contains("name") && shape["name"].is_string()
                                   ? shape["name"].get<std::string>()
                                   : "polygon";
            Region r;
            if (name == "polygon" || name == "polyline") {
                r.xs = numberList(shape, "all_points_x", jsonPath, rrec);
                r.ys = numberList(shape, "all_points_y", jsonPath, rrec);
                if (r.xs.size() != r.ys.size())
                    throw DatasetError(jsonPath, rrec,
                                       "all_points_x has " + std::to_string(r.xs.size()) +
                                           " values but all_points_y has " +
                                           std::to_string(r.ys.size()));
                if (r.xs.size() < 3) {
                    addProblem(jsonPath, rrec,
                               name + " has " + std::to_string(r.xs.size()) +
                                   " points (at least 3 needed for an area), region skipped");
                    continue;
                }
            } else if (name == "rect") {
                r.shape = Shape::Rect;
                r.a = number(shape, "x", jsonPath, rrec);
                r.b = number(shape, "y", jsonPath, rrec);
                r.c = number(shape, "width", jsonPath, rrec);
                r.d = number(shape, "height", jsonPath, rrec);
            } else if (name == "circle" || name == "ellipse") {
                r.shape = Shape::Ellipse;
                r.a = number(shape, "cx", jsonPath, rrec);
                r.b = number(shape, "cy", jsonPath, rrec);
                r.c = number(shape, name == "circle" ? "r" : "rx", jsonPath, rrec);
                r.d = number(shape, name == "circle" ? "r" : "ry", jsonPath, rrec);
                if (name == "ellipse" && shape.contains("theta"))
                    r.theta = number(shape, "theta", jsonPath, rrec);
            } else {
                addProblem(jsonPath, rrec, "shape '" + name + "' has no area, region skipped");
                continue;
            }
            if (!options.classAttribute.empty()) {
                std::string cls = regionClass(region, options.classAttribute);
                if (cls.empty()) {
                    addProblem(jsonPath, rrec,
                               "no class in region_attributes." + options.classAttribute +
                                   ", region skipped");
                    continue;
                }
                auto it = std::find(classNames.begin(), classNames.end(), cls);
                if (it == classNames.end()) {
                    classNames.push_back(cls);
                    addClass(options.source, static_cast<int64_t>(classNames.size()), cls);
                    it = classNames.end() - 1;
                }
                r.classId = static_cast<int32_t>(it - classNames.begin()) + 1;
            }
            parsed.push_back(std::move(r));
        }
        // It stays as an image without instances: evaluation counts it, and a model can be
        // wrong on it.
        if (parsed.empty())
            addProblem(jsonPath, record, "every region was skipped, image kept without instances");
        const std::string imagePath = (std::filesystem::path(dir) / filename).string();
        std::pair<int64_t, int64_t> size;
        try {
            size = readImageSize(imagePath, record);
        } catch (const DatasetError& e) {
            if (!options.skipUnreadable)
                throw;
            addProblem(e.what());
            continue;
        }
        addImage({options.source, filename, imagePath, size.first, size.second});
        m_regions.push_back(std::move(parsed));
    }
    if (m_format == "via1" && sawList)
        m_format = "via2";
    prepare();
}

const std::vector<ViaDataset::Region>& ViaDataset::regions(int64_t imageId) const {
    checkImageId(imageId);
    return m_regions[static_cast<size_t>(imageId)];
}

InstanceMasks ViaDataset::loadMask(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    const auto& regs = regions(imageId);
    std::vector<std::vector<uint8_t>> planes;
    std::vector<int32_t> ids;
    for (const auto& r : regs) {
        std::vector<uint8_t> plane(static_cast<size_t>(info.height * info.width), 0);
        if (r.shape == Shape::Polygon) {
            fillPolygon({r.xs, r.ys}, info.height, info.width, plane.data());
        } else if (r.shape == Shape::Rect) {
            Ring box{{r.a, r.a + r.c, r.a + r.c, r.a}, {r.b, r.b, r.b + r.d, r.b + r.d}};
            fillPolygon(box, info.height, info.width, plane.data());
        } else {
            fillEllipse(r.b, r.a, r.d, r.c, r.theta, info.height, info.width, plane.data());
        }
        planes.push_back(std::move(plane));
        ids.push_back(r.classId);
    }
    return {stackMasks(planes, info.height, info.width), makeClassIds(ids)};
}

}  // namespace mrcnn
