#include "export/DocxParts.h"

#include "export/OfficeXml.h"

namespace nianbao {
namespace {

// Font names as Chinese government templates name them. Machines without
// the GB2312 fonts fall back through the font table's altName (仿宋, 楷体)
// and then to whatever CJK font the system substitutes.
const QString kFangSong = QStringLiteral("仿宋_GB2312");
const QString kHeiTi = QStringLiteral("黑体");
const QString kKaiTi = QStringLiteral("楷体_GB2312");
const QString kTitleFont = QStringLiteral("方正小标宋简体");
const QString kSongTi = QStringLiteral("宋体");
const QString kLatin = QStringLiteral("Times New Roman");

// Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
constexpr int kSizeTitle = 44;
constexpr int kSizeBody = 32;
constexpr int kSizeFooter = 28;
constexpr int kSizeTable = 21;

void fonts(OfficeXmlWriter& x, const QString& eastAsia, const QString& latin = kLatin) {
    x.empty("w:rFonts", {{"w:ascii", latin}, {"w:hAnsi", latin}, {"w:eastAsia", eastAsia}, {"w:cs", latin}});
}

void size(OfficeXmlWriter& x, int halfPoints) {
    x.val("w:sz", QString::number(halfPoints));
    x.val("w:szCs", QString::number(halfPoints));
}

struct ParagraphStyle {
    const char* id;
    QString name = {};
    const char* basedOn = nullptr;
    QString eastAsia = {};  // empty: inherit
    int size = 0;       // 0: inherit
    QString jc = {};        // empty: inherit
    bool noIndent = false;
    int line = 0;       // 0: inherit; exact line pitch in twips, or in 240ths of a line when lineAuto
    bool lineAuto = false;
    int spaceAfter = -1;
    int outline = -1;
    bool keepNext = false;
    QString latin = kLatin;
};

void writeParagraphStyle(OfficeXmlWriter& x, const ParagraphStyle& s) {
    x.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:styleId", QString::fromLatin1(s.id)}});
    x.val("w:name", s.name);
    if (s.basedOn) x.val("w:basedOn", QString::fromLatin1(s.basedOn));
    x.empty("w:qFormat");
    x.start("w:pPr");
    if (s.keepNext) x.empty("w:keepNext");
    OfficeXmlWriter::Attributes spacing;
    if (s.spaceAfter >= 0) {
        spacing.emplace_back("w:before", QStringLiteral("0"));
        spacing.emplace_back("w:after", QString::number(s.spaceAfter));
    }
    if (s.line > 0) {
        spacing.emplace_back("w:line", QString::number(s.line));
        spacing.emplace_back("w:lineRule", s.lineAuto ? QStringLiteral("auto") : QStringLiteral("exact"));
    }
    if (!spacing.empty()) x.empty("w:spacing", spacing);
    if (s.noIndent) x.empty("w:ind", {{"w:firstLineChars", QStringLiteral("0")}, {"w:firstLine", QStringLiteral("0")}});
    if (!s.jc.isEmpty()) x.val("w:jc", s.jc);
    if (s.outline >= 0) x.val("w:outlineLvl", QString::number(s.outline));
    x.end();
    if (!s.eastAsia.isEmpty() || s.size > 0) {
        x.start("w:rPr");
        if (!s.eastAsia.isEmpty()) fonts(x, s.eastAsia, s.latin);
        if (s.size > 0) size(x, s.size);
        x.end();
    }
    x.end();
}

}  // namespace

QByteArray docxStylesXml() {
    OfficeXmlWriter x;
    x.startRoot("w:styles", {{"w", ooxml::kWordMain}});
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    fonts(x, kFangSong);
    size(x, kSizeBody);
    x.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}, {"w:bidi", QStringLiteral("ar-SA")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")}});
    x.end();
    x.end();
    x.end();

    // Body text: 仿宋 三号, justified, first line indented two characters,
    // fixed 28 pt line pitch (22 lines a page, as official documents set).
    {
        x.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:default", QStringLiteral("1")}, {"w:styleId", QString::fromLatin1(docx::kBody)}});
        x.val("w:name", QStringLiteral("Normal"));
        x.empty("w:qFormat");
        x.start("w:pPr");
        x.empty("w:spacing", {{"w:line", QStringLiteral("560")}, {"w:lineRule", QStringLiteral("exact")}});
        x.empty("w:ind", {{"w:firstLineChars", QStringLiteral("200")}, {"w:firstLine", QStringLiteral("640")}});
        x.val("w:jc", QStringLiteral("both"));
        x.end();
        x.start("w:rPr");
        fonts(x, kFangSong);
        size(x, kSizeBody);
        x.end();
        x.end();
    }
    writeParagraphStyle(x, {.id = docx::kTitle, .name = QStringLiteral("Title"), .basedOn = docx::kBody, .eastAsia = kTitleFont,
                            .size = kSizeTitle, .jc = QStringLiteral("center"), .noIndent = true, .line = 700, .spaceAfter = 560,
                            .latin = kTitleFont});
    writeParagraphStyle(x, {.id = docx::kSubtitle, .name = QStringLiteral("Subtitle"), .basedOn = docx::kBody, .eastAsia = kKaiTi,
                            .jc = QStringLiteral("center"), .noIndent = true});
    writeParagraphStyle(x, {.id = docx::kHeading1, .name = QStringLiteral("heading 1"), .basedOn = docx::kBody, .eastAsia = kHeiTi,
                            .outline = 0, .keepNext = true});
    writeParagraphStyle(x, {.id = docx::kHeading2, .name = QStringLiteral("heading 2"), .basedOn = docx::kBody, .eastAsia = kKaiTi,
                            .outline = 1, .keepNext = true});
    // Tables: 五号 with a 14 pt pitch, so the nine-column table 三 fits A4.
    writeParagraphStyle(x, {.id = docx::kTableText, .name = QStringLiteral("Table Text"), .basedOn = docx::kBody, .size = kSizeTable,
                            .jc = QStringLiteral("center"), .noIndent = true, .line = 280});
    writeParagraphStyle(x, {.id = docx::kTableLabel, .name = QStringLiteral("Table Label"), .basedOn = docx::kTableText,
                            .jc = QStringLiteral("left")});
    writeParagraphStyle(x, {.id = docx::kFooter, .name = QStringLiteral("footer"), .basedOn = docx::kBody, .eastAsia = kSongTi,
                            .size = kSizeFooter, .jc = QStringLiteral("center"), .noIndent = true, .line = 240, .lineAuto = true});

    writeParagraphStyle(x, {.id = docx::kSalutation, .name = QStringLiteral("Salutation"), .basedOn = docx::kBody, .jc = QStringLiteral("left"),
                            .noIndent = true});
    // 落款 (the office and the date) stands at the right, as official letters set it.
    writeParagraphStyle(x, {.id = docx::kSignature, .name = QStringLiteral("Signature"), .basedOn = docx::kBody, .jc = QStringLiteral("right"),
                            .noIndent = true});

    // Word expects a default table style; borders are set on each table.
    x.start("w:style", {{"w:type", QStringLiteral("table")}, {"w:default", QStringLiteral("1")}, {"w:styleId", QStringLiteral("TableNormal")}});
    x.val("w:name", QStringLiteral("Normal Table"));
    x.empty("w:uiPriority", {{"w:val", QStringLiteral("99")}});
    x.empty("w:semiHidden");
    x.start("w:tblPr");
    x.empty("w:tblInd", {{"w:w", QStringLiteral("0")}, {"w:type", QStringLiteral("dxa")}});
    x.start("w:tblCellMar");
    x.empty("w:top", {{"w:w", QStringLiteral("0")}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:left", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:bottom", {{"w:w", QStringLiteral("0")}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:right", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray docxSettingsXml() {
    OfficeXmlWriter x;
    x.startRoot("w:settings", {{"w", ooxml::kWordMain}});
    x.empty("w:zoom", {{"w:percent", QStringLiteral("100")}});
    x.val("w:defaultTabStop", QStringLiteral("420"));
    // Chinese typesetting: compress punctuation at line ends.
    x.val("w:characterSpacingControl", QStringLiteral("compressPunctuation"));
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    x.end();
    x.empty("w:themeFontLang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    return x.finish();
}

QByteArray docxFontTableXml() {
    struct Font {
        QString name;
        QString altName;
        const char* charset;
        const char* family;
    };
    const Font fonts[] = {
        // The family is what a reader without the font falls back by: the
        // 仿宋/楷体/宋体 faces have serifs, 黑体 has none.
        {kFangSong, QStringLiteral("仿宋"), "86", "roman"},
        {kKaiTi, QStringLiteral("楷体"), "86", "roman"},
        {kHeiTi, QStringLiteral("SimHei"), "86", "swiss"},
        {kTitleFont, kSongTi, "86", "roman"},
        {kSongTi, QStringLiteral("SimSun"), "86", "roman"},
        {kLatin, {}, "00", "roman"},
    };
    OfficeXmlWriter x;
    x.startRoot("w:fonts", {{"w", ooxml::kWordMain}});
    for (const Font& f : fonts) {
        x.start("w:font", {{"w:name", f.name}});
        if (!f.altName.isEmpty()) x.val("w:altName", f.altName);
        x.val("w:charset", QString::fromLatin1(f.charset));
        x.val("w:family", QString::fromLatin1(f.family));
        x.val("w:pitch", QStringLiteral("variable"));
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray docxFooterXml() {
    OfficeXmlWriter x;
    x.startRoot("w:ftr", {{"w", ooxml::kWordMain}, {"r", ooxml::kRelationships}});
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QString::fromLatin1(docx::kFooter));
    x.end();
    x.start("w:r");
    x.wordText(QStringLiteral("— "));
    x.end();
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("begin")}});
    x.end();
    x.start("w:r");
    x.text("w:instrText", QStringLiteral(" PAGE "), {{"xml:space", QStringLiteral("preserve")}});
    x.end();
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("separate")}});
    x.end();
    x.start("w:r");
    x.wordText(QStringLiteral("1"));
    x.end();
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("end")}});
    x.end();
    x.start("w:r");
    x.wordText(QStringLiteral(" —"));
    x.end();
    x.end();
    x.end();
    return x.finish();
}

}  // namespace nianbao
