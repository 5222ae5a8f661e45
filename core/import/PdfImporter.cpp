#include "import/PdfImporter.h"

#include "import/DocumentRenderer.h"
#include "import/PdfLayout.h"

#include <QElapsedTimer>

#include <poppler-qt6.h>

namespace nianbao {
namespace {

void silencePoppler() {
    static const bool silenced = [] {
        // Damaged files make poppler print to stderr; the user gets our message instead.
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        return true;
    }();
    (void)silenced;
}

}  // namespace

ImportResult PdfImporter::import(const QByteArray& bytes, const QString&, const ReadMonitor& monitor) const {
    const QString format = inputFormatName(InputFormat::Pdf);
    silencePoppler();
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) return ImportResult::failure(format, QStringLiteral("PDF 文件已损坏或格式无法识别，无法打开"));
    if (pdf->isLocked())
        return ImportResult::failure(
            format, QStringLiteral("PDF 已加密，需要密码才能打开；请用密码打开后另存为未加密的 PDF 再检查"));
    if (pdf->numPages() > limits_.maxPages)
        return ImportResult::failure(format, QStringLiteral("PDF 有 %1 页，超过 %2 页的上限；年度报告通常只有几页")
                                                 .arg(pdf->numPages())
                                                 .arg(limits_.maxPages));
    QElapsedTimer clock;
    clock.start();
    std::vector<PdfPage> pages;
    bool anyText = false;
    qsizetype textChars = 0;
    for (int i = 0; i < pdf->numPages(); ++i) {
        monitor.report(ReadMonitor::Stage::Page, i, pdf->numPages());
        if (monitor.cancelled()) return ImportResult::failure(format, QStringLiteral("已取消读取"));
        if (clock.elapsed() >= limits_.maxMilliseconds)
            return ImportResult::failure(format, QStringLiteral("读取 PDF 超过 %1 秒仍未完成（读到第 %2 页），已停止；文件异常复杂或已损坏")
                                                     .arg(limits_.maxMilliseconds / 1000.0)
                                                     .arg(i + 1));
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) continue;
        const auto boxes = page->textList();
        if (qsizetype(boxes.size()) > limits_.maxWordsPerPage)
            return ImportResult::failure(format, QStringLiteral("PDF 第 %1 页有 %2 个文字块，超过每页 %3 个的上限；这不是年度报告的页面，已停止读取")
                                                     .arg(i + 1)
                                                     .arg(boxes.size())
                                                     .arg(limits_.maxWordsPerPage));
        PdfPage out;
        out.size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox>& box : boxes) {
            textChars += box->text().size();
            out.words.push_back({box->text(), box->boundingBox()});
            anyText = anyText || !box->text().trimmed().isEmpty();
        }
        if (textChars > limits_.maxTextChars)
            return ImportResult::failure(format, QStringLiteral("PDF 的文字超过 %1 个字符的上限（读到第 %2 页）；年度报告通常只有几万字，已停止读取")
                                                     .arg(limits_.maxTextChars)
                                                     .arg(i + 1));
        pages.push_back(std::move(out));
    }
    if (!anyText) return ImportResult::failure(format, QStringLiteral("PDF 没有文字层（可能是扫描件），暂不支持 OCR"));
    ImportResult result;
    result.format = format;
    result.encoding = QStringLiteral("Unicode");
    renderStructuredDocument(layoutPdfPages(pages), &result);
    return result;
}

}  // namespace nianbao
