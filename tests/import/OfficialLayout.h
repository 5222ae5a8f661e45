#pragma once

#include "import/StructuredDocument.h"
#include "report/Report.h"

namespace nianbao::test {

// A corpus report as a clerk's Word draft would hold it: the paragraphs the
// text importer read, and the three tables in the official printed layout —
// merged header cells, the 三、本年度办理结果 and group labels spanning
// their rows (continuation cells marked), table-二 items sharing one grid —
// filled with the cell texts the text importer read. Rows and items the
// text version lacks are left out, so every format must find the same.
StructuredDocument officialLayout(const Report& textReport);

}  // namespace nianbao::test
