// publishTensors() of inspection.h: the typed stage outputs under the original's names, in
// the layouts the reference runs use (a batch dimension of 1 where Keras has one).

#include "inspection/inspection.h"
#include "inspection/tensor_names.h"

namespace mrcnn {
namespace {

class Publisher {
public:
    explicit Publisher(Inspection& rec) : m_rec(rec) {}

    void put(std::string_view name, const torch::Tensor& t) {
        if (t.defined())
            m_rec.tensors[std::string(name)] = t.contiguous();
    }
    void putBatch(std::string_view name, const torch::Tensor& t) {
        if (t.defined())
            put(name, t.unsqueeze(0));
    }
    void putTrace(std::string_view name, const torch::Tensor& t) {
        if (m_rec.options.keepTrace)
            put(name, t);
    }

private:
    Inspection& m_rec;
};

torch::Tensor typed(const torch::Tensor& t, torch::ScalarType type) {
    return t.defined() ? t.to(type) : t;
}

}  // namespace

void publishTensors(Inspection& rec) {
    rec.tensors.clear();
    Publisher p(rec);
    // mold_inputs / get_anchors
    p.putBatch(names::kInputImage, rec.moldedImage);
    if (rec.meta.activeClassIds.defined()) {
        p.putBatch(names::kImageMeta, composeImageMeta(rec.meta).to(torch::kFloat64));
        const auto& w = rec.meta.window;
        p.put(names::kWindow, torch::tensor({w[0], w[1], w[2], w[3]}, torch::kInt64).view({1, 4}));
    }
    p.putBatch(names::kAnchors, rec.anchors.normalized.tensor());
    p.put(names::kAnchorsPx, rec.anchors.pixels.tensor());
    p.put(names::kOriginalImage, rec.originalImage);
    for (const auto& [name, t] : rec.featureMaps)
        p.put(name, t);
    // RPN and ProposalLayer
    p.put(names::kRpnClassLogits, rec.rpn.classLogits);
    p.put(names::kRpnClass, rec.rpn.classProbs);
    p.put(names::kRpnBbox, rec.rpn.bbox);
    const auto& pr = rec.proposals;
    if (pr.preNmsIndices.defined()) {
        p.putBatch(names::kPreNmsAnchors, pr.preNmsAnchors.tensor());
        p.put(names::kPreNmsAnchorIx, typed(pr.preNmsIndices, torch::kInt64));
        p.putBatch(names::kRefinedAnchors, pr.refinedAnchors.tensor());
        p.putBatch(names::kRefinedAnchorsClipped, pr.refinedAnchorsClipped.tensor());
        p.put(names::kPostNmsAnchorIx, typed(pr.postNmsAnchorIx, torch::kInt32));
        p.putBatch(names::kProposals, pr.proposals.tensor());
    }
    // Classifier head
    p.putBatch(names::kMrcnnClassLogits, rec.classifier.logits);
    p.putBatch(names::kMrcnnClass, rec.classifier.probs);
    p.putBatch(names::kMrcnnBbox, rec.classifier.bbox);
    if (rec.proposalRoiLevels.defined())
        p.putTrace(names::kProposalRoiLevels, rec.proposalRoiLevels.unsqueeze(0));
    // DetectionLayer and its trace
    const auto& d = rec.detection;
    if (d.detections.defined()) {
        p.putBatch(names::kDetections, d.detections);
        p.putTrace(names::kDetClassIds, typed(d.classIds, torch::kInt32));
        p.putTrace(names::kDetClassScores, d.classScores);
        p.putTrace(names::kDetRefinedRois, d.refinedRois.tensor());
        p.putTrace(names::kDetKeep, typed(d.keep, torch::kInt64));
        p.putTrace(names::kDetUniqueClassIds, typed(d.uniqueClassIds, torch::kInt32));
        p.putTrace(names::kDetNmsKeep, typed(d.nmsKeep, torch::kInt64));
        p.putTrace(names::kDetFinalKeep, typed(d.finalKeep, torch::kInt64));
        p.putTrace(names::kDetWindow, d.window);
    }
    // Mask head
    p.putBatch(names::kMrcnnMask, rec.mrcnnMask);
    if (rec.detectionRoiLevels.defined())
        p.putTrace(names::kDetectionRoiLevels, rec.detectionRoiLevels.unsqueeze(0));
    // detect()'s results
    if (d.detections.defined()) {
        p.put(names::kRois, rec.detections.rois().tensor());
        p.put(names::kClassIds, rec.detections.classIds());
        p.put(names::kScores, rec.detections.scores());
        p.put(names::kMasks, rec.detections.masks());
    }
}

}  // namespace mrcnn
