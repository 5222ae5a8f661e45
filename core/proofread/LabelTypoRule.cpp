// text.label_typo: a label in a table that differs from the official wording
// — a stray character, a truncated label — with the official wording as fix.
#include "format/LabelMatcher.h"
#include "proofread/Rules.h"
#include "report/CellValue.h"

#include <QSet>

#include <map>

namespace nianbao {
namespace {

struct OfficialLabels {
    QStringList labels;     // every distinct label of the printed form
    std::vector<LabelKey> keys;
    QSet<QString> exact;    // numbering|body of each, and body alone
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
    OfficialLabels out;
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

}  // namespace

void checkLabelTypos(const Report& report, std::vector<Finding>* out) {
    const OfficialLabels& official = officialLabels(*report.spec);
    for (const DocBlock& block : report.document.blocks) {
        if (block.kind != DocBlock::Kind::Table) continue;
        for (const DocRow& row : block.table.rows) {
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const DocCell& cell = row.cells[c];
                if (cell.text.isEmpty() || parseCellValue(cell.text).kind != CellValue::Kind::Invalid) continue;
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
                QString fix = candidates.size() == 1 ? candidates.front() : columnAt(*report.spec, row, c, candidates);
                Finding f;
                f.rule = QStringLiteral("text.label_typo");
                f.severity = Severity::Warning;
                f.span = cell.span;
                f.message = fix.isEmpty()
                                ? QStringLiteral("表格标签“%1”与官方表述不一致，应为“%2”之一。").arg(cell.text, candidates.join(QStringLiteral("”“")))
                                : QStringLiteral("表格标签“%1”与官方表述不一致，应为“%2”。").arg(cell.text, fix);
                out->push_back(std::move(f));
            }
        }
    }
}

}  // namespace nianbao
