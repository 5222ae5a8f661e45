// Each corpus report printed as real forms are (PrintStyle::Centred: numbers
// vertically centred, labels wrapped over two or three lines beside them, the
// group label printed vertically, header words broken over lines, table 三
// crossing a page): every value, every row label and every balance finding
// must come out as the text version reads them.
#include "ImportTestSupport.h"
#include "OfficialLayout.h"
#include "PdfFixture.h"

#include <QRegularExpression>

namespace nianbao::test {
namespace {

class CentredPdfCorpus : public testing::TestWithParam<const char*> {};

TEST_P(CentredPdfCorpus, SameTablesLabelsAndFindingsAsText) {
    const Report text = corpusReport(GetParam());
    const Report imported = readBytesOrFail(printedPdf(officialLayout(text), PrintStyle::Centred), QStringLiteral("centred.pdf"));
    ASSERT_FALSE(imported.tables.empty());
    EXPECT_EQ(imported.meta.format, QStringLiteral("pdf"));
    EXPECT_EQ(imported.meta.year, text.meta.year);
    expectSameTables(text, imported);
    EXPECT_EQ(balanceFindingCells(imported), balanceFindingCells(text));
    // Wrapped labels are whole again, and no group label is glued to a
    // row's. Spaces aside: a gap between Chinese characters in print is
    // justification, and the reader drops it ("（六） 其他处理" prints as
    // "（六）其他处理").
    auto unspaced = [](QString label) { return label.remove(QRegularExpression(QStringLiteral("\\s"))); };
    ASSERT_EQ(imported.tables.size(), text.tables.size());
    for (size_t t = 0; t < text.tables.size(); ++t)
        for (size_t r = 0; r < text.tables[t].rows.size(); ++r)
            EXPECT_EQ(unspaced(imported.tables[t].rows[r].sourceLabel), unspaced(text.tables[t].rows[r].sourceLabel))
                << text.tables[t].spec->id.toStdString() << " row " << r;
}

INSTANTIATE_TEST_SUITE_P(Corpus, CentredPdfCorpus, testing::ValuesIn(kCorpusFiles),
                         [](const testing::TestParamInfo<const char*>& info) {
                             return "c" + std::string(info.param).substr(0, 3);
                         });

}  // namespace
}  // namespace nianbao::test
