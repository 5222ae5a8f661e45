#include "report/FlatRows.h"

#include "report/CellValue.h"

#include <QHash>

#include <unordered_map>

#include <algorithm>

namespace nianbao {
namespace {

// Longer paragraphs are prose: no heading or label of the form is this long.
constexpr int kMaxHeadingLength = 40;

FlatRow flatRow(const DocRow& row, int table, bool prose) {
    FlatRow flat;
    flat.row = &row;
    flat.table = table;
    flat.prose = prose;
    for (const DocCell& cell : row.cells) {
        const bool label =
            !prose && !cell.text.isEmpty() && parseCellValue(cell.text).kind == CellValue::Kind::Invalid;
        flat.isLabel.push_back(label);
        flat.keys.push_back(label ? labelKeyOfNormalized(cell.text) : LabelKey{});
    }
    return flat;
}

}  // namespace

int FlatRow::lastLabel() const {
    for (int c = static_cast<int>(isLabel.size()) - 1; c >= 0; --c)
        if (isLabel[c]) return c;
    return -1;
}

std::vector<const DocCell*> FlatRow::valueCells() const {
    std::vector<const DocCell*> values;
    if (isParagraph()) return values;
    for (size_t c = lastLabel() + 1; c < row->cells.size(); ++c) values.push_back(&row->cells[c]);
    return values;
}

bool FlatRow::hasNumber() const {
    const std::vector<const DocCell*> values = valueCells();
    return std::any_of(values.begin(), values.end(),
                       [](const DocCell* c) { return parseCellValue(c->text).isNumber(); });
}

FlatDocument flatten(const Document& document) {
    FlatDocument flat;
    int tableIndex = 0;
    for (const DocBlock& block : document.blocks) {
        if (block.kind == DocBlock::Kind::Paragraph) {
            DocRow& row = flat.paragraphRows.emplace_back();
            row.cells.push_back(DocCell{block.paragraph.text, block.paragraph.span, 1, 1});
            flat.rows.push_back(flatRow(row, -1, block.paragraph.text.size() > kMaxHeadingLength));
            continue;
        }
        for (const DocRow& row : block.table.rows) flat.rows.push_back(flatRow(row, tableIndex, false));
        ++tableIndex;
    }
    return flat;
}

// Official labels are few and fixed; their keys are computed once per thread.
// An unordered_map, not a QHash: callers keep references across later
// insertions, which a QHash rehash would invalidate.
const OfficialLabel& officialLabel(const QString& label, const QStringList& aliases) {
    thread_local std::unordered_map<QString, OfficialLabel> cache;
    const QString cacheKey = aliases.isEmpty() ? label : label + QLatin1Char('\n') + aliases.join(QLatin1Char('\n'));
    auto it = cache.find(cacheKey);
    if (it != cache.end()) return it->second;
    OfficialLabel o;
    o.keys.push_back(labelKey(label));
    for (const QString& a : aliases) o.keys.push_back(labelKey(a));
    return cache.emplace(cacheKey, std::move(o)).first->second;
}

LabelMatch matchOfficial(const LabelKey& found, const OfficialLabel& official) {
    LabelMatch best = LabelMatch::None;
    for (const LabelKey& key : official.keys) {
        const LabelMatch m = matchLabel(found, key);
        if (m == LabelMatch::Exact) return m;
        if (best == LabelMatch::None) best = m;
    }
    return best;
}

Position findLabel(const std::vector<FlatRow>& rows, Position from, int endRow, const OfficialLabel& official,
                   bool exact, LabelSearch where) {
    for (int r = std::max(0, from.row); r < endRow; ++r) {
        const FlatRow& row = rows[r];
        if (row.isParagraph() && where == LabelSearch::TableCells) continue;
        const int firstCell = r == from.row ? from.cell + 1 : 0;
        for (int c = firstCell; c < static_cast<int>(row.keys.size()); ++c) {
            if (!row.isLabel[c]) continue;
            const LabelMatch m = matchOfficial(row.keys[c], official);
            if (m == LabelMatch::Exact || (!exact && m != LabelMatch::None)) return {r, c};
        }
    }
    return {};
}

}  // namespace nianbao
