// text.date_mismatch: the report year, the statistics period, the first
// sentence of the body and any date line must agree.
#include "proofread/ProofreadingData.h"
#include "proofread/Rules.h"

namespace nianbao {
void checkDates(const Report& report, const ReportText& text, std::vector<Finding>* out) {
    const int year = report.meta.year;
    if (year == 0) return;
    const ProofreadingData& data = ProofreadingData::get();
    const QString yearSource = report.meta.yearSource == QLatin1String("title")    ? QStringLiteral("标题")
                             : report.meta.yearSource == QLatin1String("period") ? QStringLiteral("统计期限")
                                                                                 : QStringLiteral("正文");
    for (const NarrativeParagraph& p : text.paragraphs()) {
        const QString& s = p.paragraph->text;
        if (!s.contains(QStringLiteral("年"))) continue;
        // The statistics period covers exactly the report year.
        auto periods = data.period.globalMatch(s);
        while (periods.hasNext()) {
            const QRegularExpressionMatch m = periods.next();
            const int from = m.captured(1).toInt(), to = m.captured(2).toInt();
            if (from == year && to == year) continue;
            out->push_back(Finding::make(QStringLiteral("text.date_mismatch"), QStringLiteral("统计期限“%1”与报告年度 %2 年（见%3）不一致；应为 %2 年 1 月 1 日至 %2 年 12 月 31 日。")
                                           .arg(m.captured(0)).arg(year).arg(yearSource),
                                       text.spanOf(*p.paragraph, int(m.capturedStart()), int(m.capturedEnd()))));
        }
        // A date line (before 一 or after the last section): written in the report
        // year or, as the rules require publication by 31 January, early the next.
        const QRegularExpressionMatch date = data.dateLine.match(s);
        if (date.hasMatch() && (p.section == 0 || p.section == 6) && s.size() <= date.capturedLength() + 4) {
            const int y = date.captured(1).toInt(), month = date.captured(2).toInt();
            const bool plausible = y == year || (y == year + 1 && month <= 3);
            if (!plausible)
                out->push_back(Finding::make(QStringLiteral("text.date_mismatch"), QStringLiteral("落款日期“%1”与报告年度 %2 年（见%3）不符；%2 年度报告应在 %2 年底或 %4 年初成文。")
                                               .arg(date.captured(0)).arg(year).arg(yearSource).arg(year + 1),
                                           text.spanOf(*p.paragraph, 0, int(date.capturedEnd()))));
        }
    }
}

}  // namespace nianbao
