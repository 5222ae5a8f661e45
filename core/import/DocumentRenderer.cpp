#include "import/DocumentRenderer.h"

#include "text/ReportBudget.h"

namespace nianbao {
namespace {

const QString kCellSeparator = QStringLiteral(" | ");

class Renderer {
public:
    explicit Renderer(std::vector<RenderedOrigin>* origins) : origins_(origins) {}

    // Stops at the first ReportBudget limit passed; budgetError() says which.
    void render(const StructuredDocument& structured) {
        for (const StructuredBlock& block : structured.blocks) {
            if (budget_.exceeded()) return;
            if (!block.isTable) {
                DocBlock out;
                out.kind = DocBlock::Kind::Paragraph;
                const QString text = simplifiedText(block.paragraph);
                out.paragraph.text = normalizeLine(text).text.trimmed();
                if (!budget_.addLines(1) || !budget_.addCharacters(out.paragraph.text.size())) return;
                out.paragraph.span = appendLine(text);
                noteOrigin(out.paragraph.span, block.origin, false);
                document_.blocks.push_back(std::move(out));
                continue;
            }
            separateTable();
            DocBlock out;
            out.kind = DocBlock::Kind::Table;
            renderTable(block.table, 0, &out.table);
            document_.blocks.push_back(std::move(out));
            separateTable();
        }
    }

    QString text() const { return lines_.join(QLatin1Char('\n')); }
    const QString& budgetError() const { return budget_.error(); }
    Document takeDocument() { return std::move(document_); }

private:
    // Nested rows follow the row that holds them, in the same DocTable:
    // reconstruction reads rows in document order, wherever they sit.
    void renderTable(const StructuredTable& table, int depth, DocTable* out) {
        for (const StructuredRow& row : table.rows) {
            if (!budget_.addLines(1) || !budget_.addTableCells(qsizetype(row.cells.size()))) return;
            const QString indent(depth, QLatin1Char('\t'));
            QString line = indent;
            std::vector<std::pair<int, int>> ranges;  // [start, end) of each cell's text
            QStringList texts;
            for (size_t c = 0; c < row.cells.size(); ++c) {
                if (c > 0) line += kCellSeparator;
                const int start = static_cast<int>(line.size());
                texts.append(simplifiedText(row.cells[c].text));  // a line break would split the row
                line += texts.last();
                ranges.emplace_back(start, static_cast<int>(line.size()));
            }
            lines_.append(line);
            const int lineNumber = static_cast<int>(lines_.size());
            DocRow docRow;
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const StructuredCell& cell = row.cells[c];
                DocCell docCell;
                docCell.text = normalizeLine(texts[static_cast<int>(c)]).text.trimmed();
                if (!budget_.addCharacters(docCell.text.size())) return;
                docCell.span = SourceSpan{lineNumber, ranges[c].first, lineNumber, ranges[c].second};
                docCell.columnSpan = cell.columnSpan;
                docCell.rowSpan = cell.rowSpan;
                noteOrigin(docCell.span, cell.origin, true);
                docRow.cells.push_back(std::move(docCell));
            }
            out->rows.push_back(std::move(docRow));
            for (const StructuredCell& cell : row.cells)
                for (const StructuredTable& nested : cell.nested) renderTable(nested, depth + 1, out);
        }
    }

    SourceSpan appendLine(const QString& text) {
        lines_.append(text);
        const int lineNumber = static_cast<int>(lines_.size());
        return SourceSpan{lineNumber, 0, lineNumber, static_cast<int>(text.size())};
    }

    void noteOrigin(const SourceSpan& span, const SourceRange& origin, bool isCell) {
        if (origins_ && origin.isValid()) origins_->push_back({span, origin, isCell});
    }

    void separateTable() {
        if (!lines_.isEmpty() && !lines_.last().isEmpty()) lines_.append(QString());
    }

    QStringList lines_;
    Document document_;
    ReportBudgetTally budget_;
    std::vector<RenderedOrigin>* origins_;
};

}  // namespace

void renderStructuredDocument(const StructuredDocument& structured, ImportResult* result, std::vector<RenderedOrigin>* origins) {
    Renderer renderer(origins);
    renderer.render(structured);
    if (!renderer.budgetError().isEmpty()) {
        result->error = renderer.budgetError();
        return;
    }
    result->source = SourceText(renderer.text());
    result->document = renderer.takeDocument();
}

}  // namespace nianbao
