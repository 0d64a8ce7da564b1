#pragma once
// A model's run over a Dataset as in-memory COCO ground truth and results, so that
// `mrcnn eval --dataset` feeds the same evaluators (matterportDatasetMap, COCOeval) as COCO
// files do, and can write the detections as a results file (coco/coco_writer.h).
//
// Ground truth is what the original's training and evaluation code sees of the dataset
// (load_mask): one annotation per instance, its mask as RLE, bbox and area from that RLE (not
// a COCO file's polygon bbox and area, so COCO bbox numbers can differ slightly from an
// evaluation against the annotation file); a negative class id is a crowd (iscrowd, positive
// id). Results are as build_coco_results: bbox [x1, y1, x2 - x1, y2 - y1] from the rois, the
// score, the mask's RLE and area w * h, exactly what parseResults gives for the written file.
// Without a mask head the box stands for the mask, as COCO.loadRes does.
//
// Ids: a COCO dataset keeps its image and category ids, so the results file matches its
// annotation file; other datasets use image index + 1 and the internal class ids.

#include <cstdint>
#include <vector>

#include "coco/coco_dataset.h"
#include "data/dataset.h"
#include "inspection/inspection.h"

namespace mrcnn::metrics {

class DatasetEvalBuilder {
public:
    // The dataset must outlive the builder. Categories are all the dataset's classes but BG.
    explicit DatasetEvalBuilder(const Dataset& dataset);

    // Adds dataset image `index`, its ground truth from loadMask and the detections made on
    // it (original pixels, masks [height, width, n] or undefined). Throws std::invalid_argument
    // for an image added twice or a detection class that is not a dataset class, DatasetError
    // when the dataset's masks do not have the image's size.
    void addImage(int64_t index, int64_t height, int64_t width, const Detections& detections);

    bool sourceIds() const { return m_sourceIds; }
    int64_t imageId(int64_t index) const;
    int64_t categoryId(int64_t classId) const;

    const coco::CocoDataset& groundTruth() const { return m_gt; }
    const std::vector<coco::CocoAnnotation>& results() const { return m_results; }
    // False once an image's detections came without masks: the results file then has no
    // segmentation (a results file takes its form from the first record).
    bool resultsHaveMasks() const { return m_resultsHaveMasks; }

private:
    const Dataset& m_dataset;
    bool m_sourceIds = false;
    coco::CocoDataset m_gt;
    std::vector<coco::CocoAnnotation> m_results;
    bool m_resultsHaveMasks = true;
};

}  // namespace mrcnn::metrics
