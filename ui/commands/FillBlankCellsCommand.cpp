#include "commands/FillBlankCellsCommand.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {
namespace {

QString fillText(int blanks) {
    return QCoreApplication::translate("FillBlankCellsCommand", "按 0 填写 %n 个空白单元格", nullptr, blanks);
}

}  // namespace

FillBlankCellsCommand::FillBlankCellsCommand(ReviewDocument* document, std::vector<CellRef> blanks)
    : QUndoCommand(fillText(static_cast<int>(blanks.size()))), document_(document), blanks_(std::move(blanks)) {
    for (const CellRef& cell : blanks_) before_.push_back(document_->correction(cell));
}

void FillBlankCellsCommand::redo() {
    for (const CellRef& cell : blanks_) document_->applyValue(cell, CellValue::fromNumber(0));
}

void FillBlankCellsCommand::undo() {
    for (size_t i = blanks_.size(); i-- > 0;) document_->restoreCell(blanks_[i], before_[i]);
}

}  // namespace nianbao
