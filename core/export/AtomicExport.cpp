#include "export/AtomicExport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace nianbao {

bool isSameFile(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    // canonicalFilePath() is empty for a file that does not exist yet, and a
    // new file cannot be the source.
    return !ca.isEmpty() && ca == cb;
}

QString saveExportFile(const QString& path, const QByteArray& bytes, const QString& sourcePath) {
    if (isSameFile(path, sourcePath))
        return QStringLiteral("拒绝导出：输出文件 %1 就是原报告文件，覆盖会丢失原稿").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("无法写入 %1：%2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return QStringLiteral("写入 %1 失败：%2").arg(path, file.errorString());
    }
    if (!file.commit()) return QStringLiteral("写入 %1 失败：%2").arg(path, file.errorString());
    return {};
}

}  // namespace nianbao
