#pragma once

#include "report/Report.h"

namespace nianbao {

struct ReconstructOptions {
    QString formatVersion;  // "2019", "2021", or empty to detect from the tables
};

// Rebuilds the three statistical tables of `report.document` in the official
// shape of the detected (or forced) format version, filling report.tables and
// report.structuralFindings. Labels are matched tolerantly; a table, row or
// column that cannot be located becomes a finding, never a zero.
void reconstructTables(Report& report, const ReconstructOptions& options);

// Scores how well the document's labels fit each format version (labels that
// exist in only one version count); the better fit wins, the report year
// breaks a tie. Returns null when nothing fits and the year is unknown.
const FormatSpec* detectFormat(const Document& document, int year, QString* source);

}  // namespace nianbao
