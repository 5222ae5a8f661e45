#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// One cell of the side-by-side table: a (table, row, column) of the official
// form, with the value of every year of the group where the form has it.
struct AlignedCell {
    QString table;   // "requests", "reviews", "active.20.1" …
    QString rowKey;
    QString columnKey;
    QString rowLabel;
    QString columnLabel;
    // One entry per year of the group (same order); nullopt where that
    // year's format version has no such cell or the report lacks a value.
    std::vector<std::optional<double>> values;
    std::vector<bool> present;  // whether that year's format version has this cell at all
    std::vector<bool> flagged;  // change from the previous year beyond the threshold
};

// A finding across years: the cells it names belong to the files listed in
// cellFiles (parallel to finding.cells).
struct ComparisonFinding {
    Finding finding;
    std::vector<QString> cellFiles;
};

struct ComparisonGroup {
    QString agency;                      // as the most recent report writes it
    QString agencyKey;                   // normalised, what grouped the reports
    std::vector<const Report*> reports;  // ordered by year
    std::vector<AlignedCell> cells;
    std::vector<ComparisonFinding> findings;
};

struct ComparisonOptions {
    double changeThreshold = 0.5;  // a change of ±50 % or more from the previous year is flagged
    int minimumChange = 5;         // … when it is also at least this many (20 → 31 is not news)
    // Group overrides from the user: file path → agency key to use instead of the report's own.
    std::vector<std::pair<QString, QString>> agencyOverrides;
};

// Agency names reduced to what identifies the agency: NFKC, no spaces or
// punctuation, no leading province or city ("天津市宁河区人民政府" and
// "宁河区人民政府" are one agency).
QString agencyKey(const QString& agency);

// Groups the reports by agency, orders each group by year, aligns their
// tables on the cells their format versions share and runs the cross-year
// rules (compare.carry_over, compare.regulations_in_force, compare.item_count,
// compare.duplicate_text) on consecutive years.
std::vector<ComparisonGroup> compareReports(const std::vector<const Report*>& reports, const ComparisonOptions& options = {});

// The narrative (paragraphs of sections 一 to 六, headings excluded) as one text.
QString narrativeText(const Report& report);

}  // namespace nianbao
