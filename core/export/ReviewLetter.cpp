#include "export/ReviewLetter.h"

#include "check/RelationChecker.h"
#include "check/RuleCatalog.h"
#include "export/DocxBody.h"
#include "export/DocxParts.h"
#include "export/PrintedReport.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>

namespace nianbao {
namespace {

constexpr int kMaxQuotedSentence = 30;  // characters of a narrative sentence quoted as its place

QString chineseDate(const QDate& date) {
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString yearText(int year) { return year ? QStringLiteral("%1年度").arg(year) : QStringLiteral("（报告未写明年度）"); }
QString agencyText(const QString& agency) { return agency.isEmpty() ? QStringLiteral("（报告未写明单位名称）") : agency; }

QString columnName(const ColumnSpec& c) {
    // 表四 repeats 总计 under each group: the group makes the column unique.
    return c.group.isEmpty() ? c.label : c.group + QChar(0x00B7) + c.label;
}

QString rowPlace(const Report& report, const CellRef& cell) {
    const TableSpec* spec = report.tableSpec(cell.table);
    if (!spec || cell.row >= static_cast<int>(spec->rows.size())) return cell.table;
    return QStringLiteral("%1第%2行“%3”").arg(describeTable(*spec)).arg(cell.row + 1).arg(spec->rows[cell.row].label);
}

QString cellPlace(const Report& report, const CellRef& cell) {
    const TableSpec* spec = report.tableSpec(cell.table);
    if (!spec || cell.column >= static_cast<int>(spec->columns.size())) return rowPlace(report, cell);
    return rowPlace(report, cell) + QStringLiteral("“%1”列").arg(columnName(spec->columns[cell.column]));
}

// The sentence of the narrative the finding points into, quoted.
QString narrativePlace(const Report& report, const SourceSpan& span) {
    if (span.line > report.source.lineCount()) return QStringLiteral("正文第%1行").arg(span.line);
    const QString line = report.source.originalLine(span.line);
    static const QString ends = QStringLiteral("。；！？;!?");
    qsizetype begin = std::clamp<qsizetype>(span.column, 0, line.size());
    while (begin > 0 && !ends.contains(line[begin - 1])) --begin;
    qsizetype end = std::clamp<qsizetype>(span.column, 0, line.size());
    while (end < line.size() && !ends.contains(line[end])) ++end;
    if (end < line.size()) ++end;  // keep the full stop
    QString sentence = line.mid(begin, end - begin).trimmed();
    if (sentence.size() > kMaxQuotedSentence) sentence = sentence.left(kMaxQuotedSentence) + QStringLiteral("…");
    return sentence.isEmpty() ? QStringLiteral("正文第%1行").arg(span.line) : QStringLiteral("正文第%1行：“%2”").arg(span.line).arg(sentence);
}

// Where the clerk has to look. A balance relation with a single cell on one
// side (a 总计) is that cell; a relation down one column or along one row is
// that column or row; a finding without cells is its sentence.
QString placeOf(const Report& report, const Finding& f) {
    if (f.cells.empty()) return f.span.isValid() ? narrativePlace(report, f.span) : QStringLiteral("全文");
    // A sentence compared with cells (正文 says 1, 表四 says 4): the place to
    // change is the sentence, whose line holds none of the cells.
    const auto cellOnLine = [&](const CellRef& c) {
        const ReportCell* cell = report.cell(c);
        return cell && cell->span.isValid() && cell->span.line == f.span.line;
    };
    if (!f.isRelation && f.span.isValid() && std::none_of(f.cells.begin(), f.cells.end(), cellOnLine))
        return narrativePlace(report, f.span);
    if (f.isRelation && f.leftCount == 1) return cellPlace(report, f.cells.front());
    const CellRef& first = f.cells.front();
    const auto all = [&](auto same) { return std::all_of(f.cells.begin(), f.cells.end(), same); };
    if (f.cells.size() == 1) return cellPlace(report, first);
    if (all([&](const CellRef& c) { return c.table == first.table && c.row == first.row; })) return rowPlace(report, first);
    const TableSpec* spec = report.tableSpec(first.table);
    if (spec && first.column < static_cast<int>(spec->columns.size()) &&
        all([&](const CellRef& c) { return c.table == first.table && c.column == first.column; }))
        return QStringLiteral("%1“%2”列").arg(describeTable(*spec), columnName(spec->columns[first.column]));
    return spec ? describeTable(*spec) : first.table;
}

// The value that makes the relation hold, for the one cell the place names.
QString expectedOf(const Report& report, const Finding& f) {
    double value = 0;
    if (!f.isRelation || f.leftCount != 1 || f.cells.empty() || !balancingValue(report, f, f.cells.front(), &value)) return {};
    return formatNumber(value, std::floor(value) == value);
}

void letterHeader(DocxBodyWriter& body, const QString& title, const std::vector<std::pair<QString, QString>>& fields) {
    body.paragraph(docx::kTitle, title);
    // Two fields per row (label, value, label, value); an odd last one spans.
    const int rows = static_cast<int>((fields.size() + 1) / 2);
    GridBuilder grid(rows, 4);
    for (size_t i = 0; i < fields.size(); ++i) {
        const int row = static_cast<int>(i / 2);
        const int column = static_cast<int>(i % 2) * 2;
        const bool last = i + 1 == fields.size() && i % 2 == 0;
        grid.place(row, column, 1, 1, PrintedCell::Role::Header, fields[i].first);
        grid.place(row, column + 1, 1, last ? 3 : 1, PrintedCell::Role::Label, fields[i].second);
    }
    PrintedTable table;
    table.id = QStringLiteral("letter.header");
    table.columnWidths = {1300, 3122, 1300, 3122};
    table.rows = grid.rows();
    body.table(table);
    body.paragraph(nullptr, {});
}

// The closing asks for corrections; a letter that finds nothing to correct
// closes with 特此告知 instead. The 落款 is kept with the paragraph above it,
// never alone at the top of a page.
void letterClosing(DocxBodyWriter& body, const LetterSettings& settings, bool askForCorrections) {
    const QString closing = askForCorrections ? settings.closing.trimmed() : QStringLiteral("特此告知。");
    if (!closing.isEmpty()) body.paragraph(nullptr, closing, true);
    body.paragraph(nullptr, {}, true);
    body.paragraph(docx::kSignature, settings.office, true);
    body.paragraph(docx::kSignature, chineseDate(settings.date));
}

QByteArray zipLetter(const std::function<void(DocxBodyWriter&)>& write, const QString& title, const QString& creator,
                     const LetterSettings& settings, QString* error) {
    return zipWordDocument(
        [&](const QString& footerId) {
            OfficeXmlWriter x;
            x.startRoot("w:document", {{"w", ooxml::kWordMain}, {"r", ooxml::kRelationships}});
            x.start("w:body");
            DocxBodyWriter body(x);
            write(body);
            body.sectionProperties(footerId);
            x.end();
            x.end();
            return x.finish();
        },
        docxCorePropertiesXml(title, QStringLiteral("政府信息公开工作年度报告审核意见"), creator, settings.office,
                              settings.date.startOfDay()),
        {}, error);
}

}  // namespace

QString LetterSettings::defaultOffice() { return QStringLiteral("政府信息公开工作主管部门"); }

QString LetterSettings::defaultClosing() {
    return QStringLiteral("请对照上述意见逐项核实修改，并于收到本意见书之日起五个工作日内将修改后的年度报告重新报送。");
}

std::vector<LetterProblem> letterProblems(const Report& report, const std::vector<Finding>& findings) {
    std::vector<LetterProblem> out;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Info) continue;
        const RuleInfo* rule = findRule(f.rule);
        out.push_back({f.severity, placeOf(report, f), f.message, expectedOf(report, f), f.rule,
                       rule && !rule->title.isEmpty() ? rule->title : f.rule});
    }
    return out;
}

QByteArray buildReviewLetter(const Report& report, const std::vector<Finding>& findings, const LetterSettings& settings,
                             QString* error) {
    const QString title = QStringLiteral("政府信息公开工作年度报告审核意见书");
    const QString reportTitle = report.spec ? printReport(report).title : builtTitle(report.meta);
    const std::vector<LetterProblem> problems = letterProblems(report, findings);
    const FindingCounts counts = countFindings(findings);
    return zipLetter(
        [&](DocxBodyWriter& body) {
            letterHeader(body, title,
                         {{QStringLiteral("报送单位"), agencyText(report.meta.agency)},
                          {QStringLiteral("报告年度"), yearText(report.meta.year)},
                          {QStringLiteral("审核单位"), settings.office},
                          {QStringLiteral("审核日期"), chineseDate(settings.date)},
                          {QStringLiteral("报告文件"), QFileInfo(report.meta.file).fileName()}});
            body.paragraph(docx::kSalutation, agencyText(report.meta.agency) + QStringLiteral("："));
            const QString received = QStringLiteral("你单位报送的《%1》已收悉。").arg(reportTitle);
            if (problems.empty()) {
                body.paragraph(nullptr, received + QStringLiteral("经审核，统计表的勾稽关系、正文与统计表的一致性及文字规范均未发现需要修改的问题，审核通过。"));
            } else {
                body.paragraph(nullptr, received + QStringLiteral("经审核，发现以下 %1 个问题（错误 %2 个，警告 %3 个），请逐项核实修改：")
                                                       .arg(problems.size())
                                                       .arg(counts.errors)
                                                       .arg(counts.warnings));
                std::vector<QStringList> rows;
                for (size_t i = 0; i < problems.size(); ++i) {
                    const LetterProblem& p = problems[i];
                    rows.push_back({QString::number(i + 1), severityDisplayName(p.severity), p.place, p.problem,
                                    p.expected.isEmpty() ? QStringLiteral("—") : p.expected,
                                    p.ruleTitle + QLatin1Char('\n') + p.rule});
                }
                body.table(printSimpleTable(QStringLiteral("letter.problems"),
                                            {QStringLiteral("序号"), QStringLiteral("级别"), QStringLiteral("位置"), QStringLiteral("存在的问题"),
                                             QStringLiteral("应为"), QStringLiteral("依据")},
                                            rows, {420, 560, 1900, 3064, 560, 2340}));
                body.paragraph(nullptr, {});
            }
            if (counts.infos > 0)
                body.paragraph(nullptr, QStringLiteral("另有 %1 条提示（如空白单元格按 0 计）未列出，不影响审核结论，可一并核实。").arg(counts.infos));
            letterClosing(body, settings, !problems.empty());
        },
        title, report.meta.agency, settings, error);
}

LetterSummaryRow letterSummaryOf(const Report& report, const std::vector<Finding>& findings) {
    LetterSummaryRow row{summaryOf(report, findings), {}};
    // Errors before warnings, then the most frequent; ties in rule order.
    std::map<QString, std::pair<int, int>> counts;  // rule → (severity rank, count)
    std::vector<QString> order;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Info) continue;
        auto [it, added] = counts.try_emplace(f.rule, f.severity == Severity::Error ? 0 : 1, 0);
        ++it->second.second;
        if (added) order.push_back(f.rule);
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return counts[a].first != counts[b].first ? counts[a].first < counts[b].first : counts[a].second > counts[b].second;
    });
    for (const QString& id : order) {
        const RuleInfo* rule = findRule(id);
        row.mainProblems << QStringLiteral("%1（%2处）").arg(rule && !rule->title.isEmpty() ? rule->title : id).arg(counts[id].second);
    }
    return row;
}

QByteArray buildSummaryLetter(const std::vector<LetterSummaryRow>& rows, const LetterSettings& settings, QString* error) {
    const QString title = QStringLiteral("政府信息公开工作年度报告审核情况汇总");
    int passed = 0, withErrors = 0, withWarnings = 0, unreadable = 0;
    for (const LetterSummaryRow& r : rows) {
        if (!r.summary.readFailure.isEmpty()) ++unreadable;
        else if (r.summary.counts.errors > 0) ++withErrors;
        else if (r.summary.counts.warnings > 0) ++withWarnings;
        else ++passed;
    }
    return zipLetter(
        [&](DocxBodyWriter& body) {
            letterHeader(body, title,
                         {{QStringLiteral("审核单位"), settings.office},
                          {QStringLiteral("审核日期"), chineseDate(settings.date)},
                          {QStringLiteral("报告份数"), QString::number(rows.size())},
                          {QStringLiteral("审核通过"), QString::number(passed)}});
            body.paragraph(nullptr, QStringLiteral("本次共审核政府信息公开工作年度报告 %1 份：审核通过 %2 份，存在错误 %3 份，仅有警告 %4 份，无法读取 %5 份。"
                                                   "各报告的审核结果和主要问题如下，具体问题见各单位的审核意见书。")
                                        .arg(rows.size())
                                        .arg(passed)
                                        .arg(withErrors)
                                        .arg(withWarnings)
                                        .arg(unreadable));
            std::vector<QStringList> table;
            for (size_t i = 0; i < rows.size(); ++i) {
                const SummaryRow& s = rows[i].summary;
                const bool read = s.readFailure.isEmpty();
                const QString main = !read ? QStringLiteral("无法读取：") + s.readFailure
                                     : rows[i].mainProblems.isEmpty() ? QStringLiteral("审核通过")
                                                                      : rows[i].mainProblems.mid(0, 3).join(QStringLiteral("；"));
                table.push_back({QString::number(i + 1), QFileInfo(s.file).fileName(), read ? agencyText(s.agency) : QString(),
                                 read && s.year ? QString::number(s.year) : QString(), read ? QString::number(s.counts.errors) : QString(),
                                 read ? QString::number(s.counts.warnings) : QString(), main});
            }
            body.table(printSimpleTable(QStringLiteral("letter.summary"),
                                        {QStringLiteral("序号"), QStringLiteral("报告文件"), QStringLiteral("报送单位"), QStringLiteral("年度"),
                                         QStringLiteral("错误"), QStringLiteral("警告"), QStringLiteral("主要问题")},
                                        table, {420, 2000, 1800, 700, 560, 560, 2804}));
            body.paragraph(nullptr, {});
            letterClosing(body, settings, passed < static_cast<int>(rows.size()));
        },
        title, settings.office, settings, error);
}

}  // namespace nianbao
