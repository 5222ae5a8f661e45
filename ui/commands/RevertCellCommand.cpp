#include "commands/RevertCellCommand.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {

RevertCellCommand::RevertCellCommand(ReviewDocument* document, const CellRef& cell)
    : CellValueCommand(document, cell, document->report().cell(cell)->original,
                       QCoreApplication::translate("RevertCellCommand", "恢复%1的原值")
                           .arg(commandCellName(*document, cell))) {}

}  // namespace nianbao
