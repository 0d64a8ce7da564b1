#include "inspection/lineage.h"

#include <algorithm>

namespace mrcnn {
namespace {

int64_t positionOf(const std::vector<int64_t>& ids, int64_t id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : static_cast<int64_t>(it - ids.begin());
}

}  // namespace

std::optional<DetectionLineage> traceLineage(const Inspection& insp, int64_t detection) {
    const Detections& dets = insp.detections;
    if (detection < 0 || detection >= dets.count())
        return std::nullopt;
    const auto finalKeep = indexVector(insp.detection.finalKeep);
    DetectionLineage l;
    l.detection = detection;
    l.detectionRow = dets.row(detection);
    if (l.detectionRow < 0 || l.detectionRow >= static_cast<int64_t>(finalKeep.size()))
        return std::nullopt;
    l.classId = dets.classIds()[detection].item<int32_t>();
    l.score = dets.scores()[detection].item<float>();

    // DetectionLayer: the row's ROI, its filters and its class's NMS.
    l.roi = finalKeep[static_cast<size_t>(l.detectionRow)];
    l.passedFilters = positionOf(indexVector(insp.detection.keep), l.roi) >= 0;
    if (insp.detection.refinedRois.count() > l.roi)
        l.refinedRoi = insp.detection.refinedRois.select(torch::tensor({l.roi}));
    for (const auto& cls : insp.detection.classNms) {
        if (cls.classId != l.classId)
            continue;
        l.classNmsRank = positionOf(indexVector(cls.kept), l.roi);
        const auto suppressed = indexVector(cls.suppressed);
        const auto by = indexVector(cls.suppressedBy);
        for (size_t k = 0; k < suppressed.size() && k < by.size(); ++k)
            if (by[k] == l.roi)
                l.suppressedRois.push_back(suppressed[k]);
    }
    if (insp.classifier.probs.defined()) {
        auto probs = insp.classifier.probs[l.roi];
        l.classProbability = probs[l.classId].item<float>();
        l.backgroundProbability = probs[0].item<float>();
    }

    // ProposalLayer: the proposal is the ROI-th NMS pick of the pre-NMS entries.
    const auto& pr = insp.proposals;
    l.rpnNmsRank = l.roi;
    l.proposalBox = pr.proposals.select(torch::tensor({l.roi}));
    const auto postNms = indexVector(pr.postNmsAnchorIx);
    if (l.roi < static_cast<int64_t>(postNms.size()))
        l.preNmsIndex = postNms[static_cast<size_t>(l.roi)];
    l.preNmsCount = pr.preNmsAnchors.count();
    if (l.preNmsIndex < 0)
        return l;
    const auto pre = torch::tensor({l.preNmsIndex});
    l.refinedBox = pr.refinedAnchors.select(pre);
    l.clippedBox = pr.refinedAnchorsClipped.select(pre);
    const auto suppressedBy = indexVector(pr.nmsSuppressedBy);
    for (size_t j = 0; j < suppressedBy.size(); ++j)
        if (suppressedBy[j] == l.preNmsIndex)
            l.rpnSuppressed.push_back(static_cast<int64_t>(j));
    l.anchor = pr.preNmsIndices[l.preNmsIndex].item<int64_t>();
    l.anchorBox = insp.anchors.normalized.select(torch::tensor({l.anchor}));
    l.anchorScore = insp.rpn.classProbs[0][l.anchor][1].item<float>();
    return l;
}

}  // namespace mrcnn
