#include "coco/coco_dataset.h"

#include <algorithm>
#include <limits>

#include "data/json_file.h"

namespace mrcnn::coco {

namespace {

using Json = nlohmann::ordered_json;

// The file and the record being read: every error names both.
struct Where {
    const std::string& file;
    std::string record;

    [[noreturn]] void fail(const std::string& reason) const {
        throw DatasetError(file, record, reason);
    }
    const Json& key(const Json& obj, const char* name) const {
        return requireKey(obj, name, file, record);
    }
    int64_t integer(const Json& value, const char* what) const {
        return requireInteger(value, what, file, record);
    }
    int64_t integerField(const Json& obj, const char* name) const {
        return integer(key(obj, name), name);
    }
    double number(const Json& value, const char* what) const {
        return requireNumber(value, what, file, record);
    }
    // An optional text field: "" when absent, an error when it is not a string.
    std::string text(const Json& obj, const char* name, bool required) const {
        if (!required && !obj.contains(name))
            return {};
        return requireString(key(obj, name), name, file, record);
    }
    std::array<double, 4> box(const Json& v, const char* what) const {
        if (!v.is_array() || v.size() != 4)
            fail(std::string("'") + what + "' must be [x, y, w, h], got " + v.dump());
        std::array<double, 4> b{};
        for (size_t i = 0; i < 4; ++i)
            b[i] = number(v[i], what);
        return b;
    }
};

CocoSegmentation parsePolygons(const Json& seg, const Where& w) {
    CocoSegmentation s;
    s.kind = CocoSegmentation::Kind::Polygons;
    for (size_t p = 0; p < seg.size(); ++p) {
        if (!seg[p].is_array())
            w.fail("segmentation part " + std::to_string(p) + " is not a list of numbers");
        std::vector<double> part;
        part.reserve(seg[p].size());
        for (const auto& v : seg[p])
            part.push_back(w.number(v, "segmentation"));
        if (part.size() % 2 != 0)
            w.fail("polygon part " + std::to_string(p) + " has an odd number (" +
                   std::to_string(part.size()) + ") of coordinates");
        s.parts.push_back(std::move(part));
    }
    if (s.parts.empty())
        return s;  // an empty mask
    // frPyObjects: a first part of exactly 4 numbers makes every part an [x, y, w, h] box;
    // fewer is no shape at all.
    const size_t first = s.parts.front().size();
    if (first < 4)
        w.fail("polygon part 0 has fewer than 2 points");
    if (first == 4) {
        s.kind = CocoSegmentation::Kind::Boxes;
        for (size_t p = 0; p < s.parts.size(); ++p)
            if (s.parts[p].size() != 4)
                w.fail("segmentation part " + std::to_string(p) +
                       " must be a box [x, y, w, h] like part 0");
    }
    return s;
}

CocoSegmentation parseRle(const Json& seg, const Where& w) {
    CocoSegmentation s;
    s.kind = CocoSegmentation::Kind::Rle;
    const Json& size = w.key(seg, "size");
    if (!size.is_array() || size.size() != 2)
        w.fail("RLE 'size' must be [height, width], got " + size.dump());
    const int64_t height = w.integer(size[0], "size");
    const int64_t width = w.integer(size[1], "size");
    if (height < 0 || width < 0)
        w.fail("negative RLE size " + size.dump());
    const Json& counts = w.key(seg, "counts");
    if (counts.is_string()) {
        try {
            s.rle = fromString(counts.get<std::string>(), height, width);
        } catch (const std::invalid_argument& e) {
            w.fail(std::string("bad compressed RLE counts: ") + e.what());
        }
    } else if (counts.is_array()) {
        s.rle = Rle{height, width, {}};
        s.rle.counts.reserve(counts.size());
        for (const auto& c : counts) {
            const int64_t v = w.integer(c, "counts");
            if (v < 0 || v > std::numeric_limits<uint32_t>::max())
                w.fail("RLE count " + std::to_string(v) + " is out of range");
            s.rle.counts.push_back(uint32_t(v));
        }
    } else {
        w.fail("RLE 'counts' is neither a list nor a string");
    }
    uint64_t total = 0;
    for (uint32_t c : s.rle.counts)
        total += c;
    const auto pixels = uint64_t(height) * uint64_t(width);
    if (total != pixels)
        w.fail("RLE counts sum to " + std::to_string(total) + ", size is " +
               std::to_string(pixels) + " pixels");
    return s;
}

CocoSegmentation parseSegmentation(const Json& seg, const Where& w) {
    if (seg.is_array())
        return parsePolygons(seg, w);
    if (seg.is_object())
        return parseRle(seg, w);
    w.fail("'segmentation' is neither a list nor an RLE object");
}

Rle rasterise(const CocoSegmentation& s, int64_t height, int64_t width, const Where& w) {
    try {
        return toRle(s, height, width);
    } catch (const std::invalid_argument& e) {
        w.fail(std::string("bad segmentation: ") + e.what());
    }
}

const Json* list(const Json& doc, const char* name, const Where& top) {
    const auto it = doc.find(name);
    if (it == doc.end())
        return nullptr;
    if (!it->is_array())
        top.fail(std::string("'") + name + "' must be a list");
    return &*it;
}

CocoImage parseImage(const Json& j, const Where& w0, const ParseOptions& options) {
    Where w = w0;
    CocoImage im;
    im.id = w.integerField(j, "id");
    w.record += " (id " + std::to_string(im.id) + ")";
    im.height = w.integerField(j, "height");
    im.width = w.integerField(j, "width");
    if (im.height < 0 || im.width < 0)
        w.fail("negative image size");
    im.fileName = w.text(j, "file_name", options.requireNames);
    return im;
}

CocoAnnotation parseAnnotation(const Json& a, Where w, const CocoDataset& ds,
                               const ParseOptions& options) {
    CocoAnnotation ann;
    ann.id = w.integerField(a, "id");
    w.record += " (id " + std::to_string(ann.id) + ")";
    ann.imageId = w.integerField(a, "image_id");
    ann.categoryId = w.integerField(a, "category_id");
    const CocoImage* im = ds.findImage(ann.imageId);
    if (!im)
        w.fail("image_id " + std::to_string(ann.imageId) + " is not in 'images'");
    if (a.contains("iscrowd")) {
        const Json& c = a["iscrowd"];
        ann.iscrowd = c.is_boolean() ? c.get<bool>() : w.integer(c, "iscrowd") != 0;
    }
    if (a.contains("segmentation") && !a["segmentation"].is_null()) {
        ann.asWritten = parseSegmentation(a["segmentation"], w);
        ann.hasSegmentation = true;
        if (options.rasterise)
            ann.segmentation = rasterise(ann.asWritten, im->height, im->width, w);
    }
    const bool masked = ann.hasSegmentation && options.rasterise;
    if (a.contains("bbox"))
        ann.bbox = w.box(a["bbox"], "bbox");
    else if (masked)
        ann.bbox = toBbox(ann.segmentation);
    else if (!ann.hasSegmentation)
        w.fail("has neither 'bbox' nor 'segmentation'");
    if (a.contains("area"))
        ann.area = w.number(a["area"], "area");
    else if (masked)
        ann.area = double(area(ann.segmentation));
    else if (!ann.hasSegmentation)
        ann.area = ann.bbox[2] * ann.bbox[3];
    return ann;
}

}  // namespace

Rle toRle(const CocoSegmentation& s, int64_t height, int64_t width) {
    using Kind = CocoSegmentation::Kind;
    if (s.kind == Kind::None)
        throw std::invalid_argument("no segmentation");
    if (s.kind == Kind::Rle)
        return s.rle;
    if (s.parts.empty())
        return Rle{height, width, {uint32_t(height * width)}};
    std::vector<Rle> parts;
    parts.reserve(s.parts.size());
    for (const auto& p : s.parts)
        parts.push_back(s.kind == Kind::Boxes ? fromBbox({p[0], p[1], p[2], p[3]}, height, width)
                                              : fromPolygon(p, height, width));
    return parts.size() == 1 ? std::move(parts.front()) : merge(parts);
}

std::string recordName(const std::string& list, size_t index, int64_t id) {
    return list + "[" + std::to_string(index) + "] (id " + std::to_string(id) + ")";
}

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

CocoDataset groundTruthFromJson(const Json& doc, const std::string& source,
                                const ParseOptions& options) {
    const Where top{source, ""};
    if (!doc.is_object())
        top.fail("a COCO file must be a JSON object");
    // A later record with an id already seen: refused, or skipped and listed (ParseOptions).
    const auto duplicate = [&](const std::string& record, const std::string& what,
                               const std::string& firstRecord) {
        const std::string reason = "duplicate " + what + " (first in " + firstRecord + ")";
        if (!options.problems)
            throw DatasetError(source, record, reason);
        options.problems->push_back(
            DatasetError::compose(source, record, reason + ", skipped; the first is kept"));
    };
    CocoDataset ds;
    if (const Json* images = list(doc, "images", top)) {
        ds.images.reserve(images->size());
        std::map<int64_t, size_t> firstAt;
        for (size_t i = 0; i < images->size(); ++i) {
            const Where w{source, "images[" + std::to_string(i) + "]"};
            CocoImage im = parseImage((*images)[i], w, options);
            if (const auto [it, added] = firstAt.emplace(im.id, i); !added) {
                duplicate(recordName("images", i, im.id), "image id " + std::to_string(im.id),
                          "images[" + std::to_string(it->second) + "]");
                continue;
            }
            ds.imageIndex.emplace(im.id, ds.images.size());
            ds.images.push_back(std::move(im));
        }
    }
    if (const Json* cats = list(doc, "categories", top)) {
        std::map<int64_t, size_t> firstAt;
        for (size_t i = 0; i < cats->size(); ++i) {
            Where w{source, "categories[" + std::to_string(i) + "]"};
            CocoCategory c;
            c.id = w.integerField((*cats)[i], "id");
            w.record = recordName("categories", i, c.id);
            c.name = w.text((*cats)[i], "name", options.requireNames);
            c.supercategory = w.text((*cats)[i], "supercategory", false);
            if (const auto [it, added] = firstAt.emplace(c.id, i); !added) {
                duplicate(w.record, "category id " + std::to_string(c.id),
                          "categories[" + std::to_string(it->second) + "]");
                continue;
            }
            ds.categories.push_back(std::move(c));
        }
    }
    if (const Json* anns = list(doc, "annotations", top)) {
        ds.annotations.reserve(anns->size());
        std::map<int64_t, size_t> firstAt;
        for (size_t i = 0; i < anns->size(); ++i) {
            CocoAnnotation a = parseAnnotation(
                (*anns)[i], Where{source, "annotations[" + std::to_string(i) + "]"}, ds, options);
            if (const auto [it, added] = firstAt.emplace(a.id, i); !added) {
                duplicate(recordName("annotations", i, a.id),
                          "annotation id " + std::to_string(a.id),
                          "annotations[" + std::to_string(it->second) + "]");
                continue;
            }
            ds.annotations.push_back(std::move(a));
        }
    }
    return ds;
}

CocoDataset parseGroundTruth(const std::string& jsonText, const std::string& source) {
    return groundTruthFromJson(parseJsonText(jsonText, source), source);
}

CocoDataset loadGroundTruth(const std::string& path) {
    return groundTruthFromJson(readJsonFile(path), path);
}

namespace {

// Records COCOeval would only ignore (a category it does not evaluate, a box of negative size,
// which has a negative area and falls outside every area range): skipped and counted, one line
// per kind naming the first. Without a list to report them in, they are refused.
struct SkippedDetections {
    const std::string& source;
    std::vector<std::string>* problems;
    std::map<std::string, std::pair<size_t, std::string>> byKind;  // kind → count, first

    void skip(const std::string& record, const std::string& kind, const std::string& detail) {
        if (!problems)
            throw DatasetError(source, record, detail);
        auto& [count, first] = byKind[kind];
        if (count++ == 0)
            first = record + ": " + detail;
    }
    void report(size_t total) const {
        for (const auto& [kind, entry] : byKind)
            problems->push_back(source + ": " + std::to_string(entry.first) + " of " +
                                std::to_string(total) + " detections " + kind +
                                ", skipped (first: " + entry.second + ")");
    }
};

std::vector<CocoAnnotation> parseResultList(const Json& doc, const CocoDataset& gt,
                                            const std::string& source,
                                            std::vector<std::string>* problems) {
    if (!doc.is_array())
        throw DatasetError(source, "", "results must be a JSON list of detections");
    std::vector<CocoAnnotation> out;
    if (doc.empty())
        return out;
    // loadRes picks the branch from the first record only.
    const bool boxMode = doc[0].is_object() && doc[0].contains("bbox") &&
                         doc[0]["bbox"].is_array() && !doc[0]["bbox"].empty();
    const std::vector<int64_t> categories = gt.categoryIds();
    SkippedDetections skipped{source, problems, {}};
    out.reserve(doc.size());
    for (size_t i = 0; i < doc.size(); ++i) {
        const Json& r = doc[i];
        const Where w{source, "detection " + std::to_string(i)};
        CocoAnnotation d;
        d.id = int64_t(i) + 1;
        d.imageId = w.integerField(r, "image_id");
        d.categoryId = w.integerField(r, "category_id");
        // pycocotools' evaluation sorts by score: a record without one is an error there too.
        d.score = w.number(w.key(r, "score"), "score");
        // loadRes asserts that every image id is in the ground truth: refused, as there.
        const CocoImage* im = gt.findImage(d.imageId);
        if (!im)
            w.fail("image_id " + std::to_string(d.imageId) +
                   " is not in the ground truth (results do not correspond to this COCO set)");
        if (!std::binary_search(categories.begin(), categories.end(), d.categoryId)) {
            skipped.skip(
                w.record, "name a category that is not in the ground truth",
                "category_id " + std::to_string(d.categoryId) + " is not a ground-truth category");
            continue;
        }
        if (r.contains("bbox") && r["bbox"].is_array() && r["bbox"].size() == 4) {
            const auto b = w.box(r["bbox"], "bbox");
            if (b[2] < 0 || b[3] < 0) {
                skipped.skip(w.record, "have a box of negative width or height",
                             "bbox " + r["bbox"].dump() + " has a negative width or height");
                continue;
            }
        }
        if (boxMode) {
            d.bbox = w.box(w.key(r, "bbox"), "bbox");
            if (r.contains("segmentation")) {
                d.segmentation =
                    rasterise(parseSegmentation(r["segmentation"], w), im->height, im->width, w);
            } else {
                const double x1 = d.bbox[0], y1 = d.bbox[1];
                const double x2 = x1 + d.bbox[2], y2 = y1 + d.bbox[3];
                // The box's polygon is under the polygon coordinate limit (rle.h): a box far
                // outside the image is refused like such a polygon, naming the record.
                try {
                    d.segmentation =
                        fromPolygon({x1, y1, x1, y2, x2, y2, x2, y1}, im->height, im->width);
                } catch (const std::invalid_argument& e) {
                    w.fail("bad bbox " + r["bbox"].dump() + ": " + e.what());
                }
            }
            d.area = d.bbox[2] * d.bbox[3];
        } else {
            d.segmentation =
                rasterise(parseSegmentation(w.key(r, "segmentation"), w), im->height, im->width, w);
            d.area = double(area(d.segmentation));
            d.bbox = r.contains("bbox") ? w.box(r["bbox"], "bbox") : toBbox(d.segmentation);
        }
        d.hasSegmentation = true;
        out.push_back(std::move(d));
    }
    if (problems)
        skipped.report(doc.size());
    return out;
}

}  // namespace

std::vector<CocoAnnotation> parseResults(const std::string& jsonText, const CocoDataset& gt,
                                         const std::string& source,
                                         std::vector<std::string>* problems) {
    return parseResultList(parseJsonText(jsonText, source), gt, source, problems);
}

std::vector<CocoAnnotation> loadResults(const std::string& path, const CocoDataset& gt,
                                        std::vector<std::string>* problems) {
    return parseResultList(readJsonFile(path), gt, path, problems);
}

}  // namespace mrcnn::coco
