// The chart series of the comparison window: each per-year total is the sum
// of exactly the rows and columns it names, across both format versions.
#include "TestSupport.h"

#include "compare/YearSeries.h"

namespace nianbao::test {
namespace {

// The "total" column of every row of table 三 whose key is `key` or starts with "key.".
double requestsTotal(const Report& report, const QString& key) {
    const TableSpec& spec = *report.spec->table(QStringLiteral("requests"));
    double sum = 0;
    for (size_t row = 0; row < spec.rows.size(); ++row) {
        if (spec.rows[row].key != key && !spec.rows[row].key.startsWith(key + QLatin1Char('.'))) continue;
        const std::optional<double> v = rowValues(report, QStringLiteral("requests"), int(row))[size_t(spec.columnIndex(QStringLiteral("total")))];
        sum += v.value_or(0);
    }
    return sum;
}

TEST(YearSeries, SumsTheRowsOfEachOutcomeAcrossFormatVersions) {
    const Report r2020 = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));  // 2019 format
    const Report r2022 = readOrFail(corpusPath("003_1ba3202efab2ed16.txt"));  // 2021 format
    ComparisonOptions options;
    options.agencyOverrides = {{r2020.meta.file, QStringLiteral("same")}, {r2022.meta.file, QStringLiteral("same")}};
    const std::vector<ComparisonGroup> groups = compareReports({&r2022, &r2020}, options);
    ASSERT_EQ(groups.size(), 1u);
    const ComparisonGroup& group = groups[0];

    EXPECT_EQ(receivedPerYear(group).values, (std::vector<double>{requestsTotal(r2020, QStringLiteral("received")),
                                                                   requestsTotal(r2022, QStringLiteral("received"))}));
    const std::vector<YearSeries> mix = outcomeMixPerYear(group);
    ASSERT_EQ(mix.size(), 6u);
    EXPECT_EQ(mix[2].label, QStringLiteral("不予公开"));
    EXPECT_EQ(mix[2].values[1], requestsTotal(r2022, QStringLiteral("withheld")));
    // 其他处理 is one row in 2019 and three in 2021: each year sums its own.
    EXPECT_EQ(mix[5].values, (std::vector<double>{requestsTotal(r2020, QStringLiteral("other_handling")),
                                                  requestsTotal(r2022, QStringLiteral("other_handling"))}));

    const std::vector<YearSeries> suits = reviewOutcomesPerYear(group, QStringLiteral("suit"));
    ASSERT_EQ(suits.size(), 4u);
    EXPECT_EQ(suits[0].label, QStringLiteral("维持"));
    const ReportTable* reviews = r2022.table(QStringLiteral("reviews"));
    const TableSpec& spec = *reviews->spec;
    const auto value = [&](const char* column) {
        return reviews->rows[0].cells[size_t(spec.columnIndex(QLatin1String(column)))].value;
    };
    EXPECT_EQ(suits[0].values[1], value("suit_direct.upheld").summand() + value("suit_after.upheld").summand());
}

}  // namespace
}  // namespace nianbao::test
