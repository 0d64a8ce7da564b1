#include "data/open_dataset.h"

#include <charconv>
#include <filesystem>
#include <limits>
#include <string_view>

#include "data/class_names_file.h"
#include "data/coco_dataset.h"
#include "data/json_file.h"
#include "data/mask_folder_dataset.h"
#include "data/shapes_dataset.h"
#include "data/via_dataset.h"
#include "data/xbd_dataset.h"
#include "io/input_file.h"

namespace mrcnn {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

bool looksLikeVia(const Json& root) {
    if (!root.is_object())
        return false;
    if (root.contains("_via_img_metadata"))
        return true;
    if (root.empty())
        return false;
    const Json& first = root.begin().value();
    return first.is_object() && first.contains("filename") && first.contains("regions");
}

std::unique_ptr<Dataset> openJson(const std::string& path, const OpenOptions& options) {
    Json root = readJsonFile(path);
    if (root.is_object() && root.contains("images") && root.contains("annotations") &&
        root.contains("categories")) {
        CocoOptions o;
        o.imageDir = options.imageDir;
        return std::make_unique<CocoDataset>(root, path, o);
    }
    if (root.is_object() && root.contains("features") && root.contains("metadata")) {
        XbdOptions o;
        o.imageDir = options.imageDir;
        return std::make_unique<XbdDataset>(path, o);
    }
    if (root.is_object() && root.contains("images") && root["images"].is_array() &&
        !root["images"].empty() && root["images"][0].is_object() &&
        root["images"][0].contains("bg_color")) {
        return std::make_unique<ShapesDataset>(readShapesSpecs(path), 128, 128);
    }
    if (looksLikeVia(root) || (root.is_object() && root.empty())) {
        ViaOptions o;
        o.imageDir = options.imageDir;
        o.skipUnreadable = options.skipUnreadable;
        o.classAttribute =
            options.classAttribute.empty() ? detectViaClassAttribute(root) : options.classAttribute;
        return std::make_unique<ViaDataset>(std::move(root), path, o);
    }
    throw DatasetError(path, "", "not a COCO, VIA, xBD or shapes-spec JSON file");
}

constexpr std::string_view kShapesPrefix = "shapes:";
constexpr char kShapesSyntax[] = "expected shapes:COUNT[xSIZE][@SEED], e.g. shapes:200x128@7";

// A whole field of decimal digits (no sign, no spaces) no larger than `max`.
uint64_t specNumber(const std::string& spec, std::string_view field, uint64_t max,
                    const char* what) {
    uint64_t value = 0;
    const char* end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (field.empty() || ec == std::errc::invalid_argument || ptr != end)
        throw DatasetError(spec, "",
                           std::string(what) + " \"" + std::string(field) + "\" is not a number; " +
                               kShapesSyntax);
    if (ec == std::errc::result_out_of_range || value > max)
        throw DatasetError(spec, "",
                           std::string(what) + " " + std::string(field) +
                               " is too large (at most " + std::to_string(max) + ")");
    return value;
}

}  // namespace

std::optional<ShapesSpec> parseShapesSpec(const std::string& path) {
    const std::string_view text(path);
    if (text.substr(0, kShapesPrefix.size()) != kShapesPrefix)
        return std::nullopt;
    std::string_view rest = text.substr(kShapesPrefix.size());
    std::string_view count = rest, size, seed;
    // The seed goes last, so split it off first: COUNT[xSIZE] @ SEED.
    if (const auto at = rest.find('@'); at != std::string_view::npos) {
        count = rest.substr(0, at);
        seed = rest.substr(at + 1);
        if (seed.empty())
            throw DatasetError(path, "", std::string("no seed after '@'; ") + kShapesSyntax);
    }
    if (const auto x = count.find('x'); x != std::string_view::npos) {
        size = count.substr(x + 1);
        count = count.substr(0, x);
        if (size.empty())
            throw DatasetError(path, "", std::string("no size after 'x'; ") + kShapesSyntax);
    }
    ShapesSpec spec;
    spec.count = int(specNumber(path, count, uint64_t(kMaxShapesImages), "count"));
    if (spec.count == 0)
        throw DatasetError(path, "", "the image count must be at least 1");
    if (!size.empty())
        spec.size = int(specNumber(path, size, 4096, "size"));
    if (spec.size < 80)
        throw DatasetError(path, "",
                           "size " + std::to_string(spec.size) +
                               " is too small: shapes need at least 80 pixels a side");
    if (!seed.empty())
        spec.seed = specNumber(path, seed, std::numeric_limits<uint64_t>::max(), "seed");
    return spec;
}

namespace {

std::unique_ptr<Dataset> openRecognised(const std::string& path, const OpenOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        // A symlink loop, FIFO or device is named as such (readJsonFile checks the same).
        const std::string problem = inputFileProblem(path);
        if (problem == "no such file")
            throw DatasetError(path, "", "no such file or folder");
        if (!problem.empty())
            throw DatasetError(path, "", problem);
        return openJson(path, options);
    }

    if (fs::is_empty(path, ec))
        throw DatasetError(path, "", "empty folder");
    if (isMaskFolderRoot(path))
        return std::make_unique<MaskFolderDataset>(path);
    const fs::path dir(path);
    if (fs::exists(dir / "via_region_data.json"))
        return openJson((dir / "via_region_data.json").string(), options);
    // COCO layout: annotations/instances_*.json (the first in name order).
    std::vector<std::string> cocoFiles, xbdFiles;
    if (fs::is_directory(dir / "annotations", ec))
        for (const auto& e : fs::directory_iterator(dir / "annotations", ec))
            if (e.path().filename().string().rfind("instances_", 0) == 0 &&
                e.path().extension() == ".json")
                cocoFiles.push_back(e.path().string());
    std::sort(cocoFiles.begin(), cocoFiles.end());
    if (!cocoFiles.empty())
        return openJson(cocoFiles.front(), options);
    for (const fs::path& labels : {dir, dir / "labels"}) {
        if (!fs::is_directory(labels, ec))
            continue;
        for (const auto& e : fs::directory_iterator(labels, ec))
            if (e.is_regular_file() && e.path().extension() == ".json" &&
                isXbdLabelFile(e.path().string())) {
                XbdOptions o;
                o.imageDir = options.imageDir;
                return std::make_unique<XbdDataset>(labels.string(), o);
            }
    }
    throw DatasetError(path, "",
                       "no dataset recognised (expected via_region_data.json, "
                       "annotations/instances_*.json, xBD labels or <id>/images/<id>.png)");
}

}  // namespace

std::unique_ptr<Dataset> openDataset(const std::string& path, const OpenOptions& options) {
    if (const auto shapes = parseShapesSpec(path))
        return std::make_unique<ShapesDataset>(shapes->count, shapes->size, shapes->size,
                                               shapes->seed);
    auto dataset = openRecognised(path, options);
    std::error_code ec;
    const fs::path folder =
        fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path();
    const fs::path names = folder / kClassNamesFileName;
    if (fs::is_regular_file(names, ec))
        applyClassNames(*dataset, readClassNamesFile(names.string()), names.string());
    return dataset;
}

}  // namespace mrcnn
