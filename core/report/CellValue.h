#pragma once

#include "format/FormatSpec.h"

#include <QString>

namespace nianbao {

// What a table cell holds once read: a number (with the unit written in the
// cell, if any), nothing, text that is not a number, or no cell at all
// (the row in the report is shorter than the official form).
struct CellValue {
    enum class Kind { Number, Blank, Invalid, Missing };
    Kind kind = Kind::Missing;
    double number = 0;  // counts are whole numbers; money may have decimals
    bool integral = true;
    QString unit;       // "万元", "元", "件" … as written in the cell

    bool isNumber() const { return kind == Kind::Number; }
    // Blank cells count as 0 in every sum; invalid and missing cells make a sum unknowable.
    bool isSummable() const { return kind == Kind::Number || kind == Kind::Blank; }
    double summand() const { return kind == Kind::Number ? number : 0.0; }

    static CellValue blank() { return CellValue{Kind::Blank, 0, true, {}}; }
    static CellValue missing() { return CellValue{Kind::Missing, 0, true, {}}; }
    static CellValue fromNumber(double n, bool integral = true, const QString& unit = {}) {
        return CellValue{Kind::Number, n, integral, unit};
    }
    bool operator==(const CellValue&) const = default;
};

// Reads a cell's (NFKC-normalised) text: "45", "-267", "1,968", "3.27万元",
// "+5", "0 ". Anything else — "无", "—", "十二" — is Invalid, never a guess.
CellValue parseCellValue(const QString& text);

// "45", "3.27", "-4": how a number is written back into a form.
QString formatNumber(double value, bool integral);

}  // namespace nianbao
