#include "inspection/tensor_names.h"

namespace mrcnn::names {
namespace {

std::vector<std::string> strings(std::initializer_list<std::string_view> list) {
    return {list.begin(), list.end()};
}

}  // namespace

const std::vector<std::string>& featureMapNames(bool resnet101) {
    static const auto r50 = strings({kRes2cOut, kRes3cOut, kRes3dOut, kRes4fOut, kRes5cOut, kFpnP2,
                                     kFpnP3, kFpnP4, kFpnP5, kFpnP6});
    static const auto r101 = strings({kRes2cOut, kRes3cOut, kRes3dOut, kRes4wOut, kRes5cOut, kFpnP2,
                                      kFpnP3, kFpnP4, kFpnP5, kFpnP6});
    return resnet101 ? r101 : r50;
}

const std::vector<std::string>& traceNames() {
    static const auto list =
        strings({kDetClassIds, kDetClassScores, kDetRefinedRois, kDetKeep, kDetUniqueClassIds,
                 kDetNmsKeep, kDetFinalKeep, kDetWindow, kProposalRoiLevels, kDetectionRoiLevels});
    return list;
}

std::vector<std::string> allRunNames(bool resnet101) {
    auto out = strings({kInputImage, kImageMeta, kWindow, kAnchors, kAnchorsPx});
    for (const auto& n : featureMapNames(resnet101))
        out.push_back(n);
    for (auto n : {kRpnClassLogits, kRpnClass, kRpnBbox, kPreNmsAnchors, kRefinedAnchors,
                   kRefinedAnchorsClipped, kPostNmsAnchorIx, kProposals, kMrcnnClassLogits,
                   kMrcnnClass, kMrcnnBbox, kDetections, kMrcnnMask, kRois, kClassIds, kScores,
                   kMasks, kOriginalImage, kConfigJson})
        out.emplace_back(n);
    for (const auto& n : traceNames())
        out.push_back(n);
    return out;
}

}  // namespace mrcnn::names
