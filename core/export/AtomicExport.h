#pragma once

#include "io/AtomicFile.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// One export file written through writeFileAtomically(), after refusing a
// target that is `sourcePath` (the report being exported), not a regular
// file, or in a folder that does not exist. Returns the error in Chinese, or
// an empty string on success.
QString saveExportFile(const QString& path, const QByteArray& bytes, const QString& sourcePath);

}  // namespace nianbao
