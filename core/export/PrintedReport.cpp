#include "export/PrintedReport.h"

#include <QRegularExpression>

#include <algorithm>

namespace nianbao {
namespace {

// Title fragments and subtitle lines are short and are not sentences.
constexpr int kMaxTitleLineLength = 40;

const QRegularExpression& headingNumber() {
    static const QRegularExpression re(QStringLiteral("^\\s*([一二三四五六七八九十]+|[0-9]+)\\s*[、.．]\\s*"));
    return re;
}

QString withoutSpaces(QString s) {
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

bool isShortLine(const QString& text) {
    return text.size() <= kMaxTitleLineLength && !text.contains(QChar(0x3002));
}

bool isSubHeading(const QString& normalized) {
    static const QRegularExpression numbered(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]"));
    if (!numbered.match(normalized).hasMatch() || normalized.size() > 30) return false;
    const int stop = normalized.indexOf(QChar(0x3002));
    return stop < 0 || stop == normalized.size() - 1;
}

// The paragraph as the source writes it (full-width punctuation intact);
// the normalised text is what the recognisers above compare.
QString originalText(const SourceText& source, const DocParagraph& p) {
    const SourceSpan& s = p.span;
    if (!s.isValid() || s.line > source.lineCount() || s.endLine > source.lineCount() || s.endLine < s.line) return p.text;
    QStringList parts;
    for (int line = s.line; line <= s.endLine; ++line) {
        const QString& text = source.originalLine(line);
        const int from = line == s.line ? s.column : 0;
        const int to = line == s.endLine ? s.endColumn : static_cast<int>(text.size());
        parts << text.mid(from, std::max(0, to - from));
    }
    return parts.join(QString()).trimmed();
}

struct TableLines {
    int first = 0;
    int last = 0;
};

TableLines linesOf(const DocTable& table) {
    TableLines out{INT_MAX, 0};
    for (const DocRow& row : table.rows)
        for (const DocCell& cell : row.cells)
            if (cell.span.isValid()) {
                out.first = std::min(out.first, cell.span.line);
                out.last = std::max(out.last, std::max(cell.span.endLine, cell.span.line));
            }
    return out;
}

// The first source line a rebuilt table was read from, 0 when not located.
int firstLineOf(const Report& report, const QString& printedId) {
    int first = 0;
    for (const ReportTable& t : report.tables) {
        const bool belongs = printedId == QLatin1String("active") ? t.spec->id.startsWith(QLatin1String("active."))
                                                                  : t.spec->id == printedId;
        if (!belongs) continue;
        for (const ReportRow& r : t.rows)
            if (r.located && r.labelSpan.isValid() && (first == 0 || r.labelSpan.line < first)) first = r.labelSpan.line;
    }
    return first;
}

// Word shows at most 63 columns. A wider source table (a hostile colspan,
// thousands of cells in one row) is folded into that many, so the grid built
// below stays rows × 63 however the input is made.
constexpr int kMaxPrintedColumns = 63;

struct OtherCell {
    int column = 0;
    int span = 1;
    QString text;
};

PrintedTable otherTable(const DocTable& table, int number) {
    int columns = 1;
    std::vector<std::vector<OtherCell>> rows(table.rows.size());
    for (size_t r = 0; r < table.rows.size(); ++r) {
        int column = 0;
        for (const DocCell& c : table.rows[r].cells) {
            if (column >= kMaxPrintedColumns) {
                // No column left: the text still belongs in the table, after the last cell's.
                QString& last = rows[r].back().text;
                if (!c.text.isEmpty()) last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + c.text;
                continue;
            }
            const int span = std::clamp(c.columnSpan, 1, kMaxPrintedColumns - column);
            rows[r].push_back({column, span, c.text});
            column += span;
        }
        columns = std::max(columns, column);
    }
    GridBuilder grid(static_cast<int>(rows.size()), columns);
    for (size_t r = 0; r < rows.size(); ++r)
        for (const OtherCell& c : rows[r]) grid.place(static_cast<int>(r), c.column, 1, c.span, PrintedCell::Role::Label, c.text);
    PrintedTable out;
    out.id = QStringLiteral("other.%1").arg(number);
    out.columnWidths.assign(columns, 8844 / columns);
    out.rows = grid.rows();
    return out;
}

}  // namespace

QString removeDraftingLeftovers(const QString& text) {
    static const QRegularExpression leftovers(
        QStringLiteral("\\[(?:bookmark|comment|field|footnote|endnote)[:：][^\\]]*\\]"), QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.remove(leftovers);
    return out.trimmed();
}

QString builtTitle(const ReportMetadata& meta) {
    QString title = meta.agency;
    if (meta.year > 0) title += QStringLiteral("%1年").arg(meta.year);
    return title + QStringLiteral("政府信息公开工作年度报告");
}

int sectionOfHeading(const FormatSpec& spec, const QString& normalizedText) {
    QString text = normalizedText;
    text.remove(headingNumber());
    text = withoutSpaces(text);
    if (text.isEmpty()) return -1;
    for (int i = 0; i < spec.sections.size(); ++i) {
        QString official = spec.sections[i];
        official.remove(headingNumber());
        if (withoutSpaces(official) == text) return i;
    }
    return -1;
}

PrintedReport printReport(const Report& report) {
    PrintedReport out;
    out.tables = {printActiveTable(report), printRequestsTable(report), printReviewsTable(report)};
    const int statisticalTables = static_cast<int>(out.tables.size());
    std::vector<int> firstLine;
    for (const PrintedTable& t : out.tables) firstLine.push_back(firstLineOf(report, t.id));
    std::vector<bool> placed(out.tables.size(), false);

    const std::vector<DocBlock>& blocks = report.document.blocks;
    // The preamble is everything before the first section heading or table.
    size_t body = 0;
    std::vector<std::pair<QString, QString>> preamble;  // (normalised, original)
    for (; body < blocks.size(); ++body) {
        const DocBlock& b = blocks[body];
        if (b.kind != DocBlock::Kind::Paragraph) break;
        if (report.spec && sectionOfHeading(*report.spec, b.paragraph.text) >= 0) break;
        const QString original = removeDraftingLeftovers(originalText(report.source, b.paragraph));
        if (!original.isEmpty()) preamble.emplace_back(b.paragraph.text, original);
    }

    // A title broken over lines ("2020年宁河区人民政府办公室信息" / "公开工作年度报告")
    // is the run of short lines that ends in the one naming the report.
    int titleEnd = -1;
    for (int i = 0; i < static_cast<int>(preamble.size()) && isShortLine(preamble[i].first); ++i) {
        if (withoutSpaces(preamble[i].first).contains(QStringLiteral("年度报告"))) {
            titleEnd = i;
            break;
        }
    }
    if (titleEnd >= 0) {
        for (int i = 0; i <= titleEnd; ++i) out.title += preamble[i].second;
    } else {
        out.title = builtTitle(report.meta);
        out.titleBuilt = true;
    }
    out.blocks.push_back({PrintedBlock::Kind::Title, out.title});
    bool inOpening = true;  // agency and date lines under the title are centred like it
    for (int i = titleEnd + 1; i < static_cast<int>(preamble.size()); ++i) {
        inOpening = inOpening && isShortLine(preamble[i].first);
        out.blocks.push_back({inOpening ? PrintedBlock::Kind::Subtitle : PrintedBlock::Kind::Body, preamble[i].second});
    }

    int otherTables = 0;
    for (size_t i = body; i < blocks.size(); ++i) {
        const DocBlock& b = blocks[i];
        if (b.kind == DocBlock::Kind::Table) {
            // The rebuilt tables replace the source tables they were read from.
            const TableLines lines = linesOf(b.table);
            bool hosted = false;
            for (int t = 0; t < statisticalTables; ++t) {
                if (firstLine[t] < lines.first || firstLine[t] > lines.last) continue;
                hosted = true;
                if (!placed[t]) out.blocks.push_back({PrintedBlock::Kind::Table, {}, -1, t});
                placed[t] = true;
            }
            if (!hosted) {
                // A table the format does not know (some reports add one) is kept as written.
                out.tables.push_back(otherTable(b.table, ++otherTables));
                out.blocks.push_back({PrintedBlock::Kind::Table, {}, -1, static_cast<int>(out.tables.size()) - 1});
            }
            continue;
        }
        const QString text = removeDraftingLeftovers(originalText(report.source, b.paragraph));
        if (text.isEmpty()) continue;
        const int section = report.spec ? sectionOfHeading(*report.spec, b.paragraph.text) : -1;
        if (section >= 0) {
            out.blocks.push_back({PrintedBlock::Kind::Heading1, text, section});
        } else {
            out.blocks.push_back({isSubHeading(b.paragraph.text) ? PrintedBlock::Kind::Heading2 : PrintedBlock::Kind::Body, text});
        }
    }

    // A table reconstruction could not locate still belongs in the report:
    // under its section heading, or at the end when the heading is missing too.
    const int sectionOfTable[] = {1, 2, 3};
    for (int t = 0; t < statisticalTables; ++t) {
        if (placed[t]) continue;
        auto at = std::find_if(out.blocks.begin(), out.blocks.end(), [&](const PrintedBlock& b) {
            return b.kind == PrintedBlock::Kind::Heading1 && b.section == sectionOfTable[t];
        });
        const PrintedBlock block{PrintedBlock::Kind::Table, {}, -1, t};
        if (at == out.blocks.end()) {
            at = std::find_if(out.blocks.begin(), out.blocks.end(), [&](const PrintedBlock& b) {
                return b.kind == PrintedBlock::Kind::Heading1 && b.section > sectionOfTable[t];
            });
            out.blocks.insert(at, block);
        } else {
            out.blocks.insert(at + 1, block);
        }
        placed[t] = true;
    }
    return out;
}

}  // namespace nianbao
