#include "text/ReportBudget.h"

namespace nianbao {

bool ReportBudgetTally::check(qsizetype total, qsizetype limit, const QString& what) {
    if (exceeded()) return false;
    if (total <= limit) return true;
    error_ = QStringLiteral("报告过大：%1超过上限 %2（真实的年度报告远少于此），可能是损坏或恶意构造的文件，未读取")
                 .arg(what)
                 .arg(limit);
    return false;
}

bool ReportBudgetTally::addLines(qsizetype count) {
    lines_ += count;
    return check(lines_, ReportBudget::kMaxLines, QStringLiteral("段落和表格行数"));
}

bool ReportBudgetTally::addTableCells(qsizetype count) {
    cells_ += count;
    return check(cells_, ReportBudget::kMaxTableCells, QStringLiteral("表格单元格数"));
}

bool ReportBudgetTally::addCharacters(qsizetype count) {
    characters_ += count;
    return check(characters_, ReportBudget::kMaxCharacters, QStringLiteral("规范化后的字符数"));
}

QString reportTooManyBytes(qint64 bytes) {
    return QStringLiteral("报告过大：文件过大（%1 MB），上限为 %2 MB；年度报告文本通常只有几十 KB")
        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
        .arg(ReportBudget::kMaxBytes / (1024 * 1024));
}

}  // namespace nianbao
