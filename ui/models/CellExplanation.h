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

// "45万元", "空白", "不是数字", "缺失": a value as the explanations name it.
QString cellValueLabel(const CellValue& value);

// "错误", "警告", "提示" in the UI language.
QString severityLabel(Severity severity);

}  // namespace nianbao
