#include "proofread/ReportText.h"

#include "format/LabelMatcher.h"
#include "proofread/ProofreadingData.h"
#include "report/MetadataExtractor.h"

#include <map>
#include <utility>

namespace nianbao {
namespace {

// The words of each of the six titles and of their other wordings (numbering
// dropped: it is judged separately), per format version.
using SectionWordings = std::vector<std::vector<LabelKey>>;

const SectionWordings& sectionKeys(const FormatSpec& spec) {
    static const std::map<const FormatSpec*, SectionWordings> keys = [] {
        std::map<QString, QStringList> variants;  // by the official title's words
        for (const auto& [title, wordings] : ProofreadingData::get().sectionWordings) variants[labelKey(title).body] = wordings;
        std::map<const FormatSpec*, SectionWordings> m;
        for (const FormatSpec& s : FormatSpec::all()) {
            for (const QString& title : s.sections) {
                const QString body = labelKey(title).body;
                std::vector<LabelKey> forms{LabelKey{QString(), body}};
                for (const QString& w : variants[body]) forms.push_back(LabelKey{QString(), labelKey(w).body});
                m[&s].push_back(std::move(forms));
            }
        }
        return m;
    }();
    return keys.at(&spec);
}

}  // namespace

int matchSectionHeading(const FormatSpec& spec, const QString& text, QString* numbering, bool* chinese) {
    const QString line = withoutHeadingMarks(text);
    if (line.size() > kMaxHeadingLength) return 0;
    const LabelKey found = labelKeyOfNormalized(line);
    // Sections are numbered 一、 (or, wrongly, 1、); （一） numbers a part inside a section.
    if (!found.numbering.startsWith(QLatin1Char('s')) && !found.numbering.startsWith(QLatin1Char('n'))) return 0;
    const SectionWordings& titles = sectionKeys(spec);
    for (size_t i = 0; i < titles.size(); ++i) {
        for (const LabelKey& form : titles[i]) {
            if (matchLabel(LabelKey{QString(), found.body}, form) == LabelMatch::None) continue;
            *numbering = found.numbering.mid(1);
            *chinese = found.numbering.startsWith(QLatin1Char('s'));
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

// Whether a paragraph ends a sentence (NFKC has folded ；：！？ to ASCII).
bool endsSentence(const QString& text) {
    return text.isEmpty() || QStringView(u"。;:!?").contains(text.back());
}

ReportText::ReportText(const Report& report) : report_(report) {
    int section = 0;
    const DocBlock* previous = nullptr;
    for (const DocBlock& block : report.document.blocks) {
        const DocBlock* before = std::exchange(previous, &block);
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
        p.continuesPrevious = !p.isHeading && before && before->kind == DocBlock::Kind::Paragraph && !paragraphs_.empty() &&
                              !paragraphs_.back().isHeading && !endsSentence(before->paragraph.text) && !block.paragraph.text.isEmpty();
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
