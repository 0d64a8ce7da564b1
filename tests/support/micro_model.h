#pragma once
// The micro shapes model of tests/data/runs (random weights, seed 3) loaded once, and a
// letterboxed image for it: shapes_001 cut to 80 x 120 is scaled by 128/120 and padded
// above and below, so its three frames (normalised, molded, original) all differ.

#include <memory>

#include "pipeline/model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"

namespace mrcnn::test {

inline const Model& microModel() {
    static const Model model = [] {
        const auto d = dataDir();
        return Model::load((d / "runs/shapes_micro_seed3.h5").string(),
                           loadConfigFile((d / "runs/shapes_micro.json").string()));
    }();
    return model;
}

inline torch::Tensor letterboxedShapesImage() {
    auto image = loadImageRgb((dataDir() / "images/shapes_001.png").string());
    return image.slice(0, 0, 80).slice(1, 0, 120).contiguous();
}

}  // namespace mrcnn::test
