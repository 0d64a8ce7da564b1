#include "dataset_export.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "coco/coco_writer.h"
#include "data/open_dataset.h"
#include "metrics/dataset_eval.h"
#include "utils/image_io.h"

namespace mrcnn::cli {
namespace fs = std::filesystem;

namespace {

void replaceAll(std::string& s, const std::string& key, const std::string& value) {
    for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + value.size()))
        s.replace(at, key.size(), value);
}

std::string fileStem(const std::string& pattern, const std::string& source, int64_t index) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%04lld", static_cast<long long>(index));
    std::string stem = pattern;
    replaceAll(stem, "{source}", source);
    replaceAll(stem, "{index}", digits);
    return stem;
}

}  // namespace

int runDatasetExport(const DatasetExportOptions& o) {
    OpenOptions open;
    open.imageDir = o.images;
    auto dataset = openDataset(o.path, open);
    if (dataset->numImages() > 1 && o.name.find("{index}") == std::string::npos)
        throw std::invalid_argument("--name must contain {index} for a dataset of " +
                                    std::to_string(dataset->numImages()) + " images");
    fs::create_directories(o.out);
    const std::string cocoPath =
        o.coco.empty() ? (fs::path(o.out) / "annotations.json").string() : o.coco;

    // The evaluation builder already turns load_mask into COCO records (RLE, bbox, area, ids);
    // only the file names change, to the PNG files written here.
    metrics::DatasetEvalBuilder builder(*dataset);
    std::vector<std::string> fileNames;
    for (int64_t i : dataset->imageIds()) {
        const torch::Tensor image = dataset->loadImage(i);
        const std::string name = fileStem(o.name, dataset->imageInfo(i).source, i) + ".png";
        saveImageRgb((fs::path(o.out) / name).string(), image);
        builder.addImage(i, image.size(0), image.size(1), Detections{});
        fileNames.push_back(name);
    }
    coco::CocoDataset gt = builder.groundTruth();
    for (size_t k = 0; k < gt.images.size(); ++k)
        gt.images[k].fileName = fileNames[k];
    coco::writeGroundTruth(cocoPath, gt);
    std::cout << "wrote " << gt.images.size() << " images to " << o.out << " and "
              << gt.annotations.size() << " instances to " << cocoPath << "\n";
    return 0;
}

}  // namespace mrcnn::cli
