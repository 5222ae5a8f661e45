#pragma once

#include "session/ReviewSession.h"

#include <QString>

#include <optional>

namespace nianbao {

// Crash recovery: the workbench journals the current corrections here on
// every change, away from the report (its folder may be read-only or shared), one
// file per report path. A recovery file newer than the saved session means
// the last run ended with corrections that were never saved.
class RecoveryStore {
public:
    explicit RecoveryStore(const QString& directory = defaultDirectory());

    static QString defaultDirectory();  // <AppLocalData>/recovery
    QString pathFor(const QString& reportPath) const;

    bool save(const ReviewSession& session, QString* error) const;  // atomic, via saveSession
    // The corrections left for this report, unless its saved session is newer.
    std::optional<ReviewSession> pending(const QString& reportPath, const QString& sessionPath) const;
    void discard(const QString& reportPath) const;

private:
    QString directory_;
};

}  // namespace nianbao
