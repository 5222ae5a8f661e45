#pragma once

#include "check/Finding.h"
#include "document/ReviewDocument.h"

#include <QString>

namespace nianbao {

// Rich text saying, for one cell, every finding it is part of: the relation
// that fails, both sides of the sum, and the value this cell would need to
// balance it; plus its correction, if any. Shown as the cell's tooltip and
// in the details line under the tables.
QString explainCell(const ReviewDocument& document, const CellRef& cell);

// "错误", "警告", "提示" in the UI language.
QString severityLabel(Severity severity);

}  // namespace nianbao
