// `mrcnn detect`: run a model on an image or a folder of images and write the detections as
// JSON (boxes in original pixels y1, x1, y2, x2, class ids and names, scores, masks as COCO
// RLE) and/or an overlay picture.

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>

#include "coco/rle.h"
#include "command_registry.h"
#include "io/atomic_file.h"
#include "io/prefetch.h"
#include "model_args.h"
#include "overlay.h"
#include "utils/image_io.h"
#include "utils/image_write.h"

namespace mrcnn::cli {
namespace {

struct DetectOptions {
    ModelArgs model;
    std::string image;
    std::string json;
    std::string png;
};

nlohmann::json detectionsJson(const Inspection& rec, const Config& config) {
    nlohmann::json list = nlohmann::json::array();
    const auto& det = rec.detections;
    for (int64_t i = 0; i < det.count(); ++i) {
        nlohmann::json d;
        auto box = det.rois().tensor()[i];
        d["box"] = {box[0].item<int32_t>(), box[1].item<int32_t>(), box[2].item<int32_t>(),
                    box[3].item<int32_t>()};
        const int32_t cls = det.classIds()[i].item<int32_t>();
        d["class_id"] = cls;
        d["class_name"] = config.className(cls);
        d["score"] = det.scores()[i].item<float>();
        if (det.masks().defined()) {
            auto mask = det.masks().select(2, i).to(torch::kUInt8).contiguous();
            auto rle = coco::encode(mask.data_ptr<uint8_t>(), mask.size(0), mask.size(1));
            d["mask"] = {{"size", {rle.height, rle.width}}, {"counts", coco::toString(rle)}};
        }
        list.push_back(std::move(d));
    }
    return list;
}

std::string overlayPath(const DetectOptions& o, const std::string& image, bool many) {
    if (!many)
        return o.png;
    makeOutputFolder(o.png);  // made with the first overlay, not before the input is read
    auto stem = std::filesystem::path(image).stem().string();
    return (std::filesystem::path(o.png) / (stem + "_overlay.png")).string();
}

int runDetect(const DetectOptions& o) {
    const auto images = listImages(o.image);
    const bool many = images.size() > 1;
    if (!o.png.empty() && !many)
        checkImageExtension(o.png);
    // Reserved now, so an unwritable --json is reported before the model runs.
    std::optional<AtomicFile> json;
    if (!o.json.empty())
        json.emplace(o.json);
    Model model = loadModel(o.model);
    nlohmann::json out;
    out["images"] = nlohmann::json::array();
    nlohmann::json failed = nlohmann::json::array();
    std::vector<int64_t> order(images.size());
    std::iota(order.begin(), order.end(), 0);
    // The next image is read while the model runs on this one.
    forEachPrefetched<torch::Tensor>(
        order, [&](int64_t i) { return loadImageRgb(images[size_t(i)]); },
        [&](Prefetched<torch::Tensor> item) {
            const std::string& path = images[size_t(item.index)];
            if (!item.value) {  // one unreadable image of a folder is reported and skipped
                std::cerr << "error: skipped " << path << ": " << item.error << "\n";
                failed.push_back({{"image", path}, {"error", item.error}});
                return;
            }
            auto rec = model.run(*item.value);
            const auto& det = rec->detections;
            std::cout << path << ": " << det.count() << " detections (" << rec->totalSeconds()
                      << " s)\n";
            out["images"].push_back({{"image", path},
                                     {"height", rec->tensor("original_image").size(0)},
                                     {"width", rec->tensor("original_image").size(1)},
                                     {"mask_head", rec->maskHeadRan},
                                     {"detections", detectionsJson(*rec, model.config())}});
            if (!o.png.empty())
                writeOverlay(*rec, model.config(), overlayPath(o, path, many));
        });
    std::string count = std::to_string(failed.size()) + " of " + std::to_string(images.size()) +
                        " images could not be read";
    for (size_t k = 0; k < failed.size() && k < 5; ++k)
        count += (k ? ", " : ": ") +
                 std::filesystem::path(failed[k]["image"].get<std::string>()).filename().string();
    if (failed.size() > 5)
        count += ", …";
    if (out["images"].empty() && !failed.empty())
        throw std::runtime_error(count + "; nothing written");
    if (json) {
        if (!failed.empty())
            out["failed"] = failed;
        json->write(out.dump(1) + "\n");
        std::cout << "wrote " << o.json << "\n";
    }
    if (!failed.empty()) {
        std::cerr << "error: " << count << " (skipped; the JSON lists them under \"failed\")\n";
        return 1;
    }
    return 0;
}

const CommandRegistration kRegistration{
    "detect", [](CLI::App& app, int& exitCode) {
        auto opts = std::make_shared<DetectOptions>();
        auto* cmd =
            app.add_subcommand("detect", "Detect objects in an image or a folder of images");
        addModelOptions(cmd, opts->model);
        cmd->add_option("--image,-i", opts->image, "Image file or folder")->required();
        cmd->add_option("--json", opts->json, "Write the detections as JSON");
        cmd->add_option("--png", opts->png, "Write an overlay picture (a folder for many images)");
        cmd->callback([opts, &exitCode] { exitCode = runDetect(*opts); });
    }};

}  // namespace
}  // namespace mrcnn::cli
