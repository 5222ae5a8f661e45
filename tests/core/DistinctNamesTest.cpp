// Recent files and the dashboard show what tells two files apart.
#include "batch/DistinctNames.h"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

TEST(DistinctNames, UniqueNamesStayBare) {
    EXPECT_EQ(distinctNames({QStringLiteral("/home/li/年报/宁河区.docx"), QStringLiteral("/home/li/年报/和平区.pdf")}),
              (QStringList{QStringLiteral("宁河区.docx"), QStringLiteral("和平区.pdf")}));
}

TEST(DistinctNames, SameNameInTwoFoldersShowsTheFolder) {
    EXPECT_EQ(distinctNames({QStringLiteral("/srv/年报/2022/报告.docx"), QStringLiteral("/srv/年报/2023/报告.docx"),
                             QStringLiteral("/srv/年报/2023/说明.txt")}),
              (QStringList{QStringLiteral("报告.docx — 2022"), QStringLiteral("报告.docx — 2023"), QStringLiteral("说明.txt")}));
}

TEST(DistinctNames, AsManyFoldersAsItTakes) {
    EXPECT_EQ(distinctNames({QStringLiteral("/a/草稿/2023/r.txt"), QStringLiteral("/b/草稿/2023/r.txt"),
                             QStringLiteral("/b/终稿/2023/r.txt")}),
              (QStringList{QStringLiteral("r.txt — a/草稿/2023"), QStringLiteral("r.txt — b/草稿/2023"),
                           QStringLiteral("r.txt — 终稿/2023")}));
}

TEST(DistinctNames, TheSamePathTwiceAndUncleanPaths) {
    EXPECT_EQ(distinctNames({QStringLiteral("/r/x/a.txt"), QStringLiteral("/r/x/../x/a.txt"), QStringLiteral("/r/y//a.txt")}),
              (QStringList{QStringLiteral("a.txt — x"), QStringLiteral("a.txt — x"), QStringLiteral("a.txt — y")}));
    EXPECT_EQ(distinctNames({QStringLiteral("/r/x/a.txt"), QStringLiteral("/r/x/a.txt")}),
              (QStringList{QStringLiteral("a.txt"), QStringLiteral("a.txt")}));
    EXPECT_TRUE(distinctNames({}).isEmpty());
}

}  // namespace
}  // namespace nianbao
