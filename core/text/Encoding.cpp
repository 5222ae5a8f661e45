#include "text/Encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace nianbao {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Decodes with ICU, failing on the first invalid or unmappable sequence.
bool decodeStrict(const char* icuName, const char* data, int size, QString* out) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(icuName, &status));
    if (U_FAILURE(status)) return false;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return false;
    QString result(size + 1, Qt::Uninitialized);
    auto* target = reinterpret_cast<UChar*>(result.data());
    int32_t length = ucnv_toUChars(conv.get(), target, result.size(), data, size, &status);
    if (U_FAILURE(status)) return false;
    result.truncate(length);
    *out = std::move(result);
    return true;
}

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < static_cast<qsizetype>(prefix.size())) return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b) return false;
    return true;
}

// UTF-16 without a byte order mark: ASCII and CJK punctuation put a zero byte
// in every other position; the side holding the zeros gives the byte order.
QString guessUtf16ByteOrder(const QByteArray& bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 8192);
    if (n < 4) return {};
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        if (bytes[i] == 0) ++evenZeros;
        if (bytes[i + 1] == 0) ++oddZeros;
    }
    const int pairs = static_cast<int>(n / 2);
    if (oddZeros > pairs / 5 && evenZeros < oddZeros / 8) return QStringLiteral("UTF-16LE");
    if (evenZeros > pairs / 5 && oddZeros < evenZeros / 8) return QStringLiteral("UTF-16BE");
    return {};
}

// A decode without invalid sequences can still be nonsense: GB18030 maps
// almost any byte sequence to something. Text of a report has no control
// characters (other than tabs, line ends and form feeds) and no private-use
// or replacement characters, whichever encoding it came in.
bool isPlausibleText(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f') continue;
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || (u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD) return false;
    }
    return true;
}

bool decodeAsText(const char* icuName, const char* data, int size, QString* out) {
    return decodeStrict(icuName, data, size, out) && isPlausibleText(*out);
}

DecodedText success(QString text, QString encoding, bool bom) {
    DecodedText d;
    d.text = std::move(text);
    d.encoding = std::move(encoding);
    d.hadByteOrderMark = bom;
    return d;
}

DecodedText failure(QString message) {
    DecodedText d;
    d.error = std::move(message);
    return d;
}

}  // namespace

DecodedText decodeText(const QByteArray& bytes) {
    if (bytes.isEmpty()) return failure(QStringLiteral("文件为空"));

    struct Bom { std::initializer_list<unsigned char> bytes; const char* icu; const char* name; };
    static const Bom boms[] = {
        {{0xEF, 0xBB, 0xBF}, "UTF-8", "UTF-8"},
        {{0xFF, 0xFE}, "UTF-16LE", "UTF-16LE"},
        {{0xFE, 0xFF}, "UTF-16BE", "UTF-16BE"},
    };
    for (const Bom& bom : boms) {
        if (!startsWith(bytes, bom.bytes)) continue;
        const int skip = static_cast<int>(bom.bytes.size());
        QString text;
        if (decodeStrict(bom.icu, bytes.constData() + skip, int(bytes.size()) - skip, &text))
            return success(text, QString::fromLatin1(bom.name), true);
        return failure(QStringLiteral("文件以 %1 字节顺序标记开头，但内容不是有效的 %1 文本").arg(QLatin1String(bom.name)));
    }

    const QString utf16 = guessUtf16ByteOrder(bytes);
    if (!utf16.isEmpty()) {
        QString text;
        if (decodeAsText(utf16.toLatin1().constData(), bytes.constData(), int(bytes.size()), &text))
            return success(text, utf16, false);
    }

    if (bytes.contains('\0'))
        return failure(QStringLiteral("文件含有二进制数据（空字节），不是文本文件"));

    QString text;
    if (decodeAsText("UTF-8", bytes.constData(), int(bytes.size()), &text))
        return success(text, QStringLiteral("UTF-8"), false);

    // Not UTF-8: ask ICU's detector, and take its GB18030 candidate if it
    // decodes cleanly. ICU names GBK text "GB18030".
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), bytes.constData(), int(bytes.size()), &status);
        int32_t count = 0;
        const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &nameStatus));
            if (U_FAILURE(nameStatus)) continue;
            // UTF-16 without a byte order mark was handled above by its zero bytes;
            // ICU's low-confidence UTF-16 guesses turn any even-length junk into ideographs.
            if (name != QLatin1String("GB18030")) continue;
            if (decodeAsText(name.toLatin1().constData(), bytes.constData(), int(bytes.size()), &text))
                return success(text, name, false);
        }
    }
    // The detector can miss short GBK files; a clean GB18030 decode of text
    // that is not UTF-8 is still strong evidence.
    if (decodeAsText("GB18030", bytes.constData(), int(bytes.size()), &text))
        return success(text, QStringLiteral("GB18030"), false);
    return failure(QStringLiteral("无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030/GBK 文本"));
}

}  // namespace nianbao
