#pragma once
// Every stage after the RPN re-run on this run's own recorded inputs, each compared with this
// run's recorded outputs: what the parity tests check for the part of a run that follows a
// near tie, where the reference has nothing to compare with. The discrete steps are redone
// here independently (top-k as a stable sort, NMS as the greedy replay); the dense ones with
// the stage functions (box deltas, PyramidROIAlign, the heads, the detection layer,
// unmolding) on the recorded inputs. Needs the run's feature maps (keepFeatureMaps).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "config/config.h"
#include "heads/classifier_head.h"
#include "heads/mask_head.h"
#include "inspection/inspection.h"
#include "model/pipeline/rpn_ties.h"
#include "model/pipeline/stage_inputs.h"
#include "proposals/box_graph.h"
#include "roi_align/pyramid_roi_align.h"
#include "weights/param_store.h"

namespace mrcnn::test {

inline void expectSame(const torch::Tensor& got, const torch::Tensor& want, const char* what) {
    SCOPED_TRACE(what);
    ASSERT_EQ(got.sizes(), want.sizes());
    EXPECT_TRUE(torch::equal(got.to(want.scalar_type()), want));
}

// The pooled [N, C, P, P] (channels-last memory) in the heads' Keras order [N, P, P, C].
inline torch::Tensor nhwc(const torch::Tensor& pooled) {
    return pooled.permute({0, 2, 3, 1}).contiguous();
}

inline PyramidRoiAlignOutput roiAlignOnRun(const Inspection& rec, const torch::Tensor& boxes,
                                           int64_t pool) {
    PyramidRoiAlignInput in;
    in.boxes = boxes.contiguous();
    for (const char* n : {"fpn_p2", "fpn_p3", "fpn_p4", "fpn_p5"})
        in.featureMaps.push_back(rec.tensor(n));
    in.layout = FeatureLayout::Nhwc;
    in.imageHeight = rec.tensor("input_image").size(1);
    in.imageWidth = rec.tensor("input_image").size(2);
    return pyramidRoiAlign(in, pool);
}

inline void checkStagesOnOwnInputs(const Inspection& rec, const Config& config,
                                   const ParamStore& params, float rpnNmsThreshold,
                                   double denseTol) {
    // Pre-NMS: top-k of this run's scores, descending, ties to the lower anchor index.
    const auto scores = rec.tensor("rpn_class")[0].select(1, 1).contiguous();
    const float* ps = scores.data_ptr<float>();
    std::vector<int64_t> order(static_cast<size_t>(scores.size(0)));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [ps](int64_t a, int64_t b) { return ps[a] > ps[b]; });
    const auto ix = rec.tensor("pre_nms_anchor_ix").to(torch::kInt64);
    const int64_t k = ix.size(0);
    ASSERT_EQ(k, std::min<int64_t>(config.PRE_NMS_LIMIT, scores.size(0)));
    order.resize(static_cast<size_t>(k));
    expectSame(ix, torch::tensor(order, torch::kInt64), "pre_nms_anchor_ix");
    const auto anchors = rec.tensor("anchors")[0].index_select(0, ix);
    expectSame(rec.tensor("pre_nms_anchors")[0], anchors, "pre_nms_anchors");
    const auto& sd = config.RPN_BBOX_STD_DEV;
    const auto std4 = torch::tensor({float(sd[0]), float(sd[1]), float(sd[2]), float(sd[3])});
    const auto deltas = rec.tensor("rpn_bbox")[0].index_select(0, ix) * std4;
    const auto refined = applyBoxDeltasGraph(anchors, deltas);
    expectSame(rec.tensor("refined_anchors")[0], refined, "refined_anchors");
    const auto clipped = clipBoxesGraph(refined, {0.0f, 0.0f, 1.0f, 1.0f}).contiguous();
    expectSame(rec.tensor("refined_anchors_clipped")[0], clipped, "refined_anchors_clipped");

    // NMS: the greedy replay of this run's selection on its own boxes, without any tie.
    const auto sel = rec.tensor("post_nms_anchor_ix").to(torch::kInt64).contiguous();
    const auto proposals = rec.tensor("proposals")[0];
    std::vector<const float*> boxes(static_cast<size_t>(k));
    std::vector<char> want(static_cast<size_t>(k), 0);
    for (int64_t p = 0; p < k; ++p)
        boxes[p] = clipped.data_ptr<float>() + 4 * p;
    for (int64_t i = 0; i < sel.size(0); ++i)
        want[sel.data_ptr<int64_t>()[i]] = 1;
    EXPECT_TRUE(std::is_sorted(sel.data_ptr<int64_t>(), sel.data_ptr<int64_t>() + sel.size(0)))
        << "NMS selects in score order";
    EXPECT_EQ(replayNms(boxes, boxes, want, proposals.size(0), rpnNmsThreshold, 0, "own NMS"), 0);
    auto padded = torch::zeros_like(proposals);
    padded.slice(0, 0, sel.size(0)).copy_(clipped.index_select(0, sel));
    expectSame(proposals, padded, "proposals");

    // PyramidROIAlign and the classifier head on this run's proposals and feature maps.
    const auto pooled = roiAlignOnRun(rec, proposals, config.POOL_SIZE);
    expectSame(rec.tensor("proposal_roi_levels")[0], pooled.levels, "proposal_roi_levels");
    const auto head = ClassifierHead(params).forward(nhwc(pooled.pooled));
    EXPECT_LE(relativeError(rec.tensor("mrcnn_class_logits")[0], head.logits), denseTol);
    EXPECT_LE(relativeError(rec.tensor("mrcnn_class")[0], head.probs), denseTol);
    EXPECT_LE(relativeError(rec.tensor("mrcnn_bbox")[0], head.bbox), denseTol);

    // The detection layer on this run's ROIs and head outputs: every output equal.
    const auto det = runDetectionLayer(rec, config, proposals, rec.tensor("mrcnn_class")[0],
                                       rec.tensor("mrcnn_bbox")[0]);
    expectSame(rec.tensor("detection_class_ids"), det.classIds, "detection_class_ids");
    expectSame(rec.tensor("detection_class_scores"), det.classScores, "detection_class_scores");
    expectSame(rec.tensor("detection_refined_rois"), det.refinedRois.tensor(),
               "detection_refined_rois");
    expectSame(rec.tensor("detection_keep"), det.keep, "detection_keep");
    expectSame(rec.tensor("detection_unique_class_ids"), det.uniqueClassIds, "unique class ids");
    expectSame(rec.tensor("detection_nms_keep"), det.nmsKeep, "detection_nms_keep");
    expectSame(rec.tensor("detection_final_keep"), det.finalKeep, "detection_final_keep");
    expectSame(rec.tensor("detection_window"), det.window, "detection_window");
    expectSame(rec.tensor("detections")[0], det.detections, "detections");

    // PyramidROIAlign and the mask head on this run's detections, then unmolding.
    const auto detections = rec.tensor("detections")[0];
    const auto maskPooled = roiAlignOnRun(rec, detections.slice(1, 0, 4), config.MASK_POOL_SIZE);
    expectSame(rec.tensor("detection_roi_levels")[0], maskPooled.levels, "detection_roi_levels");
    const auto masks = MaskHead(params).forward(nhwc(maskPooled.pooled));
    EXPECT_LE(relativeError(rec.tensor("mrcnn_mask")[0], masks), denseTol) << "mrcnn_mask";
    const auto unmolded = runUnmold(rec, detections, rec.tensor("mrcnn_mask")[0]);
    expectSame(rec.tensor("rois"), unmolded.rois, "rois");
    expectSame(rec.tensor("class_ids"), unmolded.classIds, "class_ids");
    expectSame(rec.tensor("scores"), unmolded.scores, "scores");
    expectSame(rec.tensor("masks"), unmolded.masks, "masks");
}

}  // namespace mrcnn::test
