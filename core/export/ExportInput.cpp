#include "export/ExportInput.h"

#include <QProcessEnvironment>

namespace nianbao {

QString currentUserName() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"NIANBAO_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) return value;
    }
    return {};
}

ExportInput makeExportInput(const Report& report, const ReviewSession* session, const QByteArray& sourceSha256) {
    ExportInput input;
    input.report = &report;
    input.corrections = correctionsOf(report);
    CheckOptions options;
    if (session) {
        options.disabledRules = session->disabledRules;
        // correctionsOf() only sees the cells; the session remembers when and why.
        for (Correction& c : input.corrections) {
            for (const Correction& saved : session->corrections) {
                if (saved.cell == c.cell) {
                    c.time = saved.time;
                    c.reason = saved.reason;
                }
            }
        }
    }
    input.findings = checkReport(report, options);
    input.disabledRules = QStringList(options.disabledRules.begin(), options.disabledRules.end());
    input.disabledRules.sort();
    input.correctedBy = currentUserName();
    input.exportedAt = QDateTime::currentDateTime();
    QString ignored;  // a report read from memory has no file to hash; the property is then left empty
    if (!sourceSha256.isEmpty())
        input.sourceSha256 = sourceSha256;
    else if (session && !session->sourceSha256.isEmpty())
        input.sourceSha256 = session->sourceSha256;
    else
        input.sourceSha256 = sha256OfFile(report.meta.file, &ignored);
    return input;
}

QString disabledRulesNote(const QStringList& disabledRules) {
    if (disabledRules.isEmpty()) return {};
    return QStringLiteral("已关闭 %1 条检查规则（%2）").arg(disabledRules.size()).arg(disabledRules.join(QStringLiteral("、")));
}

QString cellValueText(const CellValue& value) {
    if (!value.isNumber()) return {};
    return formatNumber(value.number, value.integral) + value.unit;
}

QString printedCellText(const ReportCell& cell) {
    if (cell.isCorrected()) return cellValueText(cell.value);
    if (cell.value.kind == CellValue::Kind::Missing) return {};
    return cell.text;
}

CellStatus cellStatus(const ReportCell& cell) {
    if (cell.isCorrected()) return CellStatus::Corrected;
    switch (cell.value.kind) {
    case CellValue::Kind::Number: return CellStatus::Ok;
    case CellValue::Kind::Blank: return CellStatus::Blank;
    case CellValue::Kind::Missing: return CellStatus::Missing;
    case CellValue::Kind::Invalid: return CellStatus::Invalid;
    }
    return CellStatus::Invalid;
}

QString cellStatusName(CellStatus status) {
    switch (status) {
    case CellStatus::Ok: return QStringLiteral("ok");
    case CellStatus::Blank: return QStringLiteral("blank");
    case CellStatus::Missing: return QStringLiteral("missing");
    case CellStatus::Invalid: return QStringLiteral("invalid");
    case CellStatus::Corrected: return QStringLiteral("corrected");
    }
    return {};
}

}  // namespace nianbao
