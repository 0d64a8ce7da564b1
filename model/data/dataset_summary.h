#pragma once
// What `mrcnn dataset info` reports about a dataset: its format, image count, instances per
// class (crowd regions, i.e. negative class ids, counted apart) and every problem met: the
// reader's own findings plus images or masks that could not be loaded, with the reason.
// Masks are loaded for every image (that is what finds broken annotations); images are decoded
// only when asked.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/dataset.h"

namespace mrcnn {

struct DatasetSummary {
    std::string format;
    int64_t images = 0;
    // (class name, instances) for every class but BG, in class-id order.
    std::vector<std::pair<std::string, int64_t>> instances;
    int64_t crowd = 0;
    std::vector<std::string> problems;
};

// progress(done, total) after each image; return false from it to stop early.
DatasetSummary summarizeDataset(const Dataset& dataset, bool checkImages,
                                const std::function<bool(int64_t, int64_t)>& progress = {});
// {"format", "images", "instances": {name: n}, "crowd", "problems": [...]}.
nlohmann::ordered_json summaryToJson(const DatasetSummary& summary);

}  // namespace mrcnn
