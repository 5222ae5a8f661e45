// text.heading: the six section headings present, in order, once each, and
// numbered 一、 to 六、. A report that numbers its sections its own way (extra
// sections of its own, the official ones renumbered after them) gets one
// finding that describes the whole arrangement, not one per heading.
#include "format/LabelMatcher.h"
#include "proofread/Rules.h"
#include "report/MetadataExtractor.h"

namespace nianbao {
namespace {

const QString kChineseDigits = QStringLiteral("一二三四五六");
// Extra sections named in the message before "等".
constexpr int kExtraSectionsNamed = 3;

Finding headingFinding(const QString& message, const SourceSpan& span) {
    return Finding::make(QStringLiteral("text.heading"), message, span);
}

// Lines numbered like a section ("二、工作机制保障") that are none of the six.
QStringList ownSections(const ReportText& text) {
    QStringList own;
    for (const NarrativeParagraph& p : text.paragraphs()) {
        if (p.isHeading) continue;
        const QString line = withoutHeadingMarks(p.paragraph->text);
        if (line.size() <= kMaxHeadingLength && labelKeyOfNormalized(line).numbering.startsWith(QLatin1Char('s'))) own << line;
    }
    return own;
}

// "5、" → "五、": the number the heading starts with and the mark after it.
std::optional<TextFix> numberingFix(const ReportText& text, const SectionHeading& h) {
    const QString& line = h.paragraph->text;
    const qsizetype at = line.indexOf(h.numbering);
    if (h.numbering.isEmpty() || at < 0 || at > 1) return std::nullopt;
    qsizetype end = at + h.numbering.size();
    static const QString marks = QStringLiteral("、.．,，");
    while (end < line.size() && (marks.contains(line[end]) || line[end].isSpace())) ++end;
    return TextFix{text.spanOf(*h.paragraph, int(at), int(end)), kChineseDigits.mid(h.section - 1, 1) + QStringLiteral("、")};
}

QString quoted(const QStringList& items) {
    return QStringLiteral("“") + items.join(QStringLiteral("”“")) + QStringLiteral("”");
}

}  // namespace

void checkHeadings(const Report& report, const ReportText& text, std::vector<Finding>* out) {
    const QStringList& sections = report.spec->sections;
    std::vector<int> seen(sections.size() + 1, 0);
    std::vector<const SectionHeading*> misnumbered;
    int previous = 0;
    for (const SectionHeading& h : text.headings()) {
        if (++seen[h.section] > 1) {
            out->push_back(headingFinding(QStringLiteral("章节标题“%1”重复出现。").arg(h.paragraph->text), h.paragraph->span));
            continue;
        }
        if (!h.chineseNumbering || h.numbering != kChineseDigits.mid(h.section - 1, 1)) misnumbered.push_back(&h);
        if (h.section < previous)
            out->push_back(headingFinding(QStringLiteral("章节标题“%1”顺序有误：应排在“%2”之前。").arg(h.paragraph->text, sections[previous - 1]),
                                          h.paragraph->span));
        previous = std::max(previous, h.section);
    }
    QStringList missing;
    for (int s = 1; s <= sections.size(); ++s)
        if (seen[s] == 0) missing << sections[s - 1];

    if (misnumbered.size() <= 1) {
        // A slip in one heading ("5、" for "五、"): named where it is.
        for (const SectionHeading* h : misnumbered) {
            Finding f = headingFinding(QStringLiteral("章节标题“%1”编号有误：应为“%2”。").arg(h->paragraph->text, sections[h->section - 1]),
                                       h->paragraph->span);
            f.fix = numberingFix(text, *h);
            out->push_back(std::move(f));
        }
        for (const QString& title : missing) out->push_back(headingFinding(QStringLiteral("缺少章节标题“%1”。").arg(title), {}));
        return;
    }
    // The report numbers its sections its own way: one finding for the arrangement.
    QStringList renumbered;
    for (const SectionHeading* h : misnumbered)
        renumbered << QStringLiteral("“%1”（报告中编为“%2、”）").arg(sections[h->section - 1], h->numbering);
    QString message = QStringLiteral("章节编号与官方格式不一致");
    const QStringList own = ownSections(text);
    if (!own.isEmpty())
        message += QStringLiteral("：报告另设了%1%2章节").arg(quoted(own.mid(0, kExtraSectionsNamed)), own.size() > kExtraSectionsNamed ? QStringLiteral("等") : QString());
    message += QStringLiteral("，官方格式的%1应按序编号").arg(renumbered.join(QStringLiteral("、")));
    if (!missing.isEmpty()) message += QStringLiteral("；另未见章节标题%1").arg(quoted(missing));
    message += QStringLiteral("。");
    out->push_back(headingFinding(message, misnumbered.front()->paragraph->span));
}

}  // namespace nianbao
