// One cell or paragraph of document.xml rewritten as Word records a
// reviewer's edit: exact XML out for the shapes Word writes.
#include "TestSupport.h"

#include "export/WordElementEdit.h"

namespace nianbao {
namespace {

RevisionMark mark() {
    return RevisionMark{QStringLiteral("审校&人"), QStringLiteral("2026-12-02T08:00:00Z"), 5};
}

const QString kIns = QStringLiteral("<w:ins w:id=\"%1\" w:author=\"审校&amp;人\" w:date=\"2026-12-02T08:00:00Z\">");
const QString kDel = QStringLiteral("<w:del w:id=\"%1\" w:author=\"审校&amp;人\" w:date=\"2026-12-02T08:00:00Z\">");

TEST(WordElementEditTest, BlankCellGetsARunWithTheParagraphMarksProperties) {
    RevisionMark m = mark();
    WordElementEdit edit(QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"900\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/>"
                                        "<w:rPr><w:b/><w:sz w:val=\"21\"/></w:rPr></w:pPr></w:p></w:tc>"));
    ASSERT_TRUE(edit.replaceAllText(QStringLiteral("7"), &m));
    EXPECT_EQ(edit.xml(), QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"900\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/>"
                                         "<w:rPr><w:b/><w:sz w:val=\"21\"/></w:rPr></w:pPr>") +
                              kIns.arg(5) + QStringLiteral("<w:r><w:rPr><w:b/><w:sz w:val=\"21\"/></w:rPr><w:t xml:space=\"preserve\">7</w:t></w:r></w:ins></w:p></w:tc>"));
    EXPECT_EQ(m.nextId, 6);
}

TEST(WordElementEditTest, SelfClosingParagraphIsOpenedForTheValueAndTheComment) {
    RevisionMark m = mark();
    WordElementEdit edit(QStringLiteral("<w:tc><w:p w:rsidR=\"00A1\"/></w:tc>"));
    ASSERT_TRUE(edit.replaceAllText(QStringLiteral("0"), &m));
    ASSERT_TRUE(edit.anchorComment(9));
    EXPECT_EQ(edit.xml(), QStringLiteral("<w:tc><w:p w:rsidR=\"00A1\"><w:commentRangeStart w:id=\"9\"/>") + kIns.arg(5) +
                              QStringLiteral("<w:r><w:t xml:space=\"preserve\">0</w:t></w:r></w:ins><w:commentRangeEnd w:id=\"9\"/>"
                                             "<w:r><w:commentReference w:id=\"9\"/></w:r></w:p></w:tc>"));
}

TEST(WordElementEditTest, EveryOldRunIsDeletedAndTheNewRunKeepsTheFirstRunsFormatting) {
    RevisionMark m = mark();
    WordElementEdit edit(QStringLiteral("<w:tc><w:p><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>4</w:t></w:r>"
                                        "<w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\">5 </w:t><w:tab/></w:r></w:p></w:tc>"));
    ASSERT_TRUE(edit.replaceAllText(QStringLiteral("55"), &m));
    EXPECT_EQ(edit.xml(), QStringLiteral("<w:tc><w:p>") + kDel.arg(5) +
                              QStringLiteral("<w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:delText>4</w:delText></w:r></w:del>"
                                             "<w:proofErr w:type=\"spellStart\"/>") +
                              kDel.arg(6) + QStringLiteral("<w:r><w:delText xml:space=\"preserve\">5 </w:delText><w:tab/></w:r></w:del>") + kIns.arg(7) +
                              QStringLiteral("<w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t xml:space=\"preserve\">55</w:t></w:r></w:ins></w:p></w:tc>"));
}

TEST(WordElementEditTest, TextAlreadyDeletedOrInANestedTableIsNotTouched) {
    RevisionMark m = mark();
    const QString xml = QStringLiteral("<w:tc><w:p><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>9</w:delText></w:r></w:del>"
                                       "<w:r><w:t>3</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                                       "<w:p/></w:tc>");
    WordElementEdit edit(xml);
    ASSERT_TRUE(edit.replaceAllText(QString(), &m));  // cleared: only the current "3" is deleted
    EXPECT_TRUE(edit.xml().contains(kDel.arg(5) + QStringLiteral("<w:r><w:delText>3</w:delText></w:r></w:del>")));
    EXPECT_TRUE(edit.xml().contains(QStringLiteral("<w:t>inner</w:t>")));
    EXPECT_FALSE(edit.xml().contains(QStringLiteral("<w:ins")));
}

TEST(WordElementEditTest, FieldResultsAreRefusedAndLeftAlone) {
    RevisionMark m = mark();
    const QString xml = QStringLiteral("<w:tc><w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>=SUM(LEFT)</w:instrText></w:r>"
                                       "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>45</w:t></w:r>"
                                       "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:tc>");
    WordElementEdit edit(xml);
    EXPECT_FALSE(edit.replaceAllText(QStringLiteral("55"), &m));
    EXPECT_FALSE(edit.replaceText(QStringLiteral("45"), QStringLiteral("55"), &m));
    EXPECT_EQ(edit.xml(), xml);
    EXPECT_EQ(m.nextId, 5);
}

TEST(WordElementEditTest, ATextFixSplitsOnlyTheRunsItTouches) {
    RevisionMark m = mark();
    WordElementEdit edit(QStringLiteral("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>5、 存在</w:t></w:r>"
                                        "<w:r><w:t>的主要问题</w:t></w:r></w:p>"));
    ASSERT_TRUE(edit.replaceText(QStringLiteral("5、 "), QStringLiteral("五、"), &m));
    EXPECT_EQ(edit.xml(), QStringLiteral("<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>") + kDel.arg(5) +
                              QStringLiteral("<w:r><w:rPr><w:b/></w:rPr><w:delText xml:space=\"preserve\">5、 </w:delText></w:r></w:del>") +
                              kIns.arg(6) +
                              QStringLiteral("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">五、</w:t></w:r></w:ins>"
                                             "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">存在</w:t></w:r><w:r><w:t>的主要问题</w:t></w:r></w:p>"));
    // Ambiguous or absent text is refused.
    WordElementEdit twice(QStringLiteral("<w:p><w:r><w:t>本年 本年</w:t></w:r></w:p>"));
    EXPECT_FALSE(twice.replaceText(QStringLiteral("本年"), QStringLiteral("上年"), &m));
    EXPECT_FALSE(twice.replaceText(QStringLiteral("去年"), QStringLiteral("上年"), &m));
}

TEST(WordElementEditTest, MalformedXmlIsRefused) {
    RevisionMark m = mark();
    WordElementEdit edit(QStringLiteral("<w:tc><w:p><w:r><w:t>4</w:r></w:p>"));
    EXPECT_FALSE(edit.replaceAllText(QStringLiteral("5"), &m));
    EXPECT_FALSE(edit.anchorComment(1));
    WordElementEdit unprefixed(QStringLiteral("<tc><p/></tc>"));
    EXPECT_FALSE(unprefixed.replaceAllText(QStringLiteral("5"), &m));
}

}  // namespace
}  // namespace nianbao
