#include "document/ReviewDocument.h"

#include "commands/EditCellCommand.h"
#include "commands/FillBalancingValueCommand.h"
#include "commands/FillBlankCellsCommand.h"
#include "commands/RestoreCorrectionsCommand.h"
#include "commands/RevertCellCommand.h"
#include "commands/SetReasonCommand.h"
#include "check/BalancingFix.h"
#include "io/ReportReader.h"

#include <QFileInfo>

#include <algorithm>

namespace nianbao {

ReviewDocument::ReviewDocument(Report report, QByteArray sourceSha256, QObject* parent)
    : QObject(parent), report_(std::move(report)), sourceSha256_(std::move(sourceSha256)) {
    corrections_ = correctionsOf(report_);
    findings_ = checkReport(report_);
    connect(&undoStack_, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

std::unique_ptr<ReviewDocument> ReviewDocument::open(const QString& path, QString* error) {
    QByteArray sha256;
    ReadResult result = readReportForReview(path, &sha256);
    if (!result.ok()) {
        *error = result.error;
        return nullptr;
    }
    return std::make_unique<ReviewDocument>(std::move(*result.report), std::move(sha256));
}

std::optional<Correction> ReviewDocument::correction(const CellRef& cell) const {
    const auto it = std::find_if(corrections_.begin(), corrections_.end(),
                                 [&](const Correction& c) { return c.cell == cell; });
    if (it == corrections_.end()) return std::nullopt;
    return *it;
}

bool ReviewDocument::editCell(const CellRef& cell, const CellValue& value) {
    const ReportCell* current = report_.cell(cell);
    if (!current || current->value == value) return false;
    undoStack_.push(new EditCellCommand(this, cell, value));
    return true;
}

bool ReviewDocument::revertCell(const CellRef& cell) {
    const ReportCell* current = report_.cell(cell);
    if (!current || !current->isCorrected()) return false;
    undoStack_.push(new RevertCellCommand(this, cell));
    return true;
}

bool ReviewDocument::fillBalancingValue(const CellRef& cell) {
    const std::optional<CellValue> value = balancingValueFor(cell);
    if (!value) return false;
    undoStack_.push(new FillBalancingValueCommand(this, cell, *value));
    return true;
}

bool ReviewDocument::setReason(const CellRef& cell, const QString& reason) {
    const std::optional<Correction> existing = correction(cell);
    if (!existing || existing->reason == reason) return false;
    undoStack_.push(new SetReasonCommand(this, cell, reason));
    return true;
}

bool ReviewDocument::canFillBlankCells(const Finding& finding) {
    return finding.rule == QLatin1String("cell.blank") && !finding.cells.empty();
}

bool ReviewDocument::fillBlankCells(const Finding& finding) {
    if (!canFillBlankCells(finding)) return false;
    std::vector<CellRef> blanks;
    for (const CellRef& ref : finding.cells)
        if (const ReportCell* cell = report_.cell(ref); cell && cell->value.kind == CellValue::Kind::Blank)
            blanks.push_back(ref);
    if (blanks.empty()) return false;
    undoStack_.push(new FillBlankCellsCommand(this, blanks));
    return true;
}

void ReviewDocument::setRuleEnabled(const QString& rule, bool enabled) {
    QSet<QString>& disabled = checkOptions_.disabledRules;
    if (disabled.contains(rule) != enabled) return;  // already as asked
    if (enabled)
        disabled.remove(rule);
    else
        disabled.insert(rule);
    setUnsavedBesidesUndo(true);
    emit disabledRulesChanged();
    recheck();
}

void ReviewDocument::setTextFixAccepted(const Finding& finding, bool accepted) {
    const QString key = textFixKey(finding);
    if (key.isEmpty() || acceptedTextFixes_.contains(key) == accepted) return;
    if (accepted)
        acceptedTextFixes_.insert(key);
    else
        acceptedTextFixes_.remove(key);
    setUnsavedBesidesUndo(true);
    emit textFixesChanged();
}

std::optional<CellValue> ReviewDocument::balancingValueFor(const CellRef& cell) const {
    return balancingFix(report_, findings_, cell);
}

std::optional<BalancingFill> ReviewDocument::balancingFillFor(const CellRef& cell) const {
    return balancingFill(report_, findings_, cell, checkOptions_);
}

std::optional<BalancingFill> ReviewDocument::bestFillFor(const Finding& failing) const {
    return bestBalancingFill(report_, findings_, failing, checkOptions_);
}

std::optional<BalancingFill> ReviewDocument::bestFillAround(const CellRef& cell) const {
    return bestBalancingFillAround(report_, findings_, cell, checkOptions_);
}

void ReviewDocument::applyValue(const CellRef& cell, const CellValue& value, const QString& reason) {
    ReportCell* target = report_.cell(cell);
    if (!target) return;
    target->value = value;
    const auto it = std::find_if(corrections_.begin(), corrections_.end(),
                                 [&](const Correction& c) { return c.cell == cell; });
    if (!target->isCorrected()) {
        if (it != corrections_.end()) corrections_.erase(it);
    } else if (it == corrections_.end()) {
        corrections_.push_back(Correction{cell, target->original, value, QDateTime::currentDateTime(), reason});
    } else {
        it->value = value;
        it->time = QDateTime::currentDateTime();
        if (!reason.isEmpty()) it->reason = reason;
    }
    emit cellChanged(cell);
    emit correctionsChanged();
    recheck();
}

void ReviewDocument::restoreCell(const CellRef& cell, const std::optional<Correction>& previous) {
    ReportCell* target = report_.cell(cell);
    if (!target) return;
    target->value = previous ? previous->value : target->original;
    const auto it = std::find_if(corrections_.begin(), corrections_.end(),
                                 [&](const Correction& c) { return c.cell == cell; });
    if (!previous) {
        if (it != corrections_.end()) corrections_.erase(it);
    } else if (it == corrections_.end()) {
        corrections_.push_back(*previous);
    } else {
        *it = *previous;
    }
    emit cellChanged(cell);
    emit correctionsChanged();
    recheck();
}

QByteArray ReviewDocument::sourceChecksum() const {
    if (!sourceSha256_.isEmpty()) return sourceSha256_;
    // A document built from a report in memory: its file is the best evidence left.
    QString ignored;
    return sha256OfFile(report_.meta.file, &ignored);
}

ReviewSession ReviewDocument::toSession() const {
    ReviewSession session;
    session.sourcePath = report_.meta.file;
    session.sourceSha256 = sourceChecksum();
    session.formatVersion = report_.meta.version;
    session.corrections = corrections_;
    session.disabledRules = checkOptions_.disabledRules;
    session.acceptedTextFixes = acceptedTextFixes_;
    session.saved = QDateTime::currentDateTime();
    return session;
}

bool ReviewDocument::saveSession(const QString& path, QString* error) {
    if (!refusedSessionPath_.isEmpty() && QFileInfo(path).absoluteFilePath() == refusedSessionPath_ && QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 是未能载入的审校记录，直接保存会覆盖其中的更正；请先将它改名保留").arg(path);
        return false;
    }
    if (!nianbao::saveSession(toSession(), path, error)) return false;
    undoStack_.setClean();
    setUnsavedBesidesUndo(false);
    return true;
}

bool ReviewDocument::loadSession(const QString& path, QString* error) {
    const std::optional<ReviewSession> session = nianbao::loadSession(path, error);
    if (!session || !adopt(*session, error)) {
        if (QFileInfo::exists(path)) refusedSessionPath_ = QFileInfo(path).absoluteFilePath();
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == refusedSessionPath_) refusedSessionPath_.clear();
    setUnsavedBesidesUndo(false);
    return true;
}

QString ReviewDocument::setRefusedSessionAside(QString* error) {
    const QString backup = setSessionAside(refusedSessionPath_, error);
    if (!backup.isEmpty()) refusedSessionPath_.clear();
    return backup;
}

bool ReviewDocument::restoreUnsaved(const ReviewSession& session, QString* error) {
    std::optional<std::vector<Correction>> fitted = fittedCorrections(session, error);
    if (!fitted) return false;
    std::vector<RestoreCorrectionsCommand::CellChange> changes = changesTo(*fitted);
    if (!changes.empty()) undoStack_.push(new RestoreCorrectionsCommand(this, std::move(changes)));
    if (checkOptions_.disabledRules != session.disabledRules) {
        checkOptions_.disabledRules = session.disabledRules;
        setUnsavedBesidesUndo(true);
        emit disabledRulesChanged();
        recheck();
    }
    return true;
}

int ReviewDocument::unsavedChangesIn(const ReviewSession& recovered) const {
    QString ignored;
    const std::optional<std::vector<Correction>> fitted = fittedCorrections(recovered, &ignored);
    return fitted ? static_cast<int>(changesTo(*fitted).size()) : 0;
}

// The session applied to a pristine copy first, so a session that does not
// fit this report leaves the current corrections untouched.
std::optional<std::vector<Correction>> ReviewDocument::fittedCorrections(const ReviewSession& session, QString* error) const {
    Report candidate = report_;
    for (ReportTable& table : candidate.tables)
        for (ReportRow& row : table.rows)
            for (ReportCell& cell : row.cells) cell.value = cell.original;
    if (!applySession(session, candidate, sourceChecksum(), error)) return std::nullopt;
    std::vector<Correction> fitted;
    for (const Correction& c : session.corrections) {
        const ReportCell* cell = candidate.cell(c.cell);
        if (!cell->isCorrected()) continue;  // a correction back to the source value is no correction
        Correction kept = c;
        kept.original = cell->original;  // the source is the authority on what it says
        fitted.push_back(std::move(kept));
    }
    return fitted;
}

// Per cell whose value or reason `target` changes: the correction now and after.
std::vector<RestoreCorrectionsCommand::CellChange> ReviewDocument::changesTo(const std::vector<Correction>& target) const {
    const auto sameCorrection = [](const std::optional<Correction>& a, const Correction& b) {
        return a && a->value == b.value && a->reason == b.reason;
    };
    std::vector<RestoreCorrectionsCommand::CellChange> changes;
    for (const Correction& now : corrections_) {
        const bool kept = std::any_of(target.begin(), target.end(), [&](const Correction& t) { return t.cell == now.cell; });
        if (!kept) changes.push_back({now.cell, now, std::nullopt});
    }
    for (const Correction& t : target)
        if (const std::optional<Correction> now = correction(t.cell); !sameCorrection(now, t))
            changes.push_back({t.cell, now, t});
    return changes;
}

bool ReviewDocument::adopt(const ReviewSession& session, QString* error) {
    std::optional<std::vector<Correction>> fitted = fittedCorrections(session, error);
    if (!fitted) return false;
    for (ReportTable& table : report_.tables)
        for (ReportRow& row : table.rows)
            for (ReportCell& cell : row.cells) cell.value = cell.original;
    for (const Correction& c : *fitted) report_.cell(c.cell)->value = c.value;
    corrections_ = std::move(*fitted);
    checkOptions_.disabledRules = session.disabledRules;
    acceptedTextFixes_ = session.acceptedTextFixes;
    undoStack_.clear();
    emit disabledRulesChanged();
    emit textFixesChanged();
    emit cellsReset();
    emit correctionsChanged();
    recheck();
    return true;
}

void ReviewDocument::recheck() {
    findings_ = checkReport(report_, checkOptions_);
    emit findingsChanged();
}

void ReviewDocument::setUnsavedBesidesUndo(bool unsaved) {
    const bool before = isModified();
    unsavedBesidesUndo_ = unsaved;
    if (before != isModified()) emit modifiedChanged(isModified());
}

}  // namespace nianbao
