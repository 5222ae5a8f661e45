// narrative.mismatch: a number the narrative states about the tables differs
// from the table cell it describes.
#include "proofread/ChineseNumber.h"
#include "proofread/ProofreadingData.h"
#include "proofread/Rules.h"

#include <algorithm>
#include <cmath>

namespace nianbao {
namespace {

enum class Scope { Unstated, Table, Other };

// The scope word nearest before `position` in the same sentence decides whose
// number it is: "全区共收到175件" is the whole district, not this office.
Scope scopeBefore(const QString& text, int position, QString* word) {
    const ProofreadingData& data = ProofreadingData::get();
    int sentenceStart = 0;
    for (const QChar stop : {QChar(u'。'), QChar(u';'), QChar(u'；')})
        sentenceStart = std::max(sentenceStart, static_cast<int>(text.lastIndexOf(stop, position - 1)) + 1);
    const QString sentence = text.mid(sentenceStart, position - sentenceStart);
    int best = -1;
    Scope scope = Scope::Unstated;
    auto consider = [&](const QStringList& words, Scope kind) {
        for (const QString& w : words) {
            const int at = static_cast<int>(sentence.lastIndexOf(w));
            if (at > best || (at == best && at >= 0 && w.size() > word->size())) {
                best = at;
                scope = kind;
                *word = w;
            }
        }
    };
    consider(data.otherScopes, Scope::Other);
    consider(data.tableScopes, Scope::Table);
    return best >= 0 ? scope : Scope::Unstated;
}

// The phrase as quoted in a message, with a few characters of its clause
// before it so the clerk sees whose number it is ("区本级引起行政诉讼0件").
QString quoteWithContext(const QString& text, const QRegularExpressionMatch& m) {
    constexpr int kContext = 8;
    int start = static_cast<int>(m.capturedStart());
    for (int i = 0; i < kContext && start > 0; ++i) {
        const QChar before = text[start - 1];
        if (QStringView(u"，,。；;：:、").contains(before)) break;
        --start;
    }
    return text.mid(start, m.capturedEnd() - start);
}

// What the table says for a phrase: `rows` summed over the first column key
// the format has (or over all listed columns). Unusable when a cell is
// missing or not a number; Blank when every cell is blank — the table states
// nothing, which is not the same as 0.
enum class TableValue { Number, Blank, Unusable };

TableValue tableValue(const Report& report, const NarrativePhrase& phrase, const QStringList& rows, double* value, std::vector<CellRef>* cells) {
    const ReportTable* table = report.table(phrase.table);
    if (!table || !table->located) return TableValue::Unusable;
    const TableSpec& spec = *table->spec;
    QList<int> columns;
    for (const QString& key : phrase.columns) {
        const int c = spec.columnIndex(key);
        if (c < 0) continue;
        columns << c;
        if (!phrase.sumColumns) break;
    }
    if (columns.isEmpty()) return TableValue::Unusable;
    double sum = 0;
    bool anyNumber = false;
    for (const QString& rowKey : rows) {
        const int r = spec.rowIndex(rowKey);
        if (r < 0 || !table->rows[r].located) return TableValue::Unusable;
        for (int c : columns) {
            const ReportCell& cell = table->rows[r].cells[c];
            if (!cell.value.isSummable()) return TableValue::Unusable;
            anyNumber = anyNumber || cell.value.isNumber();
            sum += cell.value.summand();
            cells->push_back(CellRef{spec.id, r, c});
        }
    }
    *value = sum;
    return anyNumber ? TableValue::Number : TableValue::Blank;
}

bool same(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

// True when the stated number is one of the phrase's other sums; otherwise
// `note` tells the clerk what those sums are ("本年新收与上年结转合计为 749").
bool isAnOtherSum(const Report& report, const NarrativePhrase& phrase, double stated, QString* note) {
    QStringList sums;
    for (const OtherSum& other : phrase.otherSums) {
        double value = 0;
        std::vector<CellRef> unused;
        if (tableValue(report, phrase, other.rows, &value, &unused) != TableValue::Number) continue;
        if (same(value, stated)) return true;
        sums << QStringLiteral("%1为 %2").arg(other.what, formatNumber(value, true));
    }
    *note = sums.join(QStringLiteral("，"));
    return false;
}

}  // namespace

void checkNarrative(const Report& report, const ReportText& text, std::vector<Finding>* out) {
    const ProofreadingData& data = ProofreadingData::get();
    const std::vector<NarrativeParagraph>& paragraphs = text.paragraphs();
    for (size_t first = 0; first < paragraphs.size();) {
        // A run of paragraphs that form one text (lines wrapped mid-sentence), and where each starts in it.
        QString s;
        std::vector<std::pair<int, const DocParagraph*>> starts;
        size_t next = first;
        do {
            starts.emplace_back(static_cast<int>(s.size()), paragraphs[next].paragraph);
            s += paragraphs[next].paragraph->text;
        } while (++next < paragraphs.size() && paragraphs[next].continuesPrevious);
        const bool heading = paragraphs[first].isHeading;
        first = next;
        if (heading) continue;
        // The source span of run characters [start, end): in the paragraph that holds `start`.
        auto spanOf = [&](int start, int end) {
            auto it = std::prev(std::upper_bound(starts.begin(), starts.end(), start, [](int at, const auto& e) { return at < e.first; }));
            const int length = static_cast<int>(it->second->text.size());
            return text.spanOf(*it->second, start - it->first, std::min(end - it->first, length));
        };
        QList<int> claimed;  // number positions already read by an earlier phrase
        for (const NarrativePhrase& phrase : data.narrative) {
            if (std::none_of(phrase.anchors.begin(), phrase.anchors.end(), [&](const QString& a) { return s.contains(a); }))
                continue;
            auto it = phrase.pattern.globalMatch(s);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const int at = static_cast<int>(m.capturedStart(1));
                if (claimed.contains(at)) continue;
                claimed << at;
                const std::optional<double> stated = parseChineseNumber(m.captured(1));
                double actual = 0;
                std::vector<CellRef> cells;
                if (!stated) continue;
                const TableValue table = tableValue(report, phrase, phrase.rows, &actual, &cells);
                if (table == TableValue::Unusable) continue;
                if (table == TableValue::Blank) {
                    // A blank table that the text gives a number for: the clerk fills the form, or the text is wrong.
                    if (same(*stated, 0)) continue;
                    out->push_back(Finding::make(
                        QStringLiteral("narrative.mismatch"),
                        QStringLiteral("正文“%1”称%2为 %3，但%4中对应的单元格为空白。")
                            .arg(quoteWithContext(s, m), phrase.what, m.captured(1),
                                 describeTable(*report.table(phrase.table)->spec)),
                        spanOf(at, static_cast<int>(m.capturedEnd(1))), cells));
                    continue;
                }
                QString otherSums;
                if (same(*stated, actual) || isAnOtherSum(report, phrase, *stated, &otherSums)) continue;
                QString scopeWord;
                const Scope scope = scopeBefore(s, static_cast<int>(m.capturedStart()), &scopeWord);
                const QString quote = quoteWithContext(s, m);
                Finding f;
                f.rule = QStringLiteral("narrative.mismatch");
                f.cells = cells;
                f.span = spanOf(at, static_cast<int>(m.capturedEnd(1)));
                const QString tableName = describeTable(*report.table(phrase.table)->spec);
                if (scope == Scope::Other) {
                    f.severity = Severity::Info;  // the documented lowering: another scope's figure is only for checking
                    f.message = QStringLiteral("正文“%1”所说的是%2范围的%3（%4），统计表为本机关数据（%5%6），口径不同，仅供核对。")
                                    .arg(quote, scopeWord, phrase.what, m.captured(1), formatNumber(actual, true), otherSums.isEmpty() ? QString() : QStringLiteral("；") + otherSums);
                } else {
                    f.severity = ruleSeverity(f.rule);
                    f.message = QStringLiteral("正文“%1”称%2为 %3，但%4中为 %5%6。")
                                    .arg(quote, phrase.what, m.captured(1), tableName, formatNumber(actual, true),
                                         otherSums.isEmpty() ? QString() : QStringLiteral("（%1）").arg(otherSums));
                }
                out->push_back(std::move(f));
            }
        }
    }
}

}  // namespace nianbao
