#pragma once

#include "commands/CellValueCommand.h"

namespace nianbao {

// Puts back what the source says in a corrected cell and drops its correction.
class RevertCellCommand : public CellValueCommand {
public:
    RevertCellCommand(ReviewDocument* document, const CellRef& cell);
};

}  // namespace nianbao
