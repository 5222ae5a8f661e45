#include "app/SampleReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace nianbao {
namespace {

const QString kName = QStringLiteral("sample-report.txt");
const QString kResource = QStringLiteral(":/nianbao/samples/sample-report.txt");

}  // namespace

QString locateSampleReport() {
    const QDir exe(QCoreApplication::applicationDirPath());
    for (const QString& relative : {QStringLiteral("../../resources/samples/"), QStringLiteral("../resources/samples/"),
                                    QStringLiteral("../share/nianbao/samples/")}) {
        const QString path = QDir::cleanPath(exe.filePath(relative + kName));
        if (QFileInfo::exists(path)) return path;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString copy = folder + QLatin1Char('/') + kName;
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(folder);
        if (!QFile::copy(kResource, copy)) return kResource;  // read-only, but still shows the workbench working
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }
    return copy;
}

}  // namespace nianbao
