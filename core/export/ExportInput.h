#pragma once

#include "check/Checker.h"
#include "check/Finding.h"
#include "report/Report.h"
#include "session/ReviewSession.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// Everything an export writes, gathered once so the DOCX, CSV and JSON
// writers (and the GUI's File → Export) see the same corrected report.
struct ExportInput {
    const Report* report = nullptr;       // corrections already applied to its cells
    std::vector<Correction> corrections;  // the cells that differ from the source, with time and reason when known
    std::vector<Finding> findings;        // of the corrected report
    QString correctedBy;                  // who reviewed (the user name when not told otherwise)
    QDateTime exportedAt;
    QByteArray sourceSha256;              // hex, of the report file the corrections were made on
    // Rules switched off for this review, sorted: every export says so, since
    // "no errors" means nothing when the checks that find them were off.
    QStringList disabledRules;
};

// Builds the input from a report whose corrections are already applied
// (applySession, or the GUI's edits). When `session` is given its times and
// reasons are attached to the corrections and its disabled rules are honoured.
// `sourceSha256` is the checksum of the bytes the report was read from; when
// empty, the session's (or else the file's now) is used.
ExportInput makeExportInput(const Report& report, const ReviewSession* session = nullptr, const QByteArray& sourceSha256 = {});

// "已关闭 2 条检查规则（cell.blank、text.artifact）", or empty when every rule ran.
QString disabledRulesNote(const QStringList& disabledRules);

// The login name of whoever runs the export ("" when the environment has none).
QString currentUserName();

// What a form cell prints: the text as the report writes it, or the corrected
// value written the way a form shows numbers. A blank cell stays blank.
QString printedCellText(const ReportCell& cell);

enum class CellStatus { Ok, Blank, Missing, Invalid, Corrected };
CellStatus cellStatus(const ReportCell& cell);
QString cellStatusName(CellStatus status);  // "ok", "blank", "missing", "invalid", "corrected"

// "45", "3.27万元", "" (blank or missing): a value as CSV, JSON and the appendix write it.
QString cellValueText(const CellValue& value);

}  // namespace nianbao
