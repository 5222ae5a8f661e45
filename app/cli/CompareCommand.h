#pragma once

#include <QStringList>

namespace nianbao::cli {

// `nianbao-cli compare [--json] [--csv OUT.csv] [--threshold PCT] REPORT...`
// Exit status: 0 no error finding, 1 some error finding (a broken carry-over),
// 2 a report could not be read or the arguments are wrong.
int runCompare(const QStringList& arguments);

}  // namespace nianbao::cli
