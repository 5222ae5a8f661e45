#pragma once

#include "check/Severity.h"

#include <QString>

#include <vector>

namespace nianbao {

struct RuleInfo {
    QString id;
    Severity severity = Severity::Error;
    QString title;  // Chinese, for rule lists
};

// Every rule id the checks can report: the balance relations of every format
// version, then resources/rules.json. Stable order, no duplicates.
const std::vector<RuleInfo>& allRules();
const RuleInfo* findRule(const QString& id);

}  // namespace nianbao
