#pragma once

#include "commands/CellValueCommand.h"

namespace nianbao {

// Writes into a cell the value that makes its failing relations balance
// (see balancingFix). Never merged: each fill is a decision worth its own step.
class FillBalancingValueCommand : public CellValueCommand {
public:
    FillBalancingValueCommand(ReviewDocument* document, const CellRef& cell, const CellValue& value);
};

}  // namespace nianbao
