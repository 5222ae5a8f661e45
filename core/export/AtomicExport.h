#pragma once

#include <QByteArray>
#include <QString>

namespace nianbao {

// True when both paths name the same existing file (symlinks and "../"
// resolved), so an export can never be aimed at the report it came from.
bool isSameFile(const QString& a, const QString& b);

// Writes `bytes` to `path` through QSaveFile: either the whole new file is
// there afterwards or the previous file is untouched. Refuses to write over
// `sourcePath` (the report being exported). Returns the error in Chinese, or
// an empty string on success.
QString saveExportFile(const QString& path, const QByteArray& bytes, const QString& sourcePath);

}  // namespace nianbao
