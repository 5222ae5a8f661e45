// The workbench refuses to start on a broken data file and says why, in Chinese.
#include "GuiTestSupport.h"

#include "app/DataFilesCheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

TEST(DataFilesCheck, PassesWithTheBuiltInFiles) {
    auto script = std::make_shared<ScriptedPrompts::Script>();
    ScriptedPrompts prompts(script);
    EXPECT_TRUE(DataFilesCheck::passes(prompts));
    EXPECT_TRUE(script->errors.isEmpty());
}

TEST(DataFilesCheck, ABrokenFormatFileIsShownAndStopsTheStart) {
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("2030.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    QFile builtIn(QStringLiteral(":/nianbao/formats/2021.json"));
    ASSERT_TRUE(builtIn.open(QIODevice::ReadOnly));
    // Every relation's severity made unknown: the first one named is table 三's column balance.
    broken.write(builtIn.readAll().replace(R"("severity": "error")", R"("severity": "fatal")"));
    broken.close();
    auto script = std::make_shared<ScriptedPrompts::Script>();
    ScriptedPrompts prompts(script);
    qputenv("NIANBAO_FORMATS_DIR", dir.path().toUtf8());
    const bool passes = DataFilesCheck::passes(prompts);
    qunsetenv("NIANBAO_FORMATS_DIR");
    EXPECT_FALSE(passes);
    ASSERT_EQ(script->errors.size(), 1);
    EXPECT_EQ(script->errors.front(),
              QStringLiteral("格式说明或规则目录文件有误，年报审校工作台无法启动：\nformat description %1: rule requests.column_balance: "
                             "unknown severity \"fatal\" (info, warning or error)\n\n请改正该文件或重新安装。")
                  .arg(broken.fileName()));
}

}  // namespace
}  // namespace nianbao::test
