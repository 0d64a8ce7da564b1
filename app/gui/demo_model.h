#pragma once
// The embedded default: the demo model (config and weights compiled into the binary as Qt
// resources) and a demo image, so the inspector opens on a working inspection with nothing
// downloaded. Without trained demo weights in the build, a seeded random initialisation of the
// same config stands in, and the description says so. The demo image comes with its ground
// truth, so the ground-truth stages have something to show on the first run; both were written
// by the shapes generator:
//   mrcnn dataset export shapes:1x128@24 --out resources/demo/images --name shapes_demo
//       --coco resources/demo/shapes_demo_coco.json   (one command line)

#include <QString>

#include <torch/types.h>

#include <memory>
#include <optional>

#include "figures/figure_input.h"
#include "gui/display_name.h"
#include "pipeline/model.h"

namespace mrcnn::gui {

class Session;

// `weightsPath` receives the unpacked demo weights (kept until the program ends, with the
// demo's training logs beside them), "" for the untrained stand-in.
std::shared_ptr<const mrcnn::Model> loadDemoModel(DisplayName* description, QString* error,
                                                  QString* weightsPath = nullptr);
// The private folder the demo weights and logs are unpacked to ("" until loadDemoModel has
// unpacked them): views name it as the demo rather than by its temporary path.
QString demoUnpackFolder();
torch::Tensor demoImage();  // uint8 RGB [H, W, 3]
// Read through the same loader as File ▸ Open annotation; nullopt with `error` set when the
// embedded annotation cannot be read.
std::optional<figures::GroundTruth> demoGroundTruth(QString* error);
// Puts the demo image and its ground truth into the session (which runs it when it has a
// model); `error` is set, and the image shown without ground truth, when the annotation fails.
void showDemoImage(Session& session, QString* error);

}  // namespace mrcnn::gui
