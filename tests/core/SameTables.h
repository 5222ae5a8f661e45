#pragma once

#include "report/Report.h"

#include <QString>

#include <string>
#include <vector>

namespace nianbao::test {

// A part of a table left out of a comparison: a whole table (row < 0) or one row.
struct TablePart {
    QString table;
    int row = -1;
};

// Expects `actual` to hold the tables of `expected`: the same format version,
// the same tables and rows located, the same value (or blank) in every cell,
// except the parts `leftOut`. `what` names the variant in failure messages.
void expectSameTables(const Report& expected, const Report& actual, const std::string& what,
                      const std::vector<TablePart>& leftOut = {});

}  // namespace nianbao::test
