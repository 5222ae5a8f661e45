// Proofreading beyond the sums: the exact findings each corpus report really
// has, the number recogniser, scope words, and every rule firing and not.
#include "TestSupport.h"

#include "proofread/ChineseNumber.h"
#include "proofread/ProofreadingData.h"

namespace nianbao::test {
namespace {

const std::set<QString> kProofreadingRules = {
    QStringLiteral("narrative.mismatch"), QStringLiteral("text.date_mismatch"), QStringLiteral("text.heading"),
    QStringLiteral("text.label_typo"),    QStringLiteral("text.artifact"),      QStringLiteral("template.version_mismatch"),
    QStringLiteral("text.fee_statement"), QStringLiteral("cell.amount_unit")};

using Seen = std::tuple<QString, Severity, int>;  // rule, severity, line

std::set<Seen> proofreadingOf(const Report& r) {
    std::set<Seen> seen;
    for (const Finding& f : checkOnly(r, kProofreadingRules)) seen.emplace(f.rule, f.severity, f.span.line);
    return seen;
}

std::vector<Finding> proofread(const QString& text, const QString& rule) {
    return findingsWithRule(checkReport(readTextOrFail(text)), rule);
}

QString replaced(const char* corpus, int line, const QString& from, const QString& to) {
    const QString text = corpusText(corpus);
    QString l = text.split(QLatin1Char('\n'))[line - 1];
    EXPECT_TRUE(l.contains(from)) << from.toStdString();
    return replaceLine(text, line, l.replace(from, to));
}

const char* k000 = "000_4e6edc37518c9b09.txt";
const char* k001 = "001_ffb7cb016be5db93.txt";
const char* k002 = "002_be932dc10881290c.txt";
const char* k003 = "003_1ba3202efab2ed16.txt";
const char* k004 = "004_f67e4a3518b11040.txt";

TEST(ProofreadCorpus, Report000) {
    const Report r = readOrFail(corpusPath(k000));
    EXPECT_EQ(proofreadingOf(r), (std::set<Seen>{
        {QStringLiteral("text.artifact"), Severity::Warning, 11},     // [bookmark: _GoBack]
        {QStringLiteral("text.label_typo"), Severity::Warning, 266},  // （五）不予处9理
        {QStringLiteral("text.heading"), Severity::Warning, 399},     // "5、 存在的主要问题…"
    }));
    const Finding typo = findingsWithRule(checkReport(r), QStringLiteral("text.label_typo")).at(0);
    EXPECT_TRUE(typo.message.contains(QStringLiteral("应为“（五）不予处理”")));
    const Finding heading = findingsWithRule(checkReport(r), QStringLiteral("text.heading")).at(0);
    EXPECT_TRUE(heading.message.contains(QStringLiteral("应为“五、存在的主要问题及改进情况”")));
    const Finding artifact = findingsWithRule(checkReport(r), QStringLiteral("text.artifact")).at(0);
    EXPECT_EQ(artifact.span, (SourceSpan{11, 0, 11, 19}));
}

TEST(ProofreadCorpus, Report001) {
    const Report r = readOrFail(corpusPath(k001));
    // One sentence, three claims that differ from the tables: the district-wide
    // 175 applications (a different scope: info), and 区本级 1 review and 0
    // lawsuits where table 四 has 4 and 10.
    EXPECT_EQ(proofreadingOf(r), (std::set<Seen>{
        {QStringLiteral("narrative.mismatch"), Severity::Info, 16},
        {QStringLiteral("narrative.mismatch"), Severity::Warning, 16},
    }));
    const std::vector<Finding> f = findingsWithRule(checkReport(r), QStringLiteral("narrative.mismatch"));
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("全区")));
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("175")));
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("区本级引起行政复议结案1件")));
    EXPECT_TRUE(f[1].message.contains(QStringLiteral("表四中为 4")));
    EXPECT_TRUE(f[2].message.contains(QStringLiteral("区本级引起行政诉讼0件")));
    EXPECT_TRUE(f[2].message.contains(QStringLiteral("表四中为 10")));
    // The span is the number itself.
    EXPECT_EQ(r.source.originalLine(16).mid(f[2].span.column, f[2].span.endColumn - f[2].span.column), QStringLiteral("0"));
}

TEST(ProofreadCorpus, Report002) {
    const Report r = readOrFail(corpusPath(k002));
    EXPECT_EQ(proofreadingOf(r), (std::set<Seen>{{QStringLiteral("narrative.mismatch"), Severity::Warning, 21}}));
    const Finding f = findingsWithRule(checkReport(r), QStringLiteral("narrative.mismatch")).at(0);
    EXPECT_TRUE(f.message.contains(QStringLiteral("同意公开答复 12 件"))) << f.message.toStdString();
    EXPECT_TRUE(f.message.contains(QStringLiteral("表三中为 14")));
    EXPECT_EQ(f.cells, (std::vector<CellRef>{{QStringLiteral("requests"), 2, 6}}));
}

TEST(ProofreadCorpus, Report003) {
    const Report r = readOrFail(corpusPath(k003));
    EXPECT_EQ(proofreadingOf(r), (std::set<Seen>{{QStringLiteral("text.date_mismatch"), Severity::Warning, 2}}));
    const Finding f = findingsWithRule(checkReport(r), QStringLiteral("text.date_mismatch")).at(0);
    EXPECT_TRUE(f.message.contains(QStringLiteral("2019年12月3日")));
    EXPECT_TRUE(f.message.contains(QStringLiteral("2022")));
}

TEST(ProofreadCorpus, Report004) {
    const Report r = readOrFail(corpusPath(k004));
    EXPECT_EQ(proofreadingOf(r), (std::set<Seen>{
        {QStringLiteral("text.label_typo"), Severity::Warning, 15},
        {QStringLiteral("text.label_typo"), Severity::Warning, 16},
        {QStringLiteral("cell.amount_unit"), Severity::Warning, 65},
    }));
    const std::vector<Finding> typos = findingsWithRule(checkReport(r), QStringLiteral("text.label_typo"));
    EXPECT_TRUE(typos.at(0).message.contains(QStringLiteral("应为“本年新制作数量”")));
    EXPECT_TRUE(typos.at(1).message.contains(QStringLiteral("应为“本年新公开数量”")));
}

TEST(NumberRecogniser, ArabicChineseAndMixed) {
    EXPECT_EQ(parseChineseNumber(QStringLiteral("23")), 23);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("二十三")), 23);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("十")), 10);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("十二")), 12);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("两")), 2);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("零")), 0);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("〇")), 0);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("一百零五")), 105);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("一万二千")), 12000);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("3千")), 3000);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("1.2万")), 12000);
    EXPECT_EQ(parseChineseNumber(QStringLiteral("件")), std::nullopt);
    EXPECT_EQ(parseChineseNumber(QString()), std::nullopt);
}

TEST(Narrative, ChineseNumeralsAreRead) {
    // 003 line 7: "2022年全年收到依申请公开122件"
    EXPECT_TRUE(proofread(replaced(k003, 7, QStringLiteral("122件"), QStringLiteral("一百二十二件")),
                          QStringLiteral("narrative.mismatch")).empty());
    const std::vector<Finding> f = proofread(replaced(k003, 7, QStringLiteral("122件"), QStringLiteral("一百二十三件")),
                                             QStringLiteral("narrative.mismatch"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("表三中为 122")));
}

TEST(Narrative, EachOtherScopeWordLowersToInfo) {
    for (const QString& word : ProofreadingData::get().otherScopes) {
        const std::vector<Finding> f = proofread(
            replaced(k003, 7, QStringLiteral("2022年全年收到依申请公开122件"), word + QStringLiteral("全年收到依申请公开300件")),
            QStringLiteral("narrative.mismatch"));
        ASSERT_EQ(f.size(), 1u) << word.toStdString();
        EXPECT_EQ(f[0].severity, Severity::Info) << word.toStdString();
        EXPECT_TRUE(f[0].message.contains(word)) << word.toStdString();
    }
}

TEST(Narrative, EachTableScopeWordStaysAWarning) {
    for (const QString& word : ProofreadingData::get().tableScopes) {
        const std::vector<Finding> f = proofread(
            replaced(k003, 7, QStringLiteral("2022年全年收到依申请公开122件"), word + QStringLiteral("全年收到依申请公开300件")),
            QStringLiteral("narrative.mismatch"));
        ASSERT_EQ(f.size(), 1u) << word.toStdString();
        EXPECT_EQ(f[0].severity, Severity::Warning) << word.toStdString();
    }
}

TEST(Narrative, PhrasesForTheOtherCells) {
    // 受理 / 予以公开 / 部分公开 / 不予公开 / 行政复议 / 行政诉讼, each against 003's tables.
    struct Case { const char* sentence; bool fires; };
    const Case cases[] = {
        {"受理申请122件。", false},          {"受理申请120件。", true},
        {"同意公开77件。", false},           {"予以公开76件。", true},
        {"部分公开17件。", false},           {"部分公开18件。", true},
        {"不予公开0件。", false},            {"不予公开2件。", true},
        {"行政复议3件。", false},            {"行政复议案件共5件。", true},
        {"行政诉讼1件。", false},            {"行政诉讼2起。", true},
        {"上年结转申请0件。", false},        {"上年结转申请3件。", true},
    };
    for (const Case& c : cases) {
        const std::vector<Finding> f = proofread(replaceLine(corpusText(k003), 7, QString::fromUtf8(c.sentence)),
                                                 QStringLiteral("narrative.mismatch"));
        EXPECT_EQ(f.size(), c.fires ? 1u : 0u) << c.sentence;
    }
}

TEST(Narrative, NumbersBeforeTheKeywordAreNotClaims) {
    // 003 section 六: "2022年1件政府信息公开行政复议案件审理结果为“其他结果”" — 1 of the 3 reviews.
    const Report r = readOrFail(corpusPath(k003));
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("narrative.mismatch")).empty());
}

TEST(Dates, DateLineOfTheReportYearOrNextJanuaryIsFine) {
    EXPECT_TRUE(proofread(replaceLine(corpusText(k003), 2, QStringLiteral("2023年1月15日")), QStringLiteral("text.date_mismatch")).empty());
    EXPECT_TRUE(proofread(replaceLine(corpusText(k003), 2, QStringLiteral("2022年12月30日")), QStringLiteral("text.date_mismatch")).empty());
    EXPECT_EQ(proofread(replaceLine(corpusText(k003), 2, QStringLiteral("2023年6月1日")), QStringLiteral("text.date_mismatch")).size(), 1u);
}

TEST(Dates, StatisticsPeriodOfAnotherYear) {
    const std::vector<Finding> f = proofread(replaced(k002, 7, QStringLiteral("至 2020 年 12 月 31 日"), QStringLiteral("至 2019 年 12 月 31 日")),
                                             QStringLiteral("text.date_mismatch"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].span.line, 7);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("统计期限")));
    EXPECT_TRUE(proofread(corpusText(k002), QStringLiteral("text.date_mismatch")).empty());
}

TEST(Headings, MissingDuplicatedOutOfOrder) {
    const QString text = corpusText(k002);
    const std::vector<Finding> missing = proofread(replaceLine(text, 90, QStringLiteral("其他")), QStringLiteral("text.heading"));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_TRUE(missing[0].message.contains(QStringLiteral("缺少章节标题“六、其他需要报告的事项”")));

    const std::vector<Finding> duplicated = proofread(replaceLine(text, 92, QStringLiteral("六、其他需要报告的事项")), QStringLiteral("text.heading"));
    ASSERT_EQ(duplicated.size(), 1u);
    EXPECT_TRUE(duplicated[0].message.contains(QStringLiteral("重复")));

    // 五 and 六 swapped (with their numbers): out of order.
    QString swapped = replaceLine(replaceLine(text, 82, QStringLiteral("六、其他需要报告的事项")), 90, QStringLiteral("五、存在的主要问题及改进情况"));
    const std::vector<Finding> order = proofread(swapped, QStringLiteral("text.heading"));
    ASSERT_EQ(order.size(), 1u);
    EXPECT_TRUE(order[0].message.contains(QStringLiteral("顺序")));
    EXPECT_EQ(order[0].span.line, 90);

    EXPECT_TRUE(proofread(text, QStringLiteral("text.heading")).empty());
}

TEST(Artifacts, FormFeedFieldCodeAndBlankRuns) {
    const QString text = corpusText(k002);
    EXPECT_EQ(proofread(replaceLine(text, 84, QStringLiteral("\f")), QStringLiteral("text.artifact")).size(), 1u);
    EXPECT_EQ(proofread(replaceLine(text, 84, QStringLiteral("{ PAGE \\* MERGEFORMAT }")), QStringLiteral("text.artifact")).size(), 1u);
    EXPECT_EQ(proofread(replaceLine(text, 85, QStringLiteral("\n\n\n")), QStringLiteral("text.artifact")).size(), 1u);
    EXPECT_TRUE(proofread(text, QStringLiteral("text.artifact")).empty());
    // Blank lines between the rows of a cell-per-line table are layout, not leftovers.
    EXPECT_TRUE(proofread(corpusText(k001), QStringLiteral("text.artifact")).empty());
}

TEST(TemplateVersion, YearRequiringTheOtherFormat) {
    // 003's 2021-format tables, with the statistics period moved to 2020.
    const QString text = replaced(k003, 3, QStringLiteral("从2022年1月1日至2022年12月31日"), QStringLiteral("从2020年1月1日至2020年12月31日"));
    const std::vector<Finding> f = proofread(text, QStringLiteral("template.version_mismatch"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2020 年度报告应使用 2019 格式")));
    // A 2020 title on 2019-format tables (000) is right.
    EXPECT_TRUE(proofread(corpusText(k000), QStringLiteral("template.version_mismatch")).empty());
}

TEST(FeeStatement, Format2021WithoutTheSentence) {
    EXPECT_TRUE(proofread(corpusText(k003), QStringLiteral("text.fee_statement")).empty());
    const std::vector<Finding> f = proofread(replaceLine(corpusText(k003), 350, QStringLiteral("1.无。")), QStringLiteral("text.fee_statement"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    // 2019-format reports are not asked.
    EXPECT_TRUE(proofread(corpusText(k002), QStringLiteral("text.fee_statement")).empty());
}

TEST(AmountUnit, UnitsThatContradictOrAreMissing) {
    EXPECT_TRUE(proofread(corpusText(k001), QStringLiteral("cell.amount_unit")).empty());  // "3.27万元"
    const std::vector<Finding> yuan = proofread(replaced(k001, 93, QStringLiteral("3.27万元"), QStringLiteral("32700元")),
                                                QStringLiteral("cell.amount_unit"));
    ASSERT_EQ(yuan.size(), 1u);
    EXPECT_TRUE(yuan[0].message.contains(QStringLiteral("“元”与官方格式的单位“万元”不符")));
    // 002's header states the unit ("采购总金额（单位：万元，保留4位小数）"), so a bare number is fine.
    EXPECT_TRUE(proofread(replaceLine(corpusText(k002), 43, QStringLiteral("政府集中采购\t3\t12.5")), QStringLiteral("cell.amount_unit")).empty());
}

TEST(LabelTypo, OfficialLabelsWrittenDifferentlyAreNotTypos) {
    // 001 and 002 write "结果 维持", "(一) 予以公开", "其他结 果", "上一年项目数\n量": all the official wording.
    EXPECT_TRUE(proofread(corpusText(k001), QStringLiteral("text.label_typo")).empty());
    EXPECT_TRUE(proofread(corpusText(k002), QStringLiteral("text.label_typo")).empty());
    EXPECT_TRUE(proofread(corpusText(k003), QStringLiteral("text.label_typo")).empty());
}

}  // namespace
}  // namespace nianbao::test
