// The five corpus reports rewritten as the markdown that OCR services and PDF
// converters deliver, and read through the whole path (decode, layout,
// reconstruction, checks): the tables must come out exactly as from the text.
//  - OCR style: "##" section headings, each table-二 item and each row of
//    table 三 in its own small pipe table under a generic header row
//    (类别 | 数据1 … 数据6 | 总计), "-" cells in tables of no data, table 四 as
//    three five-column tables under "###" group headings.
//  - Converter style: table 二 as loose lines ("行政许可 97") under their item
//    headings, table 三 as one pipe table under a header of fragments with a
//    blank trailing cell, separators between rows, bold and <br> inside
//    labels; table 四 as header fragments and one row of fifteen values.
// The variants are generated from what the text version rebuilt, so they hold
// its values exactly (blank cells blank), in a .txt: markdown is recognised by
// its content.
#include "SameTables.h"
#include "TestSupport.h"

#include <QRegularExpression>

#include <climits>
#include <map>

namespace nianbao::test {
namespace {

enum class Style { Ocr, Converter };

const char* const kCorpus[] = {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "002_be932dc10881290c.txt",
                               "003_1ba3202efab2ed16.txt", "004_f67e4a3518b11040.txt"};

QString pipeRow(const QStringList& cells) {
    QStringList escaped;
    for (const QString& c : cells) escaped << QString(c).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

QString separator(qsizetype cells) {
    QStringList dashes;
    for (qsizetype i = 0; i < cells; ++i) dashes << QStringLiteral("---");
    return QLatin1Char('|') + dashes.join(QLatin1Char('|')) + QLatin1Char('|');
}

QStringList cellTexts(const ReportRow& row) {
    QStringList cells;
    for (const ReportCell& c : row.cells) cells << c.text;
    return cells;
}

QString labelOf(const ReportTable& table, size_t row) {
    const QString source = table.rows[row].sourceLabel;
    return source.isEmpty() ? table.spec->rows[row].label : source;
}

// ---- one official table as markdown ----------------------------------------------

QStringList activeItem(const ReportTable& t, Style style) {
    QStringList header{QStringLiteral("信息内容")};
    for (const ColumnSpec& c : t.spec->columns) header << c.label;
    bool hasBlank = false;
    for (const ReportRow& r : t.rows)
        for (const ReportCell& c : r.cells) hasBlank = hasBlank || c.text.isEmpty();
    QStringList lines;
    if (style == Style::Converter && !hasBlank) {
        // Loose lines: the item heading, the header run together, "label value…".
        lines << t.spec->heading << header.join(QString());
        for (size_t r = 0; r < t.rows.size(); ++r)
            if (t.rows[r].located) lines << labelOf(t, r) + QLatin1Char(' ') + cellTexts(t.rows[r]).join(QLatin1Char(' '));
        return lines;
    }
    lines << QStringLiteral("### ") + t.spec->heading << pipeRow(header) << separator(header.size());
    for (size_t r = 0; r < t.rows.size(); ++r)
        if (t.rows[r].located) lines << pipeRow(QStringList{labelOf(t, r)} + cellTexts(t.rows[r]));
    return lines;
}

QStringList requestsOcr(const ReportTable& t) {
    const QStringList header = {QStringLiteral("类别"), QStringLiteral("数据1"), QStringLiteral("数据2"), QStringLiteral("数据3"),
                                QStringLiteral("数据4"), QStringLiteral("数据5"), QStringLiteral("数据6"), QStringLiteral("总计")};
    // The applicant header as OCR leaves it: a table of no data.
    QStringList lines{QStringLiteral("### 申请人情况"), pipeRow({QStringLiteral("商业企业"), QStringLiteral("科研机构")}),
                      separator(2), QStringLiteral("| - | - |"), QString()};
    QString group;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        if (!t.rows[r].located) continue;
        const QString rowGroup = t.spec->rows[r].group;
        if (rowGroup.isEmpty()) lines << QStringLiteral("### ") + t.spec->rows[r].label;
        else if (rowGroup != group) lines << QStringLiteral("### ") + rowGroup;
        group = rowGroup;
        lines << pipeRow(header) << separator(header.size()) << pipeRow(QStringList{labelOf(t, r)} + cellTexts(t.rows[r]))
              << QString();
    }
    return lines;
}

QStringList requestsConverter(const ReportTable& t) {
    QStringList header;
    for (const ColumnSpec& c : t.spec->columns) header << c.label.left(2);  // fragments, as a converter splits them
    header << QString();
    QStringList lines{pipeRow(header), separator(header.size())};
    int written = 0;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        if (!t.rows[r].located) continue;
        QString label = labelOf(t, r);
        // A long label broken by <br>, a total in bold.
        if (label.size() > 12) label.insert(label.size() / 2, QStringLiteral("<br>"));
        if (label.contains(QStringLiteral("总计"))) label = QStringLiteral("**") + label + QStringLiteral("**");
        QStringList cells = QStringList{label} + cellTexts(t.rows[r]);
        if (r < 2) cells << QString();  // the blank cell under the header's extra column
        lines << pipeRow(cells);
        if (++written % 3 == 0) lines << separator(cells.size());
    }
    return lines;
}

QStringList reviews(const ReportTable& t, const FormatSpec& spec, Style style) {
    const ReportRow& row = t.rows.front();
    QStringList lines;
    if (style == Style::Converter) {
        QStringList header;
        for (const ColumnSpec& c : t.spec->columns) header << c.label.left(2);
        lines << QStringLiteral("行政复议行政诉讼") << pipeRow(header) << separator(header.size()) << pipeRow(cellTexts(row));
        return lines;
    }
    const int width = static_cast<int>(spec.reviewGroupColumns.size());
    for (size_t g = 0; g < spec.reviewGroups.size(); ++g) {
        QString heading = spec.reviewGroups[g].label;
        const qsizetype dot = heading.indexOf(QChar(u'·'));
        if (dot > 0) heading = heading.left(dot) + QStringLiteral("（") + heading.mid(dot + 1) + QStringLiteral("）");
        QStringList header, values;
        for (int c = 0; c < width; ++c) {
            header << t.spec->columns[g * width + c].label;
            values << row.cells[g * width + c].text;
        }
        lines << QStringLiteral("### ") + heading << pipeRow(header) << separator(header.size()) << pipeRow(values) << QString();
    }
    return lines;
}

QStringList tableMarkdown(const Report& report, const ReportTable& t, Style style) {
    if (t.spec == &report.spec->requests) return style == Style::Ocr ? requestsOcr(t) : requestsConverter(t);
    if (t.spec == &report.spec->reviews) return reviews(t, *report.spec, style);
    return activeItem(t, style);
}

// ---- the whole report ----------------------------------------------------------------

// First and last source line of a table block.
std::pair<int, int> lineRange(const DocTable& table) {
    int first = INT_MAX, last = 0;
    for (const DocRow& r : table.rows)
        for (const DocCell& c : r.cells)
            if (c.span.isValid()) {
                first = std::min(first, c.span.line);
                last = std::max(last, c.span.endLine);
            }
    return {first, last};
}

// The first source line of an official table as the text version located it.
int anchorLine(const ReportTable& t) {
    int line = INT_MAX;
    for (const ReportRow& r : t.rows) {
        if (!r.located) continue;
        if (r.labelSpan.isValid()) line = std::min(line, r.labelSpan.line);
        for (const ReportCell& c : r.cells)
            if (c.span.isValid()) line = std::min(line, c.span.line);
    }
    return line;
}

// The report's paragraphs in order, and in place of its table blocks the
// official tables they held, written in `style`.
QString asMarkdown(const Report& report, Style style) {
    std::map<size_t, std::vector<const ReportTable*>> tablesAtBlock;
    for (const ReportTable& t : report.tables) {
        if (!t.located) continue;
        const int anchor = anchorLine(t);
        for (size_t b = 0; b < report.document.blocks.size(); ++b) {
            const DocBlock& block = report.document.blocks[b];
            if (block.kind != DocBlock::Kind::Table) continue;
            const auto [first, last] = lineRange(block.table);
            if (anchor >= first && anchor <= last) {
                tablesAtBlock[b].push_back(&t);
                break;
            }
        }
    }
    static const QRegularExpression section(QStringLiteral("^[一二三四五六七]、"));
    QStringList lines;
    for (size_t b = 0; b < report.document.blocks.size(); ++b) {
        const DocBlock& block = report.document.blocks[b];
        if (block.kind == DocBlock::Kind::Paragraph) {
            const QString& text = block.paragraph.text;
            lines << (style == Style::Ocr && section.match(text).hasMatch() ? QStringLiteral("## ") + text : text);
            if (style == Style::Ocr) lines << QString();
            continue;
        }
        const auto found = tablesAtBlock.find(b);
        if (found == tablesAtBlock.end()) continue;
        for (const ReportTable* t : found->second) lines << tableMarkdown(report, *t, style) << QString();
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void expectVariantMatches(const char* name, Style style) {
    const Report text = readOrFail(corpusPath(name));
    const QString markdown = asMarkdown(text, style);
    const Report variant = readTextOrFail(markdown);
    const std::string what = std::string(name) + (style == Style::Ocr ? " OCR markdown" : " converter markdown");
    EXPECT_EQ(variant.meta.format, QStringLiteral("markdown")) << what;
    expectSameTables(text, variant, what);
    if (::testing::Test::HasFailure()) ADD_FAILURE() << what << " as generated:\n" << markdown.toStdString();
}

TEST(MarkdownVariant, OcrStyle) {
    for (const char* name : kCorpus) expectVariantMatches(name, Style::Ocr);
}

TEST(MarkdownVariant, ConverterStyle) {
    for (const char* name : kCorpus) expectVariantMatches(name, Style::Converter);
}

}  // namespace
}  // namespace nianbao::test
