#pragma once

// A clerk's Word report as it really arrives: header and footer, an embedded
// PNG, a red bold run, Word list numbering for the section headings and
// sub-headings ("一、" and "（一）" are not in the text), the signature block
// at the end, a customXml part, styles and settings — and the statistical
// tables in the official layout, every run formatted (仿宋, 五号).
#include <QByteArray>
#include <QString>

namespace nianbao::test {

// The run properties of every table run and paragraph mark of the fixture.
inline const QString kTableRunProperties = QStringLiteral("<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋\"/><w:sz w:val=\"21\"/>");

struct RichDocxOptions {
    bool listNumbering = true;  // false: no numbering part, so the headings lose their numbers
};

// A text report (a corpus file's text, perhaps altered) as such a Word file.
QByteArray richDocx(const QString& reportText, const RichDocxOptions& options = {});

}  // namespace nianbao::test
