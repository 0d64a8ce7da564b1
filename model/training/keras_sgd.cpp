#include "training/keras_sgd.h"

#include <algorithm>
#include <cmath>

namespace mrcnn::training {

KerasSgd::KerasSgd(std::vector<torch::Tensor> params, double momentum, double clipNorm)
    : m_params(std::move(params)), m_momentum(momentum), m_clipNorm(clipNorm) {
    for (const auto& p : m_params)
        m_velocity.push_back(torch::zeros_like(p));
}

double KerasSgd::step(double learningRate) {
    torch::NoGradGuard noGrad;
    double squared = 0;
    for (const auto& p : m_params)
        if (p.grad().defined())
            squared += p.grad().to(torch::kFloat64).square().sum().item<double>();
    const double norm = std::sqrt(squared);
    const double factor = m_clipNorm > 0 && norm > m_clipNorm ? m_clipNorm / norm : 1.0;
    for (size_t i = 0; i < m_params.size(); ++i) {
        auto& p = m_params[i];
        if (!p.grad().defined())
            continue;
        auto& v = m_velocity[i];
        v.mul_(m_momentum).add_(p.grad(), -learningRate * factor);
        p.add_(v);
        p.mutable_grad().reset();
    }
    return norm;
}

}  // namespace mrcnn::training
