#include "figures/weights_loading.h"

namespace mrcnn::figures {

WeightsInput analyseWeights(const std::string& path) {
    WeightsInput in;
    in.path = path;
    auto file = std::make_shared<KerasWeightFile>(readKerasWeights(path));
    in.stats = std::make_shared<const WeightStats>(weightStats(*file));
    in.file = std::move(file);
    return in;
}

void compareWeights(WeightsInput& in, const std::string& pathB) {
    if (!in.file)
        throw WeightsError("no weight file to compare with " + pathB);
    const KerasWeightFile b = readKerasWeights(pathB);
    in.diff = std::make_shared<const WeightDiff>(diffWeights(*in.file, b));
    in.comparePath = pathB;
}

void attachTrainingLog(WeightsInput& in, const std::string& path) {
    in.history =
        std::make_shared<const training::TrainingHistory>(training::readTrainingHistory(path));
}

}  // namespace mrcnn::figures
