#pragma once

#include "batch/CheckSummary.h"
#include "check/Finding.h"
#include "report/Report.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace nianbao {

// Who sends the review letters (审核意见书) and how they close. The GUI keeps
// them in QSettings, the CLI takes --office and --closing.
struct LetterSettings {
    QString office;   // the reviewing office, in the header and the 落款
    QString closing;  // the paragraph before the 落款
    QDate date;       // the letter's date

    static QString defaultOffice();   // "政府信息公开工作主管部门"
    static QString defaultClosing();  // asks for a corrected report to be sent back
};

// One problem as a clerk writes it in a letter: where, what is wrong, what
// it should be (when a balancing value says so), and the rule.
struct LetterProblem {
    Severity severity = Severity::Error;
    QString place;     // 表三第1行“一、本年新收政府信息公开申请数量”“总计”列; 正文第12行：“…”
    QString problem;   // the finding's message
    QString expected;  // "55", or empty when no single value fixes it
    QString rule;      // rule id
    QString ruleTitle;
};

// The errors and warnings of `findings` in source order; info notes are
// only counted in the letter.
std::vector<LetterProblem> letterProblems(const Report& report, const std::vector<Finding>& findings);

// The letter for one report as a .docx (docs/review-letters.md): header with
// the agency, report year, reviewing office and date; the problems in a
// numbered table, or 审核通过 when there are none; the closing and 落款.
QByteArray buildReviewLetter(const Report& report, const std::vector<Finding>& findings, const LetterSettings& settings,
                             QString* error);

// One report in the folder's summary letter.
struct LetterSummaryRow {
    SummaryRow summary;        // file, agency, year, counts; readFailure when it could not be read
    QStringList mainProblems;  // rule titles with how often, most frequent first
};
LetterSummaryRow letterSummaryOf(const Report& report, const std::vector<Finding>& findings);

// The summary letter for a folder: how many reports passed, had errors or
// warnings, or could not be read, and a table of every report.
QByteArray buildSummaryLetter(const std::vector<LetterSummaryRow>& rows, const LetterSettings& settings, QString* error);

}  // namespace nianbao
