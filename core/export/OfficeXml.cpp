#include "export/OfficeXml.h"

namespace nianbao {

QString xmlSafe(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF) continue;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') continue;
        out += c;
    }
    return out;
}

OfficeXmlWriter::OfficeXmlWriter() : xml_(&bytes_) {
    xml_.setAutoFormatting(false);  // whitespace between runs would show up in Word
}

void OfficeXmlWriter::startRoot(const char* root, std::initializer_list<std::pair<const char*, const char*>> namespaces) {
    xml_.writeStartDocument(QStringLiteral("1.0"), true);
    xml_.writeStartElement(QString::fromLatin1(root));
    for (const auto& [prefix, uri] : namespaces) {
        const QString name = *prefix ? QStringLiteral("xmlns:") + QString::fromLatin1(prefix) : QStringLiteral("xmlns");
        xml_.writeAttribute(name, QString::fromLatin1(uri));
    }
}

void OfficeXmlWriter::start(const char* name, const Attributes& attributes) {
    xml_.writeStartElement(QString::fromLatin1(name));
    for (const auto& [key, value] : attributes) xml_.writeAttribute(QString::fromLatin1(key), xmlSafe(value));
}

void OfficeXmlWriter::end() { xml_.writeEndElement(); }

void OfficeXmlWriter::empty(const char* name, const Attributes& attributes) {
    xml_.writeEmptyElement(QString::fromLatin1(name));
    for (const auto& [key, value] : attributes) xml_.writeAttribute(QString::fromLatin1(key), xmlSafe(value));
}

void OfficeXmlWriter::val(const char* name, const QString& value) { empty(name, {{"w:val", value}}); }

void OfficeXmlWriter::text(const char* name, const QString& value, const Attributes& attributes) {
    start(name, attributes);
    xml_.writeCharacters(xmlSafe(value));
    end();
}

void OfficeXmlWriter::wordText(const QString& value) {
    const bool keepSpaces = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    if (keepSpaces)
        text("w:t", value, {{"xml:space", QStringLiteral("preserve")}});
    else
        text("w:t", value);
}

QByteArray OfficeXmlWriter::finish() {
    xml_.writeEndDocument();
    return bytes_;
}

}  // namespace nianbao
