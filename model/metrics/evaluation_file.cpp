#include "metrics/evaluation_file.h"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "coco/coco_writer.h"
#include "io/atomic_file.h"
#include "io/input_file.h"
#include "io/json_parse.h"

namespace mrcnn::metrics {

namespace {

namespace fs = std::filesystem;

constexpr char kFormat[] = "mrcnn-inspector-evaluation";
constexpr int kVersion = 1;

// NAME.json → NAME + suffix (a manifest not ending in .json keeps its whole name).
std::string siblingPath(const std::string& manifestPath, const std::string& suffix) {
    fs::path p(manifestPath);
    if (p.extension() == ".json")
        p.replace_extension();
    return p.string() + suffix;
}

[[noreturn]] void refuse(const std::string& path, const std::string& reason) {
    throw EvaluationFileError(path + ": " + reason);
}

template <typename T>
T field(const nlohmann::json& doc, const char* key, const std::string& path) {
    if (!doc.contains(key))
        refuse(path, std::string("no \"") + key + "\"");
    try {
        return doc.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        refuse(path, std::string("\"") + key + "\" has the wrong type");
    }
}

}  // namespace

std::string groundTruthPathFor(const std::string& manifestPath) {
    return siblingPath(manifestPath, ".gt.json");
}

std::string resultsPathFor(const std::string& manifestPath) {
    return siblingPath(manifestPath, ".results.json");
}

void saveEvaluation(const std::string& manifestPath, const SavedEvaluation& e) {
    checkOutputFile(manifestPath);
    const std::string gtPath = groundTruthPathFor(manifestPath);
    const std::string resultsPath = resultsPathFor(manifestPath);
    coco::writeGroundTruth(gtPath, e.groundTruth);
    coco::writeResults(resultsPath, e.detections, e.resultsHaveMasks);
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["version"] = kVersion;
    doc["model"] = {
        {"weights", e.modelWeights},
        {"name", e.modelName},
        {"thresholds", nlohmann::ordered_json::parse(e.thresholds.empty() ? "{}" : e.thresholds)}};
    doc["dataset"] = {
        {"source", e.datasetSource}, {"format", e.datasetFormat}, {"images", e.datasetImages}};
    doc["min_confidence"] = e.minConfidence;
    doc["seconds"] = e.seconds;
    doc["unreadable"] = e.unreadable;
    auto images = nlohmann::ordered_json::array();
    for (const auto& [id, index] : e.datasetIndex)
        images.push_back({id, index});
    doc["images"] = images;  // [COCO image id, dataset image index]
    doc["results_have_masks"] = e.resultsHaveMasks;
    // Relative names: the three files move together.
    doc["ground_truth"] = fs::path(gtPath).filename().string();
    doc["results"] = fs::path(resultsPath).filename().string();
    writeFileAtomically(manifestPath, doc.dump(2) + "\n");
}

SavedEvaluation loadEvaluation(const std::string& manifestPath) {
    std::string text;
    try {
        text = readInputFile(manifestPath, uint64_t{256} << 20);
    } catch (const InputFileError& err) {
        throw EvaluationFileError(err.what());
    }
    nlohmann::json doc;
    try {
        doc = parseJson(text, manifestPath);
    } catch (const JsonError& err) {
        throw EvaluationFileError(err.what());
    }
    if (!doc.is_object() || doc.value("format", std::string()) != kFormat)
        refuse(manifestPath,
               std::string("not a saved evaluation (no \"format\": \"") + kFormat + "\")");
    const int version = field<int>(doc, "version", manifestPath);
    if (version > kVersion)
        refuse(manifestPath, "version " + std::to_string(version) +
                                 " is newer than this program reads (" + std::to_string(kVersion) +
                                 ")");
    SavedEvaluation e;
    const auto model = field<nlohmann::json>(doc, "model", manifestPath);
    e.modelWeights = model.value("weights", std::string());
    e.modelName = model.value("name", std::string());
    e.thresholds = model.value("thresholds", nlohmann::json::object()).dump();
    const auto dataset = field<nlohmann::json>(doc, "dataset", manifestPath);
    e.datasetSource = dataset.value("source", std::string());
    e.datasetFormat = dataset.value("format", std::string());
    e.datasetImages = dataset.value("images", int64_t{0});
    e.minConfidence = field<double>(doc, "min_confidence", manifestPath);
    e.seconds = doc.value("seconds", 0.0);
    e.unreadable = doc.value("unreadable", std::vector<std::string>{});
    e.resultsHaveMasks = doc.value("results_have_masks", true);
    for (const auto& pair : field<nlohmann::json>(doc, "images", manifestPath)) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_integer() ||
            !pair[1].is_number_integer() || pair[1].get<int64_t>() < 0)
            refuse(manifestPath,
                   "\"images\" must list [COCO image id, dataset index] pairs, got " + pair.dump());
        e.datasetIndex[pair[0].get<int64_t>()] = pair[1].get<int64_t>();
    }
    const fs::path folder = fs::path(manifestPath).parent_path();
    const std::string gtPath =
        (folder / field<std::string>(doc, "ground_truth", manifestPath)).string();
    const std::string resultsPath =
        (folder / field<std::string>(doc, "results", manifestPath)).string();
    for (const std::string& p : {gtPath, resultsPath})
        if (const std::string problem = inputFileProblem(p); !problem.empty())
            refuse(manifestPath, "its file " + p + ": " + problem);
    e.groundTruth = coco::loadGroundTruth(gtPath);
    e.detections = coco::loadResults(resultsPath, e.groundTruth);
    for (const auto& [id, index] : e.datasetIndex)
        if (!e.groundTruth.findImage(id))
            refuse(manifestPath, "image id " + std::to_string(id) + " is not in " + gtPath);
    return e;
}

}  // namespace mrcnn::metrics
