// The open-report filter lists every format the importer reads, together and
// one by one, and still lets any file be chosen (the importer decides by content).
#include "app/ReportFileTypes.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

// The patterns between the parentheses of one filter entry.
QStringList patternsOf(const QString& entry) {
    const qsizetype open = entry.lastIndexOf(u'('), close = entry.lastIndexOf(u')');
    return entry.mid(open + 1, close - open - 1).split(u' ', Qt::SkipEmptyParts);
}

TEST(ReportFileTypesTest, FilterListsEveryImportedFormatTogetherAndOneByOne) {
    const QStringList entries = reportFileFilter().split(QStringLiteral(";;"));
    ASSERT_EQ(entries.size(), 7);  // all supported, text, markdown, Word, web page, PDF, all files
    const QStringList imported{"*.txt", "*.md", "*.docx", "*.html", "*.htm", "*.shtml", "*.pdf"};

    EXPECT_TRUE(entries.first().startsWith(QStringLiteral("年度报告（所有支持的格式）")));
    const QStringList together = patternsOf(entries.first());
    for (const QString& pattern : imported) EXPECT_TRUE(together.contains(pattern)) << pattern.toStdString();

    // Each pattern of the combined entry has exactly one entry of its own.
    QStringList oneByOne;
    for (qsizetype i = 1; i + 1 < entries.size(); ++i) oneByOne << patternsOf(entries[i]);
    oneByOne.sort();
    QStringList sortedTogether = together;
    sortedTogether.sort();
    EXPECT_EQ(oneByOne, sortedTogether);
    EXPECT_TRUE(entries[3].startsWith(QStringLiteral("Word 文档")));
    EXPECT_EQ(patternsOf(entries[4]), (QStringList{"*.html", "*.htm", "*.shtml"}));

    EXPECT_EQ(entries.last(), QStringLiteral("所有文件 (*)"));
}

}  // namespace
}  // namespace nianbao::test
