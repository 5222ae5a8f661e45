// nianbao: the review workbench. Opens the report given on the command
// line, or the bundled sample. Hidden options serve the docs and the
// measurements: --screenshot FILE grabs the window once loaded,
// --select TABLE:ROW:COL selects a cell first, --quit-after-load exits as
// soon as the window is usable and prints the time it took.
#include "app/DataFilesCheck.h"
#include "app/MainWindow.h"
#include "app/SampleReport.h"
#include "app/Translations.h"
#include "app/UserPrompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

std::optional<nianbao::CellRef> parseCell(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3) return std::nullopt;
    bool rowOk = false, columnOk = false;
    nianbao::CellRef cell{parts[0], parts[1].toInt(&rowOk), parts[2].toInt(&columnOk)};
    if (!rowOk || !columnOk) return std::nullopt;
    return cell;
}

}  // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    QApplication::setApplicationName(QStringLiteral("nianbao-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));

    QCommandLineParser parser;
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("界面语言：zh_CN 或 en"), QStringLiteral("lang"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("载入后截图保存到 FILE 并退出"),
                                  QStringLiteral("FILE"));
    QCommandLineOption select(QStringLiteral("select"), QStringLiteral("载入后选中单元格，如 requests:0:6"),
                              QStringLiteral("TABLE:ROW:COL"));
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("窗口大小，如 1600x1000"), QStringLiteral("WxH"));
    QCommandLineOption quitAfterLoad(QStringLiteral("quit-after-load"),
                                     QStringLiteral("窗口可用后立即退出，并输出启动耗时"));
    for (QCommandLineOption* hidden : {&screenshot, &select, &size, &quitAfterLoad})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, screenshot, select, size, quitAfterLoad});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("要审校的年度报告"));
    parser.process(app);

    nianbao::installTranslations(app, parser.value(lang));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("MainWindow", "年报审校工作台"));
    {
        nianbao::DialogPrompts prompts;
        if (!nianbao::DataFilesCheck::passes(prompts)) return 2;
    }

    nianbao::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openReport(files.isEmpty() ? nianbao::locateSampleReport() : files.first());
    if (parser.isSet(select))
        if (const std::optional<nianbao::CellRef> cell = parseCell(parser.value(select))) window.selectCell(*cell);

    if (parser.isSet(quitAfterLoad) || parser.isSet(screenshot)) {
        // Once the event loop has laid out and painted the window, it is usable.
        QTimer::singleShot(0, &window, [&] {
            QApplication::processEvents();
            if (parser.isSet(screenshot)) window.grab().save(parser.value(screenshot));
            std::printf("startup-to-usable-ms %lld\n", static_cast<long long>(startup.elapsed()));
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
