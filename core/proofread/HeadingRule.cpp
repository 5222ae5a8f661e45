// text.heading: the six section headings present, in order, once each, and
// numbered 一、 to 六、.
#include "proofread/Rules.h"

namespace nianbao {
namespace {

const QString kChineseDigits = QStringLiteral("一二三四五六");

}  // namespace

void checkHeadings(const Report& report, const ReportText& text, std::vector<Finding>* out) {
    const QStringList& sections = report.spec->sections;
    std::vector<int> seen(sections.size() + 1, 0);
    int previous = 0;
    for (const SectionHeading& h : text.headings()) {
        const QString official = sections[h.section - 1];
        const QString expected = kChineseDigits.mid(h.section - 1, 1);
        if (++seen[h.section] > 1) {
            out->push_back(Finding::make(QStringLiteral("text.heading"), Severity::Warning, QStringLiteral("章节标题“%1”重复出现。").arg(h.paragraph->text), h.paragraph->span));
            continue;
        }
        if (!h.chineseNumbering || h.numbering != expected)
            out->push_back(Finding::make(QStringLiteral("text.heading"), Severity::Warning, QStringLiteral("章节标题“%1”编号有误：应为“%2”。").arg(h.paragraph->text, official),
                                          h.paragraph->span));
        if (h.section < previous)
            out->push_back(Finding::make(QStringLiteral("text.heading"), Severity::Warning, QStringLiteral("章节标题“%1”顺序有误：应排在“%2”之前。")
                                              .arg(h.paragraph->text, sections[previous - 1]),
                                          h.paragraph->span));
        previous = std::max(previous, h.section);
    }
    for (int s = 1; s <= sections.size(); ++s)
        if (seen[s] == 0)
            out->push_back(Finding::make(QStringLiteral("text.heading"), Severity::Warning, QStringLiteral("缺少章节标题“%1”。").arg(sections[s - 1]), {}));
}

}  // namespace nianbao
