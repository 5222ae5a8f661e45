// Findings with one right answer carry it as data (Finding::fix): the exact
// span of the wrong text and what should stand there.
#include "TestSupport.h"

namespace nianbao::test {
namespace {

QString textAt(const Report& report, const SourceSpan& span) {
    return report.source.originalLine(span.line).mid(span.column, span.endColumn - span.column);
}

const Finding* withMessage(const std::vector<Finding>& findings, const QString& rule, const QString& part) {
    for (const Finding& f : findings)
        if (f.rule == rule && f.message.contains(part)) return &f;
    return nullptr;
}

TEST(TextFix, LeftoverTypoAndHeadingNumberCarryTheirFix) {
    const Report report = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    const std::vector<Finding> findings = checkReport(report);

    const Finding* leftover = withMessage(findings, QStringLiteral("text.artifact"), QStringLiteral("_GoBack"));
    ASSERT_TRUE(leftover && leftover->fix);
    EXPECT_EQ(textAt(report, leftover->fix->span), QStringLiteral("[bookmark: _GoBack]"));
    EXPECT_EQ(leftover->fix->replacement, QString());

    const Finding* typo = withMessage(findings, QStringLiteral("text.label_typo"), QStringLiteral("不予处9理"));
    ASSERT_TRUE(typo && typo->fix);
    EXPECT_EQ(textAt(report, typo->fix->span), QStringLiteral("（五）不予处9理"));  // as written; the message shows it normalised
    EXPECT_EQ(typo->fix->replacement, QStringLiteral("（五）不予处理"));

    const Finding* heading = withMessage(findings, QStringLiteral("text.heading"), QStringLiteral("5、"));
    ASSERT_TRUE(heading && heading->fix);
    EXPECT_EQ(textAt(report, heading->fix->span), QStringLiteral("5、 "));
    EXPECT_EQ(heading->fix->replacement, QStringLiteral("五、"));
    EXPECT_EQ(textFixKey(*heading), QStringLiteral("text.heading@%1:%2-%1:%3=五、")
                                        .arg(heading->fix->span.line)
                                        .arg(heading->fix->span.column)
                                        .arg(heading->fix->span.endColumn));

    // A balance error has no text fix: its answer is a number the reviewer confirms.
    for (const Finding& f : findings)
        if (f.isRelation) EXPECT_FALSE(f.fix.has_value()) << f.message.toStdString();
}

}  // namespace
}  // namespace nianbao::test
