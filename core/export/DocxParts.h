#pragma once

#include "export/ExportInput.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// The parts of the exported .docx besides word/document.xml. Each is a
// complete XML document; DocxWriter puts them in the package.

// Paragraph styles carry every font and size (Chinese official-document
// conventions), so the document body only names styles.
namespace docx {
inline constexpr char kTitle[] = "Title";
inline constexpr char kSubtitle[] = "Subtitle";
inline constexpr char kHeading1[] = "Heading1";
inline constexpr char kHeading2[] = "Heading2";
inline constexpr char kBody[] = "Normal";
inline constexpr char kTableText[] = "TableText";   // centred: headers and numbers
inline constexpr char kTableLabel[] = "TableLabel"; // left-aligned row labels
inline constexpr char kFooter[] = "Footer";
inline constexpr char kSalutation[] = "Salutation";  // a letter's addressee line: body text without the indent
inline constexpr char kSignature[] = "Signature";    // a letter's closing lines (落款), right-aligned

// A4 in twips and the official margins (GB/T 9704: top 37 mm, bottom 35 mm,
// left 28 mm, right 26 mm).
inline constexpr int kPageWidth = 11906;
inline constexpr int kPageHeight = 16838;
inline constexpr int kMarginTop = 2098;
inline constexpr int kMarginBottom = 1984;
inline constexpr int kMarginLeft = 1588;
inline constexpr int kMarginRight = 1474;
inline constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;  // 8844
}  // namespace docx

QByteArray docxStylesXml();
QByteArray docxSettingsXml();
QByteArray docxFontTableXml();
QByteArray docxFooterXml();  // "— 1 —" page numbers, centred

QByteArray docxCorePropertiesXml(const ExportInput& input, const QString& title);
QByteArray docxCorePropertiesXml(const QString& title, const QString& subject, const QString& creator, const QString& lastModifiedBy,
                                 const QDateTime& time);
QByteArray docxAppPropertiesXml();
// nianbao.* custom properties: the corrections log, so a published file can be traced.
QByteArray docxCustomPropertiesXml(const ExportInput& input);

}  // namespace nianbao
