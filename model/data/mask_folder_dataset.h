#pragma once
// Instance-mask folders in the nucleus sample's layout (DSB2018 stage1_train):
//   <root>/<id>/images/<id>.png   the image (often RGBA; alpha dropped)
//   <root>/<id>/masks/*.png       one binary PNG per instance (non-zero = inside)
// loadMask reports (InstanceMasks::problems) what it fixes: masks with values other than 0 and
// 255 (thresholded at > 0), colour masks whose colour channels agree (read as grey, alpha
// ignored) and empty masks (skipped). A colour mask whose channels differ, an unreadable mask or
// one whose size differs from the image (the odd mask is named) is a DatasetError.
// Every instance is class 1 "nucleus" (configurable). Ids and mask files are taken in sorted
// order, so results are reproducible (the original used the unsorted directory listing).
//
// loadMask → bool [H, W, N], int32 ones [N].

#include <string>
#include <vector>

#include "data/dataset.h"

namespace mrcnn {

struct MaskFolderOptions {
    std::string source = "nucleus";
    std::string className = "nucleus";
};

class MaskFolderDataset : public Dataset {
public:
    MaskFolderDataset(const std::string& root, const MaskFolderOptions& options = {});

    std::string format() const override { return "nucleus"; }
    std::string imageReference(int64_t imageId) const override { return imageInfo(imageId).path; }
    InstanceMasks loadMask(int64_t imageId) const override;
    // The instance PNGs of an image, sorted.
    const std::vector<std::string>& maskFiles(int64_t imageId) const;

private:
    std::vector<std::vector<std::string>> m_maskFiles;
};

// True when `dir` looks like a mask-folder root (has <id>/images/<id>.png entries).
bool isMaskFolderRoot(const std::string& dir);

}  // namespace mrcnn
