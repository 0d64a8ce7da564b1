#pragma once
// xView2 / xBD building labels: one JSON per image, geometry in `features.xy[].wkt` (pixel
// coordinates, POLYGON / MULTIPOLYGON, holes allowed), damage in `properties.subtype`.
// Classes: always the five xBD damage classes in the xView2 order (1 no-damage, 2 minor-damage,
// 3 major-damage, 4 destroyed, 5 un-classified). Pre-disaster labels carry no subtype; their
// buildings are no-damage, as in xView2's label map (Microsoft's mask script writes them as 1),
// so a building has the same class whether its file is read alone or within its folder. The
// image is `metadata.img_name` in the image folder; the size is always metadata width/height,
// so masks work without the image. Features whose geometry gives no mask (POLYGON EMPTY, zero
// area, wholly outside the image) are skipped and reported in problems().
//
// loadMask → bool [H, W, N] (polygons filled like skimage.draw.polygon, border values such as
// 1024 clipped), int32 class ids [N], features in file order.

#include <string>
#include <vector>

#include "data/dataset.h"
#include "data/polygon_raster.h"

namespace mrcnn {

struct XbdOptions {
    std::string source = "xbd";
    // Default: <labels>/../images when that folder exists, else the labels folder.
    std::string imageDir;
};

class XbdDataset : public Dataset {
public:
    // `path`: one label JSON or a folder of them (sorted by name).
    XbdDataset(const std::string& path, const XbdOptions& options = {});

    std::string format() const override { return "xbd"; }
    std::string imageReference(int64_t imageId) const override { return imageInfo(imageId).path; }
    InstanceMasks loadMask(int64_t imageId) const override;
    // True when some feature carries a damage subtype (post-disaster labels).
    bool hasDamageSubtypes() const { return m_damage; }

    struct Feature {
        std::vector<std::vector<Ring>> polygons;
        std::string subtype;  // "" when absent
        int32_t classId = 1;
    };
    const std::vector<Feature>& features(int64_t imageId) const;

private:
    std::vector<std::vector<Feature>> m_features;
    bool m_damage = false;
};

// Damage subtype → class id 1..5 (0 when unknown).
int32_t xbdDamageClass(const std::string& subtype);
// True when `path` is an xBD label file (has features.xy and metadata).
bool isXbdLabelFile(const std::string& path);

}  // namespace mrcnn
