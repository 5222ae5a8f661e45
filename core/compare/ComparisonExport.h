#pragma once

#include "compare/Comparison.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace nianbao {

// `nianbao-cli compare --json`: groups, their aligned years and cells, and the
// findings in the check schema with "file" on each cell reference (docs/compare.md).
QJsonObject comparisonToJson(const std::vector<ComparisonGroup>& groups);

// Long CSV: one row per cell per year with the change from the previous year;
// UTF-8 with BOM, RFC 4180, CRLF.
QByteArray comparisonToCsv(const std::vector<ComparisonGroup>& groups);

// Change from the previous year as text for people: "+3（+25%）", "−2", "新增".
QString changeText(const std::optional<double>& before, const std::optional<double>& now);

}  // namespace nianbao
