// load_weights(by_name=True, exclude=…) with a full report, and its inverse.

#include "weights/weight_loader.h"

#include <ATen/CPUGeneratorImpl.h>

#include <set>
#include <sstream>

#include "weights/init_params.h"
#include "weights/layout_transform.h"

namespace mrcnn {
namespace {

// Seed of the initial values that excluded or missing layers keep.
constexpr uint64_t kFillSeed = 0;

bool isMaskLayer(const std::string& name) {
    return name.rfind("mrcnn_mask", 0) == 0;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

bool hasWeightedLayer(const KerasWeightFile& file, const std::string& name) {
    const KerasLayer* layer = file.find(name);
    return layer != nullptr && !layer->weights.empty();
}

// A whole backbone of the other depth is a config error, not a set of missing layers; returns
// "" when the depths agree.
std::string backboneProblem(const KerasWeightFile& file, const Config& config) {
    const bool deep = hasWeightedLayer(file, "res4w_branch2a");
    const bool shallow = hasWeightedLayer(file, "res4f_branch2a") &&
                         hasWeightedLayer(file, "res5a_branch2a") && !deep;
    if (deep && config.BACKBONE == "resnet50")
        return "the file holds a resnet101 backbone (layer res4w_branch2a exists) but the config "
               "says BACKBONE resnet50";
    if (shallow && config.BACKBONE == "resnet101")
        return "the file holds a resnet50 backbone (layer res4f_branch2a ends stage 4, "
               "res4w_branch2a is absent) but the config says BACKBONE resnet101";
    return "";
}

std::string mismatchMessage(const std::vector<ShapeMismatch>& mismatches) {
    const ShapeMismatch& m = mismatches.front();
    std::string text = "weights do not fit the config: layer '" + m.layer + "' weight '" +
                       m.weight + "' has shape " + shapeText(m.fileShape) +
                       " in the file but the model expects " + shapeText(m.modelShape);
    if (mismatches.size() > 1)
        text += " (and " + std::to_string(mismatches.size() - 1) + " more mismatches)";
    return text + "; check NUM_CLASSES, BACKBONE and the widths, or exclude the layer";
}

}  // namespace

std::string LoadReport::summary() const {
    std::ostringstream s;
    s << matched.size() << " weights loaded, " << missing.size() << " missing, "
      << unexpected.size() << " unexpected, " << excluded.size() << " excluded, "
      << mismatches.size() << " shape mismatches"
      << (maskHeadPresent ? "" : "; no mask head (detection only)") << "\n";
    auto list = [&](const char* what, const std::vector<std::string>& names) {
        if (names.empty())
            return;
        s << what << ":";
        for (size_t i = 0; i < names.size() && i < 5; ++i)
            s << " " << names[i];
        if (names.size() > 5)
            s << " … (" << names.size() - 5 << " more)";
        s << "\n";
    };
    list("missing", missing);
    list("unexpected", unexpected);
    list("excluded", excluded);
    for (size_t i = 0; i < mismatches.size() && i < 5; ++i)
        s << "mismatch: " << mismatches[i].layer << " " << mismatches[i].weight << " file "
          << shapeText(mismatches[i].fileShape) << " model " << shapeText(mismatches[i].modelShape)
          << "\n";
    return s.str();
}

// One pass over the file's values before anything is built from them: NaN weights make a model
// that detects nothing and a training that blames its learning rate.
static void checkFinite(const KerasWeightFile& file, const LoadOptions& options,
                        LoadReport& report) {
    for (auto& bad : nonFiniteTensors(file)) {
        const std::string layer = bad.name.substr(0, bad.name.find('/'));
        if (!contains(options.exclude, layer))
            report.nonFinite.push_back(std::move(bad));
    }
    if (!report.nonFinite.empty() && !options.allowNonFinite)
        throw WeightsError((file.path.empty() ? std::string("weights") : file.path) + ": " +
                           describeNonFinite(report.nonFinite) +
                           "; refusing to use them (--allow-nonfinite-weights loads them anyway)");
}

ParamStore loadParams(const KerasWeightFile& file, const Config& config, LoadReport& report,
                      const LoadOptions& options) {
    report = LoadReport{};
    checkFinite(file, options, report);
    const std::vector<KerasLayerSpec> layout = kerasLayout(config);
    const std::string backbone = backboneProblem(file, config);

    report.maskHeadPresent = false;
    for (const auto& layer : file.layers)
        if (isMaskLayer(layer.name) && !layer.weights.empty())
            report.maskHeadPresent = true;

    ParamStore store;
    std::vector<const KerasLayerSpec*> toFill;  // excluded, and missing when allowed
    std::set<std::string> modelLayers;
    size_t fileLayersMatched = 0;
    for (const auto& spec : layout) {
        if (spec.weights.empty())
            continue;
        modelLayers.insert(spec.name);
        if (isMaskLayer(spec.name) && !report.maskHeadPresent)
            continue;  // detection only
        if (contains(options.exclude, spec.name)) {
            for (const auto& w : spec.weights)
                report.excluded.push_back(paramKey(spec.name, w.name));
            toFill.push_back(&spec);
            continue;
        }
        const KerasLayer* fileLayer = file.find(spec.name);
        std::vector<bool> used(fileLayer ? fileLayer->weights.size() : 0, false);
        bool anyMissing = false;
        for (const auto& w : spec.weights) {
            const std::string key = paramKey(spec.name, w.name);
            const KerasWeight* found = nullptr;
            for (size_t i = 0; fileLayer && i < fileLayer->weights.size(); ++i)
                if (!used[i] && paramKey(fileLayer->name, fileLayer->weights[i].name) == key) {
                    found = &fileLayer->weights[i];
                    used[i] = true;
                    break;
                }
            if (found == nullptr) {
                report.missing.push_back(key);
                anyMissing = true;
                continue;
            }
            const std::vector<int64_t> fileShape(found->value.sizes().begin(),
                                                 found->value.sizes().end());
            if (fileShape != w.shape) {
                report.mismatches.push_back({spec.name, w.name, fileShape, w.shape});
                continue;
            }
            store.tensors[key] = kerasToTorch(spec.kind, shortWeightName(w.name), found->value);
            report.matched.push_back(key);
        }
        if (fileLayer && !fileLayer->weights.empty())
            ++fileLayersMatched;
        for (size_t i = 0; i < used.size(); ++i)
            if (!used[i])
                report.unexpected.push_back(spec.name + "/" + fileLayer->weights[i].name);
        if (anyMissing)
            toFill.push_back(&spec);
    }
    for (const auto& layer : file.layers)
        if (!layer.weights.empty() && modelLayers.count(layer.name) == 0)
            for (const auto& w : layer.weights)
                report.unexpected.push_back(layer.name + "/" + w.name);

    if (!report.mismatches.empty())
        throw WeightsError(mismatchMessage(report.mismatches) +
                           (backbone.empty() ? "" : "; " + backbone));
    if (!backbone.empty())
        throw WeightsError("weights do not fit the config: " + backbone);
    if (fileLayersMatched == 0)
        throw WeightsError("no weighted layer of the file is a layer of the model (" +
                           std::to_string(file.layers.size()) +
                           " layers in the file): not Mask R-CNN weights?");
    if (!report.missing.empty() && !options.allowMissing)
        throw WeightsError(std::to_string(report.missing.size()) +
                           " weights of the model are missing from the file, the first '" +
                           report.missing.front() +
                           "'; allow missing weights to keep initial values");

    // Excluded and missing layers keep initial values, as in the original.
    at::Generator generator = at::detail::createCPUGenerator(kFillSeed);
    for (const KerasLayerSpec* spec : toFill) {
        ParamStore fill;
        initLayerParams(*spec, generator, fill);
        for (auto& [key, value] : fill.tensors)
            if (!store.has(key))
                store.tensors[key] = value;
    }
    return store;
}

KerasWeightFile toKerasFile(const ParamStore& params, const Config& config) {
    const bool withMask = params.hasMaskHead();
    KerasWeightFile file;
    file.kerasVersion = "2.0.8";
    file.backend = "tensorflow";
    // The file says what it is for: `--config auto` reads this before guessing anything.
    file.configJson = configToJson(config, false);
    for (const auto& spec : kerasLayout(config)) {
        // A detection-only model has no mask layers at all: Keras would refuse empty ones.
        if (!withMask && isMaskLayer(spec.name))
            continue;
        KerasLayer layer{spec.name, {}};
        for (const auto& w : spec.weights) {
            const std::string key = paramKey(spec.name, w.name);
            const torch::Tensor value =
                torchToKeras(spec.kind, shortWeightName(w.name),
                             params.at(key).to(torch::kCPU, torch::kFloat32));
            const std::vector<int64_t> shape(value.sizes().begin(), value.sizes().end());
            if (shape != w.shape)
                throw WeightsError("parameter '" + key + "' has Keras shape " + shapeText(shape) +
                                   " but the config's layer '" + spec.name + "' needs " +
                                   shapeText(w.shape));
            layer.weights.push_back({w.name, value});
        }
        file.layers.push_back(std::move(layer));
    }
    return file;
}

}  // namespace mrcnn
