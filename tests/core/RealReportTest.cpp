// The four real published reports in ../shared/corpus/real (a WPS PDF, OCR
// markdown, converter markdown, a portal page): their metadata and the exact
// proofreading findings, each judged by reading the report; then the
// structures behind them (title forms, name lines, signatures, section
// wordings, fee statements, narrative totals) on variants of the corpus.
// The tables themselves are asserted in RealReportTablesTest.cpp.
#include "TestSupport.h"

#include <QRegularExpression>

namespace nianbao::test {
namespace {

// The proofreading rules whose findings do not depend on table reading.
const std::set<QString> kTextRules = {QStringLiteral("narrative.mismatch"), QStringLiteral("text.date_mismatch"), QStringLiteral("text.heading"),
                                      QStringLiteral("text.fee_statement"), QStringLiteral("template.version_mismatch")};

using Seen = std::pair<QString, int>;  // rule, line (0: no line)

// The proofreading rules that read the tables' labels and cells.
const std::set<QString> kTableTextRules = {QStringLiteral("text.label_typo"), QStringLiteral("cell.amount_unit")};

std::vector<Seen> tableTextFindings(const Report& r) {
    std::vector<Seen> seen;
    for (const Finding& f : checkOnly(r, kTableTextRules)) seen.emplace_back(f.rule, f.span.isValid() ? f.span.line : 0);
    return seen;
}

std::vector<Seen> textFindings(const Report& r) {
    std::vector<Seen> seen;
    for (const Finding& f : checkOnly(r, kTextRules)) seen.emplace_back(f.rule, f.span.isValid() ? f.span.line : 0);
    return seen;
}

struct Metadata {
    QString agency, agencySource;
    int year;
    QString yearSource, version, versionSource;
};

void expectMetadata(const Report& r, const Metadata& m) {
    EXPECT_EQ(r.meta.agency, m.agency);
    EXPECT_EQ(r.meta.agencySource, m.agencySource);
    EXPECT_EQ(r.meta.year, m.year);
    EXPECT_EQ(r.meta.yearSource, m.yearSource);
    EXPECT_EQ(r.meta.version, m.version);
    EXPECT_EQ(r.meta.versionSource, m.versionSource);
}

const char* kR02 = "real/r02_hongzequ_2023.pdf";
const char* kR05 = "real/r05_shuyangxian_2025.txt";
const char* kR06 = "real/r06_shanghaikewei_2024.md";
const char* kR09 = "real/r09_shuyangfagaiju_2023.html";

TEST(RealReport, R02HongzequPdf) {
    const Report r = readOrFail(corpusPath(kR02));
    // Title printed on two lines: "洪泽区人民政府" / "2023 年政府信息公开工作年度报告".
    expectMetadata(r, {QStringLiteral("洪泽区人民政府"), QStringLiteral("title"), 2023, QStringLiteral("title"), QStringLiteral("2021"), QStringLiteral("tables")});
    // Six section headings in official wording and order; section 六 says "全年收取政府信息公开信息处理费 0 元";
    // "2023 年全区受理政府信息公开申请 21 件" is table 三's 21; no date line.
    EXPECT_EQ(textFindings(r), std::vector<Seen>{});
    // "2.其他法律行政止公开" is a real typo (法规禁 dropped); "5.要求行政机关确认或重 新出具 / 已获取信息"
    // is one label wrapped in its cell, not a typo. The 2019 layout of table 三 is table.layout_version.
    EXPECT_EQ(tableTextFindings(r), (std::vector<Seen>{{QStringLiteral("text.label_typo"), 42}}));
}

TEST(RealReport, R05ShuyangxianOcrMarkdown) {
    const Report r = readOrFail(corpusPath(kR05));
    // "# 沐阳县人民政府 2025 年 政府信息公开工作年度报告": the OCR's 沐 for 沭 is what the report says.
    expectMetadata(r, {QStringLiteral("沐阳县人民政府"), QStringLiteral("title"), 2025, QStringLiteral("title"), QStringLiteral("2021"), QStringLiteral("tables")});
    // "## 一、总体情况" … "## 五、政府信息公开工作存在的主要问题及改进情况" and a plain "六、其他需要报告的事项":
    // all six sections. "全县全年共受理政府信息公开申请 749 件" is 713 new + 36 carried over;
    // "结转下一年 31 件" is 四's 31; "收取信息处理费共计380元" is the fee statement; the date
    // line "2026年1月23日" is the January after the report year.
    EXPECT_EQ(textFindings(r), std::vector<Seen>{});
    // The OCR's header row "商业企业 | 科研机构 | 社会公益 | 法律服务机构 | 其他" prints the form's
    // column with its last word lost: reported. Its made-up header rows ("类别 | 数据1 …", "项目 |
    // 本年新收件数 | … | 结转下年度 | 总计") are no header of the form and are not corrected.
    EXPECT_EQ(tableTextFindings(r), (std::vector<Seen>{{QStringLiteral("text.label_typo"), 87}}));
}

TEST(RealReport, R06ShanghaiKeweiConverterMarkdown) {
    const Report r = readOrFail(corpusPath(kR06));
    // "2024 年上海市科委政府信息公开工作" / "年度报告": the title names the agency by its short name.
    expectMetadata(r, {QStringLiteral("上海市科委"), QStringLiteral("title"), 2024, QStringLiteral("title"), QStringLiteral("2021"), QStringLiteral("tables")});
    // The report numbers its own sections: 一、总体情况, then its own 二–六 (工作机制保障 …
    // 政府信息公开平台建设), then the official ones renumbered 一、二、三、五 and no heading
    // for 存在的主要问题及改进情况 (only "（一）主要问题" / "（二）改进情况"). One finding says so.
    // Section 五 (its 六) says "未发生政府信息公开收费事项". The narrative, wrapped over
    // lines, agrees with the tables where they are read: 34 received, 2 carried over, 9 disclosed.
    // "转下一年度办理答复的有 1 件" (line 46) against the 总计 of 四、结转下年度继续办理, which the
    // converted table leaves blank: said so, never read as 0.
    EXPECT_EQ(textFindings(r), (std::vector<Seen>{{QStringLiteral("narrative.mismatch"), 46}, {QStringLiteral("text.heading"), 73}}));
    const Finding f = findingsWithRule(checkReport(r), QStringLiteral("text.heading")).at(0);
    EXPECT_EQ(f.severity, Severity::Warning);
    for (const char* part : {"报告另设了“二、工作机制保障”“三、主动公开工作情况”“四、政府信息公开申请情况”等章节",
                             "“二、主动公开政府信息情况”（报告中编为“一、”）", "“三、收到和处理政府信息公开申请情况”（报告中编为“二、”）",
                             "“四、政府信息公开行政复议、行政诉讼情况”（报告中编为“三、”）", "“六、其他需要报告的事项”（报告中编为“五、”）",
                             "另未见章节标题“五、存在的主要问题及改进情况”"})
        EXPECT_TRUE(f.message.contains(QString::fromUtf8(part))) << part << "\n" << f.message.toStdString();
    // Table 二's loose lines ("行政许可 97") and the "规范性文件" alias are the form's labels.
    EXPECT_EQ(tableTextFindings(r), std::vector<Seen>{});
}

TEST(RealReport, R09ShuyangFagaijuPortalPage) {
    const Report r = readOrFail(corpusPath(kR09));
    // The page body has no title line; "沭阳县发展和改革局" signs above "2024年1月17日".
    // "2023年,县发展和改革局认真贯彻…" is a body sentence and names nothing.
    expectMetadata(r, {QStringLiteral("沭阳县发展和改革局"), QStringLiteral("signature"), 2023, QStringLiteral("period"), QStringLiteral("2021"), QStringLiteral("tables")});
    // （一）主动公开政府信息情况 … （五） are parts of 一、总体情况, not sections; "五、存在的主要问题及整改措施"
    // is section 五; "未发生收费情况" is the fee statement; "共收到依申请信息公开26件" is table 三's 26.
    EXPECT_EQ(textFindings(r), std::vector<Seen>{});
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("text.label_typo")).empty());
}

// ---- Metadata: the forms real front matter takes, on 003's body (lines 1–2: name and date).

Report withFront(const QString& front, const QString& end = QString()) {
    const QString body = corpusText("003_1ba3202efab2ed16.txt").split(QLatin1Char('\n')).mid(2).join(QLatin1Char('\n'));
    return readTextOrFail(front + QLatin1Char('\n') + body + end);
}

TEST(RealMetadata, AgencyFromEveryTitleForm) {
    const std::pair<const char*, const char*> cases[] = {
        {"洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府"},
        {"杭州市2025年政府信息公开工作年度报告", "杭州市"},
        {"2024 年上海市科委政府信息公开工作年度报告", "上海市科委"},
        {"沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局"},
        {"宁河区人民政府信息公开工作年度报告", "宁河区人民政府"},  // 政府 belongs to the name, not to 政府信息公开
        {"# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "沐阳县人民政府"},
        {"**某某市交通运输局2022年度政府信息公开工作年度报告**", "某某市交通运输局"},
    };
    for (const auto& [title, agency] : cases) {
        const Report r = withFront(QString::fromUtf8(title));
        EXPECT_EQ(r.meta.agency, QString::fromUtf8(agency)) << title;
        EXPECT_EQ(r.meta.agencySource, QStringLiteral("title")) << title;
    }
}

TEST(RealMetadata, SiteNavigationNeverWinsOverTheTitle) {
    const Report r = withFront(QStringLiteral("沭阳县人民政府\n首页\n政府信息公开\n沭阳县发改局\n沭阳县发展和改革局2023年政府信息公开年度报告"));
    EXPECT_EQ(r.meta.agency, QStringLiteral("沭阳县发展和改革局"));
    EXPECT_EQ(r.meta.agencySource, QStringLiteral("title"));
}

TEST(RealMetadata, NameLinesAndSignature) {
    // Under a title that names no one, past the date, or above it.
    for (const char* front : {"政府信息公开工作年度报告\n某某区财政局", "2022年政府信息公开工作年度报告\n2023年1月20日\n某某区财政局",
                              "某某区财政局\n2023年1月20日\n2022年政府信息公开工作年度报告"}) {
        const Report r = withFront(QString::fromUtf8(front));
        EXPECT_EQ(r.meta.agency, QStringLiteral("某某区财政局")) << front;
        EXPECT_EQ(r.meta.agencySource, QStringLiteral("name_line")) << front;
    }
    // The signature above (or below) the closing date.
    for (const char* end : {"\n某某区财政局\n2023年1月20日", "\n2023年1月20日\n某某区财政局"}) {
        const Report r = withFront(QStringLiteral("2022年政府信息公开工作年度报告"), QString::fromUtf8(end));
        EXPECT_EQ(r.meta.agency, QStringLiteral("某某区财政局")) << end;
        EXPECT_EQ(r.meta.agencySource, QStringLiteral("signature")) << end;
    }
    // A name line at the very end with no date is no signature (a page footer looks the same).
    const Report footer = withFront(QStringLiteral("2022年政府信息公开工作年度报告"), QStringLiteral("\n某某区人民政府办公室"));
    EXPECT_EQ(footer.meta.agency, QString());
}

TEST(RealMetadata, BodySentencesNeverNameTheAgency) {
    // 003 without its name line: "2022年,宁河区人民政府…" style sentences only.
    const Report r = withFront(QStringLiteral("根据条例要求，某某区交通运输局编制本报告。"));
    EXPECT_EQ(r.meta.agency, QString());
    EXPECT_EQ(r.meta.agencySource, QString());
    const CliRun cli = runCli({QStringLiteral("check"), QStringLiteral("--json"), corpusPath("004_f67e4a3518b11040.txt")});
    EXPECT_TRUE(cli.out.contains(QStringLiteral("\"agency\":null,\"agency_source\":null"))) << cli.out.left(400).toStdString();
}

// ---- Headings, fee statement, narrative: the structures, on variants.

std::vector<Finding> ruleOn(const QString& text, const QString& rule) {
    return findingsWithRule(checkReport(readTextOrFail(text)), rule);
}

TEST(RealHeadings, MarkdownMarksWithOrWithoutAndSubHeadings) {
    // r05 with its "## " marks stripped, as a reader may do: the same six sections.
    QString stripped = corpusText(kR05);
    stripped.replace(QRegularExpression(QStringLiteral("(?m)^#{1,6} ")), QString());
    EXPECT_TRUE(ruleOn(stripped, QStringLiteral("text.heading")).empty());
    // A （一） line in the wording of a section is part of a section, never the section.
    const QString text = corpusText("002_be932dc10881290c.txt");
    EXPECT_TRUE(ruleOn(replaceLine(text, 9, QStringLiteral("（一）主动公开政府信息情况")), QStringLiteral("text.heading")).empty());
}

TEST(RealHeadings, AcceptedWordingsAndOneFindingForOwnNumbering) {
    const QString text = corpusText("002_be932dc10881290c.txt");  // 五 on line 82, 六 on line 90
    for (const char* wording : {"五、存在的主要问题及整改措施", "五、政府信息公开工作存在的主要问题及改进情况", "五、存在问题及改进情况"})
        EXPECT_TRUE(ruleOn(replaceLine(text, 82, QString::fromUtf8(wording)), QStringLiteral("text.heading")).empty()) << wording;
    // Two headings numbered their own way: one finding for the arrangement, at the first.
    const std::vector<Finding> own = ruleOn(replaceLine(replaceLine(text, 82, QStringLiteral("5、存在的主要问题及改进情况")), 90,
                                                        QStringLiteral("6、其他需要报告的事项")),
                                            QStringLiteral("text.heading"));
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].span.line, 82);
    EXPECT_TRUE(own[0].message.contains(QStringLiteral("“六、其他需要报告的事项”（报告中编为“6、”）"))) << own[0].message.toStdString();
}

TEST(RealFeeStatement, AmountOrNoneChargedIsTheStatement) {
    const QString text = corpusText("003_1ba3202efab2ed16.txt");  // line 350: section 六's fee sentence
    for (const char* sentence : {"全县行政机关收取信息处理费共计380元。", "全年收取政府信息公开信息处理费 0 元。",
                                 "2024 年，市科委未发生政府信息公开收费事项。", "2023年度，县发展和改革局政府信息公开未发生收费情况。"})
        EXPECT_TRUE(ruleOn(replaceLine(text, 350, QString::fromUtf8(sentence)), QStringLiteral("text.fee_statement")).empty()) << sentence;
    // Speaking of fees without saying whether any were charged is no statement.
    EXPECT_EQ(ruleOn(replaceLine(text, 350, QStringLiteral("我区认真落实《政府信息公开信息处理费管理办法》要求。")), QStringLiteral("text.fee_statement")).size(), 1u);
}

TEST(RealNarrative, TotalsOfNewAndCarriedOverAndWrappedSentences) {
    // r05 line 26: 749 = 713 new + 36 carried over. Another number is neither, and the message says both.
    QString r05 = corpusText(kR05);
    r05.replace(QStringLiteral("受理政府信息公开申请 749 件"), QStringLiteral("受理政府信息公开申请 750 件"));
    const std::vector<Finding> f = ruleOn(r05, QStringLiteral("narrative.mismatch"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].span.line, 26);
    EXPECT_EQ(f[0].severity, Severity::Info);  // "全县"
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("（713；本年新收与上年结转合计为 749）"))) << f[0].message.toStdString();
    // r06 lines 42–43 "上年结转政府信息公开" / "申请 2 件": one sentence across the wrap.
    std::vector<Finding> wrapped = ruleOn(replaceLine(corpusText(kR06), 43, QStringLiteral("申请 3 件，所有申请均已按要求办理完成。所有办结的信息公开")),
                                          QStringLiteral("narrative.mismatch"));
    std::erase_if(wrapped, [](const Finding& f) { return f.span.line == 46; });  // the blank 结转下年度 total, above
    ASSERT_EQ(wrapped.size(), 1u);
    EXPECT_EQ(wrapped[0].span.line, 43);
    EXPECT_TRUE(wrapped[0].message.contains(QStringLiteral("上年结转申请为 3"))) << wrapped[0].message.toStdString();
    EXPECT_EQ(wrapped[0].cells, (std::vector<CellRef>{{QStringLiteral("requests"), 1, 6}}));
}

TEST(RealNarrative, ABlankTableCellIsSaidToBeBlank) {
    // 001's 二、上年结转 row (cells on lines 124–130: 4, five blanks, 4) left blank throughout:
    // "上年结转申请3件" is compared with a blank, and the finding says so — a blank is not a 0.
    QString text = replaceLine(corpusText("001_ffb7cb016be5db93.txt"), 16, QStringLiteral("上年结转申请3件。"));
    const QString withTotals = text;
    for (int line : {124, 130}) text = replaceLine(text, line, QStringLiteral("\t\u00a0"));
    const Report r = readTextOrFail(text);
    ASSERT_TRUE(r.table(QStringLiteral("requests"))->rows[1].located);
    EXPECT_EQ(r.table(QStringLiteral("requests"))->rows[1].cells[6].value.kind, CellValue::Kind::Blank);
    const std::vector<Finding> blank = findingsWithRule(checkReport(r), QStringLiteral("narrative.mismatch"));
    ASSERT_EQ(blank.size(), 1u);
    EXPECT_TRUE(blank[0].message.contains(QStringLiteral("表三中对应的单元格为空白"))) << blank[0].message.toStdString();
    EXPECT_FALSE(blank[0].message.contains(QStringLiteral("为 0")));
    // Stating 0 for a blank row is no contradiction.
    const Report zero = readTextOrFail(replaceLine(text, 16, QStringLiteral("上年结转申请0件。")));
    EXPECT_TRUE(findingsWithRule(checkReport(zero), QStringLiteral("narrative.mismatch")).empty());
    // With the cells as printed (total 4), the same sentence is contradicted.
    const std::vector<Finding> f = ruleOn(withTotals, QStringLiteral("narrative.mismatch"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("表三中为 4"))) << f[0].message.toStdString();
}

}  // namespace
}  // namespace nianbao::test
