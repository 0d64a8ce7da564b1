#pragma once
// A dataset in the spirit of the original's utils.Dataset (original-conventions §3):
// add_class / add_image / prepare, "BG" as class 0, class names cut at the first comma,
// "{source}.{id}" maps for classes and images, and per-image loadImage / loadMask.
//
// loadImage → uint8 RGB [H, W, 3] (grey → RGB, RGBA → RGB, as skimage + gray2rgb + [..., :3]).
// loadMask  → InstanceMasks: bool [H, W, N] masks and int32 [N] class ids (internal ids;
//             COCO crowds negative). The base class returns the original's empty result:
//             masks [0, 0, 0] and no ids.
// Coordinates: masks are row-major pixel grids, row = y, column = x.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <torch/types.h>

#include "data/dataset_error.h"

namespace mrcnn {

struct ClassInfo {
    std::string source;  // "" for BG
    int64_t id = 0;      // the id in the source (e.g. a COCO category id)
    std::string name;
};

struct ImageInfo {
    std::string source;
    std::string sourceId;  // the image id in its source (COCO id, file name, folder name)
    std::string path;
    int64_t height = 0;  // 0 when the reader does not know it before loading the image
    int64_t width = 0;
};

struct InstanceMasks {
    torch::Tensor masks;     // bool [H, W, N]
    torch::Tensor classIds;  // int32 [N]
    int64_t count() const { return classIds.defined() ? classIds.size(0) : 0; }
    // What the reader fixed or dropped while loading these masks ("file: record: reason"),
    // for `dataset info`; the masks above already reflect it.
    std::vector<std::string> problems{};
};

class Dataset {
public:
    Dataset();
    virtual ~Dataset() = default;
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;

    // A duplicate (source, id) pair is ignored, as in the original. The source may not contain
    // a '.' because the maps join source and id with one.
    void addClass(const std::string& source, int64_t classId, const std::string& name);
    // Returns the index the image will have after prepare().
    int64_t addImage(ImageInfo info);
    void prepare();
    // New display names after prepare() (a names file): "BG" first, one per class; the
    // source ids and maps stay. Throws DatasetError when the count differs.
    void renameClasses(const std::vector<std::string>& names);

    // Short name of the format ("coco", "via", "nucleus", "xbd", "shapes").
    virtual std::string format() const { return "dataset"; }
    // The original returns "" here; subclasses return a path or URL.
    virtual std::string imageReference(int64_t imageId) const;
    virtual torch::Tensor loadImage(int64_t imageId) const;
    virtual InstanceMasks loadMask(int64_t imageId) const;

    int64_t numClasses() const { return static_cast<int64_t>(m_classes.size()); }
    int64_t numImages() const { return static_cast<int64_t>(m_images.size()); }
    std::vector<int64_t> classIds() const;
    std::vector<int64_t> imageIds() const;
    const std::vector<std::string>& classNames() const { return m_classNames; }
    const std::vector<ClassInfo>& classInfo() const { return m_classes; }
    const ImageInfo& imageInfo(int64_t imageId) const;
    std::vector<std::string> sources() const;  // sorted (the original's set order is arbitrary)
    // [0] + the internal ids of the classes of that source.
    std::vector<int64_t> sourceClassIds(const std::string& source) const;

    // "coco.18" → internal id; throws DatasetError when unknown.
    int64_t mapSourceClassId(const std::string& sourceClassKey) const;
    // Internal id → id in `source`; throws when the class belongs to another source.
    int64_t sourceClassId(int64_t classId, const std::string& source) const;
    // "nucleus.<id>" → image index; throws when unknown.
    int64_t imageFromSource(const std::string& sourceImageKey) const;
    const std::map<std::string, int64_t>& classFromSourceMap() const { return m_classMap; }
    const std::map<std::string, int64_t>& imageFromSourceMap() const { return m_imageMap; }
    std::string sourceImageLink(int64_t imageId) const { return imageInfo(imageId).path; }

    // Non-fatal findings while reading (skipped regions, unreadable images when skipping).
    const std::vector<std::string>& problems() const { return m_problems; }
    void addProblem(std::string problem) { m_problems.push_back(std::move(problem)); }
    // The same, worded like a DatasetError: "file: record: reason".
    void addProblem(const std::string& file, const std::string& record, const std::string& reason) {
        addProblem(DatasetError::compose(file, record, reason));
    }

protected:
    void checkImageId(int64_t imageId) const;

private:
    std::vector<ClassInfo> m_classes;
    std::vector<ImageInfo> m_images;
    std::vector<std::string> m_classNames;
    std::map<std::string, int64_t> m_classMap;
    std::map<std::string, int64_t> m_imageMap;
    std::vector<std::string> m_problems;
    bool m_prepared = false;
};

// Stacks row-major 0/1 planes (each H*W bytes) into bool [H, W, N]; N may be 0.
torch::Tensor stackMasks(const std::vector<std::vector<uint8_t>>& planes, int64_t height,
                         int64_t width);
torch::Tensor makeClassIds(const std::vector<int32_t>& ids);

}  // namespace mrcnn
