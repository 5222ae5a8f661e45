// The PDF reader's budgets against huge or hostile files: each is refused
// with its reason in Chinese, before the time runs away. The limits are
// lowered so that small generated files cross them.
#include "PdfFixture.h"

#include "import/PdfImporter.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

QString rawText(const ImportResult& result) {
    QStringList lines;
    for (int i = 1; i <= result.source.lineCount(); ++i) lines << result.source.originalLine(i);
    return lines.join(QLatin1Char('\n'));
}

QString refusal(const QByteArray& pdf, PdfLimits limits) {
    const ImportResult result = PdfImporter(limits).import(pdf, QStringLiteral("big.pdf"));
    EXPECT_FALSE(result.ok()) << "the file was read, but must be refused";
    return result.error;
}

TEST(PdfLimits, TooManyPagesIsRefused) {
    PdfLimits limits;
    limits.maxPages = 3;
    EXPECT_EQ(refusal(pagesOfWords(4, 10), limits), QStringLiteral("PDF 有 4 页，超过 3 页的上限；年度报告通常只有几页"));
}

TEST(PdfLimits, TooManyWordsOnAPageIsRefused) {
    PdfLimits limits;
    limits.maxWordsPerPage = 100;
    EXPECT_EQ(refusal(pagesOfWords(2, 150), limits),
              QStringLiteral("PDF 第 1 页有 150 个文字块，超过每页 100 个的上限；这不是年度报告的页面，已停止读取"));
}

TEST(PdfLimits, TooMuchTextIsRefused) {
    // Words "词0"…"词99": 2 to 3 characters, about 290 per page.
    PdfLimits limits;
    limits.maxTextChars = 500;
    EXPECT_EQ(refusal(pagesOfWords(3, 100), limits),
              QStringLiteral("PDF 的文字超过 500 个字符的上限（读到第 2 页）；年度报告通常只有几万字，已停止读取"));
}

TEST(PdfLimits, ReadingPastTheTimeLimitStops) {
    PdfLimits limits;
    limits.maxMilliseconds = 0;  // spent before the first page is read
    EXPECT_EQ(refusal(pagesOfWords(2, 10), limits),
              QStringLiteral("读取 PDF 超过 0 秒仍未完成（读到第 1 页），已停止；文件异常复杂或已损坏"));
}

TEST(PdfLimits, FilesWithinTheLimitsAreRead) {
    const ImportResult result = PdfImporter().import(pagesOfWords(3, 400), QStringLiteral("dense.pdf"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_TRUE(rawText(result).contains(QStringLiteral("词399")));
}

// A page packed with words in a grid is read as one big table; past the
// size of any real form it is kept as text lines, and quickly.
TEST(PdfLimits, HugeTableIsReadQuicklyAsText) {
    QElapsedTimer clock;
    clock.start();
    const ImportResult result = PdfImporter().import(pagesOfWords(2, 3500), QStringLiteral("grid.pdf"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_TRUE(rawText(result).contains(QStringLiteral("词3499")));
    EXPECT_LT(clock.elapsed(), 10000);
}

}  // namespace
}  // namespace nianbao::test
