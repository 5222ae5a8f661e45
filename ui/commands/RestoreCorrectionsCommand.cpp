#include "commands/RestoreCorrectionsCommand.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>

namespace nianbao {

RestoreCorrectionsCommand::RestoreCorrectionsCommand(ReviewDocument* document, std::vector<CellChange> changes)
    : QUndoCommand(QCoreApplication::translate("RestoreCorrectionsCommand", "恢复 %n 处未保存的更正", nullptr,
                                               static_cast<int>(changes.size()))),
      document_(document),
      changes_(std::move(changes)) {}

void RestoreCorrectionsCommand::redo() {
    for (const CellChange& change : changes_) document_->restoreCell(change.cell, change.after);
}

void RestoreCorrectionsCommand::undo() {
    for (size_t i = changes_.size(); i-- > 0;) document_->restoreCell(changes_[i].cell, changes_[i].before);
}

}  // namespace nianbao
