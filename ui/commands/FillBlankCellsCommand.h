#pragma once

#include "check/Finding.h"
#include "session/ReviewSession.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace nianbao {

class ReviewDocument;

// "按 0 填写空白单元格": the official form wants 0 where a row was left
// blank, and the checks already count those blanks as 0, so writing 0 is
// the one unambiguous fix of a cell.blank finding. The whole row is one
// step: the reviewer decided once, so one undo takes it back.
class FillBlankCellsCommand : public QUndoCommand {
public:
    FillBlankCellsCommand(ReviewDocument* document, std::vector<CellRef> blanks);

    void redo() override;
    void undo() override;

private:
    ReviewDocument* document_;
    std::vector<CellRef> blanks_;
    std::vector<std::optional<Correction>> before_;  // one per blank cell, as recorded before the fill
};

}  // namespace nianbao
