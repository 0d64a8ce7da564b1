#pragma once
// Well-known-text geometry as xView2/xBD labels write it: POLYGON ((x y, ...), (hole ...)) and
// MULTIPOLYGON (((...)), ((...))), numbers as decimals or bare integers, "EMPTY" allowed.
// Coordinates stay as written (x = column, y = row for the `xy` features).

#include <stdexcept>
#include <string>
#include <vector>

#include "data/polygon_raster.h"

namespace mrcnn {

class WktError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One entry per polygon; each polygon is its outer ring followed by its holes.
std::vector<std::vector<Ring>> parseWktPolygons(const std::string& wkt);

}  // namespace mrcnn
