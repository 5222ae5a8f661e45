#include "import/StructuredDocument.h"

namespace nianbao {

void StructuredDocument::addParagraph(const QString& text, SourceRange origin) {
    const QString simple = simplifiedText(text);
    if (simple.isEmpty()) return;
    StructuredBlock block;
    block.paragraph = simple;
    block.origin = origin;
    blocks.push_back(std::move(block));
}

void StructuredDocument::addTable(StructuredTable table) {
    if (table.rows.empty()) return;
    StructuredBlock block;
    block.isTable = true;
    block.table = std::move(table);
    blocks.push_back(std::move(block));
}

QString simplifiedText(const QString& text) {
    // QString::simplified() also folds U+3000 (ideographic space) and NBSP,
    // which reports use as blank-cell fillers; both are whitespace to us too.
    return text.simplified();
}

}  // namespace nianbao
