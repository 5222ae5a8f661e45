#pragma once

#include <QString>

namespace nianbao {

// Text decisions shared by the PDF layout steps (lines, paragraphs, tables).

// Text layers often map glyphs to compatibility code points (Kangxi radicals
// such as U+2F8F for 行, full-width digits): decisions are made on the NFKC
// form, the original is kept for the raw view.
QString foldedPdfText(const QString& text);

// A cell text that is a number (or a blank filler) rather than a label.
bool isPdfValueText(const QString& text);

// Joins two pieces of one phrase (words of a line, lines of a wrapped cell):
// CJK runs on without a space — a gap inside "确认或重 新出具" is justification,
// not a word break — while Latin words and numbers keep one space.
QString joinPdfText(const QString& a, const QString& b);

// A label that starts a row or item of its own ("（三）", "二、", "5.",
// "第二十条") rather than continuing a wrapped one.
bool startsWithNumbering(const QString& text);

}  // namespace nianbao
