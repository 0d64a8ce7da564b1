#include "inspection/detections.h"

#include <stdexcept>
#include <string>

namespace mrcnn {
namespace {

torch::Tensor vectorOf(const torch::Tensor& t, const char* name, int64_t n) {
    if (!t.defined() || t.dim() != 1 || t.size(0) != n)
        throw std::invalid_argument(std::string("Detections: ") + name +
                                    " must have one entry per box (" + std::to_string(n) +
                                    "), got " +
                                    (t.defined() ? c10::str(t.sizes()) : std::string("none")));
    return t;
}

}  // namespace

Detections::Detections()
    : m_classIds(torch::zeros({0}, torch::kInt32)),
      m_scores(torch::zeros({0}, torch::kFloat32)),
      m_rows(torch::zeros({0}, torch::kInt64)) {
    m_rois = OriginalBoxes(torch::zeros({0, 4}, torch::kInt32));
}

Detections::Detections(OriginalBoxes rois, torch::Tensor classIds, torch::Tensor scores,
                       torch::Tensor masks, torch::Tensor rows)
    : m_rois(std::move(rois)) {
    const int64_t n = m_rois.count();
    m_classIds = vectorOf(classIds, "class_ids", n);
    m_scores = vectorOf(scores, "scores", n);
    m_rows = rows.defined() ? vectorOf(rows, "rows", n).to(torch::kInt64)
                            : torch::arange(n, torch::kInt64);
    if (masks.defined() && (masks.dim() != 3 || masks.size(2) != n))
        throw std::invalid_argument("Detections: masks must be [H, W, " + std::to_string(n) +
                                    "], got " + c10::str(masks.sizes()));
    m_masks = std::move(masks);
}

int64_t Detections::row(int64_t detection) const {
    if (detection < 0 || detection >= count())
        throw std::out_of_range("Detections: no detection " + std::to_string(detection) +
                                " among " + std::to_string(count()));
    return m_rows[detection].item<int64_t>();
}

}  // namespace mrcnn
