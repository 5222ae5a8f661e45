#include "proofread/ReportText.h"

#include "format/LabelMatcher.h"

#include <map>

namespace nianbao {
namespace {

// Headings are short lines; a sentence that happens to start with "二、" is not one.
constexpr int kMaxHeadingLength = 40;

// The six titles' words (numbering dropped: it is judged separately), per format version.
const std::vector<LabelKey>& sectionKeys(const FormatSpec& spec) {
    static const std::map<const FormatSpec*, std::vector<LabelKey>> keys = [] {
        std::map<const FormatSpec*, std::vector<LabelKey>> m;
        for (const FormatSpec& s : FormatSpec::all())
            for (const QString& title : s.sections) m[&s].push_back(LabelKey{QString(), labelKey(title).body});
        return m;
    }();
    return keys.at(&spec);
}

}  // namespace

int matchSectionHeading(const FormatSpec& spec, const QString& text, QString* numbering, bool* chinese) {
    if (text.size() > kMaxHeadingLength) return 0;
    const LabelKey found = labelKeyOfNormalized(text);
    if (found.numbering.isEmpty()) return 0;
    const std::vector<LabelKey>& titles = sectionKeys(spec);
    for (size_t i = 0; i < titles.size(); ++i) {
        if (matchLabel(LabelKey{QString(), found.body}, titles[i]) == LabelMatch::None) continue;
        *numbering = found.numbering.mid(1);
        *chinese = found.numbering.startsWith(QLatin1Char('s'));
        return static_cast<int>(i) + 1;
    }
    return 0;
}

ReportText::ReportText(const Report& report) : report_(report) {
    int section = 0;
    for (const DocBlock& block : report.document.blocks) {
        if (block.kind != DocBlock::Kind::Paragraph) continue;
        NarrativeParagraph p;
        p.paragraph = &block.paragraph;
        QString numbering;
        bool chinese = false;
        if (report.spec) {
            if (const int s = matchSectionHeading(*report.spec, block.paragraph.text, &numbering, &chinese)) {
                section = s;
                p.isHeading = true;
                headings_.push_back(SectionHeading{s, numbering, chinese, &block.paragraph});
            }
        }
        p.section = section;
        paragraphs_.push_back(p);
    }
}

SourceSpan ReportText::spanOf(const DocParagraph& paragraph, int start, int end) const {
    const int line = paragraph.span.line;
    if (line <= 0 || line > report_.source.lineCount()) return paragraph.span;
    // The paragraph is its source line, trimmed: find where it starts in the normalised line.
    const QString& normalized = report_.source.normalizedLine(line).text;
    const int offset = static_cast<int>(normalized.indexOf(paragraph.text));
    if (offset < 0) return paragraph.span;
    return report_.source.spanOf(line, offset + start, offset + end);
}

}  // namespace nianbao
