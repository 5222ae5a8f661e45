// Word list numbering: the "一、" and "（一）" Word draws in front of a
// heading are part of the text the reader sees.
#include "RichDocxFixture.h"
#include "TestSupport.h"

#include "import/DocxNumbering.h"
#include "import/DocxImporter.h"

#include <QXmlStreamReader>

namespace nianbao::test {
namespace {

const char* const kHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";

QByteArray numbering(const char* body) {
    return QByteArray(kHeader) + body + "</w:numbering>";
}

TEST(DocxNumbering, FormatsCountersAsWordDoes) {
    EXPECT_EQ(formatListNumber(1, QStringLiteral("chineseCounting")), QStringLiteral("一"));
    EXPECT_EQ(formatListNumber(10, QStringLiteral("chineseCounting")), QStringLiteral("十"));
    EXPECT_EQ(formatListNumber(12, QStringLiteral("chineseCountingThousand")), QStringLiteral("十二"));
    EXPECT_EQ(formatListNumber(20, QStringLiteral("chineseCounting")), QStringLiteral("二十"));
    EXPECT_EQ(formatListNumber(105, QStringLiteral("chineseCountingThousand")), QStringLiteral("一百零五"));
    EXPECT_EQ(formatListNumber(3, QStringLiteral("ideographTraditional")), QStringLiteral("丙"));
    EXPECT_EQ(formatListNumber(5, QStringLiteral("decimalEnclosedCircle")), QStringLiteral("⑤"));
    EXPECT_EQ(formatListNumber(21, QStringLiteral("decimalEnclosedCircle")), QStringLiteral("21"));
    EXPECT_EQ(formatListNumber(4, QStringLiteral("upperRoman")), QStringLiteral("IV"));
    EXPECT_EQ(formatListNumber(27, QStringLiteral("lowerLetter")), QStringLiteral("aa"));
    EXPECT_EQ(formatListNumber(7, QStringLiteral("decimal")), QStringLiteral("7"));
    EXPECT_EQ(formatListNumber(7, QStringLiteral("someFutureFormat")), QStringLiteral("7"));
    EXPECT_EQ(formatListNumber(3, QStringLiteral("bullet")), QString());
}

TEST(DocxNumbering, CountsPerListAndRestartsLowerLevels) {
    DocxNumbering n = DocxNumbering::read(numbering(
        "<w:abstractNum w:abstractNumId=\"7\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3\"/><w:isLgl/>"
        "<w:suff w:val=\"space\"/></w:lvl></w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"decimalEnclosedCircle\"/>"
        "<w:lvlText w:val=\"%1\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"8\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"8\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"));
    const auto at = [&](int numId, int level) { return n.labelFor({numId, level}); };
    EXPECT_EQ(at(1, 0), QStringLiteral("一、"));
    EXPECT_EQ(at(1, 1), QStringLiteral("（一） "));  // the tab after the number reads as a space
    EXPECT_EQ(at(1, 1), QStringLiteral("（二） "));
    EXPECT_EQ(at(1, 2), QStringLiteral("1.2.1 "));  // legal numbering: every level in digits
    EXPECT_EQ(at(1, 0), QStringLiteral("二、"));
    EXPECT_EQ(at(1, 1), QStringLiteral("（一） "));  // restarted under the new section
    EXPECT_EQ(at(2, 0), QStringLiteral("③"));
    EXPECT_EQ(at(2, 0), QStringLiteral("④"));
    EXPECT_EQ(at(3, 0), QStringLiteral("①"));  // "restart numbering": a list of its own
    EXPECT_EQ(at(2, 0), QStringLiteral("⑤"));
    EXPECT_EQ(at(0, 0), QString());  // numId 0 switches numbering off
    EXPECT_EQ(at(9, 0), QString());  // no such list
}

TEST(DocxNumbering, MalformedNumberingNumbersWhatItCanAndNeverCrashes) {
    DocxNumbering n = DocxNumbering::read(numbering(
        "<w:abstractNum w:abstractNumId=\"1\">"
        "<w:lvl w:ilvl=\"99\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"-1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%9%1%\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"404\"/></w:num>"
        "<w:num w:numId=\"3\"/>"
        "<w:num w:numId=\"-4\"><w:abstractNumId w:val=\"1\"/></w:num>"));
    EXPECT_EQ(n.labelFor({1, 0}), QStringLiteral("1九万九千九百九十九% "));  // start clamped to 99999; %9 undefined: its start
    EXPECT_EQ(n.labelFor({1, 0}), QStringLiteral("1九万九千九百九十九% "));  // and the counter stays there
    EXPECT_EQ(n.labelFor({1, 5}), QString());   // level not defined
    EXPECT_EQ(n.labelFor({1, 99}), QString());  // level out of range
    EXPECT_EQ(n.labelFor({2, 0}), QString());   // abstractNum missing
    EXPECT_EQ(n.labelFor({3, 0}), QString());
    EXPECT_EQ(n.labelFor({-4, 0}), QString());

    // Cut off half-way: the list defined before the cut still numbers.
    const QByteArray full = numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/>"
                                      "<w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
                                      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstr");
    DocxNumbering cut = DocxNumbering::read(full);
    EXPECT_EQ(cut.labelFor({1, 0}), QStringLiteral("1、"));
    // A DTD (entity expansion) is not read at all; garbage is nothing.
    DocxNumbering dtd = DocxNumbering::read("<?xml version=\"1.0\"?><!DOCTYPE w:numbering [<!ENTITY a \"aaaa\">]>" + full.mid(int(qstrlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))));
    EXPECT_EQ(dtd.labelFor({1, 0}), QString());
    DocxNumbering garbage = DocxNumbering::read(QByteArray("\x00\xff\xfe<<<", 6), QByteArray("not xml"));
    EXPECT_EQ(garbage.labelFor({1, 0}), QString());
}

TEST(DocxNumbering, StyleNumberingFollowsBasedOnWithoutLoopingOnCycles) {
    const QByteArray styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:styleId=\"H\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:styleId=\"H2\"><w:basedOn w:val=\"H\"/></w:style>"
        "<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style><w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
    const DocxNumbering n = DocxNumbering::read({}, styles);
    ASSERT_TRUE(n.styleNumbering(QStringLiteral("H2")).has_value());
    EXPECT_EQ(n.styleNumbering(QStringLiteral("H2"))->numId, 4);
    EXPECT_EQ(n.styleNumbering(QStringLiteral("H2"))->level, 1);
    EXPECT_FALSE(n.styleNumbering(QStringLiteral("A")).has_value());
    EXPECT_FALSE(n.styleNumbering(QStringLiteral("nope")).has_value());
}

std::vector<QString> paragraphsOf(const Report& report) {
    std::vector<QString> out;
    for (const DocBlock& b : report.document.blocks)
        if (b.kind == DocBlock::Kind::Paragraph) out.push_back(b.paragraph.text);
    return out;
}

std::vector<Finding> missingHeadings(const Report& report) {
    std::vector<Finding> out;
    for (const Finding& f : checkReport(report))
        if (f.rule == QLatin1String("text.heading")) out.push_back(f);
    return out;
}

// The whole report read from Word: the list-numbered headings read exactly
// as the typed ones of the text version, so the heading check passes.
TEST(DocxNumbering, ListNumberedHeadingsReadAsTheClerkSeesThem) {
    const QString text = corpusText("001_ffb7cb016be5db93.txt");
    QTemporaryDir dir;
    const Report numbered = readOrFail(writeFile(dir, QStringLiteral("numbered.docx"), richDocx(text)));
    const Report unnumbered = readOrFail(writeFile(dir, QStringLiteral("plain.docx"), richDocx(text, {.listNumbering = false})));
    std::vector<QString> expected = paragraphsOf(readTextOrFail(text));
    expected.push_back(QStringLiteral("宁波市鄞州区人民政府办公室"));  // the fixture's signature block
    expected.push_back(QStringLiteral("2021年1月20日"));
    const std::vector<QString> paragraphs = paragraphsOf(numbered);
    EXPECT_EQ(paragraphs, expected);
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), QStringLiteral("一、总体情况")), paragraphs.end());
    EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), QStringLiteral("六、其他需要报告的事项")), paragraphs.end());
    const std::vector<Finding> headings = missingHeadings(numbered);
    EXPECT_TRUE(headings.empty()) << headings.front().message.toStdString();
    // Without its numbering part the same file has lost every heading number.
    const std::vector<QString> lost = paragraphsOf(unnumbered);
    EXPECT_EQ(std::find(lost.begin(), lost.end(), QStringLiteral("一、总体情况")), lost.end());
    EXPECT_NE(std::find(lost.begin(), lost.end(), QStringLiteral("总体情况")), lost.end());
    EXPECT_FALSE(missingHeadings(unnumbered).empty());
}

}  // namespace
}  // namespace nianbao::test
