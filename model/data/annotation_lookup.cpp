#include "data/annotation_lookup.h"

#include <filesystem>

#include "data/open_dataset.h"

namespace mrcnn {
namespace fs = std::filesystem;

ImageAnnotation findImageAnnotation(const std::string& annotationPath,
                                    const std::string& imagePath) {
    OpenOptions options;
    options.imageDir = fs::absolute(fs::path(imagePath)).parent_path().string();
    // A record whose image is missing elsewhere must not hide the one we want.
    options.skipUnreadable = true;
    auto dataset = openDataset(annotationPath, options);
    const std::string wanted = fs::path(imagePath).filename().string();
    ImageAnnotation result;
    result.imagesInFile = dataset->numImages();
    for (int64_t id : dataset->imageIds()) {
        const ImageInfo& info = dataset->imageInfo(id);
        // Readers store either a path (COCO, VIA) or only a source id (a file name for VIA
        // records without a folder, a folder name for mask folders).
        if (fs::path(info.path).filename().string() == wanted || info.sourceId == wanted) {
            result.instances = dataset->loadMask(id);
            return result;
        }
    }
    return result;
}

}  // namespace mrcnn
