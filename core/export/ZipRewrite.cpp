#include "export/ZipRewrite.h"

#include "import/ZipPart.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

namespace nianbao {
namespace {

bool writeMember(QuaZip* zip, const QString& name, const QByteArray& data) {
    QuaZipFile file(zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) return false;
    file.close();
    return file.getZipError() == ZIP_OK;
}

// The compressed bytes of the current member, written unchanged with its own
// method, CRC and sizes: Word and LibreOffice see the very same part.
bool copyMemberRaw(QuaZip* in, const QuaZipFileInfo64& info, QuaZip* out) {
    int method = 0;
    int level = 0;
    QuaZipFile source(in);
    if (!source.open(QIODevice::ReadOnly, &method, &level, true)) return false;
    const QByteArray raw = source.readAll();
    source.close();
    if (raw.size() != qsizetype(info.compressedSize)) return false;
    const QuaZipNewInfo newInfo(info);  // name, time, attributes, extra fields, sizes
    QuaZipFile target(out);
    if (!target.open(QIODevice::WriteOnly, newInfo, nullptr, info.crc, method, level, true)) return false;
    if (target.write(raw) != raw.size()) return false;
    target.close();
    return target.getZipError() == ZIP_OK;
}

}  // namespace

QByteArray rewriteZip(const QByteArray& archive, const ZipEdit& edit, QString* error) {
    QBuffer source;
    source.setData(archive);
    QuaZip in(&source);
    if (!in.open(QuaZip::mdUnzip)) {
        *error = QStringLiteral("原文件不是完整的 ZIP 压缩包，无法复制");
        return {};
    }
    QByteArray bytes;
    QBuffer target(&bytes);
    QuaZip out(&target);
    if (!out.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("无法创建 ZIP 包（QuaZip 错误 %1）").arg(out.getZipError());
        return {};
    }
    for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!in.getCurrentFileInfo(&info)) {
            *error = QStringLiteral("原文件已损坏：无法读取压缩目录");
            return {};
        }
        if (info.flags & 1) {
            *error = QStringLiteral("原文件中的 %1 已加密，无法在其中写入修订").arg(info.name);
            return {};
        }
        const auto replaced = edit.replaced.constFind(info.name);
        const bool ok = replaced != edit.replaced.constEnd() ? writeMember(&out, info.name, *replaced) : copyMemberRaw(&in, info, &out);
        if (!ok) {
            *error = QStringLiteral("无法复制原文件中的 %1（QuaZip 错误 %2）").arg(info.name).arg(out.getZipError());
            return {};
        }
    }
    if (in.getZipError() != UNZ_OK) {
        *error = QStringLiteral("原文件已损坏：压缩目录读取出错");
        return {};
    }
    for (const auto& [name, data] : edit.added)
        if (!writeMember(&out, name, data)) {
            *error = QStringLiteral("无法写入 ZIP 包中的 %1（QuaZip 错误 %2）").arg(name).arg(out.getZipError());
            return {};
        }
    out.close();
    if (out.getZipError() != ZIP_OK) {
        *error = QStringLiteral("无法完成 ZIP 包（QuaZip 错误 %1）").arg(out.getZipError());
        return {};
    }
    return bytes;
}

}  // namespace nianbao
