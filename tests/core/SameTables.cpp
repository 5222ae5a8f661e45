#include "SameTables.h"

#include "TestSupport.h"

namespace nianbao::test {

void expectSameTables(const Report& expected, const Report& actual, const std::string& what) {
    EXPECT_EQ(actual.meta.version, expected.meta.version) << what;
    ASSERT_EQ(actual.tables.size(), expected.tables.size()) << what;
    for (size_t t = 0; t < expected.tables.size(); ++t) {
        const ReportTable& want = expected.tables[t];
        const ReportTable& got = actual.tables[t];
        const QString id = want.spec->id;
        EXPECT_EQ(got.located, want.located) << what << " table " << id.toStdString();
        ASSERT_EQ(got.rows.size(), want.rows.size()) << what;
        for (size_t r = 0; r < want.rows.size(); ++r) {
            EXPECT_EQ(got.rows[r].located, want.rows[r].located) << what << " " << id.toStdString() << " row " << r;
            EXPECT_EQ(rowValues(actual, id, int(r)), rowValues(expected, id, int(r)))
                << what << " " << id.toStdString() << " row " << r;
        }
    }
}

}  // namespace nianbao::test
