#include "figures/lineage.h"

#include <QCoreApplication>

namespace mrcnn::figures {

namespace {
// The lineage's wording, in context "Lineage" (the struct Lineage is the traced chain).
struct LineageText {
    Q_DECLARE_TR_FUNCTIONS(Lineage)
};

QString boxText(const NormalizedBoxes& box) {
    auto r = box.tensor()[0].to(torch::kFloat64);
    return QString("(%1, %2, %3, %4)")
        .arg(r[0].item<double>(), 0, 'f', 4)
        .arg(r[1].item<double>(), 0, 'f', 4)
        .arg(r[2].item<double>(), 0, 'f', 4)
        .arg(r[3].item<double>(), 0, 'f', 4);
}
// "square (class 1)", or "class 1" without a name.
QString classText(int32_t classId, const std::vector<std::string>& names) {
    if (classId >= 0 && classId < static_cast<int32_t>(names.size()))
        return LineageText::tr("%1 (class %2)")
            .arg(QString::fromStdString(names[size_t(classId)]))
            .arg(classId);
    return LineageText::tr("class %1").arg(classId);
}
}  // namespace

std::optional<Lineage> traceDetection(const Inspection& insp, int detection,
                                      const std::vector<std::string>& classNames) {
    auto chain = traceLineage(insp, detection);
    if (!chain)
        return std::nullopt;
    Lineage l;
    static_cast<DetectionLineage&>(l) = std::move(*chain);
    if (l.anchor >= 0)
        l.steps << LineageText::tr("Anchor #%1 %2, objectness %3")
                       .arg(l.anchor)
                       .arg(boxText(l.anchorBox))
                       .arg(l.anchorScore, 0, 'f', 4);
    if (l.preNmsIndex >= 0)
        l.steps << LineageText::tr("Pre-NMS rank %1 of %2; refined to %3, clipped to %4")
                       .arg(l.preNmsIndex)
                       .arg(l.preNmsCount)
                       .arg(boxText(l.refinedBox))
                       .arg(boxText(l.clippedBox));
    l.steps << LineageText::tr("Kept by the RPN's NMS as proposal #%1 %2")
                   .arg(l.roi)
                   .arg(boxText(l.proposalBox));
    l.steps << LineageText::tr("Classified as %1 with probability %2 (background %3)")
                   .arg(classText(l.classId, classNames))
                   .arg(l.classProbability, 0, 'f', 4)
                   .arg(l.backgroundProbability, 0, 'f', 4);
    if (l.refinedRoi.count() > 0)
        l.steps << LineageText::tr("Refined by the class-specific deltas to %1")
                       .arg(boxText(l.refinedRoi));
    l.steps << LineageText::tr("Passed the background and confidence filters");
    if (l.classNmsRank >= 0) {
        QStringList sup;
        for (auto r : l.suppressedRois)
            sup << QString::number(r);
        l.steps << LineageText::tr("Kept by the NMS of %1 as its #%2; suppressed %3")
                       .arg(classText(l.classId, classNames))
                       .arg(l.classNmsRank)
                       .arg(sup.isEmpty() ? LineageText::tr("no box")
                                          : LineageText::tr("proposals %1").arg(sup.join(", ")));
    }
    l.steps
        << LineageText::tr("Final detection #%1, score %2").arg(detection).arg(l.score, 0, 'f', 4);
    return l;
}

}  // namespace mrcnn::figures
