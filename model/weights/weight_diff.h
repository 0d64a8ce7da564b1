#pragma once
// Two Keras weight files compared tensor by tensor (matched by layer and weight name): the
// relative change ‖a − b‖ / ‖b‖ (Frobenius norms, in double precision over the float32
// values; B is the reference), the tensors found in one file only and the shape differences.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "weights/keras_h5.h"

namespace mrcnn {

struct TensorChange {
    std::string layer;
    std::string name;  // as in the files, e.g. "conv1/kernel:0"
    // ‖a − b‖ / ‖b‖. When ‖b‖ = 0: 0 if a is zero too, +infinity otherwise. NaN when either
    // tensor holds a NaN.
    double relativeChange = 0;
};

struct TensorRef {
    std::string layer;
    std::string name;
    std::vector<int64_t> shape;
};

struct ShapeChange {
    std::string layer;
    std::string name;
    std::vector<int64_t> shapeA, shapeB;
};

struct WeightDiff {
    std::vector<TensorChange> tensors;      // in both files with one shape, in A's order
    std::vector<TensorRef> onlyInA;         // A's order
    std::vector<TensorRef> onlyInB;         // B's order
    std::vector<ShapeChange> shapeChanged;  // A's order

    // True when the files share no tensor at all (unrelated files).
    bool unrelated() const { return tensors.empty() && shapeChanged.empty(); }
    // Tensors whose relative change is not exactly 0.
    size_t changedCount() const;
};

double relativeChange(const torch::Tensor& a, const torch::Tensor& b);
WeightDiff diffWeights(const KerasWeightFile& a, const KerasWeightFile& b);

}  // namespace mrcnn
