#pragma once
// VGG Image Annotator (VIA) datasets, as the balloon sample's BalloonDataset reads them
// (original-conventions §5.2): VIA 1.x `via_region_data.json` (regions as a dict), VIA 2.x
// exports (regions as a list) and VIA 2.x project files (descend into `_via_img_metadata`).
// Images with no regions are skipped; an image whose regions are all unusable (no class, no
// area, a polygon of fewer than 3 points; each reported in problems()) stays, without instances.
// Image sizes come from reading the image, and polygons are
// filled like skimage.draw.polygon(all_points_y, all_points_x). Beyond the original: rect,
// circle and ellipse shapes, and classes from a region attribute (VIA 2 dropdown strings or
// checkbox dicts). Without an attribute every region is class 1 (`defaultClassName`).
//
// loadMask → bool [H, W, N] in region order, int32 class ids (1-based, first-appearance order).

#include <string>
#include <vector>

#include "data/dataset.h"
#include "data/json_file.h"

namespace mrcnn {

struct ViaOptions {
    std::string classAttribute;               // region_attributes key holding the class name
    std::string defaultClassName = "object";  // the single class when classAttribute is empty
    std::string source = "via";
    std::string imageDir;         // default: the JSON file's folder
    bool skipUnreadable = false;  // record unreadable images in problems() instead of throwing
};

class ViaDataset : public Dataset {
public:
    ViaDataset(const std::string& jsonPath, const ViaOptions& options = {});
    // From JSON already parsed from `jsonPath` (openDataset parses once to recognise the format).
    ViaDataset(nlohmann::ordered_json root, const std::string& jsonPath,
               const ViaOptions& options = {});

    std::string format() const override { return m_format; }
    std::string imageReference(int64_t imageId) const override { return imageInfo(imageId).path; }
    InstanceMasks loadMask(int64_t imageId) const override;

    enum class Shape { Polygon, Rect, Ellipse };
    struct Region {
        Shape shape = Shape::Polygon;
        std::vector<double> xs, ys;                    // polygon points
        double a = 0, b = 0, c = 0, d = 0, theta = 0;  // rect x y w h; ellipse cx cy rx ry
        int32_t classId = 1;
    };
    const std::vector<Region>& regions(int64_t imageId) const;

private:
    std::string m_format;
    std::vector<std::vector<Region>> m_regions;
};

// The region attribute that names classes: the only region_attributes key used in the file
// (string or checkbox values), or "" when there is none or several. Accepts the file's top level.
std::string detectViaClassAttribute(const nlohmann::ordered_json& root);

}  // namespace mrcnn
