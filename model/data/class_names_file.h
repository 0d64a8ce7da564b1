#pragma once
// A names file: the display names of a dataset's classes, one per line in class-id order
// (1, 2, …), for annotations that do not name their classes (a mask folder's one class, VIA
// regions without a class attribute) or name them by code. Blank lines and lines starting with
// '#' are skipped; a first line "BG" is optional. openDataset applies `classes.txt` found beside
// an annotation file (or inside a dataset folder).

#include <string>
#include <vector>

#include "data/dataset.h"

namespace mrcnn {

inline constexpr char kClassNamesFileName[] = "classes.txt";

// "BG" first, then the file's names; DatasetError (file, line, reason) for an unreadable file,
// no names, or a name given twice.
std::vector<std::string> readClassNamesFile(const std::string& path);

// Renames the classes of a prepared dataset; `names` has "BG" first and one name per class.
// DatasetError naming `origin` when the count differs from the dataset's.
void applyClassNames(Dataset& dataset, const std::vector<std::string>& names,
                     const std::string& origin);

}  // namespace mrcnn
