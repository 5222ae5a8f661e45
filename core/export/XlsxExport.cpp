#include "export/XlsxExport.h"

#include "export/AtomicExport.h"
#include "export/CsvWriter.h"
#include "export/PrintedTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace nianbao {
namespace {

constexpr int kHelperTimeoutMs = 120000;
const QString kCorrectedShade = QStringLiteral("FFF2CC");  // the light yellow of a reviewer's mark

// Display width in Excel's character units: a CJK character is two.
int displayWidth(const QString& text) {
    int width = 0;
    for (const QChar c : text) width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

// The workbook as nianbao-xlsx reads it (app/xlsx/main.cpp): formats by
// index, and per sheet its column widths, merged ranges, cells, comments,
// frozen panes and autofilter.
class WorkbookDescription {
public:
    enum class Style { Caption, Header, Label, GroupLabel, Value, Plain };

    int format(Style style, bool corrected = false, const QString& unit = {}) {
        const QString key = QStringLiteral("%1|%2|%3").arg(int(style)).arg(corrected).arg(unit);
        if (auto it = formatIds_.find(key); it != formatIds_.end()) return it->second;
        QJsonObject f{{QStringLiteral("font"), QStringLiteral("宋体")}, {QStringLiteral("size"), style == Style::Caption ? 12 : 10.5}};
        if (style == Style::Caption || style == Style::Header) f[QStringLiteral("bold")] = true;
        if (style != Style::Caption && style != Style::Plain) f[QStringLiteral("border")] = true;
        if (style == Style::Header || style == Style::GroupLabel || style == Style::Value) f[QStringLiteral("align")] = QStringLiteral("center");
        if (style == Style::Header || style == Style::Label || style == Style::GroupLabel) f[QStringLiteral("wrap")] = true;
        if (corrected) f[QStringLiteral("bg")] = kCorrectedShade;
        // A number keeps its unit visible without becoming text: "3.27万元"
        // is the number 3.27 shown with the format General"万元".
        if (!unit.isEmpty()) f[QStringLiteral("num")] = QStringLiteral("General\"%1\"").arg(QString(unit).remove(QLatin1Char('"')));
        formats_.append(f);
        return formatIds_[key] = static_cast<int>(formats_.size() - 1);
    }

    void addSheet(const QString& name) {
        sheets_.append(QJsonObject{{QStringLiteral("name"), name}});
        cells_ = merges_ = comments_ = QJsonArray();
    }
    void text(int row, int column, const QString& text, int format) { cells_.append(QJsonArray{row, column, QStringLiteral("s"), text, format}); }
    void number(int row, int column, double value, int format) { cells_.append(QJsonArray{row, column, QStringLiteral("n"), value, format}); }
    void blank(int row, int column, int format) { cells_.append(QJsonArray{row, column, QStringLiteral("b"), QJsonValue(), format}); }
    void merge(int row, int column, int lastRow, int lastColumn, int format) {
        merges_.append(QJsonArray{row, column, lastRow, lastColumn, format});
    }
    void comment(int row, int column, const QString& text) { comments_.append(QJsonArray{row, column, text}); }
    void finishSheet(const std::vector<double>& widths, int freezeRow, int freezeColumn, const QJsonArray& autofilter = {}) {
        QJsonObject sheet = sheets_.last().toObject();
        QJsonArray columns;
        for (double w : widths) columns.append(w);
        sheet[QStringLiteral("columns")] = columns;
        sheet[QStringLiteral("cells")] = cells_;
        sheet[QStringLiteral("merges")] = merges_;
        sheet[QStringLiteral("comments")] = comments_;
        sheet[QStringLiteral("freeze")] = QJsonArray{freezeRow, freezeColumn};
        if (!autofilter.isEmpty()) sheet[QStringLiteral("autofilter")] = autofilter;
        sheets_[sheets_.size() - 1] = sheet;
    }
    QByteArray json() const {
        return QJsonDocument(QJsonObject{{QStringLiteral("formats"), formats_}, {QStringLiteral("sheets"), sheets_}}).toJson(QJsonDocument::Compact);
    }

private:
    QJsonArray formats_;
    std::map<QString, int> formatIds_;
    QJsonArray sheets_;
    QJsonArray cells_, merges_, comments_;
};

using Style = WorkbookDescription::Style;

void formSheet(WorkbookDescription& book, const Report& report, const QString& name, const PrintedTable& table) {
    book.addSheet(name);
    book.text(0, 0, table.section, book.format(Style::Caption));
    const int top = 1;  // below the caption
    std::vector<int> widths(static_cast<size_t>(table.columnCount()), 6);
    int labelColumns = 0;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const int row = top + static_cast<int>(r);
        for (const PrintedCell& c : table.rows[r].cells) {
            if (c.continued) continue;
            const ReportCell* cell = c.cell ? report.cell(*c.cell) : nullptr;
            const bool corrected = cell && cell->isCorrected();
            const bool number = cell && cell->value.isNumber();
            const Style style = c.role == PrintedCell::Role::Header  ? Style::Header
                                : c.role == PrintedCell::Role::Value ? Style::Value
                                : c.rowSpan > 1                      ? Style::GroupLabel
                                                                     : Style::Label;
            const int format = book.format(style, corrected, number ? cell->value.unit : QString());
            if (c.rowSpan > 1 || c.columnSpan > 1) book.merge(row, c.column, row + c.rowSpan - 1, c.column + c.columnSpan - 1, format);
            if (number) book.number(row, c.column, cell->value.number, format);
            else if (!c.text.isEmpty()) book.text(row, c.column, c.text, format);
            else book.blank(row, c.column, format);
            if (corrected) {
                const QString original = cellValueText(cell->original);
                book.comment(row, c.column, QStringLiteral("已更正，原为：%1").arg(original.isEmpty() ? QStringLiteral("空白") : original));
            }
            if (c.role == PrintedCell::Role::Label) labelColumns = std::max(labelColumns, c.column + c.columnSpan);
            // A single cell sets its column's width; merged text wraps across its span.
            if (c.columnSpan == 1 && c.column < table.columnCount())
                widths[static_cast<size_t>(c.column)] = std::max(widths[static_cast<size_t>(c.column)], displayWidth(c.text) + 2);
        }
    }
    std::vector<double> columns;
    // Labels get room for one line up to a cap; header words wrap.
    for (int c = 0; c < table.columnCount(); ++c) columns.push_back(std::min(widths[static_cast<size_t>(c)], c < labelColumns ? 44 : 12));
    // The caption and the column headers stay in view, and so do the row labels.
    book.finishSheet(columns, top + table.headerRows, labelColumns);
}

void longSheet(WorkbookDescription& book, const ExportInput& input) {
    book.addSheet(QStringLiteral("逐格数据"));
    const QStringList header = csvLongHeader();
    for (int c = 0; c < header.size(); ++c) book.text(0, c, header[c], book.format(Style::Header));
    int row = 1;
    for (const LongShapeRow& r : longShapeRows(input)) {
        for (int c = 0; c < r.fields.size(); ++c) {
            const CellValue* number = c == kLongValueColumn                                ? &r.cell->value
                                      : c == kLongOriginalColumn && r.cell->isCorrected() ? &r.cell->original
                                                                                           : nullptr;
            if (number && number->isNumber()) book.number(row, c, number->number, -1);
            else if (!r.fields[c].isEmpty()) book.text(row, c, r.fields[c], -1);
        }
        ++row;
    }
    book.finishSheet({26, 6, 24, 8, 12, 26, 16, 40, 16, 20, 8, 6, 8, 10}, 1, 0, QJsonArray{0, 0, row - 1, static_cast<int>(header.size() - 1)});
}

// nianbao-xlsx beside the running program (the build's bin/ folder, or the install's).
QString helperPath() {
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                     : QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
    return QDir(dir).filePath(QStringLiteral("nianbao-xlsx"));
}

}  // namespace

QByteArray buildXlsx(const ExportInput& input, QString* error) {
    if (!input.report || !input.report->spec) {
        *error = QStringLiteral("没有可导出的报告（统计表未能按任何格式版本重建）");
        return {};
    }
    WorkbookDescription book;
    formSheet(book, *input.report, QStringLiteral("表二"), printActiveTable(*input.report));
    formSheet(book, *input.report, QStringLiteral("表三"), printRequestsTable(*input.report));
    formSheet(book, *input.report, QStringLiteral("表四"), printReviewsTable(*input.report));
    longSheet(book, input);

    // libxlsxwriter writes only to a file name: the helper writes into a
    // private temporary folder, and the bytes go on to the atomic writer like
    // every export's.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("无法创建临时文件夹：%1").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    const QString helper = helperPath();
    if (!QFileInfo(helper).isExecutable()) {
        *error = QStringLiteral("找不到生成 Excel 文件的辅助程序 %1（应与本程序安装在同一文件夹）").arg(helper);
        return {};
    }
    QProcess process;
    process.start(helper, {path});
    process.write(book.json());
    process.closeWriteChannel();
    if (!process.waitForFinished(kHelperTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString reason = QString::fromUtf8(process.readAllStandardError()).trimmed();
        *error = QStringLiteral("生成 Excel 文件失败：%1").arg(reason.isEmpty() ? process.errorString() : reason);
        process.kill();
        return {};
    }
    QFile file(path);
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly) || (bytes = file.readAll()).isEmpty()) {
        *error = QStringLiteral("无法读回生成的 Excel 文件：%1").arg(file.errorString());
        return {};
    }
    return bytes;
}

QString exportXlsx(const ExportInput& input, const QString& path) {
    QString error;
    const QByteArray bytes = buildXlsx(input, &error);
    if (bytes.isEmpty()) return error.isEmpty() ? QStringLiteral("生成 Excel 文件失败") : error;
    return saveExportFile(path, bytes, input.report->meta.file);
}

}  // namespace nianbao
