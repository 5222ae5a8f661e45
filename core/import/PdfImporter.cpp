#include "import/PdfImporter.h"

#include "import/DocumentRenderer.h"
#include "import/PdfLayout.h"

#include <poppler-qt6.h>

namespace nianbao {
namespace {

// A report is a handful of pages; past this it is not a report and would
// only keep the user waiting.
constexpr int kMaxPages = 300;

void silencePoppler() {
    static const bool silenced = [] {
        // Damaged files make poppler print to stderr; the user gets our message instead.
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        return true;
    }();
    (void)silenced;
}

}  // namespace

ImportResult PdfImporter::import(const QByteArray& bytes, const QString&) const {
    const QString format = inputFormatName(InputFormat::Pdf);
    silencePoppler();
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) return ImportResult::failure(format, QStringLiteral("PDF 文件已损坏或格式无法识别，无法打开"));
    if (pdf->isLocked())
        return ImportResult::failure(
            format, QStringLiteral("PDF 已加密，需要密码才能打开；请用密码打开后另存为未加密的 PDF 再检查"));
    if (pdf->numPages() > kMaxPages)
        return ImportResult::failure(format, QStringLiteral("PDF 有 %1 页，超过 %2 页的上限；年度报告通常只有几页")
                                                 .arg(pdf->numPages())
                                                 .arg(kMaxPages));
    std::vector<PdfPage> pages;
    bool anyText = false;
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) continue;
        PdfPage out;
        out.size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox>& box : page->textList()) {
            out.words.push_back({box->text(), box->boundingBox()});
            anyText = anyText || !box->text().trimmed().isEmpty();
        }
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
