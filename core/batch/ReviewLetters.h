#pragma once

#include "batch/ReportFiles.h"
#include "check/Checker.h"
#include "export/ReviewLetter.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <vector>

namespace nianbao {

// One report's review letter, made on a worker thread: the report read and
// checked as `nianbao-cli check` does, and the letter's bytes. A report that
// cannot be read gets no letter, only its row (with the reason) in the summary.
struct LetterOutcome {
    LetterSummaryRow row;
    QByteArray letter;  // empty when the report could not be read or the letter not built
    QString error;      // why, in Chinese
};
// The letter lists what the checks find in the report as submitted:
// corrections a clerk made in the workbench are not the department's.
LetterOutcome reviewLetterFor(const ReportEntry& entry, const LetterSettings& settings, const CheckOptions& options = {});

// File names for the letters of one run in `folder`: "<report name>-审核意见书.docx"
// (the report's name without its extension), "-2", "-3" … when two reports
// share a name or the name is taken by one of the run's inputs, which are
// never overwritten. A letter from an earlier run is replaced.
class LetterNames {
public:
    LetterNames(const QString& folder, const std::vector<ReportEntry>& inputs);
    QString letterFor(const QString& reportPath);
    QString summary();  // "审核情况汇总.docx"

private:
    QString unique(const QString& base);
    QString folder_;
    QSet<QString> inputs_;  // canonical paths
    QSet<QString> taken_;
};

}  // namespace nianbao
