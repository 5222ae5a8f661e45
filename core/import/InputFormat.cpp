#include "import/InputFormat.h"

#include <QStringDecoder>

namespace nianbao {
namespace {

// Markup that starts an HTML page or fragment. Plain-text reports never open
// with '<', and a flattened table ("cell |") has no tags at all.
constexpr const char* kHtmlOpeners[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                                        "<table", "<div", "<p>", "<p ", "<!--", "<?xml", "<link", "<span"};

// The first few kilobytes as lower-case Latin-1 (or UTF-16 when a BOM says so),
// enough to see the opening markup.
QByteArray sniffWindow(const QByteArray& bytes) {
    constexpr qsizetype kWindow = 4096;
    const QByteArray head = bytes.left(kWindow);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = decoder(head.mid(2));
        return text.toLatin1().toLower();
    }
    return (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).toLower();
}

bool looksLikeHtml(const QByteArray& bytes) {
    const QByteArray window = sniffWindow(bytes);
    qsizetype first = 0;
    while (first < window.size() && std::isspace(static_cast<unsigned char>(window[first]))) ++first;
    if (first < window.size() && window[first] == '<') {
        const QByteArray rest = window.mid(first);
        for (const char* opener : kHtmlOpeners)
            if (rest.contains(opener)) return true;
    }
    // Text pasted before the markup (a stray line, a saved e-mail header) still leaves these.
    return window.contains("<html") || window.contains("<!doctype html") || window.contains("<body");
}

}  // namespace

QString inputFormatName(InputFormat format) {
    switch (format) {
    case InputFormat::Docx: return QStringLiteral("docx");
    case InputFormat::Html: return QStringLiteral("html");
    case InputFormat::Pdf: return QStringLiteral("pdf");
    case InputFormat::Markdown: return QStringLiteral("markdown");
    case InputFormat::Text: break;
    }
    return QStringLiteral("text");
}

InputFormat detectInputFormat(const QByteArray& bytes) {
    // Local file header or, for an empty archive, the end-of-central-directory record.
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) return InputFormat::Docx;
    // The PDF header may follow some junk; readers accept it within the first kilobyte.
    if (bytes.left(1024).contains("%PDF-")) return InputFormat::Pdf;
    if (looksLikeHtml(bytes)) return InputFormat::Html;
    return InputFormat::Text;
}

}  // namespace nianbao
