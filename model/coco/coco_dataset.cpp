#include "coco/coco_dataset.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace mrcnn::coco {

namespace {

using nlohmann::json;

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CocoError(path + ": cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

json parseJson(const std::string& text, const std::string& source) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        throw CocoError(source + ": invalid JSON: " + e.what());
    }
}

// Field access with messages that name the file and the record.
struct Where {
    const std::string& source;
    std::string record;
    [[noreturn]] void fail(const std::string& why) const {
        throw CocoError(source + ": " + record + ": " + why);
    }
    const json& field(const json& obj, const char* key) const {
        if (!obj.is_object())
            fail("not a JSON object");
        const auto it = obj.find(key);
        if (it == obj.end())
            fail(std::string("missing \"") + key + "\"");
        return *it;
    }
    int64_t integer(const json& obj, const char* key) const {
        const json& v = field(obj, key);
        if (v.is_number_integer())
            return v.get<int64_t>();
        if (v.is_number_float() && v.get<double>() == double(int64_t(v.get<double>())))
            return int64_t(v.get<double>());
        fail(std::string("\"") + key + "\" must be an integer, got " + v.dump());
    }
    double number(const json& v, const std::string& what) const {
        if (!v.is_number())
            fail(what + " must be a number, got " + v.dump());
        return v.get<double>();
    }
    std::array<double, 4> box(const json& v) const {
        if (!v.is_array() || v.size() != 4)
            fail("\"bbox\" must be [x, y, w, h], got " + v.dump());
        std::array<double, 4> b{};
        for (size_t i = 0; i < 4; ++i)
            b[i] = number(v[i], "bbox value");
        return b;
    }
};

std::vector<double> numbers(const json& v, const Where& w) {
    if (!v.is_array())
        w.fail("a polygon must be a list of numbers, got " + v.dump());
    std::vector<double> out;
    out.reserve(v.size());
    for (const auto& x : v)
        out.push_back(w.number(x, "polygon coordinate"));
    return out;
}

// pycocotools annToRLE / frPyObjects for one segmentation.
Rle segmentationToRle(const json& seg, int64_t height, int64_t width, const Where& w) {
    try {
        if (seg.is_array()) {
            if (seg.empty())
                return Rle{height, width, {uint32_t(height * width)}};
            std::vector<Rle> parts;
            const size_t first = seg[0].is_array() ? seg[0].size() : 0;
            if (first == 4) {
                // frPyObjects treats a list whose first entry has 4 numbers as boxes.
                for (const auto& b : seg)
                    parts.push_back(fromBbox(w.box(b), height, width));
            } else if (first > 4) {
                for (const auto& p : seg)
                    parts.push_back(fromPolygon(numbers(p, w), height, width));
            } else {
                w.fail("segmentation polygon needs at least 3 points, got " + seg[0].dump());
            }
            return merge(parts);
        }
        if (!seg.is_object())
            w.fail("segmentation must be polygons or an RLE object");
        const json& size = w.field(seg, "size");
        if (!size.is_array() || size.size() != 2 || !size[0].is_number_integer() ||
            !size[1].is_number_integer())
            w.fail("RLE \"size\" must be [height, width], got " + size.dump());
        const int64_t h = size[0].get<int64_t>(), wd = size[1].get<int64_t>();
        const json& counts = w.field(seg, "counts");
        if (counts.is_string())
            return fromString(counts.get<std::string>(), h, wd);
        if (!counts.is_array())
            w.fail("RLE \"counts\" must be a string or a list of integers");
        Rle rle{h, wd, {}};
        for (const auto& c : counts) {
            if (!c.is_number_integer() || c.get<int64_t>() < 0 || c.get<int64_t>() > UINT32_MAX)
                w.fail("RLE counts must be non-negative integers, got " + c.dump());
            rle.counts.push_back(uint32_t(c.get<int64_t>()));
        }
        validate(rle);
        return rle;
    } catch (const std::invalid_argument& e) {
        w.fail(std::string("bad segmentation: ") + e.what());
    }
}

}  // namespace

const CocoImage* CocoDataset::findImage(int64_t id) const {
    const auto it = imageIndex.find(id);
    return it == imageIndex.end() ? nullptr : &images[it->second];
}

std::vector<int64_t> CocoDataset::imageIds() const {
    std::vector<int64_t> ids;
    for (const auto& [id, index] : imageIndex)
        ids.push_back(id);
    return ids;
}

std::vector<int64_t> CocoDataset::categoryIds() const {
    std::vector<int64_t> ids;
    for (const auto& c : categories)
        ids.push_back(c.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

CocoDataset parseGroundTruth(const std::string& jsonText, const std::string& source) {
    const json doc = parseJson(jsonText, source);
    Where top{source, "top level"};
    if (!doc.is_object())
        top.fail("a COCO dataset must be a JSON object");
    CocoDataset ds;
    if (doc.contains("images")) {
        const json& images = doc["images"];
        if (!images.is_array())
            top.fail("\"images\" must be a list");
        for (size_t i = 0; i < images.size(); ++i) {
            Where w{source, "images[" + std::to_string(i) + "]"};
            CocoImage im;
            im.id = w.integer(images[i], "id");
            im.height = w.integer(images[i], "height");
            im.width = w.integer(images[i], "width");
            if (im.height < 0 || im.width < 0)
                w.fail("negative image size");
            if (images[i].contains("file_name") && images[i]["file_name"].is_string())
                im.fileName = images[i]["file_name"];
            if (!ds.imageIndex.emplace(im.id, ds.images.size()).second)
                w.fail("duplicate image id " + std::to_string(im.id));
            ds.images.push_back(std::move(im));
        }
    }
    if (doc.contains("categories")) {
        const json& cats = doc["categories"];
        if (!cats.is_array())
            top.fail("\"categories\" must be a list");
        for (size_t i = 0; i < cats.size(); ++i) {
            Where w{source, "categories[" + std::to_string(i) + "]"};
            CocoCategory c;
            c.id = w.integer(cats[i], "id");
            if (cats[i].contains("name") && cats[i]["name"].is_string())
                c.name = cats[i]["name"];
            if (cats[i].contains("supercategory") && cats[i]["supercategory"].is_string())
                c.supercategory = cats[i]["supercategory"];
            ds.categories.push_back(std::move(c));
        }
    }
    if (doc.contains("annotations")) {
        const json& anns = doc["annotations"];
        if (!anns.is_array())
            top.fail("\"annotations\" must be a list");
        ds.annotations.reserve(anns.size());
        for (size_t i = 0; i < anns.size(); ++i) {
            const json& a = anns[i];
            Where w{source, "annotations[" + std::to_string(i) + "]"};
            CocoAnnotation ann;
            ann.id = w.integer(a, "id");
            w.record += " (id " + std::to_string(ann.id) + ")";
            ann.imageId = w.integer(a, "image_id");
            ann.categoryId = w.integer(a, "category_id");
            const CocoImage* im = ds.findImage(ann.imageId);
            if (!im)
                w.fail("image_id " + std::to_string(ann.imageId) + " is not in \"images\"");
            if (a.contains("iscrowd")) {
                const json& c = a["iscrowd"];
                if (!c.is_boolean() && !c.is_number_integer())
                    w.fail("\"iscrowd\" must be 0 or 1");
                ann.iscrowd = c.is_boolean() ? c.get<bool>() : c.get<int64_t>() != 0;
            }
            if (a.contains("segmentation") && !a["segmentation"].is_null()) {
                ann.segmentation = segmentationToRle(a["segmentation"], im->height, im->width, w);
                ann.hasSegmentation = true;
            }
            if (a.contains("bbox")) {
                ann.bbox = w.box(a["bbox"]);
            } else if (ann.hasSegmentation) {
                ann.bbox = toBbox(ann.segmentation);
            } else {
                w.fail("has neither \"bbox\" nor \"segmentation\"");
            }
            if (a.contains("area"))
                ann.area = w.number(a["area"], "\"area\"");
            else
                ann.area = ann.hasSegmentation ? double(area(ann.segmentation))
                                               : ann.bbox[2] * ann.bbox[3];
            ds.annotations.push_back(std::move(ann));
        }
    }
    return ds;
}

CocoDataset loadGroundTruth(const std::string& path) {
    return parseGroundTruth(readText(path), path);
}

std::vector<CocoAnnotation> parseResults(const std::string& jsonText, const CocoDataset& gt,
                                         const std::string& source) {
    const json doc = parseJson(jsonText, source);
    Where top{source, "top level"};
    if (!doc.is_array())
        top.fail("results must be a JSON list of detections");
    std::vector<CocoAnnotation> out;
    if (doc.empty())
        return out;
    // loadRes picks the branch from the first record only.
    const bool boxMode = doc[0].is_object() && doc[0].contains("bbox") &&
                         doc[0]["bbox"].is_array() && !doc[0]["bbox"].empty();
    out.reserve(doc.size());
    for (size_t i = 0; i < doc.size(); ++i) {
        const json& r = doc[i];
        Where w{source, "detection " + std::to_string(i)};
        CocoAnnotation d;
        d.id = int64_t(i) + 1;
        d.imageId = w.integer(r, "image_id");
        d.categoryId = w.integer(r, "category_id");
        d.score = w.number(w.field(r, "score"), "\"score\"");
        const CocoImage* im = gt.findImage(d.imageId);
        if (!im)
            w.fail("image_id " + std::to_string(d.imageId) +
                   " is not in the ground truth (results do not correspond to this COCO set)");
        if (boxMode) {
            d.bbox = w.box(w.field(r, "bbox"));
            if (r.contains("segmentation")) {
                d.segmentation = segmentationToRle(r["segmentation"], im->height, im->width, w);
            } else {
                const double x1 = d.bbox[0], y1 = d.bbox[1];
                const double x2 = x1 + d.bbox[2], y2 = y1 + d.bbox[3];
                d.segmentation =
                    fromPolygon({x1, y1, x1, y2, x2, y2, x2, y1}, im->height, im->width);
            }
            d.area = d.bbox[2] * d.bbox[3];
        } else {
            d.segmentation =
                segmentationToRle(w.field(r, "segmentation"), im->height, im->width, w);
            d.area = double(area(d.segmentation));
            d.bbox = r.contains("bbox") ? w.box(r["bbox"]) : toBbox(d.segmentation);
        }
        d.hasSegmentation = true;
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<CocoAnnotation> loadResults(const std::string& path, const CocoDataset& gt) {
    return parseResults(readText(path), gt, path);
}

}  // namespace mrcnn::coco
