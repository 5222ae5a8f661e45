#include "proofread/Rules.h"

namespace nianbao {

void checkProofreading(const Report& report, std::vector<Finding>* out) {
    if (!report.spec) return;
    const ReportText text(report);
    checkNarrative(report, text, out);
    checkDates(report, text, out);
    checkHeadings(report, text, out);
    checkLabelTypos(report, out);
    checkArtifacts(report, out);
    checkTemplateVersion(report, out);
    checkFeeStatement(report, text, out);
    checkAmountUnits(report, out);
}

}  // namespace nianbao
