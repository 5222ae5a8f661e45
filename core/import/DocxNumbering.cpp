#include "import/DocxNumbering.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace nianbao {
namespace {

const QString kWordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
// A counter past this is hostile input, not a list; it also keeps every
// formatted label a few characters long.
constexpr int kMaxCounter = 99999;
// w:basedOn chains longer than this are cycles.
constexpr int kMaxStyleDepth = 16;

QString chineseCounting(int value) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    static const QString units = QStringLiteral(" 十百千万");
    if (value == 0) return QStringLiteral("零");
    QString out;
    bool pendingZero = false;
    for (int unit = 4, divisor = 10000; unit >= 0; --unit, divisor /= 10) {
        const int digit = value / divisor % 10;
        if (digit == 0) {
            if (!out.isEmpty()) pendingZero = true;
            continue;
        }
        if (pendingZero) out += digits[0];
        pendingZero = false;
        // 十二, not 一十二: the tens digit 1 is silent at the head of a number.
        if (!(unit == 1 && digit == 1 && out.isEmpty())) out += digits[digit];
        if (unit > 0) out += units[unit];
    }
    return out;
}

QString letters(int value, char first) {
    // Word repeats the letter: a … z, aa … zz, aaa …
    const int count = (value - 1) / 26 + 1;
    return QString(count, QLatin1Char(char(first + (value - 1) % 26)));
}

QString roman(int value) {
    static const std::pair<int, const char*> numerals[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
                                                           {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"},
                                                           {1, "i"}};
    QString out;
    for (const auto& [amount, text] : numerals)
        for (; value >= amount; value -= amount) out += QLatin1String(text);
    return out;
}

QString cycled(int value, const QString& sequence) {
    return sequence.mid((value - 1) % sequence.size(), 1);
}

int intValue(const QXmlStreamReader& xml, int fallback) {
    bool ok = false;
    const int v = xml.attributes().value(kWordNamespace, QStringLiteral("val")).toInt(&ok);
    return ok ? v : fallback;
}

QString stringValue(const QXmlStreamReader& xml) {
    return xml.attributes().value(kWordNamespace, QStringLiteral("val")).toString();
}

bool isWord(const QXmlStreamReader& xml, QStringView local) {
    return xml.namespaceUri() == kWordNamespace && xml.name() == local;
}

}  // namespace

std::optional<DocxNumbering::Reference> DocxNumbering::readReference(QXmlStreamReader& xml) {
    DocxNumbering::Reference reference;
    bool hasNumId = false;
    while (xml.readNextStartElement()) {
        if (isWord(xml, u"ilvl")) reference.level = intValue(xml, 0);
        if (isWord(xml, u"numId")) {
            reference.numId = intValue(xml, 0);
            hasNumId = true;
        }
        xml.skipCurrentElement();
    }
    if (!hasNumId || reference.level < 0 || reference.level >= DocxNumbering::kLevels) return std::nullopt;
    return reference;
}

QString formatListNumber(int value, const QString& format) {
    value = std::clamp(value, 0, kMaxCounter);
    if (format == u"none" || format == u"bullet") return {};
    if (value >= 1) {
        if (format == u"chineseCounting" || format == u"chineseCountingThousand" || format == u"japaneseCounting" ||
            format == u"taiwaneseCounting" || format == u"taiwaneseCountingThousand")
            return chineseCounting(value);
        if (format == u"ideographTraditional") return cycled(value, QStringLiteral("甲乙丙丁戊己庚辛壬癸"));
        if (format == u"ideographZodiac") return cycled(value, QStringLiteral("子丑寅卯辰巳午未申酉戌亥"));
        if ((format == u"decimalEnclosedCircle" || format == u"decimalEnclosedCircleChinese") && value <= 20)
            return QString(QChar(0x2460 + value - 1));
        if (format == u"decimalEnclosedParen") return QStringLiteral("(%1)").arg(value);
        if (format == u"decimalEnclosedFullstop") return QStringLiteral("%1.").arg(value);
        if (format == u"lowerLetter") return letters(value, 'a');
        if (format == u"upperLetter") return letters(value, 'A');
        if (format == u"lowerRoman" && value < 4000) return roman(value);
        if (format == u"upperRoman" && value < 4000) return roman(value).toUpper();
    }
    if (format == u"ideographDigital" || format == u"taiwaneseDigital" || format == u"japaneseDigitalTenThousand") {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        QString out;
        for (const QChar c : QString::number(value)) out += digits[c.digitValue()];
        return out;
    }
    if (format == u"chineseCounting" || format == u"chineseCountingThousand") return chineseCounting(value);
    if (format == u"decimalZero" && value < 10) return QStringLiteral("0%1").arg(value);
    return QString::number(value);
}

bool DocxNumbering::Instance::overridden() const {
    return std::any_of(startOverride.begin(), startOverride.end(), [](const std::optional<int>& o) { return o.has_value(); });
}

DocxNumbering DocxNumbering::read(const QByteArray& numberingXml, const QByteArray& stylesXml) {
    DocxNumbering numbering;
    if (!numberingXml.isEmpty()) numbering.readNumbering(numberingXml);
    if (!stylesXml.isEmpty()) numbering.readStyles(stylesXml);
    return numbering;
}

void DocxNumbering::readNumbering(const QByteArray& bytes) {
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) break;  // entity expansion: read nothing of it
        if (token != QXmlStreamReader::StartElement) continue;
        if (isWord(xml, u"abstractNum")) {
            const QString id = xml.attributes().value(kWordNamespace, QStringLiteral("abstractNumId")).toString();
            Abstract abstract;
            while (xml.readNextStartElement()) {
                if (!isWord(xml, u"lvl")) {
                    xml.skipCurrentElement();
                    continue;
                }
                bool ok = false;
                const int index = xml.attributes().value(kWordNamespace, QStringLiteral("ilvl")).toInt(&ok);
                Level level;
                level.defined = true;
                while (xml.readNextStartElement()) {
                    if (isWord(xml, u"start")) level.start = std::clamp(intValue(xml, 1), 0, kMaxCounter);
                    else if (isWord(xml, u"numFmt")) level.format = stringValue(xml);
                    else if (isWord(xml, u"lvlText")) level.text = stringValue(xml);
                    else if (isWord(xml, u"suff")) level.suffix = stringValue(xml);
                    else if (isWord(xml, u"isLgl")) level.legal = xml.attributes().value(kWordNamespace, QStringLiteral("val")) != u"0";
                    xml.skipCurrentElement();
                }
                if (ok && index >= 0 && index < kLevels) abstract.levels[index] = level;
            }
            abstracts_.insert(id, abstract);
        } else if (isWord(xml, u"num")) {
            bool ok = false;
            const int numId = xml.attributes().value(kWordNamespace, QStringLiteral("numId")).toInt(&ok);
            Instance instance;
            while (xml.readNextStartElement()) {
                if (isWord(xml, u"abstractNumId")) {
                    instance.abstractId = stringValue(xml);
                    xml.skipCurrentElement();
                } else if (isWord(xml, u"lvlOverride")) {
                    const int index = xml.attributes().value(kWordNamespace, QStringLiteral("ilvl")).toInt();
                    while (xml.readNextStartElement()) {
                        if (isWord(xml, u"startOverride") && index >= 0 && index < kLevels)
                            instance.startOverride[index] = std::clamp(intValue(xml, 1), 0, kMaxCounter);
                        xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (ok && numId > 0) instances_.insert(numId, instance);
        }
    }
    // A malformed part keeps what was read before the error: a list defined
    // early still numbers, one cut off does not.
}

void DocxNumbering::readStyles(const QByteArray& bytes) {
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) break;
        if (token != QXmlStreamReader::StartElement || !isWord(xml, u"style")) continue;
        const QString id = xml.attributes().value(kWordNamespace, QStringLiteral("styleId")).toString();
        Style style;
        while (xml.readNextStartElement()) {
            if (isWord(xml, u"basedOn")) {
                style.basedOn = stringValue(xml);
                xml.skipCurrentElement();
            } else if (isWord(xml, u"pPr")) {
                while (xml.readNextStartElement()) {
                    if (isWord(xml, u"numPr")) style.numbering = readReference(xml);
                    else xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        styles_.insert(id, style);
    }
}

std::optional<DocxNumbering::Reference> DocxNumbering::styleNumbering(const QString& styleId) const {
    QString id = styleId;
    for (int depth = 0; depth < kMaxStyleDepth; ++depth) {
        const auto it = styles_.constFind(id);
        if (it == styles_.constEnd()) return std::nullopt;
        if (it->numbering) return it->numbering;
        id = it->basedOn;
    }
    return std::nullopt;
}

QString DocxNumbering::labelFor(const Reference& reference) {
    if (reference.numId <= 0 || reference.level < 0 || reference.level >= kLevels) return {};
    const auto instance = instances_.constFind(reference.numId);
    if (instance == instances_.constEnd()) return {};
    const auto abstract = abstracts_.constFind(instance->abstractId);
    if (abstract == abstracts_.constEnd()) return {};
    const Level& level = abstract->levels[reference.level];
    if (!level.defined) return {};

    // Lists sharing an abstractNum continue one another, as in Word; a num
    // that overrides a start ("restart numbering") is a list of its own.
    Counters& counters = counters_[instance->overridden() ? QStringLiteral("num:%1").arg(reference.numId) : instance->abstractId];
    const auto startOf = [&](int l) { return instance->startOverride[l].value_or(abstract->levels[l].start); };
    int& value = counters.value[reference.level];
    value = counters.started[reference.level] ? std::min(value + 1, kMaxCounter) : startOf(reference.level);
    counters.started[reference.level] = true;
    for (int l = reference.level + 1; l < kLevels; ++l) counters.started[l] = false;  // "（一）" restarts under each "一、"

    QString label;
    for (qsizetype i = 0; i < level.text.size(); ++i) {
        const QChar c = level.text[i];
        const int referenced = i + 1 < level.text.size() ? level.text[i + 1].digitValue() : -1;
        if (c != QLatin1Char('%') || referenced < 1 || referenced > kLevels) {
            label += c;
            continue;
        }
        const int l = referenced - 1;
        const int shown = counters.started[l] ? counters.value[l] : startOf(l);
        label += formatListNumber(shown, level.legal ? QStringLiteral("decimal") : abstract->levels[l].format);
        ++i;
    }
    if (label.isEmpty()) return {};
    // The tab Word puts after the number reads as a space, as w:tab does in the body.
    if (level.suffix != u"nothing") label += QLatin1Char(' ');
    return label;
}

}  // namespace nianbao
