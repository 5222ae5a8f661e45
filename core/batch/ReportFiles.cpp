#include "batch/ReportFiles.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace nianbao {

QStringList collectReportFiles(const QStringList& arguments, QStringList* missing) {
    static const QStringList patterns = {QStringLiteral("*.txt"), QStringLiteral("*.docx"), QStringLiteral("*.htm"),
                                         QStringLiteral("*.html"), QStringLiteral("*.pdf")};
    QStringList files;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            if (info.exists()) files << argument;
            else missing->append(argument);
            continue;
        }
        QStringList found;
        QDirIterator it(argument, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) found << it.next();
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

}  // namespace nianbao
