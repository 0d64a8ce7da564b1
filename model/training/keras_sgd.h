#pragma once
// The original's optimiser: Keras SGD with momentum (v = m·v − lr·g; w += v) and clipnorm,
// which standalone Keras 2 (the original's) applies to the global norm of all gradients:
// g *= clip / max(‖g‖, clip). The velocity is not saved in checkpoints, as in Keras.

#include <torch/types.h>

#include <vector>

namespace mrcnn::training {

class KerasSgd {
public:
    KerasSgd(std::vector<torch::Tensor> params, double momentum, double clipNorm);
    // Applies the gradients held by the parameters, then clears them. Returns the global
    // gradient norm before clipping.
    double step(double learningRate);

private:
    std::vector<torch::Tensor> m_params;
    std::vector<torch::Tensor> m_velocity;
    double m_momentum;
    double m_clipNorm;
};

}  // namespace mrcnn::training
