// text.label_typo: a label in a table that differs from the official wording
// — a stray character, a truncated label — with the official wording as fix.
#include "format/LabelMatcher.h"
#include "proofread/Rules.h"
#include "report/CellValue.h"

#include <QSet>

#include <algorithm>
#include <optional>

#include <map>

namespace nianbao {
namespace {

struct OfficialLabels {
    QStringList labels;     // every distinct label of the printed form
    std::vector<LabelKey> keys;
    QSet<QString> exact;    // numbering|body of each, and body alone
    std::vector<LabelKey> headerKeys;  // the words of column headers: item headings, column labels
};

OfficialLabels collect(const FormatSpec& spec) {
    QStringList labels;
    auto add = [&](const QString& l) { if (!l.isEmpty() && !labels.contains(l)) labels << l; };
    for (const TableSpec& item : spec.activeItems) {
        add(item.heading);
        for (const ColumnSpec& c : item.columns) { add(c.label); for (const QString& a : c.aliases) add(a); }
        for (const RowSpec& r : item.rows) { add(r.label); for (const QString& a : r.aliases) add(a); }
    }
    for (const QString& h : spec.requestsHeader) add(h);
    add(spec.requestsNote);
    for (const RowSpec& r : spec.requests.rows) { add(r.group); add(r.label); for (const QString& a : r.aliases) add(a); }
    for (const QString& h : spec.reviewsHeader) add(h);
    QStringList headers;
    auto addHeader = [&](const QString& l) { if (!l.isEmpty()) headers << l; };
    for (const TableSpec& item : spec.activeItems) {
        addHeader(item.heading);
        for (const ColumnSpec& c : item.columns) { addHeader(c.label); for (const QString& a : c.aliases) addHeader(a); }
    }
    for (const QString& h : spec.requestsHeader + spec.reviewsHeader) addHeader(h);
    OfficialLabels out;
    for (const QString& h : headers) out.headerKeys.push_back(labelKey(h));
    out.labels = labels;
    for (const QString& l : labels) {
        const LabelKey k = labelKey(l);
        out.keys.push_back(k);
        out.exact.insert(k.numbering + QLatin1Char('|') + k.body);
    }
    return out;
}

const OfficialLabels& officialLabels(const FormatSpec& spec) {
    static const std::map<const FormatSpec*, OfficialLabels> all = [] {
        std::map<const FormatSpec*, OfficialLabels> m;
        for (const FormatSpec& s : FormatSpec::all()) m.emplace(&s, collect(s));
        return m;
    }();
    return all.at(&spec);
}

// A truncated header ("本年新") fits several columns; its place after
// "信息内容" in the header row says which one.
QString columnAt(const FormatSpec& spec, const DocRow& row, size_t cellIndex, const QStringList& candidates) {
    for (size_t k = 0; k < cellIndex; ++k) {
        if (labelKeyOfNormalized(row.cells[k].text).body != QStringLiteral("信息内容")) continue;
        const size_t column = cellIndex - k - 1;
        for (const TableSpec& item : spec.activeItems)
            if (column < item.columns.size() && candidates.contains(item.columns[column].label))
                return item.columns[column].label;
    }
    return {};
}

QString typoMessage(const QString& found, const QString& fix) {
    return QStringLiteral("表格标签“%1”与官方表述不一致，应为“%2”。").arg(found, fix);
}

// Row labels: reconstruction recorded how each matched its official row,
// including rows it placed by position whose label is garbled beyond a typo.
void checkRowLabels(const Report& report, std::vector<Finding>* out, QSet<QPair<int, int>>* seen) {
    for (const ReportTable& table : report.tables) {
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const ReportRow& row = table.rows[r];
            if (!row.located || row.sourceLabel.isEmpty() || !row.labelSpan.isValid()) continue;
            seen->insert({row.labelSpan.line, row.labelSpan.column});
            if (row.labelMatch == LabelMatch::Exact || table.spec->kind == TableKind::GroupedColumns) continue;
            Finding f = Finding::make(QStringLiteral("text.label_typo"),
                                      typoMessage(row.sourceLabel, table.spec->rows[r].label), row.labelSpan);
            f.fix = TextFix{row.labelSpan, table.spec->rows[r].label};
            out->push_back(std::move(f));
        }
    }
}

// A row of several labels is a column header only when most of them are
// the form's header words (a truncated one counts); OCR services print
// made-up header rows ("项目 | 本年新收件数 | 上年结转件数 | 予以公开 …")
// whose words are no header of the form to correct.
bool isFormHeaderRow(const DocRow& row, const OfficialLabels& official) {
    int labels = 0, known = 0;
    for (const DocCell& cell : row.cells) {
        if (cell.text.isEmpty() || parseCellValue(cell.text).kind != CellValue::Kind::Invalid) continue;
        ++labels;
        const LabelKey key = labelKeyOfNormalized(cell.text);
        known += std::any_of(official.headerKeys.begin(), official.headerKeys.end(),
                             [&](const LabelKey& k) { return matchLabel(key, k) != LabelMatch::None; });
    }
    return labels < 3 || known * 2 > labels;
}

}  // namespace

void checkLabelTypos(const Report& report, std::vector<Finding>* out) {
    QSet<QPair<int, int>> rowLabels;
    checkRowLabels(report, out, &rowLabels);
    // Every other label cell (headers, group labels) against the printed form's wording.
    const OfficialLabels& official = officialLabels(*report.spec);
    for (const DocBlock& block : report.document.blocks) {
        if (block.kind != DocBlock::Kind::Table) continue;
        for (const DocRow& row : block.table.rows) {
            std::optional<bool> headerRow;  // decided only when a cell looks like a typo: rarely
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const DocCell& cell = row.cells[c];
                if (cell.text.isEmpty() || parseCellValue(cell.text).kind != CellValue::Kind::Invalid) continue;
                if (rowLabels.contains({cell.span.line, cell.span.column})) continue;
                const LabelKey key = labelKeyOfNormalized(cell.text);
                if (official.exact.contains(key.numbering + QLatin1Char('|') + key.body)) continue;
                QStringList candidates;
                bool exact = false;
                for (size_t i = 0; i < official.keys.size() && !exact; ++i) {
                    const LabelMatch m = matchLabel(key, official.keys[i]);
                    if (m == LabelMatch::Exact) exact = true;  // e.g. numbering written differently
                    else if (m != LabelMatch::None) candidates << official.labels[i];
                }
                if (exact || candidates.isEmpty()) continue;
                if (!headerRow) headerRow = isFormHeaderRow(row, official);
                if (!*headerRow) break;
                QString fix = candidates.size() == 1 ? candidates.front() : columnAt(*report.spec, row, c, candidates);
                Finding f = Finding::make(
                    QStringLiteral("text.label_typo"),
                    fix.isEmpty() ? QStringLiteral("表格标签“%1”与官方表述不一致，应为“%2”之一。").arg(cell.text, candidates.join(QStringLiteral("”“")))
                                  : typoMessage(cell.text, fix),
                    cell.span);
                if (!fix.isEmpty()) f.fix = TextFix{cell.span, fix};
                out->push_back(std::move(f));
            }
        }
    }
}

}  // namespace nianbao
