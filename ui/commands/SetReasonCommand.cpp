#include "commands/SetReasonCommand.h"

#include "commands/CellValueCommand.h"
#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {

SetReasonCommand::SetReasonCommand(ReviewDocument* document, const CellRef& cell, const QString& reason)
    : QUndoCommand(QCoreApplication::translate("SetReasonCommand", "填写%1的更正原因")
                       .arg(commandCellName(*document, cell))),
      document_(document),
      before_(*document->correction(cell)),
      after_(before_) {
    after_.reason = reason;
}

void SetReasonCommand::redo() {
    document_->restoreCell(after_.cell, after_);
}

void SetReasonCommand::undo() {
    document_->restoreCell(before_.cell, before_);
}

}  // namespace nianbao
