#include "coco/coco_eval.h"

#include <algorithm>
#include <cfloat>
#include <map>
#include <numeric>
#include <optional>
#include <set>

namespace mrcnn::coco {

namespace {

// evaluateImg's output for one (image, category, area range).
// [T][D] arrays are flat (row t at t·D): a dataset has tens of thousands of these.
struct ImageEval {
    std::vector<double> dtScores;  // D, score order
    std::vector<int64_t> dtm;      // [T][D] matched GT id or 0
    std::vector<uint8_t> dtIg;     // [T][D]
    std::vector<uint8_t> gtIg;     // G, after sorting non-ignored first
};

// np.argsort(keys, kind='mergesort'): stable ascending.
template <typename Key>
std::vector<size_t> stableArgsort(const std::vector<Key>& keys) {
    std::vector<size_t> idx(keys.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
    return idx;
}

std::vector<int64_t> uniqueSorted(std::vector<int64_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

struct Cell {
    std::vector<const CocoAnnotation*> gt, dt;  // dt sorted by score, cut to maxDets[-1]
    std::vector<double> ious;                   // [D, G] row-major
};

void computeIous(Cell& c, IouType type) {
    if (c.gt.empty() && c.dt.empty())
        return;
    std::vector<uint8_t> crowd;
    for (const auto* g : c.gt)
        crowd.push_back(g->iscrowd ? 1 : 0);
    if (type == IouType::Bbox) {
        std::vector<std::array<double, 4>> d, g;
        for (const auto* a : c.dt)
            d.push_back(a->bbox);
        for (const auto* a : c.gt)
            g.push_back(a->bbox);
        c.ious = bboxIou(d, g, crowd);
    } else {
        std::vector<const Rle*> d, g;
        for (const auto* a : c.dt)
            d.push_back(&a->segmentation);
        for (const auto* a : c.gt)
            g.push_back(&a->segmentation);
        c.ious = iou(d, g, crowd);
    }
}

std::optional<ImageEval> evaluateImg(const Cell& c, const std::array<double, 2>& rng, size_t maxDet,
                                     const std::vector<double>& iouThrs) {
    if (c.gt.empty() && c.dt.empty())
        return std::nullopt;
    const size_t G = c.gt.size(), nD = c.dt.size();
    std::vector<uint8_t> ignore(G);
    for (size_t g = 0; g < G; ++g) {
        const auto* a = c.gt[g];
        ignore[g] = (a->iscrowd || a->area < rng[0] || a->area > rng[1]) ? 1 : 0;
    }
    const std::vector<size_t> gtind = stableArgsort(ignore);
    const size_t D = std::min(nD, maxDet);  // dt is already in score order
    ImageEval e;
    e.gtIg.resize(G);
    std::vector<uint8_t> crowd(G);
    for (size_t g = 0; g < G; ++g) {
        e.gtIg[g] = ignore[gtind[g]];
        crowd[g] = c.gt[gtind[g]]->iscrowd ? 1 : 0;
    }
    const size_t T = iouThrs.size();
    e.dtm.assign(T * D, 0);
    e.dtIg.assign(T * D, 0);
    e.dtScores.reserve(D);
    for (size_t d = 0; d < D; ++d)
        e.dtScores.push_back(c.dt[d]->score);
    if (!c.ious.empty()) {
        std::vector<int64_t> gtm(G);
        for (size_t t = 0; t < T; ++t) {
            std::fill(gtm.begin(), gtm.end(), 0);
            for (size_t d = 0; d < D; ++d) {
                double best = std::min(iouThrs[t], 1 - 1e-10);
                int64_t m = -1;
                for (size_t g = 0; g < G; ++g) {
                    if (gtm[g] > 0 && !crowd[g])
                        continue;
                    // Once matched to a real GT, never move on to an ignored one.
                    if (m > -1 && e.gtIg[size_t(m)] == 0 && e.gtIg[g] == 1)
                        break;
                    const double v = c.ious[d * G + gtind[g]];
                    if (v < best)
                        continue;
                    best = v;
                    m = int64_t(g);
                }
                if (m == -1)
                    continue;
                e.dtIg[t * D + d] = e.gtIg[size_t(m)];
                e.dtm[t * D + d] = c.gt[gtind[size_t(m)]]->id;
                gtm[size_t(m)] = c.dt[d]->id;
            }
        }
    }
    for (size_t d = 0; d < D; ++d) {
        const double a = c.dt[d]->area;
        const bool out = a < rng[0] || a > rng[1];
        for (size_t t = 0; t < T; ++t)
            if (e.dtm[t * D + d] == 0 && out)
                e.dtIg[t * D + d] = 1;
    }
    return e;
}

}  // namespace

std::string iouTypeName(IouType type) {
    return type == IouType::Bbox ? "bbox" : "segm";
}

std::vector<double> numpyLinspace(double start, double stop, int64_t num) {
    std::vector<double> y;
    if (num <= 0)
        return y;
    const int64_t div = num - 1;
    const double step = div > 0 ? (stop - start) / double(div) : 0;
    for (int64_t i = 0; i < num; ++i)
        y.push_back(double(i) * step + start);
    if (num > 1)
        y.back() = stop;
    return y;
}

EvalResult evaluate(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt, IouType type,
                    EvalParams p) {
    p.imgIds = uniqueSorted(p.imgIds.empty() ? gt.imageIds() : p.imgIds);
    p.catIds = uniqueSorted(p.catIds.empty() ? gt.categoryIds() : p.catIds);
    if (p.iouThrs.empty())
        p.iouThrs = numpyLinspace(.5, 0.95, 10);
    if (p.recThrs.empty())
        p.recThrs = numpyLinspace(.0, 1.00, 101);
    if (p.maxDets.empty())
        throw CocoError("COCOeval: maxDets must not be empty");
    const size_t maxDetAll = size_t(*std::max_element(p.maxDets.begin(), p.maxDets.end()));

    // _prepare: group by (image, category) in annotation order.
    std::map<int64_t, size_t> imgPos, catPos;
    for (size_t i = 0; i < p.imgIds.size(); ++i)
        imgPos[p.imgIds[i]] = i;
    for (size_t k = 0; k < p.catIds.size(); ++k)
        catPos[p.catIds[k]] = k;
    const size_t I = p.imgIds.size(), K = p.catIds.size();
    std::vector<Cell> cells(I * K);
    auto cellOf = [&](const CocoAnnotation& a) -> Cell* {
        const auto i = imgPos.find(a.imageId);
        const auto k = catPos.find(a.categoryId);
        if (i == imgPos.end() || k == catPos.end())
            return nullptr;
        return &cells[k->second * I + i->second];
    };
    for (const auto& a : gt.annotations)
        if (Cell* c = cellOf(a))
            c->gt.push_back(&a);
    for (const auto& a : dt)
        if (scoreKept(a.score, p.minScore))
            if (Cell* c = cellOf(a))
                c->dt.push_back(&a);
    for (auto& c : cells) {
        if (type == IouType::Segm) {
            for (const auto* list : {&c.gt, &c.dt})
                for (const auto* a : *list)
                    if (!a->hasSegmentation)
                        throw CocoError("segm evaluation: annotation " + std::to_string(a->id) +
                                        " of image " + std::to_string(a->imageId) +
                                        " has no segmentation");
        }
        std::vector<double> neg;
        for (const auto* d : c.dt)
            neg.push_back(-d->score);
        const auto order = stableArgsort(neg);
        std::vector<const CocoAnnotation*> sorted;
        for (size_t j = 0; j < std::min(order.size(), maxDetAll); ++j)
            sorted.push_back(c.dt[order[j]]);
        c.dt = std::move(sorted);
        computeIous(c, type);
    }

    EvalResult r;
    r.iouType = type;
    r.T = int64_t(p.iouThrs.size());
    r.R = int64_t(p.recThrs.size());
    r.K = int64_t(K);
    r.A = int64_t(p.areaRng.size());
    r.M = int64_t(p.maxDets.size());
    r.precision.assign(size_t(r.T * r.R * r.K * r.A * r.M), -1.0);
    r.scores.assign(r.precision.size(), -1.0);
    r.recall.assign(size_t(r.T * r.K * r.A * r.M), -1.0);

    for (size_t k = 0; k < K; ++k) {
        for (size_t a = 0; a < size_t(r.A); ++a) {
            std::vector<ImageEval> evals;
            for (size_t i = 0; i < I; ++i)
                if (auto e = evaluateImg(cells[k * I + i], p.areaRng[a], maxDetAll, p.iouThrs))
                    evals.push_back(std::move(*e));
            if (evals.empty())
                continue;
            int64_t npig = 0;
            for (const auto& e : evals)
                for (uint8_t g : e.gtIg)
                    npig += g == 0;
            for (size_t m = 0; m < size_t(r.M); ++m) {
                const auto maxDet = size_t(p.maxDets[m]);
                std::vector<double> negScores, sc;
                std::vector<std::pair<size_t, size_t>> src;  // (eval, detection)
                for (size_t e = 0; e < evals.size(); ++e)
                    for (size_t d = 0; d < std::min(maxDet, evals[e].dtScores.size()); ++d) {
                        negScores.push_back(-evals[e].dtScores[d]);
                        src.emplace_back(e, d);
                    }
                if (npig == 0)
                    continue;
                const auto inds = stableArgsort(negScores);
                const size_t nd = inds.size();
                std::vector<double> rc(nd), pr(nd), ss(nd);  // reused for every threshold
                for (size_t t = 0; t < size_t(r.T); ++t) {
                    double tp = 0, fp = 0;
                    for (size_t j = 0; j < nd; ++j) {
                        const auto [e, d] = src[inds[j]];
                        const size_t at = t * evals[e].dtScores.size() + d;
                        const bool matched = evals[e].dtm[at] != 0;
                        const bool ig = evals[e].dtIg[at] != 0;
                        if (matched && !ig)
                            tp += 1;
                        if (!matched && !ig)
                            fp += 1;
                        rc[j] = tp / double(npig);
                        pr[j] = tp / (fp + tp + DBL_EPSILON);
                        ss[j] = -negScores[inds[j]];
                    }
                    r.recall[size_t(((int64_t(t) * r.K + int64_t(k)) * r.A + int64_t(a)) * r.M +
                                    int64_t(m))] = nd ? rc[nd - 1] : 0;
                    for (size_t j = nd; j-- > 1;)
                        if (pr[j] > pr[j - 1])
                            pr[j - 1] = pr[j];
                    for (size_t ri = 0; ri < size_t(r.R); ++ri) {
                        const size_t pi = size_t(
                            std::lower_bound(rc.begin(), rc.end(), p.recThrs[ri]) - rc.begin());
                        // pycocotools stops at the first threshold beyond the last detection.
                        const bool have = pi < nd;
                        const size_t at =
                            size_t((((int64_t(t) * r.R + int64_t(ri)) * r.K + int64_t(k)) * r.A +
                                    int64_t(a)) *
                                       r.M +
                                   int64_t(m));
                        r.precision[at] = have ? pr[pi] : 0;
                        r.scores[at] = have ? ss[pi] : 0;
                    }
                }
            }
        }
    }
    r.params = std::move(p);
    return r;
}

}  // namespace mrcnn::coco
