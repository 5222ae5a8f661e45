#include "ImportTestSupport.h"

#include <QFile>

namespace nianbao::test {

QString corpusPath(const char* name) {
    return QStringLiteral(NIANBAO_CORPUS_DIR "/") + QString::fromUtf8(name);
}

Report corpusReport(const char* name) {
    ReadResult result = readReportFile(corpusPath(name));
    EXPECT_TRUE(result.ok()) << name << ": " << result.error.toStdString();
    return result.ok() ? std::move(*result.report) : Report{};
}

Report readBytesOrFail(const QByteArray& bytes, const QString& name) {
    ReadResult result = readReportBytes(bytes, name);
    EXPECT_TRUE(result.ok()) << name.toStdString() << ": " << result.error.toStdString();
    return result.ok() ? std::move(*result.report) : Report{};
}

QString readError(const QByteArray& bytes, const QString& name) {
    const ReadResult result = readReportBytes(bytes, name);
    EXPECT_FALSE(result.ok()) << name.toStdString() << " was read, but must be refused";
    return result.error;
}

std::set<FindingCell> balanceFindingCells(const Report& report) {
    static const std::set<QString> balance = {QStringLiteral("requests.column_balance"), QStringLiteral("requests.row_total"),
                                              QStringLiteral("requests.results_total"), QStringLiteral("reviews.total")};
    std::set<FindingCell> cells;
    for (const Finding& f : checkReport(report))
        if (balance.count(f.rule))
            for (const CellRef& c : f.cells) cells.emplace(f.rule, c.table, c.row, c.column);
    return cells;
}

void expectSameTables(const Report& expected, const Report& actual) {
    ASSERT_EQ(expected.meta.version, actual.meta.version);
    ASSERT_EQ(expected.tables.size(), actual.tables.size());
    for (size_t t = 0; t < expected.tables.size(); ++t) {
        const ReportTable& e = expected.tables[t];
        const ReportTable& a = actual.tables[t];
        EXPECT_EQ(e.located, a.located) << e.spec->id.toStdString();
        for (size_t r = 0; r < e.rows.size(); ++r) {
            EXPECT_EQ(e.rows[r].located, a.rows[r].located) << e.spec->id.toStdString() << " row " << r;
            for (size_t c = 0; c < e.rows[r].cells.size(); ++c) {
                const CellValue& ev = e.rows[r].cells[c].value;
                const CellValue& av = a.rows[r].cells[c].value;
                EXPECT_TRUE(ev == av) << e.spec->id.toStdString() << " row " << r << " col " << c << ": text version \""
                                      << e.rows[r].cells[c].text.toStdString() << "\", imported \""
                                      << a.rows[r].cells[c].text.toStdString() << "\"";
            }
        }
    }
}

QString spannedText(const Report& report, const SourceSpan& span) {
    if (!span.isValid() || span.line != span.endLine) return {};
    return report.source.originalLine(span.line).mid(span.column, span.endColumn - span.column);
}

}  // namespace nianbao::test
