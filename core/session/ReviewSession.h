#pragma once

#include "check/Finding.h"
#include "io/ReportReader.h"
#include "report/CellValue.h"
#include "report/Report.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// One correction a reviewer made to a cell: what the source said, what it
// says now, when, and optionally why.
struct Correction {
    CellRef cell;
    CellValue original;
    CellValue value;
    QDateTime time;
    QString reason;
};

// A review of one report, saved next to it as "<report>.nianbao.json"
// (format in docs/session-json.md). The checksum ties it to the exact bytes
// it was made on, so corrections are never applied to a different draft.
struct ReviewSession {
    QString sourcePath;
    QByteArray sourceSha256;  // hex
    QString formatVersion;    // the version the cells were addressed in
    std::vector<Correction> corrections;  // at most one per cell, latest value
    QSet<QString> disabledRules;
    // Text fixes the reviewer chose to send back as Word tracked changes,
    // by textFixKey() of their findings.
    QSet<QString> acceptedTextFixes;
    QDateTime saved;
};

// One limit for writing and reading: a session that could be saved can
// always be read back. A real review holds a few hundred corrections (a few
// dozen kilobytes).
constexpr qint64 kMaxSessionBytes = 4 * 1024 * 1024;

QString defaultSessionPath(const QString& reportPath);
QByteArray sha256OfFile(const QString& path, QString* error);
QByteArray sha256Of(const QByteArray& bytes);  // hex

// Reads the report for review and sets `sha256` to the checksum of exactly
// the bytes it was rebuilt from, so a session saved later is tied to what the
// reviewer saw, not to whatever is on disk by then.
ReadResult readReportForReview(const QString& path, QByteArray* sha256, const ReadOptions& options = {});

QByteArray sessionToJson(const ReviewSession& session);
// Validates every field: the checksum (64 hex digits), the template (a known
// format version), each correction's cell (table, row, column in range, at
// most one per cell) and values (null or a finite number of at most 10^15),
// the disabled rules (known rule ids). Refuses, saying why, rather than
// applying a session it does not fully understand.
std::optional<ReviewSession> sessionFromJson(const QByteArray& json, QString* error);

// Atomic (writeFileAtomically): a full disk or a crash mid-write leaves the
// previous file intact. Refuses to write over the report itself or past
// kMaxSessionBytes.
bool saveSession(const ReviewSession& session, const QString& path, QString* error);
std::optional<ReviewSession> loadSession(const QString& path, QString* error);

// Moves an existing session file aside (renamed to "<name>.<yyyyMMdd-HHmmss>.bak.json"
// beside it), so a session that could not be applied is kept rather than
// overwritten. Returns the new path, or empty with `error` set.
QString setSessionAside(const QString& path, QString* error);

// Puts every correction into `report` (cell.value; cell.original keeps the
// source). Refuses, saying why, when `reportSha256` (the checksum of the bytes
// the report was read from) or the format version differ from the session's,
// or a corrected cell does not exist.
bool applySession(const ReviewSession& session, Report& report, const QByteArray& reportSha256, QString* error);

// The corrections currently in `report` (cells whose value differs from the source).
std::vector<Correction> correctionsOf(const Report& report);

}  // namespace nianbao
