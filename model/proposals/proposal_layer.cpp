#include "proposals/proposal_layer.h"

#include <stdexcept>
#include <string>

#include "proposals/box_graph.h"
#include "proposals/tf_non_max_suppression.h"

namespace mrcnn {

namespace {

// Drops a leading batch dimension of 1 and checks [A, cols] float32.
torch::Tensor checked2d(const torch::Tensor& t, int64_t cols, const char* what) {
    if (!t.defined())
        throw std::invalid_argument(std::string("ROI: ") + what + " is undefined");
    torch::Tensor x = t;
    if (x.dim() == 3 && x.size(0) == 1)
        x = x[0];
    if (x.dim() != 2 || x.size(1) != cols)
        throw std::invalid_argument(std::string("ROI: ") + what + " must be [A, " +
                                    std::to_string(cols) + "] (or batch 1), got " +
                                    c10::str(t.sizes()));
    if (x.scalar_type() != torch::kFloat32)
        throw std::invalid_argument(std::string("ROI: ") + what + " must be float32, got " +
                                    std::string(c10::toString(x.scalar_type())));
    return x.contiguous();
}

}  // namespace

ProposalLayerParams ProposalLayerParams::fromConfig(const Config& config, bool training) {
    ProposalLayerParams p;
    p.preNmsLimit = config.PRE_NMS_LIMIT;
    p.proposalCount = training ? config.POST_NMS_ROIS_TRAINING : config.POST_NMS_ROIS_INFERENCE;
    p.nmsThreshold = config.RPN_NMS_THRESHOLD;
    p.rpnBboxStdDev = config.RPN_BBOX_STD_DEV;
    return p;
}

ProposalLayerOutput proposalLayer(const ProposalLayerInput& input,
                                  const ProposalLayerParams& params) {
    torch::Tensor rpnClass = checked2d(input.rpnClass, 2, "rpn_class");
    torch::Tensor rpnBbox = checked2d(input.rpnBbox, 4, "rpn_bbox");
    torch::Tensor anchors = checked2d(input.anchors, 4, "anchors");
    const int64_t a = rpnClass.size(0);
    if (rpnBbox.size(0) != a || anchors.size(0) != a)
        throw std::invalid_argument("ROI: rpn_class has " + std::to_string(a) + " rows, rpn_bbox " +
                                    std::to_string(rpnBbox.size(0)) + ", anchors " +
                                    std::to_string(anchors.size(0)));
    if (params.preNmsLimit < 0 || params.proposalCount < 0)
        throw std::invalid_argument("ROI: PRE_NMS_LIMIT and the proposal count must be >= 0");

    // The std-dev constant becomes a float32 tensor in the graph: multiply in float32.
    torch::Tensor std4 = torch::tensor(
        {static_cast<float>(params.rpnBboxStdDev[0]), static_cast<float>(params.rpnBboxStdDev[1]),
         static_cast<float>(params.rpnBboxStdDev[2]), static_cast<float>(params.rpnBboxStdDev[3])},
        torch::kFloat32);
    torch::Tensor deltas = rpnBbox * std4;
    torch::Tensor scores = rpnClass.select(1, 1).contiguous();

    // tf.nn.top_k(sorted=True): descending, equal values keep the lower index first, which
    // a stable descending sort gives.
    const int64_t k = std::min(params.preNmsLimit, a);
    auto sorted = scores.sort(/*stable=*/true, /*dim=*/0, /*descending=*/true);
    ProposalLayerOutput out;
    out.preNmsIndices = std::get<1>(sorted).slice(0, 0, k).contiguous();
    out.preNmsScores = std::get<0>(sorted).slice(0, 0, k).contiguous();
    out.preNmsDeltas = deltas.index_select(0, out.preNmsIndices);
    auto preNms = anchors.index_select(0, out.preNmsIndices);
    auto refined = applyBoxDeltasGraph(preNms, out.preNmsDeltas);
    auto clipped = clipBoxesGraph(refined, {0.0f, 0.0f, 1.0f, 1.0f});

    TfNmsResult nms = tfNonMaxSuppression(clipped, out.preNmsScores, params.proposalCount,
                                          static_cast<float>(params.nmsThreshold));
    out.postNmsAnchorIx = nms.selected.to(torch::kInt32);
    out.nmsSuppressedBy = nms.suppressedBy;
    auto proposals = torch::zeros({params.proposalCount, 4}, torch::kFloat32);
    const int64_t m = nms.selected.size(0);
    if (m > 0)
        proposals.slice(0, 0, m).copy_(clipped.index_select(0, nms.selected));
    out.preNmsAnchors = NormalizedBoxes(preNms);
    out.refinedAnchors = NormalizedBoxes(refined);
    out.refinedAnchorsClipped = NormalizedBoxes(clipped);
    out.proposals = NormalizedBoxes(proposals);
    return out;
}

}  // namespace mrcnn
