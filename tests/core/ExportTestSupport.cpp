#include "ExportTestSupport.h"

#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace nianbao::test {

QStringList zipEntryNames(const QString& zipPath) {
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) return {};
    return zip.getFileNameList();
}

QByteArray zipEntry(const QString& zipPath, const QString& name) {
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

namespace {

DocxTable readTable(QXmlStreamReader& xml) {
    DocxTable table;
    int depth = 0;  // nested tables are not expected; their cells would be flattened
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.qualifiedName();
        if (xml.isStartElement()) {
            if (name == u"w:tbl") ++depth;
            else if (name == u"w:tr") table.emplace_back();
            else if (name == u"w:tc") table.back().emplace_back();
            else if (name == u"w:gridSpan") table.back().back().gridSpan = xml.attributes().value(QStringLiteral("w:val")).toInt();
            else if (name == u"w:vMerge") {
                const QStringView v = xml.attributes().value(QStringLiteral("w:val"));
                table.back().back().vMerge = v.isEmpty() ? QStringLiteral("continue") : v.toString();
            } else if (name == u"w:t") table.back().back().text += xml.readElementText();
        } else if (xml.isEndElement() && name == u"w:tbl") {
            if (depth == 0) break;
            --depth;
        }
    }
    return table;
}

}  // namespace

std::vector<DocxBlock> readDocxBody(const QByteArray& documentXml) {
    std::vector<DocxBlock> body;
    QXmlStreamReader xml(documentXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const QStringView name = xml.qualifiedName();
        if (name == u"w:tbl") {
            DocxBlock b;
            b.isTable = true;
            b.table = readTable(xml);
            body.push_back(std::move(b));
        } else if (name == u"w:p") {
            DocxBlock b;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.qualifiedName() == u"w:p") break;
                if (!xml.isStartElement()) continue;
                if (xml.qualifiedName() == u"w:pStyle") b.style = xml.attributes().value(QStringLiteral("w:val")).toString();
                else if (xml.qualifiedName() == u"w:t") b.text += xml.readElementText();
            }
            body.push_back(std::move(b));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return body;
}

std::vector<DocxTable> tablesOf(const std::vector<DocxBlock>& body) {
    std::vector<DocxTable> out;
    for (const DocxBlock& b : body)
        if (b.isTable) out.push_back(b.table);
    return out;
}

std::map<QString, QString> readCustomProperties(const QByteArray& customXml) {
    std::map<QString, QString> out;
    QXmlStreamReader xml(customXml);
    QString name;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"property") name = xml.attributes().value(QStringLiteral("name")).toString();
        else if (xml.qualifiedName().startsWith(u"vt:")) out[name] = xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

ReviewSession oneCorrection(const QString& reportPath, const CellRef& cell, double original, double value,
                            const QString& reason) {
    ReviewSession s;
    QString error;
    s.sourcePath = reportPath;
    s.sourceSha256 = sha256OfFile(reportPath, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    s.formatVersion = QStringLiteral("2019");
    s.saved = QDateTime::currentDateTime();
    s.corrections.push_back(Correction{cell, CellValue::fromNumber(original), CellValue::fromNumber(value),
                                       QDateTime(QDate(2021, 1, 20), QTime(9, 30)), reason});
    return s;
}

void saveOrFail(const ReviewSession& session, const QString& path) {
    QString error;
    ASSERT_TRUE(saveSession(session, path, &error)) << error.toStdString();
}

std::vector<std::vector<CsvFieldRead>> parseCsvFields(const QString& text) {
    std::vector<std::vector<CsvFieldRead>> records;
    std::vector<CsvFieldRead> fields;
    CsvFieldRead field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field.text += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field.text += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = field.quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.push_back(field);
            field = {};
        } else if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))) {
            if (c == QLatin1Char('\r')) ++i;
            fields.push_back(field);
            records.push_back(fields);
            fields.clear();
            field = {};
        } else {
            field.text += c;
        }
    }
    EXPECT_TRUE(field.text.isEmpty() && !field.quoted && fields.empty()) << "last record not ended by a line end";
    return records;
}

}  // namespace nianbao::test
