#include "app/ReportFileTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace nianbao {
namespace {

struct ReportFileType {
    const char* label;  // translated in context "ReportFileTypes"
    const char* patterns;
};

// One entry per format of import/InputFormat.h; portals save pages as .shtml and .htm.
constexpr ReportFileType kReportFileTypes[] = {
    {QT_TRANSLATE_NOOP("ReportFileTypes", "文本"), "*.txt"},
    {QT_TRANSLATE_NOOP("ReportFileTypes", "Markdown"), "*.md *.markdown"},
    {QT_TRANSLATE_NOOP("ReportFileTypes", "Word 文档"), "*.docx"},
    {QT_TRANSLATE_NOOP("ReportFileTypes", "网页"), "*.html *.htm *.shtml"},
    {QT_TRANSLATE_NOOP("ReportFileTypes", "PDF"), "*.pdf"},
};

QString entry(const QString& label, const QString& patterns) {
    return QStringLiteral("%1 (%2)").arg(label, patterns);
}

}  // namespace

QString reportFileFilter() {
    QStringList every;
    QStringList eachType;
    for (const ReportFileType& type : kReportFileTypes) {
        const QString patterns = QString::fromLatin1(type.patterns);
        every << patterns;
        eachType << entry(QCoreApplication::translate("ReportFileTypes", type.label), patterns);
    }
    QStringList filters;
    filters << entry(QCoreApplication::translate("ReportFileTypes", "年度报告（所有支持的格式）"), every.join(u' '));
    filters << eachType;
    filters << entry(QCoreApplication::translate("ReportFileTypes", "所有文件"), QStringLiteral("*"));
    return filters.join(QStringLiteral(";;"));
}

}  // namespace nianbao
