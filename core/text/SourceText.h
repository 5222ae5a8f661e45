#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// A place in the original (decoded) text: 1-based line, 0-based UTF-16
// columns, end exclusive. The GUI highlights exactly this range.
struct SourceSpan {
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourceSpan&) const = default;
};

// One line after NFKC normalisation (full-width digits, brackets and spaces
// folded, non-breaking spaces made plain) with, for every normalised UTF-16
// unit, the column it came from in the original line.
struct NormalizedLine {
    QString text;
    std::vector<int> origin;  // origin.size() == text.size() + 1; last entry = original length
};

NormalizedLine normalizeLine(const QString& original);

// The decoded report, split into lines, each kept in both forms.
class SourceText {
public:
    SourceText() = default;
    explicit SourceText(const QString& decoded);

    int lineCount() const { return static_cast<int>(original_.size()); }
    const QString& originalLine(int line) const { return original_[line - 1]; }
    const NormalizedLine& normalizedLine(int line) const { return normalized_[line - 1]; }

    // Maps normalised columns [start, end) of `line` back to the original.
    SourceSpan spanOf(int line, int start, int end) const;

    // Why the text was not kept ("报告过大：…"): it has more lines or, once
    // normalised, more characters than ReportBudget allows. The text is then
    // empty; empty when within the budget.
    const QString& budgetError() const { return budgetError_; }

private:
    QStringList original_;
    std::vector<NormalizedLine> normalized_;
    QString budgetError_;
};

}  // namespace nianbao
