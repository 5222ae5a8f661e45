#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <QJsonObject>

#include <vector>

namespace nianbao {

// The check result of one file as documented in docs/check-json.md.
QJsonObject reportToJson(const Report& report, const std::vector<Finding>& findings);
QJsonObject findingToJson(const Finding& finding);
QJsonObject tableToJson(const ReportTable& table);

// A number as JSON: an integer when it is integral and exactly representable
// (|n| < 2^53), otherwise a double — never an out-of-range conversion to
// qint64 (undefined behaviour) for a hostile 1e300.
QJsonValue jsonNumber(double n, bool integral);
// A cell's value: jsonNumber(), or null when the cell holds no number.
QJsonValue cellValueToJsonNumber(const CellValue& v);

}  // namespace nianbao
