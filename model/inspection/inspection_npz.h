#pragma once
// An Inspection as a .npz with exactly the reference runs' keys, shapes, layouts and dtypes
// (shared/reference/README §8), so `numpy.load` sees what the original's run_graph/detect
// give, with one exception: image_meta is always float64, as compose_image_meta documents it
// (the original's numpy promotion leaves it int64 when resize_image keeps the integer scale 1,
// as in the shapes reference runs; a dump's dtype does not depend on the config). config_json
// is a 0-d unicode array.

#include <string>
#include <utility>
#include <vector>

#include "inspection/inspection.h"
#include "io/npy.h"

namespace mrcnn {

struct NpzExportOptions {
    bool trace = true;        // detection_* and *_roi_levels
    bool featureMaps = true;  // res*_out and fpn_p* (when the record has them)
};

// Key/array pairs in the reference runs' key order; keys the record lacks are left out.
std::vector<std::pair<std::string, NpyArray>> inspectionArrays(const Inspection& inspection,
                                                               const NpzExportOptions& options);
// Throws NpyError with the path when the file cannot be written.
void writeInspectionNpz(const Inspection& inspection, const std::string& path,
                        const NpzExportOptions& options = {});

}  // namespace mrcnn
