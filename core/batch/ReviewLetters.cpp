#include "batch/ReviewLetters.h"

#include "io/ReportReader.h"

#include <QDir>
#include <QFileInfo>

namespace nianbao {

LetterOutcome reviewLetterFor(const ReportEntry& entry, const LetterSettings& settings, const CheckOptions& options) {
    LetterOutcome out;
    const ReadResult result = entry.problem.isEmpty() ? readReportFile(entry.path) : ReadResult{std::nullopt, entry.problem};
    if (!result.ok()) {
        out.error = result.error;
        out.row.summary = summaryOfFailure(entry.path, result.error);
        return out;
    }
    const std::vector<Finding> findings = checkReport(*result.report, options);
    out.row = letterSummaryOf(*result.report, findings);
    out.letter = buildReviewLetter(*result.report, findings, settings, &out.error);
    return out;
}

LetterNames::LetterNames(const QString& folder, const std::vector<ReportEntry>& inputs) : folder_(folder) {
    for (const ReportEntry& e : inputs)
        if (const QString canonical = QFileInfo(e.path).canonicalFilePath(); !canonical.isEmpty()) inputs_.insert(canonical);
}

QString LetterNames::unique(const QString& base) {
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n)) + QStringLiteral(".docx");
        const QString path = QDir(folder_).filePath(name);
        // Names are compared case-blind: two letters must not fight over one file on a case-insensitive disk.
        if (taken_.contains(name.toLower())) continue;
        if (const QString canonical = QFileInfo(path).canonicalFilePath(); !canonical.isEmpty() && inputs_.contains(canonical)) continue;
        taken_.insert(name.toLower());
        return path;
    }
}

QString LetterNames::letterFor(const QString& reportPath) {
    return unique(QFileInfo(reportPath).completeBaseName() + QStringLiteral("-审核意见书"));
}

QString LetterNames::summary() { return unique(QStringLiteral("审核情况汇总")); }

}  // namespace nianbao
