// `mrcnn eval`: the notebooks' mean per-image mAP (compute_ap on masks at 0.5 and over
// 0.50:0.95) and pycocotools' 12-number summaries for bbox and segm, optionally written as
// JSON; with --per-class, --confusion, --errors also the analyses of eval_analysis.h. Modes:
//   --gt GT.json --dt DT.json [DT2.json …]     COCO files made elsewhere; several results files
//                                              are one list (the parts of a sharded run)
//   --weights W --dataset PATH [--config CFG]  run the model over a dataset (any reader, or a
//                                              shapes:COUNT spec) and evaluate that, optionally
//                                              writing the detections as a COCO results file
//                                              and the ground truth as a COCO instances file
// Sharding: --shard I/N runs the dataset images whose zero-based index i (after --limit) has
// i mod N == I; its numbers are the shard's own. With --gt-out a shard writes the ground truth
// of every image of the run (all shards), so that any shard's file is the GT of the merge
// `mrcnn eval --gt GT.json --dt part_0.json part_1.json …`, which gives the unsharded numbers:
// every evaluator works per image and orders images by id, not by file order.

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "coco/coco_dataset.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "coco/coco_writer.h"
#include "command_registry.h"
#include "data/open_dataset.h"
#include "eval_analysis.h"
#include "io/atomic_file.h"
#include "io/prefetch.h"
#include "metrics/dataset_eval.h"
#include "metrics/dataset_map.h"
#include "model_args.h"
#include "progress_bar.h"

namespace mrcnn::cli {
namespace {

struct EvalOptions {
    std::string gt;
    std::vector<std::string> dt;
    std::string json;
    AnalysisOptions analysis;
    std::string shard;  // I/N, dataset mode
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
            const AnalysisOptions& analysis, std::optional<AtomicFile>& json,
            const nlohmann::json& extra = nlohmann::json::object()) {
    const metrics::DatasetMap map = metrics::matterportDatasetMap(gt, dt);
    std::cout << "Images: " << gt.images.size() << ", with GT: " << map.imageIds.size()
              << " (images without GT are skipped), detections: " << dt.size() << "\n";
    std::cout << std::setprecision(6) << std::fixed;
    std::cout << "matterport mAP @ IoU=0.50:      " << map.mAP50 << "\n";
    std::cout << "matterport mAP @ IoU=0.50:0.95: " << map.mAP50_95 << "\n";

    nlohmann::json coco = nlohmann::json::object();
    std::map<coco::IouType, coco::EvalResult> evals;
    for (coco::IouType type : {coco::IouType::Bbox, coco::IouType::Segm}) {
        evals[type] = coco::evaluate(gt, dt, type);
        const coco::Summary s = coco::summarize(evals[type]);
        std::cout << "\nCOCO " << coco::iouTypeName(type) << ":\n" << coco::summaryText(s);
        coco[coco::iouTypeName(type)] = std::vector<double>(s.stats.begin(), s.stats.end());
    }
    nlohmann::json out = {{"images", map.imageIds.size()},
                          {"matterport", {{"mAP50", map.mAP50}, {"mAP50_95", map.mAP50_95}}},
                          {"coco", coco}};
    out.update(extra);
    reportAnalysis(gt, dt, evals, analysis, std::cout, out);
    if (!json)
        return;
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
    std::vector<coco::CocoAnnotation> dt;
    for (const auto& path : opts.dt) {
        std::vector<std::string> skipped;
        auto part = coco::loadResults(path, gt, &skipped);
        for (const auto& p : skipped)
            std::cerr << "warning: " << p << "\n";
        for (auto& d : part)  // one list: ids 1..n over all the files, as loadRes numbers them
            d.id += int64_t(dt.size());
        dt.insert(dt.end(), std::make_move_iterator(part.begin()),
                  std::make_move_iterator(part.end()));
    }
    if (opts.dt.size() > 1)
        std::cout << "Results: " << opts.dt.size() << " files merged\n";
    report(gt, dt, opts.analysis, outputs.json);
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

// --shard I/N: zero-based I < N.
struct Shard {
    int64_t index = 0, count = 1;
    bool has(int64_t image) const { return image % count == index; }
};

Shard parseShard(const std::string& text) {
    Shard s;
    const auto slash = text.find('/');
    size_t usedI = 0, usedN = 0;
    try {
        if (slash == std::string::npos)
            throw std::invalid_argument("no slash");
        s.index = std::stoll(text.substr(0, slash), &usedI);
        s.count = std::stoll(text.substr(slash + 1), &usedN);
    } catch (const std::exception&) {
        usedI = usedN = 0;
    }
    if (usedI == 0 || usedI != slash || usedN == 0 || slash + 1 + usedN != text.size() ||
        s.count < 1 || s.index < 0 || s.index >= s.count)
        throw std::runtime_error("--shard must be I/N with 0 <= I < N (I zero-based), got \"" +
                                 text + "\"");
    return s;
}

// A shard's --gt-out: the ground truth of every readable image of the run, in index order, as
// the unsharded run writes it (an unreadable image is left out there too).
coco::CocoDataset allGroundTruth(const Dataset& dataset, int64_t count) {
    metrics::DatasetEvalBuilder gt(dataset);
    for (int64_t i = 0; i < count; ++i) {
        torch::Tensor image;
        try {
            image = dataset.loadImage(i);
        } catch (const std::exception&) {
            continue;  // the shard that runs it reports it
        }
        gt.addImage(i, image.size(0), image.size(1), Detections());
    }
    return gt.groundTruth();
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
    const bool sharded = !opts.shard.empty();
    const Shard shard = sharded ? parseShard(opts.shard) : Shard{};
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
    const int64_t mine = sharded ? (count + shard.count - 1 - shard.index) / shard.count : count;
    std::cout << "Dataset: " << opts.dataset << " (" << dataset->format() << ", "
              << dataset->numImages() << " images, " << dataset->numClasses() - 1
              << " classes + BG), evaluating " << mine << " images";
    if (sharded)
        std::cout << " (shard " << opts.shard << ": the indices i < " << count << " with i mod "
                  << shard.count << " = " << shard.index << ")";
    std::cout << "\n" << std::flush;

    metrics::DatasetEvalBuilder builder(*dataset);
    RunOptions runOptions;
    runOptions.keepTrace = false;  // only the detections are needed
    ProgressBar progress(mine);
    std::vector<std::string> unreadable, unreadableNames;
    std::vector<int64_t> mineIndices;
    for (int64_t i = 0; i < count; ++i)
        if (shard.has(i))
            mineIndices.push_back(i);
    int64_t done = 0;
    // The next image is read while the model runs on this one.
    forEachPrefetched<torch::Tensor>(
        mineIndices, [&](int64_t i) { return dataset->loadImage(i); },
        [&](Prefetched<torch::Tensor> item) {
            const int64_t i = item.index;
            ++done;
            if (!item.value) {  // reported and left out; the rest is evaluated
                unreadable.push_back(item.error);
                const auto& info = dataset->imageInfo(i);
                unreadableNames.push_back(
                    info.path.empty() ? info.sourceId
                                      : std::filesystem::path(info.path).filename().string());
                progress.update(done, info.sourceId);
                return;
            }
            const torch::Tensor& image = *item.value;
            const auto rec = model.run(image, runOptions);
            builder.addImage(i, image.size(0), image.size(1), rec->detections);
            progress.update(done, dataset->imageInfo(i).sourceId);
        });
    progress.finish();
    for (const auto& why : unreadable)
        std::cerr << "error: skipped an image: " << why << "\n";
    if (!unreadable.empty() && unreadable.size() == size_t(mine))
        throw std::runtime_error("none of the " + std::to_string(mine) +
                                 " images could be read; nothing evaluated");
    if (mine > 0)
        std::cout << "Inference: " << std::setprecision(3) << progress.secondsPerItem()
                  << " s/img\n";

    nlohmann::json extra = nlohmann::json::object();
    if (sharded)
        extra["shard"] = {{"index", shard.index}, {"count", shard.count}};
    report(builder.groundTruth(), builder.results(), opts.analysis, outputs.json, extra);
    if (outputs.results) {
        outputs.results->write(coco::formatResults(builder.results(), builder.resultsHaveMasks()));
        std::cout << "wrote " << opts.results << " (" << builder.results().size() << " detections, "
                  << (builder.sourceIds() ? "the COCO file's image and category ids"
                                          : "image index + 1 and the dataset's class ids")
                  << ")\n";
    }
    if (outputs.gt) {
        const coco::CocoDataset gt =
            sharded ? allGroundTruth(*dataset, count) : coco::CocoDataset{};
        const coco::CocoDataset& written = sharded ? gt : builder.groundTruth();
        outputs.gt->write(coco::formatGroundTruth(written));
        std::cout << "wrote " << opts.gtOut << " (" << written.images.size() << " images"
                  << (sharded ? " of all shards, " : ", ") << written.annotations.size()
                  << " instances)\n";
    }
    if (!unreadable.empty()) {
        std::cerr << "error: " << unreadable.size() << " of " << mine
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
        cmd->add_option("--dt", opts->dt,
                        "Results (COCO results JSON list); several files (the parts of a "
                        "sharded run) are evaluated as one list");
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
        cmd->add_option("--shard", opts->shard,
                        "I/N: run only the images whose zero-based index i has i mod N = I "
                        "(dataset mode; merge the parts' --results with --gt GT --dt part_*)");
        cmd->add_flag("--per-class", opts->analysis.perClass,
                      "Also per-class AP@[.5:.95] for bbox and segm");
        cmd->add_flag("--confusion", opts->analysis.confusion,
                      "Also the class confusion matrix (mask IoU 0.5, with background)");
        cmd->add_flag("--errors", opts->analysis.errors,
                      "Also TIDE's error types (Cls, Loc, Both, Dupe, Bkg, Miss) and their dAP");
        cmd->callback([opts, cmd, &exitCode] {
            for (const char* flag : {"--weights", "--dataset", "--config", "--threads", "--images",
                                     "--results", "--limit", "--shard"})
                if (cmd->count(flag) > 0)
                    opts->datasetFlagsGiven.emplace_back(flag);
            exitCode = runEval(*opts);
        });
    }};

}  // namespace
}  // namespace mrcnn::cli
