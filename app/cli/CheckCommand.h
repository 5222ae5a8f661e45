#pragma once

#include <QStringList>

namespace nianbao::cli {

// `nianbao-cli check [--json] [--format-version auto|2019|2021] FILE...`
// Exit status: 0 no error finding, 1 some error finding, 2 a file could not be
// read or is not an annual report (the other files are still checked).
int runCheck(const QStringList& arguments);

}  // namespace nianbao::cli
