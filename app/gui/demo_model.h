#pragma once
// The embedded default: the demo model (config and weights compiled into the binary as Qt
// resources) and a demo image, so the inspector opens on a working inspection with nothing
// downloaded. Without trained demo weights in the build, a seeded random initialisation of the
// same config stands in, and the description says so.

#include <QString>

#include <torch/types.h>

#include <memory>

#include "pipeline/model.h"

namespace mrcnn::gui {

std::shared_ptr<const mrcnn::Model> loadDemoModel(QString* description, QString* error);
torch::Tensor demoImage();  // uint8 RGB [H, W, 3]

}  // namespace mrcnn::gui
