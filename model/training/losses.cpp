#include "training/losses.h"

#include <cmath>

namespace mrcnn::training {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

torch::Tensor smoothL1(const torch::Tensor& target, const torch::Tensor& predicted) {
    auto diff = (target - predicted).abs();
    auto lessThanOne = (diff < 1.0).to(diff.scalar_type());
    return lessThanOne * 0.5 * diff * diff + (1 - lessThanOne) * (diff - 0.5);
}

torch::Tensor rpnClassLoss(const torch::Tensor& rpnMatch, const torch::Tensor& logits) {
    auto match = rpnMatch.reshape({-1});
    auto rows = (match != 0).nonzero().select(1, 0);
    if (rows.numel() == 0)
        return logits.sum() * 0;
    auto target = (match.index_select(0, rows) == 1).to(torch::kLong);
    return torch::nll_loss(torch::log_softmax(logits.reshape({-1, 2}).index_select(0, rows), 1),
                           target);
}

torch::Tensor rpnBboxLoss(const torch::Tensor& targetBbox, const torch::Tensor& rpnMatch,
                          const torch::Tensor& deltas) {
    std::vector<torch::Tensor> predicted, targets;
    for (int64_t b = 0; b < rpnMatch.size(0); ++b) {
        auto rows = (rpnMatch[b] == 1).nonzero().select(1, 0);
        if (rows.numel() == 0)
            continue;
        predicted.push_back(deltas[b].index_select(0, rows));
        // batch_pack_graph: the first `count` target rows of this image.
        targets.push_back(targetBbox[b].slice(0, 0, rows.numel()).to(deltas.scalar_type()));
    }
    if (predicted.empty())
        return deltas.sum() * 0;
    return smoothL1(torch::cat(targets, 0), torch::cat(predicted, 0)).mean();
}

torch::Tensor mrcnnClassLoss(const torch::Tensor& targetClassIds, const torch::Tensor& logits,
                             const torch::Tensor& activeClassIds) {
    auto predicted = logits.argmax(1);
    auto active = activeClassIds.to(logits.scalar_type()).index_select(0, predicted);
    auto loss = torch::nll_loss(torch::log_softmax(logits, 1), targetClassIds.to(torch::kLong), {},
                                at::Reduction::None);
    return (loss * active).sum() / active.sum();
}

torch::Tensor mrcnnBboxLoss(const torch::Tensor& targetDeltas, const torch::Tensor& targetClassIds,
                            const torch::Tensor& predicted) {
    auto rows = (targetClassIds > 0).nonzero().select(1, 0);
    if (rows.numel() == 0)
        return predicted.sum() * 0;
    auto classes = targetClassIds.index_select(0, rows).to(torch::kLong);
    auto chosen = predicted.index_select(0, rows)
                      .gather(1, classes.view({-1, 1, 1}).expand({-1, 1, 4}))
                      .squeeze(1);
    return smoothL1(targetDeltas.index_select(0, rows), chosen).mean();
}

torch::Tensor mrcnnMaskLoss(const torch::Tensor& targetMasks, const torch::Tensor& positiveClassIds,
                            const torch::Tensor& maskLogits) {
    if (positiveClassIds.numel() == 0)
        return maskLogits.sum() * 0;
    const int64_t h = maskLogits.size(2), w = maskLogits.size(3);
    auto index = positiveClassIds.to(torch::kLong).view({-1, 1, 1, 1}).expand({-1, 1, h, w});
    auto logits = maskLogits.gather(1, index).squeeze(1);
    // Keras computes log(p) of the clipped probability; in logit form that clip is a clamp
    // of the logit to ±log((1 − ε) / ε), which keeps the gradient identical.
    const double bound = std::log((1.0 - 1e-7) / 1e-7);
    return torch::binary_cross_entropy_with_logits(logits.clamp(-bound, bound), targetMasks).mean();
}

torch::Tensor l2Regularization(const ParamStore& params, const std::vector<std::string>& keys,
                               double weightDecay) {
    torch::Tensor total;
    for (const auto& key : keys) {
        if (endsWith(key, "/gamma") || endsWith(key, "/beta") || endsWith(key, "/moving_mean") ||
            endsWith(key, "/moving_variance"))
            continue;
        const auto& w = params.at(key);
        auto term = w.square().sum() * (weightDecay / static_cast<double>(w.numel()));
        total = total.defined() ? total + term : term;
    }
    return total.defined() ? total : torch::zeros({});
}

}  // namespace mrcnn::training
