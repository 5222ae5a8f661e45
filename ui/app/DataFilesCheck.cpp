#include "app/DataFilesCheck.h"

#include "app/UserPrompts.h"
#include "check/RuleCatalog.h"

namespace nianbao {

bool DataFilesCheck::passes(UserPrompts& prompts) {
    QString problem;
    if (validateDataFiles(&problem)) return true;
    prompts.showError(nullptr, tr("数据文件有误"),
                      tr("格式说明或规则目录文件有误，年报审校工作台无法启动：\n%1\n\n请改正该文件或重新安装。").arg(problem));
    return false;
}

}  // namespace nianbao
