// Encodings and characters real files have: UTF-8 with a Word bullet, U+FFFD,
// NEL, a vertical tab and other controls; GBK with user-defined (private-use)
// characters; UTF-16 without a byte order mark. All are read exactly, the odd
// characters reported once as info, and real binary still refused.
#include "SameTables.h"
#include "TestSupport.h"

#include "check/RuleCatalog.h"
#include "text/Encoding.h"

#include <unicode/ucnv.h>

namespace nianbao::test {
namespace {

const QString kOddRule = QStringLiteral("text.odd_characters");


QByteArray utf16(const QString& text, bool littleEndian) {
    return encodeWithIcu(text, littleEndian ? "UTF-16LE" : "UTF-16BE");
}

Report readBytesOrFail(const QByteArray& bytes) {
    ReadResult result = readReportBytes(bytes, QStringLiteral("odd.txt"));
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    return result.ok() ? std::move(*result.report) : Report{};
}

std::vector<Finding> oddFindings(const Report& report) {
    return findingsWithRule(checkReport(report), kOddRule);
}

// Report 000 with odd characters where real files have them: a Symbol-font
// bullet opening a paragraph, a vertical tab (Word's manual line break)
// inside a table label, NEL, U+FFFD and a C0 control in prose.
QString withOddCharacters() {
    QString text = corpusText("000_4e6edc37518c9b09.txt");
    QStringList lines = text.split(QLatin1Char('\n'));
    lines[5] = QChar(0xF0B7) + QStringLiteral("\t") + lines[5];                // line 6, prose after 一、总体情况
    lines[105] = QStringLiteral("\t一、本年新收\v政府信息公开申请数量");          // line 106, a table label
    lines[6] += QChar(0xFFFD);                                                  // line 7
    lines[7] += QChar(0x0085);                                                  // line 8
    lines[8].insert(2, QChar(0x0001));                                          // line 9
    return lines.join(QLatin1Char('\n'));
}

TEST(OddCharacters, Utf8WithoutBomIsReadExactlyAndReportedOnce) {
    const QString text = withOddCharacters();
    const Report r = readBytesOrFail(text.toUtf8());
    EXPECT_EQ(r.meta.encoding, QStringLiteral("UTF-8"));
    // Decoded exactly: the original lines keep every character.
    EXPECT_TRUE(r.source.originalLine(6).startsWith(QChar(0xF0B7) + QStringLiteral("\t")));
    // The bulleted line is still a paragraph, not a two-cell table row.
    bool bulletParagraph = false;
    for (const DocBlock& b : r.document.blocks)
        bulletParagraph = bulletParagraph || (b.kind == DocBlock::Kind::Paragraph && b.paragraph.span.line == 6);
    EXPECT_TRUE(bulletParagraph);
    EXPECT_EQ(r.source.originalLine(106), QStringLiteral("\t一、本年新收\v政府信息公开申请数量"));
    EXPECT_TRUE(r.source.originalLine(7).endsWith(QChar(0xFFFD)));
    EXPECT_TRUE(r.source.originalLine(8).endsWith(QChar(0x0085)));
    EXPECT_EQ(r.source.originalLine(9)[2], QChar(0x0001));
    // The tables come out as from the clean file: the label with a vertical tab still matches.
    expectSameTables(readOrFail(corpusPath("000_4e6edc37518c9b09.txt")), r, "000 with odd characters");

    const std::vector<Finding> odd = oddFindings(r);
    ASSERT_EQ(odd.size(), 1u);
    EXPECT_EQ(odd[0].severity, Severity::Info);
    EXPECT_EQ(odd[0].span, (SourceSpan{6, 0, 6, 1}));
    EXPECT_TRUE(odd[0].message.contains(QStringLiteral("5 个异常字符"))) << odd[0].message.toStdString();
    EXPECT_TRUE(odd[0].message.contains(QStringLiteral("第 6 行第 1 个字符（U+F0B7）"))) << odd[0].message.toStdString();
}

TEST(OddCharacters, CleanReportsHaveNoFinding) {
    for (const char* name : {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "002_be932dc10881290c.txt",
                             "003_1ba3202efab2ed16.txt", "004_f67e4a3518b11040.txt"})
        EXPECT_TRUE(oddFindings(readOrFail(corpusPath(name))).empty()) << name;
}

TEST(OddCharacters, RuleIsListedAndCanBeDisabled) {
    const RuleInfo* rule = findRule(kOddRule);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->severity, Severity::Info);
    const Report r = readBytesOrFail(withOddCharacters().toUtf8());
    CheckOptions options;
    options.disabledRules.insert(kOddRule);
    EXPECT_TRUE(findingsWithRule(checkReport(r, options), kOddRule).empty());
}

TEST(OddCharacters, GbkWithUserDefinedCharacters) {
    const QString text = corpusText("002_be932dc10881290c.txt");
    QByteArray gbk = encodeWithIcu(text, "GBK");
    // Two characters from GBK's user-defined areas (AAA1 and F8A1, private use
    // in Unicode), as a clerk's self-made character for a rare name would be.
    const QByteArray firstLine = encodeWithIcu(text.section(QLatin1Char('\n'), 0, 0), "GBK");
    gbk.insert(firstLine.size(), QByteArrayLiteral("\xAA\xA1\xF8\xA1"));
    const Report r = readBytesOrFail(gbk);
    EXPECT_EQ(r.meta.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r.source.originalLine(1), text.section(QLatin1Char('\n'), 0, 0) + QChar(0xE000) + QChar(0xE234));
    expectSameTables(readOrFail(corpusPath("002_be932dc10881290c.txt")), r, "002 as GBK with user-defined characters");
    const std::vector<Finding> odd = oddFindings(r);
    ASSERT_EQ(odd.size(), 1u);
    EXPECT_TRUE(odd[0].message.contains(QStringLiteral("2 个异常字符"))) << odd[0].message.toStdString();
    EXPECT_EQ(odd[0].span.line, 1);
    EXPECT_EQ(odd[0].span.column, int(text.section(QLatin1Char('\n'), 0, 0).size()));
}

TEST(OddCharacters, Utf16WithoutBomEveryCorpusReportBothByteOrders) {
    for (const char* name : {"000_4e6edc37518c9b09.txt", "001_ffb7cb016be5db93.txt", "002_be932dc10881290c.txt",
                             "003_1ba3202efab2ed16.txt", "004_f67e4a3518b11040.txt"}) {
        const QString text = corpusText(name);
        const Report reference = readOrFail(corpusPath(name));
        for (bool little : {true, false}) {
            const Report r = readBytesOrFail(utf16(text, little));
            EXPECT_EQ(r.meta.encoding, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")) << name;
            EXPECT_FALSE(r.meta.byteOrderMark);
            expectSameTables(reference, r, std::string(name) + (little ? " UTF-16LE" : " UTF-16BE"));
        }
    }
}

TEST(OddCharacters, Utf16WithoutBomWithOddCharacters) {
    const QString text = withOddCharacters();
    for (bool little : {true, false}) {
        const Report r = readBytesOrFail(utf16(text, little));
        EXPECT_EQ(r.meta.encoding, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        EXPECT_EQ(r.source.originalLine(106), QStringLiteral("\t一、本年新收\v政府信息公开申请数量"));
        ASSERT_EQ(oddFindings(r).size(), 1u);
    }
}

TEST(OddCharacters, StrayZeroByteInUtf8IsAnOddCharacterNotBinary) {
    QByteArray bytes = corpusText("003_1ba3202efab2ed16.txt").toUtf8();
    bytes.append('\0');
    const Report r = readBytesOrFail(bytes);
    EXPECT_EQ(r.meta.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(oddFindings(r).size(), 1u);
}

TEST(OddCharacters, ACharacterCutInTwoBecomesAReplacementCharacter) {
    // Report 003 in UTF-8 and in GBK, the last character of line 6 cut short
    // (its last byte lost, as an editor or a download leaves it).
    const QString text = corpusText("003_1ba3202efab2ed16.txt");
    const QString line6 = text.section(QLatin1Char('\n'), 5, 5);
    ASSERT_GE(line6.back().unicode(), 0x80) << "the cut character must take several bytes";
    for (const char* encoding : {"UTF-8", "GBK"}) {
        const QByteArray upToCut = encodeWithIcu(text.section(QLatin1Char('\n'), 0, 5), encoding);
        QByteArray bytes = encodeWithIcu(text, encoding);
        bytes.remove(upToCut.size() - 1, 1);
        const Report r = readBytesOrFail(bytes);
        EXPECT_EQ(r.meta.encoding, QString::fromLatin1(encoding) == QLatin1String("GBK") ? QStringLiteral("GB18030")
                                                                                        : QStringLiteral("UTF-8"));
        EXPECT_EQ(r.source.originalLine(6), line6.chopped(1) + QChar(0xFFFD)) << encoding;
        EXPECT_EQ(r.source.originalLine(7), text.section(QLatin1Char('\n'), 6, 6)) << encoding;
        expectSameTables(readOrFail(corpusPath("003_1ba3202efab2ed16.txt")), r, std::string("003 cut in ") + encoding);
        const std::vector<Finding> odd = oddFindings(r);
        ASSERT_EQ(odd.size(), 1u) << encoding;
        EXPECT_EQ(odd[0].span.line, 6);
        EXPECT_EQ(odd[0].span.column, int(line6.size()) - 1);
    }
}

TEST(OddCharacters, RealBinaryIsStillRefused) {
    // Deterministic noise, with and without zero bytes, the size of a report.
    QByteArray noise, noZeros;
    quint32 state = 12345;
    for (int i = 0; i < 6000; ++i) {
        state = state * 1103515245u + 12345u;
        const char byte = char(state >> 23);
        noise.append(byte);
        noZeros.append(byte == 0 ? char(1) : byte);
    }
    for (const QByteArray& bytes : {noise, noZeros}) {
        const DecodedText d = decodeText(bytes);
        EXPECT_FALSE(d.ok()) << d.encoding.toStdString();
    }
    // Text drowned in control characters is not a report file either.
    QByteArray controls;
    for (int i = 0; i < 3000; ++i) controls.append(char(1 + i % 8)).append('a');
    EXPECT_FALSE(decodeText(controls).ok());
    // Nor is a file of zero bytes.
    EXPECT_FALSE(decodeText(QByteArray(4096, '\0')).ok());
}

}  // namespace
}  // namespace nianbao::test
