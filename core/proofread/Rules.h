#pragma once

#include "check/Finding.h"
#include "check/RuleCatalog.h"
#include "proofread/ReportText.h"
#include "report/Report.h"

#include <vector>

namespace nianbao {

// The proofreading rules beyond the sums, one function per rule id, each in
// its own file. They read the report and its narrative, never change it.
void checkNarrative(const Report& report, const ReportText& text, std::vector<Finding>* out);        // narrative.mismatch
void checkDates(const Report& report, const ReportText& text, std::vector<Finding>* out);            // text.date_mismatch
void checkHeadings(const Report& report, const ReportText& text, std::vector<Finding>* out);         // text.heading
void checkLabelTypos(const Report& report, std::vector<Finding>* out);                              // text.label_typo
void checkArtifacts(const Report& report, std::vector<Finding>* out);                               // text.artifact
void checkTemplateVersion(const Report& report, std::vector<Finding>* out);                         // template.version_mismatch
void checkFeeStatement(const Report& report, const ReportText& text, std::vector<Finding>* out);     // text.fee_statement
void checkAmountUnits(const Report& report, std::vector<Finding>* out);                             // cell.amount_unit

// All of the above.
void checkProofreading(const Report& report, std::vector<Finding>* out);

}  // namespace nianbao
