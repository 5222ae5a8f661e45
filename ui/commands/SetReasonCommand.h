#pragma once

#include "check/Finding.h"
#include "session/ReviewSession.h"

#include <QUndoCommand>

namespace nianbao {

class ReviewDocument;

// Records why a cell was corrected. The value stays; only the correction's
// reason changes, and undo brings the previous reason back.
class SetReasonCommand : public QUndoCommand {
public:
    SetReasonCommand(ReviewDocument* document, const CellRef& cell, const QString& reason);

    void redo() override;
    void undo() override;

private:
    ReviewDocument* document_;
    Correction before_;
    Correction after_;
};

}  // namespace nianbao
