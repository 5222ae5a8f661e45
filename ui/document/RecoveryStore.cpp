#include "document/RecoveryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nianbao {

RecoveryStore::RecoveryStore(const QString& directory) : directory_(directory) {}

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::pathFor(const QString& reportPath) const {
    const QByteArray key = QFileInfo(reportPath).absoluteFilePath().toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    return directory_ + QLatin1Char('/') + name + QStringLiteral(".nianbao.json");
}

bool RecoveryStore::save(const ReviewSession& session, QString* error) const {
    if (!QDir().mkpath(directory_)) {
        *error = QStringLiteral("无法创建恢复文件夹 %1").arg(directory_);
        return false;
    }
    return saveSession(session, pathFor(session.sourcePath), error);
}

std::optional<ReviewSession> RecoveryStore::pending(const QString& reportPath, const QString& sessionPath) const {
    const QFileInfo recovery(pathFor(reportPath));
    if (!recovery.exists()) return std::nullopt;
    const QFileInfo session(sessionPath);
    // Strictly newer: file times tick in milliseconds, and an edit journaled in
    // the same tick as a save is still unsaved. What the file adds beyond the
    // saved session is for the workbench to tell (ReviewDocument::unsavedChangesIn).
    if (session.exists() && session.lastModified() > recovery.lastModified()) return std::nullopt;
    QString error;
    std::optional<ReviewSession> loaded = loadSession(recovery.filePath(), &error);
    if (!loaded || loaded->corrections.empty()) return std::nullopt;
    return loaded;
}

void RecoveryStore::discard(const QString& reportPath) const {
    QFile::remove(pathFor(reportPath));
}

}  // namespace nianbao
