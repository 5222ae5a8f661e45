#include "report/Reconstructor.h"

#include "format/LabelMatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <map>

namespace nianbao {
namespace {

// A table row of the document, flattened across tables, with each cell's label key.
struct FlatRow {
    const DocRow* row = nullptr;
    int table = 0;  // index of the DocTable it belongs to
    std::vector<LabelKey> keys;
    std::vector<bool> isLabel;  // non-blank and not a number
};

std::vector<FlatRow> flatten(const Document& document) {
    std::vector<FlatRow> rows;
    int tableIndex = 0;
    for (const DocBlock& block : document.blocks) {
        if (block.kind != DocBlock::Kind::Table) continue;
        for (const DocRow& row : block.table.rows) {
            FlatRow flat;
            flat.row = &row;
            flat.table = tableIndex;
            for (const DocCell& cell : row.cells) {
                const bool label = !cell.text.isEmpty() && parseCellValue(cell.text).kind == CellValue::Kind::Invalid;
                flat.isLabel.push_back(label);
                flat.keys.push_back(label ? labelKeyOfNormalized(cell.text) : LabelKey{});
            }
            rows.push_back(std::move(flat));
        }
        ++tableIndex;
    }
    return rows;
}

struct OfficialLabel {
    std::vector<LabelKey> keys;  // the official wording first, then aliases
};

// Official labels are few and fixed; their keys are computed once per thread.
const OfficialLabel& officialLabel(const QString& label, const QStringList& aliases = {}) {
    thread_local QHash<QString, OfficialLabel> cache;
    const QString cacheKey = aliases.isEmpty() ? label : label + QLatin1Char('\n') + aliases.join(QLatin1Char('\n'));
    auto it = cache.find(cacheKey);
    if (it != cache.end()) return *it;
    OfficialLabel o;
    o.keys.push_back(labelKey(label));
    for (const QString& a : aliases) o.keys.push_back(labelKey(a));
    return *cache.insert(cacheKey, std::move(o));
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

struct Position {
    int row = -1;
    int cell = -1;
    bool found() const { return row >= 0; }
};

// First label cell in rows [from.row, endRow) — after from.cell on the first
// row — that matches `official`. `exact` demands the same key (headings that
// differ in one character, like 第二十条第（一）项 and 第二十条第（二）项).
Position findLabel(const std::vector<FlatRow>& rows, Position from, int endRow, const OfficialLabel& official,
                   bool exact = false) {
    for (int r = std::max(0, from.row); r < endRow; ++r) {
        const FlatRow& row = rows[r];
        const int firstCell = r == from.row ? from.cell + 1 : 0;
        for (int c = firstCell; c < static_cast<int>(row.keys.size()); ++c) {
            if (!row.isLabel[c]) continue;
            const LabelMatch m = matchOfficial(row.keys[c], official);
            if (m == LabelMatch::Exact || (!exact && m != LabelMatch::None)) return {r, c};
        }
    }
    return {};
}

ReportCell cellFrom(const DocCell& cell) {
    ReportCell out;
    out.text = cell.text;
    out.span = cell.span;
    out.value = out.original = parseCellValue(cell.text);
    return out;
}

std::vector<ReportCell> missingCells(size_t count) {
    std::vector<ReportCell> cells(count);
    for (ReportCell& c : cells) c.value = c.original = CellValue::missing();
    return cells;
}

class TableBuilder {
public:
    TableBuilder(Report& report, const std::vector<FlatRow>& rows) : report_(report), rows_(rows) {}

    void build() {
        const FormatSpec& spec = *report_.spec;
        const int rowCount = static_cast<int>(rows_.size());
        const int requestsStart = findRequestsStart(spec);
        const Position reviewsAnchor = findLabel(rows_, {std::max(requestsStart, 0), -1}, rowCount,
                                                 officialLabel(spec.reviewsAnchor), true);
        const int activeEnd = requestsStart >= 0 ? requestsStart : (reviewsAnchor.found() ? reviewsAnchor.row : rowCount);
        buildActive(spec, activeEnd);
        buildRequests(spec, requestsStart, reviewsAnchor.found() ? reviewsAnchor.row : rowCount);
        buildReviews(spec, reviewsAnchor);
    }

private:
    int findRequestsStart(const FormatSpec& spec) const {
        const int end = static_cast<int>(rows_.size());
        int start = -1;
        for (const OfficialLabel* anchor : {&officialLabel(spec.requestsNote), &officialLabel(QStringLiteral("申请人情况")),
                                             &officialLabel(spec.requests.rows.front().label)}) {
            const Position p = findLabel(rows_, {0, -1}, end, *anchor);
            if (p.found() && (start < 0 || p.row < start)) start = p.row;
        }
        return start;
    }

    void buildActive(const FormatSpec& spec, int activeEnd) {
        // Locate every item heading first: each item's rows lie between its heading and the next.
        std::vector<int> headingRows;
        Position cursor{0, -1};
        for (const TableSpec& item : spec.activeItems) {
            const Position p = findLabel(rows_, cursor, activeEnd, officialLabel(item.heading), true);
            headingRows.push_back(p.found() ? p.row : -1);
            if (p.found()) cursor = p;
        }
        for (size_t i = 0; i < spec.activeItems.size(); ++i) {
            const TableSpec& item = spec.activeItems[i];
            int begin = headingRows[i];
            if (begin < 0)  // no heading: search after the previous heading that was found
                for (int k = static_cast<int>(i) - 1; k >= 0 && begin < 0; --k) begin = headingRows[k];
            int end = activeEnd;
            for (size_t k = i + 1; k < headingRows.size(); ++k)
                if (headingRows[k] >= 0) { end = headingRows[k]; break; }
            ReportTable table = emptyTable(item);
            int located = 0;
            for (size_t r = 0; r < item.rows.size(); ++r) {
                const RowSpec& rowSpec = item.rows[r];
                const Position p = findLabel(rows_, {std::max(begin, 0), -1}, end, officialLabel(rowSpec.label, rowSpec.aliases));
                if (!p.found()) continue;
                fillRow(item, static_cast<int>(r), p, table.rows[r]);
                ++located;
            }
            table.located = located > 0;
            if (!table.located)
                missing(QStringLiteral("未找到表二“%1”部分：报告中没有与官方格式对应的行（%2）。")
                            .arg(item.heading, rowLabels(item)), {});
            else
                for (size_t r = 0; r < item.rows.size(); ++r)
                    if (!table.rows[r].located)
                        missing(QStringLiteral("表二“%1”中未找到“%2”行。").arg(item.heading, item.rows[r].label),
                                headingSpan(headingRows[i]));
            report_.tables.push_back(std::move(table));
        }
    }

    void buildRequests(const FormatSpec& spec, int start, int end) {
        const TableSpec& t = spec.requests;
        ReportTable table = emptyTable(t);
        if (start < 0) {
            missing(QStringLiteral("未找到表三（收到和处理政府信息公开申请情况）：报告中没有“%1”等行。")
                        .arg(t.rows.front().label), {});
            report_.tables.push_back(std::move(table));
            return;
        }
        table.located = true;
        Position cursor{start, -1};
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const RowSpec& rowSpec = t.rows[r];
            const Position p = findLabel(rows_, cursor, end, officialLabel(rowSpec.label, rowSpec.aliases));
            if (!p.found()) {
                missing(QStringLiteral("表三中未找到“%1%2”行，该行各列无法校验。")
                            .arg(rowSpec.group.isEmpty() ? QString() : rowSpec.group + QStringLiteral(" / "), rowSpec.label),
                        cursorSpan(cursor));
                continue;
            }
            fillRow(t, static_cast<int>(r), p, table.rows[r]);
            cursor = p;
        }
        report_.tables.push_back(std::move(table));
    }

    // Table 四 has one row of fifteen numbers under a three-level header: the
    // numbers are the cells after the last header label of the table.
    void buildReviews(const FormatSpec& spec, Position anchor) {
        const TableSpec& t = spec.reviews;
        ReportTable table = emptyTable(t);
        if (!anchor.found()) {
            missing(QStringLiteral("未找到表四（政府信息公开行政复议、行政诉讼情况）：报告中没有“%1”表头。")
                        .arg(spec.reviewsAnchor), {});
            report_.tables.push_back(std::move(table));
            return;
        }
        table.located = true;
        std::vector<const DocCell*> cells;
        int lastLabel = -1;
        for (int r = anchor.row; r < static_cast<int>(rows_.size()) && rows_[r].table == rows_[anchor.row].table; ++r) {
            for (size_t c = 0; c < rows_[r].row->cells.size(); ++c) {
                if (rows_[r].isLabel[c]) lastLabel = static_cast<int>(cells.size());
                cells.push_back(&rows_[r].row->cells[c]);
            }
        }
        std::vector<const DocCell*> values(cells.begin() + lastLabel + 1, cells.end());
        ReportRow& row = table.rows.front();
        row.sourceLabel = rows_[anchor.row].row->cells[anchor.cell].text;
        row.labelSpan = rows_[anchor.row].row->cells[anchor.cell].span;
        if (values.empty()) {
            missing(QStringLiteral("表四只有表头，没有数值行。"), row.labelSpan);
            report_.tables.push_back(std::move(table));
            return;
        }
        row.located = true;
        placeValues(t, 0, values, row);
        report_.tables.push_back(std::move(table));
    }

    // Values are the cells after the label. Merged label columns and trailing
    // tabs add empty cells at either end; those are dropped until the count
    // fits. A count that still does not fit is reported, not guessed.
    void fillRow(const TableSpec& t, int rowIndex, Position p, ReportRow& row) {
        const DocRow& docRow = *rows_[p.row].row;
        row.located = true;
        row.sourceLabel = docRow.cells[p.cell].text;
        row.labelSpan = docRow.cells[p.cell].span;
        std::vector<const DocCell*> values;
        for (size_t c = p.cell + 1; c < docRow.cells.size(); ++c) values.push_back(&docRow.cells[c]);
        placeValues(t, rowIndex, values, row);
    }

    void placeValues(const TableSpec& t, int rowIndex, std::vector<const DocCell*> values, ReportRow& row) {
        const size_t expected = t.columns.size();
        while (values.size() > expected && values.front()->text.isEmpty()) values.erase(values.begin());
        while (values.size() > expected && values.back()->text.isEmpty()) values.pop_back();
        // A short row: an empty cell right after the label is the label's merged
        // second column, not a value, and the values present are the first ones.
        while (values.size() < expected && !values.empty() && values.front()->text.isEmpty())
            values.erase(values.begin());
        const QString where = rowTitle(t, rowIndex);
        if (values.size() > expected) {
            Finding f = Finding::make(QStringLiteral("table.extra_columns"), Severity::Error,
                                   QStringLiteral("%1有 %2 个数值单元格，官方格式只有 %3 列，无法确定各数值对应哪一列，本行未采用。")
                                       .arg(where).arg(values.size()).arg(expected),
                                   row.labelSpan);
            report_.structuralFindings.push_back(f);
            return;
        }
        for (size_t c = 0; c < values.size(); ++c) row.cells[c] = cellFrom(*values[c]);
        if (values.size() < expected) {
            QStringList absent;
            for (size_t c = values.size(); c < expected; ++c) absent << t.columns[c].label;
            Finding f = Finding::make(QStringLiteral("table.missing"), Severity::Error,
                                   QStringLiteral("%1只有 %2 个数值单元格，应为 %3 个；按顺序读取，缺少“%4”列。")
                                       .arg(where).arg(values.size()).arg(expected).arg(absent.join(QStringLiteral("”“"))),
                                   row.labelSpan);
            for (size_t c = values.size(); c < expected; ++c)
                f.cells.push_back(CellRef{t.id, rowIndex, static_cast<int>(c)});
            report_.structuralFindings.push_back(f);
        }
    }

    static QString rowTitle(const TableSpec& t, int rowIndex) {
        if (t.id == QLatin1String("reviews")) return QStringLiteral("表四数值行");
        const RowSpec& r = t.rows[rowIndex];
        if (t.id == QLatin1String("requests")) return QStringLiteral("表三“%1”行").arg(r.label);
        return QStringLiteral("表二“%1”中“%2”行").arg(t.heading, r.label);
    }

    static QString rowLabels(const TableSpec& t) {
        QStringList labels;
        for (const RowSpec& r : t.rows) labels << r.label;
        return labels.join(QStringLiteral("、"));
    }

    static ReportTable emptyTable(const TableSpec& t) {
        ReportTable table;
        table.spec = &t;
        table.rows.resize(t.rows.size());
        for (ReportRow& row : table.rows) row.cells = missingCells(t.columns.size());
        return table;
    }

    SourceSpan headingSpan(int row) const {
        if (row < 0 || rows_[row].row->cells.empty()) return {};
        return rows_[row].row->cells.front().span;
    }
    SourceSpan cursorSpan(Position p) const {
        if (!p.found() || rows_[p.row].row->cells.empty()) return {};
        return rows_[p.row].row->cells[std::max(p.cell, 0)].span;
    }

    void missing(const QString& message, const SourceSpan& span) {
        report_.structuralFindings.push_back(Finding::make(QStringLiteral("table.missing"), Severity::Error, message, span));
    }

    Report& report_;
    const std::vector<FlatRow>& rows_;
};

// The labels of one version that the other version does not have.
std::vector<OfficialLabel> versionMarkers(const FormatSpec& spec, const FormatSpec& other) {
    QSet<QString> otherKeys;
    auto addOther = [&](const QString& label) { otherKeys.insert(labelKey(label).body); };
    for (const TableSpec& t : other.activeItems) {
        for (const ColumnSpec& c : t.columns) { addOther(c.label); for (const QString& a : c.aliases) addOther(a); }
        for (const RowSpec& r : t.rows) { addOther(r.label); for (const QString& a : r.aliases) addOther(a); }
    }
    for (const RowSpec& r : other.requests.rows) { addOther(r.label); addOther(r.group); }
    std::vector<OfficialLabel> markers;
    auto add = [&](const QString& label) {
        if (!otherKeys.contains(labelKey(label).body)) markers.push_back(officialLabel(label));
    };
    for (const TableSpec& t : spec.activeItems) {
        for (const ColumnSpec& c : t.columns) add(c.label);
        for (const RowSpec& r : t.rows) add(r.label);
    }
    for (const RowSpec& r : spec.requests.rows) add(r.label);
    return markers;
}

// How many markers have a label cell in the document that `matches` them.
template <typename Match>
int versionScore(const std::vector<FlatRow>& rows, const std::vector<OfficialLabel>& markers, Match matches) {
    int score = 0;
    for (const OfficialLabel& marker : markers) {
        const LabelKey& official = marker.keys.front();
        bool found = false;
        for (const FlatRow& row : rows) {
            for (size_t c = 0; c < row.keys.size() && !found; ++c) found = row.isLabel[c] && matches(row.keys[c], official);
            if (found) break;
        }
        if (found) ++score;
    }
    return score;
}

// Exact label matches: most reports settle the version on these alone.
bool sameLabel(const LabelKey& found, const LabelKey& official) {
    return found.body == official.body && (official.numbering.isEmpty() || found.numbering == official.numbering);
}

// Typos and truncations, for when the exact matches tie. Numbered markers
// ("3.其他") must carry their number, or every header "其他" would count.
bool similarLabel(const LabelKey& found, const LabelKey& official) {
    return found.numbering == official.numbering && matchLabel(found, official) != LabelMatch::None;
}

// Markers depend only on the format descriptions: computed once.
const std::vector<std::vector<OfficialLabel>>& allVersionMarkers() {
    static const std::vector<std::vector<OfficialLabel>> markers = [] {
        std::vector<std::vector<OfficialLabel>> out;
        for (const FormatSpec& spec : FormatSpec::all()) {
            std::vector<OfficialLabel> forSpec;
            for (const FormatSpec& other : FormatSpec::all()) {
                if (&other == &spec) continue;
                std::vector<OfficialLabel> m = versionMarkers(spec, other);
                forSpec.insert(forSpec.end(), m.begin(), m.end());
            }
            out.push_back(std::move(forSpec));
        }
        return out;
    }();
    return markers;
}

const FormatSpec* detectFormat(const std::vector<FlatRow>& rows, int year, QString* source) {
    const std::vector<FormatSpec>& specs = FormatSpec::all();
    const FormatSpec* best = nullptr;
    int bestScore = 0;
    bool tie = false;
    // Exact label matches first; typos and truncations only when those tie.
    std::vector<int> scores;
    for (size_t i = 0; i < specs.size(); ++i) scores.push_back(versionScore(rows, allVersionMarkers()[i], sameLabel));
    if (std::count(scores.begin(), scores.end(), *std::max_element(scores.begin(), scores.end())) > 1)
        for (size_t i = 0; i < specs.size(); ++i) scores[i] = versionScore(rows, allVersionMarkers()[i], similarLabel);
    for (size_t i = 0; i < specs.size(); ++i) {
        const int score = scores[i];
        if (score > bestScore) {
            best = &specs[i];
            bestScore = score;
            tie = false;
        } else if (score == bestScore && score > 0) {
            tie = true;
        }
    }
    if (best && !tie) {
        *source = QStringLiteral("tables");
        return best;
    }
    if (const FormatSpec* byYear = FormatSpec::forYear(year)) {
        *source = QStringLiteral("year");
        return byYear;
    }
    return nullptr;
}

}  // namespace

const FormatSpec* detectFormat(const Document& document, int year, QString* source) {
    return detectFormat(flatten(document), year, source);
}

void reconstructTables(Report& report, const ReconstructOptions& options) {
    const std::vector<FlatRow> rows = flatten(report.document);
    if (!options.formatVersion.isEmpty()) {
        report.spec = FormatSpec::find(options.formatVersion);
        report.meta.versionSource = QStringLiteral("option");
    } else {
        report.spec = detectFormat(rows, report.meta.year, &report.meta.versionSource);
    }
    if (!report.spec) {
        // Nothing identifies the version: fall back to the older form, and say so.
        report.spec = &FormatSpec::all().front();
        report.meta.versionSource = QStringLiteral("default");
    }
    report.meta.version = report.spec->version;
    TableBuilder(report, rows).build();
}

}  // namespace nianbao
