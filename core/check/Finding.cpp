#include "check/Finding.h"

#include <algorithm>

namespace nianbao {

bool Finding::involves(const CellRef& cell) const {
    return std::find(cells.begin(), cells.end(), cell) != cells.end();
}

}  // namespace nianbao
