#pragma once
// What the dataset fuzz targets do with a dataset that opened: what `dataset info` and training
// read from it, bounded so one execution stays small.

#include "data/dataset.h"

namespace mrcnn::fuzz {

// Masks (and, with images, the images) of the first few images whose declared size is at most
// one megapixel: a large image legitimately needs large masks, which is not what is fuzzed here.
void exerciseDataset(const Dataset& dataset, bool images = false);

}  // namespace mrcnn::fuzz
