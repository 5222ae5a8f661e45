#pragma once

#include "report/Report.h"

#include <QString>

#include <vector>

namespace nianbao {

// The narrative as proofreading rules see it: every paragraph with the
// section it belongs to, and a way to point at a piece of it in the source.
struct NarrativeParagraph {
    const DocParagraph* paragraph = nullptr;
    int section = 0;  // 1–6 for 一–六 (0: before 一, e.g. the title); the heading itself has its own number
    bool isHeading = false;
    // The line before it broke off mid-sentence (a hard-wrapped PDF or converter
    // text: "上年结转政府信息公开" / "申请 2 件"): together they are one sentence.
    bool continuesPrevious = false;
};

// Headings are short lines; a sentence that happens to start with "二、" is not one.
constexpr int kMaxHeadingLength = 40;

// A section heading as found: which section (1–6) it names, how it is numbered.
struct SectionHeading {
    int section = 0;
    QString numbering;     // as written: "五", "5"
    bool chineseNumbering = false;
    const DocParagraph* paragraph = nullptr;
};

class ReportText {
public:
    explicit ReportText(const Report& report);

    const std::vector<NarrativeParagraph>& paragraphs() const { return paragraphs_; }
    const std::vector<SectionHeading>& headings() const { return headings_; }

    // The source span of characters [start, end) of a paragraph's (normalised) text.
    SourceSpan spanOf(const DocParagraph& paragraph, int start, int end) const;

private:
    const Report& report_;
    std::vector<NarrativeParagraph> paragraphs_;
    std::vector<SectionHeading> headings_;
};

// Which of the six official section titles `text` is a heading of (1–6), or 0:
// a short line numbered 一、 or 1、 (markdown heading marks ignored) in the
// official wording or one of resources/proofreading.json's section_wordings.
// Fills the numbering as written.
int matchSectionHeading(const FormatSpec& spec, const QString& text, QString* numbering, bool* chinese);

}  // namespace nianbao
