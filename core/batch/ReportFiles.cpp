#include "batch/ReportFiles.h"

#include "session/ReviewSession.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace nianbao {
namespace {

// Why a path that is not a folder cannot be read as a file, or an empty string.
QString fileProblem(const QFileInfo& info) {
    if (info.isSymLink() && !info.exists())
        return QStringLiteral("符号链接指向的文件不存在（%1）").arg(info.symLinkTarget());
    if (!info.exists()) return QStringLiteral("文件或文件夹不存在");
    // A pipe or device would block or never end: only regular files are read.
    if (!info.isFile()) return QStringLiteral("不是普通文件（可能是管道、套接字或设备文件），无法作为报告读取");
    if (!info.isReadable()) return QStringLiteral("没有读取该文件的权限");
    return QString();
}

class FolderWalk {
public:
    explicit FolderWalk(std::vector<ReportEntry>* out) : out_(out) {}

    void walk(const QFileInfo& folder) {
        // A folder reached twice (a link back up the tree, or to a folder already named) is walked once.
        if (visited_.contains(folder.canonicalFilePath())) return;
        visited_.insert(folder.canonicalFilePath());
        const QString path = folder.filePath();
        if (!folder.isReadable() || !folder.isExecutable()) {
            out_->push_back({path, QStringLiteral("无法列出文件夹内容：没有读取权限")});
            return;
        }
        const QDir dir(path);
        // System lists broken symbolic links, pipes and devices too: they get a row, not silence.
        const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        QSet<QString> names;
        for (const QFileInfo& e : entries) names.insert(e.fileName());
        for (const QFileInfo& e : entries) {
            if (isSessionOfReport(e, names)) continue;
            if (e.isDir()) walk(e);
            else out_->push_back({e.filePath(), fileProblem(e)});
        }
    }

private:
    static bool isSessionOfReport(const QFileInfo& entry, const QSet<QString>& names) {
        static const QString suffix = defaultSessionPath(QString());
        const QString name = entry.fileName();
        return name.endsWith(suffix) && names.contains(name.chopped(suffix.size()));
    }

    std::vector<ReportEntry>* out_;
    QSet<QString> visited_;
};

}  // namespace

std::vector<ReportEntry> listReportFiles(const QStringList& arguments) {
    std::vector<ReportEntry> entries;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            entries.push_back({argument, fileProblem(info)});
            continue;
        }
        std::vector<ReportEntry> found;
        FolderWalk(&found).walk(info);
        std::sort(found.begin(), found.end(), [](const ReportEntry& a, const ReportEntry& b) { return a.path < b.path; });
        entries.insert(entries.end(), found.begin(), found.end());
    }
    return entries;
}

}  // namespace nianbao
