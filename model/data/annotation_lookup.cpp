#include "data/annotation_lookup.h"

#include <filesystem>

#include "data/open_dataset.h"

namespace mrcnn {
namespace fs = std::filesystem;

AnnotationIndex::AnnotationIndex(const std::string& annotationPath, const std::string& imageDir)
    : m_annotationPath(annotationPath), m_imageDir(imageDir) {
    OpenOptions options;
    options.imageDir = imageDir;
    // A record whose image is missing elsewhere must not hide the one we want.
    options.skipUnreadable = true;
    m_dataset = openDataset(annotationPath, options);
    for (int64_t id : m_dataset->imageIds()) {
        const ImageInfo& info = m_dataset->imageInfo(id);
        // Readers store either a path (COCO, VIA) or only a source id (a file name for VIA
        // records without a folder, a folder name for mask folders). The first record wins.
        if (!info.path.empty())
            m_byName.emplace(fs::path(info.path).filename().string(), id);
        m_byName.emplace(info.sourceId, id);
    }
}

std::optional<int64_t> AnnotationIndex::lookup(const std::string& imagePath) const {
    auto it = m_byName.find(fs::path(imagePath).filename().string());
    if (it == m_byName.end())
        return std::nullopt;
    return it->second;
}

bool AnnotationIndex::contains(const std::string& imagePath) const {
    return lookup(imagePath).has_value();
}

ImageAnnotation AnnotationIndex::find(const std::string& imagePath) const {
    ImageAnnotation result;
    result.imagesInFile = m_dataset->numImages();
    result.classNames = m_dataset->classNames();
    if (auto id = lookup(imagePath))
        result.instances = m_dataset->loadMask(*id);
    return result;
}

std::vector<std::string> AnnotationIndex::imagePaths() const {
    std::vector<std::string> paths;
    for (int64_t id : m_dataset->imageIds())
        if (!m_dataset->imageInfo(id).path.empty())
            paths.push_back(m_dataset->imageInfo(id).path);
    return paths;
}

ImageAnnotation findImageAnnotation(const std::string& annotationPath,
                                    const std::string& imagePath) {
    const std::string imageDir = fs::absolute(fs::path(imagePath)).parent_path().string();
    return AnnotationIndex(annotationPath, imageDir).find(imagePath);
}

}  // namespace mrcnn
