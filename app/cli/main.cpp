#include "CheckCommand.h"
#include "CompareCommand.h"
#include "ExportCommand.h"
#include "ReviewLettersCommand.h"

#include "check/RuleCatalog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

const char* kUsage =
    "用法：nianbao-cli <命令> [选项] 文件...\n"
    "\n"
    "命令：\n"
    "  check    重建统计表并检查勾稽关系（nianbao-cli check --help 查看选项）\n"
    "  export   导出更正后的报告：DOCX、CSV、XLSX、JSON（nianbao-cli export --help 查看选项）\n"
    "  compare  按机关、按年度比较多份报告，检查跨年度衔接（nianbao-cli compare --help 查看选项）\n"
    "  review-letters  为每份报告生成审核意见书（DOCX）及审核情况汇总（nianbao-cli review-letters --help 查看选项）\n";

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << QString::fromUtf8(kUsage) << Qt::flush;
        return 2;
    }
    if (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        QTextStream(stdout) << QString::fromUtf8(kUsage) << Qt::flush;
        return 0;
    }
    // A broken format description or rule catalog stops every command before it reads a report:
    // checking with rules missing would pass reports it should not.
    QString dataProblem;
    if (!nianbao::validateDataFiles(&dataProblem)) {
        err << QStringLiteral("数据文件有误，无法检查：%1\n").arg(dataProblem) << Qt::flush;
        return 2;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("check")) return nianbao::cli::runCheck(args);
    if (command == QLatin1String("export")) return nianbao::cli::runExport(args);
    if (command == QLatin1String("compare")) return nianbao::cli::runCompare(args);
    if (command == QLatin1String("review-letters")) return nianbao::cli::runReviewLetters(args);
    err << QStringLiteral("未知命令“%1”\n").arg(command) << QString::fromUtf8(kUsage) << Qt::flush;
    return 2;
}
