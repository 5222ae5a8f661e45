#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <vector>

namespace nianbao {

// Cell-level checks over every located row: text that is not a number
// (cell.not_a_number), a negative count (cell.negative), and blank cells,
// one info per row (cell.blank) since the form expects 0 written out.
void checkCells(const Report& report, std::vector<Finding>* out);

}  // namespace nianbao
