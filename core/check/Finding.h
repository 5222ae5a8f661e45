#pragma once

#include "check/Severity.h"
#include "text/SourceText.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// A cell of a rebuilt table, by position in official order (0-based).
struct CellRef {
    QString table;  // "active.20.1" … "requests", "reviews"
    int row = 0;
    int column = 0;
    bool operator==(const CellRef&) const = default;
};

// A correction of the source text with one right answer: the text at
// `span` (exactly the wrong text) should read `replacement`; "" removes it.
struct TextFix {
    SourceSpan span;
    QString replacement;
    bool operator==(const TextFix&) const = default;
};

// One problem found in a report. Balance findings carry both sides of the
// relation: cells[0, leftCount) are summed on the left, the rest on the right.
struct Finding {
    QString rule;  // stable id, e.g. "requests.row_total"
    Severity severity = Severity::Error;
    QString message;  // Chinese, with the numbers
    std::vector<CellRef> cells;
    int leftCount = 0;
    double leftSum = 0;
    double rightSum = 0;
    bool isRelation = false;
    SourceSpan span;  // where to look in the source; line 0 when nowhere
    // Set by rules that know the right wording (a label typo, "5、" for
    // "五、", a drafting leftover); offered to the user as a tracked change.
    std::optional<TextFix> fix;

    bool involves(const CellRef& cell) const;

    // A finding that is not a balance relation: rule, message, where. Its
    // severity is the rule catalog's (resources/rules.json), never the caller's.
    static Finding make(const QString& rule, const QString& message, const SourceSpan& span = {},
                        std::vector<CellRef> cells = {});
    bool operator==(const Finding&) const = default;
};

// Names a finding's text fix across re-checks and sessions:
// "text.heading@12:0-12:2=五、". Empty when the finding has no fix.
QString textFixKey(const Finding& finding);

}  // namespace nianbao
