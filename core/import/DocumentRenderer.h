#pragma once

#include "import/StructuredDocument.h"
#include "import/ImportResult.h"

#include <vector>

namespace nianbao {

// Lays a structured document out as plain text — one paragraph per line, one
// table row per line with cells separated by " | ", nested tables indented
// by a tab per level under the row that holds them, a blank line around each
// table — and fills result->source and result->document so that every
// paragraph's and cell's span covers exactly its text in that rendering.
// A document past a ReportBudget limit sets result->error ("报告过大：…")
// instead, before its text costs the memory.
// When `origins` is given, it receives, for every rendered paragraph and cell
// whose origin the reader kept, its span in the rendering and that origin.
struct RenderedOrigin {
    SourceSpan span;
    SourceRange origin;
    bool isCell = false;
};
void renderStructuredDocument(const StructuredDocument& structured, ImportResult* result,
                              std::vector<RenderedOrigin>* origins = nullptr);

}  // namespace nianbao
