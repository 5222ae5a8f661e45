#include "models/CellValueText.h"

#include "document/ReviewDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nianbao {

QString displayText(const ReportCell& cell) {
    const CellValue& v = cell.value;
    switch (v.kind) {
    case CellValue::Kind::Number: return formatNumber(v.number, v.integral) + v.unit;
    case CellValue::Kind::Blank: return {};
    case CellValue::Kind::Invalid: return cell.text;
    case CellValue::Kind::Missing: return QStringLiteral("—");
    }
    return {};
}

QString originalText(const ReportCell& cell) {
    const CellValue& v = cell.original;
    switch (v.kind) {
    case CellValue::Kind::Number: return formatNumber(v.number, v.integral);
    case CellValue::Kind::Blank: return QCoreApplication::translate("CellValueText", "空");
    case CellValue::Kind::Invalid: return cell.text;
    case CellValue::Kind::Missing: return QStringLiteral("—");
    }
    return {};
}

QString editText(const CellValue& value) {
    return value.isNumber() ? formatNumber(value.number, value.integral) : QString();
}

QString editPattern(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Count: return QStringLiteral("\\d{0,9}");
    case ColumnKind::Delta: return QStringLiteral("[+-]?\\d{0,9}");
    case ColumnKind::Money: return QStringLiteral("\\d{0,12}(\\.\\d{0,6})?");
    }
    return {};
}

std::optional<CellValue> parseEditText(const QString& text, ColumnKind kind) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return CellValue::blank();
    static const QRegularExpression complete(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    const QRegularExpression allowed(QRegularExpression::anchoredPattern(editPattern(kind)));
    if (!complete.match(trimmed).hasMatch() || !allowed.match(trimmed).hasMatch()) return std::nullopt;
    const CellValue value = parseCellValue(trimmed);
    if (!value.isNumber()) return std::nullopt;
    return value;
}

QString editRefusal(const QString& text, ColumnKind kind) {
    if (parseEditText(text, kind)) return {};
    const auto tr = [](const char* source) { return QCoreApplication::translate("CellValueText", source); };
    const QString typed = text.trimmed();
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    QString problem;
    if (!number.match(typed).hasMatch())
        problem = tr("不是数字");
    else if (kind != ColumnKind::Delta && typed.startsWith(u'-'))
        problem = tr("不能为负数");
    else if (kind != ColumnKind::Delta && typed.startsWith(u'+'))
        problem = tr("不能带正负号");
    else if (kind != ColumnKind::Money && typed.contains(u'.'))
        problem = tr("须为整数，不能有小数");
    else
        problem = tr("位数过多");  // the only way left to miss editPattern()
    QString accepted;
    switch (kind) {
    case ColumnKind::Count: accepted = tr("此栏填写件数：不带符号的整数，留空表示未填。"); break;
    case ColumnKind::Delta: accepted = tr("此栏填写增减数：整数，可带正负号，留空表示未填。"); break;
    case ColumnKind::Money: accepted = tr("此栏填写金额：非负数，至多六位小数，留空表示未填。"); break;
    }
    return tr("未采用“%1”：%2。%3").arg(typed, problem, accepted);
}

ColumnKind columnKindOf(const ReviewDocument& document, const CellRef& cell) {
    return document.report().table(cell.table)->spec->columns[static_cast<size_t>(cell.column)].kind;
}

}  // namespace nianbao
