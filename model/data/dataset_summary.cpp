#include "data/dataset_summary.h"

namespace mrcnn {

DatasetSummary summarizeDataset(const Dataset& dataset, bool checkImages,
                                const std::function<bool(int64_t, int64_t)>& progress) {
    DatasetSummary s;
    s.format = dataset.format();
    s.images = dataset.numImages();
    s.problems = dataset.problems();
    std::vector<int64_t> counts(static_cast<size_t>(dataset.numClasses()), 0);
    for (int64_t i = 0; i < dataset.numImages(); ++i) {
        const auto& info = dataset.imageInfo(i);
        const std::string where = info.path.empty() ? info.sourceId : info.path;
        if (checkImages) {
            try {
                dataset.loadImage(i);
            } catch (const std::exception& e) {
                s.problems.push_back(std::string("image not readable: ") + e.what());
            }
        }
        try {
            const InstanceMasks masks = dataset.loadMask(i);
            s.problems.insert(s.problems.end(), masks.problems.begin(), masks.problems.end());
            const auto ids = masks.classIds.contiguous();
            const auto* p = ids.data_ptr<int32_t>();
            for (int64_t k = 0; k < ids.size(0); ++k) {
                if (p[k] < 0) {
                    ++s.crowd;
                } else if (p[k] > 0 && p[k] < dataset.numClasses()) {
                    ++counts[static_cast<size_t>(p[k])];
                }
            }
        } catch (const std::exception& e) {
            s.problems.push_back(std::string("masks not loadable for ") + where + ": " + e.what());
        }
        if (progress && !progress(i + 1, dataset.numImages()))
            break;
    }
    for (int64_t c = 1; c < dataset.numClasses(); ++c)
        s.instances.emplace_back(dataset.classNames()[static_cast<size_t>(c)],
                                 counts[static_cast<size_t>(c)]);
    return s;
}

nlohmann::ordered_json summaryToJson(const DatasetSummary& summary) {
    nlohmann::ordered_json j;
    j["format"] = summary.format;
    j["images"] = summary.images;
    j["instances"] = nlohmann::ordered_json::object();
    // Two classes may share a name after the comma cut; their counts add up.
    for (const auto& [name, n] : summary.instances)
        j["instances"][name] = j["instances"].value(name, int64_t{0}) + n;
    j["crowd"] = summary.crowd;
    j["problems"] = summary.problems;
    return j;
}

}  // namespace mrcnn
