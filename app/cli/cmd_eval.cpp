// `mrcnn eval`: the notebooks' mean per-image mAP (compute_ap on masks at 0.5 and over
// 0.50:0.95) and pycocotools' 12-number summaries for bbox and segm, optionally written as
// JSON. Two modes:
//   --gt GT.json --dt DT.json                 COCO files made elsewhere
//   --weights W --dataset PATH [--config CFG]  run the model over a dataset (any reader, or a
//                                              shapes:COUNT spec) and evaluate that, optionally
//                                              writing the detections as a COCO results file
//                                              and the ground truth as a COCO instances file

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "coco/coco_dataset.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "coco/coco_writer.h"
#include "command_registry.h"
#include "data/open_dataset.h"
#include "io/atomic_file.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"
#include "model_args.h"
#include "progress_bar.h"

namespace mrcnn::cli {
namespace {

struct EvalOptions {
    std::string gt;
    std::string dt;
    std::string json;
    // Dataset mode.
    ModelArgs model;
    std::string dataset;
    std::string images;
    std::string results;
    std::string gtOut;
    int64_t limit = 0;                           // with --limit only
    std::vector<std::string> datasetFlagsGiven;  // filled from the parser before running
};

constexpr const char* kUsage =
    "use either --gt GT.json --dt DT.json, or --weights W --dataset PATH [--config CFG]";

// The output files, reserved before any work so an unwritable one is reported first.
struct Outputs {
    std::optional<AtomicFile> json, results, gt;
    explicit Outputs(const EvalOptions& o) {
        for (auto [path, file] :
             {std::pair{&o.json, &json}, std::pair{&o.results, &results}, std::pair{&o.gtOut, &gt}})
            if (!path->empty())
                file->emplace(*path);
    }
};

// Prints what both modes print and writes --json.
void report(const coco::CocoDataset& gt, const std::vector<coco::CocoAnnotation>& dt,
            std::optional<AtomicFile>& json) {
    const metrics::DatasetMap map = metrics::matterportDatasetMap(gt, dt);
    std::cout << "Images: " << gt.images.size() << ", with GT: " << map.imageIds.size()
              << " (images without GT are skipped), detections: " << dt.size() << "\n";
    std::cout << std::setprecision(6) << std::fixed;
    std::cout << "matterport mAP @ IoU=0.50:      " << map.mAP50 << "\n";
    std::cout << "matterport mAP @ IoU=0.50:0.95: " << map.mAP50_95 << "\n";

    nlohmann::json coco = nlohmann::json::object();
    for (coco::IouType type : {coco::IouType::Bbox, coco::IouType::Segm}) {
        const coco::Summary s = coco::summarize(coco::evaluate(gt, dt, type));
        std::cout << "\nCOCO " << coco::iouTypeName(type) << ":\n" << coco::summaryText(s);
        coco[coco::iouTypeName(type)] = std::vector<double>(s.stats.begin(), s.stats.end());
    }
    if (!json)
        return;
    nlohmann::json out = {{"images", map.imageIds.size()},
                          {"matterport", {{"mAP50", map.mAP50}, {"mAP50_95", map.mAP50_95}}},
                          {"coco", coco}};
    json->write(out.dump(2) + "\n");
    std::cout << "\nwrote " << json->target() << "\n";
}

int runFiles(const EvalOptions& opts) {
    if (opts.gt.empty() || opts.dt.empty())
        throw std::runtime_error(std::string(opts.gt.empty() ? "--gt" : "--dt") +
                                 " is missing: the file mode needs both --gt GT.json and "
                                 "--dt DT.json");
    Outputs outputs(opts);
    const coco::CocoDataset gt = coco::loadGroundTruth(opts.gt);
    std::vector<std::string> skipped;
    const auto dt = coco::loadResults(opts.dt, gt, &skipped);
    for (const auto& p : skipped)
        std::cerr << "warning: " << p << "\n";
    report(gt, dt, outputs.json);
    return 0;
}

// Class ids only mean the same thing when the counts agree; names are often spelled
// differently (or absent from a JSON config), so they only warn.
void checkClasses(const Config& config, const Dataset& dataset) {
    if (config.NUM_CLASSES != dataset.numClasses())
        throw std::runtime_error(
            "the model has NUM_CLASSES = " + std::to_string(config.NUM_CLASSES) +
            " but the dataset has " + std::to_string(dataset.numClasses()) +
            " classes (BG included): its class ids cannot be compared with the dataset's");
    std::string differing;
    for (int c = 1; c < config.NUM_CLASSES; ++c) {
        const std::string modelName = config.className(c);
        const std::string& dataName = dataset.classNames()[size_t(c)];
        if (!config.CLASS_NAMES.empty() && modelName != dataName)
            differing += "\n  " + std::to_string(c) + ": model \"" + modelName + "\", dataset \"" +
                         dataName + "\"";
    }
    if (!differing.empty())
        std::cerr << "warning: class names differ (compared by id):" << differing << "\n";
}

int runDataset(const EvalOptions& opts) {
    if (opts.model.weights.empty() || opts.dataset.empty())
        throw std::runtime_error(std::string(opts.dataset.empty() ? "--dataset" : "--weights") +
                                 " is missing: the dataset mode needs --weights W and "
                                 "--dataset PATH");
    const auto& given = opts.datasetFlagsGiven;
    const bool limited = std::find(given.begin(), given.end(), "--limit") != given.end();
    if (limited && opts.limit < 1)
        throw std::runtime_error("--limit must be at least 1, got " + std::to_string(opts.limit));
    Outputs outputs(opts);
    const Model model = loadModel(opts.model);
    OpenOptions openOptions;
    openOptions.imageDir = opts.images;
    const auto dataset = openDataset(opts.dataset, openOptions);
    for (const auto& p : dataset->problems())
        std::cerr << "warning: " << p << "\n";
    checkClasses(model.config(), *dataset);

    const int64_t count =
        limited ? std::min(opts.limit, dataset->numImages()) : dataset->numImages();
    std::cout << "Dataset: " << opts.dataset << " (" << dataset->format() << ", "
              << dataset->numImages() << " images, " << dataset->numClasses() - 1
              << " classes + BG), evaluating " << count << " images\n"
              << std::flush;

    metrics::DatasetEvalBuilder builder(*dataset);
    RunOptions runOptions;
    runOptions.keepTrace = false;  // only the detections are needed
    ProgressBar progress(count);
    std::vector<std::string> unreadable, unreadableNames;
    for (int64_t i = 0; i < count; ++i) {
        torch::Tensor image;
        try {  // an unreadable image is reported and left out; the rest is evaluated
            image = dataset->loadImage(i);
        } catch (const std::exception& e) {
            unreadable.push_back(e.what());
            const auto& info = dataset->imageInfo(i);
            unreadableNames.push_back(info.path.empty()
                                          ? info.sourceId
                                          : std::filesystem::path(info.path).filename().string());
            progress.update(i + 1, dataset->imageInfo(i).sourceId);
            continue;
        }
        const auto rec = model.run(image, runOptions);
        builder.addImage(i, image.size(0), image.size(1), rec->detections);
        progress.update(i + 1, dataset->imageInfo(i).sourceId);
    }
    progress.finish();
    for (const auto& why : unreadable)
        std::cerr << "error: skipped an image: " << why << "\n";
    if (!unreadable.empty() && unreadable.size() == size_t(count))
        throw std::runtime_error("none of the " + std::to_string(count) +
                                 " images could be read; nothing evaluated");
    if (count > 0)
        std::cout << "Inference: " << std::setprecision(3) << progress.secondsPerItem()
                  << " s/img\n";

    report(builder.groundTruth(), builder.results(), outputs.json);
    if (outputs.results) {
        outputs.results->write(coco::formatResults(builder.results(), builder.resultsHaveMasks()));
        std::cout << "wrote " << opts.results << " (" << builder.results().size() << " detections, "
                  << (builder.sourceIds() ? "the COCO file's image and category ids"
                                          : "image index + 1 and the dataset's class ids")
                  << ")\n";
    }
    if (outputs.gt) {
        outputs.gt->write(coco::formatGroundTruth(builder.groundTruth()));
        std::cout << "wrote " << opts.gtOut << " (" << builder.groundTruth().images.size()
                  << " images, " << builder.groundTruth().annotations.size() << " instances)\n";
    }
    if (!unreadable.empty()) {
        std::cerr << "error: " << unreadable.size() << " of " << count
                  << " images could not be read and were left out of the evaluation:";
        for (size_t k = 0; k < unreadableNames.size() && k < 5; ++k)
            std::cerr << (k ? ", " : " ") << unreadableNames[k];
        std::cerr << (unreadableNames.size() > 5 ? ", …\n" : "\n");
        return 1;
    }
    return 0;
}

int runEval(const EvalOptions& opts) {
    const bool files = !opts.gt.empty() || !opts.dt.empty();
    const bool dataset = !opts.datasetFlagsGiven.empty();
    if (files && dataset) {
        std::string flags;
        for (const auto& f : opts.datasetFlagsGiven)
            flags += (flags.empty() ? "" : ", ") + f;
        throw std::runtime_error("--gt/--dt cannot be mixed with " + flags + "; " + kUsage);
    }
    if (!files && !dataset)
        throw std::runtime_error(std::string("nothing to evaluate: ") + kUsage);
    return files ? runFiles(opts) : runDataset(opts);
}

const CommandRegistration kRegistration{
    "eval", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<EvalOptions>();
        auto* cmd = app.add_subcommand(
            "eval",
            "Evaluate COCO-format results, or a model over a dataset: matterport per-image "
            "mAP and COCO bbox/segm");
        cmd->add_option("--gt", opts->gt, "Ground truth (COCO instances JSON)");
        cmd->add_option("--dt", opts->dt, "Results (COCO results JSON list)");
        cmd->add_option("--json", opts->json, "Write the numbers as JSON to this file");
        addModelOptions(cmd, opts->model, false);
        cmd->add_option("--dataset,-d", opts->dataset,
                        "Dataset to run the model on: a COCO/VIA/xBD/shapes-spec JSON, a "
                        "dataset folder, or shapes:COUNT[xSIZE][@SEED]");
        cmd->add_option("--images", opts->images, "Image folder, when not the default place");
        cmd->add_option("--results", opts->results,
                        "Write the detections as a COCO results JSON (dataset mode)");
        cmd->add_option("--gt-out", opts->gtOut,
                        "Write the dataset's ground truth as a COCO instances JSON (dataset "
                        "mode; with --results, a pair the --gt/--dt mode reads)");
        cmd->add_option("--limit", opts->limit, "Evaluate only the first N images");
        cmd->callback([opts, cmd, &exitCode] {
            for (const char* flag : {"--weights", "--dataset", "--config", "--threads", "--images",
                                     "--results", "--limit"})
                if (cmd->count(flag) > 0)
                    opts->datasetFlagsGiven.emplace_back(flag);
            exitCode = runEval(*opts);
        });
    }};

}  // namespace
}  // namespace mrcnn::cli
