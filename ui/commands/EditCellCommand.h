#pragma once

#include "commands/CellValueCommand.h"

namespace nianbao {

// A value typed into a cell. Consecutive edits of the same cell merge into
// one undo step: the reviewer fixing a typo in their own correction expects
// one undo to bring back the source value, not the typo.
class EditCellCommand : public CellValueCommand {
public:
    EditCellCommand(ReviewDocument* document, const CellRef& cell, const CellValue& value);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    static constexpr int kId = 0x4e42;  // any constant unique among the commands that merge
};

}  // namespace nianbao
