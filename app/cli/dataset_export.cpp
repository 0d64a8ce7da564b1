#include "dataset_export.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "coco/coco_writer.h"
#include "data/open_dataset.h"
#include "io/atomic_file.h"
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

// The PNG files are made in a hidden folder inside OUT and moved in when all of them and
// the COCO file are written, so a failed export leaves OUT as it was (and no OUT it made).
class Staging {
public:
    explicit Staging(const fs::path& out) : m_out(out), m_madeOut(!fs::exists(out)) {
        makeOutputFolder(out.string());
        m_dir = out / (".mrcnn-export-" + std::to_string(getpid()));
        std::error_code ec;
        fs::create_directory(m_dir, ec);
        if (ec)
            throw OutputError("cannot create a folder in " + out.string() + ": " + ec.message());
    }
    ~Staging() {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
        if (m_madeOut && !m_done)
            fs::remove(m_out, ec);  // only when empty
    }
    Staging(const Staging&) = delete;
    Staging& operator=(const Staging&) = delete;

    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    void moveIn(const std::vector<std::string>& names) {
        for (const auto& name : names) {
            std::error_code ec;
            fs::rename(m_dir / name, m_out / name, ec);
            if (ec)
                throw OutputError("cannot move " + name + " into " + m_out.string() + ": " +
                                  ec.message());
        }
        m_done = true;
    }

private:
    fs::path m_out, m_dir;
    bool m_madeOut = false, m_done = false;
};

}  // namespace

int runDatasetExport(const DatasetExportOptions& o) {
    OpenOptions open;
    open.imageDir = o.images;
    auto dataset = openDataset(o.path, open);
    if (dataset->numImages() > 1 && o.name.find("{index}") == std::string::npos)
        throw std::invalid_argument("--name must contain {index} for a dataset of " +
                                    std::to_string(dataset->numImages()) + " images");
    Staging staging(o.out);
    const std::string cocoPath =
        o.coco.empty() ? (fs::path(o.out) / "annotations.json").string() : o.coco;
    AtomicFile coco(cocoPath);

    // The evaluation builder already turns load_mask into COCO records (RLE, bbox, area, ids);
    // only the file names change, to the PNG files written here.
    metrics::DatasetEvalBuilder builder(*dataset);
    std::vector<std::string> fileNames;
    for (int64_t i : dataset->imageIds()) {
        const torch::Tensor image = dataset->loadImage(i);
        const std::string name = fileStem(o.name, dataset->imageInfo(i).source, i) + ".png";
        if (name.find('/') != std::string::npos)
            throw std::invalid_argument("--name gives the file name \"" + name +
                                        "\", which is not a plain file name");
        saveImageRgb(staging.path(name), image);
        builder.addImage(i, image.size(0), image.size(1), Detections{});
        fileNames.push_back(name);
    }
    coco::CocoDataset gt = builder.groundTruth();
    for (size_t k = 0; k < gt.images.size(); ++k)
        gt.images[k].fileName = fileNames[k];
    coco.prepare(coco::formatGroundTruth(gt));
    staging.moveIn(fileNames);
    coco.commit();
    std::cout << "wrote " << gt.images.size() << " images to " << o.out << " and "
              << gt.annotations.size() << " instances to " << cocoPath << "\n";
    return 0;
}

}  // namespace mrcnn::cli
