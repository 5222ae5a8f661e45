#include "ExportCommand.h"

#include "Console.h"

#include "io/AtomicFile.h"
#include "export/CsvWriter.h"
#include "export/DocxTrackedChanges.h"
#include "export/DocxWriter.h"
#include "export/ExportJson.h"
#include "export/XlsxExport.h"
#include "io/ReportReader.h"
#include "session/ReviewSession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <functional>

namespace nianbao::cli {
namespace {

int fail(const QString& message) {
    err() << message << Qt::endl;
    return 2;
}

struct Output {
    QString kind;  // "DOCX", "CSV", "XLSX", "JSON"
    QString path;
    // The file's bytes; empty with `error` set when they cannot be built.
    std::function<QByteArray(const ExportInput&, QString* error)> build;
};

}  // namespace

int runExport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("导出更正后的报告：DOCX（Word 报告为原文件副本，更正以修订标记写入；其他报告为正式版式）、"
                                                 "CSV（表格数据）、JSON（检查结果与更正记录）"));
    parser.addHelpOption();
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("应用工作台保存的审校记录（更正）"), QStringLiteral("FILE"));
    const QCommandLineOption docx(QStringLiteral("docx"), QStringLiteral("导出 Word 文档（Word 报告默认写原文件的修订副本）"), QStringLiteral("OUT.docx"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("导出 CSV 表格数据"), QStringLiteral("OUT.csv"));
    const QCommandLineOption shape(QStringLiteral("csv-shape"), QStringLiteral("CSV 形式：long（每个单元格一行，默认）或 form（按表格原样）"),
                                   QStringLiteral("shape"), QStringLiteral("long"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("导出检查结果 JSON 及更正记录"), QStringLiteral("OUT.json"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QStringLiteral("导出 Excel 工作簿（表二、表三、表四按原表样式，另附逐格数据）"),
                                  QStringLiteral("OUT.xlsx"));
    const QCommandLineOption appendix(QStringLiteral("appendix"), QStringLiteral("在 DOCX 末尾附审校记录（更正与未解决问题）"));
    const QCommandLineOption official(QStringLiteral("official-layout"),
                                      QStringLiteral("DOCX 报告也按正式版式重新生成 Word 文档（默认：在原 Word 文件的副本中以修订标记写入更正）"));
    const QCommandLineOption author(QStringLiteral("track-author"), QStringLiteral("修订和批注的作者（默认“年报审校”）"), QStringLiteral("NAME"),
                                    QStringLiteral("年报审校"));
    const QCommandLineOption comments(QStringLiteral("comments"), QStringLiteral("把每个未解决的问题作为批注写在原 Word 文件的对应单元格或段落上"));
    const QCommandLineOption textFixes(QStringLiteral("apply-text-fixes"),
                                       QStringLiteral("把有唯一正确写法的文字问题（标签错字、章节编号、草稿残留）也作为修订写入"));
    const QCommandLineOption version(QStringLiteral("format-version"), QStringLiteral("报告格式版本：auto、2019 或 2021（默认 auto）"),
                                     QStringLiteral("version"), QStringLiteral("auto"));
    parser.addOptions({session, docx, official, author, comments, textFixes, csv, shape, xlsx, json, appendix, version});
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("要导出的报告文件"));
    const QString usage = QStringLiteral(
        "用法：nianbao-cli export [--session FILE] [--docx OUT.docx] [--official-layout] [--track-author NAME] [--comments] "
        "[--apply-text-fixes] [--csv OUT.csv] [--csv-shape long|form] [--xlsx OUT.xlsx] [--json OUT.json] [--appendix] REPORT");
    if (const std::optional<int> done = parseCommandLine(parser, arguments, usage)) return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) return fail(usage);
    const QString reportPath = files.first();
    CsvShape csvShape = CsvShape::Long;
    if (!parseCsvShape(parser.value(shape), &csvShape))
        return fail(QStringLiteral("--csv-shape 只能是 long 或 form，而不是“%1”").arg(parser.value(shape)));
    const QString versionName = parser.value(version);
    if (versionName != QLatin1String("auto") && !FormatSpec::find(versionName))
        return fail(QStringLiteral("--format-version 只能是 auto、2019 或 2021，而不是“%1”").arg(versionName));

    const DocxOptions docxOptions{parser.isSet(appendix)};
    TrackedDocxOptions trackedOptions;
    trackedOptions.author = parser.value(author);
    trackedOptions.comments = parser.isSet(comments);
    // A Word report goes back as the clerk's own file with tracked changes,
    // unless the official layout is asked for; decided once the report is read.
    bool tracked = false;
    std::optional<ReviewSession> review;
    TrackedDocx trackedResult;
    std::vector<Output> outputs;
    if (parser.isSet(docx))
        outputs.push_back({QStringLiteral("DOCX"), parser.value(docx), [&](const ExportInput& in, QString* error) {
                               if (!tracked) return buildDocx(in, docxOptions, error);
                               QFile file(reportPath);
                               if (!file.open(QIODevice::ReadOnly)) {
                                   *error = QStringLiteral("无法再次读取原文件：%1").arg(file.errorString());
                                   return QByteArray();
                               }
                               trackedOptions.date = in.exportedAt;
                               // Every fix with --apply-text-fixes, else those ticked in the workbench's session.
                               for (const Finding& f : in.findings)
                                   if (f.fix && (parser.isSet(textFixes) || (review && review->acceptedTextFixes.contains(textFixKey(f)))))
                                       trackedOptions.acceptedFixes.push_back(f);
                               trackedResult = buildTrackedDocx(in, file.readAll(), trackedOptions);
                               *error = trackedResult.error;
                               return trackedResult.bytes;
                           }});
    if (parser.isSet(csv))
        outputs.push_back({QStringLiteral("CSV"), parser.value(csv),
                           [&](const ExportInput& in, QString*) { return buildCsv(in, csvShape); }});
    if (parser.isSet(xlsx))
        outputs.push_back({QStringLiteral("XLSX"), parser.value(xlsx), [](const ExportInput& in, QString* error) { return buildXlsx(in, error); }});
    if (parser.isSet(json))
        outputs.push_back({QStringLiteral("JSON"), parser.value(json), [](const ExportInput& in, QString*) { return buildJson(in); }});
    if (outputs.empty()) return fail(QStringLiteral("没有指定导出目标：请给出 --docx、--csv、--xlsx 或 --json\n") + usage);

    // Every refusal comes before anything is written, so a bad invocation leaves no partial export behind.
    std::vector<ProtectedFile> inputs{{reportPath, QStringLiteral("原报告")}};
    if (parser.isSet(session)) inputs.push_back({parser.value(session), QStringLiteral("审校记录")});
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (const QString problem = outputPathProblem(outputs[i].path, inputs, outputs[i].kind.toLower()); !problem.isEmpty())
            return fail(QStringLiteral("%1 输出：").arg(outputs[i].kind) + problem);
        for (size_t j = 0; j < i; ++j)
            if (outputs[i].path == outputs[j].path || isSameFile(outputs[i].path, outputs[j].path))
                return fail(QStringLiteral("拒绝导出：%1 与 %2 的输出文件相同（%3）").arg(outputs[j].kind, outputs[i].kind, outputs[i].path));
    }

    ReadOptions options;
    if (versionName != QLatin1String("auto")) options.reconstruct.formatVersion = versionName;
    QByteArray reportSha256;
    ReadResult result = readReportForReview(reportPath, &reportSha256, options);
    if (!result.ok()) return fail(reportPath + QStringLiteral(": 无法导出：") + result.error);
    Report& report = *result.report;
    tracked = report.meta.format == QLatin1String("docx") && !parser.isSet(official);
    if (!tracked && (parser.isSet(comments) || parser.isSet(textFixes) || parser.isSet(author)))
        return fail(QStringLiteral("--comments、--apply-text-fixes 和 --track-author 只用于在原 Word 文件中写入修订"
                                   "（DOCX 报告，且未指定 --official-layout）"));
    if (tracked && parser.isSet(docx) && parser.isSet(appendix))
        return fail(QStringLiteral("--appendix 只用于正式版式的 Word 文档；DOCX 报告请同时指定 --official-layout，"
                                   "或用 --comments 把问题写成批注"));

    if (parser.isSet(session)) {
        QString error;
        review = loadSession(parser.value(session), &error);
        if (!review) return fail(QStringLiteral("无法导出：") + error);
        if (!applySession(*review, report, reportSha256, &error))
            return fail(QStringLiteral("无法导出：审校记录 %1 不能应用于 %2：%3").arg(parser.value(session), reportPath, error));
    }

    const ExportInput input = makeExportInput(report, review ? &*review : nullptr, reportSha256);
    const FindingCounts counts = countFindings(input.findings);
    for (const Finding& f : input.findings) {
        if (f.severity != Severity::Error) continue;
        out() << reportPath << ':' << (f.span.isValid() ? QString::number(f.span.line) : QStringLiteral("-")) << ": "
              << severityName(f.severity) << ": " << f.message << QStringLiteral(" [") << f.rule << ']' << Qt::endl;
    }

    // All outputs of one export are replaced together or not at all.
    AtomicWriteSet writes;
    for (const Output& o : outputs) {
        QString error;
        const QByteArray bytes = o.build(input, &error);
        if (bytes.isEmpty()) return fail(QStringLiteral("无法导出 %1：%2；未写入任何文件").arg(o.kind, error));
        writes.add(o.path, bytes);
    }
    if (const QString error = writes.commit(); !error.isEmpty()) return fail(error);
    for (const Output& o : outputs) out() << QStringLiteral("已导出 %1：%2").arg(o.kind, o.path) << Qt::endl;
    if (parser.isSet(docx) && tracked) {
        out() << QStringLiteral("原 Word 文件副本：修订单元格 %1 处，文字修正 %2 处，批注 %3 条")
                     .arg(trackedResult.changedCells)
                     .arg(trackedResult.appliedFixes)
                     .arg(trackedResult.comments)
              << Qt::endl;
        for (const QString& line : trackedResult.skipped) err() << QStringLiteral("未写入修订：") << line << Qt::endl;
    }
    const QString disabled = disabledRulesNote(input.disabledRules);
    out() << QStringLiteral("%1: 应用更正 %2 处；导出时仍有 %3 个错误，%4 个警告%5")
                 .arg(reportPath)
                 .arg(input.corrections.size())
                 .arg(counts.errors)
                 .arg(counts.warnings)
                 .arg(disabled.isEmpty() ? QString() : QStringLiteral("；") + disabled)
          << Qt::endl;
    return counts.errors > 0 ? 1 : 0;
}

}  // namespace nianbao::cli
