// Stage 12: the dataset itself, as the nucleus notebook's "Dataset Stats" and inspect_data
// describe it — instances per class, instances per image, image sizes, object sizes and
// aspect ratios — from the masks of every image read (data/dataset_stats.h).

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "data/dataset_stats.h"
#include "figures/figure_builders.h"

namespace mrcnn::figures {

namespace {

std::optional<views::Figure> needsDataset(const FigureInput& in) {
    if (!in.datasetStats)
        return unavailable(
            Figures::tr("Open a dataset (File ▸ Open dataset…) to see its "
                        "statistics."));
    if (in.datasetStats->imagesRead() == 0)
        return unavailable(Figures::tr("The dataset's ground truth is still being read."));
    return std::nullopt;
}

// "over 40 of 50 images" while the reader is still counting; empty when all are read.
QStringList coverage(const DatasetStats& s) {
    if (s.imagesRead() == s.numImages())
        return {};
    return {Figures::tr("So far over %1 of %2 images; the rest are still being read.")
                .arg(s.imagesRead())
                .arg(s.numImages())};
}

// The notebook's print-out: mean, median, min, max.
QString spread(const QString& what, std::vector<double> v, int decimals) {
    if (v.empty())
        return Figures::tr("%1: none").arg(what);
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
    return Figures::tr("%1: mean %2, median %3, min %4, max %5")
        .arg(what)
        .arg(mean, 0, 'f', decimals)
        .arg(median, 0, 'f', decimals)
        .arg(v.front(), 0, 'f', decimals)
        .arg(v.back(), 0, 'f', decimals);
}

views::Figure histogram(const FigureInput& in, const QString& title, std::vector<double> values) {
    views::Figure f;
    f.kind = views::FigureKind::Histogram;
    f.histogram.title = title;
    f.histogram.bins = std::max(1, in.options.histogramBins);
    f.histogram.logY = in.options.histogramLog;
    f.histogram.values = std::move(values);
    return f;
}

}  // namespace

views::Figure datasetClassesFigure(const FigureInput& in) {
    if (auto missing = needsDataset(in))
        return *missing;
    const DatasetStats& s = *in.datasetStats;
    const auto instances = s.instancesPerClass();
    const auto images = s.imagesPerClass();
    views::Figure f;
    f.kind = views::FigureKind::Bars;
    f.bars.title = Figures::tr("Instances per class");
    f.bars.yLabel = Figures::tr("Instances");
    f.bars.logY = in.options.histogramLog;
    for (size_t c = 1; c < s.classNames().size(); ++c) {
        const QString name = QString::fromStdString(s.classNames()[c]);
        f.bars.categories << name;
        f.bars.values.push_back(double(instances[c]));
        f.summary << Figures::tr("%1: %2 instances in %3 images")
                         .arg(name)
                         .arg(instances[c])
                         .arg(images[c]);
    }
    f.summary << coverage(s);
    return f;
}

views::Figure datasetInstancesPerImageFigure(const FigureInput& in) {
    if (auto missing = needsDataset(in))
        return *missing;
    const DatasetStats& s = *in.datasetStats;
    std::vector<double> counts = s.instancesPerImage();
    views::Figure f = histogram(in, Figures::tr("Instances per image"), counts);
    const auto empty = std::count(counts.begin(), counts.end(), 0.0);
    f.summary << spread(Figures::tr("Instances per image"), counts, 1)
              << Figures::tr("Images without instances: %1 of %2").arg(empty).arg(counts.size())
              << coverage(s);
    return f;
}

views::Figure datasetImageSizesFigure(const FigureInput& in) {
    if (auto missing = needsDataset(in))
        return *missing;
    const DatasetStats& s = *in.datasetStats;
    views::Figure f;
    f.kind = views::FigureKind::Scatter;
    f.scatter.title = Figures::tr("Image sizes");
    f.scatter.xLabel = Figures::tr("Width (pixels)");
    f.scatter.yLabel = Figures::tr("Height (pixels)");
    std::map<std::pair<int64_t, int64_t>, int64_t> sizes;  // (height, width) → images
    for (int64_t i = 0; i < s.numImages(); ++i) {
        const ImageStats& im = s.images()[size_t(i)];
        if (!s.isRead(i) || im.height <= 0 || im.width <= 0)
            continue;
        f.scatter.points.emplace_back(double(im.width), double(im.height));
        ++sizes[{im.height, im.width}];
    }
    // The notebook prints each size with its image count; the commonest first.
    std::vector<std::pair<int64_t, std::pair<int64_t, int64_t>>> byCount;
    for (const auto& [size, n] : sizes)
        byCount.push_back({n, size});
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    f.summary << Figures::tr("%1 distinct sizes (height × width):").arg(sizes.size());
    for (size_t k = 0; k < byCount.size() && k < 10; ++k)
        f.summary << Figures::tr("%1 × %2: %3 images")
                         .arg(byCount[k].second.first)
                         .arg(byCount[k].second.second)
                         .arg(byCount[k].first);
    if (byCount.size() > 10)
        f.summary << Figures::tr("… and %1 more sizes").arg(byCount.size() - 10);
    f.summary << coverage(s);
    return f;
}

views::Figure datasetObjectSizesFigure(const FigureInput& in) {
    if (auto missing = needsDataset(in))
        return *missing;
    const DatasetStats& s = *in.datasetStats;
    std::vector<double> sizes, areas;
    for (const ObjectStats* o : s.objects()) {
        sizes.push_back(std::sqrt(double(o->area)));
        areas.push_back(double(o->area));
    }
    views::Figure f =
        histogram(in, Figures::tr("Object size: the square root of the mask area (pixels)"), sizes);
    f.summary
        << spread(Figures::tr("Mask area (pixels)"), areas, 1)
        << spread(Figures::tr("Square root of the area"), sizes, 1)
        // COCO's size classes, as the AP small/medium/large of the evaluation use them.
        << Figures::tr("COCO small (area < 32²): %1, medium: %2, large (area > 96²): %3")
               .arg(std::count_if(areas.begin(), areas.end(), [](double a) { return a < 32 * 32; }))
               .arg(std::count_if(areas.begin(), areas.end(),
                                  [](double a) { return a >= 32 * 32 && a <= 96 * 96; }))
               .arg(std::count_if(areas.begin(), areas.end(), [](double a) { return a > 96 * 96; }))
        << coverage(s);
    return f;
}

views::Figure datasetAspectRatiosFigure(const FigureInput& in) {
    if (auto missing = needsDataset(in))
        return *missing;
    const DatasetStats& s = *in.datasetStats;
    std::vector<double> ratios;
    for (const ObjectStats* o : s.objects())
        if (o->width > 0 && o->height > 0)
            ratios.push_back(double(o->height) / double(o->width));
    views::Figure f =
        histogram(in, Figures::tr("Aspect ratio of the objects' boxes (height / width)"), ratios);
    f.summary << spread(Figures::tr("Height / width"), ratios, 2) << coverage(s);
    return f;
}

}  // namespace mrcnn::figures
