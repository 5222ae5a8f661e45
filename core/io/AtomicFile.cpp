#include "io/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace nianbao {
namespace {

QString writeFailure(const QString& path, int error) {
    const QString target = QDir::toNativeSeparators(path);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("磁盘空间不足，无法写入 %1；原有文件保持不变").arg(target);
    case EFBIG:
        return QStringLiteral("磁盘空间不足或超出文件大小上限，无法写入 %1；原有文件保持不变").arg(target);
    default:
        return QStringLiteral("写入 %1 失败：%2；原有文件保持不变").arg(target, QString::fromLocal8Bit(std::strerror(error)));
    }
}

// Writes straight to the temporary's descriptor rather than through
// QSaveFile's buffer: Qt 6.4's commit() does not report a buffered write that
// fails at the end (a full disk then "saves" an empty file), and only errno
// can tell a full disk from other failures.
QString writeAll(QSaveFile& file, const QString& path, const QByteArray& bytes) {
    const int fd = file.handle();
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR) continue;
            return writeFailure(path, errno);
        }
        data += written;
        left -= written;
    }
    // Some filesystems (NFS, quotas, compressed or copy-on-write ones) report
    // the lack of room only when the data is flushed to disk.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) return writeFailure(path, errno);
    return {};
}

}  // namespace

bool isSameFile(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    struct stat sa {}, sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    const QString ca = QFileInfo(a).canonicalFilePath();
    // canonicalFilePath() is empty for a file that does not exist yet, and a
    // new file cannot be an input.
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

QString outputPathProblem(const QString& path, const std::vector<ProtectedFile>& inputs, const QString& replaceableSuffix) {
    const QString target = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists()) {
        for (const ProtectedFile& input : inputs)
            if (isSameFile(path, input.path))
                return QStringLiteral("拒绝写入：输出文件 %1 就是本次读取的%2（%3），覆盖会丢失它；未写入任何文件")
                    .arg(target, input.role, QDir::toNativeSeparators(input.path));
        if (!info.isFile())
            return QStringLiteral("拒绝写入：%1 不是普通文件（而是文件夹、设备或管道），不能用作输出文件；未写入任何文件").arg(target);
        if (!replaceableSuffix.isEmpty() && info.suffix().compare(replaceableSuffix, Qt::CaseInsensitive) != 0)
            return QStringLiteral("拒绝写入：%1 已存在且不是 .%2 文件（可能是一份报告：输出文件名是否漏写了？），不会覆盖它；未写入任何文件")
                .arg(target, replaceableSuffix);
        return {};
    }
    if (!QFileInfo(info.absolutePath()).isDir())
        return QStringLiteral("无法写入 %1：文件夹 %2 不存在；未写入任何文件")
            .arg(target, QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

AtomicWriteSet::AtomicWriteSet() = default;
AtomicWriteSet::~AtomicWriteSet() = default;

void AtomicWriteSet::add(const QString& path, const QByteArray& bytes) {
    pending_.push_back({path, bytes});
}

QString AtomicWriteSet::commit() {
    // An uncommitted QSaveFile deletes its temporary when destroyed, so every
    // early return below leaves the targets exactly as they were.
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const Pending& p : pending_) {
        auto file = std::make_unique<QSaveFile>(p.path);
        if (!file->open(QIODevice::WriteOnly)) {
            const QString folder = QDir::toNativeSeparators(QFileInfo(p.path).absolutePath());
            if (!QFileInfo(folder).isDir())
                return QStringLiteral("无法写入 %1：文件夹 %2 不存在；原有文件保持不变").arg(QDir::toNativeSeparators(p.path), folder);
            return QStringLiteral("无法写入 %1：%2；原有文件保持不变").arg(QDir::toNativeSeparators(p.path), file->errorString());
        }
        if (QString error = writeAll(*file, p.path, p.bytes); !error.isEmpty()) return error;
        staged.push_back(std::move(file));
    }
    // Every byte is on disk; what is left is one rename per file.
    for (size_t i = 0; i < staged.size(); ++i) {
        if (!staged[i]->commit())
            return QStringLiteral("无法替换 %1：%2").arg(QDir::toNativeSeparators(pending_[i].path), staged[i]->errorString());
    }
    pending_.clear();
    return {};
}

QString writeFileAtomically(const QString& path, const QByteArray& bytes) {
    AtomicWriteSet set;
    set.add(path, bytes);
    return set.commit();
}

}  // namespace nianbao
