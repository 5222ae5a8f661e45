#include "import/HtmlEncoding.h"

#include "import/LibXml.h"

#include <QStringList>
#include "text/Encoding.h"

#include <QStringDecoder>

namespace nianbao {
namespace {

// Declarations sit in the head; a browser's prescan also stops at 1024 bytes,
// we allow more because portals put long scripts first.
constexpr qsizetype kPrescanBytes = 16 * 1024;

QString charsetFromContentType(const QString& content) {
    const qsizetype at = content.indexOf(QLatin1String("charset"), 0, Qt::CaseInsensitive);
    if (at < 0) return {};
    qsizetype i = at + 7;
    while (i < content.size() && content[i].isSpace()) ++i;
    if (i >= content.size() || content[i] != QLatin1Char('=')) return {};
    ++i;
    while (i < content.size() && (content[i].isSpace() || content[i] == QLatin1Char('"') || content[i] == QLatin1Char('\'')))
        ++i;
    qsizetype end = i;
    while (end < content.size() && !content[end].isSpace() && content[end] != QLatin1Char(';') &&
           content[end] != QLatin1Char('"') && content[end] != QLatin1Char('\''))
        ++end;
    return content.mid(i, end - i);
}

QString findMetaCharset(xmlNode* node, int depth) {
    constexpr int kMaxDepth = 64;  // meta sits in the head, near the root
    for (xmlNode* n = node; n && depth < kMaxDepth; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (xmlName(n) == QLatin1String("meta")) {
            const QString charset = xmlAttribute(n, "charset").trimmed();
            if (!charset.isEmpty()) return charset;
            if (xmlAttribute(n, "http-equiv").trimmed().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0) {
                const QString fromContent = charsetFromContentType(xmlAttribute(n, "content"));
                if (!fromContent.isEmpty()) return fromContent;
            }
        }
        if (xmlName(n) == QLatin1String("body")) return {};
        const QString inner = findMetaCharset(n->children, depth + 1);
        if (!inner.isEmpty()) return inner;
    }
    return {};
}

// GBK and GB2312 are subsets of GB18030, and pages that declare gb2312
// routinely use GBK characters; one decoder reads them all.
QString canonicalCharset(const QString& declared) {
    const QString lower = declared.toLower();
    static const QStringList chinese = {QStringLiteral("gbk"),     QStringLiteral("gb2312"),   QStringLiteral("gb_2312-80"),
                                        QStringLiteral("x-gbk"),   QStringLiteral("gb18030"),  QStringLiteral("cp936"),
                                        QStringLiteral("euc-cn"),  QStringLiteral("windows-936")};
    if (chinese.contains(lower)) return QStringLiteral("GB18030");
    if (lower == QLatin1String("utf-8") || lower == QLatin1String("utf8")) return QStringLiteral("UTF-8");
    return declared.toUpper();
}

bool decodeStrictly(const QByteArray& bytes, const QString& charset, QString* out) {
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid()) return false;
    QString text = decoder(bytes);
    if (decoder.hasError()) return false;
    *out = std::move(text);
    return true;
}

}  // namespace

QString declaredHtmlCharset(const QByteArray& bytes) {
    const QByteArray head = bytes.left(kPrescanBytes);
    // Latin-1 maps every byte, so ASCII markup reads right whatever the real charset.
    XmlDocument doc(htmlReadMemory(head.constData(), static_cast<int>(head.size()), nullptr, "ISO-8859-1",
                                   kHtmlParseOptions));
    if (!doc) return {};
    return findMetaCharset(xmlDocGetRootElement(doc.get()), 0);
}

HtmlText decodeHtml(const QByteArray& bytes) {
    HtmlText out;
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const DecodedText decoded = decodeText(bytes);
        if (decoded.ok()) {
            out.text = decoded.text;
            out.encoding = decoded.encoding;
            out.byteOrderMark = true;
            return out;
        }
    }
    const QString declared = declaredHtmlCharset(bytes);
    if (!declared.isEmpty()) {
        const QString charset = canonicalCharset(declared);
        if (decodeStrictly(bytes, charset, &out.text)) {
            out.encoding = charset;
            return out;
        }
    }
    const DecodedText guessed = decodeText(bytes);
    if (guessed.ok()) {
        out.text = guessed.text;
        out.encoding = guessed.encoding;
        return out;
    }
    // Markup may hold bytes no report text would (control characters in a
    // script, a stray invalid sequence): decode leniently rather than refuse.
    if (decodeStrictly(bytes, QStringLiteral("UTF-8"), &out.text)) {
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    out.text = QStringDecoder("GB18030")(bytes);
    out.encoding = QStringLiteral("GB18030");
    return out;
}

}  // namespace nianbao
