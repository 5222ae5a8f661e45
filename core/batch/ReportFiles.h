#pragma once

#include <QString>
#include <QStringList>

namespace nianbao {

// The files a batch run reads: every file named, and every report file found
// by walking each folder named (recursively; .txt, .docx, .htm, .html, .pdf,
// any case). Folder contents come sorted by path, so the order — and thus the
// output — is the same whatever the file system returns. Arguments that are
// neither end up in `missing`.
QStringList collectReportFiles(const QStringList& arguments, QStringList* missing);

}  // namespace nianbao
