#pragma once

#include <QStringList>

namespace nianbao::cli {

// `nianbao-cli export [--session FILE] [--docx OUT] [--csv OUT] [--csv-shape long|form]
//                     [--json OUT] [--appendix] [--format-version auto|2019|2021] REPORT`
// Exit status: 0 exported and no error finding; 1 exported, but the corrected
// report still has error findings (printed like `check` prints them); 2
// nothing exported: unreadable report, bad session, an output that would
// overwrite the report, or a failed write.
int runExport(const QStringList& arguments);

}  // namespace nianbao::cli
