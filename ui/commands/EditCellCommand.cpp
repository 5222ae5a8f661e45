#include "commands/EditCellCommand.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {
namespace {

QString editText(const ReviewDocument& document, const CellRef& cell, const CellValue& value) {
    const QString shown = value.isNumber() ? formatNumber(value.number, value.integral)
                                           : QCoreApplication::translate("EditCellCommand", "空白");
    return QCoreApplication::translate("EditCellCommand", "将%1改为 %2").arg(commandCellName(document, cell), shown);
}

}  // namespace

EditCellCommand::EditCellCommand(ReviewDocument* document, const CellRef& cell, const CellValue& value)
    : CellValueCommand(document, cell, value, editText(*document, cell, value)) {}

bool EditCellCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const EditCellCommand*>(other);  // same id() guarantees the type
    if (!(edit->cell() == cell_)) return false;
    after_ = edit->after_;
    setText(editText(*document_, cell_, after_));
    // Typing the source value back makes the whole step a no-op; QUndoStack drops obsolete commands.
    setObsolete(!before_ && document_->report().cell(cell_)->original == after_);
    return true;
}

}  // namespace nianbao
