#include "check/RelationChecker.h"

#include <cmath>

namespace nianbao {
namespace {

struct Term {
    CellRef ref;
    QString label;
    const ReportCell* cell = nullptr;
};

// A blank cell counts as 0 in the sums, but the clerk reads "空白", never a 0 the report does not print.
QString valueText(const ReportCell& cell) {
    if (cell.value.kind == CellValue::Kind::Blank) return QStringLiteral("空白");
    return formatNumber(cell.value.summand(), cell.value.integral);
}

QString termsText(const std::vector<Term>& terms, bool skipZeros) {
    QStringList parts;
    for (const Term& t : terms) {
        if (skipZeros && t.cell->value.summand() == 0) continue;
        parts << QStringLiteral("%1 %2").arg(t.label, valueText(*t.cell));
    }
    return parts.isEmpty() ? QStringLiteral("均为 0") : parts.join(QStringLiteral(" + "));
}

double sum(const std::vector<Term>& terms) {
    double s = 0;
    for (const Term& t : terms) s += t.cell->value.summand();
    return s;
}

bool isSingleBlank(const std::vector<Term>& terms) {
    return terms.size() == 1 && terms.front().cell->value.kind == CellValue::Kind::Blank;
}

class RelationEvaluator {
public:
    RelationEvaluator(const Report& report, const ReportTable& table, const FormatSpec& format,
                      const RelationRule& rule, std::vector<Finding>* out)
        : report_(report), table_(table), format_(format), rule_(rule), out_(out) {}

    void run() {
        const TableSpec& spec = *table_.spec;
        switch (rule_.each) {
        case RelationRule::Each::Row:
            for (size_t r = 0; r < spec.rows.size(); ++r) {
                auto term = [&](const QString& key) { return makeTerm(int(r), spec.columnIndex(key), spec.columns[spec.columnIndex(key)].label); };
                evaluate(spec.rows[r].label, termsFor(rule_.left, term), termsFor(rule_.right, term));
            }
            break;
        case RelationRule::Each::Column:
            for (size_t c = 0; c < spec.columns.size(); ++c) {
                auto term = [&](const QString& key) { return makeTerm(spec.rowIndex(key), int(c), spec.rows[spec.rowIndex(key)].shortLabel); };
                evaluate(spec.columns[c].label, termsFor(rule_.left, term), termsFor(rule_.right, term));
            }
            break;
        case RelationRule::Each::Group:
            for (const ColumnGroupSpec& group : format_.reviewGroups) {
                auto term = [&](const QString& key) {
                    const int c = spec.columnIndex(group.key + QLatin1Char('.') + key);
                    return makeTerm(0, c, spec.columns[c].label);
                };
                evaluate(group.label, termsFor(rule_.left, term), termsFor(rule_.right, term));
            }
            break;
        }
        reportUnknown();
    }

private:
    Term makeTerm(int row, int column, const QString& label) const {
        Term t;
        t.ref = CellRef{rule_.table, row, column};
        t.label = label;
        t.cell = report_.cell(t.ref);
        return t;
    }

    template <typename F>
    std::vector<Term> termsFor(const QStringList& keys, F term) const {
        std::vector<Term> terms;
        for (const QString& key : keys) terms.push_back(term(key));
        return terms;
    }

    void evaluate(const QString& scope, const std::vector<Term>& left, const std::vector<Term>& right) {
        for (const std::vector<Term>* side : {&left, &right})
            for (const Term& t : *side)
                if (!t.cell || !t.cell->value.isSummable()) {
                    unknownScopes_ << scope;
                    for (const Term& u : left) unknownCells_.push_back(u.ref);
                    for (const Term& u : right) unknownCells_.push_back(u.ref);
                    return;
                }
        const double l = sum(left), r = sum(right);
        if (std::abs(l - r) < 1e-6) return;
        Finding f;
        f.rule = rule_.id;
        f.severity = rule_.severity;
        f.isRelation = true;
        f.leftSum = l;
        f.rightSum = r;
        f.leftCount = static_cast<int>(left.size());
        for (const std::vector<Term>* side : {&left, &right})
            for (const Term& t : *side) f.cells.push_back(t.ref);
        f.span = left.front().cell->span.isValid() ? left.front().cell->span : right.front().cell->span;
        const bool integral = std::floor(l) == l && std::floor(r) == r;
        const bool blankLeft = isSingleBlank(left);
        QString message = blankLeft && !rule_.blankMessage.isEmpty() ? rule_.blankMessage : rule_.message;
        message.replace(QLatin1String("{scope}"), scope)
            .replace(QLatin1String("{left_terms}"), termsText(left, false))
            .replace(QLatin1String("{right_terms}"), termsText(right, false))
            .replace(QLatin1String("{right_nonzero_terms}"), termsText(right, true))
            .replace(QLatin1String("{left}"), blankLeft ? QStringLiteral("空白") : formatNumber(l, integral))
            .replace(QLatin1String("{right}"), isSingleBlank(right) ? QStringLiteral("空白") : formatNumber(r, integral))
            .replace(QLatin1String("{diff}"), formatNumber(std::abs(l - r), integral));
        f.message = message;
        out_->push_back(std::move(f));
    }

    // A relation with a cell the report lacks, or one that is not a number,
    // cannot be evaluated; the clerk is told which, the rest are checked.
    void reportUnknown() {
        if (unknownScopes_.isEmpty()) return;
        Finding f = Finding::make(
            QStringLiteral("relation.unknown"),
            QStringLiteral("%1“%2”有 %3 处因缺少或无法读取单元格而无法校验（%4），其余照常校验。")
                .arg(describeTable(*table_.spec), rule_.name, QString::number(unknownScopes_.size()),
                     unknownScopes_.join(QStringLiteral("、"))),
            {}, unknownCells_);
        for (const ReportRow& row : table_.rows)
            if (row.located && row.labelSpan.isValid()) { f.span = row.labelSpan; break; }
        out_->push_back(std::move(f));
    }

    const Report& report_;
    const ReportTable& table_;
    const FormatSpec& format_;
    const RelationRule& rule_;
    std::vector<Finding>* out_;
    QStringList unknownScopes_;
    std::vector<CellRef> unknownCells_;
};

}  // namespace

void checkRelations(const Report& report, std::vector<Finding>* out) {
    if (!report.spec) return;
    for (const RelationRule& rule : report.spec->rules) {
        const ReportTable* table = report.table(rule.table);
        if (!table || !table->located) continue;  // the missing table has its own finding
        // A table printed in another version's layout is checked by that version's relation.
        const FormatSpec* format = FormatSpec::owning(table->spec);
        const RelationRule* effective = format == report.spec || !format ? &rule : format->rule(rule.id);
        if (!effective) continue;
        RelationEvaluator(report, *table, format ? *format : *report.spec, *effective, out).run();
    }
}

bool balancingValue(const Report& report, const Finding& finding, const CellRef& cell, double* value) {
    if (!finding.isRelation) return false;
    for (size_t i = 0; i < finding.cells.size(); ++i) {
        if (!(finding.cells[i] == cell)) continue;
        const ReportCell* c = report.cell(cell);
        if (!c || !c->value.isSummable()) return false;
        const bool onLeft = static_cast<int>(i) < finding.leftCount;
        const double gap = onLeft ? finding.rightSum - finding.leftSum : finding.leftSum - finding.rightSum;
        *value = c->value.summand() + gap;
        return true;
    }
    return false;
}

}  // namespace nianbao
