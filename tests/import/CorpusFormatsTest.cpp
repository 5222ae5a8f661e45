// Each corpus report as a DOCX draft, a portal page (UTF-8 and GBK) and a
// printed PDF, all generated from what the text importer reads: every table
// value and every balance finding must come out the same as from the text.
#include "DocxFixture.h"
#include "HtmlFixture.h"
#include "ImportTestSupport.h"
#include "OfficialLayout.h"
#include "PdfFixture.h"

namespace nianbao::test {
namespace {

enum class Variant { Docx, HtmlUtf8, HtmlGbk, Pdf };

struct Case {
    const char* corpus;
    Variant variant;
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
    static const char* names[] = {"docx", "html-utf8", "html-gbk", "pdf"};
    return os << c.corpus << " as " << names[int(c.variant)];
}

QByteArray render(const StructuredDocument& layout, Variant variant) {
    switch (variant) {
    case Variant::Docx: return docxFrom(layout);
    case Variant::HtmlUtf8: return portalPage(layout, QStringLiteral("utf-8"));
    case Variant::HtmlGbk: return portalPage(layout, QStringLiteral("gbk"));
    case Variant::Pdf: return printedPdf(layout);
    }
    return {};
}

class CorpusFormats : public testing::TestWithParam<Case> {};

TEST_P(CorpusFormats, SameValuesAndFindingsAsText) {
    const Case c = GetParam();
    const Report text = corpusReport(c.corpus);
    const QByteArray bytes = render(officialLayout(text), c.variant);
    const Report imported = readBytesOrFail(bytes, QStringLiteral("fixture"));
    ASSERT_FALSE(imported.tables.empty());

    static const char* formats[] = {"docx", "html", "html", "pdf"};
    EXPECT_EQ(imported.meta.format, QString::fromLatin1(formats[int(c.variant)]));
    if (c.variant == Variant::HtmlGbk) EXPECT_EQ(imported.meta.encoding, QStringLiteral("GB18030"));
    if (c.variant == Variant::HtmlUtf8 || c.variant == Variant::Docx) EXPECT_EQ(imported.meta.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(imported.meta.year, text.meta.year);
    expectSameTables(text, imported);
    EXPECT_EQ(balanceFindingCells(imported), balanceFindingCells(text));
    if (QString::fromLatin1(c.corpus).startsWith(QLatin1String("000"))) {
        // Known defects of corpus 000: row 一's 总计 and column 其他's balance.
        const std::set<FindingCell> found = balanceFindingCells(imported);
        EXPECT_TRUE(found.count({QStringLiteral("requests.row_total"), QStringLiteral("requests"), 0, 6}));
        EXPECT_TRUE(found.count({QStringLiteral("requests.column_balance"), QStringLiteral("requests"), 0, 5}));
    } else {
        EXPECT_TRUE(balanceFindingCells(imported).empty());
    }
}

TEST_P(CorpusFormats, CellSpansCoverTheirTextInTheRawView) {
    const Case c = GetParam();
    const Report imported = readBytesOrFail(render(officialLayout(corpusReport(c.corpus)), c.variant), QStringLiteral("fixture"));
    int checked = 0;
    for (const ReportTable& t : imported.tables)
        for (const ReportRow& row : t.rows)
            for (const ReportCell& cell : row.cells)
                if (!cell.text.isEmpty()) {
                    EXPECT_EQ(normalizeLine(spannedText(imported, cell.span)).text.trimmed(), cell.text);
                    ++checked;
                }
    EXPECT_GT(checked, 50);  // corpus 001 leaves many cells blank
}

std::vector<Case> allCases() {
    std::vector<Case> cases;
    for (const char* corpus : kCorpusFiles)
        for (Variant v : {Variant::Docx, Variant::HtmlUtf8, Variant::HtmlGbk, Variant::Pdf}) cases.push_back({corpus, v});
    return cases;
}

std::string caseName(const testing::TestParamInfo<Case>& info) {
    static const char* names[] = {"Docx", "HtmlUtf8", "HtmlGbk", "Pdf"};
    return "c" + std::string(info.param.corpus).substr(0, 3) + "_" + names[int(info.param.variant)];
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusFormats, testing::ValuesIn(allCases()), caseName);

}  // namespace
}  // namespace nianbao::test
