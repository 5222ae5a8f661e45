#include "report/Reconstructor.h"

#include "report/FlatRows.h"

#include <QSet>

#include <algorithm>

namespace nianbao {
namespace {

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

// Merged label columns and trailing tabs add empty cells at either end of a
// row's values; those are dropped until the count fits. A short row: an
// empty cell right after the label is the label's merged second column, not
// a value, and the values present are the first ones.
std::vector<const DocCell*> fitValues(std::vector<const DocCell*> values, size_t expected) {
    while (values.size() > expected && values.front()->text.isEmpty()) values.erase(values.begin());
    while (values.size() > expected && values.back()->text.isEmpty()) values.pop_back();
    while (values.size() < expected && !values.empty() && values.front()->text.isEmpty()) values.erase(values.begin());
    return values;
}

// "三、收到和处理政府信息公开申请情况" → "收到和处理政府信息公开申请情况": a section heading as a table's description.
QString withoutNumber(const QString& heading) {
    const qsizetype mark = heading.indexOf(QChar(0x3001));  // 、
    return mark < 0 ? heading : heading.mid(mark + 1);
}

QString valuesText(const std::vector<const DocCell*>& values) {
    QStringList texts;
    for (const DocCell* c : values) texts << (c->text.isEmpty() ? QStringLiteral("空白") : c->text);
    return texts.join(QLatin1Char(' '));
}

class TableBuilder {
public:
    TableBuilder(Report& report, const std::vector<FlatRow>& rows) : report_(report), rows_(rows) {}

    void build() {
        const FormatSpec& spec = *report_.spec;
        const int rowCount = static_cast<int>(rows_.size());
        const int requestsStart = findRequestsStart(spec);
        const Position reviewsStart = findReviewsStart(spec, std::max(requestsStart, 0));
        const int requestsEnd = reviewsStart.found() ? reviewsStart.row : rowCount;
        const int activeEnd = requestsStart >= 0 ? requestsStart : requestsEnd;
        buildActive(spec, activeEnd);
        buildRequests(spec, requestsStart, requestsEnd);
        buildReviews(spec, reviewsStart);
    }

private:
    int findRequestsStart(const FormatSpec& spec) const {
        const int end = static_cast<int>(rows_.size());
        int start = -1;
        auto consider = [&](Position p) {
            if (p.found() && (start < 0 || p.row < start)) start = p.row;
        };
        for (const OfficialLabel* anchor : {&officialLabel(spec.requestsNote), &officialLabel(spec.requestsHeader.value(0))})
            consider(findLabel(rows_, {0, -1}, end, *anchor, false, LabelSearch::AlsoParagraphs));
        consider(findLabel(rows_, {0, -1}, end, officialLabel(spec.requests.rows.front().label)));
        return start;
    }

    // Table 四 starts at its "行政复议" header cell, or at its section heading
    // when a converter printed the header as loose text.
    Position findReviewsStart(const FormatSpec& spec, int from) const {
        const int end = static_cast<int>(rows_.size());
        Position best =
            findLabel(rows_, {from, -1}, end, officialLabel(spec.reviewsAnchor), true, LabelSearch::AlsoParagraphs);
        const LabelKey heading = labelKey(spec.reviews.heading);
        for (int r = from; r < (best.found() ? best.row : end); ++r) {
            const FlatRow& row = rows_[r];
            if (!row.isParagraph() || row.prose || row.keys.empty()) continue;
            if (row.keys.front().body == heading.body) return {r, 0};  // numbering aside: reports renumber sections
        }
        return best;
    }

    void buildActive(const FormatSpec& spec, int activeEnd) {
        // Locate every item heading first: each item's rows lie between its heading and the next.
        std::vector<int> headingRows;
        Position cursor{0, -1};
        for (const TableSpec& item : spec.activeItems) {
            const Position p =
                findLabel(rows_, cursor, activeEnd, officialLabel(item.heading), true, LabelSearch::AlsoParagraphs);
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
                const OfficialLabel& label = officialLabel(item.rows[r].label, item.rows[r].aliases);
                Position p = findLabel(rows_, {std::max(begin, 0), -1}, end, label);
                // Converters move an item's table away from its heading; its row labels are unique to it.
                if (!p.found() || claimed_.contains(p.row)) p = findUnclaimed(0, activeEnd, label);
                if (!p.found()) continue;
                fillRow(item, static_cast<int>(r), p, table.rows[r]);
                ++located;
            }
            table.located = located > 0;
            if (!table.located)
                missing(QStringLiteral("未找到%1部分：报告中没有与官方格式对应的行（%2）。")
                            .arg(describeTable(item), rowLabels(item)), {});
            else
                for (size_t r = 0; r < item.rows.size(); ++r)
                    if (!table.rows[r].located)
                        missing(QStringLiteral("%1中未找到“%2”行。").arg(describeTable(item), item.rows[r].label),
                                headingSpan(headingRows[i]));
            report_.tables.push_back(std::move(table));
        }
    }

    Position findUnclaimed(int begin, int end, const OfficialLabel& label) const {
        for (Position p = findLabel(rows_, {begin, -1}, end, label); p.found(); p = findLabel(rows_, p, end, label))
            if (!claimed_.contains(p.row)) return p;
        return {};
    }

    // A row of table 三's region that holds values, read against one layout.
    struct RequestRow {
        int flatRow = -1;
        int labelCell = -1;  // -1: the report lost the row's label
        std::vector<const DocCell*> values;
        RowCandidate candidate;
    };

    // The official rows' labels of a layout, looked up once per table rather than once per cell.
    static std::vector<const OfficialLabel*> officialRowLabels(const TableSpec& t) {
        std::vector<const OfficialLabel*> labels;
        for (const RowSpec& spec : t.rows) labels.push_back(&officialLabel(spec.label, spec.aliases));
        return labels;
    }

    static std::vector<LabelMatch> matchesOf(const LabelKey& key, const std::vector<const OfficialLabel*>& labels) {
        std::vector<LabelMatch> matches;
        matches.reserve(labels.size());
        for (const OfficialLabel* label : labels) matches.push_back(matchOfficial(key, *label));
        return matches;
    }

    // The row's label is the cell that names an official row ("（一）予以公开"
    // after its group "三、本年度办理结果"), an exact match before a close one;
    // failing that, the last of the labels it starts with — a garbled label,
    // to be placed by position. Sets `matches` for the chosen cell.
    static int labelCellFor(const FlatRow& row, const std::vector<const OfficialLabel*>& labels,
                            std::vector<LabelMatch>* matches) {
        int best = -1;
        for (size_t c = 0; c < row.keys.size(); ++c) {
            if (!row.isLabel[c]) continue;
            std::vector<LabelMatch> m = matchesOf(row.keys[c], labels);
            const bool exact = std::find(m.begin(), m.end(), LabelMatch::Exact) != m.end();
            const bool close = exact || std::any_of(m.begin(), m.end(), [](LabelMatch x) { return x != LabelMatch::None; });
            // The rightmost exact label names the row; among close ones, the first.
            if (!close || (!exact && best >= 0)) continue;
            best = static_cast<int>(c);
            *matches = std::move(m);
        }
        if (best >= 0) return best;
        int leading = 0;
        while (leading < static_cast<int>(row.isLabel.size()) && row.isLabel[leading]) ++leading;
        *matches = leading > 0 ? matchesOf(row.keys[leading - 1], labels)
                               : std::vector<LabelMatch>(labels.size(), LabelMatch::None);
        return leading - 1;
    }

    std::vector<RequestRow> requestRows(const TableSpec& t, int start, int end) const {
        std::vector<RequestRow> out;
        const size_t expected = t.columns.size();
        const std::vector<const OfficialLabel*> labels = officialRowLabels(t);
        for (int r = start; r < end; ++r) {
            const FlatRow& row = rows_[r];
            if (row.isParagraph()) continue;
            RequestRow found;
            found.flatRow = r;
            found.labelCell = labelCellFor(row, labels, &found.candidate.matches);
            for (size_t c = found.labelCell + 1; c < row.row->cells.size(); ++c) found.values.push_back(&row.row->cells[c]);
            const bool hasNumber = std::any_of(found.values.begin(), found.values.end(),
                                               [](const DocCell* c) { return parseCellValue(c->text).isNumber(); });
            const bool named = std::any_of(found.candidate.matches.begin(), found.candidate.matches.end(),
                                           [](LabelMatch m) { return m != LabelMatch::None; });
            // A row of blanks counts only where its label says which row it is.
            if (!hasNumber && !(named && found.values.size() >= expected)) continue;
            found.candidate.fitsColumns = hasNumber && fitValues(found.values, expected).size() == expected;
            out.push_back(std::move(found));
        }
        return out;
    }

    // A flat header row naming the value columns ("类别 | 自然人 | 商业企业 |
    // … | 总计") says which column each value cell is in: a column it lacks
    // is missing from every row, never filled by shifting the next values
    // left, and a column it has that the form does not is extra. Returns,
    // for each header cell after the corner, its official column or -1;
    // empty when the region has no such header.
    std::vector<int> columnsFromHeader(const TableSpec& t, int start, int end) const {
        constexpr int kMinKnownColumns = 4;  // fewer is a merged, multi-level header, read by count
        for (int r = start; r < end; ++r) {
            const FlatRow& row = rows_[r];
            if (row.isParagraph() || row.lastLabel() < 0 || !row.valueCells().empty()) continue;
            std::vector<int> columns;
            int known = 0, previous = -1;
            bool ordered = true;
            for (size_t c = 0; c < row.keys.size(); ++c) {
                int column = -1;
                for (size_t k = 0; k < t.columns.size() && column < 0 && row.isLabel[c]; ++k)
                    if (matchOfficial(row.keys[c], officialLabel(t.columns[k].label, t.columns[k].aliases)) == LabelMatch::Exact)
                        column = static_cast<int>(k);
                if (column < 0 && known == 0) continue;  // the corner ("申请人情况", "类别")
                if (column >= 0) {
                    ordered &= column > previous;
                    previous = column;
                    ++known;
                }
                columns.push_back(column);
            }
            if (known >= kMinKnownColumns && ordered) return columns;
        }
        return {};
    }

    static RowAlignment align(const TableSpec& t, const std::vector<RequestRow>& found) {
        std::vector<RowCandidate> candidates;
        for (const RequestRow& r : found) candidates.push_back(r.candidate);
        return alignRows(candidates, static_cast<int>(t.rows.size()));
    }

    void buildRequests(const FormatSpec& spec, int start, int end) {
        if (start < 0) {
            ReportTable table = emptyTable(spec.requests);
            missing(QStringLiteral("未找到%1（%2）：报告中没有“%3”等行。")
                        .arg(spec.requests.name, withoutNumber(spec.requests.heading), spec.requests.rows.front().label),
                    {});
            report_.tables.push_back(std::move(table));
            return;
        }
        // The report's own format version first; another version's layout of
        // table 三 (a 2019 form inside a 2021 report) wins only by fitting better.
        const TableSpec* layout = &spec.requests;
        std::vector<RequestRow> found = requestRows(*layout, start, end);
        RowAlignment alignment = align(*layout, found);
        for (const FormatSpec& other : FormatSpec::all()) {
            if (&other == &spec) continue;
            std::vector<RequestRow> f = requestRows(other.requests, start, end);
            RowAlignment a = align(other.requests, f);
            if (a.score <= alignment.score) continue;
            layout = &other.requests;
            found = std::move(f);
            alignment = std::move(a);
        }
        if (layout != &spec.requests) reportLayoutVersion(spec, *FormatSpec::owning(layout), found, alignment);

        const TableSpec& t = *layout;
        headerColumns_ = columnsFromHeader(t, start, end);
        ReportTable table = emptyTable(t);
        table.located = true;
        QStringList byPosition;
        SourceSpan firstByPosition;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const PlacedRow& placed = alignment.rows[r];
            if (placed.candidate < 0) continue;
            const RequestRow& source = found[placed.candidate];
            const DocRow& docRow = *rows_[source.flatRow].row;
            ReportRow& row = table.rows[r];
            if (source.labelCell >= 0) {
                row.sourceLabel = docRow.cells[source.labelCell].text;
                row.labelSpan = docRow.cells[source.labelCell].span;
                row.labelMatch = source.candidate.matches[r];
            } else {
                row.labelSpan = source.values.front()->span;
                if (byPosition.isEmpty()) firstByPosition = row.labelSpan;
                byPosition << t.rows[r].label;
            }
            row.placement = placed.placement;
            row.located = true;
            placeValues(t, static_cast<int>(r), source.values, row);
            if (placed.placement == RowPlacement::OutOfOrder) reportOutOfOrder(t, static_cast<int>(r), row);
        }
        if (!byPosition.isEmpty())
            report_.structuralFindings.push_back(Finding::make(
                QStringLiteral("table.row_by_position"),
                QStringLiteral("%1有 %2 行数值没有行标签（转换时丢失），已按其在表中的位置读取为：%3。请对照原件核对。")
                    .arg(t.name)
                    .arg(byPosition.size())
                    .arg(byPosition.join(QStringLiteral("、"))),
                firstByPosition));
        for (size_t r = 0; r < t.rows.size(); ++r)
            if (!table.rows[r].located)
                missing(QStringLiteral("%1中未找到“%2%3”行；涉及该行的勾稽关系无法校验，其余关系照常校验。")
                            .arg(t.name, t.rows[r].group.isEmpty() ? QString() : t.rows[r].group + QStringLiteral(" / "),
                                 t.rows[r].label),
                        nearestSpan(table, static_cast<int>(r)));
        for (int c : alignment.unplaced) {
            const RequestRow& source = found[c];
            const DocRow& docRow = *rows_[source.flatRow].row;
            const QString what = source.labelCell >= 0 ? QStringLiteral("“%1”行").arg(docRow.cells[source.labelCell].text)
                                                       : QStringLiteral("一行没有标签的数值");
            report_.structuralFindings.push_back(Finding::make(
                QStringLiteral("table.unplaced_row"),
                QStringLiteral("%1中%2（%3）无法确定对应官方格式的哪一行，未采用。").arg(t.name, what, valuesText(source.values)),
                source.labelCell >= 0 ? docRow.cells[source.labelCell].span : source.values.front()->span));
        }
        reportHeaderColumns(t);
        headerColumns_.clear();
        report_.tables.push_back(std::move(table));
    }

    void reportHeaderColumns(const TableSpec& t) {
        if (!headerUsed_) return;
        QStringList absent;
        for (size_t c = 0; c < t.columns.size(); ++c)
            if (std::find(headerColumns_.begin(), headerColumns_.end(), static_cast<int>(c)) == headerColumns_.end())
                absent << t.columns[c].label;
        if (!absent.isEmpty())
            missing(QStringLiteral("%1的表头没有“%2”列：各行该列无法读取，涉及它的勾稽关系无法校验。")
                        .arg(t.name, absent.join(QStringLiteral("”“"))), {});
        const int extra = static_cast<int>(std::count(headerColumns_.begin(), headerColumns_.end(), -1));
        if (extra > 0)
            report_.structuralFindings.push_back(Finding::make(
                QStringLiteral("table.extra_columns"),
                QStringLiteral("%1的表头有 %2 列不是官方格式的列，这些列的数值未采用。").arg(t.name).arg(extra), {}));
        headerUsed_ = false;
    }

    void reportLayoutVersion(const FormatSpec& spec, const FormatSpec& layout, const std::vector<RequestRow>& found,
                             const RowAlignment& alignment) {
        SourceSpan span;
        for (const PlacedRow& p : alignment.rows)
            if (p.candidate >= 0) { span = rows_[found[p.candidate].flatRow].row->cells.front().span; break; }
        report_.structuralFindings.push_back(Finding::make(
            QStringLiteral("table.layout_version"),
            QStringLiteral("%1按 %2 格式的行排列填报（%3 行），而本报告使用 %4 格式（%5 行）；各数值已按原表读取，请改用 %4 格式的表样。")
                .arg(spec.requests.name, layout.version)
                .arg(layout.requests.rows.size())
                .arg(spec.version)
                .arg(spec.requests.rows.size()),
            span));
    }

    void reportOutOfOrder(const TableSpec& t, int rowIndex, const ReportRow& row) {
        report_.structuralFindings.push_back(Finding::make(
            QStringLiteral("table.row_order"),
            QStringLiteral("%1“%2”行的位置与官方格式的行序不同；已按其标签读取，请按官方顺序排列。").arg(t.name, t.rows[rowIndex].label),
            row.labelSpan));
    }

    // Table 四 has one row of fifteen numbers under a three-level header, or
    // — as converters print it — three rows of five under the group titles:
    // the values are what follows the last label of each row, row after row,
    // until the fifteen are read or the next section begins.
    void buildReviews(const FormatSpec& spec, Position anchor) {
        const TableSpec& t = spec.reviews;
        ReportTable table = emptyTable(t);
        if (!anchor.found()) {
            missing(QStringLiteral("未找到%1（%2）：报告中没有“%3”表头。")
                        .arg(t.name, withoutNumber(t.heading), spec.reviewsAnchor), {});
            report_.tables.push_back(std::move(table));
            return;
        }
        table.located = true;
        std::vector<const DocCell*> values;
        for (int r = anchor.row; r < static_cast<int>(rows_.size()) && values.size() < t.columns.size(); ++r) {
            const FlatRow& row = rows_[r];
            if (row.isParagraph()) {
                if (r > anchor.row && (row.prose || looksLikeSectionHeading(row.row->cells.front().text))) break;
                continue;
            }
            std::vector<const DocCell*> rowValues = row.valueCells();
            if (!row.hasNumber() && (row.lastLabel() >= 0 || rowValues.size() < t.columns.size() / 3)) continue;
            values.insert(values.end(), rowValues.begin(), rowValues.end());
        }
        ReportRow& row = table.rows.front();
        // The row is named by its "行政复议" header cell when the table prints one.
        const Position header = findLabel(rows_, {anchor.row, -1}, static_cast<int>(rows_.size()),
                                          officialLabel(spec.reviewsAnchor), true, LabelSearch::AlsoParagraphs);
        if (header.found()) {
            const DocCell& cell = rows_[header.row].row->cells[header.cell];
            row.sourceLabel = cell.text;
            row.labelSpan = cell.span;
            row.labelMatch = LabelMatch::Exact;
        } else {
            row.labelSpan = values.empty() ? rows_[anchor.row].row->cells.front().span : values.front()->span;
        }
        if (values.empty()) {
            missing(QStringLiteral("%1只有表头，没有数值行。").arg(t.name), row.labelSpan);
            report_.tables.push_back(std::move(table));
            return;
        }
        row.located = true;
        placeValues(t, 0, values, row);
        report_.tables.push_back(std::move(table));
    }

    static bool looksLikeSectionHeading(const QString& text) {
        const LabelKey key = labelKeyOfNormalized(text);
        return key.numbering.startsWith(QLatin1Char('s'));
    }

    void fillRow(const TableSpec& t, int rowIndex, Position p, ReportRow& row) {
        const DocRow& docRow = *rows_[p.row].row;
        claimed_.insert(p.row);
        row.located = true;
        row.sourceLabel = docRow.cells[p.cell].text;
        row.labelSpan = docRow.cells[p.cell].span;
        row.labelMatch = matchOfficial(rows_[p.row].keys[p.cell],
                                       officialLabel(t.rows[rowIndex].label, t.rows[rowIndex].aliases));
        std::vector<const DocCell*> values;
        for (size_t c = p.cell + 1; c < docRow.cells.size(); ++c) values.push_back(&docRow.cells[c]);
        placeValues(t, rowIndex, values, row);
    }

    void placeValues(const TableSpec& t, int rowIndex, const std::vector<const DocCell*>& found, ReportRow& row) {
        const size_t expected = t.columns.size();
        if (found.size() != expected && !headerColumns_.empty() && found.size() == headerColumns_.size()) {
            // The header says where each value belongs; what it lacks is reported once for the table.
            for (size_t i = 0; i < found.size(); ++i)
                if (headerColumns_[i] >= 0) row.cells[headerColumns_[i]] = cellFrom(*found[i]);
            headerUsed_ = true;
            return;
        }
        const std::vector<const DocCell*> values = fitValues(found, expected);
        const QString where = rowTitle(t, rowIndex);
        if (values.size() > expected) {
            Finding f = Finding::make(QStringLiteral("table.extra_columns"),
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
            Finding f = Finding::make(QStringLiteral("table.missing"),
                                   QStringLiteral("%1只有 %2 个数值单元格，应为 %3 个；按顺序读取，缺少“%4”列。")
                                       .arg(where).arg(values.size()).arg(expected).arg(absent.join(QStringLiteral("”“"))),
                                   row.labelSpan);
            for (size_t c = values.size(); c < expected; ++c)
                f.cells.push_back(CellRef{t.id, rowIndex, static_cast<int>(c)});
            report_.structuralFindings.push_back(f);
        }
    }

    static QString rowTitle(const TableSpec& t, int rowIndex) {
        if (t.kind == TableKind::GroupedColumns) return QStringLiteral("%1数值行").arg(t.name);
        const RowSpec& r = t.rows[rowIndex];
        if (t.kind == TableKind::Rows) return QStringLiteral("%1“%2”行").arg(t.name, r.label);
        return QStringLiteral("%1“%2”中“%3”行").arg(t.name, t.heading, r.label);
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

    // Where a missing row would have been: after the nearest row found above it.
    static SourceSpan nearestSpan(const ReportTable& table, int rowIndex) {
        for (int r = rowIndex - 1; r >= 0; --r)
            if (table.rows[r].located) return table.rows[r].labelSpan;
        return {};
    }

    void missing(const QString& message, const SourceSpan& span) {
        report_.structuralFindings.push_back(Finding::make(QStringLiteral("table.missing"), message, span));
    }

    Report& report_;
    const std::vector<FlatRow>& rows_;
    QSet<int> claimed_;  // flat rows a table-二 row was read from
    std::vector<int> headerColumns_;  // table 三's flat header, when it has one: see columnsFromHeader()
    bool headerUsed_ = false;
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

// How many markers have a label cell in the document's tables that `matches` them.
template <typename Match>
int versionScore(const std::vector<FlatRow>& rows, const std::vector<OfficialLabel>& markers, Match matches) {
    int score = 0;
    for (const OfficialLabel& marker : markers) {
        const LabelKey& official = marker.keys.front();
        bool found = false;
        for (const FlatRow& row : rows) {
            if (row.isParagraph()) continue;
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
    return detectFormat(flatten(document).rows, year, source);
}

void reconstructTables(Report& report, const ReconstructOptions& options) {
    const FlatDocument flat = flatten(report.document);
    if (!options.formatVersion.isEmpty()) {
        report.spec = FormatSpec::find(options.formatVersion);
        report.meta.versionSource = QStringLiteral("option");
    } else {
        report.spec = detectFormat(flat.rows, report.meta.year, &report.meta.versionSource);
    }
    if (!report.spec) {
        // Nothing identifies the version: fall back to the older form, and say so.
        report.spec = &FormatSpec::all().front();
        report.meta.versionSource = QStringLiteral("default");
    }
    report.meta.version = report.spec->version;
    TableBuilder(report, flat.rows).build();
}

}  // namespace nianbao
