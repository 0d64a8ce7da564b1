#pragma once
// Ground truth for one image from an annotation file of any format openDataset reads (COCO,
// VIA, xBD, mask folders, shapes specs). The image is found in the file by its file name, so an
// image opened from anywhere matches its record; the inspector window and `mrcnn figure
// --annotation` share this one rule. AnnotationIndex reads the file once and answers for every
// image of a folder (the inspector's Next/Previous image); findImageAnnotation is the one-shot
// form.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace mrcnn {

struct ImageAnnotation {
    std::optional<InstanceMasks> instances;  // nullopt: the file does not mention the image
    int64_t imagesInFile = 0;                // for the "not found" message
    // The annotation's own class names by class id, "BG" first: ground truth is labelled with
    // the dataset's names, which need not be the model's.
    std::vector<std::string> classNames;
};

class AnnotationIndex {
public:
    // Reads `annotationPath` with its images looked up in `imageDir` (the folder of the images
    // being inspected); throws what the dataset readers throw (DatasetError, with file and
    // reason) when the file cannot be read.
    AnnotationIndex(const std::string& annotationPath, const std::string& imageDir);

    // The record whose image file name (or source id) is the file name of `imagePath`.
    ImageAnnotation find(const std::string& imagePath) const;
    bool contains(const std::string& imagePath) const;
    const Dataset& dataset() const { return *m_dataset; }
    const std::string& annotationPath() const { return m_annotationPath; }
    const std::string& imageDir() const { return m_imageDir; }
    // The image paths of every record, in the dataset's order (a mask folder keeps each image
    // in its own folder, so stepping through it needs this list).
    std::vector<std::string> imagePaths() const;

private:
    std::optional<int64_t> lookup(const std::string& imagePath) const;

    std::string m_annotationPath;
    std::string m_imageDir;
    std::unique_ptr<Dataset> m_dataset;
    std::map<std::string, int64_t> m_byName;  // file name and source id → image index
};

// One lookup: reads the file with the images looked up next to `imagePath`.
ImageAnnotation findImageAnnotation(const std::string& annotationPath,
                                    const std::string& imagePath);

}  // namespace mrcnn
