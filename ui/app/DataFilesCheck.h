#pragma once

#include <QCoreApplication>

namespace nianbao {

class UserPrompts;

// The workbench's start-up check of its data files (format descriptions, rule
// catalog): a broken one is told to the user in a message box, naming the file
// and the fault, and the workbench does not start, rather than checking with
// rules silently missing. True when everything loads.
class DataFilesCheck {
    Q_DECLARE_TR_FUNCTIONS(DataFilesCheck)

public:
    static bool passes(UserPrompts& prompts);
};

}  // namespace nianbao
