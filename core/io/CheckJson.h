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

}  // namespace nianbao
