#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <QSet>
#include <QString>

#include <vector>

namespace nianbao {

struct CheckOptions {
    QSet<QString> disabledRules;  // rule ids to leave out
};

// Every finding for the report in its current state (corrections applied):
// what reconstruction could not locate, cell checks and balance relations,
// ordered by source line. Cheap enough to run after every edit.
std::vector<Finding> checkReport(const Report& report, const CheckOptions& options = {});

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const std::vector<Finding>& findings);

}  // namespace nianbao
