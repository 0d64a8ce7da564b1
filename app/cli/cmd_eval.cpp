// `mrcnn eval --gt GT.json --dt DT.json [--json OUT]`: the notebooks' mean per-image mAP
// (compute_ap on masks at 0.5 and over 0.50:0.95) and pycocotools' 12-number summaries for
// bbox and segm, optionally written as JSON.

#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "coco/coco_dataset.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "command_registry.h"
#include "metrics/dataset_map.h"

namespace mrcnn::cli {
namespace {

struct EvalOptions {
    std::string gt;
    std::string dt;
    std::string json;
};

int runEval(const EvalOptions& opts) {
    const coco::CocoDataset gt = coco::loadGroundTruth(opts.gt);
    const auto dt = coco::loadResults(opts.dt, gt);

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
    if (!opts.json.empty()) {
        nlohmann::json out = {{"images", map.imageIds.size()},
                              {"matterport", {{"mAP50", map.mAP50}, {"mAP50_95", map.mAP50_95}}},
                              {"coco", coco}};
        std::ofstream f(opts.json);
        if (!f)
            throw std::runtime_error(opts.json + ": cannot write");
        f << out.dump(2) << "\n";
        if (!f)
            throw std::runtime_error(opts.json + ": write failed");
        std::cout << "\nwrote " << opts.json << "\n";
    }
    return 0;
}

const CommandRegistration kRegistration{
    "eval", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<EvalOptions>();
        auto* cmd = app.add_subcommand(
            "eval", "Evaluate COCO-format results: matterport per-image mAP and COCO bbox/segm");
        cmd->add_option("--gt", opts->gt, "Ground truth (COCO instances JSON)")->required();
        cmd->add_option("--dt", opts->dt, "Results (COCO results JSON list)")->required();
        cmd->add_option("--json", opts->json, "Write the numbers as JSON to this file");
        cmd->callback([opts, &exitCode] {
            try {
                exitCode = runEval(*opts);
            } catch (const std::exception& e) {
                std::cerr << "error: " << e.what() << "\n";
                exitCode = 1;
            }
        });
    }};

}  // namespace
}  // namespace mrcnn::cli
