#include "document/TextLayoutReader.h"

#include "document/LooseRow.h"
#include "document/MarkdownSyntax.h"

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

// Word saves a bulleted paragraph as text with its bullet and a tab in front
// ("\uF0B7\t…", the Symbol-font bullet, or "•\t…"): the length of that
// prefix, 0 when there is none. Without it the tab would make a table row.
int bulletPrefixLength(const QString& text) {
    int i = 0;
    while (i < text.size() && text[i] == QLatin1Char(' ')) ++i;
    if (i >= text.size()) return 0;
    const char16_t c = text[i].unicode();
    const bool symbolFont = c >= 0xF020 && c <= 0xF0FF;  // Symbol and Wingdings glyphs, as Word exports them
    if (!symbolFont && !QStringView(u"•·▪●■◆◇○□➢►").contains(text[i])) return 0;
    int end = i + 1;
    if (end >= text.size() || text[end] != QLatin1Char('\t')) return 0;
    while (end < text.size() && text[end].isSpace()) ++end;
    return end;
}

class LayoutBuilder {
public:
    explicit LayoutBuilder(const SourceText& source) : source_(source), markdown_(looksLikeMarkdown(source)) {}

    Document build() {
        for (int line = 1; line <= source_.lineCount(); ++line) readLine(line);
        flushLabelLines();
        endTable();
        return std::move(document_);
    }

private:
    enum class LineKind { Blank, Paragraph, SingleCell, TabRow, PipeCells, MarkdownRow, LooseRow };

    void readLine(int line) {
        const QString& text = source_.normalizedLine(line).text;
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() && !text.startsWith(QLatin1Char('\t'))) {
            // A blank line ends a row of one-cell lines but not a run of loose
            // rows: converters put blank lines between those too.
            if (previous_ != LineKind::LooseRow) endRow();
            if (previous_ == LineKind::MarkdownRow) endTable();
            if (previous_ != LineKind::LooseRow) previous_ = LineKind::Blank;
            return;
        }
        if (markdown_ && readMarkdownLine(line, text)) return;
        if (const int bullet = bulletPrefixLength(text); bullet > 0) {
            flushLabelLines();
            addParagraph(line, {bullet, static_cast<int>(text.size())});
            return;
        }
        if (readLooseLine(line, text, trimmed)) return;
        flushLabelLines();
        if (previous_ == LineKind::LooseRow) endTable();
        if (trimmed.endsWith(QLatin1Char('|'))) {
            if (previous_ == LineKind::MarkdownRow) endTable();
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
        addParagraph(line, wholeLine(line));
    }

    // Headings, separator rows and pipe rows; false for any other line.
    bool readMarkdownLine(int line, const QString& text) {
        const bool underHeader = previous_ == LineKind::MarkdownRow && table_.rows.size() == 1 && !separated_;
        if (markdown::isTableSeparator(text) && (underHeader || !markdown::hasShortDashCell(text))) {
            // The row above a separator is a header row in markdown, but the
            // official tables' headers are rows too, and converters put a
            // separator under data rows: it only confirms that a table goes on.
            flushLabelLines();
            endRow();
            separated_ = true;
            previous_ = LineKind::MarkdownRow;
            return true;
        }
        const markdown::Range heading = markdown::headingContent(text);
        if (heading.start >= 0) {
            flushLabelLines();
            if (heading.end > heading.start) addParagraph(line, heading);
            else endTable();
            previous_ = LineKind::Paragraph;
            return true;
        }
        const bool continuesTable = previous_ == LineKind::MarkdownRow && text.contains(QLatin1Char('|'));
        const bool headsTable = line < source_.lineCount() && text.contains(QLatin1Char('|')) &&
                                markdown::isTableSeparator(source_.normalizedLine(line + 1).text);
        if (!markdown::isDelimitedRow(text) && !continuesTable && !headsTable) return false;
        flushLabelLines();
        if (previous_ != LineKind::MarkdownRow) endTable();
        for (const markdown::Range& range : markdown::rowCells(text)) row_.cells.push_back(markdownCell(line, range));
        endRow();
        previous_ = LineKind::MarkdownRow;
        return true;
    }

    // Loose label-and-number lines, and the short label lines around them,
    // become one table so an item heading stays with its rows.
    bool readLooseLine(int line, const QString& text, const QString& trimmed) {
        if (text.contains(QLatin1Char('\t')) || trimmed.endsWith(QLatin1Char('|'))) return false;
        const std::vector<markdown::Range> cells = looseValueRow(text);
        if (!cells.empty()) {
            if (previous_ != LineKind::LooseRow) endTable();
            for (int labelLine : labelLines_) {
                const markdown::Range range = wholeLine(labelLine);
                row_.cells.push_back(cellAt(labelLine, range.start, range.end));
                endRow();
            }
            labelLines_.clear();
            for (const markdown::Range& range : cells) row_.cells.push_back(cellAt(line, range.start, range.end));
            endRow();
            previous_ = LineKind::LooseRow;
            return true;
        }
        // Held back until the next line says whether a loose row follows.
        if (previous_ != LineKind::SingleCell && isShortLabelLine(trimmed) && !looksLikeHeading(trimmed)) {
            if (labelLines_.size() == kMaxLabelLinesBeforeRow) {
                const int oldest = labelLines_.front();
                labelLines_.erase(labelLines_.begin());
                addParagraph(oldest, wholeLine(oldest));
            }
            labelLines_.push_back(line);
            return true;
        }
        return false;
    }

    // Label lines not followed by a loose row are what they looked like at
    // first: paragraphs (which end the table before them).
    void flushLabelLines() {
        if (labelLines_.empty()) return;
        const std::vector<int> lines = std::move(labelLines_);
        labelLines_.clear();
        for (int labelLine : lines) addParagraph(labelLine, wholeLine(labelLine));
    }

    void addParagraph(int line, markdown::Range range) {
        endTable();
        const QString& text = source_.normalizedLine(line).text;
        const QString raw = text.mid(range.start, range.end - range.start);
        DocBlock block;
        block.kind = DocBlock::Kind::Paragraph;
        block.paragraph.text = markdown_ ? markdown::plainText(raw) : raw.trimmed();
        const markdown::Range words = markdown_ ? markdown::contentRange(text, range) : range;
        block.paragraph.span = source_.spanOf(line, words.start, words.end);
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
        const markdown::Range more = trimmedSpanRange(text, 0, static_cast<int>(text.size()));
        const SourceSpan span = source_.spanOf(line, more.start, more.end);
        cell.text += text.trimmed();
        cell.span.endLine = span.endLine;
        cell.span.endColumn = span.endColumn;
    }

    DocCell cellAt(int line, int start, int end) const {
        const QString& text = source_.normalizedLine(line).text;
        const markdown::Range words = trimmedSpanRange(text, start, end);
        DocCell cell;
        cell.text = text.mid(start, end - start).trimmed();
        cell.span = source_.spanOf(line, words.start, words.end);
        return cell;
    }

    // A pipe cell: markup removed from the text, the span on the words; a
    // blank cell is kept (empty text, an empty span where it stands).
    DocCell markdownCell(int line, markdown::Range range) const {
        const QString& text = source_.normalizedLine(line).text;
        const markdown::Range words = markdown::contentRange(text, range);
        DocCell cell;
        cell.text = markdown::plainText(text.mid(range.start, range.end - range.start));
        cell.span = source_.spanOf(line, words.start, words.end);
        return cell;
    }

    markdown::Range wholeLine(int line) const {
        const QString& text = source_.normalizedLine(line).text;
        return trimmedSpanRange(text, 0, static_cast<int>(text.size()));
    }

    static markdown::Range trimmedSpanRange(const QString& text, int start, int end) {
        while (start < end && text[start].isSpace()) ++start;
        while (end > start && text[end - 1].isSpace()) --end;
        return {start, end};
    }

    void endRow() {
        if (row_.cells.empty()) return;
        table_.rows.push_back(std::move(row_));
        row_ = {};
    }

    void endTable() {
        endRow();
        separated_ = false;
        if (table_.rows.empty()) return;
        DocBlock block;
        block.kind = DocBlock::Kind::Table;
        block.table = std::move(table_);
        document_.blocks.push_back(std::move(block));
        table_ = {};
    }

    // An item heading and a header line or two stand before a table-二
    // item's rows; short lines further up are paragraphs.
    static constexpr size_t kMaxLabelLinesBeforeRow = 4;

    const SourceText& source_;
    const bool markdown_;
    Document document_;
    DocTable table_;
    DocRow row_;
    std::vector<int> labelLines_;
    bool separated_ = false;  // the current table has had its separator row
    LineKind previous_ = LineKind::Blank;
};

}  // namespace

bool looksLikeMarkdown(const SourceText& source) {
    for (int line = 1; line <= source.lineCount(); ++line) {
        const QString& text = source.normalizedLine(line).text;
        if (markdown::isTableSeparator(text) || markdown::headingContent(text).start >= 0) return true;
    }
    return false;
}

Document readTextLayout(const SourceText& source) {
    return LayoutBuilder(source).build();
}

}  // namespace nianbao
