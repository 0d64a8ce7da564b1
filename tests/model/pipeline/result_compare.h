#pragma once
// detect()'s results (rois, class_ids, scores, masks) against a reference run, result by
// result through the detection rows they came from.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <map>
#include <set>
#include <string>

#include "inspection/inspection.h"
#include "model/pipeline/run_compare.h"
#include "model/pipeline/stage_inputs.h"

namespace mrcnn::test {

// Each result of a detection row with a partner in the reference (detectionRows) and not at a
// mask crop tie against its partner's result. Unmolding is re-run on both runs' rows to learn
// which row each result came from (it drops zero-area boxes); on the reference's rows it must
// give the reference's results exactly. Returns the results without a partner.
inline int64_t checkResultsAgainstReference(const Inspection& rec,
                                            const std::map<std::string, torch::Tensor>& ref,
                                            const RowMap& detectionRows,
                                            const std::set<int64_t>& maskTies) {
    SCOPED_TRACE("unmolded results");
    const auto mine = runUnmold(rec, rec.tensor("detections")[0], rec.tensor("mrcnn_mask")[0]);
    const auto theirs = runUnmold(rec, ref.at("detections")[0], ref.at("mrcnn_mask")[0]);
    EXPECT_TRUE(torch::equal(theirs.rois, ref.at("rois").to(torch::kInt32)));
    EXPECT_TRUE(torch::equal(theirs.classIds, ref.at("class_ids").to(torch::kInt32)));
    EXPECT_TRUE(torch::equal(theirs.masks, ref.at("masks").to(torch::kBool)));
    std::map<int64_t, int64_t> refResultOfRow;
    for (int64_t i = 0; i < theirs.keptRows.size(0); ++i)
        refResultOfRow[theirs.keptRows[i].item<int64_t>()] = i;
    RowMap results(static_cast<size_t>(mine.keptRows.size(0)), -1);
    int64_t unmatched = 0;
    for (int64_t i = 0; i < mine.keptRows.size(0); ++i) {
        const int64_t d = mine.keptRows[i].item<int64_t>();
        auto it = refResultOfRow.find(detectionRows[d]);
        if (!maskTies.count(d) && it != refResultOfRow.end())
            results[i] = it->second;
        else
            ++unmatched;
    }
    expectRowsMatch(rec, ref, "rois", 0, results);
    expectRowsMatch(rec, ref, "class_ids", 0, results);
    expectRowsMatch(rec, ref, "scores", 1e-5, results);
    int64_t maskMismatches = 0;
    const auto& masks = rec.tensor("masks");
    for (size_t i = 0; i < results.size(); ++i)
        if (results[i] >= 0)
            maskMismatches += masks.select(2, static_cast<int64_t>(i))
                                  .ne(ref.at("masks").select(2, results[i]))
                                  .sum()
                                  .item<int64_t>();
    EXPECT_EQ(maskMismatches, 0) << "mask pixels";
    return unmatched;
}

}  // namespace mrcnn::test
