// nianbao-xlsx: renders a workbook description (JSON on stdin, made by
// core/export/XlsxExport) into an .xlsx file with libxlsxwriter.
//
// Why a process of its own: QuaZip, which the core uses for every zip,
// exports minizip's function names (zipOpen, zipOpen3, …) with a different
// meaning (a QIODevice instead of a file name). In a process that has both
// loaded, libxlsxwriter's calls bind to QuaZip's and crash. This program
// links libxlsxwriter and Qt Core only.
//
// Usage: nianbao-xlsx OUT.xlsx < description.json
// Exit status 0 when the file was written; 1 with the reason on stderr.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <xlsxwriter.h>

#include <vector>

namespace {

// The first libxlsxwriter error, so one failure anywhere fails the file.
class Errors {
public:
    void check(lxw_error e, const char* what) {
        if (e != LXW_NO_ERROR && first_.isEmpty())
            first_ = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(lxw_strerror(e)));
    }
    void fail(const QString& what) {
        if (first_.isEmpty()) first_ = what;
    }
    bool failed() const { return !first_.isEmpty(); }
    const QString& first() const { return first_; }

private:
    QString first_;
};

uint8_t alignment(const QString& name) {
    if (name == QLatin1String("center")) return LXW_ALIGN_CENTER;
    if (name == QLatin1String("left")) return LXW_ALIGN_LEFT;
    return LXW_ALIGN_NONE;
}

std::vector<lxw_format*> makeFormats(lxw_workbook* book, const QJsonArray& descriptions, Errors& errors) {
    std::vector<lxw_format*> formats;
    for (const QJsonValue& v : descriptions) {
        const QJsonObject d = v.toObject();
        lxw_format* f = workbook_add_format(book);
        if (!f) {
            errors.fail(QStringLiteral("workbook_add_format failed"));
            return formats;
        }
        format_set_font_name(f, d.value(QStringLiteral("font")).toString(QStringLiteral("宋体")).toUtf8().constData());
        format_set_font_size(f, d.value(QStringLiteral("size")).toDouble(10.5));
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (const uint8_t a = alignment(d.value(QStringLiteral("align")).toString()); a != LXW_ALIGN_NONE) format_set_align(f, a);
        if (d.value(QStringLiteral("bold")).toBool()) format_set_bold(f);
        if (d.value(QStringLiteral("wrap")).toBool()) format_set_text_wrap(f);
        if (d.value(QStringLiteral("border")).toBool()) format_set_border(f, LXW_BORDER_THIN);
        if (d.contains(QStringLiteral("bg"))) format_set_bg_color(f, d.value(QStringLiteral("bg")).toString().toUInt(nullptr, 16));
        if (d.contains(QStringLiteral("num"))) format_set_num_format(f, d.value(QStringLiteral("num")).toString().toUtf8().constData());
        formats.push_back(f);
    }
    return formats;
}

void writeSheet(lxw_workbook* book, const QJsonObject& s, const std::vector<lxw_format*>& formats, Errors& errors) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, s.value(QStringLiteral("name")).toString().toUtf8().constData());
    if (!sheet) return errors.fail(QStringLiteral("workbook_add_worksheet failed: %1").arg(s.value(QStringLiteral("name")).toString()));
    const auto format = [&](const QJsonValue& index) -> lxw_format* {
        const int i = index.toInt(-1);
        return i >= 0 && i < static_cast<int>(formats.size()) ? formats[i] : nullptr;
    };
    const QJsonArray widths = s.value(QStringLiteral("columns")).toArray();
    for (int c = 0; c < widths.size(); ++c)
        errors.check(worksheet_set_column(sheet, c, c, widths[c].toDouble(), nullptr), "worksheet_set_column");
    // Merged ranges first (they write an empty string over the range with
    // its format), then the cells, so the first cell of a range gets its value.
    for (const QJsonValue& v : s.value(QStringLiteral("merges")).toArray()) {
        const QJsonArray m = v.toArray();
        errors.check(worksheet_merge_range(sheet, m[0].toInt(), m[1].toInt(), m[2].toInt(), m[3].toInt(), "", format(m[4])),
                     "worksheet_merge_range");
    }
    for (const QJsonValue& v : s.value(QStringLiteral("cells")).toArray()) {
        const QJsonArray c = v.toArray();
        const lxw_row_t row = c[0].toInt();
        const lxw_col_t col = c[1].toInt();
        const QString kind = c[2].toString();
        if (kind == QLatin1String("n"))
            errors.check(worksheet_write_number(sheet, row, col, c[3].toDouble(), format(c[4])), "worksheet_write_number");
        else if (kind == QLatin1String("s"))
            errors.check(worksheet_write_string(sheet, row, col, c[3].toString().toUtf8().constData(), format(c[4])), "worksheet_write_string");
        else
            errors.check(worksheet_write_blank(sheet, row, col, format(c[4])), "worksheet_write_blank");
    }
    for (const QJsonValue& v : s.value(QStringLiteral("comments")).toArray()) {
        const QJsonArray c = v.toArray();
        errors.check(worksheet_write_comment(sheet, c[0].toInt(), c[1].toInt(), c[2].toString().toUtf8().constData()),
                     "worksheet_write_comment");
    }
    if (const QJsonArray freeze = s.value(QStringLiteral("freeze")).toArray(); freeze.size() == 2)
        worksheet_freeze_panes(sheet, freeze[0].toInt(), freeze[1].toInt());
    if (const QJsonArray f = s.value(QStringLiteral("autofilter")).toArray(); f.size() == 4)
        errors.check(worksheet_autofilter(sheet, f[0].toInt(), f[1].toInt(), f[2].toInt(), f[3].toInt()), "worksheet_autofilter");
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: nianbao-xlsx OUT.xlsx < description.json\n";
        return 1;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "cannot read stdin\n";
        return 1;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parse);
    if (!doc.isObject()) {
        err << "bad description: " << parse.errorString() << '\n';
        return 1;
    }
    lxw_workbook* book = workbook_new(QFile::encodeName(args[1]).constData());
    if (!book) {
        err << "cannot create the workbook\n";
        return 1;
    }
    Errors errors;
    const std::vector<lxw_format*> formats = makeFormats(book, doc.object().value(QStringLiteral("formats")).toArray(), errors);
    for (const QJsonValue& sheet : doc.object().value(QStringLiteral("sheets")).toArray())
        if (!errors.failed()) writeSheet(book, sheet.toObject(), formats, errors);
    // workbook_close() frees the workbook whatever happened before, so it always runs.
    errors.check(workbook_close(book), "workbook_close");
    if (errors.failed()) {
        err << errors.first() << '\n';
        return 1;
    }
    return 0;
}
