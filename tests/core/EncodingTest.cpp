// Encoding detection: BOMs, UTF-16 without BOM, GB18030/GBK, and bytes that
// are no text at all.
#include "TestSupport.h"

#include "text/Encoding.h"

#include <unicode/ucnv.h>

namespace nianbao::test {
namespace {


QByteArray utf16(const QString& text, bool littleEndian) {
    QByteArray out;
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

void expectSameTables(const Report& a, const Report& b) {
    ASSERT_EQ(a.tables.size(), b.tables.size());
    for (size_t t = 0; t < a.tables.size(); ++t)
        for (size_t r = 0; r < a.tables[t].rows.size(); ++r)
            EXPECT_EQ(rowValues(a, a.tables[t].spec->id, int(r)), rowValues(b, b.tables[t].spec->id, int(r)))
                << a.tables[t].spec->id.toStdString() << " row " << r;
}

TEST(Encoding, PlainUtf8) {
    const DecodedText d = decodeText(QByteArrayLiteral("\xE5\xB9\xB4\xE6\x8A\xA5 2020"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(d.hadByteOrderMark);
    EXPECT_EQ(d.text, QStringLiteral("年报 2020"));
}

TEST(Encoding, Utf8WithBomIsStripped) {
    const DecodedText d = decodeText(QByteArrayLiteral("\xEF\xBB\xBF\xE5\xB9\xB4"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(d.hadByteOrderMark);
    EXPECT_EQ(d.text, QStringLiteral("年"));
}

TEST(Encoding, Gb18030CorpusReadsLikeUtf8) {
    const QString text = corpusText("002_be932dc10881290c.txt");
    const QByteArray gbk = encodeWithIcu(text, "GBK");
    const ReadResult fromGbk = readReportBytes(gbk, QStringLiteral("gbk.txt"));
    ASSERT_TRUE(fromGbk.ok()) << fromGbk.error.toStdString();
    EXPECT_EQ(fromGbk.report->meta.encoding, QStringLiteral("GB18030"));
    expectSameTables(*fromGbk.report, readTextOrFail(text));
    EXPECT_EQ(fromGbk.report->meta.agency, QStringLiteral("顺河回族区人民政府"));
}

TEST(Encoding, Utf16WithAndWithoutBom) {
    const QString text = corpusText("003_1ba3202efab2ed16.txt");
    const Report reference = readTextOrFail(text);
    struct Case { QByteArray bytes; const char* encoding; bool bom; };
    const Case cases[] = {
        {QByteArrayLiteral("\xFF\xFE") + utf16(text, true), "UTF-16LE", true},
        {QByteArrayLiteral("\xFE\xFF") + utf16(text, false), "UTF-16BE", true},
        {utf16(text, true), "UTF-16LE", false},
        {utf16(text, false), "UTF-16BE", false},
    };
    for (const Case& c : cases) {
        const ReadResult r = readReportBytes(c.bytes, QStringLiteral("utf16.txt"));
        ASSERT_TRUE(r.ok()) << c.encoding << ": " << r.error.toStdString();
        EXPECT_EQ(r.report->meta.encoding, QLatin1String(c.encoding));
        EXPECT_EQ(r.report->meta.byteOrderMark, c.bom);
        expectSameTables(*r.report, reference);
    }
}

TEST(Encoding, UndecodableBytesAreRefusedWithAReason) {
    const DecodedText d = decodeText(QByteArray(300, char(0x80)));
    EXPECT_FALSE(d.ok());
    EXPECT_TRUE(d.error.contains(QStringLiteral("无法识别文件编码"))) << d.error.toStdString();
    EXPECT_TRUE(d.text.isEmpty());
}

TEST(Encoding, BinaryIsNotText) {
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    png.append(QByteArray(64, '\0')).append(QByteArrayLiteral("IHDR\x00\x00\x01\x00"));
    const DecodedText d = decodeText(png);
    EXPECT_FALSE(d.ok());
    EXPECT_TRUE(d.error.contains(QStringLiteral("二进制"))) << d.error.toStdString();
}

TEST(Encoding, EmptyFile) {
    const DecodedText d = decodeText(QByteArray());
    EXPECT_FALSE(d.ok());
    EXPECT_EQ(d.error, QStringLiteral("文件为空"));
}

TEST(Encoding, BrokenUtf8AfterBomIsRefused) {
    const DecodedText d = decodeText(QByteArrayLiteral("\xEF\xBB\xBF\xE5\xB9"));
    EXPECT_FALSE(d.ok());
}

}  // namespace
}  // namespace nianbao::test
