#include "coco/coco_eval.h"

#include <algorithm>
#include <cfloat>
#include <map>
#include <numeric>
#include <optional>
#include <set>

namespace mrcnn::coco {

namespace {

// np.argsort(keys, kind='mergesort'): stable ascending, NaN last as numpy sorts it.
template <typename Key>
void stableArgsort(const std::vector<Key>& keys, std::vector<uint32_t>& idx) {
    idx.resize(keys.size());
    std::iota(idx.begin(), idx.end(), 0u);
    std::stable_sort(idx.begin(), idx.end(), [&](uint32_t a, uint32_t b) {
        const Key x = keys[a], y = keys[b];
        return x < y || (x == x && y != y);
    });
}

std::vector<int64_t> uniqueSorted(std::vector<int64_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

// _prepare's (image, category) groups, cell = k · I + i, stored flat (a dataset has tens of
// thousands of them): the GT in annotation order, the detections in score order (stable) cut
// to maxDets[-1], and their IoU matrix [D, G].
struct Cells {
    std::vector<uint32_t> gtStart, dtStart;  // cells + 1 offsets
    std::vector<const CocoAnnotation*> gt, dt;
    std::vector<size_t> iouStart;  // cells + 1 offsets into ious
    std::vector<double> ious;

    size_t gtCount(size_t c) const { return gtStart[c + 1] - gtStart[c]; }
    size_t dtCount(size_t c) const { return dtStart[c + 1] - dtStart[c]; }
};

void computeIous(Cells& cells, IouType type, const MaskOverlaps* overlaps) {
    const size_t n = cells.gtStart.size() - 1;
    cells.iouStart.assign(n + 1, 0);
    for (size_t c = 0; c < n; ++c)
        cells.iouStart[c + 1] = cells.iouStart[c] + cells.dtCount(c) * cells.gtCount(c);
    cells.ious.resize(cells.iouStart[n]);
    std::vector<uint8_t> crowd;
    std::vector<std::array<double, 4>> db, gb;
    std::vector<const Rle*> dr, gr;
    for (size_t c = 0; c < n; ++c) {
        const size_t D = cells.dtCount(c), G = cells.gtCount(c);
        if (D == 0 || G == 0)
            continue;
        const auto* const* gt = cells.gt.data() + cells.gtStart[c];
        const auto* const* dt = cells.dt.data() + cells.dtStart[c];
        crowd.clear();
        for (size_t g = 0; g < G; ++g)
            crowd.push_back(gt[g]->iscrowd ? 1 : 0);
        std::vector<double> o;
        if (type == IouType::Bbox) {
            db.clear();
            gb.clear();
            for (size_t d = 0; d < D; ++d)
                db.push_back(dt[d]->bbox);
            for (size_t g = 0; g < G; ++g)
                gb.push_back(gt[g]->bbox);
            o = bboxIou(db, gb, crowd);
        } else if (overlaps) {
            o = overlaps->iou(std::vector<const CocoAnnotation*>(dt, dt + D),
                              std::vector<const CocoAnnotation*>(gt, gt + G), crowd);
        } else {
            dr.clear();
            gr.clear();
            for (size_t d = 0; d < D; ++d)
                dr.push_back(&dt[d]->segmentation);
            for (size_t g = 0; g < G; ++g)
                gr.push_back(&gt[g]->segmentation);
            o = iou(dr, gr, crowd);
        }
        std::copy(o.begin(), o.end(), cells.ious.begin() + std::ptrdiff_t(cells.iouStart[c]));
    }
}

// evaluateImg for one (image, category, area range), its verdicts written straight into the
// category's accumulation table: code[t · N + at[d]] is 1 for a true positive, 2 for a false
// positive and 0 for an ignored detection; returns the number of GT not ignored. Scratch
// buffers are the caller's (this runs once per cell and area range).
struct MatchScratch {
    std::vector<uint8_t> ignore, gtIg, crowd;
    std::vector<uint32_t> gtind;
    std::vector<uint8_t> gtMatched;
    std::vector<int64_t> dtm;
    std::vector<uint8_t> dtIg;
};

int64_t evaluateImg(const Cells& cells, size_t c, const std::array<double, 2>& rng,
                    const std::vector<double>& iouThrs, const uint32_t* at, size_t N, uint8_t* code,
                    MatchScratch& s) {
    const size_t G = cells.gtCount(c), D = cells.dtCount(c);
    const auto* const* gt = cells.gt.data() + cells.gtStart[c];
    const auto* const* dt = cells.dt.data() + cells.dtStart[c];
    const double* ious = cells.ious.data() + cells.iouStart[c];
    s.ignore.resize(G);
    for (size_t g = 0; g < G; ++g) {
        const auto* a = gt[g];
        s.ignore[g] = (a->iscrowd || a->area < rng[0] || a->area > rng[1]) ? 1 : 0;
    }
    stableArgsort(s.ignore, s.gtind);
    s.gtIg.resize(G);
    s.crowd.resize(G);
    int64_t npig = 0;
    for (size_t g = 0; g < G; ++g) {
        s.gtIg[g] = s.ignore[s.gtind[g]];
        s.crowd[g] = gt[s.gtind[g]]->iscrowd ? 1 : 0;
        npig += s.gtIg[g] == 0;
    }
    const size_t T = iouThrs.size();
    s.dtm.assign(T * D, 0);
    s.dtIg.assign(T * D, 0);
    if (G > 0 && D > 0) {
        s.gtMatched.resize(G);
        for (size_t t = 0; t < T; ++t) {
            std::fill(s.gtMatched.begin(), s.gtMatched.end(), 0);
            for (size_t d = 0; d < D; ++d) {
                double best = std::min(iouThrs[t], 1 - 1e-10);
                int64_t m = -1;
                for (size_t g = 0; g < G; ++g) {
                    if (s.gtMatched[g] && !s.crowd[g])
                        continue;
                    // Once matched to a real GT, never move on to an ignored one.
                    if (m > -1 && s.gtIg[size_t(m)] == 0 && s.gtIg[g] == 1)
                        break;
                    const double v = ious[d * G + s.gtind[g]];
                    if (v < best)
                        continue;
                    best = v;
                    m = int64_t(g);
                }
                if (m == -1)
                    continue;
                s.dtIg[t * D + d] = s.gtIg[size_t(m)];
                // pycocotools keeps the GT's id, and an id of 0 reads as "not matched".
                s.dtm[t * D + d] = gt[s.gtind[size_t(m)]]->id;
                s.gtMatched[size_t(m)] = 1;  // detection ids are ≥ 1 after loadRes
            }
        }
    }
    for (size_t d = 0; d < D; ++d) {
        const double a = dt[d]->area;
        const bool out = a < rng[0] || a > rng[1];
        for (size_t t = 0; t < T; ++t) {
            const size_t i = t * D + d;
            const bool matched = s.dtm[i] != 0;
            const bool ig = s.dtIg[i] != 0 || (!matched && out);
            code[t * N + at[d]] = ig ? 0 : matched ? 1 : 2;
        }
    }
    return npig;
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

    // _prepare: group by (image, category); GT in annotation order, detections by score.
    std::map<int64_t, size_t> imgPos, catPos;
    for (size_t i = 0; i < p.imgIds.size(); ++i)
        imgPos[p.imgIds[i]] = i;
    for (size_t k = 0; k < p.catIds.size(); ++k)
        catPos[p.catIds[k]] = k;
    const size_t I = p.imgIds.size(), K = p.catIds.size(), nCells = I * K;
    constexpr size_t kNone = SIZE_MAX;
    auto cellOf = [&](const CocoAnnotation& a) -> size_t {
        const auto i = imgPos.find(a.imageId);
        const auto k = catPos.find(a.categoryId);
        if (i == imgPos.end() || k == catPos.end())
            return kNone;
        return k->second * I + i->second;
    };
    auto checkSegm = [&](const CocoAnnotation& a) {
        if (type == IouType::Segm && !a.hasSegmentation)
            throw CocoError("segm evaluation: annotation " + std::to_string(a.id) + " of image " +
                            std::to_string(a.imageId) + " has no segmentation");
    };
    Cells cells;
    cells.gtStart.assign(nCells + 1, 0);
    cells.dtStart.assign(nCells + 1, 0);
    std::vector<size_t> gtCell;
    gtCell.reserve(gt.annotations.size());
    for (const auto& a : gt.annotations) {
        gtCell.push_back(cellOf(a));
        if (gtCell.back() != kNone) {
            checkSegm(a);
            ++cells.gtStart[gtCell.back() + 1];
        }
    }
    // One stable sort by score puts every cell's detections in the order a per-cell stable
    // sort of its annotation-order list gives.
    // The annotations are read in their order (they are large; in score order every read
    // would miss the cache).
    std::vector<double> negScores;
    std::vector<uint32_t> dtIndex;
    std::vector<size_t> keptCell;
    for (uint32_t j = 0; j < dt.size(); ++j)
        if (scoreKept(dt[j].score, p.minScore)) {
            negScores.push_back(-dt[j].score);
            dtIndex.push_back(j);
            keptCell.push_back(cellOf(dt[j]));
            if (keptCell.back() != kNone)
                checkSegm(dt[j]);
        }
    std::vector<uint32_t> order;
    stableArgsort(negScores, order);
    std::vector<size_t> dtCell(order.size());
    for (size_t j = 0; j < order.size(); ++j) {
        const size_t c = keptCell[order[j]];
        dtCell[j] = c != kNone && cells.dtStart[c + 1] < maxDetAll ? c : kNone;
        if (dtCell[j] != kNone)
            ++cells.dtStart[c + 1];
    }
    for (size_t c = 0; c < nCells; ++c) {
        cells.gtStart[c + 1] += cells.gtStart[c];
        cells.dtStart[c + 1] += cells.dtStart[c];
    }
    cells.gt.resize(cells.gtStart[nCells]);
    cells.dt.resize(cells.dtStart[nCells]);
    {
        std::vector<uint32_t> fill(cells.gtStart.begin(), cells.gtStart.end() - 1);
        for (size_t j = 0; j < gt.annotations.size(); ++j)
            if (gtCell[j] != kNone)
                cells.gt[fill[gtCell[j]]++] = &gt.annotations[j];
        fill.assign(cells.dtStart.begin(), cells.dtStart.end() - 1);
        for (size_t j = 0; j < order.size(); ++j)
            if (dtCell[j] != kNone)
                cells.dt[fill[dtCell[j]]++] = &dt[dtIndex[order[j]]];
    }
    const MaskOverlaps* overlaps =
        p.maskOverlaps && p.maskOverlaps->covers(gt, dt) ? p.maskOverlaps : nullptr;
    computeIous(cells, type, overlaps);

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

    // accumulate, one category at a time. Its detections over all images (those of images with
    // neither GT nor detections are None in pycocotools and add nothing) are sorted by score
    // once: cut to maxDet per image, the order is the same subsequence, and the area range
    // changes only the verdicts.
    const size_t T = size_t(r.T);
    MatchScratch scratch;
    std::vector<double> catNegScores;
    std::vector<uint32_t> catOrder, rank, localIndex, at;
    std::vector<uint8_t> code;
    std::vector<double> rc, pr, ss;
    for (size_t k = 0; k < K; ++k) {
        catNegScores.clear();
        localIndex.clear();
        for (size_t i = 0; i < I; ++i) {
            const size_t c = k * I + i;
            for (size_t d = 0; d < cells.dtCount(c); ++d) {
                catNegScores.push_back(-cells.dt[cells.dtStart[c] + d]->score);
                localIndex.push_back(uint32_t(d));
            }
        }
        const size_t N = catNegScores.size();
        stableArgsort(catNegScores, catOrder);
        rank.resize(N);
        for (size_t j = 0; j < N; ++j)
            rank[catOrder[j]] = uint32_t(j);
        code.resize(T * N);
        for (size_t a = 0; a < size_t(r.A); ++a) {
            int64_t npig = 0;
            bool any = false;
            for (size_t i = 0, base = 0; i < I; ++i) {
                const size_t c = k * I + i;
                if (cells.gtCount(c) == 0 && cells.dtCount(c) == 0)
                    continue;
                any = true;
                npig += evaluateImg(cells, c, p.areaRng[a], p.iouThrs, rank.data() + base, N,
                                    code.data(), scratch);
                base += cells.dtCount(c);
            }
            if (!any || npig == 0)
                continue;
            for (size_t m = 0; m < size_t(r.M); ++m) {
                const auto maxDet = size_t(std::max<int64_t>(p.maxDets[m], 0));
                at.clear();  // positions in score order of the detections within maxDet
                for (size_t j = 0; j < N; ++j)
                    if (localIndex[catOrder[j]] < maxDet)
                        at.push_back(uint32_t(j));
                const size_t nd = at.size();
                rc.resize(nd);
                pr.resize(nd);
                ss.resize(nd);
                for (size_t j = 0; j < nd; ++j)
                    ss[j] = -catNegScores[catOrder[at[j]]];
                for (size_t t = 0; t < T; ++t) {
                    const uint8_t* verdict = code.data() + t * N;
                    // An ignored detection repeats the previous point (0, 0 at the start), and
                    // a false positive leaves the recall: no division is made for them.
                    double tp = 0, fp = 0, recall = 0, precision = 0;
                    for (size_t j = 0; j < nd; ++j) {
                        const uint8_t v = verdict[at[j]];
                        if (v == 1) {
                            tp += 1;
                            recall = tp / double(npig);
                            precision = tp / (fp + tp + DBL_EPSILON);
                        } else if (v == 2) {
                            fp += 1;
                            precision = tp / (fp + tp + DBL_EPSILON);
                        }
                        rc[j] = recall;
                        pr[j] = precision;
                    }
                    r.recall[size_t(((int64_t(t) * r.K + int64_t(k)) * r.A + int64_t(a)) * r.M +
                                    int64_t(m))] = nd ? rc[nd - 1] : 0;
                    for (size_t j = nd; j-- > 1;)
                        if (pr[j] > pr[j - 1])
                            pr[j - 1] = pr[j];
                    // pycocotools fills q and ss from searchsorted's indices until the first
                    // one past the last detection, and leaves the rest 0.
                    bool past = false;
                    for (size_t ri = 0; ri < size_t(r.R); ++ri) {
                        const size_t pi = size_t(
                            std::lower_bound(rc.begin(), rc.end(), p.recThrs[ri]) - rc.begin());
                        past = past || pi >= nd;
                        const size_t out =
                            size_t((((int64_t(t) * r.R + int64_t(ri)) * r.K + int64_t(k)) * r.A +
                                    int64_t(a)) *
                                       r.M +
                                   int64_t(m));
                        r.precision[out] = past ? 0 : pr[pi];
                        r.scores[out] = past ? 0 : ss[pi];
                    }
                }
            }
        }
    }
    r.params = std::move(p);
    return r;
}

}  // namespace mrcnn::coco
