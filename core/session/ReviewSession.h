#pragma once

#include "check/Finding.h"
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
    QDateTime saved;
};

QString defaultSessionPath(const QString& reportPath);
QByteArray sha256OfFile(const QString& path, QString* error);

QByteArray sessionToJson(const ReviewSession& session);
std::optional<ReviewSession> sessionFromJson(const QByteArray& json, QString* error);

// Atomic (QSaveFile): a crash mid-write leaves the previous file intact.
bool saveSession(const ReviewSession& session, const QString& path, QString* error);
std::optional<ReviewSession> loadSession(const QString& path, QString* error);

// Puts every correction into `report` (cell.value; cell.original keeps the
// source). Refuses, saying why, when the report's bytes or format version
// differ from the session's or a corrected cell does not exist.
bool applySession(const ReviewSession& session, Report& report, QString* error);

// The corrections currently in `report` (cells whose value differs from the source).
std::vector<Correction> correctionsOf(const Report& report);

}  // namespace nianbao
