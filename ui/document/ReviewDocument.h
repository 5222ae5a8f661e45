#pragma once

#include "check/BalancingFix.h"
#include "check/Checker.h"
#include "check/Finding.h"
#include "commands/RestoreCorrectionsCommand.h"
#include "report/Report.h"
#include "session/ReviewSession.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

// One report under review: the rebuilt report, the reviewer's corrections
// (with time and reason), the findings of its current state and the undo
// history. Views observe it through its signals; it knows nothing of widgets.
// Every change to a cell goes through a QUndoCommand (see ui/commands/),
// which calls applyValue()/restoreCell() — the only two mutators.
class ReviewDocument : public QObject {
    Q_OBJECT
public:
    // `sourceSha256`: the checksum of the bytes the report was rebuilt from,
    // which every session saved from this document is tied to.
    explicit ReviewDocument(Report report, QByteArray sourceSha256 = {}, QObject* parent = nullptr);

    // Reads and rebuilds the report; null with the core's reason on failure.
    static std::unique_ptr<ReviewDocument> open(const QString& path, QString* error);

    const Report& report() const { return report_; }
    const std::vector<Finding>& findings() const { return findings_; }
    FindingCounts counts() const { return countFindings(findings_); }
    QString filePath() const { return report_.meta.file; }
    QString sessionPath() const { return defaultSessionPath(report_.meta.file); }
    QUndoStack* undoStack() { return &undoStack_; }

    // Unsaved: edits since the last save, corrections restored from a
    // crash-recovery file, or rules switched on or off since the last save.
    bool isModified() const { return !undoStack_.isClean() || unsavedBesidesUndo_; }

    // In the order the cells were first corrected; at most one per cell.
    const std::vector<Correction>& corrections() const { return corrections_; }
    std::optional<Correction> correction(const CellRef& cell) const;

    // User edits, each pushed as one undoable command. False when the edit
    // would change nothing or is not possible for this cell.
    bool editCell(const CellRef& cell, const CellValue& value);
    bool revertCell(const CellRef& cell);
    bool fillBalancingValue(const CellRef& cell);
    bool setReason(const CellRef& cell, const QString& reason);
    std::optional<CellValue> balancingValueFor(const CellRef& cell) const;
    // The balancing value of `cell` with what it does to every relation.
    std::optional<BalancingFill> balancingFillFor(const CellRef& cell) const;
    // The fill that best repairs a failing relation (see bestBalancingFill);
    // for a cell, the best over the failing relations it belongs to.
    std::optional<BalancingFill> bestFillFor(const Finding& failing) const;
    std::optional<BalancingFill> bestFillAround(const CellRef& cell) const;
    // Writes 0 into every blank cell of a cell.blank finding, as one undoable
    // step; false for any other finding or when no cell is blank any more.
    bool fillBlankCells(const Finding& finding);
    static bool canFillBlankCells(const Finding& finding);

    // Rules switched off for this review (saved with the session); every
    // switch re-runs the checks at once. Not an edit of the report, so not undoable.
    const QSet<QString>& disabledRules() const { return checkOptions_.disabledRules; }
    void setRuleEnabled(const QString& rule, bool enabled);

    // Command primitives. applyValue records a correction made now (keeping
    // an earlier reason unless a new one is given); restoreCell puts back
    // exactly what was recorded before (or the source value when nothing was).
    void applyValue(const CellRef& cell, const CellValue& value, const QString& reason = {});
    void restoreCell(const CellRef& cell, const std::optional<Correction>& previous);

    // Text fixes (findings with a TextFix) the reviewer accepts for the Word
    // copy sent back, by textFixKey(); saved with the session. Not an edit of
    // the report, so not undoable.
    const QSet<QString>& acceptedTextFixes() const { return acceptedTextFixes_; }
    void setTextFixAccepted(const Finding& finding, bool accepted);

    ReviewSession toSession() const;
    // Refuses to write over a session file that was refused on loading (see
    // refusedSessionPath()) until it has been set aside.
    bool saveSession(const QString& path, QString* error);
    // Replaces every correction by the session's; undo history starts afresh.
    // A session file that exists but is refused (another draft of the report,
    // invalid content) is remembered, so that saving never silently replaces it.
    bool loadSession(const QString& path, QString* error);
    QString refusedSessionPath() const { return refusedSessionPath_; }
    // Renames the refused session to a dated backup beside it; returns the
    // backup's path, or empty with `error` set.
    QString setRefusedSessionAside(QString* error);
    // Puts the corrections of a recovery file back over the current ones as
    // one undoable step (they are unsaved edits, and one undo returns to the
    // saved review); its switched-off rules are taken over too.
    bool restoreUnsaved(const ReviewSession& session, QString* error);
    // How many cells a recovery file would change: the edits that were never
    // saved, not every correction it holds (0 when it does not fit).
    int unsavedChangesIn(const ReviewSession& recovered) const;

signals:
    void cellChanged(const nianbao::CellRef& cell);
    void cellsReset();  // every cell may have changed (a session was loaded)
    void findingsChanged();
    void correctionsChanged();
    void modifiedChanged(bool modified);
    void disabledRulesChanged();
    void textFixesChanged();

private:
    bool adopt(const ReviewSession& session, QString* error);
    std::optional<std::vector<Correction>> fittedCorrections(const ReviewSession& session, QString* error) const;
    std::vector<RestoreCorrectionsCommand::CellChange> changesTo(const std::vector<Correction>& target) const;
    QByteArray sourceChecksum() const;
    void recheck();
    void setUnsavedBesidesUndo(bool unsaved);

    Report report_;
    QByteArray sourceSha256_;
    QString refusedSessionPath_;  // absolute; empty when no session was refused
    std::vector<Finding> findings_;
    std::vector<Correction> corrections_;
    CheckOptions checkOptions_;
    QSet<QString> acceptedTextFixes_;
    QUndoStack undoStack_;
    bool unsavedBesidesUndo_ = false;
};

}  // namespace nianbao
