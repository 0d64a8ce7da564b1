#include "data/xbd_dataset.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "data/json_file.h"
#include "data/wkt.h"

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

const std::array<const char*, 5> kDamageNames = {"no-damage", "minor-damage", "major-damage",
                                                 "destroyed", "un-classified"};

double ringArea(const Ring& r) {
    double twice = 0;
    for (size_t i = 0, j = r.xs.size() - 1; i < r.xs.size(); j = i++)
        twice += (r.xs[j] - r.xs[i]) * (r.ys[j] + r.ys[i]);
    return std::abs(twice) / 2;
}

// Why a feature's geometry gives no mask ("" when it gives one): POLYGON EMPTY, outer rings of
// zero area (all points on one line), or nothing inside the width × height image.
std::string degenerateReason(const std::vector<std::vector<Ring>>& polygons, int64_t width,
                             int64_t height) {
    if (polygons.empty())
        return "empty geometry (POLYGON EMPTY)";
    double area = 0;
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto& rings : polygons) {
        area += ringArea(rings.front());
        for (size_t i = 0; i < rings.front().xs.size(); ++i) {
            x0 = std::min(x0, rings.front().xs[i]);
            x1 = std::max(x1, rings.front().xs[i]);
            y0 = std::min(y0, rings.front().ys[i]);
            y1 = std::max(y1, rings.front().ys[i]);
        }
    }
    if (area == 0)
        return "degenerate polygon of zero area (its points lie on one line)";
    if (x1 < 0 || y1 < 0 || x0 > double(width) || y0 > double(height))
        return "polygon lies wholly outside the " + std::to_string(width) + "x" +
               std::to_string(height) + " image";
    return "";
}

}  // namespace

int32_t xbdDamageClass(const std::string& subtype) {
    for (size_t i = 0; i < kDamageNames.size(); ++i)
        if (subtype == kDamageNames[i])
            return static_cast<int32_t>(i) + 1;
    return 0;
}

bool isXbdLabelFile(const std::string& path) {
    // A cheap sniff of the start of the file: xBD labels open with "features" and carry "wkt".
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    return head.find("\"features\"") != std::string::npos &&
           head.find("\"wkt\"") != std::string::npos;
}

XbdDataset::XbdDataset(const std::string& path, const XbdOptions& options) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::path labelDir;
    if (fs::is_directory(path, ec)) {
        labelDir = path;
        for (const auto& e : fs::directory_iterator(path, ec))
            if (e.is_regular_file() && e.path().extension() == ".json")
                files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
        if (files.empty())
            throw DatasetError(path, "", "folder holds no .json label files");
    } else {
        if (!fs::exists(path, ec))
            throw DatasetError(path, "", "file not found");
        labelDir = fs::path(path).parent_path();
        files.push_back(path);
    }
    std::string imageDir = options.imageDir;
    if (imageDir.empty()) {
        fs::path sibling = labelDir.parent_path() / "images";
        imageDir = fs::is_directory(sibling, ec) ? sibling.string() : labelDir.string();
    }

    struct Pending {
        ImageInfo info;
        std::vector<Feature> features;
    };
    std::vector<Pending> pending;
    for (const auto& file : files) {
        Json root = readJsonFile(file);
        const Json& metadata = requireKey(root, "metadata", file, "");
        const Json& xy = requireKey(requireKey(root, "features", file, ""), "xy", file, "features");
        if (!xy.is_array())
            throw DatasetError(file, "features.xy", "is not a list");
        Pending p;
        p.info.source = options.source;
        const std::string name = requireString(requireKey(metadata, "img_name", file, "metadata"),
                                               "img_name", file, "metadata");
        p.info.sourceId = fs::path(name).stem().string();
        p.info.path = (fs::path(imageDir) / name).string();
        p.info.width = requireInteger(requireKey(metadata, "width", file, "metadata"), "width",
                                      file, "metadata");
        p.info.height = requireInteger(requireKey(metadata, "height", file, "metadata"), "height",
                                       file, "metadata");
        if (p.info.width <= 0 || p.info.height <= 0 || p.info.width > 100000 ||
            p.info.height > 100000)
            throw DatasetError(file, "metadata", "implausible image size");
        for (size_t i = 0; i < xy.size(); ++i) {
            const std::string record = "features.xy[" + std::to_string(i) + "]";
            const Json& f = xy[i];
            Feature feature;
            try {
                feature.polygons = parseWktPolygons(
                    requireString(requireKey(f, "wkt", file, record), "wkt", file, record));
            } catch (const WktError& e) {
                throw DatasetError(file, record, e.what());
            }
            auto props = f.find("properties");
            if (props != f.end() && props->is_object() && props->contains("subtype")) {
                feature.subtype = requireString((*props)["subtype"], "subtype", file, record);
                if (xbdDamageClass(feature.subtype) == 0)
                    throw DatasetError(file, record,
                                       "unknown damage subtype '" + feature.subtype + "'");
                m_damage = true;
            }
            const std::string why = degenerateReason(feature.polygons, p.info.width, p.info.height);
            if (!why.empty()) {
                addProblem(file, record, why + ", feature skipped");
                continue;
            }
            p.features.push_back(std::move(feature));
        }
        pending.push_back(std::move(p));
    }
    for (size_t i = 0; i < kDamageNames.size(); ++i)
        addClass(options.source, static_cast<int64_t>(i) + 1, kDamageNames[i]);
    for (auto& p : pending) {
        for (auto& f : p.features)
            f.classId = f.subtype.empty() ? 1 : xbdDamageClass(f.subtype);
        addImage(std::move(p.info));
        m_features.push_back(std::move(p.features));
    }
    prepare();
}

const std::vector<XbdDataset::Feature>& XbdDataset::features(int64_t imageId) const {
    checkImageId(imageId);
    return m_features[static_cast<size_t>(imageId)];
}

InstanceMasks XbdDataset::loadMask(int64_t imageId) const {
    const auto& info = imageInfo(imageId);
    std::vector<std::vector<uint8_t>> planes;
    std::vector<int32_t> ids;
    for (const auto& f : features(imageId)) {
        std::vector<uint8_t> plane(static_cast<size_t>(info.height * info.width), 0);
        for (const auto& polygon : f.polygons)
            fillRings(polygon, info.height, info.width, plane.data());
        planes.push_back(std::move(plane));
        ids.push_back(f.classId);
    }
    return {stackMasks(planes, info.height, info.width), makeClassIds(ids)};
}

}  // namespace mrcnn
