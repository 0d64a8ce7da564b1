#pragma once
// `mrcnn dataset export`: a dataset's images as PNG files plus one COCO instances file for
// them, so a generated set (shapes:COUNT[xSIZE][@SEED]) or any reader's images can be opened
// with their ground truth by the inspector, `mrcnn figure --annotation` or `mrcnn eval --gt`.

#include <string>

namespace mrcnn::cli {

struct DatasetExportOptions {
    std::string path;    // dataset file, folder or shapes spec
    std::string images;  // where the dataset's images are (default: by format)
    std::string out;     // folder for the PNG files
    // File name stem; "{index}" becomes the image index (4 digits). Without "{index}" only a
    // one-image dataset can be exported (the demo image keeps a fixed name).
    std::string name = "{source}_{index}";
    std::string coco;  // COCO file (default: <out>/annotations.json)
};

int runDatasetExport(const DatasetExportOptions& options);

}  // namespace mrcnn::cli
