// The checkpoints the GUI's background read relies on: a read reports its
// stages (and a PDF its pages) and stops at the next checkpoint once asked,
// saying it was cancelled rather than failing or returning half a report.
#include "ImportTestSupport.h"

#include <QFile>

#include <utility>
#include <vector>

namespace nianbao::test {
namespace {

using Stage = ReadMonitor::Stage;

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

struct Trace {
    std::vector<std::pair<Stage, int>> steps;  // stage and `done`
    int pagesTotal = 0;
};

ReadOptions tracing(Trace* trace, std::function<bool()> cancelRequested = {}) {
    ReadOptions options;
    options.monitor.cancelRequested = std::move(cancelRequested);
    options.monitor.progressed = [trace](Stage stage, int done, int total) {
        trace->steps.emplace_back(stage, done);
        if (stage == Stage::Page) trace->pagesTotal = total;
    };
    return options;
}

TEST(ReadMonitor, PdfReportsEveryPageThenTheRebuild) {
    const QString path = corpusPath("real/r02_hongzequ_2023.pdf");  // five pages
    Trace trace;
    const ReadResult result = readReportBytes(bytesOf(path), path, tracing(&trace));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_FALSE(result.cancelled);
    const std::vector<std::pair<Stage, int>> expected{{Stage::Decoding, 0}, {Stage::Page, 0}, {Stage::Page, 1},
                                                      {Stage::Page, 2},     {Stage::Page, 3}, {Stage::Page, 4},
                                                      {Stage::Rebuilding, 0}};
    EXPECT_EQ(trace.steps, expected);
    EXPECT_EQ(trace.pagesTotal, 5);
}

TEST(ReadMonitor, PdfStopsAtThePageWhereCancelWasAsked) {
    const QString path = corpusPath("real/r02_hongzequ_2023.pdf");
    Trace trace;
    // The user presses 取消 while page 3 (index 2) is being reached.
    const ReadResult result = readReportBytes(bytesOf(path), path, tracing(&trace, [&trace] {
        return !trace.steps.empty() && trace.steps.back() == std::pair{Stage::Page, 2};
    }));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(result.error, QStringLiteral("已取消读取"));
    ASSERT_FALSE(trace.steps.empty());
    EXPECT_EQ(trace.steps.back(), (std::pair{Stage::Page, 2}));  // pages 4 and 5 were never read
}

TEST(ReadMonitor, TextCancelledAfterDecodingIsNeverRebuilt) {
    const QString path = corpusPath(kCorpusFiles[0]);
    Trace trace;
    const ReadResult result = readReportBytes(bytesOf(path), path, tracing(&trace, [&trace] {
        return !trace.steps.empty();  // cancelled as soon as the read began
    }));
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.report.has_value());
    const std::vector<std::pair<Stage, int>> expected{{Stage::Decoding, 0}};
    EXPECT_EQ(trace.steps, expected);
}

TEST(ReadMonitor, AFailedReadIsNotACancelledOne) {
    Trace trace;
    const ReadResult result = readReportBytes(QByteArrayLiteral("%PDF-1.4 broken"), QStringLiteral("broken.pdf"),
                                              tracing(&trace, [] { return false; }));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.cancelled);
    EXPECT_NE(result.error, QStringLiteral("已取消读取"));
}

}  // namespace
}  // namespace nianbao::test
