#include "text/Encoding.h"

#include "text/OddCharacters.h"

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

enum class InvalidBytes { Fail, Replace };

// Decodes with ICU, failing on the first invalid or unmappable sequence, or
// replacing each by U+FFFD.
bool decodeWithIcu(const char* icuName, const char* data, int size, InvalidBytes invalid, QString* out) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(icuName, &status));
    if (U_FAILURE(status)) return false;
    ucnv_setToUCallBack(conv.get(),
                        invalid == InvalidBytes::Fail ? UCNV_TO_U_CALLBACK_STOP : UCNV_TO_U_CALLBACK_SUBSTITUTE,
                        nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return false;
    QString result(size + 1, Qt::Uninitialized);
    auto* target = reinterpret_cast<UChar*>(result.data());
    int32_t length = ucnv_toUChars(conv.get(), target, result.size(), data, size, &status);
    if (U_FAILURE(status)) return false;
    result.truncate(length);
    *out = std::move(result);
    return true;
}

bool decodeStrict(const char* icuName, const char* data, int size, QString* out) {
    return decodeWithIcu(icuName, data, size, InvalidBytes::Fail, out);
}

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < static_cast<qsizetype>(prefix.size())) return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b) return false;
    return true;
}

int countOddCharacters(const QString& text) {
    int odd = 0;
    for (QChar c : text)
        if (isOddCharacter(c.unicode())) ++odd;
    return odd;
}

// A decode without invalid sequences can still be nonsense: GB18030 maps
// almost any byte sequence to something. A report may hold a few odd
// characters (a Word bullet, a vertical tab, a user-defined GBK character) —
// they are reported, not refused — but bytes that decode to many are not text.
bool decodeAsText(const char* icuName, const char* data, int size, QString* out) {
    return decodeStrict(icuName, data, size, out) && isTolerableOddCount(countOddCharacters(*out), out->size());
}

// UTF-16 without a byte order mark: every line end, digit and ASCII space
// puts a zero byte into the text, which UTF-8 and GB18030 never have. Both
// byte orders are tried; the wrong one breaks surrogate pairs or turns
// "\n" into U+0A00 and ideographs into private-use and control code points,
// so the order with fewer odd characters is the one.
bool decodeUnmarkedUtf16(const QByteArray& bytes, QString* text, QString* encoding) {
    if (bytes.size() % 2 != 0 || !bytes.contains('\0')) return false;
    int bestOdd = -1;
    for (const char* name : {"UTF-16LE", "UTF-16BE"}) {
        QString candidate;
        if (!decodeAsText(name, bytes.constData(), int(bytes.size()), &candidate)) continue;
        const int odd = countOddCharacters(candidate);
        if (bestOdd >= 0 && odd >= bestOdd) continue;
        bestOdd = odd;
        *text = std::move(candidate);
        *encoding = QString::fromLatin1(name);
    }
    return bestOdd >= 0;
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

    {
        QString text, encoding;
        if (decodeUnmarkedUtf16(bytes, &text, &encoding)) return success(text, encoding, false);
    }

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
    // A character cut in two by an editor or a download leaves a few invalid
    // bytes; each becomes U+FFFD (an odd character the check reports). Text
    // that is valid UTF-8 but for a few bytes is UTF-8 — GBK text never is.
    for (const char* name : {"UTF-8", "GB18030"}) {
        if (decodeWithIcu(name, bytes.constData(), int(bytes.size()), InvalidBytes::Replace, &text) &&
            isTolerableOddCount(countOddCharacters(text), text.size()))
            return success(text, QString::fromLatin1(name), false);
    }
    // A stray zero byte is one more odd character; many, in bytes that are
    // neither UTF-16 nor text with a few odd characters, are binary data.
    if (bytes.contains('\0')) return failure(QStringLiteral("文件含有二进制数据（空字节），不是文本文件"));
    return failure(QStringLiteral("无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030/GBK 文本"));
}

}  // namespace nianbao
