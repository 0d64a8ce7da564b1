#include "coco/tide_errors.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

#include "coco/tide_ap.h"

namespace mrcnn::coco {

namespace {

using tide::ClassedAp;
using tide::DataPoint;

using Anns = std::vector<const CocoAnnotation*>;

enum class Use { No, Yes, Ignored };

// TIDE's BestGTMatch state of a GT: claimed while free by a Cls/Loc error, and which
// claiming detection scored highest (the only one whose fix becomes a true positive).
struct GtClaim {
    bool claimed = false;
    double bestScore = -1;
    int64_t bestId = -1;
};

struct Record {
    TideError error;
    double score = 0;
    int64_t originalClass = 0;
    std::optional<DataPoint> original;  // its false positive; none when ignored, or a Miss
    int64_t fixClass = 0;               // Cls/Loc: where the fixed true positive goes; Miss: GT
    std::optional<size_t> claim;        // Cls/Loc aimed at a free GT: that GT's claim slot
};

std::vector<double> iouMatrix(const Anns& d, const Anns& g, IouType type, bool crowd,
                              const MaskOverlaps* overlaps) {
    const std::vector<uint8_t> flags(g.size(), crowd ? 1 : 0);
    if (type == IouType::Bbox) {
        std::vector<std::array<double, 4>> db, gb;
        for (const auto* a : d)
            db.push_back(a->bbox);
        for (const auto* a : g)
            gb.push_back(a->bbox);
        return bboxIou(db, gb, flags);
    }
    std::vector<const Rle*> dr, gr;
    for (const auto* list : {&d, &g})
        for (const auto* a : *list)
            if (!a->hasSegmentation)
                throw CocoError("TIDE segm errors: annotation " + std::to_string(a->id) +
                                " of image " + std::to_string(a->imageId) + " has no segmentation");
    if (overlaps)
        return overlaps->iou(d, g, flags);
    for (const auto* a : d)
        dr.push_back(&a->segmentation);
    for (const auto* a : g)
        gr.push_back(&a->segmentation);
    return iou(dr, gr, flags);
}

// np.argmax: the first maximum.
size_t argmaxFirst(const std::vector<double>& v) {
    return size_t(std::max_element(v.begin(), v.end()) - v.begin());
}

class Run {
public:
    Run(const TideParams& params, IouType type, const MaskOverlaps* overlaps)
        : m_p(params), m_type(type), m_overlaps(overlaps) {}

    void addImage(int64_t imageId, const Anns& annotations, Anns dets);
    // TIDE's fix_errors: the mAP with the errors of the types `fix` selects fixed.
    double fixedMap(const std::function<bool(TideType)>& fix, bool perfectScores,
                    bool dropFalseNegatives) const;

    ClassedAp base;
    std::vector<Record> records;
    std::vector<TideMatch> matches;

private:
    void classify(Record& r, const CocoAnnotation& det, const Anns& g,
                  const std::vector<double>& row, const std::vector<uint8_t>& taken,
                  size_t claimBase);

    TideParams m_p;
    IouType m_type;
    const MaskOverlaps* m_overlaps;
    std::vector<GtClaim> m_claims;
    std::map<int64_t, int64_t> m_falseNegatives;  // by class: unmatched non-crowd GT
};

void Run::addImage(int64_t imageId, const Anns& annotations, Anns dets) {
    Anns g, crowd;
    for (const auto* a : annotations)
        (a->iscrowd ? crowd : g).push_back(a);
    for (const auto* a : g)
        base.addGtPositives(a->categoryId, 1);
    const size_t claimBase = m_claims.size();
    m_claims.resize(claimBase + g.size());
    auto missed = [&](size_t j) {
        Record r;
        r.error = {TideType::Miss, imageId, 0, g[j]->id};
        r.fixClass = g[j]->categoryId;
        records.push_back(r);
    };
    if (dets.empty()) {
        for (size_t j = 0; j < g.size(); ++j) {
            m_falseNegatives[g[j]->categoryId] += 1;
            missed(j);
        }
        return;
    }
    std::stable_sort(dets.begin(), dets.end(),
                     [](const auto* a, const auto* b) { return a->score > b->score; });
    if (dets.size() > m_p.maxDets)
        dets.resize(m_p.maxDets);
    const size_t D = dets.size(), G = g.size();
    const std::vector<double> iou = iouMatrix(dets, g, m_type, false, m_overlaps);
    std::vector<Use> use(D, Use::No);
    std::vector<double> matchIou(D, 0);
    std::vector<int64_t> matchGt(D, 0);
    std::vector<uint8_t> taken(G, 0);
    // Greedy matching by score on same-class IoU; a taken GT's column drops to 0.
    std::vector<double> buffer(D * G);
    for (size_t d = 0; d < D; ++d)
        for (size_t j = 0; j < G; ++j)
            buffer[d * G + j] = dets[d]->categoryId == g[j]->categoryId ? iou[d * G + j] : 0;
    for (size_t d = 0; d < D && G > 0; ++d) {
        const std::vector<double> row(buffer.begin() + long(d * G),
                                      buffer.begin() + long(d * G + G));
        const size_t j = argmaxFirst(row);
        if (row[j] >= m_p.foregroundIou) {
            use[d] = Use::Yes;
            matchIou[d] = row[j];
            matchGt[d] = g[j]->id;
            taken[j] = 1;
            for (size_t e = 0; e < D; ++e)
                buffer[e * G + j] = 0;
        }
    }
    for (const auto* region : crowd) {
        const std::vector<double> ci = iouMatrix(dets, {region}, m_type, true, m_overlaps);
        for (size_t d = 0; d < D; ++d)
            if (use[d] == Use::No && ci[d] > m_p.foregroundIou &&
                region->categoryId == dets[d]->categoryId)
                use[d] = Use::Ignored;
    }
    for (size_t d = 0; d < D; ++d) {
        const CocoAnnotation& det = *dets[d];
        if (use[d] != Use::Ignored)
            base.push(det.categoryId, {det.id, det.score, use[d] == Use::Yes});
        if (use[d] == Use::Yes) {
            matches.push_back({imageId, det.id, matchGt[d], matchIou[d]});
            continue;
        }
        Record r;
        r.error = {TideType::Bkg, imageId, det.id, 0};
        r.error.ignored = use[d] == Use::Ignored;
        r.score = det.score;
        r.originalClass = det.categoryId;
        if (use[d] == Use::No)
            r.original = DataPoint{det.id, det.score, false};
        if (G > 0)
            classify(r, det, g,
                     std::vector<double>(iou.begin() + long(d * G), iou.begin() + long(d * G + G)),
                     taken, claimBase);
        records.push_back(r);
    }
    for (size_t j = 0; j < G; ++j)
        if (!taken[j]) {
            m_falseNegatives[g[j]->categoryId] += 1;
            if (!m_claims[claimBase + j].claimed)
                missed(j);
        }
}

void Run::classify(Record& r, const CocoAnnotation& det, const Anns& g,
                   const std::vector<double>& row, const std::vector<uint8_t>& taken,
                   size_t claimBase) {
    const size_t G = g.size();
    // The row restricted to GT that pass `keep` (others 0), and its first maximum.
    auto best = [&](auto keep) {
        std::vector<double> v(G);
        for (size_t j = 0; j < G; ++j)
            v[j] = keep(j) ? row[j] : 0;
        const size_t j = argmaxFirst(v);
        return std::pair{j, v[j]};
    };
    auto same = [&](size_t j) { return g[j]->categoryId == det.categoryId; };
    auto aimAt = [&](TideType type, size_t j, int64_t fixClass) {
        r.error.type = type;
        r.error.gtId = g[j]->id;
        r.error.iou = row[j];
        r.fixClass = fixClass;
        if (taken[j])
            return;  // a taken GT: the fix only drops the false positive
        GtClaim& c = m_claims[claimBase + j];
        c.claimed = true;
        if (c.bestScore < det.score) {
            c.bestScore = det.score;
            c.bestId = det.id;
        }
        r.claim = claimBase + j;
    };
    const double tf = m_p.foregroundIou, tb = m_p.backgroundIou;
    if (const auto [j, v] = best(same); tb <= v && v <= tf)
        return aimAt(TideType::Loc, j, det.categoryId);
    if (const auto [j, v] = best([&](size_t k) { return !same(k); }); v >= tf)
        return aimAt(TideType::Cls, j, g[j]->categoryId);
    if (const auto [j, v] = best([&](size_t k) { return same(k) && taken[k]; }); v >= tf) {
        r.error.type = TideType::Dupe;
        r.error.gtId = g[j]->id;
        r.error.iou = v;
        return;
    }
    const auto [j, v] = best([](size_t) { return true; });
    r.error.type = v <= tb ? TideType::Bkg : TideType::Both;
    r.error.iou = v;
}

double Run::fixedMap(const std::function<bool(TideType)>& fix, bool perfectScores,
                     bool dropFalseNegatives) const {
    auto gtPositives = base.gtPositives();
    auto scored = [&](DataPoint p) {
        if (perfectScores)
            p.score = p.truePositive ? 1 : 0;
        return p;
    };
    ClassedAp out;
    for (const Record& r : records) {
        std::optional<std::pair<int64_t, DataPoint>> point;
        if (r.original)
            point = {r.originalClass, *r.original};
        if (fix(r.error.type)) {
            point.reset();
            if (r.error.type == TideType::Miss) {
                for (auto& [cls, n] : gtPositives)
                    n -= cls == r.fixClass ? 1 : 0;
            } else if (r.claim && m_claims[*r.claim].bestId == r.error.detectionId) {
                point = {r.fixClass, DataPoint{r.error.detectionId, r.score, true}};
            }
        }
        if (point)
            out.push(point->first, scored(point->second));
    }
    for (const auto& [cls, n] : gtPositives)
        for (const DataPoint& p : base.points(cls))
            if (p.truePositive)
                out.push(cls, scored(p));
    for (auto [cls, n] : gtPositives) {
        if (dropFalseNegatives)
            if (const auto it = m_falseNegatives.find(cls); it != m_falseNegatives.end())
                n -= it->second;
        out.addGtPositives(cls, n);
    }
    return out.mAP();
}

}  // namespace

TideResult tideErrors(const CocoDataset& gt, const std::vector<CocoAnnotation>& dt, IouType type,
                      const TideParams& params) {
    std::map<int64_t, Anns> gtBy, dtBy;
    for (const auto& a : gt.annotations)
        gtBy[a.imageId].push_back(&a);
    for (const auto& d : dt)
        if (scoreKept(d.score, params.minScore))
            dtBy[d.imageId].push_back(&d);
    Run run(
        params, type,
        params.maskOverlaps && params.maskOverlaps->covers(gt, dt) ? params.maskOverlaps : nullptr);
    for (const CocoImage& im : gt.images)
        run.addImage(im.id, gtBy[im.id], dtBy[im.id]);

    TideResult r;
    r.ap = run.base.mAP();
    for (size_t t = 0; t < r.mainDelta.size(); ++t) {
        const double fixed = run.fixedMap([&](TideType e) { return size_t(e) == t; }, false, false);
        r.mainDelta[t] = std::max(fixed - r.ap, 0.0);  // TIDE: a negative ΔAP is binning noise
    }
    auto none = [](TideType) { return false; };
    r.falsePos = run.fixedMap(none, true, false) - r.ap;
    r.falseNeg = run.fixedMap(none, false, true) - r.ap;
    for (const Record& rec : run.records) {
        r.counts[size_t(rec.error.type)] += 1;
        r.errors.push_back(rec.error);
    }
    r.truePositives = std::move(run.matches);
    return r;
}

}  // namespace mrcnn::coco
