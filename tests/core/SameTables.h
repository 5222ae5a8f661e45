#pragma once

#include "report/Report.h"

#include <QString>

#include <string>

namespace nianbao::test {

// Expects `actual` to hold the tables of `expected`: the same format version,
// the same tables and rows located, the same value (or blank) in every cell.
// `what` names the variant in failure messages.
void expectSameTables(const Report& expected, const Report& actual, const std::string& what);

}  // namespace nianbao::test
