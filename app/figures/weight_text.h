#pragma once
// Weight statistics and differences as people read them, the same in the figures' summaries,
// the Weights dock and its tables.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

#include "weights/keras_h5.h"
#include "weights/weight_diff.h"
#include "weights/weight_stats.h"

namespace mrcnn::figures {

QString groupedNumber(int64_t n);                      // 1,234,567 in the current locale
QString shapeText(const std::vector<int64_t>& shape);  // (7, 7, 3, 64), as numpy prints it
QString statText(double value);                        // 4 significant digits; "nan" for NaN
QString changeText(double relativeChange);             // 1.234e-03, "0", "inf", "nan"
// The alerts translated, comma-separated ("dead, nan").
QString alertsText(const std::vector<std::string>& alerts);
QString alertText(const std::string& alert);
// "conv1/kernel:0 (7, 7, 3, 64): 9,408 values, min …, max …, mean …, std …, NaN 0, Inf 0".
QString tensorStatsLine(const TensorStats& stats);
// The stored tensor (Keras layout), undefined when the file lacks it.
torch::Tensor findWeight(const KerasWeightFile& file, const std::string& layer,
                         const std::string& name);
// "A and B share no weight tensor: …" — a diff of two unrelated files.
QString unrelatedText(const QString& a, const QString& b);
// "12 of 240 common tensors changed", then the counts of the tensors in one file only and of
// the shape changes.
QStringList diffSummary(const WeightDiff& diff, const QString& a, const QString& b);

}  // namespace mrcnn::figures
