#include "compare/Comparison.h"

#include "compare/TextSimilarity.h"
#include "proofread/ReportText.h"
#include "text/SourceText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace nianbao {
namespace {

// Two narratives this alike (Jaccard of word 5-grams) were not written twice.
constexpr double kDuplicateTextThreshold = 0.6;

std::optional<double> valueOf(const Report& report, const QString& table, const QString& row, const QString& column) {
    const ReportTable* t = report.table(table);
    if (!t || !t->located) return std::nullopt;
    const int r = t->spec->rowIndex(row), c = t->spec->columnIndex(column);
    if (r < 0 || c < 0 || !t->rows[r].located) return std::nullopt;
    const CellValue& v = t->rows[r].cells[c].value;
    if (!v.isSummable()) return std::nullopt;
    return v.summand();
}

CellRef refOf(const Report& report, const QString& table, const QString& row, const QString& column) {
    const TableSpec* t = report.tableSpec(table);
    return CellRef{table, t ? t->rowIndex(row) : -1, t ? t->columnIndex(column) : -1};
}

class PairChecker {
public:
    PairChecker(const Report& previous, const Report& current, ComparisonGroup& group)
        : prev_(previous), cur_(current), group_(group) {}

    void run() {
        if (cur_.meta.year == prev_.meta.year + 1) {
            carryOver();
            regulationsInForce();
            itemCount();
        }
    }

private:
    void add(const QString& rule, Severity severity, const QString& message,
             std::vector<std::pair<const Report*, CellRef>> cells) {
        ComparisonFinding f;
        f.finding.rule = rule;
        f.finding.severity = severity;
        f.finding.message = message;
        for (const auto& [report, ref] : cells) {
            f.finding.cells.push_back(ref);
            f.cellFiles.push_back(report->meta.file);
        }
        if (const ReportCell* cell = cur_.cell(cells.front().second)) f.finding.span = cell->span;
        group_.findings.push_back(std::move(f));
    }

    QString year(const Report& r) const { return QStringLiteral("%1 年").arg(r.meta.year); }

    // This year's 二、上年结转 is last year's 四、结转下年度继续办理, column by column.
    void carryOver() {
        const TableSpec& columns = cur_.spec->requests;
        for (const ColumnSpec& column : columns.columns) {
            const auto carried = valueOf(cur_, QStringLiteral("requests"), QStringLiteral("carried_over"), column.key);
            const auto forward = valueOf(prev_, QStringLiteral("requests"), QStringLiteral("carried_forward"), column.key);
            if (!carried || !forward || *carried == *forward) continue;
            add(QStringLiteral("compare.carry_over"), Severity::Error,
                QStringLiteral("%1“二、上年结转政府信息公开申请数量”“%2”列为 %3，但%4“四、结转下年度继续办理”为 %5，两者应相等。")
                    .arg(year(cur_), column.label).arg(*carried).arg(year(prev_)).arg(*forward),
                {{&cur_, refOf(cur_, QStringLiteral("requests"), QStringLiteral("carried_over"), column.key)},
                 {&prev_, refOf(prev_, QStringLiteral("requests"), QStringLiteral("carried_forward"), column.key)}});
        }
    }

    // 2021 format: 现行有效件数 = last year's + 本年制发件数 − 本年废止件数.
    void regulationsInForce() {
        const QString table = QStringLiteral("active.20.1");
        for (const QString& row : {QStringLiteral("regulations"), QStringLiteral("normative")}) {
            const auto inForce = valueOf(cur_, table, row, QStringLiteral("in_force"));
            const auto issued = valueOf(cur_, table, row, QStringLiteral("issued"));
            const auto repealed = valueOf(cur_, table, row, QStringLiteral("repealed"));
            const auto before = valueOf(prev_, table, row, QStringLiteral("in_force"));
            if (!inForce || !issued || !repealed || !before) continue;
            const double expected = *before + *issued - *repealed;
            if (*inForce == expected) continue;
            const QString label = cur_.tableSpec(table)->rows[cur_.tableSpec(table)->rowIndex(row)].label;
            add(QStringLiteral("compare.regulations_in_force"), Severity::Warning,
                QStringLiteral("%1“%2”现行有效件数为 %3，但按%4的 %5 件 + 本年制发 %6 件 − 本年废止 %7 件，应为 %8 件。")
                    .arg(year(cur_), label).arg(*inForce).arg(year(prev_)).arg(*before).arg(*issued).arg(*repealed).arg(expected),
                {{&cur_, refOf(cur_, table, row, QStringLiteral("in_force"))},
                 {&cur_, refOf(cur_, table, row, QStringLiteral("issued"))},
                 {&cur_, refOf(cur_, table, row, QStringLiteral("repealed"))},
                 {&prev_, refOf(prev_, table, row, QStringLiteral("in_force"))}});
        }
    }

    // 2019 format: 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减.
    void itemCount() {
        for (const TableSpec& item : cur_.spec->activeItems) {
            if (item.columnIndex(QStringLiteral("previous")) < 0 || item.columnIndex(QStringLiteral("delta")) < 0) continue;
            for (const RowSpec& row : item.rows) {
                const auto now = valueOf(cur_, item.id, row.key, QStringLiteral("previous"));
                const auto before = valueOf(prev_, item.id, row.key, QStringLiteral("previous"));
                const auto delta = valueOf(prev_, item.id, row.key, QStringLiteral("delta"));
                if (!now || !before || !delta || *now == *before + *delta) continue;
                add(QStringLiteral("compare.item_count"), Severity::Warning,
                    QStringLiteral("%1“%2”上一年项目数量为 %3，但%4为 %5 项、本年增/减 %6，应为 %7 项。")
                        .arg(year(cur_), row.label).arg(*now).arg(year(prev_)).arg(*before).arg(*delta).arg(*before + *delta),
                    {{&cur_, refOf(cur_, item.id, row.key, QStringLiteral("previous"))},
                     {&prev_, refOf(prev_, item.id, row.key, QStringLiteral("previous"))},
                     {&prev_, refOf(prev_, item.id, row.key, QStringLiteral("delta"))}});
            }
        }
    }

    const Report& prev_;
    const Report& cur_;
    ComparisonGroup& group_;
};

void duplicateText(const Report& a, const Report& b, ComparisonGroup& group) {
    const TextSimilarity similarity = compareTexts(narrativeText(a), narrativeText(b));
    if (similarity.jaccard < kDuplicateTextThreshold) return;
    QStringList quoted;
    for (const QString& p : similarity.sharedPassages.mid(0, 3))
        quoted << (p.size() > 40 ? p.left(40) + QStringLiteral("…") : p);
    ComparisonFinding f;
    f.finding.rule = QStringLiteral("compare.duplicate_text");
    f.finding.severity = Severity::Warning;
    f.finding.message = QStringLiteral("%1 年与 %2 年报告正文的相似度为 %3%，疑似照搬上年报告%4")
                            .arg(a.meta.year)
                            .arg(b.meta.year)
                            .arg(std::round(similarity.jaccard * 100))
                            .arg(quoted.isEmpty() ? QStringLiteral("。") : QStringLiteral("；相同段落如：“%1”。").arg(quoted.join(QStringLiteral("”“"))));
    group.findings.push_back(std::move(f));
}

void align(ComparisonGroup& group, const ComparisonOptions& options) {
    std::map<std::tuple<QString, QString, QString>, size_t> index;
    for (const Report* report : group.reports) {
        for (const ReportTable& table : report->tables) {
            const TableSpec& spec = *table.spec;
            for (const RowSpec& row : spec.rows) {
                for (const ColumnSpec& column : spec.columns) {
                    const auto key = std::make_tuple(spec.id, row.key, column.key);
                    if (index.count(key)) continue;
                    index[key] = group.cells.size();
                    AlignedCell cell;
                    cell.table = spec.id;
                    cell.rowKey = row.key;
                    cell.columnKey = column.key;
                    cell.rowLabel = spec.kind == TableKind::GroupedColumns ? column.group : row.label;
                    cell.columnLabel = column.label;
                    group.cells.push_back(cell);
                }
            }
        }
    }
    for (AlignedCell& cell : group.cells) {
        for (size_t y = 0; y < group.reports.size(); ++y) {
            const Report& r = *group.reports[y];
            const TableSpec* spec = r.tableSpec(cell.table);
            const bool present = spec && spec->rowIndex(cell.rowKey) >= 0 && spec->columnIndex(cell.columnKey) >= 0;
            cell.present.push_back(present);
            cell.values.push_back(present ? valueOf(r, cell.table, cell.rowKey, cell.columnKey) : std::nullopt);
            bool flagged = false;
            if (y > 0 && cell.values[y] && cell.values[y - 1]) {
                const double before = *cell.values[y - 1], now = *cell.values[y];
                const double change = std::abs(now - before);
                flagged = change >= options.minimumChange &&
                          (before == 0 || change / std::abs(before) >= options.changeThreshold);
            }
            cell.flagged.push_back(flagged);
        }
    }
}

}  // namespace

QString agencyKey(const QString& agency) {
    QString key;
    for (QChar c : normalizeLine(agency).text)
        if (c.isLetterOrNumber()) key.append(c);
    // A leading province or city before a district or county names the same agency.
    static const QRegularExpression prefix(QStringLiteral("^\\p{Han}{1,8}?(?:省|自治区|市)(?=\\p{Han}{2,}(?:区|县|旗))"));
    key.remove(prefix);
    return key;
}

QString narrativeText(const Report& report) {
    QStringList parts;
    const ReportText text(report);
    for (const NarrativeParagraph& p : text.paragraphs())
        if (p.section >= 1 && !p.isHeading) parts << p.paragraph->text;
    return parts.join(QLatin1Char('\n'));
}

std::vector<ComparisonGroup> compareReports(const std::vector<const Report*>& reports, const ComparisonOptions& options) {
    std::map<QString, ComparisonGroup> byAgency;
    std::vector<QString> order;  // groups in order of first appearance
    for (const Report* r : reports) {
        QString key = agencyKey(r->meta.agency);
        for (const auto& [file, overridden] : options.agencyOverrides)
            if (file == r->meta.file) key = overridden;
        if (!byAgency.count(key)) order.push_back(key);
        ComparisonGroup& g = byAgency[key];
        g.agencyKey = key;
        g.reports.push_back(r);
    }
    std::vector<ComparisonGroup> groups;
    for (const QString& key : order) {
        ComparisonGroup g = std::move(byAgency[key]);
        std::stable_sort(g.reports.begin(), g.reports.end(),
                         [](const Report* a, const Report* b) { return a->meta.year < b->meta.year; });
        g.agency = g.reports.back()->meta.agency;
        align(g, options);
        for (size_t i = 1; i < g.reports.size(); ++i) PairChecker(*g.reports[i - 1], *g.reports[i], g).run();
        for (size_t i = 0; i < g.reports.size(); ++i)
            for (size_t j = i + 1; j < g.reports.size(); ++j) duplicateText(*g.reports[i], *g.reports[j], g);
        groups.push_back(std::move(g));
    }
    return groups;
}

}  // namespace nianbao
