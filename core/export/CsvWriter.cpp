#include "export/CsvWriter.h"

#include "export/AtomicExport.h"
#include "export/PrintedTable.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace nianbao {
namespace {

const QString kLineEnd = QStringLiteral("\r\n");

// The number alone; its unit goes to its own column so the value column
// stays numeric. Text that is not a number is kept as written.
QString valueField(const CellValue& value, const QString& text) {
    switch (value.kind) {
    case CellValue::Kind::Number: return formatNumber(value.number, value.integral);
    case CellValue::Kind::Invalid: return text;
    case CellValue::Kind::Blank:
    case CellValue::Kind::Missing: break;
    }
    return {};
}

QString longRows(const ExportInput& input) {
    QString out = csvRecord(csvLongHeader()) + kLineEnd;
    for (const LongShapeRow& row : longShapeRows(input)) out += csvRecord(row.fields) + kLineEnd;
    return out;
}

QString formBlock(const QString& caption, const PrintedTable& table) {
    QString out = csvRecord({caption}) + kLineEnd;
    for (const PrintedRow& row : table.rows) {
        QStringList fields(table.columnCount());
        // A merged cell's text goes in its first position, as a spreadsheet
        // shows a merged range; the positions it covers stay empty.
        for (const PrintedCell& cell : row.cells)
            if (cell.column < fields.size()) fields[cell.column] = cell.text;
        out += csvRecord(fields) + kLineEnd;
    }
    return out;
}

QString formRows(const ExportInput& input) {
    const Report& report = *input.report;
    QStringList blocks;
    for (const PrintedTable& t : {printActiveTable(report), printRequestsTable(report), printReviewsTable(report)})
        blocks << formBlock(t.section, t);
    return blocks.join(kLineEnd);
}

}  // namespace

std::vector<LongShapeRow> longShapeRows(const ExportInput& input) {
    const Report& report = *input.report;
    const QString file = QFileInfo(report.meta.file).fileName();
    const QString year = report.meta.year ? QString::number(report.meta.year) : QString();
    std::vector<LongShapeRow> rows;
    for (const ReportTable& t : report.tables) {
        const TableSpec& spec = *t.spec;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            for (size_t c = 0; c < t.rows[r].cells.size(); ++c) {
                const ReportCell& cell = t.rows[r].cells[c];
                const bool corrected = cell.isCorrected();
                rows.push_back({{file, year, report.meta.agency, report.meta.version, spec.id, describeTable(spec), spec.rows[r].group,
                                 spec.rows[r].label, spec.columns[c].group, spec.columns[c].label,
                                 corrected ? valueField(cell.value, {}) : valueField(cell.value, cell.text), cell.value.unit,
                                 corrected ? valueField(cell.original, cell.text) : QString(), cellStatusName(cellStatus(cell))},
                                &cell});
            }
        }
    }
    return rows;
}

bool parseCsvShape(const QString& name, CsvShape* out) {
    if (name == QLatin1String("long")) *out = CsvShape::Long;
    else if (name == QLatin1String("form")) *out = CsvShape::Form;
    else return false;
    return true;
}

bool startsLikeFormula(const QString& text) {
    if (text.isEmpty()) return false;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!triggers.contains(text.front())) return false;
    // A plain number ("-5", "-1,968", "-3.27") is what the exporters write for
    // numbers; spreadsheets read it as a number and it cannot run anything.
    static const QRegularExpression plainNumber(QStringLiteral("^[-+]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?$"));
    return !plainNumber.match(text).hasMatch();
}

QString csvField(const QString& raw) {
    // OWASP "CSV injection": a text cell a spreadsheet would take for a
    // formula (=HYPERLINK(...) in an agency name, "-1+2" in a cell) gets a
    // leading apostrophe, so it is shown as text and never evaluated.
    const QString text = startsLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote) return text;
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields) {
    QStringList quoted;
    for (const QString& f : fields) quoted << csvField(f);
    return quoted.join(QLatin1Char(','));
}

QStringList csvLongHeader() {
    return {QStringLiteral("report"), QStringLiteral("year"), QStringLiteral("agency"), QStringLiteral("format_version"),
            QStringLiteral("table_id"), QStringLiteral("table"), QStringLiteral("row_group"), QStringLiteral("row"),
            QStringLiteral("column_group"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("unit"),
            QStringLiteral("original"), QStringLiteral("status")};
}

QByteArray buildCsv(const ExportInput& input, CsvShape shape) {
    const QString text = shape == CsvShape::Long ? longRows(input) : formRows(input);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString exportCsv(const ExportInput& input, const QString& path, CsvShape shape) {
    return saveExportFile(path, buildCsv(input, shape), input.report->meta.file);
}

}  // namespace nianbao
