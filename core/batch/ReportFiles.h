#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nianbao {

// One entry of a batch run: a file to read, or a path that cannot be read,
// with the reason (Chinese, for the clerk).
struct ReportEntry {
    QString path;
    QString problem;  // empty: read the file; otherwise why it cannot be
};

// What a batch run reads: every file named, and every file found by walking
// each folder named, recursively. Content decides what is a report, not the
// name: portal pages saved as .shtml, files without an extension, markdown are
// all read, and a file that is no report fails there with its reason. Nothing
// is dropped silently: a missing argument, a broken symbolic link, a file or
// subfolder without read permission, a pipe or device file become entries
// with a problem. Two kinds of names are not a folder's content and are left
// out: hidden ones (".git", ".DS_Store"), and a review session
// "<report>.nianbao.json" saved by the workbench beside its report.
// Symbolic links to folders are followed, each folder walked once.
// Each argument's entries come sorted by path, so the order — and thus the
// output — is the same whatever the file system returns.
std::vector<ReportEntry> listReportFiles(const QStringList& arguments);

}  // namespace nianbao
