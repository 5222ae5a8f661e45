#include "commands/FillBalancingValueCommand.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {

FillBalancingValueCommand::FillBalancingValueCommand(ReviewDocument* document, const CellRef& cell,
                                                     const CellValue& value)
    : CellValueCommand(document, cell, value,
                       QCoreApplication::translate("FillBalancingValueCommand", "在%1填入平衡值 %2")
                           .arg(commandCellName(*document, cell), formatNumber(value.number, value.integral))) {}

}  // namespace nianbao
