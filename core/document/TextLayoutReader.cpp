#include "document/TextLayoutReader.h"

#include <QRegularExpression>

namespace nianbao {
namespace {

// A line that continues the cell above it is a short fragment ("量", "维持",
// "制作数量"); anything longer is prose, and a heading never continues a cell.
constexpr int kMaxContinuationLength = 10;

bool looksLikeHeading(const QString& trimmed) {
    static const QRegularExpression heading(QStringLiteral("^([一二三四五六七八九十]+|[0-9]+)[、.．]"));
    return heading.match(trimmed).hasMatch();
}

class LayoutBuilder {
public:
    explicit LayoutBuilder(const SourceText& source) : source_(source) {}

    Document build() {
        for (int line = 1; line <= source_.lineCount(); ++line) readLine(line);
        endTable();
        return std::move(document_);
    }

private:
    enum class LineKind { Blank, Paragraph, SingleCell, TabRow, PipeCells };

    void readLine(int line) {
        const QString& text = source_.normalizedLine(line).text;
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() && !text.startsWith(QLatin1Char('\t'))) {
            endRow();
            previous_ = LineKind::Blank;
            return;
        }
        if (trimmed.endsWith(QLatin1Char('|'))) {
            readPipeLine(line, text);
            previous_ = LineKind::PipeCells;
            return;
        }
        int firstNonTab = 0;
        while (firstNonTab < text.size() && text[firstNonTab] == QLatin1Char('\t')) ++firstNonTab;
        const bool innerTab = text.indexOf(QLatin1Char('\t'), firstNonTab) >= 0;
        if (innerTab) {
            readTabRow(line, text);
            previous_ = LineKind::TabRow;
            return;
        }
        if (text.startsWith(QLatin1Char('\t'))) {
            row_.cells.push_back(cellAt(line, 0, static_cast<int>(text.size())));
            previous_ = LineKind::SingleCell;
            return;
        }
        if (previous_ == LineKind::SingleCell && !row_.cells.empty() && trimmed.size() <= kMaxContinuationLength &&
            !looksLikeHeading(trimmed)) {
            continueCell(line, text);
            return;
        }
        endTable();
        DocBlock block;
        block.kind = DocBlock::Kind::Paragraph;
        block.paragraph.text = trimmed;
        block.paragraph.span = trimmedSpan(line, 0, static_cast<int>(text.size()));
        document_.blocks.push_back(std::move(block));
        previous_ = LineKind::Paragraph;
    }

    void readTabRow(int line, const QString& text) {
        endRow();
        int start = 0;
        while (true) {
            const int tab = static_cast<int>(text.indexOf(QLatin1Char('\t'), start));
            const int end = tab < 0 ? static_cast<int>(text.size()) : tab;
            row_.cells.push_back(cellAt(line, start, end));
            if (tab < 0) break;
            start = tab + 1;
        }
        endRow();
    }

    // "label |", "0 | ||", "|": the first segment is the cell; empty segments
    // after it are span runs, which in these exports close the row.
    void readPipeLine(int line, const QString& text) {
        const QStringList segments = text.split(QLatin1Char('|'));
        int offset = 0;
        bool rowEnds = false;
        for (int i = 0; i + 1 < segments.size(); ++i) {
            const int length = static_cast<int>(segments[i].size());
            if (!segments[i].trimmed().isEmpty())
                row_.cells.push_back(cellAt(line, offset, offset + length));
            else
                rowEnds = true;
            offset += length + 1;
        }
        if (rowEnds) endRow();
    }

    void continueCell(int line, const QString& text) {
        DocCell& cell = row_.cells.back();
        const SourceSpan more = trimmedSpan(line, 0, static_cast<int>(text.size()));
        cell.text += text.trimmed();
        cell.span.endLine = more.endLine;
        cell.span.endColumn = more.endColumn;
    }

    DocCell cellAt(int line, int start, int end) {
        const QString& text = source_.normalizedLine(line).text;
        DocCell cell;
        cell.text = text.mid(start, end - start).trimmed();
        cell.span = trimmedSpan(line, start, end);
        return cell;
    }

    SourceSpan trimmedSpan(int line, int start, int end) const {
        const QString& text = source_.normalizedLine(line).text;
        while (start < end && text[start].isSpace()) ++start;
        while (end > start && text[end - 1].isSpace()) --end;
        return source_.spanOf(line, start, end);
    }

    void endRow() {
        if (row_.cells.empty()) return;
        table_.rows.push_back(std::move(row_));
        row_ = {};
    }

    void endTable() {
        endRow();
        if (table_.rows.empty()) return;
        DocBlock block;
        block.kind = DocBlock::Kind::Table;
        block.table = std::move(table_);
        document_.blocks.push_back(std::move(block));
        table_ = {};
    }

    const SourceText& source_;
    Document document_;
    DocTable table_;
    DocRow row_;
    LineKind previous_ = LineKind::Blank;
};

}  // namespace

Document readTextLayout(const SourceText& source) {
    return LayoutBuilder(source).build();
}

}  // namespace nianbao
