#include "commands/CellValueCommand.h"

#include "document/ReviewDocument.h"

namespace nianbao {

CellValueCommand::CellValueCommand(ReviewDocument* document, const CellRef& cell, const CellValue& value,
                                   const QString& text)
    : QUndoCommand(text), document_(document), cell_(cell), before_(document->correction(cell)), after_(value) {}

void CellValueCommand::redo() {
    document_->applyValue(cell_, after_);
}

void CellValueCommand::undo() {
    document_->restoreCell(cell_, before_);
}

QString commandCellName(const ReviewDocument& document, const CellRef& cell) {
    const ReportTable* table = document.report().table(cell.table);
    return describeCell(*table->spec, cell.row, cell.column);
}

}  // namespace nianbao
