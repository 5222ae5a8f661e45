// Writes N report files for the folder-review benchmark (not committed):
// variants of the five corpus reports with consistently shifted numbers (so
// every variant balances exactly as its original does), in their three text
// layouts, every third one GB18030-encoded, or — with --docx — as DOCX files
// written by the project's own exporter.
//
//   make_bench_corpus OUT_DIR COUNT [--docx]
#include "export/DocxWriter.h"
#include "export/ExportInput.h"
#include "io/ReportReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unicode/ucnv.h>

namespace {

using namespace nianbao;

// Cells that move together: received, disclosed and results total, each in
// 自然人 and 总计 — every balance relation keeps holding.
const char* const kShiftedRows[] = {"received", "disclosed", "results_total"};
const char* const kShiftedColumns[] = {"natural", "total"};

QString shifted(const QString& text, const Report& report, int delta) {
    QStringList lines = text.split(QLatin1Char('\n'));
    const TableSpec& requests = report.spec->requests;
    std::vector<CellRef> refs;
    for (const char* row : kShiftedRows)
        for (const char* column : kShiftedColumns)
            refs.push_back(CellRef{requests.id, requests.rowIndex(QLatin1String(row)), requests.columnIndex(QLatin1String(column))});
    for (const CellRef& ref : refs) {
        const ReportCell* cell = report.cell(ref);
        if (!cell || !cell->value.isNumber() || cell->span.line != cell->span.endLine) continue;
        QString& line = lines[cell->span.line - 1];
        line.replace(cell->span.column, cell->span.endColumn - cell->span.column,
                     QString::number(static_cast<qint64>(cell->value.number) + delta));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray gb18030(const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("GB18030", &status);
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()), reinterpret_cast<const UChar*>(text.utf16()),
                                      int32_t(text.size()), &status);
    ucnv_close(conv);
    out.truncate(U_SUCCESS(status) ? n : 0);
    return out;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: make_bench_corpus OUT_DIR COUNT [--docx]\n";
        return 2;
    }
    const QDir out(args[1]);
    QDir().mkpath(out.path());
    const int count = args[2].toInt();
    const bool docx = args.contains(QStringLiteral("--docx"));

    QDir corpus(QStringLiteral(NIANBAO_CORPUS_DIR));
    std::vector<QString> texts;
    for (const QString& name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(corpus.filePath(name));
        if (f.open(QIODevice::ReadOnly)) texts.push_back(QString::fromUtf8(f.readAll()));
    }
    if (texts.empty()) {
        err << "corpus not found in " << corpus.path() << "\n";
        return 2;
    }
    for (int i = 0; i < count; ++i) {
        const QString& base = texts[i % texts.size()];
        const ReadResult original = readReportBytes(base.toUtf8(), QStringLiteral("base.txt"));
        const QString text = shifted(base, *original.report, (i / int(texts.size())) % 9);
        // A folder of its own per hundred files, as a disclosure office's tree would have.
        const QString dir = out.filePath(QStringLiteral("batch-%1").arg(i / 100, 3, 10, QLatin1Char('0')));
        QDir().mkpath(dir);
        const QString stem = dir + QStringLiteral("/report-%1").arg(i, 5, 10, QLatin1Char('0'));
        if (docx) {
            const ReadResult variant = readReportBytes(text.toUtf8(), stem + QStringLiteral(".txt"));
            const QString error = exportDocx(makeExportInput(*variant.report), stem + QStringLiteral(".docx"));
            if (!error.isEmpty()) {
                err << error << "\n";
                return 1;
            }
            continue;
        }
        QFile f(stem + QStringLiteral(".txt"));
        if (!f.open(QIODevice::WriteOnly)) return 1;
        f.write(i % 3 == 1 ? gb18030(text) : text.toUtf8());
    }
    return 0;
}
