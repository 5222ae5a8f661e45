#include "OfficeConvert.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <gtest/gtest.h>

namespace nianbao::test {

QString office() {
    for (const char* name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty()) return path;
    }
    return {};
}

QString convert(const QString& file, const QString& filter, const QTemporaryDir& dir) {
    QProcess p;
    p.start(office(), {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), dir.path(), file});
    EXPECT_TRUE(p.waitForFinished(180000)) << "LibreOffice did not finish";
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString extension = filter.section(QLatin1Char(':'), 0, 0);
    return dir.filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + extension);
}

}  // namespace nianbao::test
