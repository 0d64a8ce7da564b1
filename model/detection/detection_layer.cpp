#include "detection/detection_layer.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "proposals/box_graph.h"
#include "proposals/tf_non_max_suppression.h"

namespace mrcnn {

namespace {

torch::Tensor int64Vector(const std::vector<int64_t>& v) {
    torch::Tensor t = torch::empty({static_cast<int64_t>(v.size())}, torch::kInt64);
    std::copy(v.begin(), v.end(), t.data_ptr<int64_t>());
    return t;
}

void checkInputs(const torch::Tensor& rois, torch::Tensor& probs, torch::Tensor& deltas) {
    const int64_t n = rois.size(0);
    if (probs.defined() && probs.dim() == 3 && probs.size(0) == 1)
        probs = probs[0];
    if (deltas.defined() && deltas.dim() == 4 && deltas.size(0) == 1)
        deltas = deltas[0];
    if (!probs.defined() || probs.dim() != 2 || probs.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("mrcnn_detection: mrcnn_class must be float32 [N, C]");
    if (!deltas.defined() || deltas.dim() != 3 || deltas.size(2) != 4 ||
        deltas.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("mrcnn_detection: mrcnn_bbox must be float32 [N, C, 4]");
    if (probs.size(0) != n || deltas.size(0) != n || deltas.size(1) != probs.size(1))
        throw std::invalid_argument("mrcnn_detection: rois " + c10::str(rois.sizes()) +
                                    ", mrcnn_class " + c10::str(probs.sizes()) +
                                    " and mrcnn_bbox " + c10::str(deltas.sizes()) +
                                    " do not agree");
    if (probs.size(1) < 1)
        throw std::invalid_argument("mrcnn_detection: no classes");
    probs = probs.contiguous();
    deltas = deltas.contiguous();
}

}  // namespace

DetectionLayerParams DetectionLayerParams::fromConfig(const Config& config) {
    DetectionLayerParams p;
    p.minConfidence = config.DETECTION_MIN_CONFIDENCE;
    p.nmsThreshold = config.DETECTION_NMS_THRESHOLD;
    p.maxInstances = config.DETECTION_MAX_INSTANCES;
    p.bboxStdDev = config.BBOX_STD_DEV;
    return p;
}

DetectionLayerOutput detectionLayer(const DetectionLayerInput& input,
                                    const DetectionLayerParams& params) {
    torch::Tensor rois = checkedBoxes(input.rois, "mrcnn_detection rois");
    torch::Tensor probs = input.mrcnnClass;
    torch::Tensor bbox = input.mrcnnBbox;
    checkInputs(rois, probs, bbox);
    if (params.maxInstances < 0)
        throw std::invalid_argument("mrcnn_detection: DETECTION_MAX_INSTANCES must be >= 0");
    const int64_t n = rois.size(0);
    const int64_t numClasses = probs.size(1);
    const int64_t maxDet = params.maxInstances;

    DetectionLayerOutput out;
    out.window = torch::tensor({input.window[0], input.window[1], input.window[2], input.window[3]},
                               torch::kFloat32);

    // argmax (first maximum, NaN-free inputs), the class score and its deltas * std-dev.
    out.classIds = torch::empty({n}, torch::kInt32);
    out.classScores = torch::empty({n}, torch::kFloat32);
    torch::Tensor deltas = torch::empty({n, 4}, torch::kFloat32);
    const float* pp = probs.data_ptr<float>();
    const float* pd = bbox.data_ptr<float>();
    int32_t* pIds = out.classIds.data_ptr<int32_t>();
    float* pScores = out.classScores.data_ptr<float>();
    float* pDeltas = deltas.data_ptr<float>();
    float stdDev[4];
    for (int k = 0; k < 4; ++k)
        stdDev[k] = static_cast<float>(params.bboxStdDev[k]);
    for (int64_t i = 0; i < n; ++i) {
        const float* row = pp + i * numClasses;
        int64_t best = 0;
        for (int64_t c = 1; c < numClasses; ++c)
            if (row[c] > row[best])
                best = c;
        pIds[i] = static_cast<int32_t>(best);
        pScores[i] = row[best];
        for (int k = 0; k < 4; ++k)
            pDeltas[4 * i + k] = pd[(i * numClasses + best) * 4 + k] * stdDev[k];
    }
    const auto refinedRois = clipBoxesGraph(applyBoxDeltasGraph(rois, deltas), input.window);
    out.refinedRois = NormalizedBoxes(refinedRois);

    // Background and (when truthy) confidence filters; ascending like set_intersection.
    const bool useConfidence = params.minConfidence != 0.0;
    const float minConf = static_cast<float>(params.minConfidence);
    std::vector<int64_t> keep;
    for (int64_t i = 0; i < n; ++i)
        if (pIds[i] > 0 && (!useConfidence || pScores[i] >= minConf))
            keep.push_back(i);
    out.keep = int64Vector(keep);

    // tf.unique: classes in order of first appearance along keep.
    std::vector<int32_t> unique;
    for (int64_t i : keep)
        if (std::find(unique.begin(), unique.end(), pIds[i]) == unique.end())
            unique.push_back(pIds[i]);
    out.uniqueClassIds = torch::empty({static_cast<int64_t>(unique.size())}, torch::kInt32);
    std::copy(unique.begin(), unique.end(), out.uniqueClassIds.data_ptr<int32_t>());

    out.nmsKeep = torch::full({static_cast<int64_t>(unique.size()), maxDet}, -1, torch::kInt64);
    int64_t* pNms = out.nmsKeep.data_ptr<int64_t>();
    std::vector<char> survives(static_cast<size_t>(n), 0);
    for (size_t u = 0; u < unique.size(); ++u) {
        std::vector<int64_t> ixs;
        for (int64_t i : keep)
            if (pIds[i] == unique[u])
                ixs.push_back(i);
        torch::Tensor ixT = int64Vector(ixs);
        TfNmsResult nms = tfNonMaxSuppression(refinedRois.index_select(0, ixT),
                                              out.classScores.index_select(0, ixT), maxDet,
                                              static_cast<float>(params.nmsThreshold));
        ClassNmsTrace trace;
        trace.classId = unique[u];
        trace.inputIndices = ixT;
        trace.kept = ixT.index_select(0, nms.selected);
        const int64_t* sel = trace.kept.data_ptr<int64_t>();
        for (int64_t j = 0; j < trace.kept.size(0); ++j) {
            pNms[u * maxDet + j] = sel[j];
            survives[sel[j]] = 1;
        }
        std::vector<int64_t> sup, by, notReached;
        const int64_t* pBy = nms.suppressedBy.data_ptr<int64_t>();
        for (size_t j = 0; j < ixs.size(); ++j) {
            if (pBy[j] >= 0) {
                sup.push_back(ixs[j]);
                by.push_back(ixs[pBy[j]]);
            } else if (!survives[ixs[j]]) {
                notReached.push_back(ixs[j]);
            }
        }
        trace.suppressed = int64Vector(sup);
        trace.suppressedBy = int64Vector(by);
        trace.notReached = int64Vector(notReached);
        out.classNms.push_back(std::move(trace));
    }

    // Intersection with keep (ascending), then top_k by score: stable descending sort
    // keeps the lower ROI index first on ties.
    std::vector<int64_t> merged;
    for (int64_t i : keep)
        if (survives[i])
            merged.push_back(i);
    std::stable_sort(merged.begin(), merged.end(),
                     [pScores](int64_t a, int64_t b) { return pScores[a] > pScores[b]; });
    if (static_cast<int64_t>(merged.size()) > maxDet)
        merged.resize(maxDet);
    out.finalKeep = int64Vector(merged);

    out.detections = torch::zeros({maxDet, 6}, torch::kFloat32);
    float* pDet = out.detections.data_ptr<float>();
    const float* pRef = refinedRois.data_ptr<float>();
    for (size_t r = 0; r < merged.size(); ++r) {
        const int64_t i = merged[r];
        for (int k = 0; k < 4; ++k)
            pDet[r * 6 + k] = pRef[i * 4 + k];
        pDet[r * 6 + 4] = static_cast<float>(pIds[i]);
        pDet[r * 6 + 5] = pScores[i];
    }
    return out;
}

}  // namespace mrcnn
