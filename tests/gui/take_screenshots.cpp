// Takes the screenshots in docs/screenshots of the comparison window (two
// year pairs) and the folder dashboard (the corpus), plus the exported
// charts of the first pair, the workbench proofreading corpus 002 (rules
// panel open, the narrative finding underlined) and reading the real WPS PDF
// r02, and the review letters' settings dialog: `gui_screenshots OUT_DIR` under Xvfb.
#include "GuiTestSupport.h"
#include "app/LetterSettingsDialog.h"
#include "YearPairFixture.h"

#include "compare/ComparisonWindow.h"
#include "dashboard/DashboardWindow.h"
#include "document/ReviewDocument.h"
#include "views/FindingsPanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace nianbao;

namespace {

void settle(int ms = 300) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void grabComparison(const QString& fixtureFolder, const QString& out, const QString& name) {
    ComparisonWindow window;
    window.resize(1600, 1000);
    window.loadReports({fixtureFolder});
    window.show();
    settle();
    window.grab().save(QDir(out).filePath(QStringLiteral("compare-%1-table.png").arg(name)));
    window.findChild<QTabWidget*>()->setCurrentIndex(1);
    settle();
    window.grab().save(QDir(out).filePath(QStringLiteral("compare-%1-charts.png").arg(name)));
    if (name == QLatin1String("ninghe")) window.exportCharts(out, QStringLiteral("chart"));
}

void grabProofreading(const QString& out) {
    MainWindow window(std::make_unique<test::ScriptedPrompts>(std::make_shared<test::ScriptedPrompts::Script>()));
    window.resize(1600, 1000);
    window.openReport(test::corpusPath(test::kCorpus002));
    window.show();
    const std::vector<Finding>& findings = window.document()->findings();
    for (size_t row = 0; row < findings.size(); ++row)
        if (findings[row].rule == QLatin1String("narrative.mismatch")) window.findingsPanel()->selectRow(static_cast<int>(row));
    auto* rules = window.findChild<QDockWidget*>(QStringLiteral("rulesDock"));
    rules->raise();
    window.resizeDocks({rules}, {330}, Qt::Vertical);  // room for a dozen rules, not three
    window.document()->setRuleEnabled(QStringLiteral("cell.blank"), false);  // an unticked rule, as a reviewer would
    settle();
    window.grab().save(QDir(out).filePath(QStringLiteral("workbench-proofreading.png")));
}

// A real WPS PDF (r02): table 三 printed in the 2019 layout inside a 2021
// report, read in that layout; the table-四 errors are real.
void grabRealPdf(const QString& out) {
    MainWindow window(std::make_unique<test::ScriptedPrompts>(std::make_shared<test::ScriptedPrompts::Script>()));
    window.resize(1600, 1000);
    window.openReport(test::corpusPath(QStringLiteral("real/r02_hongzequ_2023.pdf")));
    window.show();
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).startsWith(QStringLiteral("表三"))) tabs->setCurrentIndex(i);
    settle();
    window.grab().save(QDir(out).filePath(QStringLiteral("workbench-r02-pdf.png")));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("."));
    grabProofreading(out);
    grabRealPdf(out);
    QTemporaryDir ninghe, county;
    test::writeNingheYearPair(ninghe.path());
    test::writeCountyYearPair(county.path());
    grabComparison(ninghe.path(), out, QStringLiteral("ninghe"));
    grabComparison(county.path(), out, QStringLiteral("county"));

    DashboardWindow dashboard;
    dashboard.resize(1600, 900);
    dashboard.show();
    QEventLoop loop;
    QObject::connect(&dashboard, &DashboardWindow::scanFinished, &loop, &QEventLoop::quit);
    dashboard.scanFolder(QStringLiteral(NIANBAO_CORPUS_DIR));
    loop.exec();
    settle();
    dashboard.grab().save(QDir(out).filePath(QStringLiteral("dashboard.png")));

    LetterSettingsDialog letters({QStringLiteral("某某区政务公开办公室"), LetterSettings::defaultClosing(), QDate(2026, 3, 5)});
    letters.show();
    settle();
    letters.grab().save(QDir(out).filePath(QStringLiteral("letter-settings.png")));
    return 0;
}
