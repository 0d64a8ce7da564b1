#pragma once
// Small random parameters for the head tests (LibTorch layouts of param_store.h).

#include <torch/torch.h>

#include <string>

#include "weights/param_store.h"

namespace mrcnn::test {

inline void addConv(ParamStore& p, const std::string& name, int64_t out, int64_t in, int64_t k) {
    p.tensors[name + "/kernel"] = torch::randn({out, in, k, k}) * (1.0 / std::sqrt(in * k * k));
    p.tensors[name + "/bias"] = torch::randn({out}) * 0.1;
}

inline void addBn(ParamStore& p, const std::string& name, int64_t c) {
    p.tensors[name + "/gamma"] = torch::rand({c}) + 0.5;
    p.tensors[name + "/beta"] = torch::randn({c}) * 0.1;
    p.tensors[name + "/moving_mean"] = torch::randn({c}) * 0.1;
    p.tensors[name + "/moving_variance"] = torch::rand({c}) + 0.5;
}

inline torch::Tensor bnRef(const ParamStore& p, const std::string& name, const torch::Tensor& x) {
    return torch::batch_norm(x, p.tensors.at(name + "/gamma"), p.tensors.at(name + "/beta"),
                             p.tensors.at(name + "/moving_mean"),
                             p.tensors.at(name + "/moving_variance"), false, 0.0, 1e-3, false);
}

}  // namespace mrcnn::test
