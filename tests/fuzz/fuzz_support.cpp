#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <torch/torch.h>

#include "fuzz_datasets.h"
#include "utils/image_header.h"

namespace mrcnn::fuzz {

namespace {
struct ScratchDir {
    std::string path;
    ScratchDir() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/mrcnn-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data()))
            throw std::runtime_error("cannot make a scratch folder from " + pattern);
        path = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};
}  // namespace

const std::string& scratchDir() {
    static const ScratchDir dir;
    return dir.path;
}

std::string writeScratch(const std::string& name, const uint8_t* data, size_t size) {
    std::string path = scratchDir() + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out)
        std::abort();  // the harness, not the reader, failed: stop rather than fuzz nothing
    return path;
}

void initFuzzing(uint64_t maxPixels) {
    torch::set_num_threads(1);
    setMaxImagePixels(maxPixels);
}

void exerciseDataset(const Dataset& dataset, bool images) {
    int loaded = 0;
    for (int64_t id : dataset.imageIds()) {
        const ImageInfo& info = dataset.imageInfo(id);
        if (info.height * info.width > 1'000'000 || ++loaded > 4)
            continue;
        const InstanceMasks masks = dataset.loadMask(id);
        // The reader's contract (data/dataset.h): bool [H, W, N] with one class id per mask,
        // H and W those of the image record.
        if (masks.count() > 0) {
            if (masks.masks.dim() != 3 || masks.masks.size(2) != masks.count())
                std::abort();
            if (info.height > 0 &&
                (masks.masks.size(0) != info.height || masks.masks.size(1) != info.width))
                std::abort();
        }
        if (images)
            (void)dataset.loadImage(id);
    }
}

}  // namespace mrcnn::fuzz
