#include "import/ZipPart.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace nianbao {
namespace {

ZipPartResult failure(const QString& message) {
    ZipPartResult r;
    r.error = message;
    return r;
}

QString sizeInMiB(qint64 bytes) {
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

}  // namespace

ZipPartResult readZipPart(const QByteArray& archive, const QString& member, qint64 limit) {
    QBuffer buffer;
    buffer.setData(archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return failure(QStringLiteral("文件已损坏：不是完整的 ZIP 压缩包（DOCX 文件本质上是 ZIP 压缩包），无法打开"));
    if (!zip.setCurrentFile(member))
        return failure(QStringLiteral("这个 ZIP 压缩包不是 Word 文档：缺少 %1").arg(member));
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return failure(QStringLiteral("文件已损坏：无法读取 %1 的压缩信息").arg(member));
    const QString tooLarge = QStringLiteral("%1 解压后超过 %2 MB 上限，可能是恶意构造的压缩包（“ZIP 炸弹”），已拒绝读取")
                                 .arg(member, sizeInMiB(limit));
    if (static_cast<qint64>(info.uncompressedSize) > limit) return failure(tooLarge);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("无法解压 %1（可能已加密或已损坏）").arg(member));
    ZipPartResult result;
    result.data.reserve(static_cast<qsizetype>(std::min<qint64>(info.uncompressedSize, limit)));
    char chunk[64 * 1024];
    while (true) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) return failure(QStringLiteral("文件已损坏：解压 %1 时出错").arg(member));
        if (n == 0) break;
        if (result.data.size() + n > limit) return failure(tooLarge);
        result.data.append(chunk, static_cast<qsizetype>(n));
    }
    file.close();  // checks the CRC of what was inflated
    if (file.getZipError() != UNZ_OK)
        return failure(QStringLiteral("文件已损坏：%1 的校验和不符").arg(member));
    return result;
}

}  // namespace nianbao
