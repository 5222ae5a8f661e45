#pragma once

#include "check/Finding.h"
#include "report/CellValue.h"
#include "session/ReviewSession.h"

#include <QUndoCommand>

#include <optional>

namespace nianbao {

class ReviewDocument;

// What every cell edit shares: redo writes the new value, undo puts back the
// cell's correction record exactly as it was (value, time and reason), so
// undoing never invents a correction time. Subclasses say what kind of edit
// it was (its text) and how it merges.
class CellValueCommand : public QUndoCommand {
public:
    CellValueCommand(ReviewDocument* document, const CellRef& cell, const CellValue& value, const QString& text);

    void redo() override;
    void undo() override;

    const CellRef& cell() const { return cell_; }

protected:
    ReviewDocument* document_;
    CellRef cell_;
    std::optional<Correction> before_;
    CellValue after_;
};

// "表三“…”行“总计”列": the cell as the command texts in the Edit menu name it.
QString commandCellName(const ReviewDocument& document, const CellRef& cell);

}  // namespace nianbao
