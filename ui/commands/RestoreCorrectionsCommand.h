#pragma once

#include "session/ReviewSession.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace nianbao {

class ReviewDocument;

// "恢复未保存的更正": the corrections a crash left unsaved, put back over the
// saved review as one step, so that a single undo returns to what was saved
// and the restored edits are as undoable as the ones made today.
class RestoreCorrectionsCommand : public QUndoCommand {
public:
    // `changes`: per cell, the correction before and after the restore
    // (nullopt: the cell shows its source value).
    struct CellChange {
        CellRef cell;
        std::optional<Correction> before;
        std::optional<Correction> after;
    };
    RestoreCorrectionsCommand(ReviewDocument* document, std::vector<CellChange> changes);

    void redo() override;
    void undo() override;

private:
    ReviewDocument* document_;
    std::vector<CellChange> changes_;
};

}  // namespace nianbao
