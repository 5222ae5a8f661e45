#pragma once

#include <QString>
#include <QStringList>

namespace nianbao {

// What tells each file of a list apart, for menus and lists too narrow for
// full paths: the file name alone when it is unique, else the file name
// followed by as many of its parent folders as it takes
// ("报告.docx — 2023/宁河区"). Paths are compared as given after cleaning;
// the same path twice keeps its bare name.
QStringList distinctNames(const QStringList& paths);

}  // namespace nianbao
